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
from journal_app.models.analytics_values import DateRange, ResponseTotals
from journal_app.models.cycle_report import RepairNumbers, RepairPoint, Step
from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import RESPONSES, EntryForm, TriggerMark
from journal_app.services import analytics, cycle_sentences, cycles, insights
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


# -- "What stands out" (services/insights.py): the same two voices ----------------------------------------------------
MINE_AT_START = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e)\b")  # "My journal began on ..."
def _insight_voices(report) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return insights.sentences(report, today=TODAY, voice="you"), insights.sentences(report, today=TODAY, voice="me")


@pytest.fixture(scope="module", params=[4, 7])
def generated(request, tmp_path_factory):
    """A generated journal (tests/cycle_builders.random_plan): moments at random over 2025, after one entry in
    June 2024 that starts the journal."""
    journal = Journal.open(tmp_path_factory.mktemp(f"insight-voice-{request.param}") / "journal", create=True)
    plan_mod.build(journal, plan_mod.random_plan(request.param))
    yield journal
    journal.close()


INSIGHT_RANGES = (
    DateRange(date(2025, 4, 1), date(2025, 6, 30)),  # compared with the 3 months before
    DateRange(date(2025, 10, 6), date(2026, 1, 4)),  # ends "today": "in the last 3 months"
    DateRange(date(2024, 5, 1), date(2025, 12, 31)),  # the journal began within this period
    DateRange(date(2024, 9, 1), date(2025, 2, 28)),  # the journal began partway through the period before
    DateRange(date(2025, 1, 1), date(2025, 1, 20)),  # a few entries only
)
TODAY = date(2026, 1, 4)


@pytest.mark.parametrize("shared_only", [False, True])
def test_both_voices_of_insights_say_the_same_numbers(generated, language, shared_only):
    said_you = said_me = 0
    for rng in INSIGHT_RANGES:
        report = analytics.pattern_report(generated, rng, today=TODAY, shared_only=shared_only)
        yours, mine = _insight_voices(report)
        assert report.insights == yours  # the screen (and `journal-app stats`) keep "you"
        assert len(yours) == len(mine) >= 1, rng
        assert [NUMBERS.findall(s) for s in yours] == [NUMBERS.findall(s) for s in mine], rng
        assert not [s for s in mine if (YOU if language == "en" else DU).search(s)], mine
        said_you += sum(bool((YOU if language == "en" else DU).search(s)) for s in yours)
        said_me += sum(bool((MINE_AT_START if language == "en" else MINE_DE).search(s)) for s in mine)
        _assert_differ_where_they_speak_of_me(yours, mine, language)
    assert said_you >= 4 and said_me >= said_you


def _assert_differ_where_they_speak_of_me(yours, mine, language: str) -> None:
    """Every sentence that says "you" says "I"/"we" instead; the others (how often a trigger came up) are the
    same, except repair's, which says "we came back together" where the screen says "were repaired"."""
    yours_re, mine_re = (YOU, MINE_AT_START) if language == "en" else (DU, MINE_DE)
    for you, me in zip(yours, mine, strict=True):
        if yours_re.search(you):
            assert me != you and mine_re.search(me), (you, me)
        assert (me == you) or mine_re.search(me), (you, me)


def _totals(moments: int, recorded: int, named: int, answered: int, repaired: int) -> ResponseTotals:
    return ResponseTotals(moments, {}, named, repaired, recorded, answered)


