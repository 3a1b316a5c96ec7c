"""The guidance panel's articles are read on a worker (the operations layer) the first time the panel needs them,
so the first page of entries does not wait for them: the window answers meanwhile, the panel fills in once
they are read, and a failure says why."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.services.guidance import Library
from journal_app.ui.common import operations
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def fresh_window(harness, qtbot, monkeypatch, error=None):
    """The window opened again with the articles not yet read, and their reading held at the gate."""
    harness.close()
    gate = Gate(Library, "load", monkeypatch, error)
    window = harness.window = None
    from journal_app.services.journal import Journal
    from journal_app.ui.shell.main_window import MainWindow

    harness.journal = Journal.open(harness.data_dir)
    window = harness.window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(harness.journal)
    return window, gate


def test_the_articles_are_read_on_a_worker_while_the_window_answers(harness, qtbot, monkeypatch):
    window, gate = fresh_window(harness, qtbot, monkeypatch)
    assert gate.started.wait(30)  # (the pool may be busy with the start-up work first on a loaded machine)
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker reads
    window.new_action.trigger()
    check = window.editor.triggers.row_for("withdrawal").check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)  # asked again meanwhile: still the one reading
    assert window.guidance.panel.suggestions == [] and len(gate.threads) == 1
    gate.release.set()
    qtbot.waitUntil(lambda: window.guidance.panel.article_ids()[:1] == ["withdrawal"], timeout=10000)
    assert gate.threads == [gate.threads[0]] and gate.threads[0] is not threading.main_thread()


def test_articles_that_cannot_be_read_say_why(harness, qtbot, monkeypatch):
    window, gate = fresh_window(harness, qtbot, monkeypatch, OSError("The guidance folder is missing."))
    gate.release.set()
    operations.wait_all()
    assert "unexpected problem (OSError)" in window.statusBar().currentMessage()
    assert window.guidance.panel.suggestions == []
    monkeypatch.setattr(Library, "load", gate.real)  # readable again: the next refresh reads them
    window.new_action.trigger()
    qtbot.mouseClick(window.editor.triggers.row_for("withdrawal").check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.guidance.panel.article_ids()[:1] == ["withdrawal"], timeout=10000)
