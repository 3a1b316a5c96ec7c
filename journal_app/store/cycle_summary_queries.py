"""The cycle's beliefs and repair times summed up in SQL (issue 17 "Patterns at any range", issue 20 "Speed"): what
the Cycle tab's belief and repair charts, its sentences and the summary show, read from the per-day rollups of
migration 0011 (store/cycle_rollup.py describes `rollup_belief` and `rollup_mend`) as a few rows per bucket of
the range instead of a row per rating or per repaired moment (services/cycle_summaries.py makes the report's
parts of them; services/cycle_tally.py counts the same from each row: the oracle).

- Beliefs: per belief, bucket of the range (local days, weeks, months or years) and UTC year, how many ratings
  and their sum (the bucket's mean), the first and last time, and the integer sums the least-squares line is
  worked out from exactly.
- Repair times: per person and bucket, how many repaired moments a later entry links back to, how many within a
  day, who reached out first, and the one or two middle times (the median; window functions), in microseconds.
And read directly from the entries, for a click on a point (a bucket's days only) and for the few ratings of a
belief rated at most POINTS_KEPT times: each rating, each later rating, the repaired moments. Local days there
come from UTC offset spans (store/analytics_queries.offset_spans), as the Patterns view's queries find them. On
the small `Conn` interface."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from journal_app.store import sql
from journal_app.store.analytics_queries import Span
from journal_app.store.cycle_report_queries import _BY_MOMENT
from journal_app.store.cycle_report_queries import moment_filters as _filters
from journal_app.store.cycle_rollup import BELIEFS, LINE_SUMS, MENDS
from journal_app.store.rollup_queries import Slice
from journal_app.store.rollup_queries import _fetch as fetch  # plain tuples straight from the driver
from journal_app.store.sql import Conn

# a bucket's first local day (YYYY-MM-DD) from a local time text `lt` (week: Monday, as services/analytics.py)
BUCKET_KEYS = {
    "day": "substr({t}, 1, 10)",
    "week": "date({t}, '-6 days', 'weekday 1')",
    "month": "substr({t}, 1, 7) || '-01'",
    "year": "substr({t}, 1, 4) || '-01-01'",
}
_SPANS = (
    "spans(lo, hi, shift) AS MATERIALIZED (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
    "printf('%+d minutes', json_extract(value, '$[2]')) FROM json_each(:spans))"
)
# microseconds from stored time {a} to stored time {b} (both 'YYYY-MM-DD HH:MM:SS.ffffff', UTC), exactly
MICROSECONDS = ("((unixepoch({b}) - unixepoch({a})) * 1000000 "
                "+ CAST(substr({b}, 21, 6) AS INTEGER) - CAST(substr({a}, 21, 6) AS INTEGER))")
DAY_MICROSECONDS = 24 * 3600 * 1_000_000


def _params(spans: list[Span], person_ids: Sequence[int]) -> dict[str, Any]:
    return {"spans": json.dumps(spans), **({"people": list(person_ids)} if person_ids else {})}


def _expand(conn: Conn, statement: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Rows as plain tuples, a list parameter (`:people`) expanded into its IN-list."""
    return fetch(conn, *sql.expand(statement, params))


# -- beliefs -------------------------------------------------------------------------------------------------------
class BeliefSums(NamedTuple):
    """One belief's ratings in one bucket and UTC year (store/cycle_rollup.py, `rollup_belief`): how many times it
    was put on an entry (`rows`), how many were rated (`n`), their sum, the first and last rated time, and the sums
    of the parts of their times (d days, r seconds, u microseconds after the UTC year's start) for the line."""

    belief_id: int
    bucket: str  # the bucket's first local day, YYYY-MM-DD
    year: str  # the UTC year, YYYY
    rows: int
    n: int
    total: int
    first: str | None  # stored time of the first rating, and of the last
    last: str | None
    d: int
    r: int
    u: int
    dd: int
    rr: int
    uu: int
    dr: int
    du: int
    ru: int
    dy: int
    ry: int
    uy: int


COARSEST = {"day": "day", "week": "day", "month": "month", "year": "year"}  # the rows a bucket can be summed from


def belief_sums(conn: Conn, where: Slice, bucket: str, person_id: int = 0) -> list[BeliefSums]:
    """Every belief on entries of the slice's days (any entry, triggered or not; `person_id` 0: every entry, else
    that person's), summed per bucket and UTC year, in time order within each belief."""
    sums = ", ".join(f"sum(r.{c})" for c in LINE_SUMS)
    source, params = replace(where, coarsest=COARSEST[bucket]).source(
        BELIEFS, columns=f"day, person_id, belief_id, year, rows, n, total, first, last, {', '.join(LINE_SUMS)}")
    return [BeliefSums._make(row) for row in fetch(conn, (
        f"SELECT r.belief_id, {BUCKET_KEYS[bucket].format(t='r.day')} AS b, r.year, sum(r.rows), sum(r.n), "
        f"sum(r.total), min(r.first), max(r.last), {sums} FROM {source} WHERE r.person_id = :person "
        "GROUP BY r.belief_id, b, r.year ORDER BY r.belief_id, b, r.year"), {**params, "person": person_id})]


class BeliefRow(NamedTuple):
    """One rating of a belief on an entry (in the moment, or later: `at` is then when it was re-rated)."""

    belief_id: int
    entry_id: int
    at: str
    strength: int


