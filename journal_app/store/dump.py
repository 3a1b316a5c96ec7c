"""The SQL behind the complete JSON backup and its restore (exporting/json_backup.py,
importing/json_restore.py).

Reading: the small tables whole, entries and their links in keyset batches by id, so a backup of any size
reads a bounded number of rows at a time. Link rows come back in rowid order, which is the order they were written
in; the restore writes them in that order again. Timestamps are handed over as stored
('YYYY-MM-DD HH:MM:SS.ffffff', UTC); the callers convert.

Writing: rows are inserted as given (uuids, timestamps, flags), for a restore into a journal without entries.
Entry ids are assigned by the caller (`next_entry_id`), so a batch of entries and its links go in with one
`executemany` each. The FTS index: row by row through the insert trigger costs about 40x more than one
rebuild in an encrypted journal (SQLCipher's cipher_memory_security wipes each of FTS5's many small
allocations; 5.3 s against 0.15 s for 36,500 entries), so a restore lifts that trigger for its own transaction
and rebuilds the index once at the end (`defer_search_index` / `rebuild_search_index`); the trigger is put back
exactly as it was (its SQL read from sqlite_master) before the commit, and a rollback undoes all of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection

BATCH = 500


# -- the rows, by name ---------------------------------------------------------------------------------
class TriggerRow(NamedTuple):
    """A trigger as a backup holds it: every column but its id, and the guidance articles linked to it."""

    slug: str
    name: str
    description: str
    colour: str
    builtin: bool
    archived: bool
    pattern: str | None
    sort_order: int
    created_at: str
    guidance: tuple[str, ...] = ()


class PersonRow(NamedTuple):
    name: str
    relationship: str
    created_at: str


class SessionRow(NamedTuple):
    uuid: str
    held_on: str
    note: str
    created_at: str
    updated_at: str


class QuestionRow(NamedTuple):
    """A thing to bring up; its entry by uuid (None: not about an entry)."""

    uuid: str
    text: str
    entry_uuid: str | None
    created_at: str
    done_at: str | None


class BeliefRow(NamedTuple):
    """A belief of the person's own list as a backup holds it."""

    text: str
    archived: bool
    created_at: str


class MoveRow(NamedTuple):
    """A move (what another person did) as a backup holds it: every column but its id."""

    slug: str
    name: str
    builtin: bool
    archived: bool
    sort_order: int
    created_at: str


class BeliefLink(NamedTuple):
    """A belief on an entry: the belief's words, how true it felt, and the thought record's second step."""

    text: str
    strength: int | None
    balanced: str
    rerated: int | None
    rerated_at: str | None


class RepairRow(NamedTuple):
    """A repair link by uuids: the later entry repaired the earlier moment."""

    entry_uuid: str
    repaired_uuid: str
    reached_first: str | None


class NewEntry(NamedTuple):
    """An entry's columns as a restore or an import writes them (its id comes first, given by the caller)."""

    id: int
    uuid: str
    occurred_at: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    title: str
    body: str
    shared: bool
    repair: str | None


# -- reading -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryRow:
    id: int
    uuid: str
    occurred_at: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    title: str
    body: str
    shared: bool
    repair: str | None
    responses: tuple[str, ...]
    triggers: tuple[tuple[str, int | None], ...]  # (slug, intensity)
    people: tuple[str, ...]
    beliefs: tuple[BeliefLink, ...] = ()
    moves: tuple[tuple[str, str], ...] = ()  # (person's name, move slug)


def counts(conn: Connection) -> dict[str, int]:
    """Rows in each table that a backup holds."""
    return {
        table: int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
        for table in ("entry", "trigger", "person", "therapy_session", "agenda_item", "belief", "their_move",
                      "repair_link")
    }


def triggers(conn: Connection) -> list[TriggerRow]:
    """Every trigger with its guidance links, in the order they were added."""
    links: dict[int, list[str]] = {}
    for trigger_id, article_id in conn.exec_driver_sql(
            "SELECT trigger_id, article_id FROM trigger_guidance ORDER BY rowid"):
        links.setdefault(trigger_id, []).append(article_id)
    rows = conn.exec_driver_sql(
        "SELECT id, slug, name, description, colour, builtin, archived, pattern, sort_order, created_at "
        "FROM trigger ORDER BY id"
    ).all()
    return [TriggerRow(r.slug, r.name, r.description, r.colour, bool(r.builtin), bool(r.archived), r.pattern,
                       r.sort_order, r.created_at, tuple(links.get(r.id, ()))) for r in rows]


def people(conn: Connection) -> list[PersonRow]:
    """Every person, in the order they were added."""
    return [PersonRow(r.name, r.relationship, r.created_at) for r in conn.exec_driver_sql(
        "SELECT name, relationship, created_at FROM person ORDER BY id")]


