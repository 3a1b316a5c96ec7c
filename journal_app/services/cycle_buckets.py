"""The buckets the cycle's belief and time-to-repair charts sum a range up in (issue 20), and the UTC offset spans of
a range's local days: shared by the report counted from each row (services/cycle_tally.py) and the one summed up
in SQL (services/cycle_summaries.py), so both bucket alike. Qt-free."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import YEARLY_AFTER
from journal_app.store import analytics_queries as aq


def bounds(rng: DateRange) -> tuple[str, str]:
    """The range's local days as [lo, hi) in stored UTC text."""
    after = rng.end + timedelta(days=1)
    return aq.utc_text_of(aq.local_midnight(rng.start)), aq.utc_text_of(aq.local_midnight(after))


def spans_of(rng: DateRange) -> list[aq.Span]:
    """UTC offset spans covering the range's local days."""
    return aq.offset_spans(aq.local_midnight(rng.start), aq.local_midnight(rng.end + timedelta(days=1)))


def chart_bucket(rng: DateRange) -> str:
    """The bucket the cycle's charts sum a range up in: as the Patterns charts ('day', 'week', 'month'), and per
    year over more than YEARLY_AFTER months."""
    from journal_app.services.analytics import bucket_for

    bucket = bucket_for(rng)
    months = (rng.end.year - rng.start.year) * 12 + rng.end.month - rng.start.month + 1
    return "year" if bucket == "month" and months > YEARLY_AFTER else bucket


def bucket_starts(rng: DateRange, bucket: str) -> tuple[date, ...]:
    """The first days of the buckets that touch the range (the first may start before it)."""
    from journal_app.services import analytics

    if bucket == "year":
        return tuple(date(y, 1, 1) for y in range(rng.start.year, rng.end.year + 1))
    return analytics.bucket_starts(rng, bucket)
