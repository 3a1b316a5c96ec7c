"""Locking after a quiet spell: an application-wide watch on key and mouse input, the idle time setting
(QSettings "lock/idle_minutes", 0 = never) and the "Lock after…" menu that changes it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from journal_app import APP_ID

SETTING = "lock/idle_minutes"
DEFAULT_MINUTES = 5
CHOICES = (1, 5, 15, 30, 0)  # 0 = never
CHECK_MS = 10_000

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})


def app_settings() -> QSettings:
    """The app's own settings file (~/.config/journal-app/settings.conf on Linux)."""
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_ID, "settings")


def idle_minutes(settings: QSettings) -> int:
    try:
        value = int(settings.value(SETTING, DEFAULT_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return max(value, 0)


def choice_label(minutes: int) -> str:
    if minutes == 0:
        return "Never"
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


class IdleWatcher(QObject):
    # nobody has typed or used the mouse in this app for the idle time (emitted once per quiet spell)
    idle = Signal()

    def __init__(self, minutes: int = DEFAULT_MINUTES, clock: Callable[[], float] = time.monotonic,
                 check_ms: int = CHECK_MS, parent=None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.minutes = minutes
        self.armed = False
        self.last_activity = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(int(minutes), 0)
        self.touch()

    def arm(self) -> None:
        """Start watching (the journal is open and encrypted)."""
        self.armed = True
        self.touch()
        self._timer.start()

    def disarm(self) -> None:
        self.armed = False
        self._timer.stop()

    def touch(self) -> None:
        self.last_activity = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() in INPUT_EVENTS:
            self.last_activity = self._clock()
        return False

    def check(self) -> bool:
        """Called by the timer (and by tests): emits `idle` when the quiet spell is long enough."""
        if not self.armed or self.minutes <= 0:
            return False
        if self._clock() - self.last_activity < self.minutes * 60:
            return False
        self.disarm()
        self.idle.emit()
        return True


class IdleMenu(QMenu):
    """"Lock after…": 1, 5, 15, 30 minutes or Never; the choice is stored in the settings."""

    # the person chose a new idle time; carries minutes (0 = never)
    chosen = Signal(int)

    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__("Lock &after…", parent)
        self._settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        current = idle_minutes(settings)
        choices = CHOICES if current in CHOICES else tuple(sorted(set(CHOICES[:-1]) | {current})) + (0,)
        for minutes in choices:
            action = QAction(choice_label(minutes), self)
            action.setCheckable(True)
            action.setChecked(minutes == current)
            action.setData(minutes)
            action.triggered.connect(lambda _checked=False, m=minutes: self._choose(m))
            self.group.addAction(action)
            self.addAction(action)

    def action_for(self, minutes: int) -> QAction | None:
        return next((a for a in self.group.actions() if a.data() == minutes), None)

    def _choose(self, minutes: int) -> None:
        self._settings.setValue(SETTING, minutes)
        self._settings.sync()
        self.chosen.emit(minutes)
