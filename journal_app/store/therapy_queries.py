"""Therapy sessions and things to bring up next time: the SQL."""

from __future__ import annotations

import uuid as uuidlib
from datetime import date, datetime
from typing import Any, TypedDict, Unpack

from sqlalchemy import Connection, Row, text

from journal_app.core.timeutil import now_utc
from journal_app.models.types import from_utc_text, utc_text
from journal_app.models.values import AgendaItemInfo, SessionInfo

_SESSION = "SELECT id, uuid, held_on, note FROM therapy_session"
_ITEM = "SELECT id, uuid, text, created_at, done_at, entry_id FROM agenda_item"


def _session(row: Row[Any]) -> SessionInfo:
    return SessionInfo(id=row.id, uuid=row.uuid, held_on=date.fromisoformat(row.held_on), note=row.note)


def _item(row: Row[Any]) -> AgendaItemInfo:
    return AgendaItemInfo(id=row.id, uuid=row.uuid, text=row.text, created_at=from_utc_text(row.created_at),
                          done_at=from_utc_text(row.done_at) if row.done_at else None, entry_id=row.entry_id)


def list_sessions(conn: Connection) -> list[SessionInfo]:
    """Newest first."""
    return [_session(r) for r in conn.execute(text(f"{_SESSION} ORDER BY held_on DESC, id DESC"))]


def session_by_id(conn: Connection, session_id: int) -> SessionInfo | None:
    row = conn.execute(text(f"{_SESSION} WHERE id = :i"), {"i": session_id}).first()
    return _session(row) if row else None


def last_session_on_or_before(conn: Connection, day: date) -> date | None:
    held = conn.execute(text("SELECT max(held_on) FROM therapy_session WHERE held_on <= :d"),
                        {"d": day.isoformat()}).scalar_one()
    return date.fromisoformat(held) if held else None


def first_session_after(conn: Connection, day: date) -> date | None:
    held = conn.execute(text("SELECT min(held_on) FROM therapy_session WHERE held_on > :d"),
                        {"d": day.isoformat()}).scalar_one()
    return date.fromisoformat(held) if held else None


def insert_session(conn: Connection, held_on: date, note: str, uuid: str | None = None) -> int:
    now = utc_text(now_utc())
    return conn.execute(
        text("INSERT INTO therapy_session (uuid, held_on, note, created_at, updated_at) "
             "VALUES (:u, :d, :n, :t, :t)"),
        {"u": uuid or str(uuidlib.uuid4()), "d": held_on.isoformat(), "n": note, "t": now},
    ).lastrowid


def update_session(conn: Connection, session_id: int, held_on: date, note: str) -> bool:
    return conn.execute(
        text("UPDATE therapy_session SET held_on = :d, note = :n, updated_at = :t WHERE id = :i"),
        {"d": held_on.isoformat(), "n": note, "t": utc_text(now_utc()), "i": session_id},
    ).rowcount == 1


def delete_session(conn: Connection, session_id: int) -> bool:
    return conn.execute(text("DELETE FROM therapy_session WHERE id = :i"), {"i": session_id}).rowcount == 1


def list_items(conn: Connection, include_done: bool = False) -> list[AgendaItemInfo]:
    """Open items oldest first, then (when asked) done ones, most recently done first."""
    rows = list(conn.execute(text(f"{_ITEM} WHERE done_at IS NULL ORDER BY created_at, id")))
    if include_done:
        rows += conn.execute(text(f"{_ITEM} WHERE done_at IS NOT NULL ORDER BY done_at DESC, id DESC")).all()
    return [_item(r) for r in rows]


def item_by_id(conn: Connection, item_id: int) -> AgendaItemInfo | None:
    row = conn.execute(text(f"{_ITEM} WHERE id = :i"), {"i": item_id}).first()
    return _item(row) if row else None


def insert_item(conn: Connection, body: str, entry_id: int | None, *, uuid: str | None = None,
                created_at: datetime | None = None, done_at: datetime | None = None) -> int:
    return conn.execute(
        text("INSERT INTO agenda_item (uuid, text, entry_id, created_at, done_at) VALUES (:u, :x, :e, :c, :d)"),
        {"u": uuid or str(uuidlib.uuid4()), "x": body, "e": entry_id, "c": utc_text(created_at or now_utc()),
         "d": utc_text(done_at) if done_at else None},
    ).lastrowid


class ItemChanges(TypedDict, total=False):
    text: str
    done_at: datetime | None  # None: not done (again)


def update_item(conn: Connection, item_id: int, **fields: Unpack[ItemChanges]) -> bool:
    allowed = {"text", "done_at"}
    sets: list[str] = []
    params: dict[str, object] = {"i": item_id}
    for key, value in fields.items():
        if key not in allowed:
            raise ValueError(key)
        sets.append(f"{key} = :{key}")
        params[key] = utc_text(value) if isinstance(value, datetime) else value
    return conn.execute(text(f"UPDATE agenda_item SET {', '.join(sets)} WHERE id = :i"), params).rowcount == 1


def delete_item(conn: Connection, item_id: int) -> bool:
    return conn.execute(text("DELETE FROM agenda_item WHERE id = :i"), {"i": item_id}).rowcount == 1
