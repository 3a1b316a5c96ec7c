"""The calendar month view: dots painted for the days shown (and only those read), keyboard navigation, the
words under the grid, and a clicked day filtering the window's list to exactly that day's entries."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from journal_app.models.values import EntryForm, TriggerMark
from journal_app.ui.entries.calendar_view import CalendarView, grid_start
from journal_app.ui.entries.entry_list_model import ID_ROLE

pytestmark = pytest.mark.gui
DAY = date(2026, 3, 12)  # a Thursday


def _save(journal, when: str, marks=(), title="moment"):
    ids = {t.slug: t.id for t in journal.triggers()}
    return journal.save(EntryForm(occurred_at=datetime.fromisoformat(when), title=title,
                                  triggers=tuple(TriggerMark(ids[s], level) for s, level in marks)))


@pytest.fixture
def calendar(qtbot, journal):
    _save(journal, "2026-03-12 08:00", [("withdrawal", 7), ("push-pull", 2)])
    _save(journal, "2026-03-12 21:00", [("abandonment-fear", 5)])
    _save(journal, "2026-03-12 23:30")
    _save(journal, "2026-04-20 10:00", [("push-pull", 4)])
    view = CalendarView()
    qtbot.addWidget(view)
    view.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    view.select_day(DAY)
    view.set_journal(journal)
    view.resize(520, 460)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)  # the dots are read on a worker
    return view


def _cell(view, day: date):
    """The grid cell (row, column) of `day`, header row included, and its rectangle in the view."""
    cal = view.calendar
    start = grid_start(cal.yearShown(), cal.monthShown(), cal.firstDayOfWeek().value)
    offset = (day - start).days
    table = view.calendar.view
    index = table.model().index(offset // 7 + 1, offset % 7)
    return index, table.visualRect(index)


def _has_colour(image, rect, colour: str, tolerance=24) -> bool:
    want = QColor(colour)
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            c = image.pixelColor(x, y)
            distance = abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue())
            if distance < tolerance:
                return True
    return False


def test_dots_are_painted_in_the_strongest_triggers_colour(calendar, journal):
    index, rect = _cell(calendar, DAY)
    assert index.data() == 12  # the cell maths matches Qt's own grid
    mark = calendar.marks_for(DAY)
    withdrawal, fear = journal.trigger("withdrawal").colour, journal.trigger("abandonment-fear").colour
    assert mark.count == 3 and mark.colours == (withdrawal, fear, None)
    calendar.select_day(DAY + timedelta(days=2))  # not selected: no highlight over the dots
    image = calendar.calendar.view.viewport().grab().toImage()
    assert _has_colour(image, rect, withdrawal) and _has_colour(image, rect, fear)
    _index, empty = _cell(calendar, DAY + timedelta(days=1))
    assert not _has_colour(image, empty, withdrawal)


def test_only_the_days_shown_are_read_and_a_month_change_reloads(calendar, journal, monkeypatch, qtbot):
    asked = []
    real = journal.month_marks
    monkeypatch.setattr(journal, "month_marks", lambda a, b: asked.append((a, b)) or real(a, b))
    assert calendar.marks_for(date(2026, 4, 20)) is None
    calendar.calendar.view.setFocus()
    qtbot.keyClick(calendar.calendar.view, Qt.Key.Key_PageDown)
    assert calendar.calendar.monthShown() == 4
    qtbot.waitUntil(lambda: not calendar.loading, timeout=3000)
    first, last = asked[-1]
    assert first <= date(2026, 4, 1) and last >= date(2026, 4, 30) and (last - first).days == 41
    assert first == date(2026, 3, 30)  # the Monday before 1 April
    assert calendar.marks_for(date(2026, 4, 20)).count == 1


def test_keyboard_moves_by_day_and_month_and_enter_picks(calendar, qtbot):
    table = calendar.calendar.view
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert calendar.selected_day() == date(2026, 3, 13)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert calendar.selected_day() == date(2026, 3, 20)
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    assert calendar.selected_day() == date(2026, 2, 20) and calendar.calendar.monthShown() == 2
    qtbot.keyClick(table, Qt.Key.Key_PageDown)
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert calendar.selected_day() == date(2026, 3, 19)
    with qtbot.waitSignal(calendar.daySelected) as picked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert picked.args == [date(2026, 3, 19)]


def test_words_under_the_grid_say_what_the_day_holds(calendar, journal, qtbot):
    text = calendar.summary.text()
    assert "12 March" in text and "3 entries" in text
    assert f"1 {journal.trigger('withdrawal').name}" in text
    assert f"1 {journal.trigger('abandonment-fear').name}" in text
    assert "1 with no trigger" in text
    assert calendar.calendar.view.accessibleDescription() == text
    calendar.select_day(date(2026, 3, 13))
    assert calendar.summary.text().endswith("no entries")
    calendar.select_day(date(2026, 4, 20))
    qtbot.waitUntil(lambda: "1 entry" in calendar.summary.text(), timeout=3000)  # April's dots, read on a worker
    for widget in (calendar.calendar, calendar.today, calendar.summary, calendar.calendar.view):
        assert widget.accessibleName()


def test_today_goes_back_to_today(calendar, qtbot):
    qtbot.mouseClick(calendar.today, Qt.MouseButton.LeftButton)
    today = date.today()
    assert calendar.selected_day() == today
    assert (calendar.calendar.yearShown(), calendar.calendar.monthShown()) == (today.year, today.month)


def test_no_journal_no_dots(calendar):
    calendar.set_journal(None)
    assert calendar.marks_for(DAY) is None
    assert calendar.summary.text().endswith("no entries")


def test_clicking_a_day_shows_exactly_its_entries_in_the_window(qtbot, window):
    journal = window.journal
    wanted = {_save(journal, "2026-03-29 00:30").id,
              _save(journal, "2026-03-29 23:30", [("withdrawal", 3)]).id}
    _save(journal, "2026-03-28 23:59")
    _save(journal, "2026-03-30 00:00")  # 22:00 UTC on the 29th
    gone = _save(journal, "2026-03-29 12:00")
    journal.move_to_trash(gone.id)
    window.model.reload()

    view = CalendarView()
    window.right.addWidget(view)
    window.right.setCurrentWidget(view)
    view.daySelected.connect(lambda day: window.search_bar.show_only(None, None, day, day))
    view.set_journal(journal)
    view.select_day(date(2026, 3, 15))
    qtbot.waitUntil(lambda: not view.loading, timeout=3000)
    assert view.marks_for(date(2026, 3, 29)).count == 2

    _index, rect = _cell(view, date(2026, 3, 29))
    with qtbot.waitSignal(view.daySelected) as picked:
        qtbot.mouseClick(view.calendar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picked.args == [date(2026, 3, 29)]
    assert view.calendar.selectedDate() == QDate(2026, 3, 29)

    def shown():
        return {window.model.index(r, 0).data(ID_ROLE) for r in range(window.model.rowCount())}

    qtbot.waitUntil(lambda: shown() == wanted, timeout=3000)  # the day's list is read on a worker
