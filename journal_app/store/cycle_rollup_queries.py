"""Reading the cycle's per-day rollups (store/cycle_rollup.py describes the table; store/rollup_build.py keeps
it): the chains of any range of local days from a row a day, a month or a year, summed per person and chain, in
the order the direct reading (store/cycle_report_queries.py) first meets them. Read only when
rollup_build.ready and cycle_rollup.present say so, in the same read transaction."""

from __future__ import annotations

from typing import NamedTuple

from journal_app.store import sql
from journal_app.store.cycle_rollup import KEYS, TABLE
from journal_app.store.rollup_queries import Slice
from journal_app.store.rollup_queries import _fetch as fetch  # plain tuples straight from the driver
from journal_app.store.sql import Conn

__all__ = ["ChainRow", "Slice", "chain_rows", "moments"]


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


def chain_rows(conn: Conn, where: Slice, person_id: int | None = None) -> list[ChainRow]:
    """Every chain of the slice's days (with `person_id`, only that person's), first met first: by the time and
    id of its first moment, then as the direct reading orders a moment's people (name, then id)."""
    source, params = where.whole().source(TABLE, columns=f"{KEYS}, pairs, first")
    only = ""
    if person_id is not None:
        only, params = "WHERE r.person_id = :person", {**params, "person": person_id}
    rows = fetch(conn, (
        "SELECT s.person_id, p.name, s.trigger, s.belief, s.did, s.they, s.outcome, s.n FROM "
        f"(SELECT {', '.join(f'r.{k.strip()}' for k in KEYS.split(','))}, sum(r.pairs) AS n, min(r.first) AS f "
        f"FROM {source} {only} GROUP BY {', '.join(f'r.{k.strip()}' for k in KEYS.split(','))}) s "
        "LEFT JOIN person p ON p.id = s.person_id ORDER BY s.f, p.name COLLATE NOCASE, s.person_id"), params)
    return [ChainRow(pid or None, name, trigger or None, belief or None, did or None, they or None, outcome or None,
                     int(n)) for pid, name, trigger, belief, did, they, outcome, n in rows]


def moments(conn: Conn, where: Slice) -> int:
    """The triggered moments of the slice's days (the pattern rollups' `moments`, which count them so)."""
    source, params = where.whole().source("rollup_day", columns="moments")
    return int(sql.run(conn, f"SELECT coalesce(sum(r.moments), 0) FROM {source}", params).scalar() or 0)
