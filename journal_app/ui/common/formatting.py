"""Small display helpers shared by widgets: dates (in the chosen date format), chip labels, readable text on a
colour. The date format ("long", "short" or "iso", the date_format setting) is kept on the application object
by set_date_style, so every list, dialog and view shows dates the same way."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor

from journal_app.core import i18n

DATE_STYLES = ("long", "short", "iso")
STYLE_PROPERTY = "journalDateFormat"


def set_date_style(style: str) -> None:
    """Show dates as "long" (Saturday 28 November 2026), "short" (the locale's, e.g. 28/11/2026) or "iso"
    (2026-11-28) from now on. Widgets already on screen show it when they next repaint."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(STYLE_PROPERTY, style if style in DATE_STYLES else "long")


def date_style() -> str:
    app = QCoreApplication.instance()
    style = app.property(STYLE_PROPERTY) if app is not None else None
    return style if style in DATE_STYLES else "long"


def date_text(day: date, style: str | None = None) -> str:
    """A date in the chosen format, e.g. 'Saturday 28 November 2026', '28/11/2026' or '2026-11-28'."""
    style = style or date_style()
    if style == "iso":
        return day.isoformat()
    if style == "short":
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    return i18n.long_date(day)  # in the app's language (Samstag, 28. November 2026), not the system's


def short_when(value: datetime, style: str | None = None) -> str:
    """Local date and time in the chosen format, e.g. 'Friday 27 November 2026, 21:04', '27/11/2026 21:04'
    or '2026-11-27 21:04'."""
    style = style or date_style()
    local = value.astimezone()
    day = date_text(local.date(), style)
    if style == "short":
        return f"{day} {QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)}"
    return f"{day} {local:%H:%M}" if style == "iso" else f"{day}, {local:%H:%M}"


def locale_week_start() -> int:
    """The first day of the week where the person lives, 0 Monday .. 6 Sunday."""
    return QLocale.system().firstDayOfWeek().value - 1


def day_name(day: int) -> str:
    """0 Monday .. 6 Sunday, in the app's language."""
    return i18n.weekday_name(day)


def chip_text(name: str, intensity: int | None) -> str:
    return f"{name} {intensity}" if intensity is not None else name


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background (WCAG relative luminance)."""

    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(background.red())
        + 0.7152 * channel(background.green())
        + 0.0722 * channel(background.blue())
    )
    return QColor("#000000") if lum > 0.23 else QColor("#FFFFFF")
