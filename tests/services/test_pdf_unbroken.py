"""A PDF of a very long unbroken string (issue 14, item 14): a million characters without a space took Qt
18-133 s to lay out (the time grows with the square of the run). With invisible break opportunities in long
runs it takes about as long as ordinary text, and every character is still in the PDF, in order."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime

import pytest

from journal_app.models.analytics_values import DateRange
from journal_app.services.exporting import pdf
from journal_app.services.exporting.render import render
from journal_app.services.exporting.summary import Summary, SummaryEntry

pytestmark = pytest.mark.gui

LETTERS = "абвгдеж"  # found nowhere else on the page, so the body can be picked out of the PDF's text
MILLION = 1_000_000


def summary_with(body: str) -> Summary:
    """A summary with one shared entry (built directly: the journal's own limits are not the point here)."""
    entry = SummaryEntry(id=1, occurred_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC), title="Long",
                         body=body)
    return Summary(title="Summary for my therapist", range=DateRange(date(2026, 3, 1), date(2026, 3, 31)),
                   range_text="1 Mar 2026 to 31 Mar 2026", prepared_on=date(2026, 3, 31), entries_in_range=1,
                   totals=(), previous_text="", insights=(), charts=(), report=None, entries=(entry,),
                   questions=(), note="")


def timed_pdf(body: str) -> tuple[bytes, float]:
    started = time.perf_counter()
    data = render(summary_with(body), "pdf")
    return data, time.perf_counter() - started


def test_a_million_characters_without_a_space_render_quickly_and_completely(qapp):
    from pypdf import PdfReader

    body = (LETTERS * (MILLION // len(LETTERS) + 1))[:MILLION]
    data, took = timed_pdf(body)
    words = " ".join(["word"] * (MILLION // 5))  # the same length in ordinary words, for comparison
    _, ordinary = timed_pdf(words)
    print(f"PDF of {MILLION:,} unbroken characters: {took:.2f} s (ordinary words: {ordinary:.2f} s)")
    assert took < 30
    assert took < 4 * ordinary + 1  # not quadratic: it was 20 times slower than ordinary text
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "".join(ch for ch in text if ch in LETTERS) == body  # every character, in order
    assert "\u200b" not in text


def test_breakable_touches_only_long_runs():
    assert pdf.breakable("short words stay as they are") == "short words stay as they are"
    run = "x" * (pdf.LONG_RUN)
    assert pdf.breakable(run) == run  # at the limit: left alone
    longer = "see " + "y" * (pdf.LONG_RUN + 1) + " and " + "z" * 50
    broken = pdf.breakable(longer)
    assert broken.replace(pdf.ZWSP, "") == longer
    pieces = broken.split(" ")[1].split(pdf.ZWSP)
    assert all(len(p) <= pdf.BREAK_EVERY for p in pieces) and len(pieces) > 1
    assert broken.endswith("z" * 50)


@pytest.mark.parametrize("unit", ["e\u0301", "👩🏽‍❤️‍👨🏻", "🇩🇪", "❤️", "ก่"])
def test_breakable_never_splits_a_character(unit):
    text = unit * (pdf.LONG_RUN * 2 // len(unit) + 7)
    broken = pdf.breakable(text)
    assert broken != text
    assert all(piece and len(piece) % len(unit) == 0 and piece == unit * (len(piece) // len(unit))
               for piece in broken.split(pdf.ZWSP))
