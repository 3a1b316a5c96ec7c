"""Pattern analytics over a date range: counts, intensity, heatmap and matrices for the Patterns view and the CLI.
Qt-free. The numbers come from SQL: from the per-day rollups (store/rollup_build.py, store/rollup_queries.py) when
they can, else from the entries (store/analytics_queries.py, which works out local times with spans of constant UTC
offset, daylight-saving correct). This module picks the bucket size and shapes the rows into a PatternReport."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, translate, weekday_name
from journal_app.core.timeutil import EARLIEST_YEAR, to_local
from journal_app.models import analytics_values
from journal_app.models.analytics_values import (
    CalendarHeatmap,
    CountSeries,
    IntensitySeries,
    Matrix,
    PatternReport,
    ResponseSeries,
    ResponseTotals,
    TriggerKey,
    TriggerTotals,
)
from journal_app.models.types import from_utc_text
from journal_app.models.values import RESPONSES, TriggerInfo
from journal_app.store import analytics_queries as q
from journal_app.store import catalog_queries as catalog
from journal_app.store import rollup_build
from journal_app.store import rollup_queries as rollups
from journal_app.store.sql import Conn

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

DateRange = analytics_values.DateRange  # the ranges' type, which callers (the CLI) name through this module
WINDOW = 4
RESPONSE_PATTERNS = {key: pattern for key, _label, pattern in RESPONSES}
RESPONSE_GROUPS = tuple(dict.fromkeys(RESPONSE_PATTERNS.values()))  # reaching-out, reassurance, withdrawing, ...
DAY_BUCKET_MAX_DAYS = 31
WEEK_BUCKET_MAX_DAYS = 182
WEEKDAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # the rows' keys; shown in the language
TIME_OF_DAY_LABELS = (QT_TRANSLATE_NOOP("analytics", "Night 0–6"),
                      QT_TRANSLATE_NOOP("analytics", "Morning 6–12"),
                      QT_TRANSLATE_NOOP("analytics", "Afternoon 12–18"),
                      QT_TRANSLATE_NOOP("analytics", "Evening 18–24"))
TIME_OF_DAY_KEYS = ("night", "morning", "afternoon", "evening")
PRESETS: tuple[tuple[str, str], ...] = (
    ("since-last-session", "Since my last session"),
    ("last-4-weeks", "Last 4 weeks"),
    ("last-3-months", "Last 3 months"),
    ("last-12-months", "Last 12 months"),
    ("all-time", "All time"),
)
_PRESET_DAYS = {"last-4-weeks": 28, "last-3-months": 91, "last-12-months": 365}
_DAY = timedelta(days=1)


# -- ranges ----------------------------------------------------------------------------------------
def first_entry_day(journal: Journal) -> date | None:
    """The local day of the earliest entry not in the Trash (None for an empty journal); never before 1900
    (an entry dated earlier, from before dates were checked, would make "all time" span millennia)."""
    with journal.querying() as conn:
        first = q.first_entry_time(conn)
    return max(to_local(from_utc_text(first)).date(), date(EARLIEST_YEAR, 1, 1)) if first else None


def preset_range(key: str, today: date, last_session: date | None = None, *,
                 first_day: date | None = None) -> DateRange:
    """The local days a preset covers, ending today. 'all-time' starts on `first_day` (see first_entry_day;
    today when None); 'since-last-session' needs the session's date."""
    if key in _PRESET_DAYS:
        return DateRange(today - timedelta(days=_PRESET_DAYS[key] - 1), today)
    if key == "all-time":
        return DateRange(min(first_day or today, today), today)
    if key == "since-last-session":
        if last_session is None:
            raise InvalidInput(msg("analytics", "There is no therapy session yet to count from; please choose "
                                   "another range."))
        return DateRange(min(last_session, today), today)
    raise InvalidInput(msg("analytics", "{key!r} is not a range this view knows.", key=key))


