"""Opening, locking and unlocking the window's journal: attach (then the health check and daily backup, and
the newest backup put in place when damage is found, all on workers), lock on Ctrl+L,
after the idle time or when the system suspends, and the unlock dialog that reattaches it. The idle time,
how many backups to keep and where they go are read from the preferences (a change applies at once).
The locked page offers the crisis page beside Unlock: it opens without the passphrase and unlocks nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QMessageBox, QPushButton, QStatusBar, QWidget

from journal_app.core import messages
from journal_app.services.unlock_attempts import UnlockAttempts
from journal_app.ui.common.preferences import Preferences, backup_folder
from journal_app.ui.privacy.idle_lock import IdleMenu, IdleWatcher, as_preferences
from journal_app.ui.privacy.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.common.operations import Operation
    from journal_app.ui.guidance.help_windows import CrisisWindow


def daily_backup(journal: Journal, prefs: Preferences | None = None) -> str | None:
    """Make the day's backup if due (keeping and placing them as the preferences say); the reason it failed,
    or None. Never raises."""
    from journal_app.core.errors import JournalError
    from journal_app.services import backup

    try:
        keep = prefs.get("backup_keep") if prefs is not None else backup.KEEP
        backup.daily_backup_if_due(journal, keep=keep, folder=backup_folder(prefs))
    except JournalError as exc:
        return str(messages.backup_failed(str(exc)))
    except Exception as exc:
        return str(messages.backup_failed(f"{type(exc).__name__}: {exc}."))
    return None


class PendingSave(Protocol):
    """The editor's autosave (ui.entries.autosave.Autosave): saved before locking, or why it could not be."""

    @property
    def status(self) -> str: ...
    def flush(self) -> bool: ...


class LockableWindow(Protocol):
    """What locking needs of the main window (ui.shell.main_window.MainWindow, a QWidget): its requests, the
    journal shown in it, the "Locked" page and the status bar."""

    @property
    def lockRequested(self) -> SignalInstance: ...
    @property
    def unlockRequested(self) -> SignalInstance: ...
    @property
    def encryptionChanged(self) -> SignalInstance: ...
    @property
    def autosave(self) -> PendingSave: ...
    def attach(self, journal: Journal) -> None: ...
    def detach(self) -> Journal | None: ...
    def show_locked(self, locked: bool) -> None: ...
    def show_opening(self, text: str) -> None: ...
    def showing_locked(self) -> bool: ...
    def add_locked_page_button(self, button: QPushButton) -> None: ...
    def set_idle_menu(self, menu: QMenu) -> None: ...
    def open_entry_id(self) -> int | None: ...
    def reopen_entry(self, entry_id: int | None) -> None: ...
    def statusBar(self) -> QStatusBar: ...


