"""Plain result types of the pattern analytics (journal_app/analytics.py), drawn by journal_app/charts.py and
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
    previous_count: int  # in the previous range of equal length
    mean_intensity: float | None
    previous_mean_intensity: float | None


@dataclass(frozen=True)
class ResponseTotals:
    """What the person did in triggered moments (entries with at least one trigger) in one range: how many
    moments had a response of each pattern, how many named a need directly, and how many were repaired."""

    moments: int
    by_pattern: dict[str, int]  # 'anxious' | 'avoidant' | 'disorganised' | 'secure' -> moments
    named_need: int
    repaired: int  # repair 'yes' or 'partly'

    def share(self, pattern: str) -> float | None:
        return round(self.by_pattern.get(pattern, 0) / self.moments, 3) if self.moments else None


@dataclass(frozen=True)
class ResponseSeries:
    """The earned-security view over time, per bucket (as in CountSeries) over triggered moments: how many
    moments, how many had a response of each pattern (all four keys present), how many named a need directly
    and how many were repaired fully or partly. Shares are these over `moments` (None where it is 0)."""

    bucket: str
    starts: tuple[date, ...]
    moments: tuple[int, ...]
    by_pattern: dict[str, tuple[int, ...]]
    named_need: tuple[int, ...]
    repaired: tuple[int, ...]

    def shares(self, counts: tuple[int, ...]) -> tuple[float | None, ...]:
        return tuple(round(c / m, 3) if m else None for c, m in zip(counts, self.moments))


@dataclass(frozen=True)
class PatternReport:
    """Everything the Patterns view shows for one range (and optional trigger filter)."""

    range: DateRange
    previous: DateRange
    entries: int
    previous_entries: int
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
    previous_responses: ResponseTotals | None = None  # the range before, of equal length
    response_series: ResponseSeries | None = None  # the same numbers per bucket
    week_start: int = 0  # 0 Monday .. 6 Sunday: how weeks (buckets, calendar rows) were laid out
