"""matplotlib Figures for the Patterns view, built from a PatternReport. No pyplot, no Qt: the window shows
them through ui/chart_view.py, exports save them as they are.

Every builder returns (figure, text alternative). What a point on a chart means (for hover text and for
click-through) is answered by `hit_at(axes, x, y)` in data coordinates."""

from __future__ import annotations

import calendar
import math
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure

from journal_app.models.analytics_values import Matrix, PatternReport, TriggerKey

EMPTY_RANGE = "Nothing logged in this range yet. Charts appear as you write."


@dataclass(frozen=True)
class ChartTheme:
    """Figure background and text colour, from the window palette so charts read in light and dark."""

    background: str = "#ffffff"
    text: str = "#1f1f1f"

    @property
    def dark(self) -> bool:
        r, g, b = to_rgb(self.background)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5

    def mix(self, amount: float) -> tuple[float, float, float]:
        """The background moved `amount` of the way towards the text colour (grid lines, empty cells)."""
        bg, fg = to_rgb(self.background), to_rgb(self.text)
        return tuple(b + (f - b) * amount for b, f in zip(bg, fg))  # type: ignore[return-value]


LIGHT = ChartTheme()


@dataclass(frozen=True)
class Pick:
    """What was clicked, as an entry-list filter: a trigger and/or person, and the local days it covers."""

    chart: str
    start: date
    end: date
    trigger: str | None = None  # slug
    trigger_id: int | None = None
    person: str | None = None  # a column key of the trigger × person matrix
    label: str = ""


@dataclass(frozen=True)
class Hit:
    text: str  # the exact value, for hover
    pick: Pick | None = None


_HITS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def hit_at(axes, x: float | None, y: float | None) -> Hit | None:
    """The value under a point (data coordinates of `axes`), or None."""
    finder = _HITS.get(axes)
    if finder is None or x is None or y is None or math.isnan(x) or math.isnan(y):
        return None
    return finder(x, y)


# -- shared pieces ---------------------------------------------------------------------------------------------
def _figure(theme: ChartTheme, size=(8.0, 4.0)) -> Figure:
    fig = Figure(figsize=size, dpi=100, layout="constrained", facecolor=theme.background)
    return fig


def _axes(fig: Figure, theme: ChartTheme, title: str, xlabel: str, ylabel: str):
    ax = fig.add_subplot()
    ax.set_facecolor(theme.background)
    ax.set_title(title, color=theme.text, loc="left", fontsize=12)
    ax.set_xlabel(xlabel, color=theme.text)
    ax.set_ylabel(ylabel, color=theme.text)
    ax.tick_params(colors=theme.text, labelcolor=theme.text)
    for spine in ax.spines.values():
        spine.set_color(theme.mix(0.35))
    return ax


def _message(theme: ChartTheme, title: str, text: str) -> tuple[Figure, str]:
    """A friendly explanation instead of empty axes."""
    fig = _figure(theme)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title, color=theme.text, loc="left", fontsize=12)
    ax.text(0.5, 0.5, text, ha="center", va="center", wrap=True, color=theme.text, fontsize=11,
            transform=ax.transAxes)
    return fig, f"{title}: {text}"


def _bucket_end(bucket: str, start: date, last: date) -> date:
    if bucket == "week":
        end = start + timedelta(days=6)
    elif bucket == "month":
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    else:
        end = start
    return min(end, last)


def bucket_label(bucket: str, start: date, long: bool = False) -> str:
    if bucket == "month":
        return start.strftime("%B %Y" if long else "%b %Y")
    text = f"{start.day} {start.strftime('%b')}" + (f" {start.year}" if long else "")
    return f"week of {text}" if bucket == "week" and long else text


def _ticks(ax, bucket: str, starts, axis: str = "x") -> None:
    n = len(starts)
    step = max(1, math.ceil(n / 12))
    positions = list(range(0, n, step))
    labels = [bucket_label(bucket, starts[i]) for i in positions]
    ax.set_xticks(positions, labels, rotation=45 if n > 6 else 0, ha="right" if n > 6 else "center")


def _keys(report: PatternReport) -> list[TriggerKey]:
    return list(report.triggers)


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


