"""The Patterns view on a real, young journal (issue 15 items 4, 5 and 7): "All time" and a journal younger
than the range say there is nothing earlier to compare with, with nothing recorded about what was done it
says so kindly, and the "What I did" tab names behaviour, not attachment styles."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from journal_app.models.analytics_values import DateRange
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services import analytics, insights

pytestmark = pytest.mark.gui
TODAY = date.today()


@pytest.fixture
def young(journal):
    fear = journal.trigger("abandonment-fear").id
    for i in range(6):  # a journal started 5 days ago, with nothing ticked about what was done
        day = TODAY - timedelta(days=i)
        journal.save(EntryForm(occurred_at=datetime(day.year, day.month, day.day, 9, 0), title=f"moment {i}",
                               triggers=(TriggerMark(fear, 6),)))
    return journal


def _view(qtbot, journal):
    from journal_app.ui.patterns.patterns_view import PatternsView

    first = analytics.first_entry_day(journal)

    def report_for(date_range, trigger_ids, week_start=0):
        return analytics.pattern_report(journal, date_range, trigger_ids, week_start, today=TODAY)

    v = PatternsView(report_for, lambda key: analytics.preset_range(key, TODAY, first_day=first))
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.mark.parametrize("key", ["last-4-weeks", "all-time"])
def test_nothing_earlier_to_compare_with(qtbot, young, key):
    v = _view(qtbot, young)
    v.range.setCurrentIndex(v.range.findData(key))
    v.refresh()
    v.more.setChecked(True)  # every sentence
    shown = v.insights.text()
    assert "nothing earlier to compare with" in shown
    assert not re.search(r"\b(up|down) from\b|not at all|against", shown)
    assert insights.NOTHING_RECORDED in shown  # a kind sentence, not 0%


def test_what_i_did_tab_speaks_of_behaviour(qtbot, journal):
    from matplotlib.text import Text

    fear = journal.trigger("abandonment-fear").id
    for i, did in enumerate(("named-my-need", "sought-reassurance", "went-quiet", "pushed-then-pulled")):
        day = TODAY - timedelta(days=i)
        journal.save(EntryForm(occurred_at=datetime(day.year, day.month, day.day, 9, 0), title="m",
                               triggers=(TriggerMark(fear, 5),), responses=(did,), repair="partly"))
    v = _view(qtbot, journal)
    v.range.setCurrentIndex(v.range.findData("last-4-weeks"))
    v.refresh()
    v.tabs.setCurrentIndex(next(i for i in range(v.tabs.count()) if v.tabs.tabData(i) == "responses"))
    assert v.chart_key == "responses"
    tab = v.tabs.tabText(v.tabs.currentIndex())
    words = " ".join([tab, v.chart.alt_text] + [t.get_text() for t in v.chart.figure.findobj(Text)])
    assert "Sought reassurance or kept checking" in words and "Pushed away then pulled back" in words
    assert "Named a need directly in 1 of 4 (25%)" in words  # over the moments where what was done was noted
    assert not re.search(r"(?i)\b(secure|anxious|avoidant|disorgani[sz]ed)\b", words)
    assert v.report.range == DateRange(TODAY - timedelta(days=27), TODAY)
