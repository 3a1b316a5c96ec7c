"""Insight sentences, word for word, on the synthetic journal of test_analytics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from journal_app.models.analytics_values import DateRange
from journal_app.services import analytics, insights
from tests.services.test_analytics import LAST_4_WEEKS, PP, TODAY, _ids, synthetic  # noqa: F401


def test_last_four_weeks(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=TODAY)
    # twice as many entries were written as in the 4 weeks before: the counts come with their share of entries
    # (abandonment fear came up more often, yet in a smaller share of the entries)
    assert r.insights == (
        "You wrote 8 entries in the last 4 weeks and 4 in the 4 weeks before.",
        "Abandonment fear came up in 4 of 8 entries (50%) in the last 4 weeks, against 3 of 4 (75%) in the "
        "4 weeks before.",
        "Abandonment fear moments felt less intense on average: 5.0, down from 7.0.",
        "Most abandonment fear moments involved Sam (3 of 4).",
        "Push-pull came up in 3 of 8 entries (38%) in the last 4 weeks, against 1 of 4 (25%) in the 4 weeks before.",
        "Push-pull moments felt less intense on average: 5.3, down from 6.0.",
        "All 3 push-pull moments involved Sam.",
        "Withdrawal came up in 2 of 8 entries (25%) in the last 4 weeks, against 1 of 4 (25%) in the 4 weeks "
        "before.",
        "Withdrawal moments felt more intense on average: 4.5, up from 4.0.",
        "Abandonment fear and push-pull came up together in 2 entries.",
        insights.NOTHING_RECORDED,
    )


def test_the_same_range_on_another_day_is_this_period(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=date(2026, 4, 2))
    assert r.insights[:2] == ("You wrote 8 entries in this period and 4 in the period before.",
                              "Abandonment fear came up in 4 of 8 entries (50%) in this period, against 3 of 4 "
                              "(75%) in the period before.")


def test_down_same_and_gone():
    from journal_app.models.analytics_values import TriggerTotals

    def one(count, previous, mean=None, previous_mean=None):
        return TriggerTotals("push-pull", "Push-pull", count, previous, mean, previous_mean)

    assert insights._count_sentence(one(4, 9), "in the last 4 weeks", "in the 4 weeks before", True) == \
        "Push-pull came up 4 times in the last 4 weeks, down from 9 in the 4 weeks before."
    # 20 entries against 8: more writing, so shares too; 20 against 16 differ by a fifth: counts are enough
    assert insights._count_sentence(one(6, 4), "in the last 4 weeks", "in the 4 weeks before", True, (20, 8)) == \
        "Push-pull came up in 6 of 20 entries (30%) in the last 4 weeks, against 4 of 8 (50%) in the 4 weeks before."
    assert insights._count_sentence(one(6, 4), "in this period", "in the period before", True, (20, 16)) == \
        "Push-pull came up 6 times in this period, up from 4 in the period before."
    assert insights._count_sentence(one(1, 0), "in this period", "in the period before", True, (1, 3)) == \
        "Push-pull came up in 1 of 1 entry (100%) in this period, and in none of the 3 entries in the period before."
    assert insights._count_sentence(one(0, 1), "in this period", "in the period before", True, (5, 1)) == \
        "Push-pull did not come up in this period; it came up in 1 of 1 entry (100%) in the period before."
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
        insights.NOTHING_RECORDED,
    )


def test_single_entry(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, DateRange(date(2026, 3, 10), date(2026, 3, 10)), today=TODAY)
    assert r.insights == (
        "There is only 1 entry in this period, so this is an early glimpse, not a trend.",
        "Abandonment fear came up once in this period.",
        "Push-pull came up once in this period.",
        insights.NOTHING_RECORDED,
    )


def test_named_ranges(synthetic):  # noqa: F811
    r = analytics.pattern_report(synthetic, analytics.preset_range("last-3-months", TODAY), today=TODAY)
    assert insights.range_words(r, TODAY) == ("in the last 3 months", "in the 3 months before")
    year = replace(r, range=analytics.preset_range("last-12-months", TODAY))
    assert insights.range_words(year, TODAY) == ("in the last 12 months", "in the 12 months before")
    # the journal began on 3 February, within these 3 months: nothing earlier to compare with (no "not at all")
    assert r.insights[:2] == (
        "Your journal began on 3 Feb 2026, within this period, so there is nothing earlier to compare with.",
        "Abandonment fear came up 8 times in the last 3 months.")



def test_a_name_shown_by_its_initial_ends_the_sentence_with_one_full_stop(synthetic):  # noqa: F811
    from journal_app.services.exporting.names import Names

    r = analytics.pattern_report(synthetic, LAST_4_WEEKS, today=TODAY)
    shown = Names(synthetic.people(), "initial").report(r)
    said = insights.sentences(shown, today=TODAY)
    assert "All 3 push-pull moments involved S." in said  # not "S.."
    assert "Most abandonment fear moments involved S. (3 of 4)." in said
    assert insights._one_full_stop("Then... and so...") == "Then... and so..."
