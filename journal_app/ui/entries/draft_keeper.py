"""Typing survives a crash: about a second after the first unsaved change (and again while typing goes on),
the editor's content is kept as a draft in the journal; once it is saved, the draft goes. On the next start a
draft left behind is offered back: restore it, or let it go."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime, QTimer
from PySide6.QtWidgets import QMessageBox

from journal_app.core.errors import JournalError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from journal_app.services.drafts import Draft
    from journal_app.services.journal import Journal
    from journal_app.ui.entries.editing_session import EditingSession
    from journal_app.ui.entries.quick_capture import QuickCaptureWindow

DRAFT_MS = 1000
log = logging.getLogger(__name__)


def ask_restore(parent: QWidget | None, draft: Draft, answer: Callable[[bool], None]) -> None:
    """Ask whether to restore the writing a crash left unsaved; `answer(True)` to restore, `answer(False)` to
    let it go. The question waits without blocking the window (nothing else stops while it is open)."""
    when = draft.saved_at.astimezone()
    words = " ".join(f"{draft.form.title} {draft.form.body}".split())
    sample = words[:120] + ("…" if len(words) > 120 else "")
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("DraftKeeper", "Unsaved writing"))
    box.setIcon(QMessageBox.Icon.Question)
    moment = QLocale().toString(
        QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)),
        "ddd d MMM, HH:mm",
    )
    box.setText(
        QCoreApplication.translate(
            "DraftKeeper", "You have unsaved writing from {when}. The app closed before it was saved."
        ).format(when=moment)
    )
    box.setInformativeText(
        QCoreApplication.translate("DraftKeeper", "“{words}”").format(words=sample) if sample else ""
    )
    restore = box.addButton(
        QCoreApplication.translate("DraftKeeper", "Restore it"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("DraftKeeper", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(restore)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: answer(button is restore))
    box.open()


class DraftKeeper(QObject):
    def __init__(self, session: EditingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kept = False  # a draft is in the journal for what the editor holds
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_MS)  # not restarted by each key: continuous typing is kept too
        self.timer.timeout.connect(self.keep)
        session.editor.edited.connect(lambda: self.timer.isActive() or self.timer.start())
        session.autosave.settled.connect(self.settled)

    def keep(self) -> None:
        journal = self.session.journal
        if journal is None or not self.session.autosave.dirty:
            return
        from journal_app.services import (
            drafts,  # the database layer: loaded after the window is up, not before
        )

        editor = self.session.editor
        form, repair = editor.form(), editor.repair_choice()  # what the editor holds now, written on a worker
        self.kept = True  # asked for: letting go of it is queued after it (the writes keep their order)
        self.session.writes.submit(lambda: drafts.keep(journal, form, repair=repair), None, self._not_kept)
        if self.session.autosave.dirty:
            self.timer.start()

    def _not_kept(self, problem: str) -> None:
        # the save itself will say what is wrong; the words stay in the editor
        log.warning("The draft could not be kept: %s", problem)

    def settled(self) -> None:
        self.timer.stop()
        journal = self.session.journal
        if self.kept and journal is not None:
            from journal_app.services import drafts

            self.kept = False

            def failed(problem: str) -> None:
                self.kept = True
                log.warning("The draft could not be removed: %s", problem)

            self.session.writes.submit(lambda: drafts.discard(journal), None, failed)

    def offer(self, parent: QWidget | None) -> bool:
        """After opening a journal: if a crash left writing unsaved, ask (without blocking) and then put it
        back in the editor (as unsaved changes, saved by autosave) or let it go. The draft is read on a worker
        (the operations layer); the question follows once it is read. True when the read began."""
        from journal_app.services import drafts
        from journal_app.ui.common import operations

        journal = self.session.journal
        if journal is None:
            return False

        def read() -> Draft | None:
            try:
                return drafts.load(journal)
            except (JournalError, MemoryError):
                # MemoryError: SQLCipher reports a page it cannot decrypt (a damaged file) as out of memory; the
                # opening health check finds the damage and offers the newest backup: nothing to offer here
                return None

        def arrived(draft: object) -> None:
            if draft is not None and journal is self.session.journal:
                ask_restore(parent, cast("Draft", draft), lambda yes: self._answer(journal, cast("Draft", draft), yes))

        def failed(problem: str) -> None:
            log.warning("The crash draft could not be read: %s", problem)

        operations.run(parent or self.session.editor, read, arrived, failed, key=f"draft-offer-{id(self)}")
        return True

    def _answer(self, journal: Journal, draft: Draft, restore: bool) -> None:
        from journal_app.services import drafts

        if journal is not self.session.journal:
            return  # locked or closed meanwhile: the draft stays for next time
        if not restore:
            self.session.writes.submit(lambda: drafts.discard(journal), None,
                                       lambda problem: log.warning("The draft could not be removed: %s", problem))
            return
        self.kept = True  # the draft stays until what is restored is saved
        if draft.form.id is None:
            self._restore(draft, False)
            return
        # the entry it was an edit of is read on a worker first (one gone meanwhile: a new entry instead)
        if not self.session.open_entry(draft.form.id, lambda opened: self._restore(draft, opened, journal),
                                       quiet=True):
            self._restore(draft, False)

    def _restore(self, draft: Draft, opened: bool, journal: Journal | None = None) -> None:
        if journal is not None and journal is not self.session.journal:
            return  # locked or closed meanwhile: the draft stays for next time
        form = draft.form
        if not opened:
            self.session.new_entry()
            form = replace(form, id=None)
        self.kept = True  # the draft stays until this is saved
        self.session.editor.apply_form(form, draft.repair, with_repair=draft.repair_kept)


class QuickDraftKeeper(QObject):
    """The same for the quick-capture window: about a second after the first change (and again while typing
    goes on) what it holds is kept as the journal's "quick" draft, apart from the editor's; saved, emptied or
    let go, the draft goes. `offer()` after opening a journal puts a draft a crash left back into the window,
    with a line saying so (nothing is asked: closing it asks whether to save, as always)."""

    def __init__(
        self, quick: QuickCaptureWindow, journal: Journal | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or quick)
        self.quick = quick
        self.journal = journal
        self.kept = False  # a quick draft is in the journal for what the window holds
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_MS)
        self.timer.timeout.connect(self.keep)
        quick.edited.connect(self._on_edited)
        from journal_app.ui.entries.write_lane import WriteLane

        self.writes = WriteLane(quick, self)  # kept and let go of on a worker, in order

    def set_journal(self, journal: Journal | None) -> None:
        """The journal drafts go to (None while locked: they wait in the window)."""
        self.journal = journal
        if journal is None:
            self.timer.stop()
            self.writes.drain()  # nothing of the journal going away is still writing when it closes
        elif self.dirty:
            self.timer.start()

    def _on_edited(self) -> None:
        self.dirty = True
        if not self.quick.has_content():
            self.timer.stop()
            self.drop()
        elif not self.timer.isActive():
            self.timer.start()

    def keep(self) -> None:
        from journal_app.services import drafts

        journal = self.journal
        if journal is None or not self.quick.has_content():
            return
        self.dirty = False
        form = self.quick.form()
        self.kept = True  # asked for: letting go of it is queued after it

        def failed(problem: str) -> None:  # saving will say what is wrong; the words stay in the window
            log.warning("The quick capture draft could not be kept: %s", problem)
            self.dirty = True
            if self.journal is not None and not self.timer.isActive():
                self.timer.start()

        self.writes.submit(lambda: drafts.keep(journal, form, drafts.QUICK), None, failed)

    def drop(self, journal: Journal | None = None) -> None:
        """Let the draft go (saved, emptied or discarded); `journal` when it is not the current one."""
        from journal_app.services import drafts

        journal = journal or self.journal
        self.dirty = False
        if not self.kept or journal is None:
            return
        self.kept = False

        def failed(problem: str) -> None:
            self.kept = True
            log.warning("The quick capture draft could not be removed: %s", problem)

        self.writes.submit(lambda: drafts.discard(journal, drafts.QUICK), None, failed)

    def offer(self, draft: Draft) -> bool:
        """After opening a journal: put a quick capture a crash left unsaved (`draft`, read on a worker by the
        tray) back into the window (unless it already holds words). True when it did."""
        if self.journal is None or self.quick.has_content():
            return False
        self.quick.set_journal(self.journal)
        self.quick.apply_form(draft.form)
        self.kept = True  # the draft stays until this is saved or let go
        self.quick.begin()
        return True
