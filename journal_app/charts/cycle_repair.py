"""Time to repair per person over time (issue 20): the median hours until a later entry repaired a moment, per
bucket of the range (the report's RepairSeries: per year over more than YEARLY_AFTER months). Drawn fast
(charts/cycle_layout.py): a line per person; a point's moments are found when it is asked for (from the report's
points when it keeps them, else looked up by the page: charts/cycle.py MomentsPick)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from journal_app.charts.base import (
    LIGHT,
    ChartTheme,
    Finder,
    Hit,
    Pick,
    Translate,
    bucket_end,
    bucket_label,
    message_figure,
    same,
    set_finder,
    starting,
)
from journal_app.charts.cycle_layout import (
    CycleFigure,
    bucket_ticks,
    chart_axes,
    default_ticks,
    rough_ticks,
    values_that_fit,
)
from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP, ntrans
from journal_app.core.palette import OKABE_ITO
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import YEARLY_AFTER as YEARLY_AFTER
from journal_app.models.cycle_report import PersonCycle, RepairPoint

REPAIR_TITLE = QT_TRANSLATE_NOOP("Charts", "Time until you came back together")
NO_REPAIRS = QT_TRANSLATE_NOOP("Charts", "No repairs linked in this period yet. When a later entry says it "
                                         "repaired an earlier moment, the time it took shows here.")
HOUR_STEPS = (1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2880, 4320, 8760, 17520, 43800, 87600)


@dataclass(frozen=True)
class _Line:
    """One person's line: per bucket (x = 0, 1, ...) the median hours (None: no repair then)."""

    cycle: PersonCycle
    medians: Sequence[float | None]


@dataclass
class _Buckets:
    """The buckets of the x axis: their size ('day', 'week', 'month' or 'year') and first days, in `rng`."""

    size: str
    starts: Sequence[date]
    rng: DateRange

    def end(self, k: int) -> date:
        if self.size == "year":
            return min(date(self.starts[k].year, 12, 31), self.rng.end)
        return bucket_end(self.size, self.starts[k], self.rng.end)

    def when(self, k: int, t: Translate) -> str:
        if self.size == "year":
            return str(self.starts[k].year)
        return bucket_label(self.size, self.starts[k], long=True, translate=t)

    def moments(self, points: Sequence[RepairPoint], k: int) -> tuple[int, ...]:
        """The repaired moments of bucket k (the first one also takes any before it), oldest first."""
        days = list(map(attrgetter("day"), points))
        a = 0 if k == 0 else bisect_left(days, self.starts[k])
        b = bisect_left(days, self.starts[k + 1]) if k + 1 < len(self.starts) else len(days)
        return tuple(p.entry_id for p in points[a:b])


def _lines(shown: Sequence[PersonCycle], rng: DateRange) -> tuple[_Buckets, list[_Line]]:
    series = shown[0].repair_series
    assert series is not None
    return _Buckets(series.bucket, series.starts, rng), [
        _Line(c, c.repair_series.median_hours if c.repair_series is not None else ()) for c in shown]


def _hours_text(hours: float) -> str:
    if hours < 48:
        return ntrans("Charts", "%n hour(s)", max(1, round(hours)))
    return ntrans("Charts", "%n day(s)", round(hours / 24))


def draw_repair(ax: Axes, people: Sequence[PersonCycle], date_range: DateRange, theme: ChartTheme = LIGHT,
                translate: Translate = same) -> Finder:
    """A line per person: the median hours until a later entry repaired a moment, per bucket of the range (the
    line stops where there was none). Returns the finder (a point: its bucket, median and the repaired moments)."""
    return _draw(ax, people, date_range, theme, translate)[0]