class LockController(QObject):
    # the journal was locked: it is closed and nothing read from it is shown
    locked = Signal()
    # a journal was attached to the window (after opening or unlocking); carries it
    attached = Signal(object)

    def __init__(
        self,
        window: LockableWindow,
        data_dir: Path,
        settings: Preferences | QSettings | None = None,
        clock: Callable[[], float] = time.monotonic,
        opener: Callable[[str], Journal] | None = None,
        backoff: UnlockAttempts | None = None,
        parent: QObject | None = None,
    ) -> None:
        if not isinstance(window, QWidget):
            raise TypeError("LockController locks a window (a QWidget)")
        super().__init__(parent or window)
        self.window = window
        self.widget: QWidget = window  # the same window: the parent of the dialogs it opens
        self.data_dir = Path(data_dir)
        self.journal: Journal | None = None
        self.checking: Operation | None = None  # the health check and daily backup since attaching
        self.recovering: Operation | None = None  # a backup being put in place after damage was found
        self.closing: Operation | None = None  # the journal closing on a worker after locking
        self._checked_on: tuple[date, Path] | None = None  # the day (and file) the health check last passed
        self.unlock_dialog: UnlockDialog | None = None
        self._reopen_id: int | None = None  # the entry open when the journal was locked
        self._read_only_label: QLabel | None = None  # the status bar's standing note while read-only
        self._opener = opener
        self.backoff = backoff or UnlockAttempts(self.data_dir)  # wall clock: the count outlives the process
        self.prefs = as_preferences(settings)  # pass the app's one Preferences so Settings changes reach here
        self.settings = self.prefs.settings
        self.idle = IdleWatcher(self.prefs.get("idle_minutes"), clock, parent=self)
        self.idle_menu = IdleMenu(self.prefs, self.widget)
        window.set_idle_menu(self.idle_menu)
        self.crisis_button = self._add_crisis_button(window)

        self.prefs.changed.connect(self._on_pref_changed)
        self.idle.idle.connect(lambda: self.lock(auto=True))
        window.lockRequested.connect(self.lock)
        window.unlockRequested.connect(self.show_unlock)
        window.encryptionChanged.connect(
            lambda encrypted: self.idle.arm() if encrypted else self.idle.disarm()
        )
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    def _add_crisis_button(self, window: LockableWindow) -> QPushButton:
        """"If you are in crisis…" (and "My safety plan…") under Unlock… on the locked page."""
        button = QPushButton(QCoreApplication.translate("LockController", "If you are in &crisis…"))
        button.setAccessibleName(
            QCoreApplication.translate(
                "LockController", "If you are in crisis: where to get help now, without unlocking"
            )
        )
        window.add_locked_page_button(button)
        button.clicked.connect(self.show_crisis)
        plan = QPushButton(QCoreApplication.translate("LockController", "My &safety plan…"))
        plan.setAccessibleName(
            QCoreApplication.translate("LockController", "My safety plan, if it can be read while locked")
        )
        window.add_locked_page_button(plan)
        plan.clicked.connect(self.show_safety_plan)
        self.safety_plan_button = plan
        return button

    def show_safety_plan(self) -> QWidget:
        """The safety plan kept readable while locked, or a calm note that it opens after unlocking."""
        from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan

        return show_safety_plan(self.journal, self.data_dir)

    def show_crisis(self) -> CrisisWindow:
        """The crisis page; the journal stays as it is (locked: still locked)."""
        from journal_app.ui.guidance.help_windows import show_crisis

        return show_crisis()

    @property
    def is_locked(self) -> bool:
        return self.journal is None and self.window.showing_locked()

    def attach(self, journal: Journal) -> None:
        """Show an open journal in the window; the health check and daily backup follow once the list is on
        screen, on a worker thread."""
        self.journal = journal
        self.window.attach(journal)
        if journal.encrypted:
            self.idle.arm()
        else:
            self.idle.disarm()
        self._say_how_it_opened(journal)
        if not journal.read_only:  # a folder that cannot be written takes no daily backup either
            QTimer.singleShot(0, lambda: self._backup(journal))
        self.attached.emit(journal)

    def _say_how_it_opened(self, journal: Journal) -> None:
        """A read-only journal, or a folder open to others, is said once, where it stays visible."""
        from journal_app.ui.common.i18n import message

        bar = self.window.statusBar()
        note = self._read_only_label
        if note is not None:
            bar.removeWidget(note)
            note.deleteLater()
            self._read_only_label = None
        if journal.read_only:
            # a short standing label (messages about saving come and go beside it), the whole note once
            label = QLabel(QCoreApplication.translate("LockController", "Read-only: nothing can be saved here"))
            label.setToolTip(message(messages.READ_ONLY_NOTE))
            label.setAccessibleName(QCoreApplication.translate("LockController", "Read-only journal"))
            label.setAccessibleDescription(message(messages.READ_ONLY_NOTE))
            bar.addPermanentWidget(label)
            self._read_only_label = label
            bar.showMessage(message(messages.READ_ONLY_NOTE), 30000)
        elif journal.open_warning:
            bar.showMessage(journal.open_warning, 30000)

    def _backup(self, journal: Journal) -> Operation | None:
        """The health check, then the day's backup, on a worker (both read the whole file: on a large journal
        that takes seconds, and the window keeps answering meanwhile). Damage found is offered for recovery
        here, on the UI thread; a backup problem is said in the status bar. The Operation, or None."""
        if self.journal is not journal:
            return None  # locked or replaced in the meantime
        from journal_app.ui.common import operations

        prefs = self.prefs
        today = date.today()
        # The full read runs once a day (and again when a journal was recovered): an unlock after the idle
        # lock does not read every page again. The daily backup, at most daily too, always follows a check.
        check = self._checked_on != (today, journal.path)

        def check_then_back_up() -> tuple[str | None, str | None]:
            damage = journal.health_problem() if check else None  # found now, not mid-sentence later
            if damage:
                return damage, None  # no daily backup of a damaged file
            return None, daily_backup(journal, prefs)

        def checked(result) -> None:
            if self.journal is not journal:
                return  # locked while it ran: nothing of it is shown
            damage, problem = result
            if check and not damage:
                self._checked_on = (today, journal.path)
            if damage:
                self.offer_recovery(damage)
            elif problem:
                self.window.statusBar().showMessage(problem, 20000)

        def failed(message: str) -> None:
            if self.journal is journal and message:
                self.window.statusBar().showMessage(message, 20000)

        self.checking = operations.run(
            self.widget, check_then_back_up, checked, failed, key=f"open-check:{id(self)}"
        )
        return self.checking

    def offer_recovery(self, damage: str) -> bool:
        """The journal reads back damaged: offer the newest backup that opens in its place (the damaged file
        is kept aside). The recovery (each backup tried, one copied into place: seconds on a big journal) and
        the reopening run on a worker while the window says "Opening the newest backup…"; the journal is shown
        again once they are done. True when the recovery was started."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("LockController", "Your journal looks damaged"),
            damage,
            QMessageBox.StandardButton.NoButton,
            self.widget,
        )
        use_backup = box.addButton(
            QCoreApplication.translate("LockController", "Open the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("LockController", "Keep going"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        if box.clickedButton() is not use_backup:
            self.window.statusBar().showMessage(damage, 60000)
            return False
        journal = self.journal
        if journal is None:
            return False
        self.window.autosave.flush()
        self.window.detach()
        self.journal = None
        journal.close()
        self.window.show_opening(QCoreApplication.translate("LockController", "Opening the newest backup…"))
        self.recovering = self._recover(journal)
        return True

    def _recover(self, journal: Journal) -> Operation:
        """On a worker: the newest backup that opens put in place of the closed `journal`, then the journal
        opened again (what happened is said on the UI thread, in _recovered)."""
        from journal_app.core.errors import JournalError
        from journal_app.services import backup
        from journal_app.ui.common import operations

        folder = backup_folder(self.prefs)
        outcome: dict[str, object] = {}

        def work() -> None:  # on a worker thread: touches no widget
            try:
                outcome["recovered"] = backup.recover_closed(journal, folder=folder)
            except JournalError as exc:
                outcome["not recovered"] = str(exc)
            try:
                outcome["journal"] = journal.reopen()
            except JournalError as exc:
                outcome["not opened"] = str(exc)

        def failed(text: str) -> None:  # not a JournalError: said calmly by the operations layer
            outcome.setdefault("not opened", text)
            self._recovered(outcome)

        # no parent: the answer always comes, so a journal reopened after the window went is closed again
        return operations.run(None, work, lambda _none: self._recovered(outcome), failed, key=operations.FILE_KEY)

    def _recovered(self, outcome: dict[str, object]) -> None:
        reopened = cast("Journal | None", outcome.get("journal"))
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.widget):
            if reopened is not None:
                reopened.close()  # the window is gone: nothing stays open
            return
        self.recovering = None
        if "not recovered" in outcome:
            QMessageBox.warning(
                self.widget,
                QCoreApplication.translate("LockController", "No backup opened"),
                str(outcome["not recovered"]),
            )
        if reopened is None:
            QMessageBox.warning(
                self.widget,
                QCoreApplication.translate("LockController", "The journal did not open"),
                str(outcome.get("not opened", "")),
            )
            self.window.show_locked(True)
            return
        self.attach(reopened)
        recovered = outcome.get("recovered")
        if isinstance(recovered, tuple):
            damaged, used = recovered
            self.window.statusBar().showMessage(str(messages.recovered(damaged.name, used.name)), 60000)

    # -- locking -----------------------------------------------------------------------------------
    def lock(self, auto: bool = False) -> bool:
        """Save, close the journal, clear the window and ask for the passphrase again. An entry that
        cannot be saved keeps the journal open (and says why), so no words are lost."""
        journal = self.journal
        if journal is None or not journal.encrypted:
            return False
        from journal_app.ui.common import operations

        if operations.pending(operations.FILE_KEY) is not None:
            if auto:
                self.idle.arm()  # a restore or passphrase change is swapping the file: try again later
            return False
        autosave = self.window.autosave
        if not autosave.flush():
            text = str(messages.not_locked(autosave.status))
            if auto:
                self.window.statusBar().showMessage(text, 60000)
                self.idle.arm()  # try again after another quiet spell
            else:
                QMessageBox.warning(
                    self.widget, QCoreApplication.translate("LockController", "Not locked"), text
                )
            return False
        for dialog in self.widget.findChildren(QDialog):
            if dialog.isVisible() and dialog is not self.unlock_dialog:
                dialog.reject()  # the Trash, triggers…: they show the journal's words too
        self.idle.disarm()
        self._reopen_id = self.window.open_entry_id()  # opened again once unlocked
        self.window.detach()
        self.journal = None
        self.closing = self._close(journal)
        self.window.show_locked(True)
        self.locked.emit()
        self.show_unlock()
        return True

    def _close(self, journal: Journal) -> Operation:
        """Close a journal the window has let go of, on a worker: closing writes what its write-ahead log holds
        into the file (a checkpoint), tens of milliseconds on a large journal. A problem is said in the status
        bar; what was saved is in the file either way (SQLite replays the log at the next opening)."""
        from journal_app.ui.common import operations

        def failed(text: str) -> None:
            if text and shiboken6.isValid(self.widget):
                self.window.statusBar().showMessage(text, 20000)

        return operations.run(None, journal.close, None, failed)

    def show_unlock(self) -> UnlockDialog:
        """The unlock dialog over the locked window (not blocking: it reattaches when it succeeds)."""
        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            self.unlock_dialog.activateWindow()
            return self.unlock_dialog
        dialog = UnlockDialog(
            self.data_dir,
            self._opener,
            self.backoff,
            cancel_text=QCoreApplication.translate("LockController", "Not now"),
            parent=self.widget,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result: self._on_unlock_finished(dialog, result))
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def _on_unlock_finished(self, dialog: UnlockDialog, result: int) -> None:
        if self.unlock_dialog is dialog:
            self.unlock_dialog = None
        if result == QDialog.DialogCode.Accepted.value and dialog.journal is not None:
            self.attach(dialog.journal)
            reopen, self._reopen_id = self._reopen_id, None
            self.window.reopen_entry(reopen)  # the entry that was open when it locked
        dialog.deleteLater()

    def _on_pref_changed(self, name: str) -> None:
        if name == "idle_minutes":
            self.idle.set_minutes(self.prefs.get("idle_minutes"))

    def _on_application_state(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock(auto=True)
