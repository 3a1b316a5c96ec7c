"""The cycle's beliefs and repair times over a range, summed up in SQL from the rollups of migration 0011
(store/cycle_summary_queries.py reads `rollup_belief` and `rollup_mend`), for the report made from the rollups
(services/cycle_rollups.py), which answer for everyone or one person: each belief's ratings per bucket of the
range, its count, mean and exact least-squares line; per person how many repairs a later entry links back to,
how many came within a day, who reached out first and the median time, over the range and per bucket. A report
over all time on a 365,000-entry journal has some 95,000 ratings and 40,000 repaired moments: a belief's are read
as a row a year, a repair's as one small integer, instead of every entry of the range becoming a Python object.
services/cycle_tally.py counts the same from each row (the oracle; tests/services check both agree). Qt-free."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import (
    POINTS_KEPT,
    BeliefMean,
    BeliefPoint,
    BeliefSummary,
    BeliefTrend,
    RepairSeries,
    RepairTimes,
)
from journal_app.models.types import from_utc_text
from journal_app.services.cycle_buckets import bounds, bucket_starts, chart_bucket
from journal_app.services.cycle_tally import exact_line, local_day, trend_line
from journal_app.store import cycle_summary_queries as sq
from journal_app.store.rollup_queries import Slice
from journal_app.store.sql import Conn

_MICRO = 1_000_000
_DAY_MICRO = 86_400 * _MICRO


# -- beliefs -------------------------------------------------------------------------------------------------------
def _year_micro(year: str) -> int:
    """Microseconds from 1970 to the start of a UTC year 'YYYY'."""
    return calendar.timegm((int(year), 1, 1, 0, 0, 0)) * _MICRO


def _micro(stored: str) -> int:
    """Microseconds from 1970 to a stored time, exactly."""
    moment = from_utc_text(stored)
    return calendar.timegm(moment.timetuple()) * _MICRO + moment.microsecond


def _trend(belief_id: int, text: str, groups: Sequence[sq.BeliefSums], bucket: str) -> BeliefTrend:
    """One belief's trend from its sums (see store/cycle_summary_queries.py), without its points."""
    rated = [g for g in groups if g.n]
    n, total = sum(g.n for g in rated), sum(g.total for g in rated)
    first_at = min((g.first for g in rated if g.first), default=None)
    last_at = max((g.last for g in rated if g.last), default=None)
    means: dict[str, list[int]] = {}
    for g in rated:
        held = means.setdefault(g.bucket, [0, 0])
        held[0] += g.n
        held[1] += g.total
    summary = BeliefSummary(n, total, local_day(from_utc_text(first_at)) if first_at else None,
                            local_day(from_utc_text(last_at)) if last_at else None, bucket,
                            tuple(BeliefMean(date.fromisoformat(b), k, t) for b, (k, t) in sorted(means.items())))
    trend = BeliefTrend(belief_id, text, (), summary=summary)
    if first_at is None or last_at is None:
        return trend
    origin = _micro(first_at)
    a, b = _DAY_MICRO, _MICRO  # a time is its UTC year's start + a*d + b*r + u (store/cycle_rollup.py)
    sx = sxx = sxy = 0
    for g in rated:
        c = _year_micro(g.year) - origin
        inner = a * g.d + b * g.r + g.u  # the sum of the times' offsets from their year's start
        sx += g.n * c + inner
        sxx += (g.n * c * c + 2 * c * inner + a * a * g.dd + b * b * g.rr + g.uu + 2 * a * b * g.dr
                + 2 * a * g.du + 2 * b * g.ru)
        sxy += c * g.total + a * g.dy + b * g.ry + g.uy
    return trend_line(trend, exact_line(n, sx, total, sxx, sxy), _micro(last_at) - origin)


