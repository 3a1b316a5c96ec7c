"""A long PDF (hundreds of pages) renders in one go without harming the interpreter: no binding call that
PySide6 6.12 mis-counts (textList(), currentTable() with nothing to return) runs once per paragraph."""

import gc
import sys
from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.models.analytics_values import DateRange
from journal_app.models.values import EntryForm
from journal_app.services.exporting.build import build_summary
from journal_app.services.exporting.render import render
from journal_app.services.exporting.summary import SummaryOptions

pytestmark = pytest.mark.gui


def test_hundreds_of_long_entries_render_and_leave_none_alone(journal, qapp):
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    words = " ".join(f"word{i % 97}" for i in range(320))
    for n in range(300):
        journal.save(EntryForm(occurred_at=start + timedelta(hours=7 * n), title=f"Moment {n}",
                               body=f"{words}\n\n- a list item\n- another one\n\n{words}", shared=True))
    options = SummaryOptions(DateRange(date(2026, 1, 1), date(2026, 4, 1)))
    summary = build_summary(journal, options)
    render(summary, "pdf")  # once first: what it imports and caches holds references of its own
    gc.collect()
    gc.disable()  # nothing else's garbage is collected (and its references to None let go) meanwhile
    try:
        before = sys.getrefcount(None)
        pdf = render(summary, "pdf")
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert pdf.startswith(b"%PDF") and len(pdf) > 100_000
    assert after - before > -50  # a per-paragraph miscount would take thousands of references from None
