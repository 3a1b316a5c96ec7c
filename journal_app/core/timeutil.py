"""Timezone-aware time helpers: stored UTC, shown local, parsed leniently but never silently wrong."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def now_utc() -> datetime:
    return datetime.now(UTC)


# A day inside datetime's own range: a value between these converts to any time zone without overflowing.
_SAFE_MIN = datetime(1, 1, 2)
_SAFE_MAX = datetime(9999, 12, 30)


def _nearest_convertible(value: datetime) -> datetime:
    """The moment nearest `value` (same tzinfo) a day inside datetime's range."""
    naive = value.replace(tzinfo=None)
    return (_SAFE_MIN if naive < _SAFE_MIN else _SAFE_MAX).replace(tzinfo=value.tzinfo)


def _safely(convert: Callable[[datetime], datetime], value: datetime) -> datetime:
    """`convert(value)`; for a value so near datetime's ends that the zone's offset takes it out of range
    (a journal written before the limits were checked may hold a date in the year 1 or 9999), the nearest
    value that converts instead: such a date is shown as near as can be, and nothing that reads it
    fails. Every date the journal accepts (1900-2200) converts exactly."""
    try:
        return convert(value)
    except (OverflowError, ValueError):
        return convert(_nearest_convertible(value))


def _to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.astimezone()  # interprets naive as local time
    return value.astimezone(UTC)


def to_utc(value: datetime) -> datetime:
    """Aware datetime in UTC; a naive value is taken as local time. Never fails (see `_safely`)."""
    return _safely(_to_utc, value)


def to_local(value: datetime) -> datetime:
    return _safely(lambda v: v.astimezone(), to_utc(value))


def _check_year(year: int, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise InvalidInput(
            msg("errors", "The date {text!r} is outside the years {earliest_year}–{latest_year} this journal accepts.",
                text=text, earliest_year=EARLIEST_YEAR, latest_year=LATEST_YEAR)
        )


def parse_date(text: str) -> date:
    """A calendar date written YYYY-MM-DD."""
    text = (text or "").strip()
    if not _DATE_RE.match(text):
        raise InvalidInput(msg("errors", "{text!r} is not a date; please write it as YYYY-MM-DD, for example "
                               "2026-03-14.", text=text))
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(msg("errors", "{text!r} is not a real calendar date.", text=text)) from None
    _check_year(value.year, text)
    return value


def parse_when(text: str) -> datetime:
    """An ISO date or date-time; local time when no offset is given. A bare date means midday."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput(msg("errors", "The time is empty; write a date like 2026-03-14 or 2026-03-14T21:30."))
    if _DATE_RE.match(raw):
        day = parse_date(raw)
        return to_utc(datetime.combine(day, time(12, 0)))
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
    except ValueError:
        raise InvalidInput(
            msg("errors", "{raw!r} is not a date or time this journal understands; write it like 2026-03-14 or "
                "2026-03-14T21:30 (local time) or 2026-03-14T21:30+01:00.",
                raw=raw)
        ) from None
    _check_year(value.year, raw)
    return to_utc(value)


def local_day_bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC instants for [start 00:00 local, end+1 00:00 local), either side open when None."""
    lo = to_utc(datetime.combine(start, time(0, 0))) if start else None
    hi = to_utc(datetime.combine(end + timedelta(days=1), time(0, 0))) if end else None
    if lo and hi and lo >= hi:
        raise InvalidInput(msg("errors", "The start date is after the end date; please swap them."))
    return lo, hi


def iso_local(value: datetime) -> str:
    """ISO 8601 in local time with its UTC offset."""
    return to_local(value).isoformat()


# Date-range presets offered by the list's filter (key, label, days back or None).
RANGE_PRESETS: tuple[tuple[str, str], ...] = (
    ("any", QT_TRANSLATE_NOOP("messages", "Any time")),
    ("7d", QT_TRANSLATE_NOOP("messages", "Last 7 days")),
    ("30d", QT_TRANSLATE_NOOP("messages", "Last 30 days")),
    ("12m", QT_TRANSLATE_NOOP("messages", "Last 12 months")),
    ("custom", QT_TRANSLATE_NOOP("messages", "Custom dates…")),
)


def preset_range(key: str, today: date) -> tuple[date | None, date | None]:
    """The [start, end] local dates a preset covers, ending today; (None, None) for any time/custom."""
    days = {"7d": 7, "30d": 30}.get(key)
    if days:
        return today - timedelta(days=days - 1), today
    if key == "12m":
        try:
            start = today.replace(year=today.year - 1) + timedelta(days=1)
        except ValueError:  # 29 February
            start = today.replace(year=today.year - 1, day=28) + timedelta(days=1)
        return start, today
    return None, None
