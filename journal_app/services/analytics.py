"""Pattern analytics over a date range: counts, intensity, heatmap and matrices for the Patterns view and the
CLI. Qt-free. The numbers come from SQL (store/analytics_queries.py); this module works out the spans of
constant UTC offset (daylight-saving correct), picks the bucket size and shapes the results into a PatternReport."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInput
from journal_app.core.timeutil import EARLIEST_YEAR, to_local, to_utc
from journal_app.models.analytics_values import (
    CalendarHeatmap,
    CountSeries,
    DateRange,
    IntensitySeries,
    Matrix,
    PatternReport,
    ResponseSeries,
    ResponseTotals,
    TriggerKey,
    TriggerTotals,
)
from journal_app.models.types import from_utc_text
from journal_app.models.values import RESPONSES
from journal_app.store import analytics_queries as q
from journal_app.store import catalog_queries as catalog
from journal_app.store import session

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

WINDOW = 4
RESPONSE_PATTERNS = {key: pattern for key, _label, pattern in RESPONSES}
RESPONSE_GROUPS = tuple(dict.fromkeys(RESPONSE_PATTERNS.values()))  # reaching-out, reassurance, withdrawing, ...
DAY_BUCKET_MAX_DAYS = 31
WEEK_BUCKET_MAX_DAYS = 182
WEEKDAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TIME_OF_DAY_LABELS = ("Night 0–6", "Morning 6–12", "Afternoon 12–18", "Evening 18–24")
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
    with session.read(journal._engine) as conn:
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
            raise InvalidInput("There is no therapy session yet to count from; please choose another range.")
        return DateRange(min(last_session, today), today)
    raise InvalidInput(f"{key!r} is not a range this view knows.")


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


def _text(utc: datetime) -> str:
    # the same text as models.types.utc_text, for an aware UTC datetime
    return utc.replace(tzinfo=None).isoformat(" ", "microseconds")


def _local_midnight(day: date) -> datetime:
    return to_utc(datetime.combine(day, time(0, 0)))


def _offset_minutes(utc: datetime) -> int:
    return int(utc.astimezone().utcoffset().total_seconds() // 60)


def offset_spans(lo: datetime, hi: datetime) -> list[list]:
    """[lo text, hi text, UTC offset in minutes] spans covering [lo, hi) in which local time has one offset:
    the changes are found by the real time-zone rules (probed daily, then bisected to the second)."""
    spans, start, offset = [], lo, _offset_minutes(lo)
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
            spans.append([_text(start), _text(change), offset])
            start, offset, nxt = change, _offset_minutes(change), change
        probe = nxt
    spans.append([_text(start), _text(hi), offset])
    return spans


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
    gap_of = {}
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


def pattern_report(journal: Journal, date_range: DateRange, trigger_ids=(), week_start: int = 0,
                   today: date | None = None, *, shared_only: bool = False) -> PatternReport:
    """Everything the Patterns view shows for `date_range` (local days, both included), restricted to
    entries tagged with any of `trigger_ids` when given, and to entries marked "may share" with `shared_only`.
    Weeks start on `week_start` (0 Monday .. 6 Sunday). The range before is compared only when the journal
    covered all of it (see compared_range); otherwise every "previous" number is None."""
    from journal_app.services import insights

    if date_range.end < date_range.start:
        raise InvalidInput("The start date is after the end date; please swap them.")
    if not 0 <= week_start <= 6:
        raise InvalidInput("The first day of the week must be 0 (Monday) to 6 (Sunday).")
    trigger_ids = tuple(trigger_ids)
    rng, before = date_range, previous_range(date_range)
    bucket = bucket_for(rng)
    starts = bucket_starts(rng, bucket, week_start)
    lo_utc, hi_utc = _local_midnight(rng.start), _local_midnight(rng.end + _DAY)
    spans = offset_spans(lo_utc, hi_utc)
    lo, hi, p_lo = _text(lo_utc), _text(hi_utc), _text(_local_midnight(before.start))
    only = shared_only

    with session.read(journal._engine) as conn:
        first = q.first_entry_time(conn)
        first_day = to_local(from_utc_text(first)).date() if first else None
        prev = compared_range(rng, first_day)
        all_triggers = catalog.list_triggers(conn)
        if prev is not None:
            previous_entries = q.entry_count(conn, p_lo, lo, trigger_ids, only)
            totals_prev = {r[0]: r for r in q.trigger_totals(conn, p_lo, lo, trigger_ids, only)}
            did_prev = q.response_totals(conn, p_lo, lo, RESPONSE_PATTERNS, trigger_ids, only)
        else:
            previous_entries, totals_prev, did_prev = None, {}, None
        q.local_rows(conn, spans, bucket, week_start, trigger_ids, only)  # each entry's local time, once
        series = q.bucket_series(conn)
        cells = q.day_cells(conn)
        when = q.weekday_slots(conn)
        pairs = q.trigger_person(conn, lo, hi, trigger_ids, only)
        co = q.co_occurrence(conn, lo, hi, trigger_ids, only)
        did_when, did_how = q.response_series(conn, RESPONSE_PATTERNS)

    # this range's totals are the sums of its buckets (one query less each, on 10 years of entries)
    entries = sum(count for _day, count, _peak in cells)
    totals_now = _totals_from_series(series)
    did_now = _response_totals_from_series(did_when, did_how)
    wanted = set(trigger_ids)
    shown = [
        t for t in all_triggers
        if t.id in totals_now or t.id in totals_prev or t.id in wanted or (not wanted and not t.archived)
    ]
    keys = tuple(TriggerKey(t.id, t.slug, t.name, t.colour) for t in shown)
    slug_of = {t.id: t.slug for t in shown}

    n = len(starts)
    counts = {t.slug: [0] * n for t in shown}
    means: dict[str, list] = {t.slug: [None] * n for t in shown}
    lows: dict[str, list] = {t.slug: [None] * n for t in shown}
    highs: dict[str, list] = {t.slug: [None] * n for t in shown}
    index = {d.isoformat(): i for i, d in enumerate(starts)}
    for key, tid, count, mean, low, high, _sum, _rated in series:
        slug, b = slug_of[tid], index[key]
        counts[slug][b], means[slug][b], lows[slug][b], highs[slug][b] = count, mean, low, high

    entries_per_day: list[int] = [0] * rng.days
    peak_per_day: list[int | None] = [None] * rng.days
    for key, count, peak in cells:
        d = (date.fromisoformat(key) - rng.start).days
        entries_per_day[d], peak_per_day[d] = count, peak
    grid = [[0] * 4 for _ in range(7)]
    for weekday, slot, count in when:
        grid[(weekday - week_start) % 7][slot] = count
    order = [(week_start + i) % 7 for i in range(7)]

    used = [t for t in shown if t.id in totals_now]
    people: dict[int, list] = {}
    for tid, pid, name, count in pairs:
        people.setdefault(pid, [name, 0])[1] += count
    person_order = sorted(people, key=lambda pid: (-people[pid][1], people[pid][0].casefold()))
    tp = {(tid, pid): count for tid, pid, _, count in pairs}
    both = {(a, b): count for a, b, count in co}

    report = PatternReport(
        range=rng,
        previous=prev,
        entries=entries,
        previous_entries=previous_entries,
        triggers=keys,
        totals=tuple(
            TriggerTotals(
                slug=t.slug, name=t.name,
                count=totals_now[t.id][1] if t.id in totals_now else 0,
                previous_count=None if prev is None else totals_prev[t.id][1] if t.id in totals_prev else 0,
                mean_intensity=_round(totals_now[t.id][2]) if t.id in totals_now else None,
                previous_mean_intensity=_round(totals_prev[t.id][2]) if t.id in totals_prev else None,
            )
            for t in shown
        ),
        counts=CountSeries(bucket, starts, {s: tuple(v) for s, v in counts.items()}),
        intensity=IntensitySeries(
            bucket, starts,
            mean={s: tuple(_round(m) for m in v) for s, v in means.items()},
            rolling={s: _rolling(v, WINDOW) for s, v in means.items()},
            low={s: tuple(v) for s, v in lows.items()},
            high={s: tuple(v) for s, v in highs.items()},
            window=WINDOW,
        ),
        heatmap=CalendarHeatmap(
            tuple(rng.start + timedelta(days=i) for i in range(rng.days)), tuple(entries_per_day),
            tuple(peak_per_day),
        ),
        trigger_person=Matrix(
            row_labels=tuple(t.name for t in used),
            column_labels=tuple(people[pid][0] for pid in person_order),
            values=tuple(tuple(tp.get((t.id, pid), 0) for pid in person_order) for t in used),
            row_keys=tuple(t.slug for t in used),
            column_keys=tuple(people[pid][0] for pid in person_order),
        ),
        weekday_time=Matrix(
            row_labels=tuple(WEEKDAY_LABELS[w] for w in order),
            column_labels=TIME_OF_DAY_LABELS,
            values=tuple(tuple(row) for row in grid),
            row_keys=tuple(WEEKDAY_LABELS[w].lower() for w in order),
            column_keys=TIME_OF_DAY_KEYS,
        ),
        co_occurrence=Matrix(
            row_labels=tuple(t.name for t in used),
            column_labels=tuple(t.name for t in used),
            values=tuple(tuple(both.get((a.id, b.id), 0) for b in used) for a in used),
            row_keys=tuple(t.slug for t in used),
            column_keys=tuple(t.slug for t in used),
        ),
    )
    report = replace(report, responses=ResponseTotals(*did_now),
                     previous_responses=None if did_prev is None else ResponseTotals(*did_prev),
                     response_series=_response_series(bucket, starts, index, did_when, did_how),
                     week_start=week_start, first_day=first_day, period_before=before, shared_only=shared_only)
    return _with_insights(report, insights.sentences(report, today=today or date.today()))


def _totals_from_series(series) -> dict[int, tuple]:
    """{trigger id: (id, entries, mean intensity or None)} from bucket_series rows."""
    sums: dict[int, list] = {}
    for _key, tid, count, _mean, _low, _high, total, rated in series:
        acc = sums.setdefault(tid, [0, 0, 0])
        acc[0] += count
        acc[1] += total or 0
        acc[2] += rated
    return {tid: (tid, n, total / rated if rated else None) for tid, (n, total, rated) in sums.items()}


def _response_totals_from_series(totals, by_pattern) -> tuple[int, dict[str, int], int, int, int, int]:
    patterns: dict[str, int] = {}
    for _key, pattern, count in by_pattern:
        patterns[pattern] = patterns.get(pattern, 0) + count
    return (sum(r[1] for r in totals), patterns, *(sum(r[k] or 0 for r in totals) for k in (2, 3, 4, 5)))


def _response_series(bucket: str, starts: tuple[date, ...], index: dict[str, int], totals, by_pattern
                     ) -> ResponseSeries:
    n = len(starts)
    moments, named, repaired, recorded, answered = [0] * n, [0] * n, [0] * n, [0] * n, [0] * n
    for key, count, need, mended, ticked, asked in totals:
        i = index[key]
        moments[i], named[i], repaired[i] = count, need or 0, mended or 0
        recorded[i], answered[i] = ticked or 0, asked or 0
    patterns = {p: [0] * n for p in dict.fromkeys(RESPONSE_PATTERNS.values())}
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
    spans = offset_spans(_local_midnight(rng.start), _local_midnight(rng.end + _DAY))
    index = {d.isoformat(): i for i, d in enumerate(starts)}
    with session.read(journal._engine) as conn:
        all_triggers = catalog.list_triggers(conn)
        q.local_rows(conn, spans, "week", 0)
        series = q.bucket_series(conn)
    counts = {t.slug: [0] * len(starts) for t in all_triggers}
    slug_of = {t.id: t.slug for t in all_triggers}
    for key, tid, count, *_ in series:
        counts[slug_of[tid]][index[key]] = count
    return CountSeries("week", starts, {s: tuple(v) for s, v in counts.items()})
