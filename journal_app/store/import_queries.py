"""The SQL behind importing entries from other journals (importing/apply.py): what is already there (for
skipping duplicates) and the search index for the new rows. The rows themselves go in through
`dump.insert_entries`, a batch of entries and their links with one `executemany` each.

Search index: each new row indexed by the insert trigger costs far more than one statement that indexes them
all, in an encrypted journal above all (see dump.py), so an import lifts that trigger for its own transaction
(`dump.defer_search_index`) and indexes exactly the new rows at the end (`index_new_entries`), without
rebuilding the index of the entries already there. A rollback undoes all of it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Connection

CHUNK = 500  # bound parameters per IN (...) query, well below SQLite's limit


def existing_uuids(conn: Connection, uuids: Sequence[str]) -> set[str]:
    """Those of `uuids` that an entry in the journal (the Trash included) already has."""
    found: set[str] = set()
    wanted = list(dict.fromkeys(uuids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(r.uuid for r in conn.exec_driver_sql(f"SELECT uuid FROM entry WHERE uuid IN ({marks})",
                                                        tuple(chunk)))
    return found


def entries_between(conn: Connection, lo: str, hi: str) -> Iterator[tuple[str, str, str]]:
    """(occurred_at, title, body) of every entry (the Trash included) with lo <= occurred_at < hi, compared
    as stored text ('YYYY-MM-DD HH:MM:SS.ffffff', UTC; a prefix such as 'YYYY-MM-DD HH:MM' works too)."""
    result = conn.exec_driver_sql(
        "SELECT occurred_at, title, body FROM entry WHERE occurred_at >= ? AND occurred_at < ?", (lo, hi))
    for row in result:
        yield row.occurred_at, row.title, row.body


def index_new_entries(conn: Connection, first_id: int, trigger_sql: str | None) -> None:
    """Put back the insert trigger (as `dump.defer_search_index` returned it) and add the entries from id
    `first_id` on to the search index, in one statement."""
    if trigger_sql:
        conn.exec_driver_sql(trigger_sql)
    conn.exec_driver_sql("INSERT INTO entry_fts(rowid, title, body) SELECT id, title, body FROM entry "
                         "WHERE id >= ? ORDER BY id", (first_id,))