def belief_trends(conn: Conn, rng: DateRange, wanted: Sequence[int], shared_only: bool,
                  texts: dict[int, str]) -> tuple[BeliefTrend, ...]:
    """Each belief's trend over the range (everyone, or one person: `wanted`), the most rated first: summed up
    from the rollups, with each rating only for a belief rated at most POINTS_KEPT times, and every later
    rating (from the few rows that have one)."""
    bucket, (lo, hi) = chart_bucket(rng), bounds(rng)
    where = Slice(int(shared_only), 0, rng.start, rng.end)
    by_belief: dict[int, list[sq.BeliefSums]] = {}
    for row in sq.belief_sums(conn, where, bucket, wanted[0] if wanted else 0):
        by_belief.setdefault(row.belief_id, []).append(row)
    trends = {bid: _trend(bid, texts.get(bid, ""), rows, bucket) for bid, rows in by_belief.items()}
    few = [bid for bid, t in trends.items() if 0 < t.ratings <= POINTS_KEPT]
    points: dict[int, list[BeliefPoint]] = {}
    for r in sq.belief_points(conn, lo, hi, few, wanted, shared_only):
        points.setdefault(r.belief_id, []).append(BeliefPoint(local_day(from_utc_text(r.at)), r.strength, r.entry_id))
    after: dict[int, list[BeliefPoint]] = {}
    for r in sq.rerated(conn, lo, hi, wanted, shared_only):
        after.setdefault(r.belief_id, []).append(BeliefPoint(local_day(from_utc_text(r.at)), r.strength, r.entry_id))
    out = [BeliefTrend(t.belief_id, t.text, tuple(points.get(bid, ())), tuple(after.get(bid, ())),
                       t.slope_per_30_days, t.start, t.end, t.summary) for bid, t in trends.items()]
    out.sort(key=lambda t: (-t.ratings, t.text.casefold()))
    return tuple(out)


# -- repair times --------------------------------------------------------------------------------------------------
def _hours(microseconds: int) -> float:
    """Hours, as the oracle works them out from two times: (later - earlier).total_seconds() / 3600."""
    return (microseconds / _MICRO) / 3600


def _median(times: Sequence[int]) -> float | None:
    """The median hours of times in microseconds, shortest first: the middle one, or the mean of the middle two
    (as RepairTimes.of from each repair's hours)."""
    if not times:
        return None
    mid = len(times) // 2
    return _hours(times[mid]) if len(times) % 2 else (_hours(times[mid - 1]) + _hours(times[mid])) / 2


def _whole(cells: Sequence[sq.RepairSums]) -> RepairTimes:
    """A person's repair times over the whole range from those of its buckets."""
    times = sorted(t for cell in cells for t in cell.times) if len(cells) > 1 else cells[0].times
    return RepairTimes(sum(c.linked for c in cells), sum(c.within_a_day for c in cells), _median(times),
                       sum(c.me for c in cells), sum(c.them for c in cells), sum(c.not_said for c in cells))


def repair_times(conn: Conn, rng: DateRange, wanted: Sequence[int], shared_only: bool, series: bool = True
                 ) -> dict[int, tuple[RepairTimes, RepairSeries | None]]:
    """Per person with a repair a later entry links back to: its times over the range summed up and (with
    `series`) the median time per bucket of the range, as the time-to-repair chart draws it."""
    bucket = chart_bucket(rng) if series else None
    cells: dict[int, list[sq.RepairSums]] = {}
    for cell in sq.repair_sums(conn, Slice(int(shared_only), 0, rng.start, rng.end), bucket,
                               wanted[0] if wanted else None):
        cells.setdefault(cell.person_id, []).append(cell)
    if bucket is None:
        return {pid: (_whole(mine), None) for pid, mine in cells.items()}
    starts = bucket_starts(rng, bucket)
    index = {s.isoformat(): i for i, s in enumerate(starts)}
    out: dict[int, tuple[RepairTimes, RepairSeries | None]] = {}
    for pid, mine in cells.items():
        medians: list[float | None] = [None] * len(starts)
        counts = [0] * len(starts)
        for cell in mine:
            i = index.get(cell.bucket, 0)
            medians[i], counts[i] = _median(cell.times), cell.linked
        out[pid] = (_whole(mine), RepairSeries(bucket, starts, tuple(medians), tuple(counts)))
    return out
