"""The tallies behind the cycle's analytics (services/cycles.py says what counts): one moment's chain keys and
the words shown for them, chains, arrows and repair counted as the moments (or the rollups' chains) go by, time to
repair per bucket, each belief's trend, and the report made of them. services/cycles.py counts from the entries,
services/cycle_rollups.py from the per-day rollups; both make their report here. Qt-free."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

from journal_app.core.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.core.timeutil import local_day_bounds, to_local
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import (
    POINTS_KEPT,
    STEPS,
    Arrow,
    BeliefMean,
    BeliefPoint,
    BeliefSummary,
    BeliefTrend,
    Chain,
    CycleReport,
    PersonCycle,
    RepairNumbers,
    RepairPoint,
    RepairSeries,
    RepairTimes,
    Step,
)
from journal_app.models.cycle_values import shown_move_name
from journal_app.models.types import from_utc_text, utc_text
from journal_app.models.values import RESPONSES, shown_trigger_name
from journal_app.services.cycle_buckets import bucket_starts, chart_bucket
from journal_app.store import analytics_queries
from journal_app.store import cycle_report_queries as q
from journal_app.store.sql import Conn

TOP_CHAINS = 5  # per person
TOP_CHAINS_EVERYONE = 10
SLOPE_DAYS = 30  # a belief's slope is given in points of strength per this many days
OUTCOME_LABELS = {
    "repaired": QT_TRANSLATE_NOOP("cycle", "Repaired"),
    "not-yet": QT_TRANSLATE_NOOP("cycle", "Not repaired yet"),
    "not-needed": QT_TRANSLATE_NOOP("cycle", "No repair needed"),
}
_RESPONSE_LABELS = {key: label for key, label, _group in RESPONSES}

Key = tuple[str | None, ...]  # a chain's step keys: trigger slug, belief id, response key, move slug, outcome


# -- one moment's steps ----------------------------------------------------------------------------------------
def outcome(pair: q.Pair) -> str | None:
    """How the moment ended: 'repaired', 'not-yet', 'not-needed', or None (nothing said)."""
    if pair.repaired_by is not None or pair.repair in ("yes", "partly"):
        return "repaired"
    return pair.repair if pair.repair in ("not-yet", "not-needed") else None


def chain_key(pair: q.Pair) -> Key:
    """The keys of the chain of one moment seen with one person (see the module's note for how each is chosen)."""
    return (pair.trigger, None if pair.belief is None else str(pair.belief), pair.did, pair.they, outcome(pair))


class Steps:
    """The words shown for each step's key, looked up once per key (not once per moment), in the language of the
    moment the report is made."""

    def __init__(self, words: q.Words) -> None:
        self._stored = words
        self._words: dict[tuple[int, str], str] = {}

    def _word(self, index: int, key: str) -> str:
        stored = self._stored
        if index == 0:
            return shown_trigger_name(*stored.triggers.get(key, (key, key)))
        if index == 1:
            return stored.beliefs.get(int(key), "")
        if index == 2:
            return translate("messages", _RESPONSE_LABELS.get(key, key))
        if index == 3:
            return shown_move_name(*stored.moves.get(key, (key, key)))
        return translate("cycle", OUTCOME_LABELS[key])

    def step(self, index: int, key: str | None) -> Step:
        if key is None:
            return Step(STEPS[index], None)
        word = self._words.get((index, key))
        if word is None:
            word = self._words[(index, key)] = self._word(index, key)
        return Step(STEPS[index], key, word)

    def steps(self, key: Key) -> tuple[Step, ...]:
        return tuple(self.step(i, k) for i, k in enumerate(key))


# -- chains, arrows and repair, counted as the moments go by ----------------------------------------------------
# The report reads its moments one row at a time (or a chain at a time from the rollups) and keeps only these
# tallies: counts per chain and arrow, first seen first, and the repaired moments' points. The moments' ids (the
# click-through of `journal-app stats --json`) only when asked for: all time on a 365,000-entry journal is some
# 300,000 rows, six ids each; the window looks a chain's entries up when one is clicked (chain_entries).
class _Chains:
    """Chains counted as pairs go by: (person, keys) -> how many (and with `entries`, the moments' ids, the
    first seen first)."""

    def __init__(self, entries: bool = True) -> None:
        self.counts: dict[tuple[str | None, Key], int] = {}
        self.ids: dict[tuple[str | None, Key], list[int]] | None = {} if entries else None

    def add(self, person: str | None, key: Key, entry_id: int, n: int = 1) -> None:
        held = (person, key)
        self.counts[held] = self.counts.get(held, 0) + n
        if self.ids is not None:
            self.ids.setdefault(held, []).append(entry_id)

    def top(self, top: int, steps: Steps) -> tuple[Chain, ...]:
        counts, ids = self.counts, self.ids or {}
        order = sorted(counts, key=lambda k: -counts[k])  # stable: first seen first among ties
        return tuple(Chain(k[0], steps.steps(k[1]), counts[k], tuple(ids.get(k, ()))) for k in order[:top])


class _Arrows:
    """Arrows between neighbouring steps counted as pairs go by (with `entries`, with their moments' ids)."""

    def __init__(self, entries: bool = True) -> None:
        self.counts: dict[tuple[int, str | None, str | None, str | None], int] = {}
        self.ids: dict[tuple[int, str | None, str | None, str | None], list[int]] | None = {} if entries else None

    def add(self, person: str | None, key: Key, entry_id: int, n: int = 1) -> None:
        counts, ids = self.counts, self.ids
        for i in range(len(key) - 1):
            held = (i, person, key[i], key[i + 1])
            counts[held] = counts.get(held, 0) + n
            if ids is not None:
                ids.setdefault(held, []).append(entry_id)

    def all(self, steps: Steps) -> tuple[Arrow, ...]:
        counts, ids = self.counts, self.ids or {}
        order = sorted(counts, key=lambda k: (k[0], -counts[k]))
        return tuple(Arrow(k[1], steps.step(k[0], k[2]), steps.step(k[0] + 1, k[3]), counts[k],
                           tuple(ids.get(k, ()))) for k in order)


class _Repair:
    """Repair counted as one person's moments go by (one pair per moment). With `keep`, the numbers keep each
    repaired moment's point; without, only their times summed up. `times` and `series`, when set (the report
    from the rollups sums them up in SQL), are taken instead of those worked out from the points."""

    def __init__(self, keep: bool = True) -> None:
        self.moments = self.needed = self.repaired = 0
        self.points: list[RepairPoint] = []
        self.keep = keep
        self.times: RepairTimes | None = None
        self.series: RepairSeries | None = None

    def count(self, end: str | None, n: int = 1) -> None:
        self.moments += n
        self.needed += n * (end in ("repaired", "not-yet"))
        self.repaired += n * (end == "repaired")

    def add(self, p: q.Pair) -> None:
        self.count(outcome(p))
        if p.repaired_by is not None and p.repaired_at is not None:
            self.point(p.occurred_at, p.repaired_at, p.reached_first, p.id, p.repaired_by)

    def point(self, at: str, repaired_at: str, reached_first: str | None, entry_id: int, repaired_by: int) -> None:
        start = from_utc_text(at)
        hours = (from_utc_text(repaired_at) - start).total_seconds() / 3600  # as _hours
        self.points.append(RepairPoint(local_day(start), hours, reached_first, entry_id, repaired_by))

    def numbers(self) -> RepairNumbers:
        times = self.times if self.times is not None else RepairTimes.of(self.points)
        return RepairNumbers(self.moments, self.needed, self.repaired, tuple(self.points) if self.keep else (), times)

    def series_over(self, rng: DateRange) -> RepairSeries:
        return self.series if self.series is not None else repair_series(self.points, rng)


class _Person:
    """One person's moments in the range, counted as they go by."""

    def __init__(self, person_id: int, name: str, entries: bool = True) -> None:
        self.person_id, self.name = person_id, name
        self.chains, self.arrows, self.repair = _Chains(entries), _Arrows(entries), _Repair(entries)

    def add(self, pair: q.Pair, key: Key) -> None:
        self.chains.add(pair.person, key, pair.id)
        self.arrows.add(pair.person, key, pair.id)
        self.repair.add(pair)

    def cycle(self, before: _Repair | None, rng: DateRange, steps: Steps, top: int = TOP_CHAINS) -> PersonCycle:
        repair = self.repair.numbers()
        return PersonCycle(self.person_id, self.name, self.repair.moments, self.chains.top(top, steps),
                           self.arrows.all(steps), repair, None if before is None else before.numbers(),
                           self.repair.series_over(rng))


def local_day(moment: datetime) -> date:
    """The local day of a stored time (as from_utc_text gives it): to_local(moment).date(), in one conversion
    instead of two (a report makes one per belief rating and per repair, a hundred thousand over all time)."""
    try:
        return moment.astimezone().date()
    except (OverflowError, ValueError):  # next to datetime's ends: as to_local shows it
        return to_local(moment).date()


def _hours(start: str, end: str) -> float:
    return (from_utc_text(end) - from_utc_text(start)).total_seconds() / 3600


def repair_series(points: Sequence[RepairPoint], rng: DateRange) -> RepairSeries:
    """Median time to repair per bucket of the range (services/cycle_summaries.chart_bucket), from each point."""
    bucket = chart_bucket(rng)
    starts = bucket_starts(rng, bucket)
    held: list[list[RepairPoint]] = [[] for _ in starts]
    for p in points:
        held[max(bisect_right(starts, p.day) - 1, 0)].append(p)  # the last bucket starting by that day
    return RepairSeries(bucket, starts, tuple(RepairTimes.of(ps).median_hours for ps in held),
                        tuple(len(ps) for ps in held))


# -- beliefs -----------------------------------------------------------------------------------------------------
def least_squares(xs: Sequence[float], ys: Sequence[float]) -> tuple[Fraction, Fraction] | None:
    """(slope, intercept) of the least-squares line, exactly (in fractions); None with fewer than two different
    xs."""
    fx, fy = [Fraction(x) for x in xs], [Fraction(y) for y in ys]
    return exact_line(len(fx), sum(fx, Fraction(0)), sum(fy, Fraction(0)), sum((x * x for x in fx), Fraction(0)),
                      sum((x * y for x, y in zip(fx, fy)), Fraction(0)))


def exact_line(n: int, sx: Fraction | int, sy: Fraction | int, sxx: Fraction | int, sxy: Fraction | int
               ) -> tuple[Fraction, Fraction] | None:
    """(slope, intercept) of the least-squares line from the sums of x, y, x*x and x*y over n points (exact
    numbers in, exact out); None with fewer than two different xs."""
    if n < 2:
        return None
    spread = n * sxx - sx * sx
    if spread == 0:
        return None
    slope = Fraction(n * sxy - sx * sy) / spread
    return slope, (sy - slope * sx) / n


_DAY_MICROSECONDS = 86400 * 1_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def trend_line(trend: BeliefTrend, line: tuple[Fraction, Fraction] | None, last_x: int) -> BeliefTrend:
    """The trend with its line (over microseconds since the first rating; `last_x` that of the last rating):
    points per 30 days rounded to hundredths, and its rounded values at the first and the last rating."""
    if line is None:
        return trend
    slope, intercept = line
    return replace(trend, slope_per_30_days=float(round(slope * _DAY_MICROSECONDS * SLOPE_DAYS, 2)),
                   start=round(intercept), end=round(intercept + slope * last_x))


def _summary(points: Sequence[BeliefPoint], rng: DateRange) -> BeliefSummary:
    """The ratings summed up per bucket of the range (services/cycle_summaries.chart_bucket), from each one."""
    bucket = chart_bucket(rng)
    starts = bucket_starts(rng, bucket)
    held: dict[date, list[int]] = {}
    for p in points:
        cell = held.setdefault(starts[max(bisect_right(starts, p.day) - 1, 0)], [0, 0])
        cell[0] += 1
        cell[1] += p.strength
    return BeliefSummary(len(points), sum(p.strength for p in points), points[0].day if points else None,
                         points[-1].day if points else None, bucket,
                         tuple(BeliefMean(day, k, t) for day, (k, t) in sorted(held.items())))


def belief_trends(ratings: Sequence[q.Rating], rng: DateRange | None = None, keep: bool = True
                  ) -> tuple[BeliefTrend, ...]:
    """Each belief's ratings over time, the most rated first, counted from each rating (the direct reading): with
    a range, summed up per bucket of it; without `keep`, each rating kept only for a belief rated at most
    POINTS_KEPT times."""
    by_belief: dict[int, list[q.Rating]] = {}
    for r in ratings:
        by_belief.setdefault(r.belief_id, []).append(r)
    trends = []
    for belief_id, rows in by_belief.items():
        rated = [r for r in rows if r.strength is not None]
        times = [from_utc_text(r.occurred_at) for r in rated]
        points = tuple(BeliefPoint(local_day(t), int(r.strength or 0), r.entry_id) for t, r in zip(times, rated))
        after = sorted((from_utc_text(r.rerated_at), r) for r in rows if r.rerated is not None and r.rerated_at)
        trend = BeliefTrend(belief_id, rows[-1].text, points if keep or len(points) <= POINTS_KEPT else (),
                            tuple(BeliefPoint(local_day(t), int(r.rerated or 0), r.entry_id) for t, r in after),
                            summary=_summary(points, rng) if rng is not None else None)
        micro = [(t - _EPOCH) // timedelta(microseconds=1) for t in times]
        xs = [m - micro[0] for m in micro]
        trends.append(trend_line(trend, least_squares(xs, [p.strength for p in points]), xs[-1] if xs else 0))
    trends.sort(key=lambda t: (-t.ratings, t.text.casefold()))
    return tuple(trends)


# -- the report --------------------------------------------------------------------------------------------------
def _bounds(rng: DateRange) -> tuple[str, str]:
    lo, hi = local_day_bounds(rng.start, rng.end)
    assert lo is not None and hi is not None
    return utc_text(lo), utc_text(hi)


def _previous(conn: Conn, rng: DateRange) -> DateRange | None:
    from journal_app.services.analytics import compared_range

    first = analytics_queries.first_entry_time(conn)
    return compared_range(rng, to_local(from_utc_text(first)).date() if first else None)


def report_of(date_range: DateRange, previous: DateRange | None, moments: int, everyone: _Chains,
              mine: dict[int, _Person], before: dict[int, _Repair] | None, beliefs: tuple[BeliefTrend, ...],
              steps: Steps, shared_only: bool) -> CycleReport:
    """The report from its tallies (without its sentences): people with the most moments first."""
    people = sorted(mine.values(), key=lambda p: (-p.repair.moments, p.name.casefold(), p.person_id))
    return CycleReport(
        range=date_range, previous=previous, moments=moments,
        people=tuple(person.cycle(None if before is None else before.get(person.person_id, _Repair(person.repair.keep)),
                                  date_range, steps) for person in people),
        chains=everyone.top(TOP_CHAINS_EVERYONE, steps), beliefs=beliefs, shared_only=shared_only,
    )
