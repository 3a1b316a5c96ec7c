"""The therapist-summary renderers (Markdown, CSV, PDF) draw exactly what a Summary holds: sections, numbers,
entries with hidden words left out, safe cells and text, and PDFs read back with pypdf."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from journal_app.core.timeutil import to_local
from journal_app.models.analytics_values import DateRange, TriggerTotals
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.exporting.csv_export import BOM, render_csv
from journal_app.services.exporting.markdown import render_markdown
from journal_app.services.exporting.summary import APP_FOOTER, Summary, SummaryEntry, TriggerLevel

CET = timezone(timedelta(hours=1))
MARCH = DateRange(date(2026, 3, 1), date(2026, 3, 14))
AF = TriggerLevel("Abandonment fear", "#D55E00", 7)
W = TriggerLevel("Withdrawal", "#0072B2", None)
PP = TriggerLevel("Push-pull", "#CC79A7", 4)


def _entry(n, day, hour, title, body, triggers=(), **more):
    when = datetime(2026, 3, day, hour, 40, tzinfo=CET)
    return SummaryEntry(id=n, occurred_at=when, title=title, body=body, triggers=triggers, **more)


SHOWN = _entry(1, 3, 21, "He didn't text back",
               "Sam said he'd call.\n# Not a heading\nI kept checking: marmalade.", (AF, W),
               people=("Sam", "Mum"), responses=("Sought reassurance", "Kept checking (phone, messages)"),
               repair="Partly")
HIDDEN = _entry(2, 5, 8, None, None, (PP,), people=("S.",), shared=False)


def _summary(**changes) -> Summary:
    summary = Summary(
        title="Summary for my therapist",
        range=MARCH,
        range_text="Since my last session: 1 Mar 2026 to 14 Mar 2026",
        prepared_on=date(2026, 3, 15),
        entries_in_range=9,
        totals=(TriggerTotals("abandonment-fear", "Abandonment fear", 3, 8, 6.5, 7.0),
                TriggerTotals("withdrawal", "Withdrawal", 4, 2, None, 5.0),
                TriggerTotals("push-pull", "Push|pull", 1, 1, 4.0, 4.0)),
        previous_text="the 14 days before",
        insights=("Abandonment fear came up 3 times in this period, down from 8 in the period before.",
                  "# not a heading either"),
        charts=(),
        report=None,
        entries=(SHOWN, HIDDEN),
        questions=("Why do I go quiet with Mum?", "1. Is this a list?"),
        note="I felt calmer this fortnight.\n## still my note",
        previous_entries=12,
    )
    return replace(summary, **changes)


# -- Markdown ------------------------------------------------------------------------------------------------
def test_markdown_sections_in_order():
    md = render_markdown(_summary())
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings == [
        "# Summary for my therapist", "## In numbers", "## What stands out", "## A note from me",
        "## Things I'd like to bring up", "## Entries", "### Tue 3 Mar 2026, 21:40 — He didn't text back",
        "### Thu 5 Mar 2026, 08:40",
    ]
    assert "Since my last session: 1 Mar 2026 to 14 Mar 2026" in md
    assert "Prepared on 15 Mar 2026." in md
    assert md.rstrip().endswith(f"*{APP_FOOTER}*")


def test_markdown_numbers_table():
    md = render_markdown(_summary())
    assert "| Trigger | This period | The 14 days before | Change |" in md
    assert "| Abandonment fear | 3 | 8 | down 5 |" in md
    assert "| Withdrawal | 4 | 2 | up 2 |" in md
    assert "| Push\\|pull | 1 | 1 | same |" in md  # a "|" in a name cannot split the row
    assert "9 entries in this period; 12 in the 14 days before." in md


def test_markdown_entry_details_and_quoted_words():
    md = render_markdown(_summary())
    assert "- Triggers: Abandonment fear 7, Withdrawal (not rated)" in md
    assert "- With: Sam, Mum" in md
    assert "- What I did: Sought reassurance; Kept checking (phone, messages)" in md
    assert "- Repair: Partly" in md
    assert "> Sam said he'd call.\n> \\# Not a heading\n> I kept checking: marmalade." in md
    assert "> I felt calmer this fortnight.\n> \\## still my note" in md
    assert "- \\# not a heading either" in md
    assert "- 1\\. Is this a list?" in md


def test_markdown_hidden_words():
    md = render_markdown(_summary())
    hidden = md[md.index("### Thu 5 Mar 2026, 08:40"):]
    assert "- Triggers: Push-pull 4" in hidden and "- With: S." in hidden
    assert "(Words kept private.)" in hidden
    assert md.count("(Words kept private.)") == 1


def test_markdown_leaves_out_what_is_empty():
    md = render_markdown(_summary(totals=(), insights=(), note=" ", questions=(), entries=()))
    assert [line for line in md.splitlines() if line.startswith("#")] == ["# Summary for my therapist"]
    assert "entries in this period" not in md and "Charts" not in md


# -- CSV -----------------------------------------------------------------------------------------------------
def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_header_and_trigger_columns():
    data = render_csv(_summary())
    assert not data.startswith(BOM)
    assert data.split(b"\r\n")[0] == (b"Date,Time,Title,Text,Abandonment fear,Withdrawal,Push-pull,"
                                      b"People,What I did,Repair,Shared,"
                                      b"What I told myself,A kinder thought,What they did,Came back together")
    _header, shown, hidden = _rows(data)
    assert shown == ["2026-03-03", "21:40", "He didn't text back", SHOWN.body, "7", "not rated", "",
                     "Sam; Mum", "Sought reassurance; Kept checking (phone, messages)", "Partly", "yes",
                     "", "", "", ""]
    assert hidden == ["2026-03-05", "08:40", "", "", "", "", "4", "S.", "", "", "no", "", "", "", ""]


def test_csv_bom_for_spreadsheets():
    data = render_csv(_summary(), bom=True)
    assert data.startswith(b"\xef\xbb\xbfDate,Time,")
    assert data[3:] == render_csv(_summary())


def test_csv_cells_never_become_formulas():
    risky = _entry(3, 6, 12, "=HYPERLINK(\"http://example.com\")", "+1 for me",
                   (TriggerLevel("@odd", "#000000", 2),), people=("-Sam",), repair="@once")
    _, row = _rows(render_csv(_summary(entries=(risky,))))
    header = _rows(render_csv(_summary(entries=(risky,))))[0]
    assert header[4] == "'@odd"
    assert row[2] == "'=HYPERLINK(\"http://example.com\")" and row[3] == "'+1 for me"
    assert row[5] == "'-Sam" and row[7] == "'@once"


def test_csv_round_trips_emoji_rtl_and_line_breaks():
    body = "שלום, מה שלומך? 😊\r\nA second line, with \"quotes\"\nand a third 🫶🏽"
    entry = _entry(4, 7, 23, "مرحبا 👋", body, (AF,), people=("Zoë", "محمد"))
    for bom in (False, True):
        data = render_csv(_summary(entries=(entry,)), bom=bom)
        text = data.decode("utf-8-sig")
        _, row = list(csv.reader(io.StringIO(text, newline="")))
        assert row[2:5] == ["مرحبا 👋", body, "7"]
        assert row[5] == "Zoë; محمد"


# -- PDF -----------------------------------------------------------------------------------------------------
pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def render_pdf(qapp):
    """render_pdf with the test QApplication in place (it makes a QGuiApplication only when none exists,
    which would keep later widget tests from getting their QApplication)."""
    from journal_app.services.exporting.pdf import render_pdf

    return render_pdf


def _read(data: bytes):
    assert data.startswith(b"%PDF-")
    return pypdf.PdfReader(io.BytesIO(data))


def _text(page) -> str:
    return " ".join(page.extract_text().split())  # words come out separated by tabs


def test_pdf_text_footer_and_pages(render_pdf):
    many = tuple(_entry(10 + i, 1 + i % 14, 9 + i % 12, f"Moment {i}",
                        " ".join(f"w{i}x{j}" for j in range(160)), (AF,)) for i in range(30))
    reader = _read(render_pdf(_summary(entries=(SHOWN, HIDDEN, *many))))
    pages = len(reader.pages)
    assert pages >= 3
    texts = [_text(page) for page in reader.pages]
    assert "Summary for my therapist" in texts[0]
    assert "Since my last session: 1 Mar 2026 to 14 Mar 2026" in texts[0]
    for n, text in enumerate(texts, start=1):
        assert APP_FOOTER in text and f"Page {n} of {pages}" in text
    everything = " ".join(texts)
    assert "marmalade" in everything
    assert "Tue 3 Mar 2026, 21:40 — He didn't text back" in everything
    assert "Abandonment fear 7, ■ Withdrawal (not rated)" in everything
    assert "(Words kept private.)" in everything
    assert "down 5" in texts[0] and "up 2" in texts[0] and "same" in texts[0]
    # every line once: a line starting right at a page break is not also drawn (clipped) on the page before
    words = everything.split()
    assert sorted(w for w in words if re.fullmatch(r"w\d+x\d+", w)) == sorted(
        f"w{i}x{j}" for i in range(30) for j in range(160))
    meta = reader.metadata
    assert meta.title == "Summary for my therapist" and meta.creator == "Relationship Patterns Journal"


def test_pdf_hidden_words_are_absent(render_pdf):
    secret = _entry(5, 9, 20, "Zanzibar title", "the word quixotic stays private", (AF,))
    hidden = replace(secret, title=None, body=None)
    shown = _text(_read(render_pdf(_summary(entries=(secret,)))).pages[-1])
    assert "quixotic" in shown and "Zanzibar" in shown
    text = " ".join(_text(page) for page in _read(render_pdf(_summary(entries=(hidden,)))).pages)
    assert "quixotic" not in text and "Zanzibar" not in text
    assert "Mon 9 Mar 2026, 20:40" in text and "(Words kept private.)" in text


@pytest.mark.parametrize("size, width, height", [("A4", 595, 842), ("Letter", 612, 792)])
def test_pdf_page_size(render_pdf, size, width, height):
    reader = _read(render_pdf(_summary(page_size=size)))
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - width) <= 2
        assert abs(float(page.mediabox.height) - height) <= 2


# -- from a real journal -------------------------------------------------------------------------------------
def _save(journal, when, marks, title, body, people=()):
    ids = {t.slug: t.id for t in journal.triggers()}
    form = EntryForm(occurred_at=datetime.fromisoformat(when), title=title, body=body,
                     triggers=tuple(TriggerMark(ids[slug], level) for slug, level in marks),
                     person_ids=tuple(journal.add_person(name).id for name in people), shared=True)
    return journal.save(form)


@pytest.fixture
def real_summary(journal):
    from journal_app.services import analytics

    saved = [
        _save(journal, "2026-03-02 21:40", [("abandonment-fear", 8)], "Left on read",
              "Priya hasn't answered.", ["Priya"]),
        _save(journal, "2026-03-06 19:10", [("withdrawal", 5), ("push-pull", None)], "Dinner",
              "I went quiet.", ["Mum"]),
        _save(journal, "2026-03-11 22:05", [("abandonment-fear", 4)], "Plans changed",
              "Sam moved our evening.", ["Sam"]),
        _save(journal, "2026-02-20 10:00", [("abandonment-fear", 9)], "Before", "The period before."),
    ]
    report = analytics.pattern_report(journal, MARCH, today=date(2026, 3, 14))
    entries = tuple(
        SummaryEntry(id=e.id, occurred_at=to_local(e.occurred_at), title=e.title, body=e.body,
                     triggers=tuple(TriggerLevel(c.name, c.colour, c.intensity) for c in e.triggers),
                     people=tuple(p.name for p in e.people))
        for e in saved[:3]
    )
    return _summary(entries_in_range=report.entries, previous_entries=report.previous_entries, totals=report.totals,
                    insights=report.insights, charts=("counts", "intensity", "responses"), report=report,
                    entries=entries, note="", questions=())


def test_real_report_in_markdown(real_summary):
    md = render_markdown(real_summary)
    # the journal began on 20 February, partway through the 14 days before: that period is not compared
    assert "| Abandonment fear | 2 | – | – |" in md
    assert "3 entries in this period; nothing earlier to compare with." in md
    charts = md[md.index("## Charts"):md.index("## Entries")]
    assert len(re.findall(r"^- ", charts, flags=re.M)) == 3
    assert "How often each trigger came up" in charts
    assert "### Mon 2 Mar 2026, 21:40 — Left on read" in md and "> Priya hasn't answered." in md


def test_real_report_in_csv(real_summary):
    header, *rows = _rows(render_csv(real_summary))
    assert header[4:7] == ["Abandonment fear", "Withdrawal", "Push-pull"]
    assert [row[4:7] for row in rows] == [["8", "", ""], ["", "5", "not rated"], ["4", "", ""]]


def test_real_report_in_pdf_has_charts_on_the_first_page(render_pdf, real_summary):
    reader = _read(render_pdf(real_summary))
    first = reader.pages[0]
    assert len(first.images) >= 1
    assert sum(len(page.images) for page in reader.pages) == 3
    text = " ".join(_text(page) for page in reader.pages)
    assert "How often each trigger came up" in text  # the text alternative, under its chart
    assert "Sam moved our evening." in text
