"""The cycle's words in the summary and on screen (issue 20), and a belief rated only once.

- Voice: the summary is the client's own hand-off to their therapist, so every cycle heading in it says "I" (its
  tables, the CSV's columns, and the chain diagram drawn into the PDF, in English and German); on screen the app
  speaks to the client, so the same diagram there says "you".
- A belief's "At first" and "Lately" in the summary's table agree with the chart's words and the entry: a belief
  rated once shows that rating in both (not "–"), ratings all at one time their average, two or more times the
  least-squares line's ends, worked out here with numpy; "–" only for a belief never rated."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from journal_app.charts import cycle as cycle_charts
from journal_app.charts.cycle import beliefs_text, build_chains
from journal_app.core import i18n
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.exporting import cycle_tables, pdf
from journal_app.services.exporting.build import build_summary
from journal_app.services.exporting.csv_export import render_csv
from journal_app.services.exporting.cycle_html import cycle_html
from journal_app.services.exporting.markdown import render_markdown
from journal_app.services.exporting.summary import SummaryOptions

START = datetime(2026, 3, 2, 9, tzinfo=UTC)
RANGE = DateRange(date(2026, 3, 1), date(2026, 3, 31))
# belief -> its ratings (days after START, how true it felt); None: put on an entry, never rated
RATINGS: dict[str, list[tuple[float, int | None]]] = {
    "Once": [(3, 70)],
    "Twice": [(0, 80), (10, 40)],
    "At one time": [(5, 60), (5, 31)],  # two entries at the same moment: no line through them
    "Three times": [(0, 90), (7, 50), (21.5, 70)],
    "Never rated": [(12, None)],
}
YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


@pytest.fixture
def rated(journal):
    sam = journal.add_person("Sam", "partner")
    fear, quiet = journal.trigger("abandonment-fear").id, journal.move("went-quiet").id
    for text, ratings in RATINGS.items():
        belief = journal.add_belief(text)
        for days, strength in ratings:
            journal.save(EntryForm(
                occurred_at=START + timedelta(days=days), body="Sam didn't call.", shared=True,
                triggers=(TriggerMark(fear, 6),), person_ids=(sam.id,), responses=("kept-checking",),
                beliefs=(BeliefMark(belief.id, strength),), moves=(MoveMark(sam.id, quiet),)))
    return journal, sam


def _options(journal, sam) -> SummaryOptions:
    return SummaryOptions(RANGE, include_cycle=True, cycle_people=(sam.id,))


def _expected_cells(ratings: list[tuple[float, int | None]]) -> tuple[str, str, str]:
    """(ratings, at first, lately) as the table should show them, from the plan alone."""
    rated = [(d, s) for d, s in ratings if s is not None]
    if not rated:
        return "0", "–", "–"
    days = np.array([d for d, _ in rated])
    strengths = np.array([s for _, s in rated], dtype=float)
    if len(set(days.tolist())) < 2:
        felt = round(float(strengths.mean()))
        return str(len(rated)), f"{felt}%", f"{felt}%"
    slope, intercept = np.polyfit(days - days[0], strengths, 1)
    first, last = round(float(intercept)), round(float(intercept + slope * (days[-1] - days[0])))
    return str(len(rated)), f"{first}%", f"{last}%"


def test_a_belief_rated_once_shows_its_rating_in_the_table(rated):
    journal, sam = rated
    summary = build_summary(journal, _options(journal, sam), today=date(2026, 4, 2))
    assert summary.cycle is not None
    table = cycle_tables.belief_table(summary.cycle)
    assert table is not None
    rows = {row[0]: row for row in table.rows}
    assert set(rows) == set(RATINGS)
    for text, ratings in RATINGS.items():
        assert rows[text][1:4] == _expected_cells(ratings), text
        assert rows[text][4] == "–"  # never looked back on
    assert rows["Once"][2:4] == ("70%", "70%") and rows["Twice"][2:4] == ("80%", "40%")
    # the same numbers in the Markdown and the PDF's HTML, and in the chart's words beside it
    markdown = render_markdown(summary)
    html = "\n".join(cycle_html(summary.cycle, {}, lambda s: s))
    for row in table.rows:
        assert "| " + " | ".join(row) + " |" in markdown
        assert all(f">{cell}<" in html for cell in row)
    words = beliefs_text(summary.cycle.beliefs)
    assert "“Once” 70% (1 rating)" in words and "“At one time” 46% (2 ratings)" in words
    assert "“Twice” from about 80% to about 40% (2 ratings)" in words


def _diagram_titles(figure) -> set[str]:
    """The chain diagram's column titles (its bold words), each on one line."""
    return {" ".join(t.get_text().split()) for ax in figure.axes for t in ax.texts if t.get_fontweight() == "bold"}


def _summary_diagrams(summary, monkeypatch) -> list[set[str]]:
    """The titles of every chain diagram the summary's PDF draws (build_chains watched as pdf.py calls it)."""
    seen: list[set[str]] = []
    real = cycle_charts.build_chains

    def watched(*args, **kwargs):
        figure, alternative = real(*args, **kwargs)
        seen.append(_diagram_titles(figure))
        return figure, alternative

    monkeypatch.setattr(cycle_charts, "build_chains", watched)
    assert pdf.cycle_images(summary)
    return seen


@pytest.mark.parametrize("language, mine, yours", [
    ("en", {"What I told myself", "What I did"}, {"What you told yourself", "What you did"}),
    ("de", {"Was ich mir gesagt habe", "Was ich getan habe"}, {"Was du dir gesagt hast", "Was du getan hast"}),
])
def test_the_summary_says_i_and_the_screen_says_you(rated, monkeypatch, qapp, language, mine, yours):
    journal, sam = rated
    i18n.set_language(language)
    try:
        summary = build_summary(journal, _options(journal, sam), today=date(2026, 4, 2))
        assert summary.cycle is not None
        diagrams = _summary_diagrams(summary, monkeypatch)
        on_screen = _diagram_titles(build_chains(summary.cycle.people[0].chains)[0])
    finally:
        i18n.set_language("en")
    assert diagrams and all(mine <= titles and not titles & yours for titles in diagrams)
    assert yours <= on_screen and not on_screen & mine


def test_every_cycle_heading_of_the_summary_says_i(rated):
    """The tables' headings and columns (PDF and Markdown) and the CSV's header: first person, never "you"."""
    journal, sam = rated
    summary = build_summary(journal, _options(journal, sam), today=date(2026, 4, 2))
    assert summary.cycle is not None
    tables = [*cycle_tables.chain_tables(summary.cycle), cycle_tables.belief_table(summary.cycle)]
    headings = [words for table in tables if table is not None for words in (table.title, *table.head)]
    header = render_csv(summary).decode("utf-8-sig").splitlines()[0]
    assert "What I told myself" in headings and "What I did" in headings and "What I told myself" in header
    assert not [h for h in [*headings, header] if YOU.search(h)]
