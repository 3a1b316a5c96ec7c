"""Writing without the mouse: a new entry is created, tagged with a trigger and its intensity, and saved, with
the keyboard alone, in the real window; focus always moves to where the person would expect."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from journal_app.models.values import EntryFilter

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def tab_until(qtbot, predicate, limit=40, backwards=False):
    """Press Tab (or Shift+Tab) until the focused widget satisfies predicate; returns it (fails after limit)."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if widget is not None and predicate(widget):
            return widget
        seen.append(f"{type(widget).__name__}:{widget.accessibleName() if widget else ''}")
        key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
        qtbot.keyClick(widget, key, Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)
    raise AssertionError("focus never got there; it went through: " + ", ".join(seen))


def test_create_tag_and_save_an_entry_with_the_keyboard_alone(qtbot, window, harness):
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # New entry
    qtbot.waitUntil(lambda: focused() in (window.editor.title, window.editor.body))
    if focused() is window.editor.title:
        qtbot.keyClicks(window.editor.title, "Late reply")
        qtbot.keyClick(window.editor.title, Qt.Key.Key_Tab)
    assert focused() is window.editor.body  # from the title, Tab goes straight to the words
    qtbot.keyClicks(window.editor.body, "He answered hours later and I assumed the worst.")

    # Tab leaves the text (it does not type a tab) and reaches the triggers, in the order they are shown
    check = tab_until(qtbot, lambda w: isinstance(w, QCheckBox) and w.accessibleName() == "Trigger Abandonment fear")
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked()
    spin = tab_until(qtbot, lambda w: w.accessibleName() == "Intensity for Abandonment fear", limit=3)
    for _ in range(7):
        qtbot.keyClick(spin, Qt.Key.Key_Up)

    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # Save
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    journal = harness.journal
    [row] = journal.page(EntryFilter()).rows
    entry = journal.get(row.id)
    assert "assumed the worst" in entry.body
    abandonment = journal.trigger("abandonment-fear").id
    assert [(m.trigger_id, m.intensity) for m in entry.triggers] == [(abandonment, 6)]

    # and back: Shift+Tab from the triggers returns to the words, Ctrl+F reaches search, Escape-free
    tab_until(qtbot, lambda w: w is window.editor.body, backwards=True)
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL)
    assert focused() is window.search_bar.search


def test_every_focusable_control_in_the_window_is_reached_by_tab(qtbot, window):
    """The tab chain goes round the whole window: no control is skipped, none traps the focus."""
    window.new_entry()
    window.editor.body.setPlainText("A first entry, so the list is there.")
    window.session.save_now()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.search_bar.search.setFocus()
    qtbot.waitUntil(lambda: focused() is window.search_bar.search)
    visited = []
    for _ in range(120):
        widget = focused()
        if visited and widget is visited[0]:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        raise AssertionError("the tab chain never came back round")
    for wanted in (window.list_view, window.editor.title, window.editor.body, window.editor.when,
                   window.editor.shared):
        assert wanted in visited, f"{wanted.accessibleName()} is not reachable with Tab"
