"""Column types. Times are stored as fixed-width UTC text so they sort and SQLite's date functions read them."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.types import String, TypeDecorator

STORAGE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utc_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a timezone first")
    return value.astimezone(timezone.utc).strftime(STORAGE_FORMAT)


def from_utc_text(value: str) -> datetime:
    if len(value) == 26 and value[10] == " " and value[19] == ".":  # the stored shape: the fast parser
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    return datetime.strptime(value, STORAGE_FORMAT).replace(tzinfo=timezone.utc)


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetime stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else utc_text(value)

    def process_result_value(self, value, dialect):
        return None if value is None else from_utc_text(value)
