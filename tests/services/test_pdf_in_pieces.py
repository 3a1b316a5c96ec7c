"""A summary PDF is laid out a few entries at a time (pdf.LAYOUT_PIECE characters of HTML): Qt reads and lays
out HTML holding Python's GIL, and a year's summary read at once held the worker, and so the window, for
seconds. In pieces it is the same document: the same pages with the same words as when laid out at once, no
paragraph running on to the next page (its words would be in both pages' text) and no line cut by a page
break."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from journal_app.services.exporting import pdf
from journal_app.services.exporting.summary import SummaryEntry
from tests.services.test_summary_renderers import AF, HIDDEN, PP, SHOWN, W, _summary

pytestmark = pytest.mark.gui

WORDS = ("quiet", "evening", "phone", "again", "said", "felt", "miles", "away", "walk", "river", "kind", "we",
         "talked", "later", "about", "how", "it", "went", "and", "I", "noticed", "my", "chest", "tight")


def _entries(n: int, seed: int = 7) -> tuple[SummaryEntry, ...]:
    """Entries of every kind, with bodies of one to four paragraphs of very different lengths: paragraphs
    land across page breaks everywhere."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    out = []
    for i in range(n):
        paragraphs = ["\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 140)))
                                for _ in range(rng.randint(1, 3)))
                      for _ in range(rng.randint(1, 4))]
        kind = (SHOWN, HIDDEN, replace(SHOWN, triggers=(AF, W, PP)), replace(SHOWN, title=None))[i % 4]
        out.append(replace(kind, id=i + 1, occurred_at=start + timedelta(hours=5 * i),
                           body=None if kind is HIDDEN else "\n\n".join(paragraphs)))
    return tuple(out)


def _pages(data: bytes) -> list[list[str]]:
    """Each page's lines of text. Without the space at a line's end: a paragraph split where a line ends (one
    more split in pieces than at once, the lines staying where they were) ends without its last space."""
    from pypdf import PdfReader

    return [[line.rstrip() for line in page.extract_text().splitlines()] for page in PdfReader(io.BytesIO(data)).pages]


def _document(summary, monkeypatch, piece: int):
    """The laid-out document of the summary's PDF, laid out LAYOUT_PIECE = `piece` characters at a time."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    monkeypatch.setattr(pdf, "LAYOUT_PIECE", piece)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pdf.RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[pdf.MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    area = writer.pageLayout().paintRectPixels(pdf.RESOLUTION)
    page = QSizeF(area.width(), area.height() - 80)
    head = pdf._html_head(summary, [], area.width() / pdf.RESOLUTION)
    pieces = pdf._pieces([pdf._entry(entry) for entry in summary.entries])
    assert len(pieces) > 3 or piece > 10**6
    return pdf._lay_out(writer, page, head, pieces, [], lambda _n: None), page.height(), writer


@pytest.fixture(scope="module")
def long_summary():
    return _summary(entries=_entries(90))


def test_in_pieces_the_pages_are_those_of_one_piece(qapp, monkeypatch, long_summary):
    monkeypatch.setattr(pdf, "LAYOUT_PIECE", 10**9)
    whole = _pages(pdf.render_pdf(long_summary))
    monkeypatch.setattr(pdf, "LAYOUT_PIECE", 3000)
    assert len(pdf._pieces([pdf._entry(entry) for entry in long_summary.entries])) > 10
    parts = _pages(pdf.render_pdf(long_summary))
    assert len(whole) > 15
    assert parts == whole


@pytest.mark.parametrize("piece", [1500, 4000, 10**9])
def test_no_paragraph_runs_on_and_no_line_is_cut(qapp, monkeypatch, long_summary, piece):
    document, page_height, _writer = _document(long_summary, monkeypatch, piece)
    block, runs_on, cut, lines = document.begin(), [], [], 0
    while block.isValid():
        layout, text = block.layout(), block.text()
        first = pdf._page(block, page_height)
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            words = text[line.textStart():line.textStart() + line.textLength()].strip()
            top = layout.position().y() + line.y()
            lines += 1
            if words and int(top // page_height) != first and not pdf._in_list_or_table(block):
                runs_on.append(text[:40])
            if words and int(top // page_height) != int((top + line.height() - 1) // page_height):
                cut.append(words[:40])
        block = block.next()
    assert lines > 1000 and document.pageCount() > 15
    assert runs_on == [] and cut == []


def test_the_pieces_keep_every_entry_in_order_and_stay_small():
    entries = [f"<p>{'x' * size}</p>" for size in (10, 5000, 30_000, 7, 19_990, 1, 2, 40_000)]
    pieces = pdf._pieces(entries)
    assert [entry for piece in pieces for entry in piece] == entries
    for piece in pieces:
        assert len(piece) == 1 or sum(map(len, piece)) <= pdf.LAYOUT_PIECE
    assert pdf._pieces([]) == []


def test_progress_goes_forward_and_stopping_stops(qapp, monkeypatch, long_summary):
    monkeypatch.setattr(pdf, "LAYOUT_PIECE", 3000)
    told: list[tuple[int, int]] = []
    pdf.render_pdf(long_summary, [], lambda done, total: told.append((done, total)))
    totals = {total for _done, total in told}
    assert len(told) > 10 and len(totals) == 1
    assert [done for done, _total in told] == sorted(done for done, _total in told)
    assert told[-1][0] >= told[-1][1] // 2  # the pages were drawn too

    class Stop(Exception):
        pass

    def stop(done: int, _total: int) -> None:
        if done >= 3:
            raise Stop

    with pytest.raises(Stop):
        pdf.render_pdf(long_summary, [], stop)
