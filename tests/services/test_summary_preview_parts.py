"""The PDF preview's document is built a few entries at a time (pdf.PREVIEW_ENTRIES: Qt reads HTML holding
Python's GIL, so one long read on a worker would hold the window). It must be the same document as one read
of the whole HTML: every paragraph with the same text and formats, every run of text with the same format."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from journal_app.services.exporting import pdf
from journal_app.services.exporting.summary import SummaryEntry, TriggerLevel
from tests.services.test_summary_renderers import AF, HIDDEN, PP, SHOWN, W, _summary

pytestmark = pytest.mark.gui


def _entries(n: int) -> tuple[SummaryEntry, ...]:
    start = datetime(2026, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    kinds = (SHOWN, HIDDEN, replace(SHOWN, title=None, body="Just words,\nover two lines."),
             replace(SHOWN, title="No details", triggers=(), people=(), responses=(), repair=None),
             replace(SHOWN, body="x" * 700, triggers=(AF, W, PP, TriggerLevel("Not rated", "", None))))
    return tuple(replace(kinds[i % len(kinds)], id=i + 1, occurred_at=start + timedelta(hours=7 * i))
                 for i in range(n))


def _whole(summary, charts) -> pdf.QTextDocument:
    """The document as one read of the whole HTML (how the preview was built before)."""
    document = pdf.QTextDocument()
    document.setDefaultStyleSheet(pdf.STYLE)
    document.setHtml(pdf._html(summary, charts, pdf.PREVIEW_INCHES))
    return document


def _blocks(document) -> list[tuple]:
    out = []
    block = document.begin()
    while block.isValid():
        runs, it = [], block.begin()
        while not it.atEnd():
            run = it.fragment()
            runs.append((run.text(), run.charFormat()))
            it += 1
        out.append((block.text(), block.blockFormat(), block.charFormat(), runs))
        block = block.next()
    return out


@pytest.mark.parametrize("count", [0, 1, 3, 4, 7, 9, 23])
def test_built_in_parts_it_is_the_document_of_the_whole_html(qapp, monkeypatch, count):
    monkeypatch.setattr(pdf, "PREVIEW_ENTRIES", 3)
    summary = _summary(entries=_entries(count))
    parts, whole = pdf.preview_document(summary, 1.0, []), _whole(summary, [])
    assert parts.toPlainText() == whole.toPlainText()
    assert _blocks(parts) == _blocks(whole)
    assert parts.toHtml() == whole.toHtml()


def test_at_the_default_size(qapp):
    summary = _summary(entries=_entries(pdf.PREVIEW_ENTRIES * 2 + 1), note="", questions=())
    parts, whole = pdf.preview_document(summary, 1.0, []), _whole(summary, [])
    assert _blocks(parts) == _blocks(whole) and parts.blockCount() > 100


def test_a_preview_with_charts_keeps_them_after_the_parts(qapp, monkeypatch, journal):
    from datetime import date

    from journal_app.models.analytics_values import DateRange
    from journal_app.models.values import EntryForm, TriggerMark
    from journal_app.services.exporting import build
    from journal_app.services.exporting.summary import SummaryOptions

    monkeypatch.setattr(pdf, "PREVIEW_ENTRIES", 2)
    fear = journal.trigger("abandonment-fear").id
    today = date.today()
    for day in range(1, 8):
        journal.save(EntryForm(occurred_at=datetime.now() - timedelta(days=day), body=f"Day {day}",
                               triggers=(TriggerMark(fear, day),), shared=True))
    summary = build.build_summary(journal, SummaryOptions(DateRange(today - timedelta(days=13), today)), today)
    charts = pdf.chart_images(summary)
    assert charts and len(summary.entries) == 7
    parts, whole = pdf.preview_document(summary, 1.0, charts), _whole(summary, charts)
    assert _blocks(parts) == _blocks(whole)
    for key, _image, _text in charts:  # the charts' images are still there after the entries went in
        image = parts.resource(pdf.QTextDocument.ResourceType.ImageResource, pdf.QUrl(f"chart-{key}.png"))
        assert image is not None and not image.isNull()
