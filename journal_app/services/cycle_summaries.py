"""The cycle's beliefs and repair times over a range summed up in SQL (store/cycle_summary_queries.py), for the
report made from the rollups (services/cycle_rollups.py): each belief's ratings per bucket of the range, its
count, mean and exact least-squares line; per person how many repairs a later entry links back to, how many came
within a day, who reached out first and the median time, over the range and per bucket. A report over all time
on a 365,000-entry journal has some 90,000 ratings and 50,000 repaired moments: they are summed where they lie
instead of each becoming a Python object. services/cycle_tally.py counts the same from each row (the oracle;
tests/services check both agree). Qt-free."""

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
from journal_app.services.cycle_buckets import bucket_starts, chart_bucket, spans_of
from journal_app.services.cycle_tally import exact_line, local_day, trend_line
from journal_app.store import cycle_summary_queries as sq
from journal_app.store.sql import Conn

_MICRO = 1_000_000


# -- beliefs -------------------------------------------------------------------------------------------------------
def _month_micro(month: str) -> int:
    """Microseconds from 1970 to the start of a UTC month 'YYYY-MM'."""
    return calendar.timegm((int(month[:4]), int(month[5:7]), 1, 0, 0, 0)) * _MICRO


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
    sx = sxx = sxy = 0
    for g in rated:
        c = _month_micro(g.month) - origin
        inner = _MICRO * g.s + g.u  # the sum of the times' offsets from their month's start
        sx += g.n * c + inner
        sxx += g.n * c * c + 2 * c * inner + _MICRO * _MICRO * g.ss + 2 * _MICRO * g.su + g.uu
        sxy += c * g.total + _MICRO * g.sy + g.uy
    return trend_line(trend, exact_line(n, sx, total, sxx, sxy), _micro(last_at) - origin)


def belief_trends(conn: Conn, rng: DateRange, wanted: Sequence[int], shared_only: bool,
                  texts: dict[int, str]) -> tuple[BeliefTrend, ...]:
    """Each belief's trend over the range, the most rated first: summed up, with each rating only for a belief
    rated at most POINTS_KEPT times, and every later rating."""
    spans, bucket = spans_of(rng), chart_bucket(rng)
    by_belief: dict[int, list[sq.BeliefSums]] = {}
    for row in sq.belief_sums(conn, spans, bucket, wanted, shared_only):
        by_belief.setdefault(row.belief_id, []).append(row)
    trends = {bid: _trend(bid, texts.get(bid, ""), rows, bucket) for bid, rows in by_belief.items()}
    few = [bid for bid, t in trends.items() if 0 < t.ratings <= POINTS_KEPT]
    points: dict[int, list[BeliefPoint]] = {}
    for r in sq.belief_points(conn, spans, few, wanted, shared_only):
        points.setdefault(r.belief_id, []).append(BeliefPoint(local_day(from_utc_text(r.at)), r.strength, r.entry_id))
    after: dict[int, list[BeliefPoint]] = {}
    for r in sq.rerated(conn, spans, wanted, shared_only):
        after.setdefault(r.belief_id, []).append(BeliefPoint(local_day(from_utc_text(r.at)), r.strength, r.entry_id))
    out = [BeliefTrend(t.belief_id, t.text, tuple(points.get(bid, ())), tuple(after.get(bid, ())),
                       t.slope_per_30_days, t.start, t.end, t.summary) for bid, t in trends.items()]
    out.sort(key=lambda t: (-t.ratings, t.text.casefold()))
    return tuple(out)


# -- repair times --------------------------------------------------------------------------------------------------
def _hours(microseconds: int) -> float:
    """Hours, as the oracle works them out from two times: (later - earlier).total_seconds() / 3600."""
    return (microseconds / _MICRO) / 3600


def _medians(middle: Sequence[sq.MiddleTime]) -> dict[tuple[int, str], float]:
    """(person, bucket) -> the median hours: the middle time, or the mean of the middle two."""
    found: dict[tuple[int, str], list[sq.MiddleTime]] = {}
    for m in middle:
        found.setdefault((m.person_id, m.bucket), []).append(m)
    out = {}
    for key, rows in found.items():
        rows.sort(key=lambda m: m.k)
        n = rows[0].n
        if n % 2:
            out[key] = _hours(next(m.microseconds for m in rows if m.k == (n + 1) // 2))
        else:
            a, b = (next(m.microseconds for m in rows if m.k == k) for k in (n // 2, n // 2 + 1))
            out[key] = (_hours(a) + _hours(b)) / 2
    return out


def repair_times(conn: Conn, rng: DateRange, wanted: Sequence[int], shared_only: bool, series: bool = True
                 ) -> dict[int, tuple[RepairTimes, RepairSeries | None]]:
    """Per person with a repair a later entry links back to: its times over the range summed up and (with
    `series`) the median time per bucket of the range, as the time-to-repair chart draws it."""
    bucket = chart_bucket(rng) if series else None
    sums, middle = sq.repair_sums(conn, spans_of(rng), bucket, wanted, shared_only)
    medians = _medians(middle)
    starts = bucket_starts(rng, bucket) if bucket is not None else ()
    index = {s.isoformat(): i for i, s in enumerate(starts)}
    out: dict[int, tuple[RepairTimes, RepairSeries | None]] = {}
    per_bucket: dict[int, dict[int, tuple[float | None, int]]] = {}
    for s in sums:
        if s.bucket:
            per_bucket.setdefault(s.person_id, {})[index.get(s.bucket, 0)] = (
                medians.get((s.person_id, s.bucket)), s.linked)
            continue
        times = RepairTimes(s.linked, s.within_a_day, medians.get((s.person_id, "")), s.me, s.them, s.not_said)
        out[s.person_id] = (times, None)
    if bucket is None:
        return out
    for pid, (times, _none) in out.items():
        cells = per_bucket.get(pid, {})
        out[pid] = (times, RepairSeries(bucket, starts, tuple(cells.get(i, (None, 0))[0] for i in range(len(starts))),
                                        tuple(cells.get(i, (None, 0))[1] for i in range(len(starts)))))
    return out
