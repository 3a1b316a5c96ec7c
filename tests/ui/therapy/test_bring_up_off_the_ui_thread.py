"""The editor's "Bring up next time" writes the item on a worker (the operations layer): the window answers
while it is written, the journal is marked changed, and a failure says its message in the status bar."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.core.errors import JournalError
from journal_app.services import therapy
from journal_app.ui.common import operations
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def test_bring_up_is_written_on_a_worker(window, harness, qtbot, monkeypatch):
    window.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.body, "Why do I go quiet?")
    gate = Gate(therapy, "add_item", monkeypatch)
    told: list[bool] = []
    operations.hub().journalChanged.connect(lambda: told.append(True))
    qtbot.mouseClick(editor.bring_up, Qt.MouseButton.LeftButton)
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker writes
    assert therapy.agenda(harness.journal) == [] and told == []
    gate.release.set()
    qtbot.waitUntil(lambda: "Added to things to bring up" in window.statusBar().currentMessage(), timeout=10000)
    assert gate.threads and gate.threads[0] is not threading.main_thread() and told == [True]
    assert [i.text for i in therapy.agenda(harness.journal)] == ["Why do I go quiet?"]


def test_a_failed_bring_up_says_why(window, harness, qtbot, monkeypatch):
    window.new_action.trigger()
    qtbot.keyClicks(window.editor.body, "Why do I go quiet?")
    Gate(therapy, "add_item", monkeypatch, JournalError("That could not be added. Nothing was changed.")).release.set()
    qtbot.mouseClick(window.editor.bring_up, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert window.statusBar().currentMessage() == "That could not be added. Nothing was changed."
    assert therapy.agenda(harness.journal) == []
