"""Sessions, things to bring up and exports in the window: the Journal menu entries and toolbar buttons, the
editor's "Bring up next time", and keeping "Since my last session" up to date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStatusBar, QWidget

from journal_app.ui.common.widgets import make_action

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.therapy.export_dialog import ExportDialog
    from journal_app.ui.therapy.export_options import ExportReads
    from journal_app.ui.therapy.import_dialog import ImportDialog
    from journal_app.ui.therapy.sessions_dialog import SessionsDialog


class SavesFirst(Protocol):
    """The editor's autosave (ui.entries.Autosave): `then()` once what is typed has been saved, off the UI thread."""

    def when_saved(self, then: Callable[[], None], failed: Callable[[], None] | None = None) -> None: ...


class EntryInEditor(Protocol):
    """What "Bring up next time" and the dialogs need of the editing session (ui.entries.EditingSession)."""

    @property
    def entry_id(self) -> int | None: ...
    def save_now(self) -> None: ...
    def flush(self) -> bool: ...
    @property
    def autosave(self) -> SavesFirst: ...


class TherapyController(QObject):
    """The actions (the window places them in the Journal menu and the toolbar), their dialogs, and the
    editor's "Bring up next time" (the window connects the editor's bringUpRequested to bring_up)."""

    # sessions or things to bring up changed (the Patterns view shows the date of the last session)
    sessionsChanged = Signal()
    # an import brought in entries, triggers or people
    imported = Signal()
    # the day of the last session, read again on a worker, is not the one known before (last_session())
    lastSessionChanged = Signal()

    def __init__(
        self, window: QWidget, session: EntryInEditor, bring_up: QWidget, status: QStatusBar
    ) -> None:
        super().__init__(window)
        self.window = window  # the parent of the dialogs
        self.session = session
        self.bring_up_button = bring_up
        self.status = status
        self.journal: Journal | None = None
        self.dialog: SessionsDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self._last_session: date | None = None  # as last read on a worker (read_last_session)
        self._last_session_wanted = False  # read for this journal once already: changes read it again
        self._make_actions(window)
        self.set_journal(None)
        from journal_app.ui.common import operations

        # a change to the sessions (or anything written elsewhere, an import): the day is read again
        self.sessionsChanged.connect(self._read_last_session_again)
        self.imported.connect(self._read_last_session_again)
        operations.hub().journalChanged.connect(self._read_last_session_again)

    def _make_actions(self, window: QWidget) -> None:
        action = partial(make_action, window)  # action(text, slot, shortcut=None, tip="")

        self.sessions_action = action(
            QCoreApplication.translate("TherapyController", "Sessions and &questions…"),
            self.show_sessions,
            "Ctrl+Shift+S",
            QCoreApplication.translate(
                "TherapyController", "Your therapy sessions and the things to bring up next time"
            ),
        )
        self.export_action = action(
            QCoreApplication.translate("TherapyController", "&Export summary…"),
            self.show_export,
            "Ctrl+Shift+E",
            QCoreApplication.translate(
                "TherapyController", "Choose what to share with your therapist, preview it and save it"
            ),
        )
        self.print_action = action(
            QCoreApplication.translate("TherapyController", "&Print summary…"),
            lambda: self.show_export(print_it=True),
            QKeySequence.StandardKey.Print,
            QCoreApplication.translate("TherapyController", "Print a summary for your therapist"),
        )
        self.import_action = action(
            QCoreApplication.translate("TherapyController", "&Import from another journal…"),
            self.show_import,
            None,
            QCoreApplication.translate(
                "TherapyController", "Bring in entries from jrnl, Day One, or this app's CSV or JSON"
            ),
        )
        from journal_app.ui.common.icons import icon

        self.sessions_action.setIcon(icon("sessions"))
        self.export_action.setIcon(icon("export"))

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        for a in (self.sessions_action, self.export_action, self.print_action, self.import_action):
            a.setEnabled(journal is not None)
        self.bring_up_button.setEnabled(journal is not None)
        # read when Patterns first opens, not now: its first read imports SQLAlchemy and makes the journal's full
        # engine, which the start-up (the first page of entries) must not wait for (ui.common.preload)
        self._last_session, self._last_session_wanted = None, False
        from journal_app.ui.common import operations

        operations.drop(self._last_session_key)

    def last_session(self) -> date | None:
        """The day of the most recent session up to today, as last read on a worker (None before the first read):
        no read here (issue 17), so the Patterns view opens without touching the journal on the UI thread.
        read_last_session() reads it again; lastSessionChanged says when it came out different."""
        return self._last_session

    @Slot()
    def read_last_session(self) -> None:
        """Read the day of the last session on a worker (the operations layer); a newer request drops an older
        one's answer, and an answer for a journal since closed is dropped too."""
        from journal_app.ui.common import operations

        journal, today = self.journal, date.today()
        if journal is None:
            return
        self._last_session_wanted = True

        def read() -> date | None:
            from journal_app.services import therapy  # the database layer: not before the first paint

            return therapy.last_session(journal, today)

        def arrived(day: object) -> None:
            if journal is self.journal and day != self._last_session:
                self._last_session = cast("date | None", day)
                self.lastSessionChanged.emit()

        operations.run(self.window, read, arrived, self._say_problem, key=self._last_session_key)

    @Slot()
    def _read_last_session_again(self) -> None:
        """Something changed: read the day again, if it has been read for this journal and the window is on
        screen (else Patterns reads it as it opens)."""
        if self._last_session_wanted and self.window.isVisible():
            self.read_last_session()

    @property
    def _last_session_key(self) -> str:
        return f"last-session-{id(self)}"

    def _say_problem(self, problem: str) -> None:
        if problem:
            self.status.showMessage(problem, 10000)

    # -- sessions and questions --------------------------------------------------------------------
    def show_sessions(self) -> None:
        from journal_app.ui.therapy.sessions_dialog import SessionsDialog

        if self.journal is None:
            return
        dialog = SessionsDialog(self.journal, self.window)
        dialog.changed.connect(self.sessionsChanged)
        self.dialog = dialog
        dialog.exec()
        # closed: let it go (a child of the window would otherwise stay, hidden, for as long as the window)
        self.dialog = None
        dialog.deleteLater()

    def bring_up(self, text: str) -> None:
        """The editor's "Bring up next time": the chosen words (or the entry) go on the list, linked to the
        entry (saved first if it is new)."""
        if self.journal is None:
            return
        if not text.strip():
            self.status.showMessage(
                QCoreApplication.translate(
                    "TherapyController", "Write or select something first, then it can go on the list."
                ),
                8000,
            )
            return
        self.session.save_now()
        from journal_app.services import therapy
        from journal_app.ui.common import operations

        journal, entry_id = self.journal, self.session.entry_id
        short = text if len(text) <= 60 else text[:57] + "…"

        def added(_item: object) -> None:
            self.status.showMessage(
                QCoreApplication.translate(
                    "TherapyController", "Added to things to bring up next time: “{words}”"
                ).format(words=short),
                10000,
            )

        # written on a worker (issue 17): the window keeps answering; the list of things to bring up is read
        # again from the "journal changed" notification where it is shown
        operations.run(self.window, lambda: therapy.add_item(journal, text, entry_id), added, self._say_problem,
                       changes=True)

    # -- import ------------------------------------------------------------------------------------
    def show_import(self) -> None:
        """The Import dialog, once what is typed has been saved (off the UI thread)."""
        if self.journal is not None:
            self.session.autosave.when_saved(self._open_import)

    def _open_import(self) -> None:
        from journal_app.ui.therapy.import_dialog import ImportDialog

        if self.journal is None:
            return
        dialog = ImportDialog(self.journal, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _result: self.imported.emit())
        self.import_dialog = dialog
        dialog.show()

    # -- export ------------------------------------------------------------------------------------
    def _export_closed(self, dialog: ExportDialog) -> None:
        """Qt deletes a closed Export dialog; its Python side (the summary, the charts) goes with the last
        reference, this one."""
        if self.export_dialog is dialog:
            self.export_dialog = None

    def show_export(self, print_it: bool = False) -> None:
        """The Export dialog, once what it reads as it opens (the last session, the people, the things to bring
        up) has been read on a worker (the operations layer): it opens a moment later, with no read on the
        UI thread. Asked before the background preload has loaded its modules (SQLAlchemy among them), it
        waits for them without importing them here. Asked again meanwhile, it opens once."""
        from journal_app.ui.common import preload

        if self.journal is None:
            return
        # what is typed is saved first, off the UI thread (not when that failed: the status says why)
        self.session.autosave.when_saved(
            lambda: preload.when_charts_ready(preload.EXPORT_MODULES, lambda: self._read_for_export(print_it), self))

    def _read_for_export(self, print_it: bool) -> None:
        from journal_app.ui.common import operations
        from journal_app.ui.therapy.export_options import read_for_export

        journal = self.journal
        if journal is None:
            return
        today = date.today()

        def arrived(reads: object) -> None:
            if journal is self.journal:
                self._open_export(journal, today, cast("ExportReads", reads), print_it)

        def read() -> ExportReads:
            return read_for_export(journal, today)

        operations.run(self.window, read, arrived, key=f"export-open-{id(self)}")

    def _open_export(self, journal: Journal, today: date, reads: ExportReads, print_it: bool) -> None:
        from journal_app.ui.therapy.export_dialog import ExportDialog

        dialog = ExportDialog(journal, self.window, today=today, reads=reads)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.finished.connect(lambda _result: self._export_closed(dialog))
        dialog.show()  # not modal: the person can look something up in the journal meanwhile
        if print_it:
            dialog.print_summary()
