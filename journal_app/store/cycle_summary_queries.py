"""The cycle's beliefs and repair times summed up in SQL (issue 17 "Patterns at any range", issue 20 "Speed"): what
the Cycle tab's belief and repair charts, its sentences and the summary show, read as a few rows per bucket of the
range instead of a row per rating or per repaired moment (services/cycle_summaries.py makes the report's parts of
them; services/cycle_tally.py counts the same from each row: the oracle).

- Beliefs: per belief, bucket of the range (local days, weeks, months or years) and UTC month, how many ratings
  and their sum (the bucket's mean), the first and last time, and the sums a least-squares line needs, in whole
  integers: a rating's time is its UTC month's start (in seconds) plus `s` seconds plus `u` microseconds, and
  the sums of s, u, s*s, s*u, u*u, s*y and u*y over a month stay far inside 64 bits (s < 2.7 million), so the
  line is worked out exactly from them (in Python's integers).
- Repair times: per person and bucket, how many repaired moments a later entry links back to, how many within a
  day, who reached out first, and the one or two middle times (the median), the times exact in microseconds.
Local days come from UTC offset spans (store/analytics_queries.offset_spans), as the Patterns view's queries
find them. On the small `Conn` interface."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from journal_app.store import sql
from journal_app.store.analytics_queries import Span
from journal_app.store.cycle_report_queries import _BY_MOMENT
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


def _filters(person_ids: Sequence[int], shared_only: bool, triggered: bool) -> str:
    # "id IN (subquery)", not EXISTS: see store/cycle_report_queries.py (SQLite 3.51.1)
    where = "e.deleted_at IS NULL"
    if triggered:
        where += " AND e.id IN (SELECT t.entry_id FROM entry_trigger t)"
    if shared_only:
        where += " AND e.shared = 1"
    if person_ids:
        where += " AND e.id IN (SELECT f.entry_id FROM entry_person f WHERE f.person_id IN :people)"
    return where


def _params(spans: list[Span], person_ids: Sequence[int]) -> dict[str, Any]:
    return {"spans": json.dumps(spans), **({"people": list(person_ids)} if person_ids else {})}


def _expand(conn: Conn, statement: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Rows as plain tuples, a list parameter (`:people`) expanded into its IN-list."""
    return fetch(conn, *sql.expand(statement, params))


# -- beliefs -------------------------------------------------------------------------------------------------------
class BeliefSums(NamedTuple):
    """One belief's ratings in one bucket and UTC month (see the module's note), or (bucket '') how many times it
    was put on an entry without a rating: `rows` counts them, `n` the rated ones."""

    belief_id: int
    bucket: str  # the bucket's first local day, YYYY-MM-DD ('' for a belief's unrated ones)
    month: str  # the UTC month, YYYY-MM ('' for the unrated)
    rows: int
    n: int
    total: int
    first: str | None  # stored time of the first rating, and of the last
    last: str | None
    s: int
    u: int
    ss: int
    su: int
    uu: int
    sy: int
    uy: int


def belief_sums(conn: Conn, spans: list[Span], bucket: str, person_ids: Sequence[int] = (),
                shared_only: bool = False) -> list[BeliefSums]:
    """Every belief on entries not in the Trash in the spans (any entry, triggered or not), summed per bucket and
    UTC month, in time order within each belief."""
    statement = (
        f"WITH {_SPANS}, r(belief, y, t, b, m, s, u) AS MATERIALIZED (SELECT eb.belief_id, eb.strength, "
        f"e.occurred_at, {BUCKET_KEYS[bucket].format(t='datetime(e.occurred_at, sp.shift)')}, "
        "substr(e.occurred_at, 1, 7), unixepoch(e.occurred_at) - unixepoch(substr(e.occurred_at, 1, 7) || '-01'), "
        f"CAST(substr(e.occurred_at, 21, 6) AS INTEGER) FROM spans sp JOIN entry e {_BY_MOMENT} "
        "ON e.occurred_at >= sp.lo AND e.occurred_at < sp.hi JOIN entry_belief eb ON eb.entry_id = e.id "
        f"WHERE {_filters(person_ids, shared_only, False)}) "
        "SELECT r.belief, r.b, r.m, count(*), count(r.y), coalesce(sum(r.y), 0), min(r.t), max(r.t), "
        "coalesce(sum(r.s), 0), coalesce(sum(r.u), 0), coalesce(sum(r.s * r.s), 0), coalesce(sum(r.s * r.u), 0), "
        "coalesce(sum(r.u * r.u), 0), coalesce(sum(r.s * r.y), 0), coalesce(sum(r.u * r.y), 0) "
        "FROM r WHERE r.y IS NOT NULL GROUP BY r.belief, r.b, r.m "
        "UNION ALL SELECT r.belief, '', '', count(*), 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 0 FROM r "
        "WHERE r.y IS NULL GROUP BY r.belief ORDER BY 1, 2, 3")
    return [BeliefSums._make(row) for row in _expand(conn, statement, _params(spans, person_ids))]


