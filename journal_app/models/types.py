"""Times as stored: fixed-width UTC text, so they sort and SQLite's date functions read them. No SQLAlchemy
here (the column type, UTCDateTime, is in column_types.py)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal_app.models.column_types import UTCDateTime as UTCDateTime

STORAGE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utc_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a timezone first")
    return value.astimezone(timezone.utc).strftime(STORAGE_FORMAT)


def from_utc_text(value: str) -> datetime:
    if len(value) == 26 and value[10] == " " and value[19] == ".":  # the stored shape: the fast parser
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    return datetime.strptime(value, STORAGE_FORMAT).replace(tzinfo=timezone.utc)


def __getattr__(name: str) -> object:
    """UTCDateTime, the column type, from column_types (it imports SQLAlchemy, which reading and writing
    times does not need): `from journal_app.models.types import UTCDateTime` keeps working."""
    if name == "UTCDateTime":
        from journal_app.models.column_types import UTCDateTime

        return UTCDateTime
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
