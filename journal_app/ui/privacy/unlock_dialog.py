"""The unlock dialog: the passphrase (no echo) opens an encrypted journal. A wrong one changes nothing in the
journal; after the third wrong try in a row each further try waits first (2 s, doubling up to a minute), on top
of SQLCipher's own key derivation, which is left exactly as it is. The count is kept on disk with the journal
(journal_app.services.unlock_attempts, shared with the command line), so quitting and starting again does not reset it.
While a wait is due the Unlock button is off and counts down; the window never freezes.

The opener (key derivation, key check, opening) runs on a worker of the operations layer (issue 17): while it
runs the field and Unlock are off and "Unlocking…" shows, and Cancel, the crisis page and the safety plan keep
answering. `try_unlock()` starts it; `unlockFinished(bool)` tells how it ended. A journal that opens after the
dialog was cancelled or closed is closed again at once, never kept. "Open a backup instead" runs its recovery
(trying the passphrase on each backup, copying one into place) on a worker the same way, "Opening the newest
backup…" showing meanwhile; once a backup is in place it is unlocked as above."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app import APP_NAME
from journal_app.core import messages
from journal_app.core.errors import JournalError, NotAJournal, WrongPassphrase
from journal_app.services.unlock_attempts import UnlockAttempts

if TYPE_CHECKING:  # the journal module loads SQLAlchemy: only its name is needed here
    from journal_app.services.journal import Journal
from journal_app.ui.common import operations
from journal_app.ui.common.i18n import message
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.common.tab_order import button_row, chain_tab_order
from journal_app.ui.common.widgets import heading, problem_label, small_label

TICK_MS = 200


def default_opener(data_dir: Path) -> Callable[[str], Journal]:
    def open_with(passphrase: str) -> Journal:
        from journal_app.services.journal import Journal

        return warmed(Journal.open(data_dir, passphrase=passphrase, lean=True, full_when_needed=True))

    return open_with


def warmed(journal: Journal) -> Journal:
    """`journal` with its first connection made (keyed, its settings applied) here on the worker, so the window's
    first read after unlocking reuses it instead of making it on the UI thread (tens of milliseconds on an
    encrypted journal). The window opens its journal lean (Journal.open(lean=True, full_when_needed=True)): the
    list and the rest read through the query modules' connection warmed here, and SQLAlchemy is loaded only when
    something first needs it. A journal that cannot be read is closed."""
    try:
        with journal.querying():
            pass
    except BaseException:
        journal.close()
        raise
    return journal


def preload_services() -> None:
    """Load the database layer, then the window's modules, while the person types (none is needed to draw the
    first dialog): on a worker thread, in small steps, so the dialog keeps answering (ui.common.preload)."""
    from journal_app.ui.common.preload import start_window

    start_window()


class _Attempt:
    """One unlock (or recovery) under way. The worker sets `journal` (or `recovered`) or `error` before its
    answer is sent to the UI thread; `dropped` once the dialog no longer wants that answer (Cancel, closed)."""

    def __init__(self) -> None:
        self.dropped = False
        self.journal: Journal | None = None
        self.error: JournalError | None = None
        # (damaged file kept aside, backup used) once "Open a backup instead" put a backup in place
        self.recovered: tuple[Path, Path] | None = None


class UnlockDialog(QDialog):
    # an unlock that was started has answered: True when the journal opened (the dialog is then accepted)
    unlockFinished = Signal(bool)
    # the passphrase, and what is wrong or how long to wait
    passphrase: QLineEdit
    problem: QLabel
    wait_label: QLabel
    busy_label: QLabel
    folder: QLabel
    # the buttons
    buttons: QDialogButtonBox
    unlock_button: QPushButton
    cancel_button: QPushButton
    backup_button: QPushButton
    crisis_button: QPushButton
    safety_plan_button: QPushButton

    def __init__(
        self,
        data_dir: Path,
        opener: Callable[[str], Journal] | None = None,
        backoff: UnlockAttempts | None = None,
        cancel_text: str | None = None,
        parent: QWidget | None = None,
        prefs: Preferences | None = None,
    ) -> None:
        """`cancel_text` is the Cancel button's (translated) text, Quit by default; `prefs` tell where the
        backups are kept (the backup_folder setting; the app's own settings when None)."""
        super().__init__(parent)
        self.prefs = prefs
        self.data_dir = Path(data_dir)
        self.journal: Journal | None = None
        # (damaged file kept aside, backup used) after "Open a backup instead"
        self.recovered: tuple[Path, Path] | None = None
        self._opener = opener or default_opener(self.data_dir)
        self.backoff = backoff or UnlockAttempts(self.data_dir)  # the count on disk, shared
        self._attempt: _Attempt | None = None  # the unlock under way, if any
        self.setWindowTitle(QCoreApplication.translate("UnlockDialog", "Unlock — {app}").format(app=APP_NAME))

        title, intro = self._build_fields()
        self.buttons = self._build_buttons(cancel_text)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.problem)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.folder)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.unlock_button.setDefault(True)  # in the dialog now: Enter comes back to it after Tab
        chain_tab_order([self.passphrase, *button_row(self.buttons)])  # the buttons as this platform shows them
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)  # grows to show a message

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._connect_signals()
        self.passphrase.setFocus()
        self.update_wait()

    # -- building ----------------------------------------------------------------------------------
    def _build_fields(self) -> tuple[QLabel, QLabel]:
        """The passphrase and the lines around it; returns the title and the line above the field."""
        title = heading(
            QCoreApplication.translate("UnlockDialog", "Your journal is locked"), 1.3, wrap_width=400
        )
        intro = QLabel(QCoreApplication.translate("UnlockDialog", "Type your &passphrase to open it."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Passphrase"))
        self.passphrase.setPlaceholderText(QCoreApplication.translate("UnlockDialog", "Passphrase"))
        intro.setBuddy(self.passphrase)
        self.problem = problem_label()
        self.problem.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Problem"))
        self.problem.hide()
        self.wait_label = QLabel("")
        self.wait_label.setWordWrap(True)
        self.wait_label.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Waiting time"))
        self.wait_label.hide()
        self.busy_label = QLabel(QCoreApplication.translate("UnlockDialog", "Unlocking…"))
        self.busy_label.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Unlocking"))
        self.busy_label.hide()
        self.folder = small_label(
            QCoreApplication.translate("UnlockDialog", "Journal folder: {folder}").format(
                folder=self.data_dir
            )
        )
        self.folder.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Journal folder"))
        return title, intro

    def _build_buttons(self, cancel_text: str | None) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            QCoreApplication.translate("UnlockDialog", "Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            cancel_text or QCoreApplication.translate("UnlockDialog", "Quit"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        # shown once opening failed: a damaged file looks like a wrong passphrase, and a backup may open
        self.backup_button = buttons.addButton(
            QCoreApplication.translate("UnlockDialog", "Open a backup instead…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.backup_button.setAccessibleName(
            QCoreApplication.translate("UnlockDialog", "Open a backup instead")
        )
        self.backup_button.hide()
        # the crisis page needs no passphrase: it reads nothing from the journal
        self.crisis_button = buttons.addButton(
            QCoreApplication.translate("UnlockDialog", "If you are in &crisis…"),
            QDialogButtonBox.ButtonRole.HelpRole,
        )
        self.crisis_button.setAccessibleName(
            QCoreApplication.translate("UnlockDialog", "If you are in crisis: where to get help now, without unlocking")
        )
        self.crisis_button.setAutoDefault(False)
        # the safety plan: kept readable while locked, it opens here; kept inside the journal, a note says so
        self.safety_plan_button = buttons.addButton(
            QCoreApplication.translate("UnlockDialog", "My &safety plan…"),
            QDialogButtonBox.ButtonRole.HelpRole,
        )
        self.safety_plan_button.setAccessibleName(
            QCoreApplication.translate("UnlockDialog", "My safety plan, if it can be read without unlocking")
        )
        self.safety_plan_button.setAutoDefault(False)
        return buttons

    def _connect_signals(self) -> None:
        self._tick.timeout.connect(self.update_wait)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.open_backup)
        self.crisis_button.clicked.connect(self.show_crisis)
        self.safety_plan_button.clicked.connect(self.show_safety_plan)

    @classmethod
    def ask(
        cls,
        parent,
        data_dir: Path,
        opener=None,
        backoff: UnlockAttempts | None = None,
        cancel_text: str | None = None,
        prefs: Preferences | None = None,
    ):
        """Show the dialog until the journal opens (returns it) or the person gives up (None)."""
        dialog = cls(data_dir, opener, backoff, cancel_text, parent, prefs)
        return dialog.journal if dialog.exec() == QDialog.DialogCode.Accepted else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, preload_services)

    # -- trying ------------------------------------------------------------------------------------
    def try_unlock(self) -> bool:
        """Start opening the journal with the typed passphrase, off the UI thread. True when an unlock was
        started: its answer comes as unlockFinished(bool), and the dialog is accepted once the journal opened.
        False when nothing was started (a wait is due, the field is empty, or an unlock is already under way)."""
        if self._attempt is not None or self.backoff.remaining() > 0:
            return False
        text = self.passphrase.text()
        if not text:
            self._say(QCoreApplication.translate("UnlockDialog", "Please type your passphrase."))
            return False
        attempt = self._attempt = _Attempt()
        self._show_unlocking(True)
        opener = self._opener

        def work() -> None:  # on a worker thread: touches no widget
            try:
                attempt.journal = opener(text)
            except JournalError as exc:  # kept as it is: a wrong passphrase counts toward the wait
                attempt.error = exc

        # no parent: the answer always comes back, so a journal opened too late is closed (see _answered)
        operations.run(
            None, work, lambda _none: self._answered(attempt, ""), lambda text: self._answered(attempt, text)
        )
        return True

    def _answered(self, attempt: _Attempt, unexpected: str) -> None:
        """The opener's answer, on the UI thread: `attempt` holds the journal or its JournalError, and
        `unexpected` is the operations layer's calm sentence for any other failure."""
        if attempt.dropped or not shiboken6.isValid(self) or attempt is not self._attempt:
            if attempt.journal is not None:
                attempt.journal.close()  # cancelled while it opened: nothing stays open
                attempt.journal = None
            return
        self._attempt = None
        self._show_unlocking(False)
        error = attempt.error
        if isinstance(error, WrongPassphrase):
            self.backoff.failed()
            self._say(str(messages.wrong_passphrase()))
            self.backup_button.show()
            self.update_wait()
        elif error is not None:  # not a journal, unreadable: nothing was changed either
            self._say(str(error))
            # a backup helps with damage, not with a full disk or a read-only folder (it would lose the newest)
            self.backup_button.setVisible(isinstance(error, NotAJournal))
        elif attempt.journal is None:  # an unexpected problem, said calmly by the operations layer
            self._say(unexpected)
        else:
            self.journal = attempt.journal
            self.backoff.reset()
            self.passphrase.clear()
            self.accept()
            self.unlockFinished.emit(True)
            return
        self.passphrase.setFocus()
        self.passphrase.selectAll()
        self.unlockFinished.emit(False)

    def _show_unlocking(self, busy: bool, text: str | None = None) -> None:
        """While the opener (or the recovery) runs: the field, Unlock and the backup offer are off, and
        "Unlocking…" (or `text`) shows."""
        self.passphrase.setEnabled(not busy)
        self.backup_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        if busy:
            self.busy_label.setText(text or QCoreApplication.translate("UnlockDialog", "Unlocking…"))
            self._say("")
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self.update_wait()

    @property
    def unlocking(self) -> bool:
        """An unlock is under way."""
        return self._attempt is not None

    def done(self, result: int) -> None:
        """Closing the dialog (Cancel, Escape) during an unlock drops its answer: the journal, if it opens,
        is closed again. A recovery's late answer is dropped too (nothing is opened from it)."""
        if result != QDialog.DialogCode.Accepted.value and self._attempt is not None:
            self._attempt.dropped = True
            self._attempt = None
            self._show_unlocking(False)
        super().done(result)

    def open_backup(self) -> bool:
        """Put the newest backup that opens with the typed passphrase in the journal's place (the current file
        is kept aside, never deleted), then open it. The recovery runs on a worker (it tries the passphrase on
        each backup and copies one: seconds on a big journal): True when it was started; its answer comes as
        unlockFinished(bool), like an unlock's."""
        if self._attempt is not None or self.backoff.remaining() > 0:
            return False
        text = self.passphrase.text()
        if not text:
            self._say(
                QCoreApplication.translate(
                    "UnlockDialog",
                    "Type the passphrase your backups were made with, then choose Open a backup instead.",
                )
            )
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("UnlockDialog", "Open a backup instead?"),
            message(messages.RECOVER_QUESTION),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._start_recovery(text)
        return True

    def _start_recovery(self, text: str) -> None:
        """Run the recovery on a worker; the dialog's controls are off and a calm line shows meanwhile."""
        from journal_app.services import backup
        from journal_app.ui.common.preferences import backup_folder

        folder = backup_folder(self.prefs if self.prefs is not None else Preferences())
        attempt = self._attempt = _Attempt()
        self._show_unlocking(True, QCoreApplication.translate("UnlockDialog", "Opening the newest backup…"))
        data_dir = self.data_dir

        def work() -> None:  # on a worker thread: touches no widget
            try:
                attempt.recovered = backup.recover_from_backup(data_dir, text, folder)
            except JournalError as exc:
                attempt.error = exc

        operations.run(
            None, work, lambda _none: self._recovered(attempt, ""), lambda text: self._recovered(attempt, text)
        )

    def _recovered(self, attempt: _Attempt, unexpected: str) -> None:
        """The recovery's answer, on the UI thread: a backup in place is opened with the typed passphrase (as
        before); a failure is said calmly. Dropped when the dialog was closed meanwhile."""
        if attempt.dropped or not shiboken6.isValid(self) or attempt is not self._attempt:
            return
        self._attempt = None
        self._show_unlocking(False)
        if attempt.recovered is not None:
            self.recovered = attempt.recovered
            if self.try_unlock():
                return
        elif attempt.error is not None:
            from journal_app.services.backup import NoBackupOpened

            if isinstance(attempt.error, NoBackupOpened):  # no backup opened with it either: a wrong try
                self.backoff.failed()  # (no backups at all, a full disk: not the passphrase's fault)
            self._say(str(attempt.error))
            self.update_wait()
        else:  # an unexpected problem, said calmly by the operations layer
            self._say(unexpected)
        self.unlockFinished.emit(False)

    def show_crisis(self):
        """The crisis page, over this dialog; the journal stays locked."""
        from journal_app.ui.guidance.help_windows import show_crisis

        return show_crisis()

    def show_safety_plan(self):
        """The safety plan kept readable while locked, or a note that it opens after unlocking."""
        from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan

        return show_safety_plan(None, self.data_dir)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def update_wait(self) -> None:
        """Show the countdown while a wait is due; the Unlock button comes back when it is over."""
        remaining = self.backoff.remaining()
        waiting = remaining > 0
        self.unlock_button.setEnabled(not waiting and self._attempt is None)
        self.wait_label.setVisible(waiting)
        if waiting:
            seconds = math.ceil(remaining)
            self.wait_label.setText(
                (
                    QCoreApplication.translate(
                        "UnlockDialog",
                        "After several tries, each new try waits a little longer. You can try again in {n} second.",
                    )
                    if seconds == 1
                    else QCoreApplication.translate(
                        "UnlockDialog",
                        "After several tries, each new try waits a little longer. You can try "
                        "again in {n} seconds.",
                    )
                ).format(n=seconds)
            )
            self.unlock_button.setText(
                QCoreApplication.translate("UnlockDialog", "Unlock ({n})").format(n=seconds)
            )
            if not self._tick.isActive():
                self._tick.start()
        else:
            self.unlock_button.setText(QCoreApplication.translate("UnlockDialog", "Unlock"))
            self._tick.stop()
            if self._attempt is None:
                self.passphrase.setFocus()
