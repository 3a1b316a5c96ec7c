"""Entries of a date range with everything a summary shows, fetched in a few queries (not four per entry)."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, text

from journal_app.models.types import from_utc_text
from journal_app.models.values import EntryDetail, PersonInfo
from journal_app.store.entry_queries import chips_for

BATCH = 500


def entries_between(conn: Connection, lo: str, hi: str, *, shared_only: bool = False,
                    ids: tuple[int, ...] | None = None) -> list[EntryDetail]:
    """Entries not in the Trash with lo <= occurred_at < hi (UTC texts), oldest first; only shared ones, or
    only `ids`, when asked."""
    where = "deleted_at IS NULL AND occurred_at >= :lo AND occurred_at < :hi"
    if shared_only:
        where += " AND shared = 1"
    rows = conn.execute(
        text("SELECT id, uuid, occurred_at, created_at, updated_at, title, body, shared, deleted_at, repair "
             f"FROM entry WHERE {where} ORDER BY occurred_at, id"),
        {"lo": lo, "hi": hi},
    ).all()
    if ids is not None:
        wanted = set(ids)
        rows = [r for r in rows if r[0] in wanted]
    out: list[EntryDetail] = []
    for start in range(0, len(rows), BATCH):
        batch = rows[start:start + BATCH]
        entry_ids = [r[0] for r in batch]
        chips = chips_for(conn, entry_ids)
        people: dict[int, list[PersonInfo]] = {}
        for entry_id, pid, name, relationship in conn.execute(
            text("SELECT ep.entry_id, p.id, p.name, p.relationship FROM entry_person ep "
                 "JOIN person p ON p.id = ep.person_id WHERE ep.entry_id IN :ids ORDER BY p.name COLLATE NOCASE"
                 ).bindparams(bindparam("ids", expanding=True)),
            {"ids": entry_ids},
        ):
            people.setdefault(entry_id, []).append(PersonInfo(pid, name, relationship))
        responses: dict[int, list[str]] = {}
        for entry_id, response in conn.execute(
            text("SELECT entry_id, response FROM entry_response WHERE entry_id IN :ids ORDER BY rowid"
                 ).bindparams(bindparam("ids", expanding=True)),
            {"ids": entry_ids},
        ):
            responses.setdefault(entry_id, []).append(response)
        for r in batch:
            out.append(EntryDetail(
                id=r[0], uuid=r[1], occurred_at=from_utc_text(r[2]), created_at=from_utc_text(r[3]),
                updated_at=from_utc_text(r[4]), title=r[5], body=r[6], shared=bool(r[7]),
                deleted_at=from_utc_text(r[8]) if r[8] else None, triggers=chips.get(r[0], ()),
                people=tuple(people.get(r[0], ())), responses=tuple(responses.get(r[0], ())), repair=r[9],
            ))
    return out
