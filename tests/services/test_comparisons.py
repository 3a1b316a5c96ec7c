"""Honest comparisons, the right denominators, rates beside counts and behaviour words (issue 15 items 4-7)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from journal_app.cli.stats import stats_numbers
from journal_app.models.analytics_values import DateRange
from journal_app.models.values import RESPONSE_KEYS, EntryForm, TriggerMark
from journal_app.services import analytics, insights

TODAY = date(2026, 3, 31)
FOUR_WEEKS = DateRange(TODAY - timedelta(days=27), TODAY)  # 4-31 March; the 4 weeks before: 4 Feb - 3 Mar


def add(journal, day: date, slugs=("abandonment-fear",), people=(), responses=(), repair=None, shared=True):
    ids = {t.slug: t.id for t in journal.triggers()}
    who = {p.name: p.id for p in journal.people()}
    person_ids = tuple(who[name] if name in who else journal.add_person(name).id for name in people)
    return journal.save(EntryForm(occurred_at=datetime.combine(day, datetime.min.time()).replace(hour=20),
                                  title=f"moment {day}", triggers=tuple(TriggerMark(ids[s], 5) for s in slugs),
                                  person_ids=person_ids, responses=tuple(responses), repair=repair, shared=shared))


COMPARING = re.compile(r"\b(up|down) from\b|against|not at all|the same as")


# -- item 4: no comparison before the first entry ------------------------------------------------------------
def test_a_journal_started_last_week_is_not_compared_with_the_empty_weeks_before(journal):
    for i in range(6):
        add(journal, TODAY - timedelta(days=i))
    r = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY)
    assert r.previous is None and r.previous_entries is None and r.previous_responses is None
    assert all(t.previous_count is None for t in r.totals)
    assert r.insights[0] == ("Your journal began on 26 Mar 2026, within this period, so there is nothing earlier "
                             "to compare with.")
    assert r.insights[1] == "Abandonment fear came up 6 times in the last 4 weeks."
    assert not any(COMPARING.search(s) for s in r.insights)
    data = stats_numbers(r)
    assert data["previous"] is None and data["previous_responses"] is None
    assert data["counts"]["abandonment-fear"]["previous_count"] is None  # null, not 0
    assert json.loads(json.dumps(data))["counts"]["withdrawal"]["previous_share_of_entries"] is None


def test_all_time_has_no_period_before(journal):
    for i in range(0, 300, 20):
        add(journal, TODAY - timedelta(days=i))
    first = analytics.first_entry_day(journal)
    rng = analytics.preset_range("all-time", TODAY, first_day=first)
    r = analytics.pattern_report(journal, rng, today=TODAY)
    assert r.previous is None and r.period_before == analytics.previous_range(rng)
    assert "There is nothing earlier to compare with: this period starts with your first entry." in r.insights
    assert not any(COMPARING.search(s) for s in r.insights)


def test_a_period_before_that_the_journal_only_partly_covers_is_not_compared(journal):
    add(journal, date(2026, 2, 20))  # partway through 4 Feb - 3 Mar
    for i in range(6):
        add(journal, TODAY - timedelta(days=3 * i))
    r = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY)
    assert r.previous is None
    assert r.insights[0] == ("Your journal began on 20 Feb 2026, partway through the period before, so the two "
                             "periods are not compared.")
    assert not any(COMPARING.search(s) for s in r.insights)


def test_a_covered_period_before_is_compared_with_the_entries_of_each(journal):
    add(journal, date(2026, 2, 4))  # the first day of the 4 weeks before: covered
    for i in range(6):
        add(journal, TODAY - timedelta(days=3 * i))
    r = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY)
    assert r.previous == DateRange(date(2026, 2, 4), date(2026, 3, 3)) and r.previous_entries == 1
    assert r.insights[:2] == (
        "You wrote 6 entries in the last 4 weeks and 1 in the 4 weeks before.",
        "Abandonment fear came up in 6 of 6 entries (100%) in the last 4 weeks, against 1 of 1 (100%) in the "
        "4 weeks before.",
    )


def test_the_export_says_there_is_nothing_earlier(journal):
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.markdown import render_markdown
    from journal_app.services.exporting.summary import SummaryOptions

    for i in range(6):
        add(journal, TODAY - timedelta(days=i), responses=("went-quiet",))
    md = render_markdown(build_summary(journal, SummaryOptions(FOUR_WEEKS, charts=()), today=TODAY))
    assert "| Abandonment fear | 6 | – | – |" in md
    assert "6 entries in this period; nothing earlier to compare with." in md
    assert "not at all" not in md


# -- item 5: the right denominators -------------------------------------------------------------------------------
def test_shares_rest_on_what_was_recorded(journal):
    add(journal, date(2026, 3, 10), responses=("named-my-need",), repair="yes")
    add(journal, date(2026, 3, 11), responses=("went-quiet",), repair="not-yet")
    add(journal, date(2026, 3, 12), responses=("sought-reassurance",), repair="not-needed")  # left out of repair
    add(journal, date(2026, 3, 13))  # nothing noted: left out of both
    add(journal, date(2026, 3, 14), slugs=(), responses=("named-my-need",), repair="yes")  # no trigger
    did = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY).responses
    assert (did.moments, did.recorded, did.named_need, did.repair_answered, did.repaired) == (4, 3, 1, 2, 1)
    assert (did.named_share, did.repair_share) == (0.333, 0.5)  # not 1 of 4 and 1 of 4


def test_nothing_recorded_means_no_share(journal):
    for i in range(6):
        add(journal, TODAY - timedelta(days=i))
    r = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY)
    did = stats_numbers(r)["responses"]
    assert did["moments"] == 6 and did["recorded"] == 0
    assert did["named_need"] == {"moments": 0, "of": 0, "share": None}
    assert did["repair"] == {"repaired": 0, "of": 0, "share": None}
    assert all(g["share"] is None for g in did["groups"].values())
    assert r.insights[-1] == insights.NOTHING_RECORDED


def test_the_export_leaves_out_a_chart_with_nothing_to_show(journal):
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.summary import SummaryOptions

    for i in range(3):
        add(journal, TODAY - timedelta(days=i))
    summary = build_summary(journal, SummaryOptions(FOUR_WEEKS), today=TODAY)
    assert summary.charts == ("counts", "intensity")
    add(journal, TODAY, repair="partly")
    summary = build_summary(journal, SummaryOptions(FOUR_WEEKS), today=TODAY)
    assert summary.charts == ("counts", "intensity", "responses")


# -- item 7: behaviour words, never attachment-style labels --------------------------------------------------
STYLE = re.compile(r"\b(secure|securely|anxious|anxiously|avoidant|disorgani[sz]ed)\b", re.IGNORECASE)


def test_no_style_word_describes_what_the_person_did(journal):
    """Everything the app says about a journal where every response was ticked: sentences, every chart's
    text (titles, labels, legend, text alternative, hover), the summary in Markdown and `stats --json`."""
    from matplotlib.text import Text

    from journal_app import charts
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.markdown import render_markdown
    from journal_app.services.exporting.summary import SummaryOptions

    for i, key in enumerate(RESPONSE_KEYS * 2):
        add(journal, TODAY - timedelta(days=i), slugs=("abandonment-fear", "push-pull"), people=("Sam",),
            responses=(key,), repair=("yes", "partly", "not-yet", "not-needed")[i % 4])
    report = analytics.pattern_report(journal, FOUR_WEEKS, today=TODAY)
    said = [*list(report.insights), json.dumps(stats_numbers(report))]
    for which in charts.CHARTS:
        fig, alt = charts.build(report, which)
        said.append(alt)
        said += [t.get_text() for t in fig.findobj(Text)]
        for ax in fig.axes:
            for x in range(len(report.counts.starts)):
                hit = charts.hit_at(ax, x, 0.5)
                said.append(hit.text if hit else "")
    said.append(render_markdown(build_summary(journal, SummaryOptions(FOUR_WEEKS), today=TODAY)))
    assert [s for s in said if STYLE.search(s)] == []
    assert "Sought reassurance or kept checking" in said and "Went quiet or left" in said


# The only places the words stay: SQLite's secure_delete pragma, and the built-in triggers' stored pattern hint
# (a column of the trigger table, kept for backups; never shown). Guidance articles (resources/) explain the
# ideas as concepts and are not code.
ALLOWED = {
    ("store/engine.py", "secure_delete"), ("store/entry_queries.py", "secure_delete"),
    ("models/values.py", '        "anxious",'), ("models/values.py", '        "avoidant",'),
    ("models/values.py", '        "disorganised",'),
    ("store/migrations/versions/0001_initial.py", "Abandonment fear"),
    ("store/migrations/versions/0001_initial.py", "Withdrawal"),
    ("store/migrations/versions/0001_initial.py", "Push-pull"),
    ("services/exporting/json_backup.py", '"pattern": "anxious" | null'),
    ("services/safety_cue.py", "anxious"),  # the feeling ("scared, worried, anxious"), in the cue's fear words
}


def test_the_code_has_no_style_labels_for_behaviour():
    root = Path(analytics.__file__).parents[1]  # the whole journal_app package
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for line in path.read_text(encoding="utf-8").splitlines():
            if STYLE.search(line) and not any(rel == f and part in line for f, part in ALLOWED):
                found.append(f"{rel}: {line.strip()}")
    assert found == []
