"""Autosave writes on a worker (issue 17: a save settles the day's rollups and, encrypted, syncs the disk):
the window answers meanwhile; the words stay in the editor (and in the crash draft) until the save has
landed; typing on during a save is never overwritten by it and is saved next; a failure says why and keeps
every word; locking waits for the save under way and loses nothing; trashing writes on a worker too."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.core.errors import StorageError
from journal_app.services import drafts
from journal_app.services.journal import Journal
from tests.ui.conftest import STRONG
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui
FULL = "The journal could not be saved because the disk is full."


def type_entry(qtbot, window, title: str, body: str) -> None:
    window.new_action.trigger()
    qtbot.keyClicks(window.editor.title, title)
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, body)


def pause_now(window) -> None:
    """Typing paused: autosave's timer fires now (not after a second)."""
    window.session.autosave._timer.stop()
    window.session.autosave._on_pause()


def answers(qtbot) -> None:
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker writes


def test_an_entry_saves_on_a_worker_while_the_window_answers(window, harness, qtbot, monkeypatch):
    type_entry(qtbot, window, "Call", "He went quiet.")
    gate = Gate(harness.journal, "save", monkeypatch)
    pause_now(window)
    assert gate.started.wait(5)
    answers(qtbot)
    autosave = window.session.autosave
    assert autosave.saving and autosave.dirty and window.save_status.text() == autosave.status
    assert window.editor.body_text() == "He went quiet."
    gate.release.set()
    qtbot.waitUntil(lambda: not autosave.dirty, timeout=10000)
    assert gate.threads[0] is not threading.main_thread()
    [row] = harness.journal.page().rows
    assert row.title == "Call" and window.editor.entry_id == row.id
    assert window.model.rowCount() == 1  # the list shows it
    assert window.session.writes.drain() and drafts.load(harness.journal) is None


def test_a_failed_save_says_why_and_keeps_every_word(window, harness, qtbot, monkeypatch):
    type_entry(qtbot, window, "Call", "He went quiet.")
    gate = Gate(harness.journal, "save", monkeypatch, StorageError(FULL))
    gate.release.set()
    pause_now(window)
    autosave = window.session.autosave
    qtbot.waitUntil(lambda: not autosave.saving, timeout=10000)
    assert FULL in autosave.status and FULL in window.save_status.text()
    assert autosave.dirty and autosave._timer.isActive()  # tried again later
    assert window.editor.title.text() == "Call" and window.editor.body_text() == "He went quiet."
    assert harness.journal.entry_count() == 0
    monkeypatch.setattr(harness.journal, "save", gate.real)  # the disk has room again
    assert window.session.flush()
    assert harness.journal.page().rows[0].title == "Call"


def test_typing_during_a_save_is_not_overwritten_and_is_saved_next(window, harness, qtbot, monkeypatch):
    type_entry(qtbot, window, "Call", "He went quiet.")
    gate = Gate(harness.journal, "save", monkeypatch)
    autosave = window.session.autosave
    autosave._delay = 50
    pause_now(window)
    assert gate.started.wait(5)
    qtbot.keyClicks(window.editor.body, " Then he called back.")
    qtbot.keyClicks(window.editor.title, " at night")
    gate.release.set()
    qtbot.waitUntil(lambda: not autosave.dirty, timeout=10000)
    newest = "He went quiet. Then he called back."
    assert window.editor.body_text() == newest and window.editor.title.text() == "Call at night"
    [row] = harness.journal.page().rows  # one entry: the second save changed the one the first made
    assert row.title == "Call at night"
    assert harness.journal.get(row.id).body == newest
    assert len(gate.threads) == 2


def test_locking_while_a_save_is_under_way_loses_nothing(qtbot, lock_harness, monkeypatch):
    window, controller = lock_harness.window, lock_harness.controller
    type_entry(qtbot, window, "Call", "He went quiet.")
    gate = Gate(lock_harness.journal, "save", monkeypatch)
    pause_now(window)
    assert gate.started.wait(5)
    qtbot.keyClicks(window.editor.body, " Later too.")
    threading.Timer(0.3, gate.release.set).start()  # the save lands while locking waits for it
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.journal is None, timeout=10000)
    assert window.editor.body_text() == ""
    with Journal.open(lock_harness.data_dir, passphrase=STRONG) as journal:
        [row] = journal.page().rows
        assert journal.get(row.id).body == "He went quiet. Later too."
        assert drafts.load(journal) is None


def test_trash_writes_on_a_worker(window, harness, qtbot, monkeypatch):
    type_entry(qtbot, window, "Call", "He went quiet.")
    assert window.session.flush()
    gate = Gate(harness.journal, "move_to_trash", monkeypatch)
    window.trash_action.trigger()
    assert gate.started.wait(5)
    answers(qtbot)
    assert window.editor.body_text() == "" or not window.editor.isVisible()
    gate.release.set()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10000)
    assert gate.threads[0] is not threading.main_thread() and harness.journal.trash_count() == 1


def test_quick_capture_saves_on_a_worker_and_locking_waits_for_it(window, harness, qtbot, monkeypatch):
    quick = window.tray.open_quick_capture()
    qtbot.keyClicks(quick.what, "Left on read")
    gate = Gate(harness.journal, "save", monkeypatch)
    quick.save_button.click()
    assert gate.started.wait(5)
    answers(qtbot)
    assert not quick.what.isEnabled() and not quick.save_button.isEnabled()  # nothing typed now is lost
    assert quick.what.text() == "Left on read" and quick.isVisible()
    threading.Timer(0.3, gate.release.set).start()
    assert window.tray.flush()  # before locking or closing: waits for it, and saves nothing twice
    assert not quick.isVisible() and quick.what.text() == "" and quick.what.isEnabled()
    assert [r.title for r in harness.journal.page().rows] == ["Left on read"]
    assert gate.threads[0] is not threading.main_thread() and len(gate.threads) == 1


def test_saving_does_not_wait_behind_long_work_on_the_shared_pool(window, harness, qtbot):
    from PySide6.QtCore import QThreadPool

    from journal_app.ui.common import operations

    hold = threading.Event()
    busy = [operations.run(None, lambda: hold.wait(20)) for _ in range(QThreadPool.globalInstance().maxThreadCount())]
    try:
        type_entry(qtbot, window, "Call", "He went quiet.")
        pause_now(window)
        qtbot.waitUntil(lambda: not window.session.autosave.dirty, timeout=5000)  # a backup, say, still runs
        assert harness.journal.page().rows[0].title == "Call"
        assert not any(op.finished for op in busy)
    finally:
        hold.set()
        operations.wait_all()


def test_writes_still_queued_when_their_window_goes_start_nothing_and_raise_nothing(qtbot):
    import shiboken6
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from journal_app.ui.common import operations
    from journal_app.ui.entries.write_lane import WriteLane

    widget, owner = QWidget(), QObject()
    lane = WriteLane(widget, owner)
    hold, ran = threading.Event(), []
    lane.submit(lambda: hold.wait(10))
    lane.submit(lambda: ran.append(1))
    threading.Timer(0.2, hold.set).start()
    owner.deleteLater()  # (its thread pool waits for the write under way)
    qtbot.waitUntil(lambda: not shiboken6.isValid(lane), timeout=5000)
    operations.wait_all()
    widget.deleteLater()
    qtbot.wait(50)  # an exception in the event loop fails the test (pytest-qt)
    assert ran == []
