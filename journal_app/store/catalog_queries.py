"""Triggers and people: the vocabulary entries are tagged with."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text

from journal_app.core.timeutil import now_utc
from journal_app.models.types import utc_text
from journal_app.models.values import PersonInfo, TriggerInfo

_TRIGGER_COLUMNS = ", ".join(f"t.{name} AS {name}" for name in (
    "id", "slug", "name", "colour", "builtin", "archived", "description", "pattern"))


def _trigger(row: Row[Any], count: int = 0) -> TriggerInfo:
    return TriggerInfo(
        id=row.id, slug=row.slug, name=row.name, colour=row.colour, builtin=bool(row.builtin),
        archived=bool(row.archived), description=row.description or "", pattern=row.pattern, entry_count=count,
    )


def list_triggers(conn: Connection, *, with_counts: bool = False) -> list[TriggerInfo]:
    if with_counts:
        rows = conn.execute(text(
            f"SELECT {_TRIGGER_COLUMNS}, (SELECT count(*) FROM entry_trigger et JOIN entry e ON e.id = et.entry_id "
            "WHERE et.trigger_id = t.id AND e.deleted_at IS NULL) AS entry_count FROM trigger t "
            "ORDER BY t.sort_order, t.id"
        ))
        return [_trigger(r, r.entry_count) for r in rows]
    rows = conn.execute(text(f"SELECT {_TRIGGER_COLUMNS} FROM trigger t ORDER BY t.sort_order, t.id"))
    return [_trigger(r) for r in rows]


def trigger_by_slug(conn: Connection, slug: str) -> TriggerInfo | None:
    row = conn.execute(text(f"SELECT {_TRIGGER_COLUMNS} FROM trigger t WHERE t.slug = :s"), {"s": slug}).first()
    return _trigger(row) if row else None


def trigger_by_id(conn: Connection, trigger_id: int) -> TriggerInfo | None:
    row = conn.execute(text(f"SELECT {_TRIGGER_COLUMNS} FROM trigger t WHERE t.id = :i"), {"i": trigger_id}).first()
    return _trigger(row) if row else None


def _same_name(a: str, b: str) -> bool:
    """Names compare without regard to case in any script (SQLite's lower()/NOCASE fold ASCII only)."""
    return a.casefold() == b.casefold()


def trigger_name_taken(conn: Connection, name: str, except_id: int | None = None) -> bool:
    rows = conn.execute(text("SELECT id, name FROM trigger WHERE id IS NOT :i"), {"i": except_id})
    return any(_same_name(other, name) for _, other in rows)


def missing_trigger_ids(conn: Connection, ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    rows = conn.execute(
        text("SELECT id FROM trigger WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
        {"ids": list(wanted)},
    )
    return wanted - {r.id for r in rows}


def missing_person_ids(conn: Connection, ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    rows = conn.execute(
        text("SELECT id FROM person WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
        {"ids": list(wanted)},
    )
    return wanted - {r.id for r in rows}


def slug_exists(conn: Connection, slug: str) -> bool:
    return conn.execute(text("SELECT 1 FROM trigger WHERE slug = :s"), {"s": slug}).first() is not None


def insert_trigger(conn: Connection, *, slug: str, name: str, colour: str, description: str = "") -> int:
    order = conn.execute(text("SELECT coalesce(max(sort_order), 0) + 1 FROM trigger")).scalar_one()
    result = conn.execute(
        text(
            "INSERT INTO trigger (slug, name, description, colour, builtin, archived, pattern, sort_order, created_at) "
            "VALUES (:slug, :name, :desc, :colour, 0, 0, NULL, :order, :now)"
        ),
        {"slug": slug, "name": name, "desc": description, "colour": colour, "order": order,
         "now": utc_text(now_utc())},
    )
    return int(result.lastrowid)


def update_trigger(conn: Connection, trigger_id: int, *, name: str | None = None, colour: str | None = None,
                   archived: int | None = None, description: str | None = None) -> None:
    """Set the fields given (None: left as it is)."""
    fields = {"name": name, "colour": colour, "archived": archived, "description": description}
    assignments = {k: v for k, v in fields.items() if v is not None}
    if not assignments:
        return
    sql = ", ".join(f"{k} = :{k}" for k in assignments)
    conn.execute(text(f"UPDATE trigger SET {sql} WHERE id = :id"), {**assignments, "id": trigger_id})


def used_colours(conn: Connection) -> list[str]:
    return [r.colour for r in conn.execute(text("SELECT colour FROM trigger ORDER BY id"))]


_PERSON = "SELECT id, name, relationship FROM person"


def _person(row: Row[Any]) -> PersonInfo:
    return PersonInfo(id=row.id, name=row.name, relationship=row.relationship)


def list_people(conn: Connection) -> list[PersonInfo]:
    rows = conn.execute(text(f"{_PERSON} ORDER BY name COLLATE NOCASE"))
    return [_person(r) for r in rows]


def person_by_name(conn: Connection, name: str) -> PersonInfo | None:
    row = conn.execute(text(f"{_PERSON} WHERE name = :n"), {"n": name}).first()
    if row:
        return _person(row)
    # NOCASE folds ASCII only: "ZOË" and "Zoë" are the same person too. People lists are short.
    for row in conn.execute(text(f"{_PERSON} ORDER BY id")):
        if _same_name(row.name, name):
            return _person(row)
    return None


def insert_person(conn: Connection, name: str, relationship: str) -> PersonInfo:
    result = conn.execute(
        text("INSERT INTO person (name, relationship, created_at) VALUES (:n, :r, :now)"),
        {"n": name, "r": relationship, "now": utc_text(now_utc())},
    )
    return PersonInfo(int(result.lastrowid), name, relationship)


def update_person(conn: Connection, person_id: int, *, name: str, relationship: str) -> bool:
    """False when there is no such person."""
    result = conn.execute(
        text("UPDATE person SET name = :n, relationship = :r WHERE id = :i"),
        {"n": name, "r": relationship, "i": person_id},
    )
    return result.rowcount > 0


def guidance_links(conn: Connection) -> dict[int, tuple[str, ...]]:
    """{trigger id: linked article ids, in the order they were linked}."""
    out: dict[int, list[str]] = {}
    for trigger_id, article_id in conn.execute(
        text("SELECT trigger_id, article_id FROM trigger_guidance ORDER BY trigger_id, rowid")
    ):
        out.setdefault(trigger_id, []).append(article_id)
    return {k: tuple(v) for k, v in out.items()}


def set_guidance_links(conn: Connection, trigger_id: int, article_ids: Iterable[str]) -> None:
    conn.execute(text("DELETE FROM trigger_guidance WHERE trigger_id = :t"), {"t": trigger_id})
    for article_id in article_ids:
        conn.execute(text("INSERT INTO trigger_guidance (trigger_id, article_id) VALUES (:t, :a)"),
                     {"t": trigger_id, "a": article_id})
