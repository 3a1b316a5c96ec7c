"""Entries of a date range with everything a summary shows, fetched in a few queries (not four per entry)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, bindparam, text

from journal_app.models.values import EntryDetail, PersonInfo
from journal_app.store import cycle_queries
from journal_app.store.entry_queries import ENTRY_COLUMNS, chips_for, entry_detail

BATCH = 500


def entries_between(conn: Connection, lo: str, hi: str, *, shared_only: bool = False,
                    ids: tuple[int, ...] | None = None) -> list[EntryDetail]:
    """Entries not in the Trash with lo <= occurred_at < hi (UTC texts), oldest first; only shared ones, or
    only `ids`, when asked."""
    where = "deleted_at IS NULL AND occurred_at >= :lo AND occurred_at < :hi"
    if shared_only:
        where += " AND shared = 1"
    rows = conn.execute(
        text(f"SELECT {ENTRY_COLUMNS} FROM entry WHERE {where} ORDER BY occurred_at, id"),
        {"lo": lo, "hi": hi},
    ).all()
    if ids is not None:
        wanted = set(ids)
        rows = [r for r in rows if r.id in wanted]
    out: list[EntryDetail] = []
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        entry_ids = [r.id for r in batch]
        chips = chips_for(conn, entry_ids)
        people: dict[int, list[PersonInfo]] = {}
        for entry_id, pid, name, relationship in conn.execute(
            text("SELECT ep.entry_id, p.id, p.name, p.relationship FROM entry_person ep "
                 "JOIN person p ON p.id = ep.person_id WHERE ep.entry_id IN :ids ORDER BY p.name COLLATE NOCASE"
                 ).bindparams(bindparam("ids", expanding=True)),
            {"ids": entry_ids},
        ):
            people.setdefault(entry_id, []).append(PersonInfo(id=pid, name=name, relationship=relationship))
        responses: dict[int, list[str]] = {}
        for entry_id, response in conn.execute(
            text("SELECT entry_id, response FROM entry_response WHERE entry_id IN :ids ORDER BY rowid"
                 ).bindparams(bindparam("ids", expanding=True)),
            {"ids": entry_ids},
        ):
            responses.setdefault(entry_id, []).append(response)
        held, moved = cycle_queries.beliefs_for(conn, entry_ids), cycle_queries.moves_for(conn, entry_ids)
        mended = cycle_queries.repaired_by_for(conn, entry_ids)
        out += [replace(entry_detail(r, triggers=chips.get(r.id, ()), people=tuple(people.get(r.id, ())),
                                     responses=tuple(responses.get(r.id, ()))),
                        beliefs=held.get(r.id, ()), moves=moved.get(r.id, ()), repaired_by=mended.get(r.id))
                for r in batch]
    return out
