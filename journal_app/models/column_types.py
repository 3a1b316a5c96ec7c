"""The SQLAlchemy column type for times (models/tables.py and the migrations use it). Apart from types.py,
so reading and writing times (utc_text, from_utc_text) never imports SQLAlchemy."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Dialect
from sqlalchemy.types import String, TypeDecorator

from journal_app.models.types import from_utc_text, utc_text


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetime stored as 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC."""

    impl = String(26)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else from_utc_text(value)
