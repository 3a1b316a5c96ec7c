"""Quick capture, the system-tray icon and check-in reminders, wired into the main window: Journal ▸ Quick
capture… (Ctrl+Shift+N), a tray icon (when the desktop has a tray and the setting allows it) with Quick
capture…, Show journal, If you are in crisis… (open while locked too: it needs no passphrase) and Quit, and a
gentle daily or weekly nudge at the chosen time.

A reminder is always the same fixed words (journal_app.services.reminders): never entry text, names or triggers. It
shows as a tray notification, or in the window's status bar when there is no tray; clicking the
notification opens quick capture.

What quick capture holds is kept as a crash draft while it is typed (QuickDraftKeeper), and a draft a crash
left behind is put back into quick capture after the journal opens."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStyle, QSystemTrayIcon, QWidget

from journal_app import APP_NAME
from journal_app.services import reminders
from journal_app.ui.common.icons import icon
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.common.widgets import make_action
from journal_app.ui.entries.quick_capture import QuickCaptureWindow

if TYPE_CHECKING:
    from journal_app.services.drafts import Draft
    from journal_app.services.journal import Journal
    from journal_app.ui.entries.draft_keeper import QuickDraftKeeper
    from journal_app.ui.guidance.help_windows import CrisisWindow

REMINDER_PREFS = ("reminder", "reminder_time", "reminder_weekday")
# The timer wakes at least this often and checks the clock, so a suspended laptop or a changed clock cannot
# make a reminder come hours late or twice.
MAX_WAIT = timedelta(minutes=5)
# A reminder missed by more than this (the computer was asleep) is skipped, not shown late.
MISSED_GRACE = timedelta(hours=2)
MESSAGE_MS = 15000


def local_now() -> datetime:
    """Now, local time with its offset (reminders apply the system's DST rules to it)."""
    return datetime.now().astimezone()


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


class TrayController(QObject):
    """Owns the quick-capture window, the tray icon and the reminder timer of one main window.

    The window calls set_journal(journal) when a journal is attached and set_journal(None) when it is detached
    (locked or closed); `quit_action` is the window's Quit (also in the tray menu), `journal_folder`
    says where the journal is, open or locked (for the safety plan), and `clock` returns an aware now (tests
    pass a fake one). The window places `quick_action` in its Journal menu."""

    # a reminder was shown (title, body): always the fixed wording, never journal text
    reminderShown = Signal(str, str)
    # quick capture saved an entry to the journal
    entrySaved = Signal()

    def __init__(
        self,
        window: QMainWindow,
        prefs: Preferences,
        quit_action: QAction,
        journal_folder: Callable[[], Path | None],
        clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.prefs = prefs
        self.journal_folder = journal_folder
        self.clock = clock
        self.journal: Journal | None = None
        self.quick: QuickCaptureWindow | None = None
        self.quick_drafts: QuickDraftKeeper | None = None  # its QuickDraftKeeper, built with it
        self.tray: QSystemTrayIcon | None = None
        self.next_due: datetime | None = None

        self.quick_action = make_action(
            window,
            self.tr("&Quick capture…"),
            self.open_quick_capture,
            "Ctrl+Shift+N",
            self.tr("Jot down a moment in a few seconds"),
        )
        self.quick_action.setIcon(_icon("quick-capture"))
        self.tray_menu = self._make_tray_menu(window, quit_action)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer)
        prefs.changed.connect(self._on_pref_changed)

        window.installEventFilter(self)  # closing the window saves what quick capture holds first
        self.set_journal(None)
        self.update_tray()
        self.schedule()

    def _make_tray_menu(self, window: QMainWindow, quit_action: QAction) -> QMenu:
        menu = QMenu(window)
        menu.setAccessibleName(self.tr("Journal tray menu"))
        self.tray_quick_action = menu.addAction(self.tr("Quick capture…"), self.open_quick_capture)
        self.show_action = menu.addAction(self.tr("Show journal"), self.show_window)
        self.tray_crisis_action = menu.addAction(self.tr("If you are in crisis…"), self.show_crisis)
        self.tray_safety_plan_action = menu.addAction(self.tr("My safety plan…"), self.show_safety_plan)
        menu.addSeparator()
        self.tray_quit_action = menu.addAction(self.tr("Quit"), quit_action.trigger)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.flush():
            if self.journal is not None and self.quick is not None:
                self.quick.begin()  # it could not be saved: the words stay on screen, the window stays open
                event.ignore()
                return True
            # locked, with words that could not be saved before locking: they cannot be shown now
            answer = QMessageBox.warning(
                self.window,
                self.tr("Quick capture not saved"),
                self.tr(
                    "A quick capture could not be saved before the journal locked. Unlock to save it, "
                    "or close anyway and lose it?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # -- the journal -------------------------------------------------------------------------------
    def set_journal(self, journal: Journal | None) -> None:
        """Follow the window's journal: None (locked, closed) disables quick capture. Words already typed
        into quick capture are saved into the journal that is going away first, so locking loses nothing."""
        if journal is None and self.journal is not None and self.quick is not None:
            if not self.flush():
                kept = self.tr("Your quick capture could not be saved yet; it is kept for when you unlock.")
                self.window.statusBar().showMessage(kept, 60000)
            self.quick.hide()  # the journal's words stay out of sight while it is locked
        self.journal = journal
        for action in (self.quick_action, self.tray_quick_action):
            action.setEnabled(journal is not None)
        if self.quick is not None and self.quick_drafts is not None:
            self.quick.set_journal(journal)
            self.quick_drafts.set_journal(journal)
            if journal is not None and self.quick.has_content():
                self.quick.begin()  # words kept through a lock: back on screen to save
        if journal is not None:
            QTimer.singleShot(0, self, lambda: self.offer_draft(journal))  # after the window is on screen

    def offer_draft(self, journal: Journal) -> bool:
        """Put a quick capture a crash left unsaved back on screen: the draft is read on a worker (the
        operations layer), and shown once it is read. True when the read began."""
        from journal_app.core.errors import JournalError
        from journal_app.services import drafts
        from journal_app.ui.common import operations

        if journal is not self.journal or (self.quick is not None and self.quick.has_content()):
            return False

        def read() -> object:
            try:
                return drafts.load(journal, drafts.QUICK)
            except JournalError:
                return None

        def arrived(draft: object) -> None:
            if draft is not None and journal is self.journal:
                self._ensure_quick()[1].offer(cast("Draft", draft))

        operations.run(self.window, read, arrived, lambda _problem: None, key=f"quick-draft-{id(self)}")
        return True

    def _ensure_quick(self) -> tuple[QuickCaptureWindow, QuickDraftKeeper]:
        """The quick-capture window (built on first use) and its draft keeper."""
        if self.quick is None or self.quick_drafts is None:
            from journal_app.ui.entries.draft_keeper import QuickDraftKeeper

            self.quick = QuickCaptureWindow(self.journal, self.window)
            self.quick.saved.connect(self._on_saved)
            self.quick_drafts = QuickDraftKeeper(self.quick, self.journal)
        else:
            self.quick.set_journal(self.journal)
            self.quick_drafts.set_journal(self.journal)
        return self.quick, self.quick_drafts

    def flush(self) -> bool:
        """Save what quick capture holds as an entry (before locking or closing). True when nothing is
        left unsaved; False keeps the words in the window, with the reason shown there."""
        if self.quick is None or not self.quick.has_content():
            self._drain_drafts()
            return True
        if self.journal is None:
            return False
        saved = self.quick.save()
        self._drain_drafts()
        return saved

    def _drain_drafts(self) -> None:
        """The crash draft's writes under way finish before the journal closes (locking, quitting)."""
        if self.quick_drafts is not None:
            self.quick_drafts.writes.drain()

    def open_quick_capture(self) -> QuickCaptureWindow | None:
        """Show (or raise) the quick-capture window; while the journal is locked, show the window instead."""
        if self.journal is None:
            self.show_window()
            return None
        quick, _drafts = self._ensure_quick()
        quick.begin()
        return quick

    def show_safety_plan(self) -> QWidget:
        """The safety plan: open journal, to edit; locked, the copy kept readable then, or a calm note."""
        from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan

        journal = self.journal  # open: a child of the window, so locking closes it
        return show_safety_plan(journal, self.journal_folder(), self.window if journal is not None else None)

    def show_crisis(self) -> CrisisWindow:
        """The crisis page, locked or not: it reads nothing from the journal."""
        from journal_app.ui.guidance.help_windows import show_crisis

        return show_crisis()

    def _on_saved(self, _entry_id: int) -> None:
        if self.quick_drafts is not None:
            self.quick_drafts.drop(self.journal)  # saved: the crash draft goes (also while locking)
        self.entrySaved.emit()  # the window's list shows it
        self.window.statusBar().showMessage(self.tr("Saved to your journal."), 8000)

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # -- the tray icon -----------------------------------------------------------------------------
    def update_tray(self) -> None:
        """Show the tray icon when the desktop has a tray and the setting is on; remove it otherwise."""
        wanted = bool(self.prefs.get("tray_icon")) and QSystemTrayIcon.isSystemTrayAvailable()
        if wanted and self.tray is None:
            self.tray = QSystemTrayIcon(self._tray_icon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.setContextMenu(self.tray_menu)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.messageClicked.connect(self.open_quick_capture)
            self.tray.show()
        elif not wanted and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _tray_icon(self) -> QIcon:
        icon = self.window.windowIcon()
        if icon.isNull():
            icon = _icon("journal-app")
        if icon.isNull():
            icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        return icon

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    # -- reminders ---------------------------------------------------------------------------------
    def schedule(self) -> None:
        """Set the timer for the next reminder from the settings (or stop it when reminders are off)."""
        self.next_due = reminders.next_reminder(
            self.clock(),
            self.prefs.get("reminder"),
            self.prefs.get("reminder_time"),
            self.prefs.get("reminder_weekday"),
        )
        self._arm()

    def _arm(self) -> None:
        if self.next_due is None:
            self.timer.stop()
            return
        wait = min(_utc(self.next_due) - _utc(self.clock()), MAX_WAIT)
        self.timer.start(max(1, math.ceil(wait.total_seconds() * 1000)))

    def _on_timer(self) -> None:
        if self.next_due is None:
            return
        now = self.clock()
        late = _utc(now) - _utc(self.next_due)
        if late < timedelta(0):
            self._arm()  # woke early (the timer's slack, or the clock was changed): wait the rest
            return
        if late <= MISSED_GRACE:
            self.remind()
        self.schedule()

    def remind(self) -> None:
        """Show the check-in nudge now: the fixed words only."""
        title = QCoreApplication.translate(reminders.TRANSLATION_CONTEXT, reminders.REMINDER_TITLE)
        body = QCoreApplication.translate(reminders.TRANSLATION_CONTEXT, reminders.REMINDER_BODY)
        if self.tray is not None:
            self.tray.showMessage(title, body, self._tray_icon(), MESSAGE_MS)
        else:
            self.window.statusBar().showMessage(
                self.tr("{title} {body}").format(title=title, body=body), 60000
            )
        self.reminderShown.emit(title, body)

    def _on_pref_changed(self, name: str) -> None:
        if name in REMINDER_PREFS:
            self.schedule()
        elif name == "tray_icon":
            self.update_tray()


def _icon(name: str) -> QIcon:
    try:
        return icon(name)
    except (KeyError, OSError):  # the file is missing from this install: no icon rather than no menu
        return QIcon()
