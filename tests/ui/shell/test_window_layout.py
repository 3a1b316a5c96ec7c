"""How the main window is composed: the menus and the toolbar laid out in one place (window_actions.place_actions)
in the order people know, and the controllers asking the window for things by signals, not by reaching in."""

import inspect

import pytest
from PySide6.QtWidgets import QWidget

from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.ui.entries import calendar_controller
from journal_app.ui.guidance import guidance_controller
from journal_app.ui.shell import help_controller, tray
from journal_app.ui.therapy import therapy_controller
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui


def layout(widget) -> list[str]:
    return [
        "---" if a.isSeparator() else (a.menu().title() if a.menu() else a.text()).replace("&", "")
        for a in widget.actions()
    ]


def test_the_journal_menu_keeps_its_order(window):
    assert layout(window.journal_menu) == [
        "New entry", "Quick capture…", "Save", "---",
        "Move to Trash", "Show Trash…", "---",
        "Patterns", "Calendar", "Triggers…",
        "Sessions and questions…", "Export summary…", "Print summary…", "Import from another journal…", "---",
        "Passphrase…", "Backups…", "Lock", "---",
        "Quit",
    ]  # fmt: skip


def test_the_edit_and_help_menus_and_the_toolbar_keep_their_order(window):
    assert layout(window.edit_menu) == ["Undo", "Redo", "---", "Find", "---", "Settings…"]
    assert layout(window.help_menu) == [
        "Getting started…", "User guide", "Keyboard shortcuts", "My safety plan…", "---",
        "Guidance library…", "Guidance beside the entry", "If you are in crisis…", "---",
        "About",
    ]  # fmt: skip
    assert layout(window.toolbar) == [
        "New entry", "Save", "Move to Trash", "Show Trash…", "Patterns",
        "Sessions and questions…", "Export summary…", "Triggers…", "Lock",
    ]  # fmt: skip


def test_lock_after_goes_under_lock_once_a_lock_controller_is_made(lock_harness):
    window = lock_harness.open()
    shown = layout(window.journal_menu)
    assert shown[shown.index("Lock") + 1] == "Lock after…"


@pytest.mark.parametrize(
    "controller", [guidance_controller.GuidanceController, therapy_controller.TherapyController,
                   calendar_controller.CalendarController, help_controller.HelpController, tray.TrayController],
)  # fmt: skip
def test_controllers_are_given_typed_parts_not_the_main_window(controller):
    params = {name: p for name, p in inspect.signature(controller.__init__).parameters.items() if name != "self"}
    assert all(p.annotation is not inspect.Parameter.empty for p in params.values()), params
    assert "MainWindow" not in [p.annotation for p in params.values()], params  # a Qt type or a narrow part


def test_the_library_asks_the_window_to_list_a_triggers_entries(window, qtbot):
    trigger = window.journal.add_trigger("Left on read")
    window.journal.save(EntryForm(occurred_at=now_utc(), title="tagged", body="x", triggers=(TriggerMark(trigger.id),)))
    window.journal.save(EntryForm(occurred_at=now_utc(), title="other", body="y"))
    window.reload_after_import()
    assert window.model.rowCount() == 2
    qtbot.waitUntil(lambda: window.editor.triggers.row_for(trigger.slug) is not None)  # read on a worker
    with qtbot.waitSignal(window.guidance.entriesRequested):
        window.guidance._show_entries(trigger.slug)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)  # the filtered list is read on a worker
    assert "Left on read" in window.statusBar().currentMessage()


def test_a_session_added_updates_the_patterns_view(window, qtbot, monkeypatch):
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    view = window.patterns
    assert view is not None and window.right.currentWidget() is view
    seen = []
    monkeypatch.setattr(view, "set_last_session", seen.append)
    monkeypatch.setattr(window.therapy, "last_session", lambda: "the day")
    window.therapy.lastSessionChanged.emit()  # the day was read again on a worker, and it changed
    assert seen == ["the day"]


def test_the_calendar_takes_the_right_hand_area_through_the_window(window):
    window.calendar.action.trigger()
    assert isinstance(window.calendar.view, QWidget) and window.is_shown(window.calendar.view)
    window.calendar.show(False)
    assert not window.is_shown(window.calendar.view)
