"""The summary speaks in one voice: the client's own first person, to their therapist.

The cycle's sentences come in two voices (services/cycle_sentences.py): "you" on screen (Patterns ▸ Cycle), where
the app speaks to the client, and "me" in the summary. Both say the same numbers in the same order; the summary's
say "I"/"me"/"my"/"we" (German "ich/mir/mein/wir") and never "you" (German "du/dir/dich/dein/ihr/euch"). The rest of
the summary built here (which entries the numbers count, the "What I did" chart's title and text alternative, people
shown by role) says "I" too, while the screen keeps its wording."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.core import i18n
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import RepairNumbers, RepairPoint, Step
from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import RESPONSES, EntryForm, TriggerMark
from journal_app.services import cycle_sentences, cycles
from journal_app.services.cycle_sentences import sentences, step_phrase
from journal_app.services.exporting.build import build_summary, counts_text
from journal_app.services.exporting.markdown import chart_alternatives, render_markdown
from journal_app.services.exporting.summary import SummaryOptions
from journal_app.services.journal import Journal
from tests import cycle_builders as plan_mod
from tests.services.test_cycles import HALF_YEAR, SPRING

YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)
DU = re.compile(r"\b(?:du|dir|dich|dein\w*|ihr|euch|euer\w*)\b", re.IGNORECASE)
MINE_EN = re.compile(r"\b(?:I|me|my|myself|we)\b")
MINE_DE = re.compile(r"\b(?:ich|mir|mich|mein\w*|wir)\b", re.IGNORECASE)
NUMBERS = re.compile(r"\d+")
START = datetime(2026, 3, 2, 9, tzinfo=UTC)
MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    journal = Journal.open(tmp_path_factory.mktemp("voice") / "journal", create=True)
    plan_mod.build(journal)
    yield journal
    journal.close()


@pytest.fixture(params=["en", "de"])
def language(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


def _voices(report) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return sentences(report, voice="you"), sentences(report, voice="me")


def _assert_first_person(said: tuple[str, ...] | list[str], language: str) -> None:
    yours, mine = (YOU, MINE_EN) if language == "en" else (DU, MINE_DE)
    assert not [s for s in said if yours.search(s)], said
    assert any(mine.search(s) for s in said), said


@pytest.mark.parametrize("rng", [SPRING, HALF_YEAR])
def test_both_voices_say_the_same_numbers(planted, language, rng):
    report = cycles.cycle_report(planted, rng)
    yours, mine = _voices(report)
    assert len(yours) == len(mine) >= 4
    assert [NUMBERS.findall(s) for s in yours] == [NUMBERS.findall(s) for s in mine]
    assert report.sentences == yours  # the screen keeps "you"
    assert any((YOU if language == "en" else DU).search(s) for s in yours)
    _assert_first_person(mine, language)
    assert yours != mine


def test_every_step_has_a_first_person_phrase(language):
    reassured = Step("they", "reassured", i18n.translate("moves", cycle_sentences._BUILTIN_MOVE_NAMES["reassured"]))
    steps = [Step("belief", "1", "They'll leave"), Step("did", "own", "Wrote a letter"),
             *(Step("did", key) for key in RESPONSES), reassured,
             *(Step("outcome", key) for key in ("repaired", "not-yet", "not-needed"))]
    mine = [step_phrase(s, "Sam", "me") for s in steps]
    yours = [step_phrase(s, "Sam", "you") for s in steps]
    assert all(mine) and all(yours)
    _assert_first_person([p for p in mine if p], language)
    assert mine[-1] == yours[-1]  # no repair was needed: nobody's doing
    assert step_phrase(reassured, "Sam", "me") in (
        "Sam reassured me", "Sam hat mich beruhigt")


def _point(hours: float, first: str | None = None) -> RepairPoint:
    return RepairPoint(date(2026, 3, 2), hours, first, 1, 2)


@pytest.mark.parametrize("before", [None, (1, 4), (3, 4), (2, 4)])  # up, down, the same as the period before
def test_repair_sentences_in_both_voices(planted, language, before):
    cycle = cycles.cycle_report(planted, SPRING).people[0]
    now = RepairNumbers(6, 4, 4, (_point(3, "me"), _point(20, "them"), _point(30, "me"), _point(60)))
    previous = None if before is None else RepairNumbers(
        5, before[1], before[1], tuple(_point(5 if i < before[0] else 50) for i in range(before[1])))
    cycle = replace(cycle, repair=now, previous_repair=previous)
    yours, mine = cycle_sentences.repair_sentences(cycle, "you"), cycle_sentences.repair_sentences(cycle, "me")
    assert len(yours) == len(mine) == 3
    assert [NUMBERS.findall(s) for s in yours] == [NUMBERS.findall(s) for s in mine]
    _assert_first_person(mine, language)
    unlinked = replace(cycle, repair=RepairNumbers(6, 4, 3))
    _assert_first_person(cycle_sentences.repair_sentences(unlinked, "me"), language)


@pytest.fixture
def shared(journal):
    sam = journal.add_person("Sam", "partner")
    fear, quiet = journal.trigger("abandonment-fear").id, journal.move("went-quiet").id
    belief = journal.add_belief("They'll leave")
    for i in range(6):
        journal.save(EntryForm(
            occurred_at=START + timedelta(days=3 * i), body="Sam didn't call.", shared=True,
            triggers=(TriggerMark(fear, 6),), person_ids=(sam.id,),
            responses=("kept-checking",) if i % 2 else ("named-my-need",),
            beliefs=(BeliefMark(belief.id, 80 - 5 * i),), moves=(MoveMark(sam.id, quiet),),
            repair="yes" if i % 3 else "not-yet"))
    return journal


@pytest.mark.parametrize("people", ["name", "role"])
def test_the_summary_says_i_and_the_screen_says_you(shared, language, people):
    options = SummaryOptions(MARCH, include_cycle=True, people=people, charts=("responses",))
    summary = build_summary(shared, options, today=date(2026, 4, 2))
    assert summary.cycle is not None and summary.cycle.sentences
    _assert_first_person(summary.cycle.sentences, language)
    on_screen = cycles.cycle_report(shared, MARCH).sentences
    assert [NUMBERS.findall(s) for s in on_screen] == [NUMBERS.findall(s) for s in summary.cycle.sentences]
    assert any((YOU if language == "en" else DU).search(s) for s in on_screen)
    markdown = render_markdown(summary)
    cycle_part = markdown[markdown.index("## " + i18n.trans("export", "The cycle")):]
    cycle_part = cycle_part[:cycle_part.index("\n## ")] if "\n## " in cycle_part else cycle_part
    assert not (YOU if language == "en" else DU).search(cycle_part), cycle_part
    counted = counts_text(6, count_private=False)
    assert counted in markdown
    _assert_first_person([counted, counts_text(0, count_private=False)], language)
    (_, alternative), = chart_alternatives(summary)
    title = "What I did in triggered moments" if language == "en" else "Was ich in Momenten mit Auslöser getan habe"
    assert alternative.startswith(title)
    _assert_first_person([alternative], language)


def test_the_screen_chart_keeps_its_title_and_the_pdf_says_mine(shared, qapp, monkeypatch):
    from journal_app import charts
    from journal_app.charts import LIGHT
    from journal_app.services import analytics
    from journal_app.services.exporting import pdf
    from journal_app.services.exporting.markdown import SUMMARY_CHART_WORDS

    report = analytics.pattern_report(shared, MARCH, today=date(2026, 4, 2))
    asked: list[str] = []
    _figure, alternative = charts.build(report, "responses", LIGHT, lambda text: asked.append(text) or text)
    assert set(SUMMARY_CHART_WORDS) <= set(asked)  # the summary's words follow the chart's marks exactly
    _figure, alternative = charts.build(report, "responses")
    assert alternative.startswith("What you did in triggered moments") and "what you did noted in" in alternative
    real, titles = charts.build, []

    def watched(report, which, theme, translate):
        titles.append(translate("What you did in triggered moments"))
        return real(report, which, theme, translate)

    monkeypatch.setattr(charts, "build", watched)
    summary = build_summary(shared, SummaryOptions(MARCH, charts=("responses",)), today=date(2026, 4, 2))
    assert pdf._charts(summary) and titles == ["What I did in triggered moments"]
