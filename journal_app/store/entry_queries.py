"""Entries and their links to triggers and people."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from journal_app.models.types import from_utc_text, utc_text
from journal_app.models.values import EntryDetail, EntryForm, PersonInfo, TriggerChip, shown_trigger_name
from journal_app.store import cycle_queries, rollup_build, sql
from journal_app.store.sql import Conn


def insert_entry(conn: Conn, form: EntryForm, *, uuid: str, now: datetime) -> int:
    result = sql.run(
        conn, (
            "INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared, deleted_at, repair) "
            "VALUES (:uuid, :at, :now, :now, :title, :body, :shared, NULL, :repair)"
        ),
        {"uuid": uuid, "at": utc_text(form.occurred_at), "now": utc_text(now), "title": form.title,
         "body": form.body, "shared": int(form.shared), "repair": form.repair},
    )
    entry_id = int(result.lastrowid)
    _replace_links(conn, entry_id, form)
    rollup_build.settle(conn)  # the Patterns rollups, in the same transaction
    return entry_id


def update_entry(conn: Conn, form: EntryForm, *, now: datetime) -> bool:
    """Write the form over entry `form.id`. Returns False when the entry no longer exists."""
    result = sql.run(
        conn, (
            "UPDATE entry SET occurred_at = :at, updated_at = :now, title = :title, body = :body, shared = :shared, "
            "repair = :repair WHERE id = :id"
        ),
        {"id": form.id, "at": utc_text(form.occurred_at), "now": utc_text(now), "title": form.title,
         "body": form.body, "shared": int(form.shared), "repair": form.repair},
    )
    if result.rowcount == 0 or form.id is None:  # no such entry
        return False
    _replace_links(conn, form.id, form)
    rollup_build.settle(conn)  # the Patterns rollups, in the same transaction
    return True


def _replace_links(conn: Conn, entry_id: int, form: EntryForm) -> None:
    # the moves hang on the entry's people (taking a person off takes their moves): a form that leaves the moves
    # as they are (None) keeps those of the people still on the entry
    moves = form.moves
    if moves is None:
        kept = set(form.person_ids)
        moves = tuple(m.mark() for m in cycle_queries.moves_for(conn, [entry_id]).get(entry_id, ())
                      if m.person_id in kept)
    sql.run(conn, "DELETE FROM entry_trigger WHERE entry_id = :e", {"e": entry_id})
    sql.run(conn, "DELETE FROM entry_move WHERE entry_id = :e", {"e": entry_id})
    sql.run(conn, "DELETE FROM entry_person WHERE entry_id = :e", {"e": entry_id})
    sql.run(conn, "DELETE FROM entry_response WHERE entry_id = :e", {"e": entry_id})
    if form.responses:
        sql.run(
            conn, "INSERT INTO entry_response (entry_id, response) VALUES (:e, :r)",
            [{"e": entry_id, "r": r} for r in dict.fromkeys(form.responses)],
        )
    if form.triggers:
        sql.run(
            conn, "INSERT INTO entry_trigger (entry_id, trigger_id, intensity) VALUES (:e, :t, :i)",
            [{"e": entry_id, "t": m.trigger_id, "i": m.intensity} for m in form.triggers],
        )
    if form.person_ids:
        sql.run(
            conn, "INSERT INTO entry_person (entry_id, person_id) VALUES (:e, :p)",
            [{"e": entry_id, "p": p} for p in dict.fromkeys(form.person_ids)],
        )
    cycle_queries.replace_moves(conn, entry_id, moves)
    if form.beliefs is not None:
        cycle_queries.replace_beliefs(conn, entry_id, form.beliefs)


def get_entry(conn: Conn, entry_id: int) -> EntryDetail | None:
    row = sql.run(
        conn, f"SELECT {ENTRY_COLUMNS} FROM entry WHERE id = :id",
        {"id": entry_id},
    ).first()
    if row is None:
        return None
    people = sql.run(
        conn, (
            "SELECT p.id AS id, p.name AS name, p.relationship AS relationship FROM entry_person ep "
            "JOIN person p ON p.id = ep.person_id WHERE ep.entry_id = :id ORDER BY p.name COLLATE NOCASE"
        ),
        {"id": entry_id},
    )
    responses = sql.run(
        conn, "SELECT response FROM entry_response WHERE entry_id = :id ORDER BY rowid", {"id": entry_id}
    )
    repairs, repaired_by = cycle_queries.repairs_of(conn, entry_id)
    return replace(
        entry_detail(
            row,
            triggers=chips_for(conn, [entry_id]).get(entry_id, ()),
            people=tuple(PersonInfo(id=p.id, name=p.name, relationship=p.relationship) for p in people),
            responses=tuple(r.response for r in responses),
        ),
        beliefs=cycle_queries.beliefs_for(conn, [entry_id]).get(entry_id, ()),
        moves=cycle_queries.moves_for(conn, [entry_id]).get(entry_id, ()), repairs=repairs, repaired_by=repaired_by,
    )


ENTRY_COLUMNS = "id, uuid, occurred_at, created_at, updated_at, title, body, shared, deleted_at, repair"


def entry_detail(row: Any, *, triggers: tuple[TriggerChip, ...], people: tuple[PersonInfo, ...],
                 responses: tuple[str, ...]) -> EntryDetail:
    """An entry from a row of ENTRY_COLUMNS and its links."""
    return EntryDetail(
        id=row.id, uuid=row.uuid, occurred_at=from_utc_text(row.occurred_at),
        created_at=from_utc_text(row.created_at), updated_at=from_utc_text(row.updated_at), title=row.title,
        body=row.body, shared=bool(row.shared), deleted_at=from_utc_text(row.deleted_at) if row.deleted_at else None,
        triggers=triggers, people=people, responses=responses, repair=row.repair,
    )


def chips_for(conn: Conn, entry_ids: Iterable[int]) -> dict[int, tuple[TriggerChip, ...]]:
    ids = list(entry_ids)
    if not ids:
        return {}
    rows = sql.run(
        conn, (
            "SELECT et.entry_id, t.id, t.slug, t.name, t.colour, et.intensity, t.archived "
            "FROM entry_trigger et JOIN trigger t ON t.id = et.trigger_id "
            "WHERE et.entry_id IN :ids ORDER BY t.sort_order, t.id"
        ),
        {"ids": ids},
    )
    chips: dict[int, list[TriggerChip]] = {}
    for entry_id, tid, slug, name, colour, intensity, archived in rows:
        chips.setdefault(entry_id, []).append(
            TriggerChip(tid, slug, shown_trigger_name(slug, name), colour, intensity, bool(archived)))
    return {k: tuple(v) for k, v in chips.items()}


def people_for(conn: Conn, entry_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    ids = list(entry_ids)
    if not ids:
        return {}
    rows = sql.run(
        conn, (
            "SELECT ep.entry_id, p.name FROM entry_person ep JOIN person p ON p.id = ep.person_id "
            "WHERE ep.entry_id IN :ids ORDER BY p.name COLLATE NOCASE"
        ),
        {"ids": ids},
    )
    names: dict[int, list[str]] = {}
    for entry_id, name in rows:
        names.setdefault(entry_id, []).append(name)
    return {k: tuple(v) for k, v in names.items()}


def set_deleted(conn: Conn, entry_id: int, when: datetime | None) -> bool:
    result = sql.run(
        conn, "UPDATE entry SET deleted_at = :when WHERE id = :id",
        {"id": entry_id, "when": utc_text(when) if when else None},
    )
    rollup_build.settle(conn)  # the Patterns rollups, in the same transaction
    return result.rowcount > 0


def count_trash(conn: Conn) -> int:
    return int(sql.run(conn, "SELECT count(*) FROM entry WHERE deleted_at IS NOT NULL").scalar_one())


def purge_trash(conn: Conn) -> int:
    """Delete the entries in the Trash for good, and their words from the search index.

    The rows themselves are overwritten by SQLite (secure_delete=ON). The FTS5 index is external-content:
    the trigger entry_fts_ad only adds a delete marker in a new segment, while the words stay in the older
    segments until they are merged. 'optimize' merges every segment into one without the deleted entries,
    and the pages the old segments held are freed and so overwritten too. The caller checkpoints afterwards
    (see checkpoint_away) so no copy of those pages is left in the write-ahead log."""
    removed = sql.run(conn, "DELETE FROM entry WHERE deleted_at IS NOT NULL").rowcount
    if removed:
        purge_search_index(conn)
    rollup_build.settle(conn)  # the Patterns rollups, in the same transaction
    return removed


def purge_search_index(conn: Conn) -> None:
    """Rewrite the FTS5 index into one segment, leaving out entries deleted from it (after any permanent
    delete). Costs a pass over the index (about as long as a search over every entry)."""
    conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES ('optimize')")


def checkpoint_away(conn: Conn) -> bool:
    """Copy the write-ahead log into the journal file and empty it (outside any transaction), so pages that
    held deleted text are not kept in the log. False when another connection was reading and the log could
    not be emptied yet (it is emptied when the journal is closed)."""
    busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    return busy is None or busy.busy == 0  # the pragma's columns: busy, log, checkpointed


def count_live(conn: Conn) -> int:
    return int(sql.run(conn, "SELECT count(*) FROM entry WHERE deleted_at IS NULL").scalar_one())