class BeliefRow(NamedTuple):
    """One rating of a belief on an entry (in the moment, or later: `at` is then when it was re-rated)."""

    belief_id: int
    entry_id: int
    at: str
    strength: int


def belief_points(conn: Conn, spans: list[Span], belief_ids: Sequence[int], person_ids: Sequence[int] = (),
                  shared_only: bool = False) -> list[BeliefRow]:
    """Each in-the-moment rating of these beliefs in the spans, oldest entry first (a belief's ratings of one
    entry in the order they were put on it)."""
    if not belief_ids:
        return []
    statement = (
        f"WITH {_SPANS} SELECT eb.belief_id, e.id, e.occurred_at, eb.strength FROM spans sp JOIN entry e {_BY_MOMENT} "
        "ON e.occurred_at >= sp.lo AND e.occurred_at < sp.hi JOIN entry_belief eb ON eb.entry_id = e.id "
        f"WHERE {_filters(person_ids, shared_only, False)} AND eb.strength IS NOT NULL "
        f"AND eb.belief_id IN ({', '.join(str(int(b)) for b in belief_ids)}) ORDER BY e.occurred_at, e.id, eb.rowid")
    return [BeliefRow._make(row) for row in _expand(conn, statement, _params(spans, person_ids))]


def rerated(conn: Conn, spans: list[Span], person_ids: Sequence[int] = (), shared_only: bool = False
            ) -> list[BeliefRow]:
    """The later ratings of beliefs on entries in the spans (re-rated with a time), by when they were made: from
    the few rows that have one (their entries read by id)."""
    if not spans:
        return []
    statement = (
        "SELECT eb.belief_id, e.id, eb.rerated_at, eb.rerated FROM entry_belief eb CROSS JOIN entry e "
        "ON e.id = eb.entry_id WHERE eb.rerated IS NOT NULL AND eb.rerated_at IS NOT NULL AND eb.rerated_at <> '' "
        f"AND e.occurred_at >= :lo AND e.occurred_at < :hi AND {_filters(person_ids, shared_only, False)} "
        "ORDER BY eb.belief_id, eb.rerated_at, e.id")
    params = {"lo": spans[0][0], "hi": spans[-1][1], **({"people": list(person_ids)} if person_ids else {})}
    return [BeliefRow._make(row) for row in _expand(conn, statement, params)]


# -- repair times --------------------------------------------------------------------------------------------------
class RepairSums(NamedTuple):
    """One person's repaired moments a later entry links back to, in one bucket ('' for the whole range): how many,
    how many within a day, who reached out first (me, them, not said)."""

    person_id: int
    bucket: str
    linked: int
    within_a_day: int
    me: int
    them: int
    not_said: int


class MiddleTime(NamedTuple):
    """One of the one or two middle times (in microseconds) of a person's repairs in a bucket ('': the range):
    the `k`th shortest of `n`."""

    person_id: int
    bucket: str
    microseconds: int
    k: int
    n: int