def previous_range(rng: DateRange) -> DateRange:
    """The range of equal length right before `rng`."""
    return DateRange(rng.start - timedelta(days=rng.days), rng.start - _DAY)


def compared_range(rng: DateRange, first_day: date | None) -> DateRange | None:
    """The range before `rng` when the journal covered all of it, else None (no comparison).

    A comparison with days before the first entry would read an empty stretch as "nothing happened" (a journal
    started last week would show a spike). "All time" starts on the first entry, so it has nothing before it.
    When the journal began partway through the period before, that period is not compared either: its count
    rests on fewer days than this range's, and the sentences say so instead (the honest choice, over a
    comparison that needs a footnote)."""
    prev = previous_range(rng)
    if first_day is None or first_day > prev.start:
        return None
    return prev


def bucket_for(rng: DateRange) -> str:
    if rng.days <= DAY_BUCKET_MAX_DAYS:
        return "day"
    if rng.days <= WEEK_BUCKET_MAX_DAYS:
        return "week"
    return "month"


def bucket_starts(rng: DateRange, bucket: str, week_start: int = 0) -> tuple[date, ...]:
    """Local start dates of every bucket that touches the range (the first may start before it)."""
    if bucket == "day":
        return tuple(rng.start + timedelta(days=i) for i in range(rng.days))
    if bucket == "week":
        first = rng.start - timedelta(days=(rng.start.weekday() - week_start) % 7)
        return tuple(first + timedelta(weeks=i) for i in range((rng.end - first).days // 7 + 1))
    months = (rng.end.year - rng.start.year) * 12 + rng.end.month - rng.start.month + 1
    return tuple(
        date(rng.start.year + (rng.start.month - 1 + i) // 12, (rng.start.month - 1 + i) % 12 + 1, 1)
        for i in range(months)
    )


# -- the report ------------------------------------------------------------------------------------
def _rolling(means: list[float | None], window: int) -> tuple[float | None, ...]:
    """The mean of the rated buckets among the last `window` at each bucket, drawn only where it does not
    invent: not before the first rated bucket, not after the last, and not inside a run of unrated buckets as
    long as the window or longer (the line breaks there). A shorter gap is bridged, as a rolling average does:
    its window still reaches a rated bucket on both sides."""
    n = len(means)
    rated = [i for i, m in enumerate(means) if m is not None]
    out: list[float | None] = [None] * n
    if not rated:
        return tuple(out)
    gap_of: dict[int, None] = {}
    for a, b in pairwise(rated):
        if b - a - 1 >= window:
            gap_of.update(dict.fromkeys(range(a + 1, b)))
    for i in range(rated[0], rated[-1] + 1):
        if i in gap_of:
            continue
        seen = [m for m in means[max(0, i - window + 1): i + 1] if m is not None]
        out[i] = round(sum(seen) / len(seen), 2)
    return tuple(out)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)



@dataclass(frozen=True)
class ReportRequest:
    """What a report is asked for (see pattern_report): local days, a trigger filter, weeks' first day, and
    whether only entries marked "may share" count."""

    range: DateRange
    trigger_ids: tuple[int, ...]
    week_start: int
    shared_only: bool

    @property
    def before(self) -> DateRange:
        return previous_range(self.range)

    @property
    def bucket(self) -> str:
        return bucket_for(self.range)


@dataclass(frozen=True)
class ReportNumbers:
    """What a report counts, as rows: the same from the rollups (from_rollups) and from the entries
    (from_entries); `shape` makes the report of them."""

    first_day: date | None
    previous: DateRange | None
    all_triggers: list[TriggerInfo]
    previous_entries: int | None
    totals_prev: dict[int, q.TotalsRow]
    did_prev: q.ResponseNumbers | None
    series: list[q.SeriesRow]
    cells: list[q.CellRow]
    when: list[q.SlotRow]
    pairs: list[q.PersonRow]
    co: list[q.PairRow]
    did_when: list[q.TallyRow]
    did_how: list[q.GroupRow]


def pattern_report(journal: Journal, date_range: DateRange, trigger_ids: Iterable[int] = (), week_start: int = 0,
                   today: date | None = None, *, shared_only: bool = False) -> PatternReport:
    """Everything the Patterns view shows for `date_range` (local days, both included), restricted to entries tagged
    with any of `trigger_ids` when given, and to entries marked "may share" with `shared_only`. Weeks start on
    `week_start` (0 Monday .. 6 Sunday). The range before is compared only when the journal covered all of it (see
    compared_range); otherwise every "previous" number is None.

    The numbers come from the per-day rollups (store/rollup_build.py, store/rollup_queries.py) whenever they can:
    they are brought up to date first if they need it and the journal can be written; otherwise, and for a filter of
    more than one trigger, they are counted from the entries. Both give the same numbers (tests/services)."""
    from journal_app.services import insights

    if date_range.end < date_range.start:
        raise InvalidInput(msg("analytics", "The start date is after the end date; please swap them."))
    if not 0 <= week_start <= 6:
        raise InvalidInput(msg("analytics", "The first day of the week must be 0 (Monday) to 6 (Sunday)."))
    ask = ReportRequest(date_range, tuple(trigger_ids), week_start, shared_only)
    use_rollups = len(ask.trigger_ids) <= 1 and _rollups_ready(journal)
    with journal.querying() as conn:
        numbers = from_rollups(conn, ask) if use_rollups else None
        if numbers is None:
            numbers = from_entries(conn, ask)
    report = shape(ask, numbers)
    return _with_insights(report, insights.sentences(report, today=today or date.today()))


def _rollups_ready(journal: Journal) -> bool:
    """Whether the rollups can be read, after bringing them up to date when they need it and the journal
    can be written (built in another time zone, or a change not applied yet)."""
    with journal.querying() as conn:
        if rollup_build.ready(conn):
            return True
        if not rollup_build.has_rollups(conn):
            return False
    if journal.read_only:
        return False
    try:
        done = False
        while not done:  # a rebuild goes a quarter of a year per transaction: a save waits for one at most
            with journal.changing() as conn:
                done = rollup_build.rebuild_step(conn)
    except JournalError:
        return False  # e.g. the disk is full: count from the entries instead
    return True


def _first_and_previous(conn: Conn, rng: DateRange) -> tuple[date | None, DateRange | None]:
    first = q.first_entry_time(conn)
    first_day = to_local(from_utc_text(first)).date() if first else None
    return first_day, compared_range(rng, first_day)


def from_rollups(conn: Conn, ask: ReportRequest) -> ReportNumbers | None:
    """The numbers from the rollups; None when they cannot be read in this transaction (not ready, or the
    range reaches outside the days they hold)."""
    if not rollup_build.ready(conn):
        return None
    first_day, prev = _first_and_previous(conn, ask.range)
    if (prev or ask.range).start < rollups.FIRST_DAY or ask.range.end > rollups.LAST_DAY:
        return None
    scope, lens = int(ask.shared_only), ask.trigger_ids[0] if ask.trigger_ids else 0
    now = rollups.Slice(scope, lens, ask.range.start, ask.range.end)
    if prev is not None:
        before = rollups.Slice(scope, lens, prev.start, prev.end)
        previous_entries: int | None = rollups.entry_count(conn, before)
        totals_prev = {r[0]: r for r in rollups.trigger_totals(conn, before)}
        did_prev: q.ResponseNumbers | None = rollups.response_totals(conn, before)
    else:
        previous_entries, totals_prev, did_prev = None, {}, None
    did_when, did_how = rollups.response_series(conn, now, ask.bucket, ask.week_start)
    return ReportNumbers(
        first_day, prev, catalog.list_triggers(conn), previous_entries, totals_prev, did_prev,
        series=rollups.bucket_series(conn, now, ask.bucket, ask.week_start), cells=rollups.day_cells(conn, now),
        when=rollups.weekday_slots(conn, now), pairs=rollups.trigger_person(conn, now),
        co=rollups.co_occurrence(conn, now, rollups.trigger_totals(conn, now)), did_when=did_when, did_how=did_how,
    )


def from_entries(conn: Conn, ask: ReportRequest) -> ReportNumbers:
    """The numbers counted from the entries themselves (no rollups): each entry's local time is worked out
    for this report (see analytics_queries). Slow over many years; the rollups' oracle in the tests."""
    rng, week_start, bucket, before = ask.range, ask.week_start, ask.bucket, ask.before
    lo_utc, hi_utc = q.local_midnight(rng.start), q.local_midnight(rng.end + _DAY)
    lo, hi, p_lo = q.utc_text_of(lo_utc), q.utc_text_of(hi_utc), q.utc_text_of(q.local_midnight(before.start))
    ids, only = ask.trigger_ids, ask.shared_only
    first_day, prev = _first_and_previous(conn, rng)
    if prev is not None:
        previous_entries: int | None = q.entry_count(conn, p_lo, lo, ids, only)
        totals_prev = {r[0]: r for r in q.trigger_totals(conn, p_lo, lo, ids, only)}
        did_prev: q.ResponseNumbers | None = q.response_totals(conn, p_lo, lo, RESPONSE_PATTERNS, ids, only)
    else:
        previous_entries, totals_prev, did_prev = None, {}, None
    all_triggers = catalog.list_triggers(conn)
    q.local_rows(conn, q.offset_spans(lo_utc, hi_utc), bucket, week_start, ids, only)  # local times, once
    series, cells, when = q.bucket_series(conn), q.day_cells(conn), q.weekday_slots(conn)
    pairs, co = q.trigger_person(conn, lo, hi, ids, only), q.co_occurrence(conn, lo, hi, ids, only)
    did_when, did_how = q.response_series(conn, RESPONSE_PATTERNS)
    return ReportNumbers(first_day, prev, all_triggers, previous_entries, totals_prev, did_prev, series, cells, when,
                    pairs, co, did_when, did_how)


# -- shaping the numbers into a report ----------------------------------------------------------------------
def shape(ask: ReportRequest, n: ReportNumbers) -> PatternReport:
    """The report of the numbers (without its sentences: see insights)."""
    rng, bucket = ask.range, ask.bucket
    starts = bucket_starts(rng, bucket, ask.week_start)
    index = {d.isoformat(): i for i, d in enumerate(starts)}
    totals_now = _totals_from_series(n.series)
    wanted = set(ask.trigger_ids)
    shown = [
        t for t in n.all_triggers
        if t.id in totals_now or t.id in n.totals_prev or t.id in wanted or (not wanted and not t.archived)
    ]
    used = [t for t in shown if t.id in totals_now]
    did_now = _response_totals_from_series(n.did_when, n.did_how)
    return PatternReport(
        range=rng,
        previous=n.previous,
        entries=sum(count for _day, count, _peak in n.cells),  # this range's totals are the sums of its buckets
        previous_entries=n.previous_entries,
        triggers=tuple(TriggerKey(t.id, t.slug, t.name, t.colour) for t in shown),
        totals=tuple(_trigger_totals(t, totals_now, n.totals_prev, n.previous) for t in shown),
        counts=_counts(bucket, starts, index, shown, n.series),
        intensity=_intensity(bucket, starts, index, shown, n.series),
        heatmap=_heatmap(rng, n.cells),
        trigger_person=_people_matrix(used, n.pairs),
        weekday_time=_weekday_matrix(ask.week_start, n.when),
        co_occurrence=_co_matrix(used, n.co),
        responses=ResponseTotals(*did_now),
        previous_responses=None if n.did_prev is None else ResponseTotals(*n.did_prev),
        response_series=_response_series(bucket, starts, index, n.did_when, n.did_how),
        week_start=ask.week_start, first_day=n.first_day, period_before=ask.before, shared_only=ask.shared_only,
    )


def _trigger_totals(t: TriggerInfo, now: dict[int, q.TotalsRow], before: dict[int, q.TotalsRow],
                    previous: DateRange | None) -> TriggerTotals:
    return TriggerTotals(
        slug=t.slug, name=t.name,
        count=now[t.id][1] if t.id in now else 0,
        previous_count=None if previous is None else before[t.id][1] if t.id in before else 0,
        mean_intensity=_round(now[t.id][2]) if t.id in now else None,
        previous_mean_intensity=_round(before[t.id][2]) if t.id in before else None,
    )


def _counts(bucket: str, starts: tuple[date, ...], index: dict[str, int], shown: list[TriggerInfo],
            series: list[q.SeriesRow]) -> CountSeries:
    counts = {t.slug: [0] * len(starts) for t in shown}
    slug_of = {t.id: t.slug for t in shown}
    for key, tid, count, *_ in series:
        counts[slug_of[tid]][index[key]] = count
    return CountSeries(bucket, starts, {s: tuple(v) for s, v in counts.items()})


def _intensity(bucket: str, starts: tuple[date, ...], index: dict[str, int], shown: list[TriggerInfo],
               series: list[q.SeriesRow]) -> IntensitySeries:
    n = len(starts)
    means: dict[str, list[float | None]] = {t.slug: [None] * n for t in shown}
    lows: dict[str, list[int | None]] = {t.slug: [None] * n for t in shown}
    highs: dict[str, list[int | None]] = {t.slug: [None] * n for t in shown}
    slug_of = {t.id: t.slug for t in shown}
    for key, tid, _count, mean, low, high, _sum, _rated in series:
        slug, b = slug_of[tid], index[key]
        means[slug][b], lows[slug][b], highs[slug][b] = mean, low, high
    return IntensitySeries(
        bucket, starts,
        mean={s: tuple(_round(m) for m in v) for s, v in means.items()},
        rolling={s: _rolling(v, WINDOW) for s, v in means.items()},
        low={s: tuple(v) for s, v in lows.items()},
        high={s: tuple(v) for s, v in highs.items()},
        window=WINDOW,
    )


def _heatmap(rng: DateRange, cells: list[q.CellRow]) -> CalendarHeatmap:
    entries_per_day: list[int] = [0] * rng.days
    peak_per_day: list[int | None] = [None] * rng.days
    first = rng.start.toordinal()
    for day, count, peak in cells:
        entries_per_day[day - first], peak_per_day[day - first] = count, peak
    return CalendarHeatmap(tuple(map(date.fromordinal, range(first, first + rng.days))), tuple(entries_per_day),
                           tuple(peak_per_day))


def _weekday_matrix(week_start: int, when: list[q.SlotRow]) -> Matrix:
    grid = [[0] * 4 for _ in range(7)]
    for weekday, slot, count in when:
        grid[(weekday - week_start) % 7][slot] = count
    order = [(week_start + i) % 7 for i in range(7)]
    return Matrix(
        row_labels=tuple(weekday_name(w, short=True) for w in order),
        column_labels=tuple(translate("analytics", label) for label in TIME_OF_DAY_LABELS),
        values=tuple(tuple(row) for row in grid),
        row_keys=tuple(WEEKDAY_LABELS[w].lower() for w in order),
        column_keys=TIME_OF_DAY_KEYS,
    )


def _people_matrix(used: list[TriggerInfo], pairs: list[q.PersonRow]) -> Matrix:
    people: dict[int, tuple[str, int]] = {}
    for _tid, pid, name, count in pairs:
        people[pid] = (name, people.get(pid, (name, 0))[1] + count)
    order = sorted(people, key=lambda pid: (-people[pid][1], people[pid][0].casefold()))
    tp = {(tid, pid): count for tid, pid, _, count in pairs}
    return Matrix(
        row_labels=tuple(t.name for t in used),
        column_labels=tuple(people[pid][0] for pid in order),
        values=tuple(tuple(tp.get((t.id, pid), 0) for pid in order) for t in used),
        row_keys=tuple(t.slug for t in used),
        column_keys=tuple(people[pid][0] for pid in order),
    )


def _co_matrix(used: list[TriggerInfo], co: list[q.PairRow]) -> Matrix:
    both = {(a, b): count for a, b, count in co}
    return Matrix(
        row_labels=tuple(t.name for t in used),
        column_labels=tuple(t.name for t in used),
        values=tuple(tuple(both.get((a.id, b.id), 0) for b in used) for a in used),
        row_keys=tuple(t.slug for t in used),
        column_keys=tuple(t.slug for t in used),
    )


def _totals_from_series(series: list[q.SeriesRow]) -> dict[int, q.TotalsRow]:
    """{trigger id: (id, entries, mean intensity or None)} from bucket_series rows."""
    sums: dict[int, list[int]] = {}
    for _key, tid, count, _mean, _low, _high, total, rated in series:
        acc = sums.setdefault(tid, [0, 0, 0])
        acc[0] += count
        acc[1] += total or 0
        acc[2] += rated
    return {tid: (tid, n, total / rated if rated else None) for tid, (n, total, rated) in sums.items()}


def _response_totals_from_series(totals: list[q.TallyRow], by_pattern: list[q.GroupRow]) -> q.ResponseNumbers:
    patterns: dict[str, int] = {}
    for _key, pattern, count in by_pattern:
        patterns[pattern] = patterns.get(pattern, 0) + count
    return (sum(r[1] for r in totals), patterns, sum(r[2] for r in totals), sum(r[3] for r in totals),
            sum(r[4] for r in totals), sum(r[5] for r in totals))


def _response_series(bucket: str, starts: tuple[date, ...], index: dict[str, int], totals: list[q.TallyRow],
                     by_pattern: list[q.GroupRow]) -> ResponseSeries:
    n = len(starts)
    moments, named, repaired, recorded, answered = [0] * n, [0] * n, [0] * n, [0] * n, [0] * n
    for key, count, need, mended, ticked, asked in totals:
        i = index[key]
        moments[i], named[i], repaired[i], recorded[i], answered[i] = count, need, mended, ticked, asked
    patterns = {p: [0] * n for p in RESPONSE_GROUPS}
    for key, pattern, count in by_pattern:
        patterns[pattern][index[key]] = count
    return ResponseSeries(bucket, starts, tuple(moments), {p: tuple(v) for p, v in patterns.items()},
                          tuple(named), tuple(repaired), tuple(recorded), tuple(answered))


def _with_insights(report: PatternReport, sentences: tuple[str, ...]) -> PatternReport:
    return replace(report, insights=sentences)


def weekly_counts(journal: Journal, date_range: DateRange) -> CountSeries:
    """Entries per trigger per Monday week over the range (for `journal-app stats --json`)."""
    rng = date_range
    starts = bucket_starts(rng, "week", 0)
    index = {d.isoformat(): i for i, d in enumerate(starts)}
    use_rollups = rng.start >= rollups.FIRST_DAY and rng.end <= rollups.LAST_DAY and _rollups_ready(journal)
    with journal.querying() as conn:
        all_triggers = catalog.list_triggers(conn)
        if use_rollups and rollup_build.ready(conn):
            series = rollups.bucket_series(conn, rollups.Slice(0, 0, rng.start, rng.end), "week", 0)
        else:
            spans = q.offset_spans(q.local_midnight(rng.start), q.local_midnight(rng.end + _DAY))
            q.local_rows(conn, spans, "week", 0)
            series = q.bucket_series(conn)
    return _counts("week", starts, index, all_triggers, series)
