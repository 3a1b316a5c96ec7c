"""Locking after a quiet spell: a watch on key and mouse input to the app's windows, the idle time setting
(the "idle_minutes" preference, key "lock/idle_minutes", 0 = never) and the "Lock after…" menu that changes
it. The menu shows the setting as it changes (also from the Settings dialog)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QMenu

from journal_app.ui.common.preferences import PREFS, Preferences

SETTING = PREFS["idle_minutes"].key
DEFAULT_MINUTES = PREFS["idle_minutes"].default
CHOICES = (1, 5, 15, 30, 0)  # 0 = never
CHECK_MS = 10_000

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)


def as_preferences(settings: QSettings | Preferences | None) -> Preferences:
    """Typed settings over `settings` (a Preferences is used as it is; None: the app's own file)."""
    return settings if isinstance(settings, Preferences) else Preferences(settings)


def idle_minutes(settings: QSettings | Preferences) -> int:
    return as_preferences(settings).get("idle_minutes")


def choice_label(minutes: int) -> str:
    if minutes == 0:
        return QCoreApplication.translate("IdleMenu", "Never")
    return (
        QCoreApplication.translate("IdleMenu", "1 minute")
        if minutes == 1
        else QCoreApplication.translate("IdleMenu", "{n} minutes").format(n=minutes)
    )


class IdleWatcher(QObject):
    # nobody has typed or used the mouse in this app for the idle time (emitted once per quiet spell)
    idle = Signal()

    def __init__(
        self,
        minutes: int = DEFAULT_MINUTES,
        clock: Callable[[], float] = time.monotonic,
        check_ms: int = CHECK_MS,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.minutes = minutes
        self.armed = False
        self.last_activity = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
        self.watch_windows()

    def watch_windows(self) -> None:
        """Watch the input of every top-level window there is now (a window shown later is watched once it
        has the focus, or at the next check).

        On the windows, not on the whole app: input reaches a window before its widgets, and an app-wide Python
        filter is called for every event of every object (timers, paints, signals from workers), each call
        waiting for Python's lock, so a worker busy in Python held up even what Qt draws by itself."""
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: Qt keeps one of each filter

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(int(minutes), 0)
        self.touch()

    def arm(self) -> None:
        """Start watching (the journal is open and encrypted)."""
        self.armed = True
        self.touch()
        self.watch_windows()
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
        self.watch_windows()
        if self._clock() - self.last_activity < self.minutes * 60:
            return False
        self.disarm()
        self.idle.emit()
        return True


class IdleMenu(QMenu):
    """ "Lock after…": 1, 5, 15, 30 minutes or Never (and the time chosen in Settings when it is another);
    the choice is stored in the preferences, and a change made elsewhere is shown here."""

    # the person chose a new idle time; carries minutes (0 = never)
    chosen = Signal(int)

    def __init__(self, settings: QSettings | Preferences, parent=None) -> None:
        super().__init__(QCoreApplication.translate("IdleMenu", "Lock &after…"), parent)
        self.prefs = as_preferences(settings)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.show_minutes(self.prefs.get("idle_minutes"))
        self.prefs.changed.connect(self._on_changed)

    def show_minutes(self, current: int) -> None:
        """Tick `current` (adding it between the usual choices when it is not one of them)."""
        choices = CHOICES if current in CHOICES else (*tuple(sorted(set(CHOICES[:-1]) | {current})), 0)
        if [a.data() for a in self.group.actions()] != list(choices):
            for action in self.group.actions():
                self.group.removeAction(action)
                self.removeAction(action)
                action.deleteLater()
            for minutes in choices:
                action = QAction(choice_label(minutes), self)
                action.setCheckable(True)
                action.setData(minutes)
                action.triggered.connect(lambda _checked=False, m=minutes: self._choose(m))
                self.group.addAction(action)
                self.addAction(action)
        for action in self.group.actions():
            action.setChecked(action.data() == current)

    def action_for(self, minutes: int) -> QAction | None:
        return next((a for a in self.group.actions() if a.data() == minutes), None)

    def _choose(self, minutes: int) -> None:
        self.prefs.set("idle_minutes", minutes)
        self.chosen.emit(minutes)

    def _on_changed(self, name: str) -> None:
        if name == "idle_minutes":
            self.show_minutes(self.prefs.get("idle_minutes"))
