"""Insight sentences, word for word, on the synthetic journal of test_analytics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from journal_app import analytics, insights
from journal_app.models.analytics_values import DateRange
from tests.services.test_analytics import LAST_4_WEEKS, PP, TODAY, _ids, synthetic  # noqa: F401


def test_last_four_weeks(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=TODAY)
    assert r.insights == (
        "Abandonment fear came up 4 times in the last 4 weeks, up from 3 in the 4 weeks before.",
        "Abandonment fear moments felt less intense on average: 5.0, down from 7.0.",
        "Most abandonment fear moments involved Sam (3 of 4).",
        "Push-pull came up 3 times in the last 4 weeks, up from 1 in the 4 weeks before.",
        "Push-pull moments felt less intense on average: 5.3, down from 6.0.",
        "All 3 push-pull moments involved Sam.",
        "Withdrawal came up twice in the last 4 weeks, up from 1 in the 4 weeks before.",
        "Withdrawal moments felt more intense on average: 4.5, up from 4.0.",
        "Abandonment fear and push-pull came up together in 2 entries.",
    )


def test_the_same_range_on_another_day_is_this_period(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=date(2026, 4, 2))
    assert r.insights[0] == \
        "Abandonment fear came up 4 times in this period, up from 3 in the period before."


def test_down_same_and_gone():
    from journal_app.models.analytics_values import TriggerTotals

    def one(count, previous, mean=None, previous_mean=None):
        return TriggerTotals("push-pull", "Push-pull", count, previous, mean, previous_mean)

    assert insights._count_sentence(one(4, 9), "in the last 4 weeks", "in the 4 weeks before", True) == \
        "Push-pull came up 4 times in the last 4 weeks, down from 9 in the 4 weeks before."
    assert insights._count_sentence(one(1, 1), "in this period", "in the period before", True) == \
        "Push-pull came up once in this period, the same as in the period before."
    assert insights._count_sentence(one(2, 0), "in this period", "in the period before", True) == \
        "Push-pull came up twice in this period, and not at all in the period before."
    assert insights._count_sentence(one(0, 3), "in the last 3 months", "in the 3 months before", True) == \
        "Push-pull did not come up in the last 3 months; it came up 3 times in the 3 months before."
    assert insights._intensity_sentence(one(2, 2, 6.2, 6.0)) is None  # too small a change to mention


def test_few_entries_are_hedged(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, trigger_ids=_ids(synthetic, PP), today=TODAY)
    assert r.insights == (
        "There are only 3 entries in the last 4 weeks, so these are early glimpses, not trends.",
        "Push-pull came up 3 times in the last 4 weeks.",
        "Abandonment fear came up twice in the last 4 weeks.",
    )


def test_single_entry(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, DateRange(date(2026, 3, 10), date(2026, 3, 10)), today=TODAY)
    assert r.insights == (
        "There is only 1 entry in this period, so this is an early glimpse, not a trend.",
        "Abandonment fear came up once in this period.",
        "Push-pull came up once in this period.",
    )


def test_named_ranges(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, analytics.preset_range("last-3-months", TODAY), today=TODAY)
    assert insights.range_words(r, TODAY) == ("in the last 3 months", "in the 3 months before")
    year = replace(r, range=analytics.preset_range("last-12-months", TODAY))
    assert insights.range_words(year, TODAY) == ("in the last 12 months", "in the 12 months before")
    assert r.insights[0] == \
        "Abandonment fear came up 8 times in the last 3 months, and not at all in the 3 months before."
