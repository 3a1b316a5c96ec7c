"""The calendar's dots (Journal.month_marks over store/calendar_queries.py), in TZ=Europe/Berlin (conftest):
local-day edges on both daylight-saving changes of 2026, the Trash left out, the strongest trigger's colour,
the cap of DAY_DOTS dots, and agreement with the entry list's own date filter."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.models.values import DAY_DOTS, DayMarks, EntryFilter, EntryForm, TriggerMark

AF, W, PP = "abandonment-fear", "withdrawal", "push-pull"


def _save(journal, when, marks=(), title="moment"):
    ids = {t.slug: t.id for t in journal.triggers()}
    at = when if isinstance(when, datetime) else datetime.fromisoformat(when)  # naive: local time
    return journal.save(EntryForm(occurred_at=at, title=title,
                                  triggers=tuple(TriggerMark(ids[slug], level) for slug, level in marks)))


def _colour(journal, slug):
    return journal.trigger(slug).colour


def _counts(marks: dict[date, DayMarks]) -> dict[str, int]:
    return {d.isoformat(): m.count for d, m in sorted(marks.items())}


def test_spring_change_day_edges(journal):
    _save(journal, "2026-03-28 23:59")
    _save(journal, "2026-03-29 00:00")  # 23:00 UTC on the 28th
    _save(journal, "2026-03-29 01:59")  # just before the clocks go forward (UTC+1)
    _save(journal, "2026-03-29 03:00")  # just after (UTC+2)
    _save(journal, "2026-03-29 23:59")  # 21:59 UTC
    _save(journal, "2026-03-30 00:00")  # 22:00 UTC on the 29th: a fixed +1 would put it on the 29th
    marks = journal.month_marks(date(2026, 3, 1), date(2026, 3, 31))
    assert _counts(marks) == {"2026-03-28": 1, "2026-03-29": 4, "2026-03-30": 1}


def test_autumn_change_day_edges(journal):
    utc = UTC
    _save(journal, "2026-10-25 00:00")  # 22:00 UTC on the 24th
    _save(journal, datetime(2026, 10, 25, 0, 30, tzinfo=utc))  # 02:30 summer time
    _save(journal, datetime(2026, 10, 25, 1, 30, tzinfo=utc))  # 02:30 again, winter time
    _save(journal, "2026-10-25 23:59")  # 22:59 UTC
    _save(journal, "2026-10-26 00:00")  # 23:00 UTC on the 25th
    _save(journal, "2026-10-24 23:59")  # 21:59 UTC
    marks = journal.month_marks(date(2026, 10, 1), date(2026, 10, 31))
    assert _counts(marks) == {"2026-10-24": 1, "2026-10-25": 4, "2026-10-26": 1}


def test_marks_agree_with_the_lists_day_filter(journal):
    for when in ("2026-03-29 00:30", "2026-03-29 02:30", "2026-03-30 00:10", "2026-10-25 02:30",
                 "2026-10-25 23:30", "2026-10-26 00:00", "2026-03-31 23:59", "2026-04-01 00:00"):
        _save(journal, when)
    for first, last in ((date(2026, 3, 23), date(2026, 4, 5)), (date(2026, 10, 19), date(2026, 11, 1))):
        marks = journal.month_marks(first, last)
        day = first
        while day <= last:
            listed = len(journal.page(EntryFilter(start=day, end=day)).rows)
            assert (marks[day].count if day in marks else 0) == listed, day
            day += timedelta(days=1)


def test_only_the_days_asked_for(journal):
    _save(journal, "2026-02-28 23:59")
    _save(journal, "2026-03-01 00:00")
    _save(journal, "2026-03-31 23:59")
    _save(journal, "2026-04-01 00:00")
    marks = journal.month_marks(date(2026, 3, 1), date(2026, 3, 31))
    assert _counts(marks) == {"2026-03-01": 1, "2026-03-31": 1}
    assert journal.month_marks(date(2025, 1, 1), date(2025, 1, 31)) == {}


def test_trash_is_left_out(journal):
    _save(journal, "2026-05-04 10:00", [(AF, 5)])
    gone = _save(journal, "2026-05-04 11:00", [(W, 9)])
    only = _save(journal, "2026-05-05 11:00", [(W, 9)])
    journal.move_to_trash(gone.id)
    journal.move_to_trash(only.id)
    marks = journal.month_marks(date(2026, 5, 1), date(2026, 5, 31))
    assert marks == {date(2026, 5, 4): DayMarks(date(2026, 5, 4), 1, (_colour(journal, AF),))}
    journal.restore(only.id)
    assert journal.month_marks(date(2026, 5, 1), date(2026, 5, 31))[date(2026, 5, 5)].count == 1


def test_dot_is_the_strongest_triggers_colour(journal):
    _save(journal, "2026-06-01 09:00", [(AF, 3), (W, 8)])  # W is stronger
    _save(journal, "2026-06-01 10:00", [(AF, None), (PP, 1)])  # a rated trigger beats an unrated one
    _save(journal, "2026-06-01 11:00", [(W, None), (PP, None)])  # none rated: the triggers' own order
    _save(journal, "2026-06-01 12:00")  # no trigger: a neutral dot
    _save(journal, "2026-06-02 08:00", [(PP, 6), (AF, 6)])  # a tie: the triggers' own order
    marks = journal.month_marks(date(2026, 6, 1), date(2026, 6, 30))
    order = [t.slug for t in journal.triggers()]
    first_unrated = W if order.index(W) < order.index(PP) else PP
    first_tied = AF if order.index(AF) < order.index(PP) else PP
    assert marks[date(2026, 6, 1)].colours == (
        _colour(journal, W), _colour(journal, PP), _colour(journal, first_unrated), None)
    assert marks[date(2026, 6, 2)].colours == (_colour(journal, first_tied),)


def test_dots_are_capped_in_time_order_with_a_count(journal):
    created = [_save(journal, f"2026-07-14 {hour:02d}:00", [(AF, 2)] if hour % 2 else [])
               for hour in (15, 9, 20, 11, 8, 13, 10)]
    assert len(created) == 7
    mark = journal.month_marks(date(2026, 7, 1), date(2026, 7, 31))[date(2026, 7, 14)]
    af = _colour(journal, AF)
    assert mark.count == 7 and len(mark.colours) == DAY_DOTS and mark.more == 7 - DAY_DOTS
    assert mark.colours == (None, af, None, af)  # 08:00, 09:00, 10:00, 11:00


def test_a_recoloured_trigger_shows_its_new_colour(journal):
    _save(journal, "2026-08-03 10:00", [(AF, 4)])
    journal.recolour_trigger(journal.trigger(AF).id, "#123456")
    assert journal.month_marks(date(2026, 8, 3), date(2026, 8, 3))[date(2026, 8, 3)].colours == ("#123456",)


def test_ranges_are_checked(journal):
    with pytest.raises(InvalidInput):
        journal.month_marks(date(2026, 3, 31), date(2026, 3, 1))
    with pytest.raises(InvalidInput):
        journal.month_marks(date(2026, 1, 1), date(2026, 12, 31))  # never the whole journal
    assert journal.month_marks(date(2026, 3, 1), date(2026, 3, 1)) == {}
