"""The Export dialog opens once what it reads first (the last session, the people, the things to bring up) has
been read on a worker (the operations layer): the window answers meanwhile, asking twice opens one dialog, and
a read that fails says why."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import JournalError
from journal_app.services import therapy
from journal_app.ui.common import operations
from journal_app.ui.therapy import export_options
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def test_the_dialog_opens_once_its_reads_are_done_on_a_worker(window, harness, qtbot, monkeypatch):
    therapy.add_item(harness.journal, "Why do I check my phone so much?")
    gate = Gate(export_options, "read_for_export", monkeypatch)
    window.therapy.export_action.trigger()
    # (once the background preload has its modules, which the UI thread never imports: test_first_opens.py)
    qtbot.waitUntil(gate.started.is_set, timeout=60000)
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker reads
    assert window.therapy.export_dialog is None
    window.therapy.export_action.trigger()  # asked again before the first answered
    qtbot.waitUntil(lambda: len(gate.threads) == 2, timeout=5000)
    gate.release.set()
    qtbot.waitUntil(lambda: window.therapy.export_dialog is not None, timeout=10000)
    dialog = window.therapy.export_dialog
    operations.wait_all()
    assert all(thread is not threading.main_thread() for thread in gate.threads)
    opened = [w for w in window.findChildren(type(dialog)) if w.isVisible()]
    assert opened == [dialog]  # one dialog: the older answer was dropped
    assert dialog.questions.topLevelItem(0).text(0) == "Why do I check my phone so much?"
    dialog.close()


def test_reads_that_fail_say_why_and_open_nothing(window, harness, qtbot, monkeypatch):
    Gate(export_options, "read_for_export", monkeypatch, JournalError("The journal could not be read.")).release.set()
    window.therapy.export_action.trigger()
    operations.wait_all()
    assert window.therapy.export_dialog is None
    assert window.statusBar().currentMessage() == "The journal could not be read."
