"""Charts that don't invent (issue 15 item 8): rolling averages stop with the entries and break over long gaps,
the "What I did" markers never hide one another, each share rests on its own denominator, and ties are named
as ties in the text alternatives and the sentences."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime, timedelta

from journal_app import charts
from journal_app.models.analytics_values import DateRange, Matrix, ResponseSeries, ResponseTotals
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services import analytics
from tests.charts.test_charts import make_report

TODAY = date(2026, 3, 31)
FOUR_WEEKS = DateRange(date(2026, 3, 4), TODAY)


def _rated(journal, day: date, level: int, slug="withdrawal", people=()):
    tid = journal.trigger(slug).id
    ids = tuple(journal.add_person(p).id if p not in {x.name for x in journal.people()}
                else next(x.id for x in journal.people() if x.name == p) for p in people)
    journal.save(EntryForm(occurred_at=datetime(day.year, day.month, day.day, 19, 0), title="m",
                           triggers=(TriggerMark(tid, level),), person_ids=ids))


def test_the_rolling_average_stops_with_the_entries_and_breaks_over_long_gaps(journal):
    # rated on 4, 5 and 7 March (a gap of 1 day: bridged), then nothing for 10 days, then 18 and 20 March
    for day, level in ((4, 6), (5, 4), (7, 8), (18, 2), (20, 4)):
        _rated(journal, date(2026, 3, day), level)
    r = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY)
    rolling = r.intensity.rolling["withdrawal"]
    assert rolling[:4] == (6.0, 5.0, 5.0, 6.0)  # 6 March, between two ratings, keeps the average
    assert rolling[4:14] == (None,) * 10  # 8-17 March: no line across the empty days
    assert rolling[14:17] == (2.0, 2.0, 3.0)
    assert rolling[17:] == (None,) * 11  # after 20 March: nothing past the last entry

    fig, _ = charts.build_intensity(r)
    line = fig.axes[0].lines[0]  # the rolling average, drawn as a line
    ys = list(line.get_ydata())
    assert [math.isnan(y) for y in ys] == [v is None for v in rolling]


def test_short_gaps_are_bridged_long_ones_are_not():
    assert analytics._rolling([5, None, None, None, 7], 4) == (5.0, 5.0, 5.0, 5.0, 7.0)
    assert analytics._rolling([5, None, None, 7], 4) == (5.0, 5.0, 5.0, 6.0)
    assert analytics._rolling([5, None, None, None, None, 7], 4) == (5.0, None, None, None, None, 7.0)
    assert analytics._rolling([None, 3, None, None], 4) == (None, 3.0, None, None)


def _responses(report, moments, by_pattern, named, repaired, recorded, answered):
    s = ResponseSeries(report.counts.bucket, report.counts.starts, moments, by_pattern, named, repaired, recorded,
                       answered)
    totals = ResponseTotals(sum(moments), {p: sum(v) for p, v in by_pattern.items()}, sum(named), sum(repaired),
                            sum(recorded), sum(answered))
    return replace(report, response_series=s, responses=totals)


def test_what_i_did_markers_never_hide_one_another():
    # every line at 50% in every week: drawn on one spot, four of five markers would be hidden
    half = (1, 1, 1, 1)
    at_half = dict.fromkeys(("reaching-out", "reassurance", "withdrawing", "push-pull"), half)
    report = _responses(make_report(), (2, 2, 2, 2), at_half, half, half, (2,) * 4, (2,) * 4)
    fig, _ = charts.build_responses(report)
    ax = fig.axes[0]
    points = [(round(x, 3), y) for line in ax.lines for x, y in zip(line.get_xdata(), line.get_ydata())]
    assert len(points) == 20 and len(set(points)) == 20
    assert len({line.get_marker() for line in ax.lines}) == 5  # a shape each, not only a colour
    hit = charts.hit_at(ax, 2 + 0.26, 0.5)  # a dodged marker still answers for its week
    assert hit is not None and hit.text.startswith("week of 17 Mar 2025")


def test_each_line_rests_on_its_own_denominator():
    report = _responses(make_report(), (4, 2, 3, 5),
                        {"reaching-out": (1, 1, 0, 2), "reassurance": (1, 0, 0, 0), "withdrawing": (0, 0, 0, 0),
                         "push-pull": (0, 0, 0, 0)},
                        (1, 1, 0, 2), (1, 0, 0, 1), recorded=(2, 1, 0, 4), answered=(1, 0, 0, 2))
    fig, alt = charts.build_responses(report)
    lines = {line.get_gid(): list(line.get_ydata()) for line in fig.axes[0].lines}
    assert lines["reaching-out"][:2] == [0.5, 1.0] and lines["reaching-out"][3] == 0.5
    assert math.isnan(lines["reaching-out"][2])  # 3 moments, nothing noted: no point, not 0%
    assert lines["repair"][0] == 1.0 and math.isnan(lines["repair"][1]) and lines["repair"][3] == 0.5
    assert "Named a need directly in 4 of 7 (57%); repaired fully or partly 2 of 3 that needed it (67%)" in alt


def test_ties_are_named_as_ties():
    report = make_report()
    names = ("Abandonment fear", "Withdrawal", "Push-pull")
    slugs = ("abandonment-fear", "withdrawal", "push-pull")
    tied = replace(report, trigger_person=Matrix(names, ("Sam", "Alex"), ((3, 3), (0, 1), (1, 0)), slugs,
                                                 ("Sam", "Alex")))
    _, alt = charts.build_matrix(tied, "trigger_person")
    assert alt.endswith("The largest, tied, are Abandonment fear with Sam and Abandonment fear with Alex: 3 each.")
    _, alt = charts.build_matrix(report, "trigger_person")
    assert alt.endswith("The largest is Push-pull with Sam: 6.")
    _, alt = charts.build_matrix(report, "co_occurrence")  # symmetric: each pair once, never the diagonal
    assert alt.endswith("The largest is Abandonment fear with Push-pull: 3.")
    days = report.heatmap.days
    busy = replace(report.heatmap, entries=tuple(2 if i in (0, 4) else 0 for i in range(len(days))))
    _, alt = charts.build_heatmap(replace(report, heatmap=busy))
    assert alt.endswith("the fullest days were Mon 3 Mar 2025 and Fri 7 Mar 2025, with 2 each.")


def test_tied_people_and_pairs_in_the_sentences(journal):
    for i in range(6):
        day = TODAY - timedelta(days=i)
        _rated(journal, day, 5, "abandonment-fear", people=("Sam", "Alex") if i < 4 else ("Mum",))
    for i in range(2):  # withdrawal and push-pull together twice, abandonment fear with each of them twice too
        day = TODAY - timedelta(days=10 + i)
        ids = tuple(journal.trigger(slug).id for slug in ("withdrawal", "push-pull", "abandonment-fear"))
        journal.save(EntryForm(occurred_at=datetime(day.year, day.month, day.day, 9, 0), title="both",
                               triggers=tuple(TriggerMark(t, 4) for t in ids)))
    r = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY)
    # 4 of 8: no majority
    assert "Most abandonment fear moments involved Sam and Alex, 4 each (of 8)." not in r.insights
    r6 = analytics.pattern_report(journal, DateRange(TODAY - timedelta(days=5), TODAY), today=TODAY)
    assert "Most abandonment fear moments involved Alex and Sam, 4 each (of 6)." in r6.insights
    assert ("These came up together in 2 entries each: abandonment fear with withdrawal, abandonment fear with "
            "push-pull and withdrawal with push-pull.") in r.insights
