"""The cycle's rows (issue 20): the person's beliefs and the list of moves (what another person did), their links
to entries, and repair links between entries. SQL on the small `Conn` interface, so the quick commands (`add`,
`stats`) run it without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from journal_app.core.timeutil import now_utc
from journal_app.models.cycle_values import (
    BeliefChip,
    BeliefInfo,
    BeliefMark,
    MoveChip,
    MoveInfo,
    MoveMark,
    RepairCandidate,
    RepairInfo,
    shown_move_name,
)
from journal_app.models.types import from_utc_text, utc_text
from journal_app.models.values import first_sentence, plain_markdown
from journal_app.store import rollup_build, sql
from journal_app.store.sql import Conn


def _same(a: str, b: str) -> bool:
    """Words compare without regard to case in any script (SQLite's NOCASE folds ASCII only)."""
    return a.casefold() == b.casefold()


# -- beliefs -----------------------------------------------------------------------------------------------
def _belief(row: Any, count: int = 0) -> BeliefInfo:
    return BeliefInfo(id=row.id, text=row.text, archived=bool(row.archived), entry_count=count)


def list_beliefs(conn: Conn, *, with_counts: bool = False) -> list[BeliefInfo]:
    """The person's beliefs in the order they were added (with how many entries, not in the Trash, hold each)."""
    if with_counts:
        rows = sql.run(conn, (
            "SELECT b.id AS id, b.text AS text, b.archived AS archived, (SELECT count(*) FROM entry_belief eb "
            "JOIN entry e ON e.id = eb.entry_id WHERE eb.belief_id = b.id AND e.deleted_at IS NULL) AS n "
            "FROM belief b ORDER BY b.id"))
        return [_belief(r, r.n) for r in rows]
    return [_belief(r) for r in sql.run(conn, "SELECT id, text, archived FROM belief ORDER BY id")]


def belief_by_id(conn: Conn, belief_id: int) -> BeliefInfo | None:
    row = sql.run(conn, "SELECT id, text, archived FROM belief WHERE id = :i", {"i": belief_id}).first()
    return _belief(row) if row else None


def belief_by_text(conn: Conn, text: str, except_id: int | None = None) -> BeliefInfo | None:
    """The belief with these words, in any case (another than `except_id`)."""
    for row in sql.run(conn, "SELECT id, text, archived FROM belief WHERE id IS NOT :i ORDER BY id",
                       {"i": except_id}):
        if _same(row.text, text):
            return _belief(row)
    return None


def insert_belief(conn: Conn, text: str) -> BeliefInfo:
    result = sql.run(conn, "INSERT INTO belief (text, archived, created_at) VALUES (:t, 0, :now)",
                     {"t": text, "now": utc_text(now_utc())})
    return BeliefInfo(int(result.lastrowid), text)


def update_belief(conn: Conn, belief_id: int, *, text: str | None = None, archived: bool | None = None) -> bool:
    """Set the fields given (None: left as it is). False when there is no such belief."""
    fields = {"text": text, "archived": None if archived is None else int(archived)}
    assignments = {k: v for k, v in fields.items() if v is not None}
    setting = ", ".join(f"{k} = :{k}" for k in assignments) or "id = id"
    return sql.run(conn, f"UPDATE belief SET {setting} WHERE id = :id", {**assignments, "id": belief_id}).rowcount > 0


def missing_belief_ids(conn: Conn, ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    return wanted - {r.id for r in sql.run(conn, "SELECT id FROM belief WHERE id IN :ids", {"ids": list(wanted)})}


# -- moves ---------------------------------------------------------------------------------------------------
_MOVE = "SELECT m.id AS id, m.slug AS slug, m.name AS name, m.builtin AS builtin, m.archived AS archived"


def _move(row: Any, count: int = 0) -> MoveInfo:
    return MoveInfo(id=row.id, slug=row.slug, name=shown_move_name(row.slug, row.name), builtin=bool(row.builtin),
                    archived=bool(row.archived), entry_count=count)


def list_moves(conn: Conn, *, with_counts: bool = False) -> list[MoveInfo]:
    if with_counts:
        rows = sql.run(conn, (
            f"{_MOVE}, (SELECT count(DISTINCT em.entry_id) FROM entry_move em JOIN entry e ON e.id = em.entry_id "
            "WHERE em.move_id = m.id AND e.deleted_at IS NULL) AS n FROM their_move m ORDER BY m.sort_order, m.id"))
        return [_move(r, r.n) for r in rows]
    return [_move(r) for r in sql.run(conn, f"{_MOVE} FROM their_move m ORDER BY m.sort_order, m.id")]


def move_by_id(conn: Conn, move_id: int) -> MoveInfo | None:
    row = sql.run(conn, f"{_MOVE} FROM their_move m WHERE m.id = :i", {"i": move_id}).first()
    return _move(row) if row else None


def move_by_slug(conn: Conn, slug: str) -> MoveInfo | None:
    row = sql.run(conn, f"{_MOVE} FROM their_move m WHERE m.slug = :s", {"s": slug}).first()
    return _move(row) if row else None


def move_by_name(conn: Conn, name: str, except_id: int | None = None) -> MoveInfo | None:
    """The move called `name` (as stored or as shown, any case), other than `except_id`."""
    for row in sql.run(conn, f"{_MOVE} FROM their_move m WHERE m.id IS NOT :i ORDER BY m.sort_order, m.id",
                       {"i": except_id}):
        if _same(row.name, name) or _same(shown_move_name(row.slug, row.name), name):
            return _move(row)
    return None


def move_slug_exists(conn: Conn, slug: str) -> bool:
    return sql.run(conn, "SELECT 1 FROM their_move WHERE slug = :s", {"s": slug}).first() is not None


def insert_move(conn: Conn, *, slug: str, name: str) -> int:
    order = sql.run(conn, "SELECT coalesce(max(sort_order), 0) + 1 FROM their_move").scalar_one()
    result = sql.run(conn, (
        "INSERT INTO their_move (slug, name, builtin, archived, sort_order, created_at) "
        "VALUES (:slug, :name, 0, 0, :order, :now)"),
        {"slug": slug, "name": name, "order": order, "now": utc_text(now_utc())})
    return int(result.lastrowid)


def update_move(conn: Conn, move_id: int, *, name: str | None = None, archived: bool | None = None) -> bool:
    fields = {"name": name, "archived": None if archived is None else int(archived)}
    assignments = {k: v for k, v in fields.items() if v is not None}
    setting = ", ".join(f"{k} = :{k}" for k in assignments) or "id = id"
    return sql.run(conn, f"UPDATE their_move SET {setting} WHERE id = :id",
                   {**assignments, "id": move_id}).rowcount > 0


def missing_move_ids(conn: Conn, ids: Iterable[int]) -> set[int]:
    wanted = set(ids)
    if not wanted:
        return set()
    return wanted - {r.id for r in sql.run(conn, "SELECT id FROM their_move WHERE id IN :ids",
                                           {"ids": list(wanted)})}


# -- an entry's beliefs and moves --------------------------------------------------------------------------
def beliefs_for(conn: Conn, entry_ids: Iterable[int]) -> dict[int, tuple[BeliefChip, ...]]:
    """Each entry's beliefs, in the order they were put on it."""
    ids = list(entry_ids)
    if not ids:
        return {}
    found: dict[int, list[BeliefChip]] = {}
    for r in sql.run(conn, (
            "SELECT eb.entry_id AS entry_id, eb.belief_id AS belief_id, eb.strength AS strength, "
            "eb.balanced AS balanced, eb.rerated AS rerated, eb.rerated_at AS rerated_at, b.text AS text, "
            "b.archived AS archived FROM entry_belief eb JOIN belief b ON b.id = eb.belief_id "
            "WHERE eb.entry_id IN :ids ORDER BY eb.rowid"), {"ids": ids}):
        found.setdefault(r.entry_id, []).append(BeliefChip(
            r.belief_id, r.strength, r.balanced, r.rerated,
            from_utc_text(r.rerated_at) if r.rerated_at else None, text=r.text, archived=bool(r.archived)))
    return {k: tuple(v) for k, v in found.items()}


def moves_for(conn: Conn, entry_ids: Iterable[int]) -> dict[int, tuple[MoveChip, ...]]:
    """Each entry's moves: by person (as the entry lists its people), then in the order they were put on it."""
    ids = list(entry_ids)
    if not ids:
        return {}
    found: dict[int, list[MoveChip]] = {}
    for r in sql.run(conn, (
            "SELECT em.entry_id AS entry_id, em.person_id AS person_id, em.move_id AS move_id, p.name AS person, "
            "m.slug AS slug, m.name AS name FROM entry_move em JOIN person p ON p.id = em.person_id "
            "JOIN their_move m ON m.id = em.move_id WHERE em.entry_id IN :ids "
            "ORDER BY p.name COLLATE NOCASE, em.person_id, em.rowid"), {"ids": ids}):
        found.setdefault(r.entry_id, []).append(
            MoveChip(r.person_id, r.move_id, person_name=r.person, slug=r.slug, name=shown_move_name(r.slug, r.name)))
    return {k: tuple(v) for k, v in found.items()}


def replace_beliefs(conn: Conn, entry_id: int, marks: Sequence[BeliefMark]) -> None:
    sql.run(conn, "DELETE FROM entry_belief WHERE entry_id = :e", {"e": entry_id})
    if marks:
        sql.run(conn, (
            "INSERT INTO entry_belief (entry_id, belief_id, strength, balanced, rerated, rerated_at) "
            "VALUES (:e, :b, :s, :t, :r, :at)"),
            [{"e": entry_id, "b": m.belief_id, "s": m.strength, "t": m.balanced, "r": m.rerated,
              "at": utc_text(m.rerated_at) if m.rerated_at else None} for m in marks])


def replace_moves(conn: Conn, entry_id: int, marks: Sequence[MoveMark]) -> None:
    """The entry's moves, exactly these (each for a person on the entry: see entry_queries)."""
    sql.run(conn, "DELETE FROM entry_move WHERE entry_id = :e", {"e": entry_id})
    if marks:
        sql.run(conn, "INSERT INTO entry_move (entry_id, person_id, move_id) VALUES (:e, :p, :m)",
                [{"e": entry_id, "p": m.person_id, "m": m.move_id} for m in dict.fromkeys(marks)])


def rerate(conn: Conn, entry_id: int, belief_id: int, *, balanced: str, rerated: int | None,
           at: datetime | None) -> bool:
    """The second step of the thought record on one belief of one entry; False when the entry does not hold it."""
    return sql.run(conn, (
        "UPDATE entry_belief SET balanced = :t, rerated = :r, rerated_at = :at "
        "WHERE entry_id = :e AND belief_id = :b"),
        {"t": balanced, "r": rerated, "at": utc_text(at) if at else None, "e": entry_id, "b": belief_id},
    ).rowcount > 0


# -- repair links ------------------------------------------------------------------------------------------
_REPAIR = (
    "SELECT r.repaired_id AS repaired_id, r.entry_id AS entry_id, r.reached_first AS reached_first, "
    "a.occurred_at AS repaired_at, b.occurred_at AS repair_at FROM repair_link r "
    "JOIN entry a ON a.id = r.repaired_id JOIN entry b ON b.id = r.entry_id"
)


def _repair(row: Any) -> RepairInfo:
    return RepairInfo(row.repaired_id, row.entry_id, from_utc_text(row.repaired_at), from_utc_text(row.repair_at),
                      row.reached_first)


def repairs_of(conn: Conn, entry_id: int) -> tuple[tuple[RepairInfo, ...], RepairInfo | None]:
    """(the earlier moments entry `entry_id` repaired, oldest first; the entry that repaired it, or None)."""
    made = tuple(_repair(r) for r in sql.run(conn, f"{_REPAIR} WHERE r.entry_id = :e ORDER BY a.occurred_at, a.id",
                                             {"e": entry_id}))
    by = sql.run(conn, f"{_REPAIR} WHERE r.repaired_id = :e", {"e": entry_id}).first()
    return made, _repair(by) if by else None


def repaired_by_for(conn: Conn, entry_ids: Iterable[int]) -> dict[int, RepairInfo]:
    """The later entry (not in the Trash) that repaired each of these moments, if any."""
    ids = list(entry_ids)
    if not ids:
        return {}
    return {r.repaired_id: _repair(r) for r in sql.run(
        conn, f"{_REPAIR} WHERE r.repaired_id IN :ids AND b.deleted_at IS NULL", {"ids": ids})}


def set_repair(conn: Conn, repaired_id: int, entry_id: int, reached_first: str | None) -> None:
    """Entry `entry_id` repaired moment `repaired_id` (a link it had to another entry is replaced)."""
    sql.run(conn, (
        "INSERT INTO repair_link (repaired_id, entry_id, reached_first) VALUES (:a, :b, :f) "
        "ON CONFLICT (repaired_id) DO UPDATE SET entry_id = excluded.entry_id, "
        "reached_first = excluded.reached_first"), {"a": repaired_id, "b": entry_id, "f": reached_first})
    rollup_build.settle(conn)  # the rollups (the repaired moment's chain), in the same transaction


def remove_repair(conn: Conn, repaired_id: int) -> bool:
    removed = sql.run(conn, "DELETE FROM repair_link WHERE repaired_id = :a", {"a": repaired_id}).rowcount > 0
    rollup_build.settle(conn)  # the rollups (the repaired moment's chain), in the same transaction
    return removed


def repair_candidates(conn: Conn, entry_id: int, since: str, limit: int) -> list[RepairCandidate]:
    """Triggered moments not in the Trash before entry `entry_id` (and at or after `since`, stored UTC text) that
    share a person with it, newest first; with nobody on the entry, any triggered moment."""
    rows = sql.run(conn, (
        "SELECT e.id AS id, e.occurred_at AS occurred_at, e.title AS title, substr(e.body, 1, 200) AS body, "
        "r.entry_id AS repaired_by FROM entry e JOIN entry me ON me.id = :e "
        "LEFT JOIN repair_link r ON r.repaired_id = e.id "
        "WHERE e.deleted_at IS NULL AND e.id <> me.id AND e.occurred_at >= :since "
        "AND (e.occurred_at < me.occurred_at OR (e.occurred_at = me.occurred_at AND e.id < me.id)) "
        "AND e.id IN (SELECT et.entry_id FROM entry_trigger et) "  # not EXISTS: see listing_queries (SQLite 3.51.1)
        "AND (me.id NOT IN (SELECT entry_id FROM entry_person) OR e.id IN (SELECT a.entry_id FROM entry_person a "
        "JOIN entry_person b ON b.person_id = a.person_id WHERE b.entry_id = me.id)) "
        "ORDER BY e.occurred_at DESC, e.id DESC LIMIT :n"), {"e": entry_id, "since": since, "n": limit}).all()
    names: dict[int, list[str]] = {}
    for eid, name in sql.run(conn, (
            "SELECT ep.entry_id, p.name FROM entry_person ep JOIN person p ON p.id = ep.person_id "
            "WHERE ep.entry_id IN :ids ORDER BY p.name COLLATE NOCASE"), {"ids": [r.id for r in rows]}):
        names.setdefault(eid, []).append(name)
    return [RepairCandidate(r.id, from_utc_text(r.occurred_at),
                            r.title.strip() or first_sentence(plain_markdown(r.body)), tuple(names.get(r.id, ())),
                            r.repaired_by) for r in rows]
