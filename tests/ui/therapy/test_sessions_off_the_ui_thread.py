"""Sessions and questions reads and writes the journal on a worker (the operations layer): the window answers
while a session is saved, Close waits for the answer, a failure says its message in the dialog, and a change
made elsewhere while it is shown is read again."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer

from journal_app.core.errors import JournalError
from journal_app.services import therapy
from journal_app.ui.common import operations
from journal_app.ui.therapy.sessions_dialog import SessionsDialog
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui
TODAY = date(2026, 3, 20)


def opened(qtbot, journal, window):
    dialog = SessionsDialog(journal, window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    return dialog


def answers(qtbot):
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)


def test_a_session_is_saved_on_a_worker_and_the_window_answers(window, harness, qtbot, monkeypatch):
    journal = harness.journal
    dialog = opened(qtbot, journal, window)
    gate = Gate(therapy, "add_session", monkeypatch)
    changes: list[int] = []
    dialog.changed.connect(lambda: changes.append(1))
    dialog.day.setDate(QDate(2026, 3, 17))
    qtbot.mouseClick(dialog.add_session_button, Qt.MouseButton.LeftButton)
    answers(qtbot)  # the UI thread answers while the worker saves
    assert dialog.busy and not dialog.add_session_button.isEnabled() and not dialog.add_item_button.isEnabled()
    qtbot.mouseClick(dialog.add_session_button, Qt.MouseButton.LeftButton)  # a second click waits for the first
    dialog.reject()
    assert dialog.isVisible()  # Close waits for the answer
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    operations.wait_all()
    assert gate.threads == [gate.threads[0]] and gate.threads[0] is not threading.main_thread()
    assert [s.held_on for s in therapy.sessions(journal)] == [date(2026, 3, 17)] and changes == [1]


def test_the_lists_are_read_on_a_worker(window, harness, qtbot, monkeypatch):
    journal = harness.journal
    therapy.add_item(journal, "Why do I go quiet?")
    gate = Gate(therapy, "agenda", monkeypatch)
    dialog = SessionsDialog(journal, window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    answers(qtbot)
    assert dialog.loading and dialog.items.count() == 0 and not dialog.save_session_button.isEnabled()
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert gate.threads[0] is not threading.main_thread() and dialog.items.count() == 1
    assert not dialog.delete_item_button.isEnabled()  # Delete is offered once a thing is chosen
    dialog.items.setCurrentRow(0)
    assert dialog.delete_item_button.isEnabled()


def test_a_failure_shows_its_message_and_the_tick_as_it_is(window, harness, qtbot, monkeypatch):
    journal = harness.journal
    therapy.add_item(journal, "Why do I go quiet?")
    dialog = opened(qtbot, journal, window)
    refusal = JournalError("That could not be saved. Nothing was changed.")
    Gate(therapy, "set_item_done", monkeypatch, refusal).release.set()
    changes: list[int] = []
    dialog.changed.connect(lambda: changes.append(1))
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    operations.wait_all()
    assert dialog.problem.isVisible() and dialog.problem.text() == "That could not be saved. Nothing was changed."
    assert changes == [] and dialog.items.item(0).checkState() == Qt.CheckState.Unchecked  # not ticked after all
    qtbot.keyClicks(dialog.new_item, "And with Sam?")
    qtbot.mouseClick(dialog.add_item_button, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert not dialog.problem.isVisible() and dialog.items.count() == 2  # the next change clears it


def test_a_change_elsewhere_is_read_again(window, harness, qtbot):
    journal = harness.journal
    dialog = opened(qtbot, journal, window)
    operations.run(None, lambda: therapy.add_item(journal, "From the editor"), changes=True)
    qtbot.waitUntil(lambda: dialog.items.count() == 1, timeout=10000)


def test_a_closed_sessions_dialog_is_let_go(window, qtbot, monkeypatch):
    """Each opening made a new dialog that stayed, hidden, a child of the window (and answered every "journal
    changed" by asking whether it was shown)."""
    monkeypatch.setattr(SessionsDialog, "exec", lambda self: 0)
    window.therapy.show_sessions()
    window.therapy.show_sessions()
    operations.wait_all()
    qtbot.waitUntil(lambda: window.findChildren(SessionsDialog) == [], timeout=5000)
    assert window.therapy.dialog is None
