"""Per-day rollups of the pattern analytics: building them and keeping them up to date (reading them:
store/rollup_queries.py). What the Patterns view, the summary and `stats` count, kept per local day so that a
report over any range reads a few rows a day instead of every entry (issue 17).

Tables (created by migration 0007; derived data, rebuilt from the entries at any time):
- `rollup_day`: per (scope, lens, local day): entries, the peak intensity, the weekday (0 Monday), entries per
  quarter of the local day (night, morning, afternoon, evening) and, over triggered moments, the response
  tallies (see analytics_queries.response_totals).
- `rollup_mark`: per (scope, lens, day, trigger): entries tagged with it, sum, count, min and max of its
  intensities.
- `rollup_person`: per (scope, lens, day, trigger, person): entries tagged with both.
- `rollup_pair`: per (scope, lens, day, trigger, later trigger): entries tagged with both.
- `rollup_weekday`: per (scope, lens, month, weekday): the month's entries per quarter of the local day (what
  the weekday and quarter columns of `rollup_day` give for one day).
- `rollup_chain` (migration 0010): the cycle's chains per person; `rollup_belief` and `rollup_mend` (0011): its
  beliefs' ratings and repair times (store/cycle_rollup.py describes them).
Each table has rows per local day (`period` 'day'), per whole local month ('month', keyed by its first day)
and per whole local year ('year', keyed by 1 January), the sums of the shorter ones, so a long range reads a
row a year or a month instead of a row a day (rollup_weekday has month and year rows only); `rollup_chain` also
per decade ('decade', keyed by 1 January of a year ending in 0; migration 0013), the sums of its year rows.
`scope` is 0 for every entry, 1 for entries marked "may share" only; `lens` is 0 for every entry, or a trigger
id for the entries tagged with that trigger (the Patterns view's trigger filter). Only entries not in the
Trash are counted, and only rows with something in them are kept.

Local days depend on the time zone. `rollup_state` keeps the zone the rollups were built in (see
`zone_fingerprint`); when it is not this process's zone, the rollups are not read (the analytics count from the
entries instead) until they are rebuilt (`rebuild_step`, a quarter of a year per transaction; the analytics
do it when they next need the rollups and the journal can be written). SQL triggers note the time of every
entry that changes (saved, moved
to or from the Trash, purged, imported, its links changed) in `rollup_dirty`, in the same transaction;
`settle` then rebuilds the local days those times fall on. Whoever writes entries calls `settle` before it
commits; a write that did not leaves rows in `rollup_dirty`, and the rollups are not read until the next
`settle`, so a forgotten call costs speed, never a wrong number.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from journal_app.core.timeutil import EARLIEST_YEAR, LATEST_YEAR, to_local
from journal_app.models.types import from_utc_text
from journal_app.store import cycle_rollup, sql
from journal_app.store.analytics_queries import (
    Span,
    local_midnight,
    offset_spans,
)
from journal_app.store.sql import Conn

# what the rollups hold; a change to how they are counted changes it, so old ones are rebuilt (2: a moment a later
# entry links back to as its repair counts as repaired)
RECIPE = "2"
TABLES = ("rollup_day", "rollup_mark", "rollup_person", "rollup_pair", "rollup_weekday")
# the response groups (models.values.RESPONSES) and their columns in rollup_day
GROUP_COLUMNS = {"reaching-out": "reaching_out", "reassurance": "reassurance", "withdrawing": "withdrawing",
                 "push-pull": "push_pull"}
SLOT_COLUMNS = ("night", "morning", "afternoon", "evening")  # quarters of the local day, 0-6, 6-12, ...
FIRST_DAY = date(EARLIEST_YEAR, 1, 1)  # the rollups hold the local days from FIRST_DAY to LAST_DAY
LAST_DAY = date(LATEST_YEAR, 12, 31)
_DAY = timedelta(days=1)
_MONTH_KEY = "substr(day, 1, 7) || '-01'"  # a day row's month: its first day
_YEAR_KEY = "substr(day, 1, 4) || '-01-01'"  # a month row's year: 1 January
DECADE_KEY = "substr(day, 1, 3) || '0-01-01'"  # a year row's decade: 1 January of the year ending in 0
FULL_REBUILD_DAYS = 400  # more changed days than this (an import): rebuild everything, which is faster


_only: tuple[str, ...] | None = None  # while build_tables runs: the tables it builds


def _tables(conn: Conn) -> tuple[str, ...]:
    """The rollup tables of this journal: the cycle's too once migrations 0010 and 0011 made them
    (store/cycle_rollup.py); while build_tables runs, only those it builds."""
    tables = (*TABLES, *cycle_rollup.tables(conn))
    return tables if _only is None else tuple(t for t in tables if t in _only)


# -- the time zone -----------------------------------------------------------------------------------------
_fingerprints: dict[tuple[object, ...], str] = {}


def _zone_file() -> Path | None:
    """The tz file this process's C library reads for local time: $TZ's (in $TZDIR or the system's zoneinfo),
    or /etc/localtime; None when there is none (a POSIX rule in $TZ, or a system without tz files)."""
    name = os.environ.get("TZ")
    if name is None:
        path = Path("/etc/localtime")
        return path if path.is_file() else None
    name = name.removeprefix(":")
    if not name:
        return None
    path = Path(name) if name.startswith("/") else Path(os.environ.get("TZDIR", "/usr/share/zoneinfo")) / name
    return path if path.is_file() else None


def _offsets_sampled() -> str:
    """The UTC offset of local time on 1 January and 1 July of every year the journal holds, as text."""
    out = []
    for year in range(EARLIEST_YEAR, LATEST_YEAR + 1):
        for month in (1, 7):
            offset = datetime(year, month, 1, 12, tzinfo=UTC).astimezone().utcoffset()
            out.append(str(int(offset.total_seconds())) if offset is not None else "")
    return ",".join(out)


def zone_fingerprint() -> str:
    """Names this process's local time: the rollups' recipe, $TZ, the zone names and a hash of the tz file's
    bytes (so a changed /etc/localtime, $TZ or tz database is noticed), or, without a tz file, the offsets
    sampled twice a year over every year the journal holds. Cached per zone file state."""
    path = _zone_file()
    try:
        stat = path.stat() if path is not None else None
    except OSError:
        stat = None
    key = (os.environ.get("TZ"), time.tzname, time.timezone, time.altzone, str(path),
           None if stat is None else (stat.st_mtime_ns, stat.st_size, stat.st_ino))
    found = _fingerprints.get(key)
    if found is None:
        try:
            detail = hashlib.sha256(path.read_bytes()).hexdigest() if path is not None else _offsets_sampled()
        except OSError:
            detail = _offsets_sampled()
        found = json.dumps([RECIPE, key[0], list(time.tzname), time.timezone, time.altzone, detail])
        _fingerprints[key] = found
    return found


# -- state -------------------------------------------------------------------------------------------------
def has_rollups(conn: Conn) -> bool:
    """Whether the journal has the rollup tables (a journal migrated to 0007)."""
    return sql.has_table(conn, "rollup_state")


def _zone(conn: Conn) -> str | None:
    zone: str | None = conn.exec_driver_sql("SELECT zone FROM rollup_state WHERE id = 1").scalar()
    return zone


def ready(conn: Conn) -> bool:
    """Whether the rollups can be read: built in this process's zone, with no change left to apply."""
    if not has_rollups(conn) or _zone(conn) != zone_fingerprint():
        return False
    return conn.exec_driver_sql("SELECT 1 FROM rollup_dirty LIMIT 1").first() is None


def settle(conn: Conn) -> None:
    """Apply the changes noted in `rollup_dirty` (in the caller's write transaction, before it commits):
    count the local days of the changed entries again, or everything after many changes. Rollups built in
    another zone (or never) are left for `rebuild_step`, which applies the changes noted meanwhile."""
    if has_rollups(conn) and _zone(conn) == zone_fingerprint():
        _apply_changes(conn)


def rebuild_step(conn: Conn) -> bool:
    """One step of building the rollups again in this process's zone, when they were built in another (or
    never): a quarter of a year of local days, in the caller's write transaction, so a writer waits for one step
    at most. Returns True when the rollups are ready to be read (nothing is left to do); the progress is kept
    in the journal (rollup_state), so a rebuild cut short goes on where it stopped."""
    if not has_rollups(conn):
        return False
    zone = zone_fingerprint()
    current, building, built_to = conn.exec_driver_sql(
        "SELECT zone, building, built_to FROM rollup_state WHERE id = 1").one()
    if current == zone:
        _apply_changes(conn)
        return True
    first, last = _extent(conn)
    start = date.fromisoformat(built_to) + _DAY if building == zone and built_to else first
    end = min(_quarter_end(start), last)
    if start <= end:
        _count_range(conn, start, end)
    if end < last:
        conn.exec_driver_sql("UPDATE rollup_state SET zone = NULL, building = ?, built_to = ? WHERE id = 1",
                             (zone, end.isoformat()))
        return False
    conn.exec_driver_sql("UPDATE rollup_state SET zone = ?, building = NULL, built_to = NULL WHERE id = 1",
                         (zone,))
    _apply_changes(conn)  # the entries changed while it was built
    return True


def build_tables(conn: Conn, tables: Sequence[str]) -> None:
    """Build only these rollup tables of the cycle (store/cycle_rollup.py), for every day the rollups hold, in the
    caller's transaction: a migration that adds them, when the others are up to date (at 365,000 entries a
    rebuild of every rollup took ten minutes). Rollups built in another zone, or never, are left for the
    rebuild that comes anyway (rebuild_step), which builds these too."""
    global _only
    if not has_rollups(conn) or _zone(conn) != zone_fingerprint():
        return
    _apply_changes(conn)
    first, last = _extent(conn)
    _only = tuple(tables)
    try:
        while first <= last:
            end = min(_quarter_end(first), last)
            _count_range(conn, first, end)
            first = end + _DAY
    finally:
        _only = None


def build_decades(conn: Conn) -> None:
    """The decade rows of the tables that have them (cycle_rollup.DECADES), from their year rows as they are, in
    the caller's transaction (migration 0013): whatever changes later is summed up to its decade with its year."""
    if has_rollups(conn):
        _sum_up(conn, "decade", DECADE_KEY, FIRST_DAY, LAST_DAY, _lenses(conn))


def rebuild(conn: Conn) -> None:
    """Build every rollup again, in this process's zone, in the caller's transaction (migration 0007)."""
    conn.exec_driver_sql("UPDATE rollup_state SET zone = NULL, building = NULL, built_to = NULL WHERE id = 1")
    while not rebuild_step(conn):
        pass


def _extent(conn: Conn) -> tuple[date, date]:
    """The local days a rebuild covers: those of the live entries and those the rollups hold, in whole
    months (FIRST_DAY..FIRST_DAY when there is nothing)."""
    # each min() and max() alone, so SQLite reads one end of an index for it instead of every row
    lo, hi = conn.exec_driver_sql(
        "SELECT (SELECT min(occurred_at) FROM entry WHERE deleted_at IS NULL), "
        "(SELECT max(occurred_at) FROM entry WHERE deleted_at IS NULL)").one()
    held = conn.exec_driver_sql(  # every day with rows has rows of scope 0 and lens 0
        "SELECT (SELECT min(day) FROM rollup_day WHERE period = 'day' AND scope = 0 AND lens = 0), "
        "(SELECT max(day) FROM rollup_day WHERE period = 'day' AND scope = 0 AND lens = 0)").one()
    days = [to_local(from_utc_text(at)).date() for at in (lo, hi) if at]
    days += [date.fromisoformat(d) for d in held if d]
    if not days:
        return FIRST_DAY, FIRST_DAY
    first, last = max(min(days), FIRST_DAY), min(max(days), LAST_DAY)
    return first.replace(day=1), month_end(max(first, last))


def _apply_changes(conn: Conn) -> None:
    times = [r[0] for r in conn.exec_driver_sql("SELECT at FROM rollup_dirty")]
    if not times:
        return
    conn.exec_driver_sql("DELETE FROM rollup_dirty")
    days = sorted({day for day in (to_local(from_utc_text(at)).date() for at in times)
                   if FIRST_DAY <= day <= LAST_DAY})
    if len(days) > FULL_REBUILD_DAYS:  # an import: count everything again, a year at a time
        first, last = _extent(conn)
        while first <= last:
            end = min(month_end(date(first.year, 12, 1)), last)
            _count_range(conn, first, end)
            first = end + _DAY
    elif days:
        _count_days(conn, days)


def _runs(days: Sequence[date]) -> list[tuple[date, date]]:
    """Consecutive days grouped: [(first, last), ...]."""
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and runs[-1][1] + _DAY == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _spans_around(first: date, last: date) -> list[Span]:
    """Offset spans over the local days first..last and a day either side (see analytics_queries)."""
    return offset_spans(local_midnight(max(first - _DAY, FIRST_DAY - _DAY)),
                        local_midnight(min(last + 2 * _DAY, LAST_DAY + 2 * _DAY)))


def month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - _DAY


def _quarter_end(day: date) -> date:
    """The last day of the calendar quarter `day` is in."""
    return month_end(date(day.year, (day.month - 1) // 3 * 3 + 3, 1))


def _lenses(conn: Conn) -> str:
    return json.dumps([0, *(r[0] for r in conn.exec_driver_sql("SELECT id FROM trigger"))])


_SLICE = "scope IN (0, 1) AND lens IN (SELECT value FROM json_each(:lenses))"


def _count_days(conn: Conn, days: Sequence[date]) -> None:
    """Count the local `days` again, and the months and years they are in."""
    params = {"lenses": _lenses(conn), "days": json.dumps([d.isoformat() for d in days])}
    keep = "day IN (SELECT value FROM json_each(:days))"
    for table in _tables(conn):
        sql.run(conn, f"DELETE FROM {table} WHERE period = 'day' AND {_SLICE} AND {keep}", params)
    _fill(conn, [_spans_around(first, last) for first, last in _runs(days)], keep, params)
    lenses = params["lenses"]
    # each changed month, then each of their years once, then each of their decades once (a year summed again for
    # each of its changed months cost an Empty Trash of entries from many months a year and a decade each)
    for month in sorted({d.replace(day=1) for d in days}):
        _sum_up(conn, "month", _MONTH_KEY, month, month_end(month), lenses)
    for year in sorted({d.year for d in days}):
        _sum_up(conn, "year", _YEAR_KEY, date(year, 1, 1), date(year, 12, 31), lenses)
    for decade in sorted({d.year // 10 * 10 for d in days}):
        _sum_up(conn, "decade", DECADE_KEY, date(decade, 1, 1), date(decade + 9, 12, 31), lenses)


def _count_range(conn: Conn, first: date, last: date) -> None:
    """Count the local days first..last again (whole months: first is a month's first day, last a month's
    last day), and their months and years."""
    params = {"lenses": _lenses(conn), "a": first.isoformat(), "b": last.isoformat()}
    keep = "day BETWEEN :a AND :b"
    for table in _tables(conn):
        sql.run(conn, f"DELETE FROM {table} WHERE period = 'day' AND {_SLICE} AND {keep}", params)
    _fill(conn, [_spans_around(first, last)], keep, params)
    _count_periods(conn, first, last, params["lenses"])


# a month row holds the sums of its day rows, a year row those of its month rows: per table, the key columns
# after the day, and the aggregates (rollup_weekday's month rows come from rollup_day's day rows)
_SUMS = {
    "rollup_day": ("", ("sum(entries), max(peak), NULL, sum(night), sum(morning), sum(afternoon), sum(evening), "
                       "sum(moments), sum(named), sum(repaired), sum(recorded), sum(answered), sum(reaching_out), "
                       "sum(reassurance), sum(withdrawing), sum(push_pull)")),
    "rollup_mark": ("trigger_id, ", "sum(entries), sum(total), sum(rated), min(low), max(high)"),
    "rollup_person": ("trigger_id, person_id, ", "sum(entries)"),
    "rollup_pair": ("first_id, second_id, ", "sum(entries)"),
    "rollup_weekday": ("weekday, ", "sum(night), sum(morning), sum(afternoon), sum(evening)"),
}


def _count_periods(conn: Conn, first: date, last: date, lenses: str) -> None:
    """The month rows of the months first..last (first a month's first day) again, from their day rows, then
    the year rows of their years, from the month rows, and the decade rows of their decades (the tables that have
    them: cycle_rollup.DECADES), from the year rows."""
    _sum_up(conn, "month", _MONTH_KEY, first, last, lenses)
    _sum_up(conn, "year", _YEAR_KEY, date(first.year, 1, 1), date(last.year, 12, 31), lenses)
    _sum_up(conn, "decade", DECADE_KEY, date(first.year // 10 * 10, 1, 1), date(last.year // 10 * 10 + 9, 12, 31),
            lenses)


def _sum_up(conn: Conn, period: str, key: str, first: date, last: date, lenses: str) -> None:
    finer = {"month": "day", "year": "month", "decade": "year"}[period]
    params = {"lenses": lenses, "a": first.isoformat(), "b": last.isoformat(), "period": period, "finer": finer}
    tables = tuple(t for t in _tables(conn) if period != "decade" or t in cycle_rollup.DECADES)
    for table in tables:
        sql.run(conn, f"DELETE FROM {table} WHERE period = :period AND {_SLICE} AND day BETWEEN :a AND :b",
                     params)
    for table, (keys, sums) in {**_SUMS, **cycle_rollup.SUMS}.items():
        if table not in tables:
            continue
        source = "rollup_day" if table == "rollup_weekday" and finer == "day" else table
        group = ", ".join(["scope", "lens", "k", *(k.strip() for k in keys.split(",") if k.strip())])
        sql.run(conn, f"INSERT INTO {table} SELECT :period, scope, lens, {key} AS k, {keys}{sums} FROM {source} "
                          f"WHERE period = :finer AND {_SLICE} AND day BETWEEN :a AND :b GROUP BY {group}", params)


# -- building --------------------------------------------------------------------------------------------
# fact: one row per live entry in the spans, with its local day and what it counts for
_FACT = (
    "CREATE TEMP TABLE rollup_fact (id INTEGER PRIMARY KEY, day TEXT NOT NULL, slot INTEGER NOT NULL, "
    "shared INTEGER NOT NULL, peak INTEGER, triggered INTEGER NOT NULL, named INTEGER NOT NULL, "
    "repaired INTEGER NOT NULL, recorded INTEGER NOT NULL, answered INTEGER NOT NULL, "
    "reaching_out INTEGER NOT NULL, reassurance INTEGER NOT NULL, withdrawing INTEGER NOT NULL, "
    "push_pull INTEGER NOT NULL)"
)
_GROUP = ("EXISTS (SELECT 1 FROM entry_response r WHERE r.entry_id = f.id AND r.response IN "
          "(SELECT m.key FROM rollup_map m WHERE m.pattern = '{pattern}'))")
# view: (entry, scope, lens) for each way an entry is counted
_VIEW_ALL = (  # lens 0 only (build_tables: the cycle's tables have no other lens)
    "CREATE TEMP TABLE rollup_view AS "
    "WITH s(id, scope) AS (SELECT id, 0 FROM temp.rollup_fact UNION ALL "
    "SELECT id, 1 FROM temp.rollup_fact WHERE shared) "
    "SELECT s.id AS id, s.scope AS scope, 0 AS lens FROM s"
)
# CROSS JOIN: SQLite reads the few counted entries first and looks up their triggers (without it, it read every
# row of entry_trigger's trigger index for a save's one day: 160 of a save's 500 ms at 365,000 entries)
_VIEW = (f"{_VIEW_ALL} UNION ALL SELECT s.id, s.scope, et.trigger_id FROM s CROSS JOIN entry_trigger et "
         "ON et.entry_id = s.id")
# a moment a later entry (not in the Trash) links back to as its repair (analytics_queries.MENDED, looked up per
# entry through repair_link's key: the IN list read every live entry for each save, 280 of its 500 ms)
_MENDED = ("EXISTS (SELECT 1 FROM repair_link r CROSS JOIN entry b ON b.id = r.entry_id "
           "WHERE r.repaired_id = loc.id AND b.deleted_at IS NULL)")
_INSERTS = (
    ("INSERT INTO rollup_day SELECT 'day', v.scope, v.lens, f.day, count(*), max(f.peak), "
    "(CAST(strftime('%w', f.day) AS INTEGER) + 6) % 7, sum(f.slot = 0), "
    "sum(f.slot = 1), sum(f.slot = 2), sum(f.slot = 3), sum(f.triggered), sum(f.triggered AND f.named), "
    "sum(f.triggered AND f.repaired), sum(f.triggered AND f.recorded), sum(f.triggered AND f.answered), "
    "sum(f.triggered AND f.reaching_out), sum(f.triggered AND f.reassurance), "
    "sum(f.triggered AND f.withdrawing), sum(f.triggered AND f.push_pull) "
    "FROM temp.rollup_view v JOIN temp.rollup_fact f ON f.id = v.id GROUP BY v.scope, v.lens, f.day"),
    ("INSERT INTO rollup_mark SELECT 'day', v.scope, v.lens, f.day, et.trigger_id, count(*), sum(et.intensity), "
    "count(et.intensity), min(et.intensity), max(et.intensity) FROM temp.rollup_view v "
    "JOIN temp.rollup_fact f ON f.id = v.id JOIN entry_trigger et ON et.entry_id = v.id "
    "GROUP BY v.scope, v.lens, f.day, et.trigger_id"),
    ("INSERT INTO rollup_person SELECT 'day', v.scope, v.lens, f.day, et.trigger_id, ep.person_id, count(*) "
    "FROM temp.rollup_view v JOIN temp.rollup_fact f ON f.id = v.id JOIN entry_trigger et ON et.entry_id = v.id "
    "JOIN entry_person ep ON ep.entry_id = v.id GROUP BY v.scope, v.lens, f.day, et.trigger_id, ep.person_id"),
    ("INSERT INTO rollup_pair SELECT 'day', v.scope, v.lens, f.day, a.trigger_id, b.trigger_id, count(*) "
    "FROM temp.rollup_view v JOIN temp.rollup_fact f ON f.id = v.id JOIN entry_trigger a ON a.entry_id = v.id "
    "JOIN entry_trigger b ON b.entry_id = v.id AND b.trigger_id > a.trigger_id "
    "GROUP BY v.scope, v.lens, f.day, a.trigger_id, b.trigger_id"),
)


def _fill(conn: Conn, span_lists: Iterable[list[Span]], keep: str, params: dict[str, str]) -> None:
    """Count the live entries in the spans whose local day meets `keep` (an SQL condition on `day`, with its
    `params`) into the day rows (which hold nothing for those days yet)."""
    from journal_app.models.values import RESPONSES

    for name in ("rollup_fact", "rollup_view", "rollup_map"):
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{name}")
    conn.exec_driver_sql(_FACT)
    conn.exec_driver_sql("CREATE TEMP TABLE rollup_map (key TEXT PRIMARY KEY, pattern TEXT NOT NULL)")
    conn.exec_driver_sql("INSERT INTO temp.rollup_map VALUES (?, ?)", [(k, p) for k, _label, p in RESPONSES])
    # a moment a later entry (not in the Trash) links back to as its repair: repaired, and it needed one
    # (analytics_queries.MENDED; the links came with migration 0008, after 0007 first built the rollups)
    # (not for build_tables: the cycle's tables read neither column, and the subquery reads every repairing entry)
    mended = f" OR {_MENDED}" if _only is None and sql.has_table(conn, "repair_link") else ""
    for spans in span_lists:
        sql.run(conn,
            "INSERT INTO temp.rollup_fact (id, day, slot, shared, triggered, named, repaired, recorded, "
            "answered, reaching_out, reassurance, withdrawing, push_pull) "
            "WITH spans(lo, hi, shift) AS MATERIALIZED (SELECT json_extract(value, '$[0]'), "
            "json_extract(value, '$[1]'), printf('%+d minutes', json_extract(value, '$[2]')) "
            "FROM json_each(:spans)), "
            "loc(id, t, shared, repair) AS (SELECT e.id, datetime(e.occurred_at, s.shift), e.shared, e.repair "
            "FROM spans s JOIN entry e ON e.deleted_at IS NULL AND e.occurred_at >= s.lo AND e.occurred_at < s.hi) "
            "SELECT id, substr(t, 1, 10), CAST(substr(t, 12, 2) AS INTEGER) / 6, shared, 0, 0, "
            f"coalesce(repair IN ('yes', 'partly'), 0){mended}, 0, "
            f"coalesce(repair IN ('yes', 'partly', 'not-yet'), 0){mended}, "
            "0, 0, 0, 0 FROM loc WHERE true ON CONFLICT (id) DO NOTHING"  # spans of two runs of days may overlap
        , {"spans": json.dumps(spans)})
    sql.run(conn, f"DELETE FROM temp.rollup_fact WHERE NOT ({keep})", params)
    conn.exec_driver_sql(f"DELETE FROM temp.rollup_fact WHERE day < '{FIRST_DAY}' OR day > '{LAST_DAY}'")
    groups = ", ".join(f"{column} = {_GROUP.format(pattern=pattern)}" for pattern, column in GROUP_COLUMNS.items())
    triggered = "triggered = EXISTS (SELECT 1 FROM entry_trigger WHERE entry_id = f.id)"
    conn.exec_driver_sql(  # build_tables (the cycle's tables only) needs only `triggered`, and lens 0
        f"UPDATE temp.rollup_fact AS f SET {triggered}" if _only is not None else
        "UPDATE temp.rollup_fact AS f SET "
        "peak = (SELECT max(intensity) FROM entry_trigger WHERE entry_id = f.id), "
        f"{triggered}, "
        "named = EXISTS (SELECT 1 FROM entry_response WHERE entry_id = f.id AND response = 'named-my-need'), "
        f"recorded = EXISTS (SELECT 1 FROM entry_response WHERE entry_id = f.id), {groups}"
    )
    conn.exec_driver_sql(_VIEW if _only is None else _VIEW_ALL)
    for statement in (_INSERTS + cycle_rollup.inserts(conn)) if _only is None else cycle_rollup.inserts(conn, _only):
        conn.exec_driver_sql(statement)
    for name in ("rollup_fact", "rollup_view", "rollup_map"):
        conn.exec_driver_sql(f"DROP TABLE temp.{name}")
