"""Emptying the Trash rewrites the search index (seconds on a large journal): it runs on a worker through the
operations layer, the window keeps answering, and the dialog cannot be closed half-way. Reading the Trash's
entries and restoring them run there too."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal
from journal_app.ui.common import operations
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
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # the Trash is read on a worker
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
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # the list is read again on a worker
        assert journal.trash_count() == 0 and not dialog.busy and dialog.model.rowCount() == 0
    finally:
        journal.close()


class GatedPages:
    """journal.page, answered once `gate` is set (or raising `error`); notes the threads it ran on."""

    def __init__(self, journal, monkeypatch, error=None):
        self.real, self.error = journal.page, error
        self.gate, self.started = threading.Event(), threading.Event()
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(journal, "page", self)

    def __call__(self, *args, **kw):
        self.threads.append(threading.current_thread())
        self.started.set()
        assert self.gate.wait(10)
        if self.error is not None:
            raise self.error
        return self.real(*args, **kw)


def test_the_trash_is_read_on_a_worker_and_the_window_answers(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir)
    try:
        journal.move_to_trash(journal.save(EntryForm(occurred_at=WHEN, title="Gone", body="gone")).id)
        pages = GatedPages(journal, monkeypatch)
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        dialog.show()
        assert pages.started.wait(5)
        ticks = []
        QTimer.singleShot(20, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker reads
        assert dialog.loading and dialog.model.rowCount() == 0 and dialog.info.text() == "Opening the Trash…"
        assert not dialog.empty_button.isEnabled() and not dialog.restore_button.isEnabled()
        pages.gate.set()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
        assert pages.threads[0] is not threading.main_thread()
        assert dialog.model.rowCount() == 1 and dialog.empty_button.isEnabled()
        assert dialog.info.text() == "Entries here are kept until you empty the Trash."
    finally:
        journal.close()


def test_a_trash_that_cannot_be_read_says_so_calmly(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir)
    try:
        pages = GatedPages(journal, monkeypatch, error=OSError("disk"))
        pages.gate.set()
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
        assert "unexpected problem (OSError)" in dialog.info.text()
        assert dialog.model.rowCount() == 0 and not dialog.empty_button.isEnabled()
    finally:
        journal.close()


def test_a_read_for_a_closed_trash_is_dropped(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir)
    try:
        journal.move_to_trash(journal.save(EntryForm(occurred_at=WHEN, body="gone")).id)
        pages = GatedPages(journal, monkeypatch)
        dialog = TrashDialog(journal)
        model = dialog.model
        shown = []
        model.reloaded.connect(lambda: shown.append(True))
        assert pages.started.wait(5)
        dialog.deleteLater()  # closed and gone while its entries are read
        qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2000)
        pages.gate.set()
        operations.wait_all()
        assert shown == []  # the late page was not delivered to the model that is gone
    finally:
        journal.close()


def test_restoring_runs_on_a_worker(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir)
    try:
        journal.move_to_trash(journal.save(EntryForm(occurred_at=WHEN, title="Back", body="back")).id)
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
        release, threads = threading.Event(), []
        real = journal.restore

        def slow_restore(entry_id):
            threads.append(threading.current_thread())
            assert release.wait(10)
            return real(entry_id)

        monkeypatch.setattr(journal, "restore", slow_restore)
        dialog.view.selectionModel().select(dialog.model.index(0, 0),
                                            dialog.view.selectionModel().SelectionFlag.Select)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()
        ticks = []
        QTimer.singleShot(20, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
        with qtbot.waitSignal(dialog.trashChanged, timeout=10000):
            release.set()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
        assert threads and threads[0] is not threading.main_thread()
        assert journal.trash_count() == 0 and dialog.model.rowCount() == 0 and not dialog.busy
    finally:
        journal.close()


def test_a_failed_restore_shows_its_message(qtbot, data_dir, monkeypatch):
    from journal_app.core.errors import JournalError

    journal = Journal.init(data_dir)
    try:
        journal.move_to_trash(journal.save(EntryForm(occurred_at=WHEN, body="stays")).id)
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)

        def refuse(_entry_id):
            raise JournalError("That entry could not be restored. Nothing was changed.")

        warned = []
        monkeypatch.setattr(journal, "restore", refuse)
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
        dialog.view.selectionModel().select(dialog.model.index(0, 0),
                                            dialog.view.selectionModel().SelectionFlag.Select)
        with qtbot.waitSignal(dialog.trashChanged, timeout=10000):
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert warned == ["That entry could not be restored. Nothing was changed."]
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
        assert journal.trash_count() == 1 and dialog.model.rowCount() == 1
    finally:
        journal.close()
