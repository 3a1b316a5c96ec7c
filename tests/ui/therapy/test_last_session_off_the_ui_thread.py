"""Issue 17: the day of the last session ("Since my last session" in the Patterns view) is read on a worker
through the operations layer, never on the UI thread as Patterns opens: the window controller keeps the day as
last read, reads it again as Patterns opens and when the journal changes, and the view follows when it
differs. The window answers while it is read; an older read's answer is dropped; a failure says why."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import JournalError
from journal_app.services import therapy
from journal_app.ui.common import operations
from tests.ui.gate import Gate
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui


def answers(qtbot) -> None:
    """The UI thread runs a timer 20 ms from now: it is not blocked."""
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)


def test_opening_patterns_reads_the_last_session_on_a_worker(window, harness, qtbot, monkeypatch):
    operations.wait_all()
    last = date.today() - timedelta(days=6)
    therapy.add_session(harness.journal, last, "")  # not through the window: it knows the day before this
    gate = Gate(therapy, "last_session", monkeypatch)
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    view = window.patterns
    assert gate.started.wait(10)
    answers(qtbot)  # the window answers while the day is read
    assert window.right.currentWidget() is view  # Patterns is open meanwhile, with the day it knew
    assert view.range.currentData() == "last-4-weeks"
    gate.release.set()
    qtbot.waitUntil(lambda: view.range.currentData() == "since-last-session", timeout=10000)
    assert window.therapy.last_session() == last
    assert gate.threads and threading.main_thread() not in gate.threads
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)  # the report of the new range, from a worker
    assert (view.report.range.start, view.report.range.end) == (last, date.today())


def test_the_ui_thread_never_reads_it(window, harness, qtbot, monkeypatch):
    threads: list[int] = []
    real = therapy.last_session

    def noted(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(therapy, "last_session", noted)
    therapy.add_session(harness.journal, date.today() - timedelta(days=3), "")
    for _ in range(2):  # opening, going back, opening again
        window.patterns_action.trigger()
        qtbot.waitUntil(lambda: window.patterns.range.currentData() == "since-last-session", timeout=10000)
        qtbot.waitUntil(lambda: not window.patterns.loading, timeout=10000)
        window.patterns_action.trigger()
    operations.wait_all()
    assert threads and threading.get_ident() not in threads


def test_a_change_to_the_sessions_reaches_the_open_view(window, harness, qtbot, monkeypatch):
    window.patterns_action.trigger()
    view = window.patterns
    operations.wait_all()
    assert view.range.currentData() == "last-4-weeks"
    last = date.today() - timedelta(days=2)
    therapy.add_session(harness.journal, last, "")
    gate = Gate(therapy, "last_session", monkeypatch)
    window.therapy.sessionsChanged.emit()  # the Sessions dialog saved a change
    assert gate.started.wait(10)
    answers(qtbot)
    gate.release.set()
    qtbot.waitUntil(lambda: view.range.currentData() == "since-last-session", timeout=10000)
    assert view.range.currentText() == f"Since my last session ({last.day} {last:%b})"


def test_an_older_read_is_dropped(window, harness, qtbot, monkeypatch):
    operations.wait_all()
    first = Gate(therapy, "last_session", monkeypatch)
    window.therapy.read_last_session()
    assert first.started.wait(10)
    monkeypatch.setattr(therapy, "last_session", lambda journal, today=None: date(2001, 2, 3))
    window.therapy.read_last_session()  # a newer request: the older one's answer is not used
    qtbot.waitUntil(lambda: window.therapy.last_session() == date(2001, 2, 3), timeout=10000)
    changed: list[bool] = []
    window.therapy.lastSessionChanged.connect(lambda: changed.append(True))
    first.release.set()  # the older read answers None (no session): dropped
    operations.wait_all()
    assert window.therapy.last_session() == date(2001, 2, 3) and changed == []


def test_a_failed_read_says_why_and_keeps_the_day(window, harness, qtbot, monkeypatch):
    operations.wait_all()
    Gate(therapy, "last_session", monkeypatch, JournalError("The sessions could not be read.")).release.set()
    window.therapy.read_last_session()
    operations.wait_all()
    assert window.statusBar().currentMessage() == "The sessions could not be read."
    assert window.therapy.last_session() is None


def test_locking_drops_a_read_under_way(window, harness, qtbot, monkeypatch):
    operations.wait_all()
    therapy.add_session(harness.journal, date.today() - timedelta(days=1), "")
    gate = Gate(therapy, "last_session", monkeypatch)
    window.therapy.read_last_session()
    assert gate.started.wait(10)
    window.therapy.set_journal(None)  # the journal was locked meanwhile
    gate.release.set()
    operations.wait_all()
    assert window.therapy.last_session() is None


def test_showing_a_journal_leaves_it_for_patterns_to_read(window, harness, qtbot, monkeypatch):
    """Its first read imports SQLAlchemy and makes the full engine: not while the window starts, and not for a
    change before Patterns was ever opened; once it was, a change reads it again."""
    threads: list[int] = []
    real = therapy.last_session

    def noted(journal, *args, **kwargs):
        if journal is harness.journal:  # (not the windows of earlier tests, still listening to the hub)
            threads.append(threading.get_ident())
        return real(journal, *args, **kwargs)

    monkeypatch.setattr(therapy, "last_session", noted)
    window.therapy.set_journal(harness.journal)  # as attaching does
    operations.hub().journalChanged.emit()
    window.therapy.sessionsChanged.emit()
    operations.wait_all()
    assert threads == []
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    operations.wait_all()
    assert len(threads) >= 1
    before = len(threads)
    operations.hub().journalChanged.emit()
    operations.wait_all()
    assert len(threads) > before and threading.get_ident() not in threads  # (the open view's range reads it too)
