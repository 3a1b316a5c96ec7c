"""Column types. Times are stored as fixed-width UTC text so they sort and SQLite's date functions read them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, TypeDecorator

STORAGE_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def utc_text(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a timezone first")
    return value.astimezone(UTC).strftime(STORAGE_FORMAT)


def from_utc_text(value: str) -> datetime:
    if len(value) == 26 and value[10] == " " and value[19] == ".":  # the stored shape: the fast parser
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return datetime.strptime(value, STORAGE_FORMAT).replace(tzinfo=UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetime stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_utc_text(value)
