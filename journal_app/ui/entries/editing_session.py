"""Keeps the editor, autosave and the entry list in step with the journal: opening, saving, trashing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from journal_app.core import messages
from journal_app.core.errors import JournalError
from journal_app.models.values import EntryRow, PersonInfo
from journal_app.ui.common.i18n import message
from journal_app.ui.entries.autosave import Autosave
from journal_app.ui.entries.entry_editor import EntryEditor
from journal_app.ui.entries.entry_list_model import EntryListModel

if TYPE_CHECKING:
    from journal_app.services.journal import Journal


class EditingSession(QObject):
    # an entry is in the editor (True) or the editor is empty (False)
    editorActive = Signal(bool)
    # a new entry was saved for the first time; carries its id
    entryCreated = Signal(int)
    # a message for the status bar (transient)
    message = Signal(str)

    def __init__(self, editor: EntryEditor, model: EntryListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.model = model
        self.journal: Journal | None = None
        self.autosave = Autosave(self.save, parent=self)
        editor.edited.connect(self.autosave.schedule)
        from journal_app.ui.entries.draft_keeper import DraftKeeper

        self.drafts = DraftKeeper(self, self)
        editor.people.addRequested.connect(self.add_person)
        from journal_app.ui.entries.cycle_controller import CycleController

        self.cycle = CycleController(editor, self)
        self.cycle.message.connect(self.message)

    def attach(self, journal: Journal) -> None:
        """The journal to edit in; its triggers and people follow (show_vocabulary: read on a worker)."""
        self.journal = journal
        self.cycle.attach(journal)

    def detach(self) -> None:
        """Forget the journal and everything shown from it (call after a successful flush): the editor is
        emptied, its undo history too, and the trigger and people choices are cleared."""
        self.autosave.reset("")
        self.journal = None
        self.cycle.detach()
        self.editor.start_new()
        self.editor.set_vocabulary([], [])
        self.editor.people.name_edit.clear()
        self.editorActive.emit(False)

    def show_vocabulary(self, triggers, people) -> None:
        """The journal's triggers and people (read on a worker) for the editor's choices."""
        if self.journal is not None:
            self.editor.set_vocabulary(triggers, people)
            self.cycle.refresh()  # beliefs and moves: off the UI thread

    # -- the editor's entry ------------------------------------------------------------------------
    @property
    def entry_id(self) -> int | None:
        """The saved entry in the editor (None: a new entry, or none)."""
        return self.editor.entry_id

    def flush(self) -> bool:
        """Save what is pending now; True when nothing is left unsaved."""
        return self.autosave.flush()

    def new_entry(self) -> bool:
        if not self.autosave.flush():
            return False
        self.editor.start_new()
        self.autosave.reset("")
        self.cycle.entry_shown()
        self.editorActive.emit(True)
        return True

    def open_entry(self, entry_id: int) -> bool:
        if self.editor.entry_id == entry_id and self.editor.isVisible():
            return True
        if not self.autosave.flush():
            return False
        if self.journal is None:
            return False
        try:
            entry = self.journal.get(entry_id)
        except JournalError as exc:
            self.message.emit(str(exc))
            return False
        self.editor.load(entry)
        self.autosave.reset("")
        self.cycle.entry_shown()
        self.editorActive.emit(True)
        return True

    def save(self) -> bool | str:
        """Autosave's save step: True saved, False nothing to save, or the reason it failed."""
        if self.journal is None:
            return QCoreApplication.translate("EditingSession", "the journal is not open yet.")
        form = self.editor.form()
        if form.id is None and self.editor.holds_nothing_written(form):
            return False  # reflection prompts alone are not an entry: ticking them on and off saves nothing
        try:
            saved = self.journal.save(form)
        except JournalError as exc:
            return str(exc)
        if saved is None:
            return False
        self.editor.mark_saved(saved)
        self.cycle.after_save(saved)  # "this repaired" is written apart (it joins two entries)
        if form.id is None:
            self.entryCreated.emit(saved.id)
        else:
            self.model.replace_row(EntryRow.from_detail(saved))
        return True

    def save_now(self) -> None:
        """Ctrl+S: save at once, even if the pause has not come yet."""
        self.autosave.schedule()
        self.autosave.flush()

    def close_editor(self) -> None:
        self.autosave.reset("")
        self.editorActive.emit(False)

    def trash_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:  # a new entry not yet saved: just discard it
            self.close_editor()
            return
        self.autosave.flush()
        if self.journal is None:
            return
        try:
            self.journal.move_to_trash(entry_id)
        except JournalError as exc:
            self.message.emit(str(exc))
            return
        self.close_editor()
        self.model.reload()
        self.message.emit(message(messages.MOVED_TO_TRASH))

    def add_person(self, name: str, relationship: str) -> None:
        """The person with this name (added to the journal if new, on a worker), then chosen for the entry."""
        journal = self.journal
        if journal is None:
            return

        def added(person: object) -> None:
            if journal is self.journal and isinstance(person, PersonInfo):
                self.editor.people.add_chosen(person)

        from journal_app.ui.common import operations

        operations.run(self.editor, lambda: journal.add_person(name, relationship), added, self.message.emit,
                       changes=True)
