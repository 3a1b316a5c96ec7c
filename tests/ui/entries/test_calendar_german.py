"""The words under the calendar in German: the day written the German way ("Donnerstag, 12. März"), not
"Donnerstag 12 März"; in English "Thursday 12 March"."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from journal_app.models.values import EntryForm
from journal_app.ui.common.i18n import apply_language
from journal_app.ui.entries.calendar_view import CalendarView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, journal):
    journal.save(EntryForm(occurred_at=datetime.fromisoformat("2026-03-12 08:00"), title="moment"))
    calendar = CalendarView()
    qtbot.addWidget(calendar)
    calendar.select_day(date(2026, 3, 12))
    calendar.set_journal(journal)
    calendar.show()
    qtbot.waitUntil(lambda: not calendar.loading, timeout=3000)
    return calendar


def test_the_day_is_written_the_german_way(view, qapp):
    apply_language(qapp, "de")
    try:
        assert view.day_text(date(2026, 3, 12)).startswith("Donnerstag, 12. März: 1 Eintrag")
        assert view.day_text(date(2026, 3, 13)) == "Freitag, 13. März: keine Einträge"
    finally:
        apply_language(qapp, "en")
    assert view.day_text(date(2026, 3, 13)) == "Friday 13 March: no entries"
