"""Aggregates for the pattern analytics, computed in SQL (journal_app/services/analytics.py shapes them).

Local time is worked out without SQLite's 'localtime' (which depends on the process and guesses): the service
passes a small table of UTC spans with a constant UTC offset (one span between two daylight-saving changes,
found in Python with the real time-zone rules), and SQL shifts each row by its own span's offset. An entry at
00:30 on the night the clocks go back lands on the right local day and hour. The join walks the entry index
(`ix_entry_live_time`: deleted_at, occurred_at) once per span. The spans and the trigger filter travel as one
JSON text each (read with `json_each`). The span CTE is MATERIALIZED: flattened, SQLite 3.51 drives the join
from the entry index and re-reads the JSON for every entry (hundreds of times slower on 10 years of entries).

Every query counts entries that are not in the Trash; with a trigger filter, only entries tagged with any of
the chosen triggers; with `shared_only`, only entries marked "may share".

What-I-did numbers are counted over triggered moments (entries with a trigger), each with the denominator that
fits it: "recorded" moments have at least one response ticked; "answered" moments have repair 'yes', 'partly'
or 'not-yet' (repair was needed and the person said how it went; 'not-needed' and unanswered are left out).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from journal_app.core.timeutil import to_utc
from journal_app.store import sql
from journal_app.store.sql import Conn

# Rows as the analytics read them (the rollups give the same, see store/rollup_queries.py):
SeriesRow = tuple[str, int, int, float | None, int | None, int | None, int | None, int]
"""(bucket start, trigger id, entries, mean intensity, min, max, sum, rated entries)"""
CellRow = tuple[int, int, int | None]  # (local day as date.toordinal(), entries, peak intensity)
SlotRow = tuple[int, int, int]  # (weekday 0 = Monday, quarter of the local day, entries)
PersonRow = tuple[int, int, str, int]  # (trigger id, person id, person name, entries)
PairRow = tuple[int, int, int]  # (trigger id, trigger id, entries)
TotalsRow = tuple[int, int, float | None]  # (trigger id, entries, mean intensity)
TallyRow = tuple[str, int, int, int, int, int]  # (bucket, moments, named, repaired, recorded, answered)
GroupRow = tuple[str, str, int]  # (bucket, response group, moments)
ResponseNumbers = tuple[int, dict[str, int], int, int, int, int]
Span = list[Any]  # [lo UTC text, hi UTC text, UTC offset in minutes]
_DAY = timedelta(days=1)


def _rows(result: Iterable[Any]) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in result]


# -- local time ------------------------------------------------------------------------------------------
def utc_text_of(utc: datetime) -> str:
    """The stored text of an aware UTC datetime (as models.types.utc_text)."""
    return utc.replace(tzinfo=None).isoformat(" ", "microseconds")


def local_midnight(day: date) -> datetime:
    return to_utc(datetime.combine(day, time(0, 0)))


def _offset_minutes(utc: datetime) -> int:
    offset = utc.astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def offset_spans(lo: datetime, hi: datetime) -> list[Span]:
    """[lo text, hi text, UTC offset in minutes] spans covering [lo, hi) in which local time has one offset:
    the changes are found by the real time-zone rules (probed daily, then bisected to the second)."""
    spans: list[Span] = []
    start, offset = lo, _offset_minutes(lo)
    probe = lo
    while probe < hi:
        nxt = min(probe + _DAY, hi)
        last = nxt if nxt < hi else hi - timedelta(microseconds=1)
        if _offset_minutes(last) != offset:
            a, b = probe, last  # offset(a) == offset, offset(b) != offset
            while b - a > timedelta(seconds=1):
                mid = a + (b - a) / 2
                a, b = (mid, b) if _offset_minutes(mid) == offset else (a, mid)
            change = a.replace(microsecond=0) + timedelta(seconds=1)  # changes happen on a whole second
            spans.append([utc_text_of(start), utc_text_of(change), offset])
            start, offset, nxt = change, _offset_minutes(change), change
        probe = nxt
    spans.append([utc_text_of(start), utc_text_of(hi), offset])
    return spans

# "id IN (subquery)", not EXISTS: see store/listing.py (SQLite 3.51.1's EXISTS-to-join rewrite).
_FILTER = (
    " AND e.id IN (SELECT f.entry_id FROM entry_trigger f "
    "WHERE f.trigger_id IN (SELECT value FROM json_each(:tids)))"
)

# spans: [lo UTC text, hi UTC text, UTC offset in minutes of local time throughout]
_LOCAL = (
    "spans(lo, hi, shift) AS MATERIALIZED (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
    "printf('%+d minutes', json_extract(value, '$[2]')) FROM json_each(:spans)), "
    "loc(id, t) AS (SELECT e.id, datetime(e.occurred_at, s.shift) FROM spans s "
    "JOIN entry e ON e.deleted_at IS NULL AND e.occurred_at >= s.lo AND e.occurred_at < s.hi{where})"
)
# local bucket start (YYYY-MM-DD) of loc.t; {k} is SQLite's weekday number (0 = Sunday) of the week's start
BUCKET_KEYS = {
    "day": "substr(loc.t, 1, 10)",
    "week": "date(loc.t, '-6 days', 'weekday {k}')",
    "month": "substr(loc.t, 1, 7) || '-01'",
}


# date.toordinal() of a 'YYYY-MM-DD' text: its Julian day number less that of 1 January of the year 1
ORDINAL = "CAST(julianday({day}) + 0.5 AS INTEGER) - 1721425"
_SHARED = " AND e.shared = 1"
_RECORDED = "(SELECT entry_id FROM entry_response)"
_ANSWERED = "('yes', 'partly', 'not-yet')"
# the moments a later entry (not in the Trash) links back to as their repair ("this repaired…"): repaired, as the
# cycle counts them (services/cycle_tally.outcome), whatever their own answer said when they were written
MENDED = ("(SELECT r.repaired_id FROM repair_link r JOIN entry b ON b.id = r.entry_id "
          "AND b.deleted_at IS NULL)")
_REPAIRED = f"(e.repair IN ('yes', 'partly') OR e.id IN {MENDED})"
_NEEDED = f"(e.repair IN {_ANSWERED} OR e.id IN {MENDED})"


def _where(trigger_ids: Sequence[int], params: dict[str, Any], shared_only: bool = False) -> str:
    out = _SHARED if shared_only else ""
    if trigger_ids:
        params["tids"] = json.dumps(list(trigger_ids))
        out += _FILTER
    return out


def first_entry_time(conn: Conn) -> str | None:
    """The stored UTC text of the earliest entry not in the Trash (None when there is none)."""
    first: str | None = sql.run(conn,
        "SELECT min(occurred_at) FROM entry WHERE deleted_at IS NULL"
    ).scalar_one()
    return first


def entry_count(conn: Conn, lo: str, hi: str, trigger_ids: Sequence[int] = (), shared_only: bool = False
                ) -> int:
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    where = _where(trigger_ids, params, shared_only)
    return int(sql.run(conn,
        f"SELECT count(*) FROM entry e WHERE e.deleted_at IS NULL AND e.occurred_at >= :lo "
             f"AND e.occurred_at < :hi{where}",
        params,
    ).scalar_one())


def trigger_totals(conn: Conn, lo: str, hi: str, trigger_ids: Sequence[int] = (), shared_only: bool = False
                   ) -> list[TotalsRow]:
    """(trigger id, entries, mean intensity or None) for every trigger used in [lo, hi)."""
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    where = _where(trigger_ids, params, shared_only)
    return _rows(sql.run(conn,
        "SELECT et.trigger_id, count(*), avg(et.intensity) FROM entry e "
             "JOIN entry_trigger et ON et.entry_id = e.id "
             f"WHERE e.deleted_at IS NULL AND e.occurred_at >= :lo AND e.occurred_at < :hi{where} "
             "GROUP BY et.trigger_id",
        params,
    ).all())


def local_rows(conn: Conn, spans: list[Span], bucket: str, week_start: int = 0,
               trigger_ids: Sequence[int] = (), shared_only: bool = False) -> None:
    """Work out each entry's local time once per report: fills the in-memory temporary table `loc` (entry id, local
    time text, local bucket start, tagged with a trigger or not) for the entries in the spans; the queries below
    read it instead of shifting every entry again. It lives in this read transaction only: session.read rolls back
    at the end, which drops it (temp_store is MEMORY, so nothing of it reaches the disk)."""
    params: dict[str, Any] = {"spans": json.dumps(spans)}
    local = _LOCAL.format(where=_where(trigger_ids, params, shared_only))
    key = BUCKET_KEYS[bucket].format(k=(week_start + 1) % 7).replace("loc.t", "t")
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.loc")
    conn.exec_driver_sql("CREATE TEMP TABLE loc (id INTEGER PRIMARY KEY, t TEXT, b TEXT, triggered INTEGER)")
    sql.run(conn, f"INSERT INTO temp.loc (id, t) WITH {local} SELECT id, t FROM loc", params)
    conn.exec_driver_sql(f"UPDATE temp.loc SET b = {key}, "
                         "triggered = EXISTS (SELECT 1 FROM entry_trigger p WHERE p.entry_id = temp.loc.id)")


def bucket_series(conn: Conn) -> list[SeriesRow]:
    """From `loc` (see local_rows): (local bucket start 'YYYY-MM-DD', trigger id, entries, mean intensity, min,
    max, sum of intensities, rated entries) for every non-empty pair."""
    return _rows(conn.exec_driver_sql(
        "SELECT l.b, et.trigger_id, count(*), avg(et.intensity), min(et.intensity), max(et.intensity), "
        "sum(et.intensity), count(et.intensity) FROM temp.loc l CROSS JOIN entry_trigger et ON et.entry_id = l.id "
        "GROUP BY l.b, et.trigger_id"
    ).all())


def day_cells(conn: Conn) -> list[CellRow]:
    """From `loc`: (local day as date.toordinal(), entries, peak intensity or None) for every local day with
    entries."""
    return _rows(conn.exec_driver_sql(
        f"SELECT {ORDINAL.format(day='substr(l.t, 1, 10)')} AS d, count(DISTINCT l.id), max(et.intensity) "
        "FROM temp.loc l LEFT JOIN entry_trigger et ON et.entry_id = l.id GROUP BY d"
    ).all())


def weekday_slots(conn: Conn) -> list[SlotRow]:
    """From `loc`: (local weekday 0 = Monday, quarter of the local day 0..3, entries) for every non-empty cell."""
    return _rows(conn.exec_driver_sql(
        "SELECT (CAST(strftime('%w', t) AS INTEGER) + 6) % 7 AS w, CAST(substr(t, 12, 2) AS INTEGER) / 6 AS slot, "
        "count(*) FROM temp.loc GROUP BY w, slot"
    ).all())


def trigger_person(conn: Conn, lo: str, hi: str, trigger_ids: Sequence[int] = (), shared_only: bool = False
                   ) -> list[PersonRow]:
    """(trigger id, person id, person name, entries tagged with both) for every non-empty pair."""
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    where = _where(trigger_ids, params, shared_only)
    return _rows(sql.run(conn,
        "SELECT et.trigger_id, p.id, p.name, count(*) FROM entry e "
             "JOIN entry_trigger et ON et.entry_id = e.id "
             "JOIN entry_person ep ON ep.entry_id = e.id JOIN person p ON p.id = ep.person_id "
             f"WHERE e.deleted_at IS NULL AND e.occurred_at >= :lo AND e.occurred_at < :hi{where} "
             "GROUP BY et.trigger_id, p.id",
        params,
    ).all())


def co_occurrence(conn: Conn, lo: str, hi: str, trigger_ids: Sequence[int] = (), shared_only: bool = False
                  ) -> list[PairRow]:
    """(trigger id, trigger id, entries tagged with both) for every non-empty pair, the diagonal included."""
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    where = _where(trigger_ids, params, shared_only)
    return _rows(sql.run(conn,
        "SELECT a.trigger_id, b.trigger_id, count(*) FROM entry e "
             "JOIN entry_trigger a ON a.entry_id = e.id JOIN entry_trigger b ON b.entry_id = e.id "
             f"WHERE e.deleted_at IS NULL AND e.occurred_at >= :lo AND e.occurred_at < :hi{where} "
             "GROUP BY a.trigger_id, b.trigger_id",
        params,
    ).all())


def response_totals(conn: Conn, lo: str, hi: str, patterns: dict[str, str],
                    trigger_ids: Sequence[int] = (), shared_only: bool = False
                    ) -> ResponseNumbers:
    """Over triggered moments (entries with a trigger) in [lo, hi): (moments, moments per response group,
    moments where the need was named directly, moments repaired fully or partly, moments with a response
    recorded, moments with repair answered). `patterns` maps each response key to its group."""
    params: dict[str, Any] = {"lo": lo, "hi": hi, "map": json.dumps(sorted(patterns.items()))}
    where = _where(trigger_ids, params, shared_only)
    moment = (f"e.deleted_at IS NULL AND e.occurred_at >= :lo AND e.occurred_at < :hi{where} "
              "AND e.id IN (SELECT entry_id FROM entry_trigger)")
    moments, named, repaired, recorded, answered = sql.run(conn,
        f"SELECT count(*), "
             f"sum(e.id IN (SELECT entry_id FROM entry_response WHERE response = 'named-my-need')), "
             f"sum({_REPAIRED}), sum(e.id IN {_RECORDED}), sum({_NEEDED}) "
             f"FROM entry e WHERE {moment}",
        params,
    ).one()
    rows = sql.run(conn,
        "WITH map(response, pattern) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') "
             "FROM json_each(:map)) "
             "SELECT m.pattern, count(DISTINCT e.id) FROM entry e JOIN entry_response er ON er.entry_id = e.id "
             f"JOIN map m ON m.response = er.response WHERE {moment} GROUP BY m.pattern",
        params,
    ).all()
    return (moments, dict(rows), named or 0, repaired or 0, recorded or 0,
            answered or 0)


def response_series(conn: Conn, patterns: dict[str, str]) -> tuple[list[TallyRow], list[GroupRow]]:
    """From `loc`, per local bucket over triggered moments: rows (bucket, moments, named a need directly,
    repaired fully or partly, what-I-did recorded, repair answered) and rows (bucket, response pattern,
    moments with a response of that pattern); empty buckets are left out."""
    totals = conn.exec_driver_sql(
        "SELECT l.b, count(*), "
        "sum(l.id IN (SELECT entry_id FROM entry_response WHERE response = 'named-my-need')), "
        f"sum({_REPAIRED}), sum(l.id IN {_RECORDED}), sum({_NEEDED}) "
        "FROM temp.loc l CROSS JOIN entry e ON e.id = l.id "
        "WHERE l.triggered GROUP BY l.b"
    )
    by_pattern = sql.run(conn,
        "WITH map(response, pattern) AS MATERIALIZED (SELECT json_extract(value, '$[0]'), "
             "json_extract(value, '$[1]') FROM json_each(:map)) "
             "SELECT l.b, m.pattern, count(DISTINCT l.id) FROM temp.loc l "
             "CROSS JOIN entry_response er ON er.entry_id = l.id JOIN map m ON m.response = er.response "  # loc first
             "WHERE l.triggered GROUP BY l.b, m.pattern",
        {"map": json.dumps(sorted(patterns.items()))},
    )
    return ([(b, n, need or 0, mended or 0, ticked or 0, asked or 0) for b, n, need, mended, ticked, asked in totals],
            _rows(by_pattern))
