"""Grid charts: the calendar heatmap and the matrices (who with, when, which triggers together)."""

from __future__ import annotations

import calendar
from datetime import timedelta

from matplotlib.figure import Figure

from journal_app.charts.base import (
    LIGHT,
    ChartTheme,
    EMPTY_RANGE,
    Hit,
    Pick,
    _HITS,
    _axes,
    _day,
    _figure,
    _message,
    _plural,
    _sequential,
)
from journal_app.models.analytics_values import Matrix, PatternReport



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
                  week_start: int | None = None) -> tuple[Figure, str]:
    """One cell per day, weeks left to right, weekdays top to bottom (from the report's week start unless
    given); coloured by number of entries or by the day's peak intensity (`by="peak"`)."""
    week_start = report.week_start if week_start is None else week_start
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
    many = len(columns) > 64  # over about 15 months: one label a year, or the labels run together
    for i, start in enumerate(columns):
        month_day = next((start + timedelta(days=k) for k in range(7) if (start + timedelta(days=k)).day == 1),
                         start if i == 0 else None)
        if month_day is None or (month_day.year, month_day.month) == seen:
            continue
        seen = (month_day.year, month_day.month)
        if many and month_day.month != 1:
            continue
        if positions and i - positions[-1] < 3:  # a short first month: its label would run into the next
            positions.pop()
            labels.pop()
        labels.append(month_day.strftime("%Y" if many else "%b\n%Y" if month_day.month == 1 or not positions else "%b"))
        positions.append(i)
    if len(positions) > 14:
        step = -(-len(positions) // 12)
        positions, labels = positions[::step], labels[::step]
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
        else:  # the entry list cannot filter by weekday and hour: the exact value shows, nothing opens
            return Hit(f"{m.row_labels[r]}, {m.column_labels[c]}: {_plural(v, 'moment')}")
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
