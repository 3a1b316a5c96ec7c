"""The cycle in the therapist summary's PDF (issue 20), read back with pypdf, and its numbers in the PDF and the
Markdown checked against the plan of a generated journal (tests/cycle_builders.py), worked out here in plain Python.
Private entries and the people not chosen stay out of the cycle's part of the PDF, the Markdown and the CSV, and
with initials no full name reaches any of them."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from journal_app.core import i18n
from journal_app.models.analytics_values import DateRange
from journal_app.models.values import RESPONSES
from journal_app.services.exporting import cycle_tables
from journal_app.services.exporting.build import build_summary
from journal_app.services.exporting.render import render
from journal_app.services.exporting.summary import SummaryOptions
from journal_app.services.journal import Journal
from tests import cycle_builders as plan_mod
from tests.cycle_builders import Moment
from tests.services.test_summary_paper import (  # dark_theme: a fixture
    _WORD,
    DPI,
    GROUND_MIN,
    INK_MAX,
    _box,
    _lightness,
    dark_theme,  # noqa: F401
    needs_poppler,
)

YEAR = DateRange(date(2025, 1, 1), date(2025, 12, 31))
TODAY = date(2026, 1, 5)
SECRET_BELIEF = "Zanzibar owls never call back"  # only on a private moment with Sam
ALEX_BELIEF = "Quokkas keep score"  # only on moments with Alex (not chosen)


def _plan(seed: int) -> tuple[Moment, ...]:
    """A random plan, plus one private moment with Sam and a shared one with Alex alone, each with a belief of
    its own."""
    extra = (
        Moment(datetime(2025, 5, 5, 8, tzinfo=plan_mod.BERLIN), (("withdrawal", 6),), ((SECRET_BELIEF, 60),),
               ("went-quiet",), ("Sam",), {"Sam": ("criticised",)}, "not-yet", shared=False),
        Moment(datetime(2025, 5, 6, 8, tzinfo=plan_mod.BERLIN), (("withdrawal", 6),), ((ALEX_BELIEF, 60),),
               ("went-quiet",), ("Alex",), {"Alex": ("criticised",)}, "not-yet", shared=True),
    )
    return (*plan_mod.random_plan(seed), *extra)


@pytest.fixture(scope="module", params=[4, 7])
def generated(request, tmp_path_factory, qapp):  # qapp: the PDF lays out with the tests' QApplication
    plan = _plan(request.param)
    folder = tmp_path_factory.mktemp(f"cycle-export-{request.param}") / "journal"
    journal = Journal.open(folder, create=True)
    plan_mod.build(journal, plan)
    yield journal, plan
    journal.close()


def _options(journal: Journal, **changes) -> SummaryOptions:
    chosen = (journal.person("Sam").id, journal.person("Jo").id)
    return replace(SummaryOptions(YEAR, people="initial", include_cycle=True, cycle_people=chosen), **changes)


def _pdf_text(data: bytes) -> str:
    """The PDF's words, each run of white space one space (pypdf puts tabs between words), ligatures (ﬁ) undone."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return _flat(unicodedata.normalize("NFKC", text))


def _cycle_part_of_pdf(data: bytes) -> str:
    """The text of the cycle's pages: from its heading to the entries' heading."""
    text = _pdf_text(data)
    return text[text.index("The cycle"):text.rindex("Entries")]


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- what the plan says, worked out here ------------------------------------------------------------------------------
def _counted(m: Moment, shared_only: bool) -> bool:
    day = m.at.astimezone(plan_mod.BERLIN).date()
    return not m.trashed and bool(m.triggers) and YEAR.start <= day <= YEAR.end and (m.shared or not shared_only)


def _truest(items):
    """The first of the items with the highest value (an unrated one counts lowest)."""
    best = None
    for name, value in items:
        if best is None or (value is not None and (best[1] is None or value > best[1])):
            best = (name, value)
    return None if best is None else best[0]


def _ended(m: Moment) -> str | None:
    if m.repaired_after is not None or m.repair in ("yes", "partly"):
        return "Repaired"
    return {"not-yet": "Not repaired yet", "not-needed": "No repair needed"}.get(m.repair or "")


def expected_rows(journal: Journal, plan, person: str, shared_only: bool = True) -> list[tuple[str, ...]]:
    """The chains with `person` as the table shows them: the top five, most frequent first (ties: first seen)."""
    triggers = {t.slug: t.name for t in journal.triggers()}
    moves = {m.slug: m.name for m in journal.moves()}
    did = {key: label for key, label, _ in RESPONSES}
    held: dict[tuple, int] = {}
    for m in sorted((m for m in plan if _counted(m, shared_only) and person in m.people), key=lambda m: m.at):
        theirs = m.moves.get(person, ())
        belief = _truest(m.beliefs)
        key = (triggers[_truest(m.triggers)], belief or "–", did[m.did[0]] if m.did else "–",
               moves[theirs[0]] if theirs else "–", _ended(m) or "–")
        held[key] = held.get(key, 0) + 1
    order = sorted(held, key=lambda k: -held[k])[:5]
    return [(*k, str(held[k])) for k in order]


