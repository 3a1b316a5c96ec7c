"""Reading the per-day rollups (kept by store/rollup_build.py, which describes the tables): the same rows as
the queries of store/analytics_queries.py, for any range of local days, read from a row a day, a month or a
year. The analytics read them only when rollup_build.ready says so, in the same read transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from journal_app.store import sql
from journal_app.store.analytics_queries import (
    BUCKET_KEYS,
    ORDINAL,
    CellRow,
    GroupRow,
    PairRow,
    PersonRow,
    ResponseNumbers,
    SeriesRow,
    SlotRow,
    TallyRow,
    TotalsRow,
)
from journal_app.store.rollup_build import FIRST_DAY, GROUP_COLUMNS, LAST_DAY, SLOT_COLUMNS, month_end
from journal_app.store.sql import Conn

__all__ = ["FIRST_DAY", "LAST_DAY", "Slice", "bucket_series", "co_occurrence", "day_cells", "entry_count",
           "response_series", "response_totals", "trigger_person", "trigger_totals", "weekday_slots"]
_DAY = timedelta(days=1)


# -- reading -----------------------------------------------------------------------------------------------
def _decades(first: date, last: date) -> list[tuple[str, date, date]] | None:
    """The pieces of first..last with its whole decades from the decade rows (None: it holds no whole decade)."""
    start = first if (first.year % 10, first.month, first.day) == (0, 1, 1) else date(first.year // 10 * 10 + 10, 1, 1)
    end = last if (last.year % 10, last.month, last.day) == (9, 12, 31) else date(last.year // 10 * 10 - 1, 12, 31)
    if start > end:
        return None
    out = [("decade", start, date(end.year // 10 * 10, 1, 1))]
    if first < start:
        out += _pieces(first, start - _DAY, "year")
    if end < last:
        out += _pieces(end + _DAY, last, "year")
    return out


def _pieces(first: date, last: date, coarsest: str) -> list[tuple[str, date, date]]:
    """(period, first key, last key) of the rows that hold the local days first..last: whole decades from the
    decade rows, whole years from the year rows and whole months from the month rows (as far as `coarsest`
    allows), the rest from day rows."""
    if coarsest == "decade":
        found = _decades(first, last)
        if found is not None:
            return found
        coarsest = "year"
    if coarsest == "year":
        start = first if (first.month, first.day) == (1, 1) else date(first.year + 1, 1, 1)
        end = last if (last.month, last.day) == (12, 31) else date(last.year - 1, 12, 31)
        if start <= end:
            out = [("year", start, date(end.year, 1, 1))]
            if first < start:
                out += _pieces(first, start - _DAY, "month")
            if end < last:
                out += _pieces(end + _DAY, last, "month")
            return out
        coarsest = "month"
    if coarsest == "month":
        start = first if first.day == 1 else month_end(first) + _DAY
        end = last if last == month_end(last) else last.replace(day=1) - _DAY
        if start <= end:
            out = [("month", start, end.replace(day=1))]
            if first < start:
                out.append(("day", first, start - _DAY))
            if end < last:
                out.append(("day", end + _DAY, last))
            return out
    return [("day", first, last)]


@dataclass(frozen=True)
class Slice:
    """Which rollup rows a query reads: scope 0 (every entry) or 1 (shared only), lens 0 or a trigger id, and
    the local days first..last (both included). `coarsest` is the longest period whose rows may stand for
    its days: 'year' for totals over the range (see whole()), 'decade' for totals from a table with decade rows
    (widest()), 'month' for series by month, 'day' otherwise."""

    scope: int
    lens: int
    first: date
    last: date
    coarsest: str = "day"

    def pieces(self) -> list[tuple[str, date, date]]:
        return _pieces(self.first, self.last, self.coarsest)

    def source(self, table: str, month_table: str | None = None, columns: str = "*"
               ) -> tuple[str, dict[str, object]]:
        """A FROM clause (a subquery named r) over this slice of `table` (of `month_table` for the month and
        year rows when given), with `columns`, and its parameters."""
        params: dict[str, object] = {"scope": self.scope, "lens": self.lens}
        parts = []
        for i, (period, first, last) in enumerate(self.pieces()):
            params.update({f"p{i}": period, f"a{i}": first.isoformat(), f"b{i}": last.isoformat()})
            read = month_table if period != "day" and month_table else table
            parts.append(f"SELECT {columns} FROM {read} WHERE period = :p{i} AND scope = :scope AND lens = :lens "
                         f"AND day BETWEEN :a{i} AND :b{i}")
        return f"({' UNION ALL '.join(parts)}) r", params

    def whole(self) -> Slice:
        return replace(self, coarsest="year")

    def widest(self) -> Slice:
        """Totals over the range from decade rows too: for the tables that have them (cycle_rollup.DECADES)."""
        return replace(self, coarsest="decade")


def _bucket_key(bucket: str, week_start: int) -> str:
    return BUCKET_KEYS[bucket].format(k=(week_start + 1) % 7).replace("loc.t", "r.day")


def _by_bucket(where: Slice, bucket: str) -> Slice:
    """Month rows can be read for series by month; a week or a day is never a whole month."""
    return replace(where, coarsest="month" if bucket == "month" else "day")


def _fetch(conn: Conn, statement: str, params: dict[str, object]) -> list[tuple[Any, ...]]:
    """The rows as plain tuples, straight from the driver: a report over a hundred years reads tens of
    thousands of day rows, and row objects would cost more than the query."""
    raw = getattr(getattr(conn, "connection", None), "driver_connection", None)  # same transaction
    if raw is None:  # not a SQLAlchemy connection (the command line's lean one), or not open: the general way
        return [tuple(row) for row in sql.run(conn, statement, params).all()]
    cursor = raw.cursor()
    try:
        cursor.execute(statement, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def entry_count(conn: Conn, where: Slice) -> int:
    source, params = where.whole().source("rollup_day")
    return int(_fetch(conn, f"SELECT coalesce(sum(r.entries), 0) FROM {source}", params)[0][0])


def trigger_totals(conn: Conn, where: Slice) -> list[TotalsRow]:
    """As analytics_queries.trigger_totals: (trigger id, entries, mean intensity or None)."""
    source, params = where.whole().source("rollup_mark")
    rows = _fetch(conn, f"SELECT r.trigger_id, sum(r.entries), sum(r.total), sum(r.rated) FROM {source} "
                        "GROUP BY r.trigger_id", params)
    return [(tid, n, total / rated if rated else None) for tid, n, total, rated in rows]


def bucket_series(conn: Conn, where: Slice, bucket: str, week_start: int = 0) -> list[SeriesRow]:
    """As analytics_queries.bucket_series: (bucket start, trigger id, entries, mean, min, max, sum, rated)."""
    source, params = _by_bucket(where, bucket).source("rollup_mark")
    rows = _fetch(conn, f"SELECT {_bucket_key(bucket, week_start)} AS b, r.trigger_id, sum(r.entries), "
                        f"sum(r.total), sum(r.rated), min(r.low), max(r.high) FROM {source} GROUP BY b, r.trigger_id",
                  params)
    return [(b, tid, n, total / rated if rated else None, low, high, total, rated)
            for b, tid, n, total, rated, low, high in rows]


def day_cells(conn: Conn, where: Slice) -> list[CellRow]:
    """As analytics_queries.day_cells: (local day as date.toordinal(), entries, peak intensity or None)."""
    source, params = where.source("rollup_day")
    return _fetch(conn, f"SELECT {ORDINAL.format(day='r.day')}, r.entries, r.peak FROM {source}", params)


def weekday_slots(conn: Conn, where: Slice) -> list[SlotRow]:
    """As analytics_queries.weekday_slots: (weekday 0 = Monday, quarter of the day, entries), non-empty only;
    whole months from rollup_weekday."""
    slots = ", ".join(SLOT_COLUMNS)
    source, params = where.whole().source("rollup_day", "rollup_weekday", f"weekday, {slots}")
    rows = _fetch(conn, f"SELECT r.weekday, {', '.join(f'sum(r.{c})' for c in SLOT_COLUMNS)} FROM {source} "
                        "GROUP BY r.weekday", params)
    return [(w, slot, n) for w, *counts in rows for slot, n in enumerate(counts) if n]


def trigger_person(conn: Conn, where: Slice) -> list[PersonRow]:
    """As analytics_queries.trigger_person: (trigger id, person id, person name, entries)."""
    source, params = where.whole().source("rollup_person")
    return _fetch(conn, f"SELECT s.trigger_id, p.id, p.name, s.n FROM (SELECT r.trigger_id, r.person_id, "
                        f"sum(r.entries) AS n FROM {source} GROUP BY r.trigger_id, r.person_id) s "
                        "JOIN person p ON p.id = s.person_id", params)


def co_occurrence(conn: Conn, where: Slice, diagonal: list[TotalsRow]) -> list[PairRow]:
    """As analytics_queries.co_occurrence: (trigger id, trigger id, entries), both orders and the diagonal
    (the entries of each trigger: `diagonal` as trigger_totals gives it for the same slice)."""
    source, params = where.whole().source("rollup_pair")
    pairs = _fetch(conn, f"SELECT r.first_id, r.second_id, sum(r.entries) FROM {source} "
                         "GROUP BY r.first_id, r.second_id", params)
    return ([(t, t, n) for t, n, _mean in diagonal] + [(a, b, n) for a, b, n in pairs]
            + [(b, a, n) for a, b, n in pairs])


_TALLIES = "sum(r.moments), sum(r.named), sum(r.repaired), sum(r.recorded), sum(r.answered), " + ", ".join(
    f"sum(r.{c})" for c in GROUP_COLUMNS.values())


def response_totals(conn: Conn, where: Slice) -> ResponseNumbers:
    """As analytics_queries.response_totals."""
    source, params = where.whole().source("rollup_day")
    moments, named, repaired, recorded, answered, *groups = (
        n or 0 for n in _fetch(conn, f"SELECT {_TALLIES} FROM {source}", params)[0])
    return (moments, {p: n for p, n in zip(GROUP_COLUMNS, groups) if n}, named, repaired, recorded, answered)


def response_series(conn: Conn, where: Slice, bucket: str, week_start: int = 0
                    ) -> tuple[list[TallyRow], list[GroupRow]]:
    """As analytics_queries.response_series: rows (bucket, moments, named, repaired, recorded, answered) and
    rows (bucket, response group, moments), for buckets with triggered moments."""
    source, params = _by_bucket(where, bucket).source("rollup_day")
    rows = _fetch(conn, f"SELECT {_bucket_key(bucket, week_start)} AS b, {_TALLIES} FROM {source} "
                        "GROUP BY b HAVING sum(r.moments) > 0", params)
    totals = [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]
    by_pattern = [(r[0], p, n) for r in rows for p, n in zip(GROUP_COLUMNS, r[6:]) if n]
    return totals, by_pattern
