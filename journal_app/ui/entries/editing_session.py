"""Keeps the editor, autosave and the entry list in step with the journal: opening, saving, trashing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from journal_app.core import messages
from journal_app.core.errors import JournalError
from journal_app.models.values import EntryDetail, EntryForm, EntryRow, PersonInfo
from journal_app.ui.common.i18n import message
from journal_app.ui.entries.autosave import Autosave
from journal_app.ui.entries.entry_editor import EntryEditor
from journal_app.ui.entries.entry_list_model import EntryListModel

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.common.operations import Operation


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
        self.opening: Operation | None = None  # the entry being read to be shown in the editor
        from journal_app.ui.entries.write_lane import WriteLane

        self.writes = WriteLane(editor, self)  # saves and crash drafts, in order, off the UI thread
        self._shown = 0  # counts the entries shown in the editor: a save landing late knows if it moved on
        self.autosave = Autosave(self.save, parent=self, save_later=self.save_later, drain=self.writes.drain)
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
        self._stop_opening()
        self._shown += 1
        self.autosave.reset("")
        self.writes.drain()  # nothing of this journal's is still writing once it closes
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
        self._stop_opening()
        if not self.autosave.flush():
            return False
        self.editor.start_new()
        self._shown += 1
        self.autosave.reset("")
        self.cycle.entry_shown()
        self.editorActive.emit(True)
        return True

    def open_entry(self, entry_id: int, then: Callable[[bool], None] | None = None, *, quiet: bool = False,
                   unless_trashed: bool = False) -> bool:
        """Open a saved entry in the editor: what is typed is saved first, then the entry is read on a worker
        (the operations layer) and shown. Meanwhile the editor stays as it was, but disabled: nothing can be
        typed into an entry about to be replaced. `then(opened)` follows on the UI thread (False: it could not
        be read, said in the status bar unless `quiet`; or it is in the Trash and `unless_trashed`). An older
        request still on its way is dropped. False when it could not even start (saving failed, or no
        journal), True otherwise."""
        self._stop_opening()
        if self.editor.entry_id == entry_id and self.editor.isVisible():
            if then is not None:
                then(True)
            return True
        if not self.autosave.flush() or self.journal is None:
            return False
        journal = self.journal
        self.editor.setEnabled(False)  # (enabled again when the answer arrives, or another action drops it)

        def arrived(entry: object) -> None:
            self.editor.setEnabled(True)
            opened = journal is self.journal and isinstance(entry, EntryDetail)
            if opened and isinstance(entry, EntryDetail):
                if unless_trashed and entry.deleted_at is not None:
                    opened = False
                else:
                    self._show_entry(entry)
            if then is not None:
                then(opened)

        def failed(problem: str) -> None:
            self.editor.setEnabled(True)
            if problem and not quiet:
                self.message.emit(problem)
            if then is not None:
                then(False)

        from journal_app.ui.common import operations

        self.opening = operations.run(self.editor, lambda: journal.get(entry_id), arrived, failed,
                                      key=self._opening_key)
        return True

    @property
    def _opening_key(self) -> str:
        return f"open-entry-{id(self)}"

    def _stop_opening(self) -> None:
        """An entry still being read will not be shown (another one, a new entry, or none, comes instead)."""
        if self.opening is not None:
            from journal_app.ui.common import operations

            operations.drop(self._opening_key)
            self.opening = None
            self.editor.setEnabled(True)

    def _show_entry(self, entry: EntryDetail) -> None:
        self.opening = None
        self.editor.load(entry)
        self._shown += 1
        self.autosave.reset("")
        self.cycle.entry_shown()
        self.editorActive.emit(True)

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
        self._show_saved(form, saved, typed_since=False)
        return True

    def save_later(self, landed: Callable[[bool | str], None]) -> None:
        """Autosave's save after a pause, off the UI thread: what the editor holds now is written on a worker
        (after any write still under way) and `landed(outcome)` follows on the UI thread, as `save()`'s
        answer would. The words stay in the editor (and in the crash draft) until it has landed."""
        journal = self.journal
        if journal is None:
            landed(QCoreApplication.translate("EditingSession", "the journal is not open yet."))
            return
        form = self.editor.form()
        if form.id is None and self.editor.holds_nothing_written(form):
            landed(False)
            return
        shown, edits = self._shown, self.autosave.edits

        def done(saved: object) -> None:
            if not isinstance(saved, EntryDetail):
                landed(False)
                return
            if journal is self.journal and shown == self._shown:
                self._show_saved(form, saved, typed_since=self.autosave.edits != edits)
            elif form.id is None and journal is self.journal:
                self.entryCreated.emit(saved.id)  # the editor moved on: the list still shows it
            landed(True)

        self.writes.submit(lambda: journal.save(form), done, landed)

    def _show_saved(self, form: EntryForm, saved: EntryDetail, *, typed_since: bool) -> None:
        self.editor.mark_saved(saved, typed_since=typed_since)
        self.cycle.after_save(saved)  # "this repaired" is written apart (it joins two entries)
        if form.id is None:
            self.entryCreated.emit(saved.id)
        else:
            self.model.replace_row(EntryRow.from_detail(saved))

    def save_now(self) -> None:
        """Save at once, even if the pause has not come yet, and wait for it (the caller reads it next)."""
        self.autosave.schedule()
        self.autosave.flush()

    def save_soon(self) -> None:
        """Ctrl+S: save now, without waiting for the pause, on a worker (the window keeps answering)."""
        self.autosave.save_soon()

    def close_editor(self) -> None:
        self._stop_opening()
        self._shown += 1
        self.autosave.reset("")
        self.editorActive.emit(False)

    def trash_current(self) -> None:
        if self.opening is not None:
            return  # another entry is being read to be shown: this one is not trashed by mistake
        entry_id = self.editor.entry_id
        if entry_id is None:  # a new entry not yet saved: just discard it
            self.close_editor()
            return
        self.autosave.flush()
        journal = self.journal
        if journal is None:
            return
        self.close_editor()  # at once: nothing typed into it meanwhile could be lost with it

        def trashed(_result: object) -> None:
            if journal is self.journal:
                self.model.reload()
                self.message.emit(message(messages.MOVED_TO_TRASH))

        self.writes.submit(lambda: journal.move_to_trash(entry_id), trashed, self.message.emit)

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