def expected_repair(plan, person: str, shared_only: bool = True) -> tuple[str, ...]:
    mine = [m for m in plan if _counted(m, shared_only) and person in m.people]
    ends = [_ended(m) for m in mine]
    needed = sum(e in ("Repaired", "Not repaired yet") for e in ends)
    linked = [m for m in mine if m.repaired_after is not None]
    return (f"{ends.count('Repaired')} / {needed}", str(sum(m.repaired_after <= 24 for m in linked)),
            str(sum(m.reached_first == "me" for m in linked)), str(sum(m.reached_first == "them" for m in linked)))


def expected_ratings(plan, people: tuple[str, ...], shared_only: bool = True) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in plan:
        day = m.at.astimezone(plan_mod.BERLIN).date()
        if m.trashed or not YEAR.start <= day <= YEAR.end or (shared_only and not m.shared):
            continue
        if not set(m.people) & set(people):
            continue
        for text, strength in m.beliefs:
            if strength is not None:
                counts[text] = counts.get(text, 0) + 1
    return counts


# -- the tests ----------------------------------------------------------------------------------------------------
def test_the_pdf_has_the_cycle_page(generated):
    journal = generated[0]
    summary = build_summary(journal, _options(journal), today=TODAY)
    part = _flat(_cycle_part_of_pdf(render(summary, "pdf")))
    assert summary.cycle is not None and summary.cycle.sentences
    for sentence in summary.cycle.sentences:
        assert _flat(sentence) in part
    for heading in ("With S.", "With J.", "How true each belief felt"):
        assert heading in part
    assert "The cycle" not in _pdf_text(render(replace(summary, cycle=None), "pdf"))


def test_the_numbers_match_the_plan(generated):
    journal, plan = generated
    summary = build_summary(journal, _options(journal), today=TODAY)
    assert summary.cycle is not None
    tables = {t.title: t for t in cycle_tables.chain_tables(summary.cycle)}
    assert set(tables) == {"With S.", "With J."}  # Alex not chosen
    for name, shown in (("Sam", "S."), ("Jo", "J.")):
        assert list(tables[f"With {shown}"].rows) == expected_rows(journal, plan, name)  # beliefs have no names
    repair = cycle_tables.repair_table(summary.cycle)
    assert repair is not None
    for row in repair.rows:
        name = {"S.": "Sam", "J.": "Jo"}[row[0]]
        assert (row[1], row[2], row[4], row[5]) == expected_repair(plan, name)
    beliefs = cycle_tables.belief_table(summary.cycle)
    assert beliefs is not None
    assert {row[0]: int(row[1]) for row in beliefs.rows if row[1] != "0"} == expected_ratings(plan, ("Sam", "Jo"))
    # the Markdown and the PDF draw these same rows
    md = render(summary, "md").decode("utf-8")
    pdf = _flat(_cycle_part_of_pdf(render(summary, "pdf")))
    for table in (*tables.values(), repair, beliefs):
        for row in table.rows:
            assert "| " + " | ".join(row) + " |" in md
            assert _flat(" ".join(row)) in pdf or all(_flat(c) in pdf for c in row)


def test_private_entries_and_people_not_chosen_stay_out(generated):
    journal = generated[0]
    summary = build_summary(journal, _options(journal), today=TODAY)
    pdf, md = _cycle_part_of_pdf(render(summary, "pdf")), render(summary, "md").decode("utf-8")
    csv_text = render(summary, "csv").decode("utf-8")
    md_cycle = md[md.index("## The cycle"):md.index("## Entries")]
    for text in (_flat(pdf), md_cycle):
        assert SECRET_BELIEF not in text  # a private moment's belief
        assert ALEX_BELIEF not in text and "With A." not in text and "A. " not in text  # Alex was not chosen
    assert SECRET_BELIEF not in md and SECRET_BELIEF not in csv_text  # nor in the entries
    rows = list(csv.reader(io.StringIO(csv_text, newline="")))
    told = rows[0].index("What I told myself")
    assert all(SECRET_BELIEF not in row[told] for row in rows[1:])
    for text in (_pdf_text(render(summary, "pdf")), md, csv_text):  # initials: no full name anywhere
        assert not any(re.search(rf"\b{name}\b", text) for name in plan_mod.RANDOM_PEOPLE)  # ("Journal" is fine)
    # counted on purpose: its numbers are in, its words (its belief too) stay out, everywhere
    counted = build_summary(journal, _options(journal, count_private=True), today=TODAY)
    assert counted.cycle is not None and "a belief kept private" in {t.text for t in counted.cycle.beliefs}
    for fmt in ("pdf", "md", "csv"):
        data = render(counted, fmt)
        assert "Zanzibar" not in (_pdf_text(data) if fmt == "pdf" else data.decode("utf-8")), fmt


