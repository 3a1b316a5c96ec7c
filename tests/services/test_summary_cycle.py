"""The cycle in the therapist summary's Markdown and CSV (issue 20): each entry's beliefs, kinder thoughts, what
they did and when we came back together, and, when asked for, the cycle section (sentences, chains per person,
beliefs over time, time to repair) under the same people-naming and private-entry rules as everything else."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.exporting.build import build_summary
from journal_app.services.exporting.csv_export import render_csv
from journal_app.services.exporting.markdown import render_markdown
from journal_app.services.exporting.summary import SummaryOptions
from journal_app.services.importing import csv_import

START = datetime(2026, 3, 2, 9, tzinfo=UTC)
RANGE = DateRange(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def cycled(journal):
    """Four weekly moments with Sam (one private), beliefs falling from 80, Sam going quiet, a repair."""
    sam = journal.add_person("Sam", "partner")
    leave = journal.add_belief("Sam will leave")  # the person's own words, with a name in them
    quiet, fear = journal.move("went-quiet").id, journal.trigger("abandonment-fear").id
    ids = []
    for week in range(4):
        saved = journal.save(EntryForm(
            occurred_at=START + timedelta(days=7 * week), title=f"Week {week}", body="Sam didn't call.",
            triggers=(TriggerMark(fear, 7),), person_ids=(sam.id,), responses=("kept-checking",),
            beliefs=(BeliefMark(leave.id, 80 - 10 * week),), moves=(MoveMark(sam.id, quiet),), shared=week != 3))
        ids.append(saved.id)
    journal.rerate_belief(ids[0], leave.id, balanced="Sam was at work; he called at nine.", strength=30)
    talk = journal.save(EntryForm(occurred_at=START + timedelta(hours=6), body="We talked.", person_ids=(sam.id,),
                                  shared=True))
    journal.link_repair(talk.id, ids[0], reached_first="them")
    return journal, ids


def _options(**changes) -> SummaryOptions:
    return replace(SummaryOptions(RANGE, people="name", include_cycle=True), **changes)


def test_entries_carry_their_cycle(cycled):
    journal, _ids = cycled
    md = render_markdown(build_summary(journal, _options(), today=date(2026, 4, 1)))
    first = md[md.index("— Week 0"):md.index("— Week 1")]
    assert "- What I told myself: “Sam will leave” (80%, later 30%)" in first
    assert "- A kinder thought: Sam was at work; he called at nine." in first
    assert "- What they did: Sam: Went quiet" in first
    assert "- Came back together: after 6 hours; they reached out first" in first
    assert "Week 3" not in md  # private: not in the summary


def test_the_cycle_section(cycled):
    journal, _ids = cycled
    md = render_markdown(build_summary(journal, _options(), today=date(2026, 4, 1)))
    section = md[md.index("## The cycle"):md.index("## Entries")]
    # the shared moments only (three), as the numbers count them
    assert ("- With Sam, this came back most often, in 2 of 3 moments: abandonment fear came up; I told "
            "myself “Sam will leave”; I kept checking; Sam went quiet.") in section
    chain = "| Abandonment fear | Sam will leave | Kept checking (phone, messages) | Went quiet |"
    assert f"{chain} – | 2 |" in section and f"{chain} Repaired | 1 |" in section
    assert "| Sam will leave | 3 | 80% | 60% | 30% |" in section
    assert "| Sam | 1 / 1 | 1 | 6 hours | 0 | 1 |" in section
    counted = render_markdown(build_summary(journal, _options(count_private=True), today=date(2026, 4, 1)))
    assert "| Sam will leave | 4 | 80% | 50% | 30% |" in counted
    assert "## The cycle" not in render_markdown(build_summary(journal, _options(include_cycle=False)))


def test_no_full_name_with_initials_or_roles(cycled):
    journal, _ids = cycled
    for mode, shown in (("initial", "S."), ("role", "my partner")):
        md = render_markdown(build_summary(journal, _options(people=mode), today=date(2026, 4, 1)))
        assert "Sam" not in md, mode
        assert shown in md[md.index("## The cycle"):]
    md = render_markdown(build_summary(journal, _options(people="role"), today=date(2026, 4, 1)))
    assert "With my partner, this came back most often" in md and "my partner went quiet" in md
    assert "“My partner will leave”" in md  # the person's own words, name replaced as in every text


def test_csv_carries_the_cycle_and_reads_back(cycled, tmp_path):
    journal, _ids = cycled
    data = render_csv(build_summary(journal, _options(people="initial"), today=date(2026, 4, 1)))
    header, *rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert header[-4:] == ["What I told myself", "A kinder thought", "What they did", "Came back together"]
    first = dict(zip(header, rows[0]))
    assert first["What I told myself"] == "“S. will leave” (80%, later 30%)"
    assert first["A kinder thought"] == "S. was at work; he called at nine."
    assert first["What they did"] == "S.: Went quiet"
    assert first["Came back together"] == "after 6 hours; they reached out first"
    path = tmp_path / "summary.csv"
    path.write_bytes(data)
    back = csv_import.parse(path)  # the cycle's columns are read past
    assert [e.title for e in back] == [r[2] for r in rows] and back[0].people == ("S.",)