# -- counts per trigger per bucket ---------------------------------------------------------------------------
def build_counts(report: PatternReport, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    title = "How often each trigger came up"
    series = report.counts
    keys = [k for k in _keys(report) if k.slug in series.counts]
    if report.entries == 0 or not series.starts:
        return _message(theme, title, EMPTY_RANGE)
    if not any(sum(series.counts[k.slug]) for k in keys):
        return _message(theme, title, "No triggers were ticked in this range.")
    fig = _figure(theme)
    ax = _axes(fig, theme, title, f"{series.bucket.capitalize()} starting", "Moments")
    n = len(series.starts)
    bottom = [0] * n
    rects = []
    for key in keys:
        values = series.counts[key.slug]
        bars = ax.bar(range(n), values, bottom=bottom, color=key.colour, label=key.name, width=0.8,
                      edgecolor=theme.background, linewidth=0.5)
        for i, (rect, v) in enumerate(zip(bars.patches, values)):
            rect.set_gid(key.slug)
            if v:
                rects.append((i, bottom[i], bottom[i] + v, key, v))
        bottom = [b + v for b, v in zip(bottom, values)]
    _ticks(ax, series.bucket, series.starts)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(0, max(bottom) * 1.08)
    ax.set_xlim(-0.6, n - 0.4)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    ax.set_axisbelow(True)
    legend = ax.legend(frameon=False, labelcolor=theme.text, fontsize=9, loc="upper left",
                       bbox_to_anchor=(1.0, 1.0))
    legend.set_title("Trigger", prop={"size": 9})
    legend.get_title().set_color(theme.text)

    def finder(x: float, y: float) -> Hit | None:
        for i, low, high, key, v in rects:
            if abs(x - i) <= 0.4 and low <= y <= high:
                start = series.starts[i]
                when = bucket_label(series.bucket, start, long=True)
                text = f"{key.name}, {when}: {_plural(v, 'moment')}"
                end = _bucket_end(series.bucket, start, report.range.end)
                return Hit(text, Pick("counts", start, end, key.slug, key.id, label=text))
        return None

    _HITS[ax] = finder
    totals = ", ".join(f"{k.name} {sum(series.counts[k.slug])}" for k in keys)
    alt = (f"{title}, per {series.bucket}, {_day(report.range.start)} to {_day(report.range.end)}. "
           f"Totals: {totals}.")
    return fig, alt


# -- intensity over time -----------------------------------------------------------------------------------
def build_intensity(report: PatternReport, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    title = "How intense it felt"
    s = report.intensity
    keys = [k for k in _keys(report) if k.slug in s.mean]
    if report.entries == 0 or not s.starts:
        return _message(theme, title, EMPTY_RANGE)
    rated = [k for k in keys if any(v is not None for v in s.mean[k.slug])]
    if not rated:
        return _message(theme, title, "No intensities were rated in this range. Rate a trigger's intensity "
                                      "in an entry and it shows here.")
    nan = float("nan")
    fig = _figure(theme)
    ax = _axes(fig, theme, title, f"{s.bucket.capitalize()} starting", "Intensity (0–10)")
    n = len(s.starts)
    xs = list(range(n))
    points = []
    for key in rated:
        mean = [nan if v is None else v for v in s.mean[key.slug]]
        rolling = [nan if v is None else v for v in s.rolling[key.slug]]
        low = [nan if v is None else v for v in s.low[key.slug]]
        high = [nan if v is None else v for v in s.high[key.slug]]
        ax.fill_between(xs, low, high, color=key.colour, alpha=0.15, linewidth=0)
        ax.plot(xs, rolling, color=key.colour, linewidth=2, label=f"{key.name} ({s.window}-{s.bucket} average)")
        ax.plot(xs, mean, linestyle="none", marker="o", markersize=4, color=key.colour, gid=key.slug)
        for i, v in enumerate(s.mean[key.slug]):
            if v is not None:
                points.append((i, v, key))
    ax.set_ylim(-0.3, 10.3)
    ax.set_xlim(-0.6, n - 0.4)
    _ticks(ax, s.bucket, s.starts)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    ax.legend(frameon=False, labelcolor=theme.text, fontsize=9, loc="upper left", bbox_to_anchor=(1.0, 1.0))

    def finder(x: float, y: float) -> Hit | None:
        near = [(abs(i - x) * 10 + abs(v - y), i, v, key) for i, v, key in points if abs(i - x) <= 0.5
                and abs(v - y) <= 1.0]
        if not near:
            return None
        _, i, v, key = min(near, key=lambda t: t[0])
        start = s.starts[i]
        lo, hi, roll = s.low[key.slug][i], s.high[key.slug][i], s.rolling[key.slug][i]
        text = f"{key.name}, {bucket_label(s.bucket, start, long=True)}: mean {v:.1f}"
        if lo is not None and hi is not None:
            text += f" (lowest {lo}, highest {hi})"
        if roll is not None:
            text += f"; {s.window}-{s.bucket} average {roll:.1f}"
        end = _bucket_end(s.bucket, start, report.range.end)
        return Hit(text, Pick("intensity", start, end, key.slug, key.id, label=text))

    _HITS[ax] = finder
    parts = []
    for key in rated:
        values = [v for v in s.mean[key.slug] if v is not None]
        parts.append(f"{key.name} averaged {sum(values) / len(values):.1f}, from {min(values):.1f} to "
                     f"{max(values):.1f}")
    return fig, f"{title}, mean intensity per {s.bucket}: " + "; ".join(parts) + "."


# -- calendar heatmap --------------------------------------------------------------------------------------
def _sequential(theme: ChartTheme) -> LinearSegmentedColormap:
    ramp = [theme.mix(0.08), "#56B4E9", "#0072B2"] if not theme.dark else [theme.mix(0.12), "#0072B2", "#56B4E9"]
    return LinearSegmentedColormap.from_list("journal", ramp)


def calendar_grid(days, values, week_start: int = 0):
    """(rows of weekdays × columns of weeks, first day of each column): None outside the range."""
    if not days:
        return [[None] * 0 for _ in range(7)], []
    first = days[0] - timedelta(days=(days[0].weekday() - week_start) % 7)
    weeks = (days[-1] - first).days // 7 + 1
    grid: list[list] = [[None] * weeks for _ in range(7)]
    for day, value in zip(days, values):
        offset = (day - first).days
        grid[offset % 7][offset // 7] = value
    return grid, [first + timedelta(weeks=w) for w in range(weeks)]


def build_heatmap(report: PatternReport, theme: ChartTheme = LIGHT, by: str = "entries",
                  week_start: int = 0) -> tuple[Figure, str]:
    """One cell per day, weeks left to right, weekdays top to bottom; coloured by number of entries or by
    the day's peak intensity (`by="peak"`)."""
    title = "Your days at a glance" + (" (peak intensity)" if by == "peak" else " (entries)")
    h = report.heatmap
    if report.entries == 0 or not h.days:
        return _message(theme, title, EMPTY_RANGE)
    values = h.peak if by == "peak" else h.entries
    grid, columns = calendar_grid(h.days, values, week_start)
    index = {d: i for i, d in enumerate(h.days)}
    nan = float("nan")
    array = [[nan if v is None else v for v in row] for row in grid]
    fig = _figure(theme, size=(8.0, 2.8 if len(columns) > 8 else 3.2))
    ax = _axes(fig, theme, title, "Week", "Weekday")
    cmap = _sequential(theme).with_extremes(bad=theme.background)
    top = 10 if by == "peak" else max([v for v in values if v is not None] + [1])
    image = ax.imshow(array, aspect="auto", cmap=cmap, vmin=0, vmax=top, interpolation="nearest")
    names = [calendar.day_abbr[(week_start + i) % 7] for i in range(7)]
    ax.set_yticks(range(7), names)
    positions, labels, seen = [], [], None
    for i, start in enumerate(columns):
        month_day = next((start + timedelta(days=k) for k in range(7) if (start + timedelta(days=k)).day == 1),
                         start if i == 0 else None)
        if month_day is not None and (month_day.year, month_day.month) != seen:
            seen = (month_day.year, month_day.month)
            positions.append(i)
            labels.append(month_day.strftime("%b %Y" if month_day.month == 1 or i == 0 else "%b"))
    if len(columns) <= 8:
        positions, labels = list(range(len(columns))), [f"{c.day} {c:%b}" for c in columns]
    ax.set_xticks(positions, labels)
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = fig.colorbar(image, ax=ax, shrink=0.9, pad=0.01)
    bar.set_label("Peak intensity" if by == "peak" else "Entries", color=theme.text)
    bar.ax.tick_params(colors=theme.text, labelcolor=theme.text)
    bar.outline.set_visible(False)
    if by != "peak":
        bar.ax.yaxis.get_major_locator().set_params(integer=True)

    def finder(x: float, y: float) -> Hit | None:
        col, row = round(x), round(y)
        if not (0 <= row < 7 and 0 <= col < len(columns)):
            return None
        day = columns[col] + timedelta(days=row)
        i = index.get(day)
        if i is None:
            return None
        peak = h.peak[i]
        text = f"{day:%a} {day.day} {day:%b %Y}: {_plural(h.entries[i], 'entry', 'entries')}"
        if peak is not None:
            text += f", peak intensity {peak}"
        return Hit(text, Pick("heatmap", day, day, label=text))

    _HITS[ax] = finder
    active = sum(1 for v in h.entries if v)
    busiest = max(range(len(h.days)), key=lambda i: h.entries[i])
    alt = (f"{title}: entries on {active} of {len(h.days)} days; the fullest day was "
           f"{h.days[busiest]:%a} {_day(h.days[busiest])} with {h.entries[busiest]}.")
    return fig, alt


# -- matrices ----------------------------------------------------------------------------------------------
MATRICES = {
    "trigger_person": ("Who it happened with", "Person", "Trigger"),
    "weekday_time": ("When it happened", "Time of day", "Weekday"),
    "co_occurrence": ("Which triggers came up together", "Trigger", "Trigger"),
}


def build_matrix(report: PatternReport, which: str, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    """`which` is 'trigger_person', 'weekday_time' or 'co_occurrence'."""
    title, xlabel, ylabel = MATRICES[which]
    m: Matrix = getattr(report, which)
    if report.entries == 0:
        return _message(theme, title, EMPTY_RANGE)
    if not m.row_labels or not m.column_labels or not any(any(row) for row in m.values):
        reason = {"trigger_person": "No people were named with a trigger in this range. Add people to an entry "
                                    "and this shows who the patterns happen with.",
                  "co_occurrence": "No entry had two triggers together in this range."}.get(
            which, "No triggers were ticked in this range.")
        return _message(theme, title, reason)
    rows, cols = len(m.row_labels), len(m.column_labels)
    fig = _figure(theme, size=(8.0, max(2.6, 0.9 + 0.45 * rows)))
    ax = _axes(fig, theme, title, xlabel, ylabel)
    cmap = _sequential(theme)
    top = max(max(row) for row in m.values)
    ax.imshow([list(row) for row in m.values], aspect="auto", cmap=cmap, vmin=0, vmax=max(top, 1),
              interpolation="nearest")
    ax.set_xticks(range(cols), m.column_labels, rotation=30 if cols > 5 else 0, ha="right" if cols > 5 else "center")
    ax.set_yticks(range(rows), m.row_labels)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if rows * cols <= 200:
        for r, row in enumerate(m.values):
            for c, v in enumerate(row):
                strong = v / max(top, 1) > 0.55
                ax.text(c, r, str(v), ha="center", va="center", fontsize=9,
                        color="#ffffff" if strong else theme.text)
    slugs = {k.slug: k for k in report.triggers}

    def finder(x: float, y: float) -> Hit | None:
        c, r = round(x), round(y)
        if not (0 <= r < rows and 0 <= c < cols):
            return None
        v = m.values[r][c]
        row_key = m.row_keys[r] if r < len(m.row_keys) else None
        col_key = m.column_keys[c] if c < len(m.column_keys) else None
        if which == "trigger_person":
            text = f"{m.row_labels[r]} with {m.column_labels[c]}: {_plural(v, 'moment')}"
            trigger, person = row_key, col_key
        elif which == "co_occurrence":
            text = (f"{m.row_labels[r]}: {_plural(v, 'entry', 'entries')}" if r == c else
                    f"{m.row_labels[r]} and {m.column_labels[c]} together: "
                    f"{_plural(v, 'entry', 'entries')}")
            trigger, person = row_key, None
        else:
            text = f"{m.row_labels[r]}, {m.column_labels[c]}: {_plural(v, 'moment')}"
            trigger, person = None, None
        key = slugs.get(trigger) if trigger else None
        pick = Pick(which, report.range.start, report.range.end, trigger, key.id if key else None, person, text)
        return Hit(text, pick)

    _HITS[ax] = finder
    flat = [(v, r, c) for r, row in enumerate(m.values) for c, v in enumerate(row)
            if which != "co_occurrence" or r != c]
    v, r, c = max(flat) if flat else (0, 0, 0)
    alt = f"{title}: a table of {rows} {ylabel.lower()} rows by {cols} {xlabel.lower()} columns."
    if v:
        alt += f" The largest is {m.row_labels[r]} with {m.column_labels[c]}: {v}."
    return fig, alt


CHARTS: dict[str, tuple[str, Callable[..., tuple[Figure, str]]]] = {
    "counts": ("How often", build_counts),
    "intensity": ("Intensity", build_intensity),
    "heatmap": ("Calendar", build_heatmap),
    "trigger_person": ("Who with", lambda report, theme=LIGHT: build_matrix(report, "trigger_person", theme)),
    "weekday_time": ("When", lambda report, theme=LIGHT: build_matrix(report, "weekday_time", theme)),
    "co_occurrence": ("Together", lambda report, theme=LIGHT: build_matrix(report, "co_occurrence", theme)),
}


def build(report: PatternReport, which: str, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    """The chart named `which` (a key of CHARTS)."""
    return CHARTS[which][1](report, theme)
