"""Times as stored: fixed-width UTC text, so they sort and SQLite's date functions read them. No SQLAlchemy
here (the column type, UTCDateTime, is in column_types.py)."""

from __future__ import annotations

from datetime import UTC, datetime

STORAGE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utc_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a timezone first")
    return value.astimezone(UTC).strftime(STORAGE_FORMAT)


def from_utc_text(value: str) -> datetime:
    if len(value) == 26 and value[10] == " " and value[19] == ".":  # the stored shape: the fast parser
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return datetime.strptime(value, STORAGE_FORMAT).replace(tzinfo=UTC)

