"""Reading the cycle's per-day rollups (store/cycle_rollup.py describes the table; store/rollup_build.py keeps
it): the chains of any range of local days from a row a day, a month, a year or a decade (migration 0013), summed
per person and chain, in the order the direct reading (store/cycle_report_queries.py) first meets them. Read only
when rollup_build.ready and cycle_rollup.present say so, in the same read transaction."""

from __future__ import annotations

from typing import Any, NamedTuple

from journal_app.store import sql
from journal_app.store.cycle_rollup import KEYS, TABLE
from journal_app.store.rollup_queries import Slice
from journal_app.store.rollup_queries import _fetch as fetch  # plain tuples straight from the driver
from journal_app.store.sql import Conn

__all__ = ["ChainRow", "Slice", "chain_rows", "moments", "outcomes"]


class ChainRow(NamedTuple):
    """One chain over the range: the person (None: a moment with nobody on it), its step keys (None: nothing
    recorded; the belief as its id) and how many (moment, person) pairs took it."""

    person_id: int | None
    person: str | None
    trigger: str | None
    belief: int | None
    did: str | None
    they: str | None
    outcome: str | None
    pairs: int


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's NOCASE


def chain_rows(conn: Conn, where: Slice, person_id: int | None = None) -> list[ChainRow]:
    """Every chain of the slice's days (with `person_id`, only that person's), first met first: by the time and
    id of its first moment, then as the direct reading orders a moment's people (name, then id). The rows of the
    slice are summed per chain here, not in SQL: SQLite's GROUP BY over the six keys sorted them, several times
    slower than a dictionary (10,000 rows over ten years at 36,500 entries)."""
    source, params = where.widest().source(TABLE, columns=f"{KEYS}, pairs, first")
    only = ""
    if person_id is not None:
        only, params = " WHERE r.person_id = :person", {**params, "person": person_id}
    held: dict[tuple[Any, ...], list[Any]] = {}
    for *key, n, first in fetch(conn, f"SELECT {', '.join(f'r.{k.strip()}' for k in KEYS.split(','))}, r.pairs, "
                                      f"r.first FROM {source}{only}", params):
        chain = tuple(key)
        cell = held.get(chain)
        if cell is None:
            held[chain] = [n, first]
        else:
            cell[0] += n
            if first < cell[1]:
                cell[1] = first
    names = dict(fetch(conn, "SELECT id, name FROM person", {})) if held else {}

    def order(chain: tuple[Any, ...]) -> tuple[Any, ...]:
        name = names.get(chain[0])
        return held[chain][1], name is not None, (name or "").translate(_ASCII_LOWER), chain[0]

    return [ChainRow(pid or None, names.get(pid), trigger or None, belief or None, did or None, they or None,
                     outcome or None, int(held[(pid, trigger, belief, did, they, outcome)][0]))
            for pid, trigger, belief, did, they, outcome in sorted(held, key=order)]


def outcomes(conn: Conn, where: Slice, person_id: int | None = None) -> list[tuple[int, str | None, int]]:
    """(person, how it ended, pairs) over the slice's days, people only (with `person_id`, only theirs): what
    repair with each person counts (the period before a range), without reading every chain."""
    source, params = where.widest().source(TABLE, columns="person_id, outcome, pairs")
    only = "r.person_id <> 0"
    if person_id is not None:
        only, params = "r.person_id = :person", {**params, "person": person_id}
    return [(int(pid), outcome or None, int(n)) for pid, outcome, n in fetch(conn, (
        f"SELECT r.person_id, r.outcome, sum(r.pairs) FROM {source} WHERE {only} GROUP BY r.person_id, r.outcome"),
        params)]


def moments(conn: Conn, where: Slice) -> int:
    """The triggered moments of the slice's days (the pattern rollups' `moments`, which count them so)."""
    source, params = where.whole().source("rollup_day", columns="moments")
    return int(sql.run(conn, f"SELECT coalesce(sum(r.moments), 0) FROM {source}", params).scalar() or 0)
