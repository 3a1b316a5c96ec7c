"""Adding a person from the editor ("Add" beside the name) writes on a worker (the operations layer): the window
answers meanwhile, the person is chosen once they exist, and a failure says why in the status bar."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.core.errors import JournalError
from journal_app.ui.common import operations
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def test_a_person_is_added_on_a_worker(window, harness, qtbot, monkeypatch):
    window.new_action.trigger()
    people = window.editor.people
    gate = Gate(harness.journal, "add_person", monkeypatch)
    told: list[bool] = []
    operations.hub().journalChanged.connect(lambda: told.append(True))
    qtbot.keyClicks(people.name_edit, "Sam")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    assert gate.started.wait(5)
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker writes
    assert people.chosen_ids() == () and told == []
    gate.release.set()
    qtbot.waitUntil(lambda: len(people.chosen_ids()) == 1, timeout=10000)
    assert gate.threads[0] is not threading.main_thread() and told == [True]
    assert [p.name for p in harness.journal.people()] == ["Sam"] and people.name_edit.text() == ""


def test_a_person_who_cannot_be_added_says_why(window, harness, qtbot, monkeypatch):
    window.new_action.trigger()
    people = window.editor.people
    Gate(harness.journal, "add_person", monkeypatch, JournalError("That name cannot be kept.")).release.set()
    qtbot.keyClicks(people.name_edit, "Sam")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert window.statusBar().currentMessage() == "That name cannot be kept."
    assert people.chosen_ids() == () and people.name_edit.text() == "Sam"  # kept, to try again