def beliefs(conn: Connection) -> list[BeliefRow]:
    """Every belief of the person's own list, in the order they were added."""
    return [BeliefRow(r.text, bool(r.archived), r.created_at) for r in conn.exec_driver_sql(
        "SELECT text, archived, created_at FROM belief ORDER BY id")]


def moves(conn: Connection) -> list[MoveRow]:
    """Every move (built-in and the person's own), in the order they were added."""
    return [MoveRow(r.slug, r.name, bool(r.builtin), bool(r.archived), r.sort_order, r.created_at)
            for r in conn.exec_driver_sql(
                "SELECT slug, name, builtin, archived, sort_order, created_at FROM their_move ORDER BY id")]


def repairs(conn: Connection) -> list[RepairRow]:
    """Every repair link, by the uuids of its entries, in the order they were made."""
    return [RepairRow(r.entry_uuid, r.repaired_uuid, r.reached_first) for r in conn.exec_driver_sql(
        "SELECT b.uuid AS entry_uuid, a.uuid AS repaired_uuid, r.reached_first AS reached_first FROM repair_link r "
        "JOIN entry a ON a.id = r.repaired_id JOIN entry b ON b.id = r.entry_id ORDER BY r.rowid")]


def sessions(conn: Connection) -> list[SessionRow]:
    """Every therapy session, in the order they were added."""
    return [SessionRow(r.uuid, r.held_on, r.note, r.created_at, r.updated_at) for r in conn.exec_driver_sql(
        "SELECT uuid, held_on, note, created_at, updated_at FROM therapy_session ORDER BY id")]


def agenda_items(conn: Connection) -> list[QuestionRow]:
    """Every thing to bring up, in the order they were added."""
    return [QuestionRow(r.uuid, r.text, r.entry_uuid, r.created_at, r.done_at) for r in conn.exec_driver_sql(
        "SELECT a.uuid, a.text, e.uuid AS entry_uuid, a.created_at, a.done_at FROM agenda_item a "
        "LEFT JOIN entry e ON e.id = a.entry_id ORDER BY a.id")]


def entry_batches(conn: Connection, batch: int = BATCH) -> Iterator[list[EntryRow]]:
    """Every entry (the Trash too) in id order, `batch` at a time, each with its responses, triggers and
    people."""
    after = 0
    while True:
        rows = conn.exec_driver_sql(
            "SELECT id, uuid, occurred_at, created_at, updated_at, deleted_at, title, body, shared, repair "
            "FROM entry WHERE id > ? ORDER BY id LIMIT ?", (after, batch),
        ).all()
        if not rows:
            return
        lo, hi = rows[0].id, rows[-1].id
        responses: dict[int, list[str]] = {}
        for entry_id, response in conn.exec_driver_sql(
                "SELECT entry_id, response FROM entry_response WHERE entry_id BETWEEN ? AND ? ORDER BY rowid",
                (lo, hi)):
            responses.setdefault(entry_id, []).append(response)
        marks: dict[int, list[tuple[str, int | None]]] = {}
        for entry_id, slug, intensity in conn.exec_driver_sql(
                "SELECT et.entry_id, t.slug, et.intensity FROM entry_trigger et "
                "JOIN trigger t ON t.id = et.trigger_id WHERE et.entry_id BETWEEN ? AND ? ORDER BY et.rowid", (lo, hi)):
            marks.setdefault(entry_id, []).append((slug, intensity))
        names: dict[int, list[str]] = {}
        for entry_id, name in conn.exec_driver_sql(
                "SELECT ep.entry_id, p.name FROM entry_person ep JOIN person p ON p.id = ep.person_id "
                "WHERE ep.entry_id BETWEEN ? AND ? ORDER BY ep.rowid", (lo, hi)):
            names.setdefault(entry_id, []).append(name)
        held, moved = _cycle_links(conn, lo, hi)
        yield [
            EntryRow(r.id, r.uuid, r.occurred_at, r.created_at, r.updated_at, r.deleted_at, r.title, r.body,
                     bool(r.shared), r.repair, tuple(responses.get(r.id, ())), tuple(marks.get(r.id, ())),
                     tuple(names.get(r.id, ())), tuple(held.get(r.id, ())), tuple(moved.get(r.id, ())))
            for r in rows
        ]
        after = hi


