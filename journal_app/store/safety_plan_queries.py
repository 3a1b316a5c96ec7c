"""The single safety-plan row (id 1), for a plan kept inside the journal."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, text

from journal_app.models.types import from_utc_text, utc_text


class StoredPlan(NamedTuple):
    data: str
    saved_at: datetime


def put(conn: Connection, data: str, saved_at: datetime) -> None:
    conn.execute(
        text("INSERT INTO safety_plan (id, data, saved_at) VALUES (1, :d, :t) "
             "ON CONFLICT (id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at"),
        {"d": data, "t": utc_text(saved_at)},
    )


def get(conn: Connection) -> StoredPlan | None:
    """The plan row, or None."""
    row = conn.execute(text("SELECT data, saved_at FROM safety_plan WHERE id = 1")).first()
    return None if row is None else StoredPlan(row.data, from_utc_text(row.saved_at))


def clear(conn: Connection) -> None:
    conn.execute(text("DELETE FROM safety_plan"))
