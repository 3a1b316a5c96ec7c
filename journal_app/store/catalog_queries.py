"""Triggers and people: the vocabulary entries are tagged with."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from journal_app.core.timeutil import now_utc
from journal_app.models.types import utc_text
from journal_app.models.values import PersonInfo, TriggerInfo, shown_trigger_description, shown_trigger_name
from journal_app.store import sql
from journal_app.store.sql import Conn

_TRIGGER_COLUMNS = ", ".join(f"t.{name} AS {name}" for name in (
    "id", "slug", "name", "colour", "builtin", "archived", "description", "pattern"))


def _trigger(row: Any, count: int = 0) -> TriggerInfo:
    return TriggerInfo(
        id=row.id, slug=row.slug, name=shown_trigger_name(row.slug, row.name), colour=row.colour,
        builtin=bool(row.builtin), archived=bool(row.archived),
        description=shown_trigger_description(row.slug, row.description or ""), pattern=row.pattern,
        entry_count=count,
    )


def list_triggers(conn: Conn, *, with_counts: bool = False) -> list[TriggerInfo]:
    if with_counts:
        rows = sql.run(conn, (
            f"SELECT {_TRIGGER_COLUMNS}, (SELECT count(*) FROM entry_trigger et JOIN entry e ON e.id = et.entry_id "
            "WHERE et.trigger_id = t.id AND e.deleted_at IS NULL) AS entry_count FROM trigger t "
            "ORDER BY t.sort_order, t.id"
        ))
        return [_trigger(r, r.entry_count) for r in rows]
    rows = sql.run(conn, f"SELECT {_TRIGGER_COLUMNS} FROM trigger t ORDER BY t.sort_order, t.id")
    return [_trigger(r) for r in rows]


def trigger_by_slug(conn: Conn, slug: str) -> TriggerInfo | None:
    row = sql.run(conn, f"SELECT {_TRIGGER_COLUMNS} FROM trigger t WHERE t.slug = :s", {"s": slug}).first()
    return _trigger(row) if row else None


def trigger_by_id(conn: Conn, trigger_id: int) -> TriggerInfo | None:
    row = sql.run(conn, f"SELECT {_TRIGGER_COLUMNS} FROM trigger t WHERE t.id = :i", {"i": trigger_id}).first()
    return _trigger(row) if row else None


def _same_name(a: str, b: str) -> bool:
    """Names compare without regard to case in any script (SQLite's lower()/NOCASE fold ASCII only)."""
    return a.casefold() == b.casefold()


def trigger_name_taken(conn: Conn, name: str, except_id: int | None = None) -> bool:
    rows = sql.run(conn, "SELECT id, name FROM trigger WHERE id IS NOT :i", {"i": except_id})
    return any(_same_name(other, name) for _, other in rows)


def missing_trigger_ids(conn: Conn, ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    rows = sql.run(
        conn, "SELECT id FROM trigger WHERE id IN :ids",
        {"ids": list(wanted)},
    )
    return wanted - {r.id for r in rows}


def missing_person_ids(conn: Conn, ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    rows = sql.run(
        conn, "SELECT id FROM person WHERE id IN :ids",
        {"ids": list(wanted)},
    )
    return wanted - {r.id for r in rows}


def slug_exists(conn: Conn, slug: str) -> bool:
    return sql.run(conn, "SELECT 1 FROM trigger WHERE slug = :s", {"s": slug}).first() is not None


def insert_trigger(conn: Conn, *, slug: str, name: str, colour: str, description: str = "") -> int:
    order = sql.run(conn, "SELECT coalesce(max(sort_order), 0) + 1 FROM trigger").scalar_one()
    result = sql.run(
        conn, (
            "INSERT INTO trigger (slug, name, description, colour, builtin, archived, pattern, sort_order, created_at) "
            "VALUES (:slug, :name, :desc, :colour, 0, 0, NULL, :order, :now)"
        ),
        {"slug": slug, "name": name, "desc": description, "colour": colour, "order": order,
         "now": utc_text(now_utc())},
    )
    return int(result.lastrowid)


def update_trigger(conn: Conn, trigger_id: int, *, name: str | None = None, colour: str | None = None,
                   archived: int | None = None, description: str | None = None) -> None:
    """Set the fields given (None: left as it is)."""
    fields = {"name": name, "colour": colour, "archived": archived, "description": description}
    assignments = {k: v for k, v in fields.items() if v is not None}
    if not assignments:
        return
    setting = ", ".join(f"{k} = :{k}" for k in assignments)
    sql.run(conn, f"UPDATE trigger SET {setting} WHERE id = :id", {**assignments, "id": trigger_id})


def used_colours(conn: Conn) -> list[str]:
    return [r.colour for r in sql.run(conn, "SELECT colour FROM trigger ORDER BY id")]


_PERSON = "SELECT id, name, relationship FROM person"


def _person(row: Any) -> PersonInfo:
    return PersonInfo(id=row.id, name=row.name, relationship=row.relationship)


def list_people(conn: Conn) -> list[PersonInfo]:
    rows = sql.run(conn, f"{_PERSON} ORDER BY name COLLATE NOCASE")
    return [_person(r) for r in rows]


def person_by_name(conn: Conn, name: str) -> PersonInfo | None:
    row = sql.run(conn, f"{_PERSON} WHERE name = :n", {"n": name}).first()
    if row:
        return _person(row)
    # NOCASE folds ASCII only: "ZOË" and "Zoë" are the same person too. People lists are short.
    for row in sql.run(conn, f"{_PERSON} ORDER BY id"):
        if _same_name(row.name, name):
            return _person(row)
    return None


def insert_person(conn: Conn, name: str, relationship: str) -> PersonInfo:
    result = sql.run(
        conn, "INSERT INTO person (name, relationship, created_at) VALUES (:n, :r, :now)",
        {"n": name, "r": relationship, "now": utc_text(now_utc())},
    )
    return PersonInfo(int(result.lastrowid), name, relationship)


def update_person(conn: Conn, person_id: int, *, name: str, relationship: str) -> bool:
    """False when there is no such person."""
    result = sql.run(
        conn, "UPDATE person SET name = :n, relationship = :r WHERE id = :i",
        {"n": name, "r": relationship, "i": person_id},
    )
    return result.rowcount > 0


def guidance_links(conn: Conn) -> dict[int, tuple[str, ...]]:
    """{trigger id: linked article ids, in the order they were linked}."""
    out: dict[int, list[str]] = {}
    for trigger_id, article_id in sql.run(
        conn, "SELECT trigger_id, article_id FROM trigger_guidance ORDER BY trigger_id, rowid"
    ):
        out.setdefault(trigger_id, []).append(article_id)
    return {k: tuple(v) for k, v in out.items()}


def set_guidance_links(conn: Conn, trigger_id: int, article_ids: Iterable[str]) -> None:
    sql.run(conn, "DELETE FROM trigger_guidance WHERE trigger_id = :t", {"t": trigger_id})
    for article_id in article_ids:
        sql.run(conn, "INSERT INTO trigger_guidance (trigger_id, article_id) VALUES (:t, :a)",
                     {"t": trigger_id, "a": article_id})