def _cycle_links(conn: Connection, lo: int, hi: int) -> tuple[dict[int, list[BeliefLink]],
                                                               dict[int, list[tuple[str, str]]]]:
    """The beliefs and moves of the entries with ids lo..hi, in the order they were put on each."""
    held: dict[int, list[BeliefLink]] = {}
    for r in conn.exec_driver_sql(
            "SELECT eb.entry_id AS entry_id, b.text AS text, eb.strength AS strength, eb.balanced AS balanced, "
            "eb.rerated AS rerated, eb.rerated_at AS rerated_at FROM entry_belief eb "
            "JOIN belief b ON b.id = eb.belief_id WHERE eb.entry_id BETWEEN ? AND ? ORDER BY eb.rowid", (lo, hi)):
        held.setdefault(r.entry_id, []).append(BeliefLink(r.text, r.strength, r.balanced, r.rerated, r.rerated_at))
    moved: dict[int, list[tuple[str, str]]] = {}
    for entry_id, name, slug in conn.exec_driver_sql(
            "SELECT em.entry_id, p.name, m.slug FROM entry_move em JOIN person p ON p.id = em.person_id "
            "JOIN their_move m ON m.id = em.move_id WHERE em.entry_id BETWEEN ? AND ? ORDER BY em.rowid", (lo, hi)):
        moved.setdefault(entry_id, []).append((name, slug))
    return held, moved


# -- writing (restore) -------------------------------------------------------------------------------
def restore_blockers(conn: Connection) -> dict[str, int]:
    """What stands in the way of a restore: entries (the Trash included), sessions and agenda items."""
    return {
        "entries": _count(conn, "SELECT count(*) FROM entry"),
        "trash": _count(conn, "SELECT count(*) FROM entry WHERE deleted_at IS NOT NULL"),
        "sessions": _count(conn, "SELECT count(*) FROM therapy_session"),
        "questions": _count(conn, "SELECT count(*) FROM agenda_item"),
    }


def _count(conn: Connection, sql: str) -> int:
    return int(conn.exec_driver_sql(sql).scalar_one())


def existing_triggers(conn: Connection) -> list[tuple[int, str, str]]:
    """(id, slug, name) of the triggers already in the journal."""
    return [(r.id, r.slug, r.name) for r in conn.exec_driver_sql("SELECT id, slug, name FROM trigger ORDER BY id")]


def existing_people(conn: Connection) -> list[tuple[int, str]]:
    """(id, name) of the people already in the journal."""
    return [(r.id, r.name) for r in conn.exec_driver_sql("SELECT id, name FROM person ORDER BY id")]


def update_trigger(conn: Connection, trigger_id: int, row: TriggerRow) -> None:
    """Overwrite every column of trigger `trigger_id` with `row`'s (its guidance links are not touched)."""
    conn.exec_driver_sql(
        "UPDATE trigger SET slug = ?, name = ?, description = ?, colour = ?, builtin = ?, archived = ?, "
        "pattern = ?, sort_order = ?, created_at = ? WHERE id = ?",
        (*_trigger_params(row), trigger_id),
    )


def insert_trigger(conn: Connection, row: TriggerRow) -> int:
    """A trigger with every column as given (its guidance links not yet); its new id."""
    result = conn.exec_driver_sql(
        "INSERT INTO trigger (slug, name, description, colour, builtin, archived, pattern, sort_order, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _trigger_params(row),
    )
    return int(result.lastrowid)


def _trigger_params(row: TriggerRow) -> tuple[str, str, str, str, int, int, str | None, int, str]:
    return (row.slug, row.name, row.description, row.colour, int(row.builtin), int(row.archived), row.pattern,
            row.sort_order, row.created_at)


def add_guidance_links(conn: Connection, trigger_id: int, article_ids: Sequence[str]) -> None:
    """Link these articles to the trigger, in this order, after any links it already has."""
    if article_ids:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO trigger_guidance (trigger_id, article_id) VALUES (?, ?)",
            [(trigger_id, a) for a in article_ids],
        )


def update_person(conn: Connection, person_id: int, name: str, relationship: str, created_at: str) -> None:
    conn.exec_driver_sql("UPDATE person SET name = ?, relationship = ?, created_at = ? WHERE id = ?",
                         (name, relationship, created_at, person_id))


def insert_person(conn: Connection, name: str, relationship: str, created_at: str) -> int:
    result = conn.exec_driver_sql("INSERT INTO person (name, relationship, created_at) VALUES (?, ?, ?)",
                                  (name, relationship, created_at))
    return int(result.lastrowid)


def existing_beliefs(conn: Connection) -> list[tuple[int, str]]:
    """(id, text) of the beliefs already in the journal."""
    return [(r.id, r.text) for r in conn.exec_driver_sql("SELECT id, text FROM belief ORDER BY id")]


def update_belief(conn: Connection, belief_id: int, row: BeliefRow) -> None:
    conn.exec_driver_sql("UPDATE belief SET text = ?, archived = ?, created_at = ? WHERE id = ?",
                         (row.text, int(row.archived), row.created_at, belief_id))


