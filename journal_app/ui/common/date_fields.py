"""The day a date field holds, as a `datetime.date` (QDate.toPython() is typed as `object`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit


def picked_day(edit: QDateEdit) -> date:
    """The day `edit` shows."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())