def belief_points(conn: Conn, lo: str, hi: str, belief_ids: Sequence[int], person_ids: Sequence[int] = (),
                  shared_only: bool = False) -> list[BeliefRow]:
    """Each in-the-moment rating of these beliefs on entries not in the Trash in [lo, hi) (stored UTC text), oldest
    entry first (a belief's ratings of one entry in the order they were put on it): from the beliefs' own rows
    (their entries read by id), for beliefs rated a few times, or a bucket's days."""
    if not belief_ids:
        return []
    statement = (
        "SELECT eb.belief_id, e.id, e.occurred_at, eb.strength FROM entry_belief eb INDEXED BY ix_entry_belief_belief "
        "CROSS JOIN entry e ON e.id = eb.entry_id WHERE eb.belief_id IN :beliefs AND eb.strength IS NOT NULL "
        f"AND e.occurred_at >= :lo AND e.occurred_at < :hi AND {_filters(person_ids, shared_only, False)} "
        "ORDER BY e.occurred_at, e.id, eb.rowid")
    params = {"lo": lo, "hi": hi, "beliefs": list(belief_ids), **({"people": list(person_ids)} if person_ids else {})}
    return [BeliefRow._make(row) for row in _expand(conn, statement, params)]


def rerated(conn: Conn, lo: str, hi: str, person_ids: Sequence[int] = (), shared_only: bool = False
            ) -> list[BeliefRow]:
    """The later ratings of beliefs on entries not in the Trash in [lo, hi) (re-rated with a time), by when they
    were made: from the few rows that have one (ix_entry_belief_rerated, migration 0012; their entries read by id)."""
    statement = (
        "SELECT eb.belief_id, e.id, eb.rerated_at, eb.rerated FROM entry_belief eb INDEXED BY ix_entry_belief_rerated "
        "CROSS JOIN entry e ON e.id = eb.entry_id "
        "WHERE eb.rerated IS NOT NULL AND eb.rerated_at IS NOT NULL AND eb.rerated_at <> '' "
        f"AND e.occurred_at >= :lo AND e.occurred_at < :hi AND {_filters(person_ids, shared_only, False)} "
        "ORDER BY eb.belief_id, eb.rerated_at, e.id")
    params = {"lo": lo, "hi": hi, **({"people": list(person_ids)} if person_ids else {})}
    return [BeliefRow._make(row) for row in _expand(conn, statement, params)]


# -- repair times --------------------------------------------------------------------------------------------------
class RepairSums(NamedTuple):
    """One person's repaired moments a later entry links back to, in one bucket ('' without buckets): how many, how
    many within a day, who reached out first (me, them, not said), and their times in microseconds, shortest
    first."""

    person_id: int
    bucket: str
    linked: int
    within_a_day: int
    me: int
    them: int
    not_said: int
    times: list[int]


def repaired_moments(conn: Conn, spans: list[Span], person_ids: Sequence[int], shared_only: bool = False
                     ) -> tuple[int, ...]:
    """The moments in the spans with these people that a later entry (not in the Trash) links back to, oldest
    first (a click on a point of the time-to-repair chart): the bucket's few, each repairing entry by id."""
    if not spans:
        return ()
    people = " AND ep.person_id IN :people" if person_ids else ""
    statement = (
        f"WITH {_SPANS} SELECT DISTINCT e.id, e.occurred_at FROM spans sp JOIN entry e {_BY_MOMENT} "
        "ON e.occurred_at >= sp.lo AND e.occurred_at < sp.hi JOIN repair_link r ON r.repaired_id = e.id "
        "JOIN entry_person ep ON ep.entry_id = e.id "
        f"WHERE {_filters((), shared_only, True)}{people} "
        "AND (SELECT b.deleted_at IS NULL FROM entry b WHERE b.id = r.entry_id) ORDER BY e.occurred_at, e.id")
    return tuple(int(r[0]) for r in _expand(conn, statement, _params(spans, person_ids)))


def repair_sums(conn: Conn, where: Slice, bucket: str | None, person_id: int | None = None) -> list[RepairSums]:
    """Per person (with `person_id`, only theirs) and bucket (with a `bucket` size; else '') the repair times of
    the slice's moments (`rollup_mend`), by person and bucket. One read, in the table's order, each time put with
    its person and bucket and sorted here (a median needs every time: window functions took longer than reading
    them; counting here, not in a second query, and sorting each bucket's few, not every row in SQL, took half
    as long at 40,000 repairs); a small integer each."""
    source, params = replace(where, coarsest="day").source(MENDS, columns="day, person_id, us, reached_first")
    only = ""
    if person_id is not None:
        only, params = " WHERE r.person_id = :person", {**params, "person": person_id}
    key = "''" if bucket is None else BUCKET_KEYS[bucket].format(t="r.day")
    cells: dict[tuple[int, str], tuple[list[int], list[str | None]]] = {}
    for pid, b, us, first in fetch(conn, f"SELECT r.person_id, {key} AS b, r.us, r.reached_first FROM {source}{only}",
                                   params):
        cell = cells.get((pid, b))
        if cell is None:
            cell = cells[(pid, b)] = ([], [])
        cell[0].append(us)
        cell[1].append(first)
    out = []
    for pid, b in sorted(cells):
        times, said = cells[(pid, b)]
        times.sort()
        who = Counter(said)
        out.append(RepairSums(pid, b, len(times), bisect_right(times, DAY_MICROSECONDS), who["me"], who["them"],
                              len(times) - who["me"] - who["them"], times))
    return out


def belief_moments(conn: Conn, lo: str, hi: str, belief_id: int, person_ids: Sequence[int] = (),
                   shared_only: bool = False) -> tuple[int, ...]:
    """The entries in [lo, hi) rated with this belief, oldest first (a click on a mean of the belief chart)."""
    return tuple(dict.fromkeys(r.entry_id for r in belief_points(conn, lo, hi, (belief_id,), person_ids, shared_only)))