def insert_belief(conn: Connection, row: BeliefRow) -> int:
    result = conn.exec_driver_sql("INSERT INTO belief (text, archived, created_at) VALUES (?, ?, ?)",
                                  (row.text, int(row.archived), row.created_at))
    return int(result.lastrowid)


def existing_moves(conn: Connection) -> list[tuple[int, str, str]]:
    """(id, slug, name) of the moves already in the journal."""
    return [(r.id, r.slug, r.name) for r in conn.exec_driver_sql("SELECT id, slug, name FROM their_move ORDER BY id")]


def update_move(conn: Connection, move_id: int, row: MoveRow) -> None:
    """Overwrite every column of move `move_id` with `row`'s."""
    conn.exec_driver_sql(
        "UPDATE their_move SET slug = ?, name = ?, builtin = ?, archived = ?, sort_order = ?, created_at = ? "
        "WHERE id = ?", (row.slug, row.name, int(row.builtin), int(row.archived), row.sort_order, row.created_at,
                         move_id))


def insert_move(conn: Connection, row: MoveRow) -> int:
    result = conn.exec_driver_sql(
        "INSERT INTO their_move (slug, name, builtin, archived, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (row.slug, row.name, int(row.builtin), int(row.archived), row.sort_order, row.created_at))
    return int(result.lastrowid)


def insert_cycle_links(conn: Connection, beliefs: Sequence[tuple[int, int, int | None, str, int | None, str | None]],
                       moves: Sequence[tuple[int, int, int]]) -> None:
    """A batch of entries' beliefs (entry id, belief id, strength, kinder thought, second rating, when) and
    moves (entry id, person id, move id), in the order given (their people already on the entries)."""
    if beliefs:
        conn.exec_driver_sql("INSERT INTO entry_belief (entry_id, belief_id, strength, balanced, rerated, rerated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)", list(beliefs))
    if moves:
        conn.exec_driver_sql("INSERT INTO entry_move (entry_id, person_id, move_id) VALUES (?, ?, ?)", list(moves))


def insert_repairs(conn: Connection, rows: Sequence[RepairRow]) -> None:
    """Repair links; each one's entries are found by their uuids."""
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO repair_link (entry_id, repaired_id, reached_first) VALUES "
            "((SELECT id FROM entry WHERE uuid = ?), (SELECT id FROM entry WHERE uuid = ?), ?)", list(rows))


_FTS_INSERT_TRIGGER = "entry_fts_ai"


def defer_search_index(conn: Connection) -> str | None:
    """Lift the trigger that indexes each new entry, within this transaction; returns its SQL (None if it is
    not there)."""
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                               (_FTS_INSERT_TRIGGER,)).scalar()
    if sql:
        conn.exec_driver_sql(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}")
    return sql


def rebuild_search_index(conn: Connection, trigger_sql: str | None) -> None:
    """Put the insert trigger back (as `defer_search_index` returned it) and rebuild the whole FTS index from
    the entries, which makes it match them exactly."""
    if trigger_sql:
        conn.exec_driver_sql(trigger_sql)
    conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')")


def next_entry_id(conn: Connection) -> int:
    return _count(conn, "SELECT coalesce(max(id), 0) + 1 FROM entry")


def insert_entries(conn: Connection, entries: Sequence[NewEntry], responses: Sequence[tuple[int, str]],
                   marks: Sequence[tuple[int, int, int | None]], people: Sequence[tuple[int, int]]) -> None:
    """A batch of entries and their links: responses (entry id, response), marks (entry id, trigger id,
    intensity), people (entry id, person id); links in the order given."""
    if entries:
        conn.exec_driver_sql(
            "INSERT INTO entry (id, uuid, occurred_at, created_at, updated_at, deleted_at, title, body, "
            "shared, repair) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", list(entries))
    if responses:
        conn.exec_driver_sql("INSERT INTO entry_response (entry_id, response) VALUES (?, ?)", list(responses))
    if marks:
        conn.exec_driver_sql("INSERT INTO entry_trigger (entry_id, trigger_id, intensity) VALUES (?, ?, ?)",
                             list(marks))
    if people:
        conn.exec_driver_sql("INSERT INTO entry_person (entry_id, person_id) VALUES (?, ?)", list(people))


def insert_sessions(conn: Connection, rows: Sequence[SessionRow]) -> None:
    if rows:
        conn.exec_driver_sql("INSERT INTO therapy_session (uuid, held_on, note, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?)", list(rows))


def insert_agenda_items(conn: Connection, rows: Sequence[QuestionRow]) -> None:
    """Things to bring up; each one's entry is found by its uuid."""
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO agenda_item (uuid, text, entry_id, created_at, done_at) "
            "VALUES (?, ?, (SELECT id FROM entry WHERE uuid = ?), ?, ?)", list(rows))
