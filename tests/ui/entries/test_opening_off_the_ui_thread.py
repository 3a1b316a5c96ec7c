"""Opening an entry (a click on its row, or after unlocking) reads it on a worker (the operations layer): the
window answers meanwhile, the editor keeps the entry it showed but takes no typing until the chosen one is in,
a choice made before an older one answered wins, and an entry that cannot be read says why."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import JournalError
from journal_app.models.values import EntryForm
from journal_app.ui.common import operations
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def two_entries(harness):
    """'Older' and 'Newer' in the list (newest first), with 'Older' open in the editor."""
    journal, window = harness.journal, harness.window
    older = journal.save(EntryForm(occurred_at=datetime(2026, 3, 1, 9, tzinfo=UTC), title="Older", body="One."))
    newer = journal.save(EntryForm(occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC), title="Newer", body="Two."))
    window.model.reload()
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(older.id), 0))
    operations.wait_all()
    assert window.editor.title.text() == "Older"
    return older, newer


def choose(window, entry_id):
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(entry_id), 0))


def test_an_entry_is_read_on_a_worker_while_the_window_answers(harness, qtbot, monkeypatch):
    window = harness.window
    _older, newer = two_entries(harness)
    gate = Gate(harness.journal, "get", monkeypatch)
    choose(window, newer.id)
    assert gate.started.wait(5)
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker reads
    # meanwhile: the entry shown stays, but nothing can be typed into it or trashed by mistake
    assert window.editor.title.text() == "Older" and not window.editor.isEnabled()
    assert not window.list_delete.isEnabled()
    gate.release.set()
    qtbot.waitUntil(lambda: window.editor.title.text() == "Newer", timeout=10000)
    assert window.editor.isEnabled() and window.list_delete.isEnabled() and window.editor.entry_id == newer.id
    assert gate.threads[0] is not threading.main_thread()
    assert not window.session.autosave.dirty  # opening is not an edit


def test_a_choice_made_before_an_older_one_answered_wins(harness, qtbot, monkeypatch):
    window = harness.window
    older, newer = two_entries(harness)
    window.new_action.trigger()  # the editor on a new entry, no row chosen: both are chosen from there
    shown: list[str] = []
    window.editor.loaded.connect(lambda: shown.append(window.editor.title.text()))
    gate = Gate(harness.journal, "get", monkeypatch)
    choose(window, older.id)
    assert gate.started.wait(5)
    choose(window, newer.id)  # chosen while the first is still being read
    qtbot.waitUntil(lambda: len(gate.threads) == 2, timeout=5000)
    gate.release.set()
    operations.wait_all()
    assert shown == ["Newer"]  # the older answer was dropped, never shown
    assert window.editor.entry_id == newer.id and window.editor.isEnabled()


def test_a_new_entry_asked_for_meanwhile_drops_the_reading(harness, qtbot, monkeypatch):
    window = harness.window
    _older, newer = two_entries(harness)
    gate = Gate(harness.journal, "get", monkeypatch)
    choose(window, newer.id)
    assert gate.started.wait(5)
    window.new_action.trigger()
    assert window.editor.entry_id is None and window.editor.isEnabled()  # a new entry, to type into at once
    gate.release.set()
    operations.wait_all()
    assert window.editor.entry_id is None and window.editor.title.text() == ""


def test_an_entry_that_cannot_be_read_says_why(harness, qtbot, monkeypatch):
    window = harness.window
    older, newer = two_entries(harness)
    Gate(harness.journal, "get", monkeypatch, JournalError("That entry could not be read.")).release.set()
    choose(window, newer.id)
    operations.wait_all()
    assert window.statusBar().currentMessage() == "That entry could not be read."
    # the entry shown stays, can be typed into again, and stays chosen in the list
    assert window.editor.entry_id == older.id and window.editor.isEnabled()
    assert window.list_view.currentIndex().row() == window.model.row_of(older.id)
