"""The window's small reads go through the operations layer too: the crash draft offered after opening, the
quick capture's trigger list. The window answers while each is read, a superseded read is dropped, and a read
that fails says so (or, for the draft, leaves it for the health check, as before)."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import JournalError
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import drafts
from journal_app.ui.common import operations
from journal_app.ui.entries import draft_keeper
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def answers(qtbot) -> None:
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the UI thread answers while the worker reads


def test_the_crash_draft_is_read_on_a_worker_before_it_is_offered(harness, qtbot, monkeypatch):
    window = harness.window
    drafts.keep(harness.journal, EntryForm(occurred_at=now_utc(), title="Late", body="still here"))
    asked = []
    monkeypatch.setattr(draft_keeper, "ask_restore", lambda parent, d, answer: (asked.append(d), answer(True)))
    gate = Gate(drafts, "load", monkeypatch)
    assert window.session.drafts.offer(window)
    assert gate.started.wait(5)
    answers(qtbot)
    assert asked == []  # nothing asked before the draft is read
    gate.release.set()
    qtbot.waitUntil(lambda: window.editor.body_text() == "still here", timeout=10000)
    assert [d.form.title for d in asked] == ["Late"] and gate.threads[0] is not threading.main_thread()


def test_an_older_offer_answering_late_asks_once(harness, qtbot, monkeypatch):
    window = harness.window
    drafts.keep(harness.journal, EntryForm(occurred_at=now_utc(), body="once"))
    asked = []
    monkeypatch.setattr(draft_keeper, "ask_restore", lambda parent, d, answer: asked.append(d))
    gate = Gate(drafts, "load", monkeypatch)
    window.session.drafts.offer(window)
    assert gate.started.wait(5)
    window.session.drafts.offer(window)  # asked again (the journal opened again) before the first answered
    gate.release.set()
    operations.wait_all()
    assert [d.form.body for d in asked] == ["once"]


def test_a_draft_that_cannot_be_read_is_left_for_the_health_check(harness, qtbot, monkeypatch, caplog):
    window = harness.window
    asked = []
    monkeypatch.setattr(draft_keeper, "ask_restore", lambda parent, d, answer: asked.append(d))
    Gate(drafts, "load", monkeypatch, JournalError("The journal could not be read.")).release.set()
    assert window.session.drafts.offer(window)
    operations.wait_all()
    assert asked == []  # nothing offered; as before, the opening's health check says what is wrong
    Gate(drafts, "load", monkeypatch, OSError("disk")).release.set()
    with caplog.at_level(logging.WARNING):
        window.session.drafts.offer(window)
        operations.wait_all()
    assert asked == [] and "The crash draft could not be read" in caplog.text


def test_quick_captures_triggers_are_read_on_a_worker(window, harness, qtbot, monkeypatch):
    gate = Gate(harness.journal, "triggers", monkeypatch)
    quick = window.tray.open_quick_capture()
    assert gate.started.wait(5)
    answers(qtbot)
    assert quick.check_for("withdrawal") is None  # no tick boxes before the list is in
    gate.release.set()
    qtbot.waitUntil(lambda: quick.check_for("withdrawal") is not None, timeout=10000)
    assert all(thread is not threading.main_thread() for thread in gate.threads)


def test_quick_captures_triggers_that_cannot_be_read_say_why(window, harness, qtbot, monkeypatch):
    Gate(harness.journal, "triggers", monkeypatch, JournalError("The triggers could not be read.")).release.set()
    quick = window.tray.open_quick_capture()
    operations.wait_all()
    assert quick.problem.isVisible() and "The triggers could not be read." in quick.problem.text()
