"""Pattern analytics on a fixed synthetic journal (TZ=Europe/Berlin, see conftest): exact counts, means,
matrices and range edges (23:59 / 00:00 local, both daylight-saving changes of 2026, week start)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.models.analytics_values import DateRange
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services import analytics

TODAY = date(2026, 3, 31)  # a Tuesday; the last 4 weeks are 4-31 March, with the spring change on 29 March
LAST_4_WEEKS = DateRange(date(2026, 3, 4), TODAY)


def _save(journal, when: str, marks=(), people=(), title="moment"):
    ids = {t.slug: t.id for t in journal.triggers()}
    form = EntryForm(
        occurred_at=datetime.fromisoformat(when),  # naive: local time
        title=title,
        triggers=tuple(TriggerMark(ids[slug], level) for slug, level in marks),
        person_ids=tuple(journal.add_person(name).id for name in people),
    )
    return journal.save(form)


AF, W, PP = "abandonment-fear", "withdrawal", "push-pull"


@pytest.fixture
def synthetic(journal):
    s = _save
    # the last 4 weeks (4-31 March 2026)
    s(journal, "2026-03-04 00:00", [(AF, 6)], ["Sam"])  # first minute of the range
    s(journal, "2026-03-05 23:59", [(AF, 4), (PP, 5)], ["Sam"])  # last minute of a day
    s(journal, "2026-03-06 00:00", [(W, 7)], ["Alex"])  # first minute of the next
    s(journal, "2026-03-10 12:30", [(AF, None), (PP, 8)], ["Sam", "Alex"])  # one trigger not rated
    trashed = s(journal, "2026-03-15 09:00", [(W, 9)], ["Sam"])
    journal.move_to_trash(trashed.id)
    s(journal, "2026-03-29 01:30", [(PP, 3)], ["Sam"])  # before the clocks go forward (UTC+1)
    s(journal, "2026-03-29 23:30", [(W, 2)])  # after (UTC+2)
    s(journal, "2026-03-30 00:30", [(AF, 5)])  # 22:30 UTC the day before: a fixed +1 would misplace it
    s(journal, "2026-03-31 18:00", [], ["Sam"], title="a quiet evening")  # no trigger at all
    s(journal, "2026-04-01 00:00", [(AF, 9)])  # just after the range
    # the 4 weeks before (4 February - 3 March)
    s(journal, "2026-03-03 23:59", [(AF, 8)], ["Sam"])
    s(journal, "2026-02-10 10:00", [(AF, 6)])
    s(journal, "2026-02-04 00:00", [(W, 4)])
    s(journal, "2026-02-20 20:00", [(AF, 7), (PP, 6)])
    s(journal, "2026-02-03 23:59", [(AF, 1)])  # just before the previous range
    return journal


def _ids(journal, *slugs):
    return tuple(journal.trigger(slug).id for slug in slugs)


def test_last_four_weeks_counts_and_totals(synthetic):
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=TODAY)
    assert r.range == LAST_4_WEEKS and r.previous == DateRange(date(2026, 2, 4), date(2026, 3, 3))
    assert (r.entries, r.previous_entries) == (8, 4)
    assert [t.slug for t in r.triggers] == [AF, W, PP]
    assert r.counts.bucket == "day" and len(r.counts.starts) == 28
    assert r.counts.starts[0] == date(2026, 3, 4) and r.counts.starts[-1] == TODAY

    def nonzero(series):
        return {r.counts.starts[i].isoformat(): v for i, v in enumerate(series) if v}

    assert nonzero(r.counts.counts[AF]) == {"2026-03-04": 1, "2026-03-05": 1, "2026-03-10": 1, "2026-03-30": 1}
    assert nonzero(r.counts.counts[PP]) == {"2026-03-05": 1, "2026-03-10": 1, "2026-03-29": 1}
    assert nonzero(r.counts.counts[W]) == {"2026-03-06": 1, "2026-03-29": 1}  # the trashed one is left out
    totals = {t.slug: (t.count, t.previous_count, t.mean_intensity, t.previous_mean_intensity) for t in r.totals}
    assert totals == {AF: (4, 3, 5.0, 7.0), W: (2, 1, 4.5, 4.0), PP: (3, 1, 5.33, 6.0)}


def test_intensity_mean_rolling_min_max(synthetic):
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=TODAY)
    i = r.intensity
    assert i.bucket == "day" and i.window == 4 and i.starts == r.counts.starts
    af = i.mean[AF]
    assert (af[0], af[1], af[6], af[26]) == (6.0, 4.0, None, 5.0)  # 10 March: only an unrated mark
    assert sum(m is not None for m in af) == 3
    # the 4-day average stops at the last rating before a gap of 24 days (no line across it)
    assert i.rolling[AF][:8] == (6.0, 5.0, None, None, None, None, None, None)
    assert i.rolling[AF][26:] == (5.0, None)  # not past the last entry
    assert (i.low[PP][6], i.high[PP][6]) == (8, 8)
    assert (i.low[AF][6], i.high[AF][6]) == (None, None)
    assert (i.low[W][25], i.high[W][25]) == (2, 2)


def test_month_buckets_mean_rolling_band(synthetic):
    rng = DateRange(date(2025, 12, 1), date(2026, 6, 30))  # 212 days: months
    r = analytics.pattern_report(synthetic, rng, today=TODAY)
    assert r.counts.bucket == "month"
    assert r.counts.starts == tuple(date(y, m, 1) for y, m in
                                    [(2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5), (2026, 6)])
    assert r.counts.counts[AF] == (0, 0, 3, 5, 1, 0, 0)
    assert r.intensity.mean[AF] == (None, None, 4.67, 5.75, 9.0, None, None)
    assert r.intensity.rolling[AF] == (None, None, 4.67, 5.21, 6.47, None, None)  # stops with the entries
    assert r.intensity.low[AF] == (None, None, 1, 4, 9, None, None)
    assert r.intensity.high[AF] == (None, None, 7, 8, 9, None, None)


def test_week_start_monday_and_sunday(synthetic):
    rng = DateRange(date(2026, 3, 1), date(2026, 4, 30))  # 61 days: weeks; 1 March is a Sunday
    monday = analytics.pattern_report(synthetic, rng, week_start=0, today=TODAY)
    assert monday.counts.bucket == "week"
    assert monday.counts.starts[0] == date(2026, 2, 23) and len(monday.counts.starts) == 10
    assert monday.counts.counts[AF] == (0, 3, 1, 0, 0, 2, 0, 0, 0, 0)
    assert monday.counts.counts[PP] == (0, 1, 1, 0, 1, 0, 0, 0, 0, 0)  # Sunday 29 March ends a week
    sunday = analytics.pattern_report(synthetic, rng, week_start=6, today=TODAY)
    assert sunday.counts.starts[0] == date(2026, 3, 1) and len(sunday.counts.starts) == 9
    assert sunday.counts.counts[AF] == (3, 1, 0, 0, 2, 0, 0, 0, 0)
    assert sunday.counts.counts[PP] == (1, 1, 0, 0, 1, 0, 0, 0, 0)  # ... and starts one
    assert sunday.weekday_time.row_labels == ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
    assert sunday.weekday_time.values[0] == monday.weekday_time.values[6]


def test_heatmap_cells_at_day_edges_and_dst(synthetic):
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=TODAY)
    h = r.heatmap
    assert len(h.days) == len(h.entries) == len(h.peak) == 28
    cells = {d.isoformat(): (n, p) for d, n, p in zip(h.days, h.entries, h.peak) if n}
    assert cells == {
        "2026-03-04": (1, 6), "2026-03-05": (1, 5), "2026-03-06": (1, 7), "2026-03-10": (1, 8),
        "2026-03-29": (2, 3), "2026-03-30": (1, 5), "2026-03-31": (1, None),
    }
    assert sum(h.entries) == r.entries


def test_matrices(synthetic):
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=TODAY)
    tp = r.trigger_person
    assert tp.row_keys == (AF, W, PP) and tp.row_labels == ("Abandonment fear", "Withdrawal", "Push-pull")
    assert tp.column_labels == ("Sam", "Alex")
    assert tp.values == ((3, 1), (0, 1), (3, 1))
    wt = r.weekday_time
    assert wt.row_labels == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert wt.column_labels == ("Night 0–6", "Morning 6–12", "Afternoon 12–18", "Evening 18–24")
    assert wt.values == (
        (1, 0, 0, 0), (0, 0, 1, 1), (1, 0, 0, 0), (0, 0, 0, 1), (1, 0, 0, 0), (0, 0, 0, 0), (1, 0, 0, 1),
    )
    co = r.co_occurrence
    assert co.row_keys == co.column_keys == (AF, W, PP)
    assert co.values == ((4, 0, 2), (0, 2, 0), (2, 0, 3))


def test_autumn_change_day(journal):
    _save(journal, "2026-10-25 00:30", [(W, 3)])  # still UTC+2: 22:30 UTC on the 24th
    _save(journal, "2026-10-25 23:30", [(W, 4)])  # UTC+1 by now: the 25-hour day holds both
    _save(journal, "2026-10-26 00:30", [(W, 5)])  # 23:30 UTC on the 25th
    r = analytics.pattern_report(journal, DateRange(date(2026, 10, 20), date(2026, 10, 31)), today=TODAY)
    cells = {d.isoformat(): (n, p) for d, n, p in zip(r.heatmap.days, r.heatmap.entries, r.heatmap.peak) if n}
    assert cells == {"2026-10-25": (2, 4), "2026-10-26": (1, 5)}
    assert r.weekday_time.values[6] == (1, 0, 0, 1)  # Sunday 25th: night and evening
    assert r.weekday_time.values[0] == (1, 0, 0, 0)  # Monday 26th, half past midnight
    assert r.counts.counts[W][5:7] == (2, 1)


def test_trigger_filter(synthetic):
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, trigger_ids=_ids(synthetic, PP), today=TODAY)
    assert (r.entries, r.previous_entries) == (3, 1)
    assert [t.slug for t in r.triggers] == [AF, PP]  # withdrawal never shares an entry with push-pull
    totals = {t.slug: (t.count, t.previous_count) for t in r.totals}
    assert totals == {AF: (2, 1), PP: (3, 1)}
    assert sum(r.heatmap.entries) == 3
    assert r.co_occurrence.values == ((2, 2), (2, 3))
    assert r.trigger_person.values == ((2, 1), (3, 1))
    assert sum(map(sum, r.weekday_time.values)) == 3
    only_w = analytics.pattern_report(synthetic, LAST_4_WEEKS, trigger_ids=_ids(synthetic, W), today=TODAY)
    assert only_w.entries == 2 and [t.slug for t in only_w.triggers] == [W]
    assert only_w.counts.counts == {W: tuple(1 if i in (2, 25) else 0 for i in range(28))}


def test_empty_range(synthetic):
    rng = DateRange(date(2025, 1, 1), date(2025, 1, 28))
    r = analytics.pattern_report(synthetic, rng, today=TODAY)
    assert (r.entries, r.previous, r.previous_entries) == (0, None, None)  # long before the first entry
    assert set(r.counts.counts) == {AF, W, PP} and all(v == (0,) * 28 for v in r.counts.counts.values())
    assert r.heatmap.entries == (0,) * 28 and r.heatmap.peak == (None,) * 28
    assert r.trigger_person.values == () and r.co_occurrence.values == ()
    assert r.weekday_time.values == ((0, 0, 0, 0),) * 7
    assert all(t.count == 0 and t.mean_intensity is None for t in r.totals)
    assert r.insights == ("There are no entries in this period, so there are no patterns to show yet.",)


def test_empty_journal(journal):
    r = analytics.pattern_report(journal, analytics.preset_range("all-time", TODAY), today=TODAY)
    assert r.range == DateRange(TODAY, TODAY) and r.entries == 0
    assert r.insights == ("There are no entries in this period, so there are no patterns to show yet.",)


def test_single_entry(synthetic):
    r = analytics.pattern_report(synthetic, DateRange(date(2026, 3, 10), date(2026, 3, 10)), today=TODAY)
    assert r.entries == 1 and r.previous == DateRange(date(2026, 3, 9), date(2026, 3, 9))
    assert r.counts.starts == (date(2026, 3, 10),)
    assert r.counts.counts == {AF: (1,), W: (0,), PP: (1,)}
    assert r.intensity.mean == {AF: (None,), W: (None,), PP: (8.0,)}
    assert r.heatmap.entries == (1,) and r.heatmap.peak == (8,)
    assert r.weekday_time.values[1] == (0, 0, 1, 0)


def test_presets(synthetic):
    assert analytics.preset_range("last-4-weeks", TODAY) == LAST_4_WEEKS
    assert analytics.preset_range("last-3-months", TODAY) == DateRange(date(2025, 12, 31), TODAY)
    assert analytics.preset_range("last-12-months", TODAY) == DateRange(date(2025, 4, 1), TODAY)
    assert analytics.preset_range("last-12-months", TODAY).days == 365
    first = analytics.first_entry_day(synthetic)
    assert first == date(2026, 2, 3)
    assert analytics.preset_range("all-time", TODAY, first_day=first) == DateRange(first, TODAY)
    assert analytics.preset_range("since-last-session", TODAY, date(2026, 3, 20)) == \
        DateRange(date(2026, 3, 20), TODAY)
    with pytest.raises(InvalidInput):
        analytics.preset_range("since-last-session", TODAY)
    with pytest.raises(InvalidInput):
        analytics.preset_range("next-week", TODAY)


def test_bucket_choice():
    day = date(2026, 1, 1)
    assert analytics.bucket_for(DateRange(day, date(2026, 1, 31))) == "day"
    assert analytics.bucket_for(DateRange(day, date(2026, 2, 1))) == "week"
    assert analytics.bucket_for(DateRange(day, date(2026, 7, 1))) == "week"  # 182 days
    assert analytics.bucket_for(DateRange(day, date(2026, 7, 2))) == "month"


def test_offset_spans_follow_the_clock_changes():
    from journal_app.store.analytics_queries import local_midnight as _local_midnight
    from journal_app.store.analytics_queries import offset_spans

    spans = offset_spans(_local_midnight(date(2026, 1, 1)), _local_midnight(date(2027, 1, 1)))
    assert spans == [
        ["2025-12-31 23:00:00.000000", "2026-03-29 01:00:00.000000", 60],
        ["2026-03-29 01:00:00.000000", "2026-10-25 01:00:00.000000", 120],
        ["2026-10-25 01:00:00.000000", "2026-12-31 23:00:00.000000", 60],
    ]


def test_weekly_counts(synthetic):
    series = analytics.weekly_counts(synthetic, DateRange(date(2026, 3, 1), date(2026, 3, 31)))
    assert series.bucket == "week" and series.starts[0] == date(2026, 2, 23) and len(series.starts) == 6
    assert series.counts[AF] == (0, 3, 1, 0, 0, 1)


def test_earned_security_numbers_and_sentences(data_dir):
    """Responses and repair over triggered moments, this range against the one before, with the sentences."""
    from datetime import date, datetime

    from journal_app.models.analytics_values import DateRange
    from journal_app.models.values import EntryForm, TriggerMark
    from journal_app.services import analytics
    from journal_app.services.journal import Journal

    with Journal.open(data_dir, create=True) as journal:
        fear = journal.trigger("abandonment-fear").id

        def add(day, responses=(), repair=None, tagged=True):
            journal.save(EntryForm(
                occurred_at=datetime(2026, 3, day, 20, 0), body=f"day {day}",
                triggers=(TriggerMark(fear, 6),) if tagged else (), responses=responses, repair=repair,
            ))

        # the range before: 1–14 March; this range: 15–28 March
        add(1, (), tagged=False)  # the journal covers the whole range before: it is compared
        add(2, ("sought-reassurance",), "not-yet")
        add(4, ("went-quiet",))
        add(6, ("named-my-need",), "yes")
        add(16, ("named-my-need", "paused-first"), "yes")
        add(18, ("named-my-need",), "partly")
        add(20, ("pushed-then-pulled",), "not-yet")
        add(22, ("sought-reassurance", "named-my-need"))
        add(24, ())
        add(25, ("named-my-need",), "yes", tagged=False)  # not a triggered moment: not counted
        report = analytics.pattern_report(journal, DateRange(date(2026, 3, 15), date(2026, 3, 28)),
                                          today=date(2026, 3, 28))
    cur, prev = report.responses, report.previous_responses
    # needs over moments where what-I-did was noted (the 24th has nothing ticked); repair over moments where it
    # was needed and answered (the 22nd and 24th have no answer)
    assert (cur.moments, cur.recorded, cur.named_need, cur.repair_answered, cur.repaired) == (5, 4, 3, 3, 2)
    assert cur.by_pattern == {"reaching-out": 3, "push-pull": 1, "reassurance": 1}
    assert cur.share("reaching-out") == 0.75 and cur.share("withdrawing") == 0.0
    assert (cur.named_share, cur.repair_share) == (0.75, 0.667)
    assert (prev.moments, prev.recorded, prev.named_need, prev.repair_answered, prev.repaired) == (3, 3, 1, 2, 1)
    assert prev.by_pattern == {"reassurance": 1, "withdrawing": 1, "reaching-out": 1}
    assert report.insights[-2:] == (
        "In the triggered moments where you noted what you did in this period, you named your need directly in "
        "3 of 4 (75%), against 1 of 3 (33%) in the period before.",
        "Of the moments that needed repair in this period, 2 of 3 (67%) were repaired fully or partly, "
        "against 1 of 2 (50%) in the period before.",
    )


def test_earned_security_over_time_per_week(data_dir):
    """The response patterns, naming a need and repair per week bucket, with the week start honoured."""
    from journal_app.services.journal import Journal

    with Journal.open(data_dir, create=True) as journal:
        fear = journal.trigger("abandonment-fear").id

        def add(when, responses=(), repair=None, tagged=True):
            journal.save(EntryForm(occurred_at=datetime.fromisoformat(when), body=when,
                                   triggers=(TriggerMark(fear, 5),) if tagged else (), responses=responses,
                                   repair=repair))

        add("2026-02-02 09:00", ("sought-reassurance", "kept-checking"), "not-yet")  # Mon, week 1
        add("2026-02-08 23:59", ("went-quiet",))  # Sun: week 1 from Monday, week 2 from Sunday
        add("2026-02-09 00:00", ("named-my-need",), "yes")  # Mon, week 2
        add("2026-02-10 10:00", ("named-my-need", "sought-reassurance"), "partly")
        add("2026-02-11 10:00", ("named-my-need",), "yes", tagged=False)  # not a triggered moment
        add("2026-03-29 01:30", ("pushed-then-pulled",))  # the night the clocks change, last week
        add("2026-03-29 23:30", ("paused-first",), "yes")
        rng = DateRange(date(2026, 2, 2), date(2026, 3, 29))  # 56 days: weekly buckets
        monday = analytics.pattern_report(journal, rng, today=date(2026, 3, 29)).response_series
        sunday = analytics.pattern_report(journal, rng, week_start=6, today=date(2026, 3, 29)).response_series

    assert monday.bucket == "week" and len(monday.starts) == 8 and monday.starts[0] == date(2026, 2, 2)
    assert monday.moments == (2, 2, 0, 0, 0, 0, 0, 2)
    assert monday.by_pattern == {"reassurance": (1, 1, 0, 0, 0, 0, 0, 0), "withdrawing": (1, 0, 0, 0, 0, 0, 0, 0),
                                 "push-pull": (0, 0, 0, 0, 0, 0, 0, 1), "reaching-out": (0, 2, 0, 0, 0, 0, 0, 1)}
    assert monday.named_need == (0, 2, 0, 0, 0, 0, 0, 0)
    assert monday.repaired == (0, 2, 0, 0, 0, 0, 0, 1)
    assert monday.shares(monday.by_pattern["reaching-out"]) == (0.0, 1.0, None, None, None, None, None, 0.5)

    assert sunday.starts[0] == date(2026, 2, 1) and len(sunday.starts) == 9
    assert sunday.moments == (1, 3, 0, 0, 0, 0, 0, 0, 2)  # Sunday 29 March starts the last week
    assert sunday.by_pattern["withdrawing"] == (0, 1, 0, 0, 0, 0, 0, 0, 0)
    assert sunday.named_need == (0, 2, 0, 0, 0, 0, 0, 0, 0)
