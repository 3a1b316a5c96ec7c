"""Plain result types of the pattern analytics (journal_app/services/analytics.py), drawn by journal_app/charts.py and
shown by the Patterns view. No ORM, no Qt, no matplotlib."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class DateRange:
    """Local calendar days [start, end], both included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class TriggerKey:
    """A trigger as the charts need it: same colour everywhere."""

    id: int
    slug: str
    name: str
    colour: str


@dataclass(frozen=True)
class CountSeries:
    """Counts per trigger per bucket. `bucket` is 'day', 'week' or 'month'; `starts` are the local start
    dates of every bucket in the range (empty buckets included, so bars line up); counts[slug][i] matches
    starts[i]."""

    bucket: str
    starts: tuple[date, ...]
    counts: dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class IntensitySeries:
    """Intensity per trigger over time, per bucket: mean (None where nothing was rated), rolling mean over
    `window` buckets, min and max (None where nothing was rated)."""

    bucket: str
    starts: tuple[date, ...]
    mean: dict[str, tuple[float | None, ...]]
    rolling: dict[str, tuple[float | None, ...]]
    low: dict[str, tuple[int | None, ...]]
    high: dict[str, tuple[int | None, ...]]
    window: int = 4


@dataclass(frozen=True)
class CalendarHeatmap:
    """One cell per local day: number of entries and peak intensity (None when nothing was rated)."""

    days: tuple[date, ...]
    entries: tuple[int, ...]
    peak: tuple[int | None, ...]


@dataclass(frozen=True)
class Matrix:
    """rows × columns of counts, with labels; e.g. trigger × person, weekday × time of day, trigger × trigger."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]
    row_keys: tuple[str, ...] = ()  # e.g. trigger slugs or person names, for click-through filters
    column_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriggerTotals:
    slug: str
    name: str
    count: int
    previous_count: int | None  # in the previous range of equal length; None: no comparison (see PatternReport)
    mean_intensity: float | None
    previous_mean_intensity: float | None


def share(part: int, whole: int) -> float | None:
    """part / whole rounded to 3 places; None (no share, never 0) when the denominator is 0."""
    return round(part / whole, 3) if whole else None


@dataclass(frozen=True)
class ResponseTotals:
    """What the person did in triggered moments (entries with at least one trigger) in one range.

    moments: triggered moments. recorded: those where what-I-did was ticked (at least one response).
    by_pattern: moments with a response of each group ('reaching-out' | 'reassurance' | 'withdrawing' |
    'push-pull'). named_need: moments where the need was named directly. repair_answered: moments where repair
    was needed and answered ('yes', 'partly' or 'not-yet'; 'not-needed' and unanswered are left out);
    repaired: those repaired fully or partly. Shares rest on the denominator that fits them: groups and naming
    a need over `recorded`, repair over `repair_answered`; None when that is 0."""

    moments: int
    by_pattern: dict[str, int]
    named_need: int
    repaired: int  # repair 'yes' or 'partly'
    recorded: int = 0
    repair_answered: int = 0

    def share(self, pattern: str) -> float | None:
        return share(self.by_pattern.get(pattern, 0), self.recorded)

    @property
    def named_share(self) -> float | None:
        return share(self.named_need, self.recorded)

    @property
    def repair_share(self) -> float | None:
        return share(self.repaired, self.repair_answered)


@dataclass(frozen=True)
class ResponseSeries:
    """The same numbers per bucket (as in CountSeries) over triggered moments: moments, moments where what-I-did
    was recorded, moments with a response of each group (all four keys present), moments where a need was named
    directly, moments where repair was needed and answered, and moments repaired fully or partly."""

    bucket: str
    starts: tuple[date, ...]
    moments: tuple[int, ...]
    by_pattern: dict[str, tuple[int, ...]]
    named_need: tuple[int, ...]
    repaired: tuple[int, ...]
    recorded: tuple[int, ...] = ()
    repair_answered: tuple[int, ...] = ()

    def shares(self, counts: tuple[int, ...], of: tuple[int, ...] | None = None) -> tuple[float | None, ...]:
        """counts over `of` per bucket (by default over `recorded`); None where the denominator is 0."""
        whole = self.recorded if of is None else of
        return tuple(share(c, m) for c, m in zip(counts, whole))


@dataclass(frozen=True)
class PatternReport:
    """Everything the Patterns view shows for one range (and optional trigger filter)."""

    range: DateRange
    previous: DateRange | None  # None: no comparison (the journal did not cover the whole period before)
    entries: int
    previous_entries: int | None  # None with `previous`
    triggers: tuple[TriggerKey, ...]
    totals: tuple[TriggerTotals, ...]
    counts: CountSeries
    intensity: IntensitySeries
    heatmap: CalendarHeatmap
    trigger_person: Matrix
    weekday_time: Matrix
    co_occurrence: Matrix
    insights: tuple[str, ...] = field(default_factory=tuple)
    responses: ResponseTotals | None = None  # this range ("earned security" numbers)
    previous_responses: ResponseTotals | None = None  # the range before, of equal length (None: no comparison)
    response_series: ResponseSeries | None = None  # the same numbers per bucket
    week_start: int = 0  # 0 Monday .. 6 Sunday: how weeks (buckets, calendar rows) were laid out
    first_day: date | None = None  # local day of the journal's first entry (None: an empty journal)
    period_before: DateRange | None = None  # the range before, of equal length, compared or not
    shared_only: bool = False  # the numbers count only entries marked "may share"
