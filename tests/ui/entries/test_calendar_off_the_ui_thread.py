"""Issue 17 item 1: the calendar reads its dots (month_marks, about 27 ms for a month on a 36,500-entry
encrypted journal) on a worker (operations): the window keeps answering while a month is read, an older
month's answer arriving after a newer one's is dropped, and a failure is said under the grid."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.core.errors import StorageError
from journal_app.models.values import EntryForm
from journal_app.ui.common import operations
from journal_app.ui.entries.calendar_view import CalendarView

pytestmark = pytest.mark.gui


@pytest.fixture
def gated(qtbot, journal, monkeypatch):
    """A calendar on March 2026; month_marks calls note their first day and thread, and the ones whose first
    day is in `hold` wait for it."""
    journal.save(EntryForm(occurred_at=datetime.fromisoformat("2026-03-12 08:00"), title="march"))
    journal.save(EntryForm(occurred_at=datetime.fromisoformat("2026-04-20 10:00"), title="april"))
    real = journal.month_marks
    calls: list[tuple[date, int]] = []
    hold: dict[date, threading.Event] = {}

    def marks(first, last):
        calls.append((first, threading.get_ident()))
        event = hold.get(first)
        if event is not None:
            assert event.wait(10)
        return real(first, last)

    monkeypatch.setattr(journal, "month_marks", marks)
    view = CalendarView()
    qtbot.addWidget(view)
    view.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    view.select_day(date(2026, 3, 12))
    view.show()
    view.set_journal(journal)
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    return view, calls, hold


def test_the_window_answers_while_a_month_is_read(gated, qtbot):
    view, calls, hold = gated
    april = hold[date(2026, 3, 30)] = threading.Event()  # the grid of April starts on Monday 30 March
    view.select_day(date(2026, 4, 2))
    qtbot.waitUntil(lambda: calls[-1][0] == date(2026, 3, 30), timeout=3000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the dots are read
    assert view.loading and view.marks_for(date(2026, 4, 20)) is None
    assert calls[-1][1] != threading.get_ident()
    april.set()
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    assert view.marks_for(date(2026, 4, 20)).count == 1


def test_an_older_month_answering_late_is_dropped(gated, qtbot):
    view, calls, hold = gated
    april = hold[date(2026, 3, 30)] = threading.Event()
    view.select_day(date(2026, 4, 2))  # April: blocked
    qtbot.waitUntil(lambda: calls[-1][0] == date(2026, 3, 30), timeout=3000)
    view.select_day(date(2026, 3, 12))  # back to March: asked after, answers first
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    assert view.marks_for(date(2026, 3, 12)).count == 1
    april.set()
    operations.wait_all()
    assert view.calendar.monthShown() == 3 and view.marks_for(date(2026, 3, 12)).count == 1
    assert view.marks_for(date(2026, 4, 20)) is None  # April's dots, arriving late, were not shown


def test_dots_that_cannot_be_read_are_said_under_the_grid(gated, qtbot, monkeypatch, journal):
    view, _calls, _hold = gated

    def broken(first, last):
        raise StorageError("The journal could not be read just now. Nothing was changed.")

    monkeypatch.setattr(journal, "month_marks", broken)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=5000)
    assert view.problem.isVisible()
    assert view.problem.text() == (
        "The dots could not be read: The journal could not be read just now. Nothing was changed."
    )
    assert view.marks_for(date(2026, 3, 12)) is None