@pytest.mark.parametrize(("cur", "prev"), [
    (_totals(9, 6, 2, 5, 3), None), (_totals(9, 6, 2, 5, 3), _totals(7, 4, 1, 4, 1)),
    (_totals(9, 6, 2, 5, 3), _totals(7, 0, 0, 0, 0)), (_totals(9, 0, 0, 5, 3), None),
    (_totals(9, 6, 2, 0, 0), _totals(7, 4, 1, 4, 1)), (_totals(9, 0, 0, 0, 0), None),
])
def test_every_insight_about_what_i_did_has_a_first_person_sentence(spring, language, cur, prev):
    report = replace(spring, responses=cur, previous_responses=prev)
    now, before = insights.range_words(report, TODAY)
    yours, mine = (insights._security_sentences(report, now, before, True, voice) for voice in ("you", "me"))
    assert len(yours) == len(mine) >= 1
    assert [NUMBERS.findall(s) for s in yours] == [NUMBERS.findall(s) for s in mine]
    assert not [s for s in mine if (YOU if language == "en" else DU).search(s)], mine
    _assert_differ_where_they_speak_of_me(yours, mine, language)
    if cur.recorded or cur.repair_answered:
        assert yours != mine
    if language == "de" and cur.repair_answered:
        assert "haben wir bei" in mine[-1] and "wieder zueinandergefunden" in mine[-1]


@pytest.fixture(scope="module")
def spring(generated):
    """A report of the generated journal, its sentences' inputs replaced below."""
    return analytics.pattern_report(generated, INSIGHT_RANGES[0], today=TODAY)


@pytest.mark.parametrize(("first", "previous", "previous_entries"), [
    (date(2025, 4, 1), None, None), (date(2025, 4, 20), None, None), (date(2025, 2, 1), None, None),
    (date(2024, 6, 1), DateRange(date(2024, 12, 31), date(2025, 3, 31)), 0),
])
def test_every_comparison_note_has_a_first_person_sentence(spring, language, first, previous, previous_entries):
    report = replace(spring, first_day=first, previous=previous, previous_entries=previous_entries)
    yours, mine = (insights.comparison_note(report, "before", voice) for voice in ("you", "me"))
    assert yours and mine and yours != mine
    assert NUMBERS.findall(yours) == NUMBERS.findall(mine)
    yours_re, mine_re = (YOU, MINE_AT_START) if language == "en" else (DU, MINE_DE)
    assert yours_re.search(yours) and not yours_re.search(mine) and mine_re.search(mine), mine


def _pdf_words(data: bytes) -> str:
    """The PDF's words read back with pypdf, each run of white space one space, ligatures (ﬁ) undone."""
    import io
    import unicodedata

    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize(("rng", "count_private", "people"), [
    (INSIGHT_RANGES[0], True, "name"), (INSIGHT_RANGES[1], False, "initial"), (INSIGHT_RANGES[3], True, "initial")])
def test_what_stands_out_in_the_summary_says_i(generated, language, qapp, rng, count_private, people):
    from journal_app.services.exporting.render import render

    options = SummaryOptions(rng, include_numbers=False, charts=(), include_entries=False,
                             count_private=count_private, people=people)
    summary = build_summary(generated, options, today=TODAY)
    yours_re = YOU if language == "en" else DU
    on_screen = analytics.pattern_report(generated, rng, today=TODAY, shared_only=not count_private).insights
    assert any(yours_re.search(s) for s in on_screen)  # the screen keeps "you"
    assert [NUMBERS.findall(s) for s in summary.insights] == [NUMBERS.findall(s) for s in on_screen]
    assert not [s for s in summary.insights if yours_re.search(s)], summary.insights
    if people == "name":  # (by initial, "Sam" is "S." in the summary)
        _assert_differ_where_they_speak_of_me(on_screen, summary.insights, language)
    heading = i18n.trans("export", "What stands out")
    markdown = render_markdown(summary)
    part = " ".join(markdown[markdown.index(f"## {heading}"):].split())  # no-break spaces as spaces
    assert all(" ".join(s.split()) in part for s in summary.insights), part
    assert not yours_re.search(part), part
    pdf = _pdf_words(render(summary, "pdf"))
    part = pdf[pdf.index(heading):]
    assert all(" ".join(s.split()) in part for s in summary.insights), part
    assert not yours_re.search(part), part