def _draw(ax: Axes, people: Sequence[PersonCycle], date_range: DateRange, theme: ChartTheme,
          t: Translate) -> tuple[Finder, _Buckets]:
    shown = [c for c in people if c.repair_series is not None and c.repair.linked]
    points: list[tuple[int, float, PersonCycle]] = []
    buckets = _Buckets("month", (), date_range)
    if shown:
        buckets, lines = _lines(shown, date_range)
        for i, line in enumerate(lines):
            kept = [(k, v) for k, v in enumerate(line.medians) if v is not None]
            ax.plot([k for k, _v in kept], [v for _k, v in kept], color=OKABE_ITO[i % len(OKABE_ITO)],
                    linewidth=1.8, marker="o", markersize=4.5 * theme.scale, label=line.cycle.name)
            points += [(k, v, line.cycle) for k, v in kept]
        ax.set_xlim(-0.6, len(buckets.starts) - 0.4)
        default_ticks(ax, rough_ticks(bucket_ticks(buckets.size, buckets.starts)))
    top = max((v for _k, v, _c in points), default=24) * 1.12 + 1
    ax.set_ylim(0, top)
    values = _value_ticks(top)[1]
    default_ticks(ax, ys=(values, [i18n.number(v) for v in values]))
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)

    def finder(x: float, y: float) -> Hit | None:
        tolerance_y = top * 0.06
        near = [(abs(k - x) + abs(v - y) / tolerance_y, n) for n, (k, v, _c) in enumerate(points)
                if abs(k - x) <= 0.4 and abs(v - y) <= tolerance_y]
        if not near:
            return None
        k, v, cycle = points[min(near)[1]]
        series = cycle.repair_series
        count = series.counts[k] if series is not None and k < len(series.counts) else 0
        ids = buckets.moments(cycle.repair.points, k) if cycle.repair.points else ()
        text = ntrans("Charts", "{person}, {when}: half of %n repair(s) came within {time}", count,
                      person=cycle.name, when=buckets.when(k, t), time=_hours_text(v))
        start = max(buckets.starts[k], date_range.start)  # the first bucket may start before the range
        return Hit(text, Pick("cycle-repair", start, buckets.end(k), person=cycle.name, label=text, entry_ids=ids))

    return finder, buckets


def _value_ticks(top: float) -> list[list[float]]:
    """Hour ticks from 0 to `top`, a round number of hours (days, weeks) apart, most first: for as many as fit
    the chart's height."""
    out = []
    for most in (8, 6, 4, 3, 2):
        step = next(s for s in HOUR_STEPS if top / s <= most or s == HOUR_STEPS[-1])
        out.append([float(step * k) for k in range(int(top // step) + 1)])
    return out


def repair_text(people: Sequence[PersonCycle], translate: Translate = same) -> str:
    parts = []
    for cycle in people:
        median = cycle.repair.median_hours
        if median is None:
            continue
        parts.append(ntrans("Charts", "with {person}, half of %n repair(s) came within {time}",
                            cycle.repair.linked, person=cycle.name, time=_hours_text(median)))
    return "; ".join(parts)


def build_repair(people: Sequence[PersonCycle], date_range: DateRange, theme: ChartTheme = LIGHT,
                 translate: Translate = same, title: str | None = None) -> tuple[Figure, str]:
    t = translate
    heading = title if title is not None else t(REPAIR_TITLE)
    shown = [c for c in people if c.repair_series is not None and c.repair.linked]
    if not shown:
        return message_figure(theme, heading, t(NO_REPAIRS))
    fig = CycleFigure(theme, (8.0, 3.6))
    ax = chart_axes(fig, theme, heading, "", t(QT_TRANSLATE_NOOP("Charts", "Hours (median)")))
    finder, buckets = _draw(ax, shown, date_range, theme, t)
    set_finder(ax, finder)
    if buckets.size != "year":  # years need no words under them
        ax.set_xlabel(starting(buckets.size, t))
    fig.x_ticks = bucket_ticks(buckets.size, buckets.starts)
    options = _value_ticks(ax.get_ylim()[1])
    fig.y_ticks = lambda length, measure: values_that_fit(length, measure, options, i18n.number)
    handles = [line for line in ax.get_lines() if not str(line.get_label()).startswith("_")]
    fig.add_key(handles, [str(h.get_label()) for h in handles])
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}: {people}.")).format(title=heading, people=repair_text(shown, t))
    return fig, alt