def test_a_belief_only_on_entries_whose_words_are_left_out_keeps_its_words(generated):
    """Words unticked on every entry but those of one belief's first moment: that belief's words may be shown, no
    other's; the numbers stay the same."""
    from journal_app.services.exporting.build import range_entries

    journal = generated[0]
    summary = build_summary(journal, _options(journal), today=TODAY)
    assert summary.cycle is not None
    shown = next(t for t in summary.cycle.beliefs if t.points)
    hidden = frozenset(e.id for e in range_entries(journal, YEAR)) - {shown.points[0].entry_id}
    left_out = build_summary(journal, _options(journal, text_hidden=hidden), today=TODAY)
    assert left_out.cycle is not None
    on_it = {b.belief_id for e in range_entries(journal, YEAR, ids=(shown.points[0].entry_id,)) for b in e.beliefs}
    assert [(t.belief_id, t.text if t.belief_id in on_it else "a belief kept private", t.points)
            for t in summary.cycle.beliefs] == [(t.belief_id, t.text, t.points) for t in left_out.cycle.beliefs]
    md = render(left_out, "md").decode("utf-8")
    section = md[md.index("## The cycle"):md.index("## Entries")]
    for trend in summary.cycle.beliefs:
        if trend.belief_id not in on_it:
            assert f"“{trend.text}”" not in section and f"| {trend.text} |" not in section
    assert f"| {shown.text} |" in section and "a belief kept private" in section


@needs_poppler
def test_the_cycle_page_in_german(generated, tmp_path):
    journal = generated[0]
    i18n.set_language("de")
    try:
        summary = build_summary(journal, _options(journal), today=TODAY)
        pdf = render(summary, "pdf")
    finally:
        i18n.set_language("en")
    part = _flat(_cycle_part_of_pdf_de(pdf))
    assert "Mit S." in part and "Wie wahr sich jeder Glaubenssatz angefühlt hat" in part
    # long German words in narrow columns of numbers are not broken in two (a broken one is two words on the page)
    (tmp_path / "de.pdf").write_bytes(pdf)
    boxes = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "de.pdf"), "-"], check=True, capture_output=True,
                           text=True, timeout=60).stdout
    words = {m[5] for m in _WORD.finditer(boxes)}
    for whole in ("Einschätzungen", "zueinandergefunden"):
        pieces = {w for w in words if w != whole and len(w) >= 4 and (whole.startswith(w) or whole.endswith(w))}
        assert not pieces, (whole, pieces)


def _cycle_part_of_pdf_de(data: bytes) -> str:
    text = _pdf_text(data)
    return text[text.index("Der Kreislauf"):text.rindex("Einträge")]


@needs_poppler
@pytest.mark.usefixtures("dark_theme")
def test_the_cycle_page_is_ink_on_paper_with_the_dark_theme_on(generated, tmp_path):
    """The window's dark theme once made the PDF blank: the cycle's page is dark words on white, its diagram drawn."""
    journal = generated[0]
    pdf = render(build_summary(journal, _options(journal), today=TODAY), "pdf")
    source = tmp_path / "summary.pdf"
    source.write_bytes(pdf)
    pages = [_flat(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    page = next(n for n, text in enumerate(pages, 1) if text.startswith("The cycle"))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(source), str(tmp_path / "page")], check=True, timeout=60)
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(source), "-"], check=True,
                           capture_output=True, text=True, timeout=60).stdout
    scale = DPI / 72
    words = [(m[5], tuple(float(v) * scale for v in m.groups()[:4])) for m in _WORD.finditer(boxes)]
    image = QImage(str(tmp_path / "page.png"))
    for word in ("cycle", "Trigger", "Moments"):
        darkest, lightest = _lightness(image, _box(words, word))
        assert darkest <= INK_MAX and lightest >= GROUND_MIN, (word, darkest, lightest)
    assert QColor(image.pixel(image.width() // 2, 5)).lightness() == 255  # white paper
    # the diagram: boxes in the palette's colours (orange triggers, blue "what I did"), not a blank or dark area
    colours = {QColor(image.pixel(x, y)).name()
               for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)}
    coloured = [c for c in colours if QColor(c).saturation() > 120 and QColor(c).lightness() > 60]
    assert len(coloured) > 10


def test_no_moments_with_the_people_chosen_says_so(generated):
    journal = generated[0]
    july = DateRange(date(2024, 7, 1), date(2024, 7, 31))  # before any moment
    for private, words in ((False, "There are no shared moments with a trigger with the people chosen for the cycle"),
                           (True, "There are no moments with a trigger with the people chosen for the cycle")):
        summary = build_summary(journal, _options(journal, date_range=july, count_private=private), today=TODAY)
        assert summary.cycle is not None and summary.cycle.sentences[0].startswith(words)
        assert words in render(summary, "md").decode("utf-8")
    everyone = build_summary(journal, _options(journal, date_range=july, cycle_people=()), today=TODAY)
    assert everyone.cycle is not None and "people chosen" not in everyone.cycle.sentences[0]
