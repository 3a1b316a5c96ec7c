"""Small display helpers shared by widgets: dates, chip labels, readable text on a colour."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QColor


def short_when(value: datetime) -> str:
    """Local date and time in the user's locale, e.g. 'Fri 27 Nov 2026, 21:04'."""
    local = value.astimezone()
    return QLocale().toString(QDateTime(local.date(), local.time()), "ddd d MMM yyyy, HH:mm")

def chip_text(name: str, intensity: int | None) -> str:
    return f"{name} {intensity}" if intensity is not None else name


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background (WCAG relative luminance)."""

    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(background.blue())
    return QColor("#000000") if lum > 0.23 else QColor("#FFFFFF")