def _mends(conn: Conn, spans: list[Span], bucket: str | None, person_ids: Sequence[int], shared_only: bool) -> None:
    """Fill the temporary table `mend` (pid, b, us, rf, id, t) with the repaired moments in the spans, each with each
    person on it (the triggered moments not in the Trash a later entry not in the Trash links back to): b the
    bucket's first day ('' without buckets), us the time to repair in microseconds. The repairing entries' times
    come from the index since the first span (a repair comes after its moment; reading their rows, with their
    text, took twice as long at 36,500 entries and five times as long at 365,000), and by id (NOT INDEXED) the
    few that are not there. It lives in this read transaction only (session.read rolls back at its end)."""
    people = " AND ep.person_id IN :people" if person_ids else ""
    key = "''" if bucket is None else BUCKET_KEYS[bucket].format(t="m.lt")
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.mend")
    statement = (
        f"CREATE TEMP TABLE mend AS WITH {_SPANS}, m(id, t, lt, pid, by, rf) AS MATERIALIZED (SELECT e.id, "
        "e.occurred_at, datetime(e.occurred_at, sp.shift), ep.person_id, r.entry_id, r.reached_first "
        f"FROM spans sp JOIN entry e {_BY_MOMENT} ON e.occurred_at >= sp.lo AND e.occurred_at < sp.hi "
        "JOIN repair_link r ON r.repaired_id = e.id JOIN entry_person ep ON ep.entry_id = e.id "
        f"WHERE {_filters((), shared_only, True)}{people}), "
        f"near(id, t) AS MATERIALIZED (SELECT b.id, b.occurred_at FROM entry b {_BY_MOMENT} "
        "WHERE b.occurred_at >= :lo AND b.deleted_at IS NULL AND b.id IN (SELECT by FROM m)), "
        "later(id, t) AS MATERIALIZED (SELECT id, t FROM near UNION ALL SELECT b.id, b.occurred_at FROM entry b "
        "NOT INDEXED WHERE b.deleted_at IS NULL AND b.id IN (SELECT by FROM m WHERE by NOT IN (SELECT id FROM near))) "
        f"SELECT m.pid AS pid, {key} AS b, {MICROSECONDS.format(a='m.t', b='l.t')} AS us, m.rf AS rf, m.id AS id, "
        "m.t AS t FROM m JOIN later l ON l.id = m.by")
    sql.run(conn, statement, {**_params(spans, person_ids), "lo": spans[0][0]})


def repair_sums(conn: Conn, spans: list[Span], bucket: str | None, person_ids: Sequence[int] = (),
                shared_only: bool = False) -> tuple[list[RepairSums], list[MiddleTime]]:
    """Per person the repair times of the spans' moments summed up over the whole range (bucket '') and, with a
    `bucket` size, per bucket; and the middle times of each."""
    if not spans:
        return [], []
    _mends(conn, spans, bucket, person_ids, shared_only)
    counts = (f"count(*), sum(x.us <= {DAY_MICROSECONDS}), sum(x.rf IS 'me'), sum(x.rf IS 'them'), "
              "sum(x.rf IS NOT 'me' AND x.rf IS NOT 'them')")
    middle = ("SELECT pid, {b}, us, k, n FROM (SELECT x.pid AS pid, {xb} x.us AS us, row_number() OVER "
              "(PARTITION BY {by} ORDER BY x.us) AS k, count(*) OVER (PARTITION BY {by}) AS n FROM temp.mend x) "
              "WHERE k IN ((n + 1) / 2, n / 2 + 1)")
    sums = f"SELECT x.pid, '', {counts} FROM temp.mend x GROUP BY x.pid"
    middles = middle.format(b="''", xb="", by="x.pid")
    if bucket is not None:
        sums += f" UNION ALL SELECT x.pid, x.b, {counts} FROM temp.mend x GROUP BY x.pid, x.b"
        middles += " UNION ALL " + middle.format(b="b", xb="x.b AS b,", by="x.pid, x.b")
    found = ([RepairSums._make(r) for r in fetch(conn, sums, {})],
             [MiddleTime._make(r) for r in fetch(conn, middles + " ORDER BY 1, 2, 4", {})])
    conn.exec_driver_sql("DROP TABLE temp.mend")
    return found


def repaired_moments(conn: Conn, spans: list[Span], person_ids: Sequence[int], shared_only: bool = False
                     ) -> tuple[int, ...]:
    """The moments in the spans with these people that a later entry links back to, oldest first (a click on a
    point of the time-to-repair chart)."""
    if not spans:
        return ()
    _mends(conn, spans, None, person_ids, shared_only)
    rows = fetch(conn, "SELECT DISTINCT x.id, x.t FROM temp.mend x ORDER BY x.t, x.id", {})
    conn.exec_driver_sql("DROP TABLE temp.mend")
    return tuple(int(r[0]) for r in rows)


def belief_moments(conn: Conn, spans: list[Span], belief_id: int, person_ids: Sequence[int] = (),
                   shared_only: bool = False) -> tuple[int, ...]:
    """The entries in the spans rated with this belief, oldest first (a click on a mean of the belief chart)."""
    return tuple(dict.fromkeys(r.entry_id for r in belief_points(conn, spans, (belief_id,), person_ids, shared_only)))
