"""The single draft row (id 1). Plain SQL on the small `Conn` interface (store/sql.py): no SQLAlchemy, so the
window's crash drafts need none (it is loaded only when something first asks for it)."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from journal_app.models.types import from_utc_text, utc_text
from journal_app.store.sql import Conn


class StoredDraft(NamedTuple):
    entry_id: int | None
    data: str
    saved_at: datetime


def put(conn: Conn, entry_id: int | None, data: str, saved_at: datetime) -> None:
    conn.exec_driver_sql(
        "INSERT INTO draft (id, entry_id, data, saved_at) VALUES (1, :e, :d, :t) "
        "ON CONFLICT (id) DO UPDATE SET entry_id = excluded.entry_id, data = excluded.data, "
        "saved_at = excluded.saved_at",
        {"e": entry_id, "d": data, "t": utc_text(saved_at)},
    )


def get(conn: Conn) -> StoredDraft | None:
    """The draft row, or None."""
    row = conn.exec_driver_sql("SELECT entry_id, data, saved_at FROM draft WHERE id = 1").first()
    return None if row is None else StoredDraft(row.entry_id, row.data, from_utc_text(row.saved_at))


def clear(conn: Conn) -> None:
    conn.exec_driver_sql("DELETE FROM draft")
