"""Emptying the Trash rewrites the search index (seconds on a large journal): it runs on a worker through the
operations layer, the window keeps answering, and the dialog cannot be closed half-way."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal
from journal_app.ui.entries.trash_dialog import TrashDialog

pytestmark = pytest.mark.gui
WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


def test_emptying_runs_on_a_worker_and_the_window_answers(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir)
    try:
        journal.move_to_trash(journal.save(EntryForm(occurred_at=WHEN, body="gone")).id)
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        dialog.show()
        release, threads = threading.Event(), []
        real = journal.empty_trash

        def slow_empty():
            threads.append(threading.current_thread())
            assert release.wait(10)
            return real()

        monkeypatch.setattr(journal, "empty_trash", slow_empty)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.empty_button.isEnabled()
        ticks = []
        QTimer.singleShot(20, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker waits
        dialog.reject()
        assert dialog.isVisible()  # not closed half-way
        with qtbot.waitSignal(dialog.trashChanged, timeout=10000):
            release.set()
        assert threads and threads[0] is not threading.main_thread()
        assert journal.trash_count() == 0 and not dialog.busy and dialog.model.rowCount() == 0
    finally:
        journal.close()
