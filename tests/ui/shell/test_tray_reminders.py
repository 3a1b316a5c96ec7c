"""The tray icon and the check-in reminders: scheduled from the settings, shown with fixed words only (never
entry text), rescheduled when the settings change, stopped when turned off."""

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon

from journal_app.models.values import EntryForm
from journal_app.services.reminders import REMINDER_BODY, REMINDER_TITLE
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.shell.tray import MAX_WAIT, TrayController

pytestmark = pytest.mark.gui

SECRET = "the words only I should read"


class FakeNow:
    """An aware local clock the test sets by hand."""

    def __init__(self, value: datetime) -> None:
        self.value = value

    def __call__(self) -> datetime:
        return self.value


def local(*args) -> datetime:
    return datetime(*args).astimezone()


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def clock():
    return FakeNow(local(2026, 5, 6, 12, 0))  # a Wednesday


def make(window, prefs, clock):
    """A controller with these settings and this clock in place of the window's own."""
    own = window.tray
    own.timer.stop()
    window.journal_menu.removeAction(own.quick_action)
    window.removeAction(own.quick_action)
    if own.tray is not None:
        own.tray.hide()
    window.removeEventFilter(own)
    controller = TrayController(window, prefs, window.quit_action, window.journal_folder, clock=clock)
    window.tray = controller
    controller.set_journal(window.journal)
    return controller


def test_reminders_are_off_until_chosen(window, prefs, clock):
    tray = make(window, prefs, clock)
    assert tray.next_due is None and not tray.timer.isActive()


def test_the_timer_is_set_for_the_next_reminder(window, prefs, clock):
    prefs.set("reminder", "daily")
    prefs.set("reminder_time", "20:30")
    tray = make(window, prefs, clock)
    assert tray.next_due == local(2026, 5, 6, 20, 30)
    assert tray.timer.isActive()
    assert tray.timer.interval() == MAX_WAIT.total_seconds() * 1000  # far off: it checks the clock again
    clock.value = local(2026, 5, 6, 20, 29, 59, 900000)
    tray.schedule()
    assert tray.timer.interval() == 100


def test_it_fires_at_the_time_with_fixed_words_only(qtbot, window, prefs, clock):
    window.journal.save(EntryForm(occurred_at=local(2026, 5, 6, 9, 0), title=SECRET, body=SECRET))
    prefs.set("reminder", "daily")
    prefs.set("reminder_time", "20:30")
    clock.value = local(2026, 5, 6, 20, 29, 59, 970000)
    tray = make(window, prefs, clock)
    assert tray.tray is None  # offscreen there is no system tray: the status bar says it
    assert 1 <= tray.timer.interval() <= 30
    clock.value = local(2026, 5, 6, 20, 30, 0, 1000)
    with qtbot.waitSignal(tray.reminderShown, timeout=1000) as shown:
        pass  # the real timer fires
    assert shown.args == [REMINDER_TITLE, REMINDER_BODY]
    message = window.statusBar().currentMessage()
    assert REMINDER_TITLE in message and REMINDER_BODY in message
    assert SECRET not in message and "dinner" not in message
    assert tray.next_due == local(2026, 5, 7, 20, 30)  # once: the next is tomorrow


def test_an_early_wake_waits_for_the_rest(qtbot, window, prefs, clock):
    prefs.set("reminder", "daily")
    prefs.set("reminder_time", "20:30")
    clock.value = local(2026, 5, 6, 20, 29, 59, 990000)
    tray = make(window, prefs, clock)
    with qtbot.assertNotEmitted(tray.reminderShown, wait=60):
        pass  # the timer fires, but the (fake) clock has not reached 20:30: no reminder yet
    assert tray.timer.isActive() and tray.next_due == local(2026, 5, 6, 20, 30)


def test_a_reminder_missed_while_asleep_is_skipped(qtbot, window, prefs, clock):
    prefs.set("reminder", "daily")
    prefs.set("reminder_time", "20:30")
    tray = make(window, prefs, clock)
    clock.value = local(2026, 5, 7, 7, 45)  # the laptop slept through the evening
    with qtbot.assertNotEmitted(tray.reminderShown):
        tray.timer.timeout.emit()
    assert tray.next_due == local(2026, 5, 7, 20, 30)


def test_changing_the_settings_reschedules(window, prefs, clock):
    prefs.set("reminder", "daily")
    tray = make(window, prefs, clock)
    assert tray.next_due == local(2026, 5, 6, 20, 30)  # the default time
    prefs.set("reminder_time", "08:15")
    assert tray.next_due == local(2026, 5, 7, 8, 15)
    prefs.set("reminder", "weekly")
    prefs.set("reminder_weekday", 1)
    assert tray.next_due == local(2026, 5, 11, 8, 15)  # next Monday
    assert tray.timer.isActive()


def test_turning_reminders_off_stops_the_timer(window, prefs, clock):
    prefs.set("reminder", "weekly")
    tray = make(window, prefs, clock)
    assert tray.timer.isActive()
    prefs.set("reminder", "off")
    assert tray.next_due is None and not tray.timer.isActive()


@pytest.fixture
def fake_tray(monkeypatch):
    """A desktop with a system tray; the notifications it was asked to show."""
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, body, *rest: shown.append((title, body)))
    return shown


def test_with_a_tray_the_reminder_is_a_notification_that_opens_quick_capture(qtbot, window, prefs, clock,
                                                                               fake_tray):
    tray = make(window, prefs, clock)
    assert tray.tray is not None and not tray.tray.icon().isNull()
    assert [a.text() for a in tray.tray.contextMenu().actions() if not a.isSeparator()] == [
        "Quick capture…", "Show journal", "If you are in crisis…", "My safety plan…", "Quit"]
    tray.remind()
    assert fake_tray == [(REMINDER_TITLE, REMINDER_BODY)]
    assert window.statusBar().currentMessage() == ""
    tray.tray.messageClicked.emit()
    assert tray.quick is not None and tray.quick.isVisible()


def test_the_tray_menu_follows_the_lock_and_the_setting(qtbot, window, prefs, clock, fake_tray):
    tray = make(window, prefs, clock)
    assert tray.tray_quick_action.isEnabled()
    tray.set_journal(None)
    assert not tray.tray_quick_action.isEnabled()
    tray.tray_quick_action.trigger()
    assert tray.quick is None  # nothing opens over a locked journal
    prefs.set("tray_icon", False)
    assert tray.tray is None
    prefs.set("tray_icon", True)
    assert tray.tray is not None


def test_quit_from_the_tray_closes_the_window(qtbot, window, prefs, clock, fake_tray):
    tray = make(window, prefs, clock)
    tray.tray_quit_action.trigger()
    assert not window.isVisible()
