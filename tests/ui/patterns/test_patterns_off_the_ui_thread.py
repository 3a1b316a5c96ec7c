"""Issue 17 item 1: the window's Patterns view asks the journal's analytics on a worker (operations): the
window keeps answering while a report is worked out, an older range's answer arriving after a newer one's is
dropped, a failure is said calmly, and a save elsewhere refreshes the view through journalChanged."""

import threading

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import StorageError
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import analytics
from journal_app.ui.common import operations
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui


@pytest.fixture
def gate(monkeypatch):
    """The nth call of pattern_report waits for gates[n] (when set); each call notes its range and thread."""
    real = analytics.pattern_report
    gates: dict[int, threading.Event] = {}
    calls = []

    def gated(journal, date_range, trigger_ids=(), **kw):
        calls.append((date_range, threading.get_ident()))
        event = gates.get(len(calls))
        if event is not None:
            assert event.wait(10)
        return real(journal, date_range, trigger_ids, **kw)

    monkeypatch.setattr(analytics, "pattern_report", gated)
    return gates, calls


def test_the_window_answers_while_patterns_are_worked_out(window, harness, qtbot, gate):
    gates, calls = gate
    gates[1] = threading.Event()
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    view = window.patterns
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the report is blocked
    qtbot.keyClicks(window.search_bar.search, "fear")
    assert window.search_bar.search.text() == "fear"
    assert view.report is None and view.loading
    gates[1].set()
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)  # and its chart, drawn on a worker too
    assert view.chart.picture is not None
    assert calls[0][1] != threading.get_ident()  # the analytics ran on a worker


def test_an_older_range_answering_late_is_dropped(window, harness, qtbot, gate):
    gates, calls = gate
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    view = window.patterns
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    gates[2] = threading.Event()
    shown = []
    view.reportShown.connect(shown.append)
    view.range.setCurrentIndex(view.range.findData("last-12-months"))  # blocked
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)
    view.range.setCurrentIndex(view.range.findData("last-4-weeks"))  # asked after, answers first
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    gates[2].set()  # the 12 months' report now arrives, too late
    operations.wait_all()
    assert len(shown) == 1 and (shown[0].range.end - shown[0].range.start).days == 27
    assert view.report is shown[0] and view.range.currentData() == "last-4-weeks"


def test_a_failed_report_says_so_in_the_status_bar(window, harness, qtbot, monkeypatch):
    def broken(*_a, **_k):
        raise StorageError("The journal could not be read just now. Nothing was changed.")

    monkeypatch.setattr(analytics, "pattern_report", broken)
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage()
        == "The journal could not be read just now. Nothing was changed.",
        timeout=5000,
    )
    assert window.patterns.report is None


def test_a_write_through_the_layer_refreshes_the_shown_patterns(window, harness, qtbot):
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    view = window.patterns
    qtbot.waitUntil(lambda: view.report is not None, timeout=5000)
    before = view.report.entries
    journal = harness.journal
    form = EntryForm(occurred_at=now_utc(), title="New", body="words")
    op = operations.run(window, lambda: journal.save(form), changes=True)
    assert op.wait()
    qtbot.waitUntil(lambda: not view.loading and view.report.entries == before + 1, timeout=5000)
