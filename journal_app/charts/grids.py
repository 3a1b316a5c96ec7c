"""Grid charts: the calendar heatmap and the matrices (who with, when, which triggers together). Text is marked
for translators with QT_TRANSLATE_NOOP("Charts", ...) and shown through `translate` (see charts/base.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import cast

from matplotlib.artist import Artist
from matplotlib.figure import Figure

from journal_app.charts.base import (
    EMPTY_RANGE,
    LIGHT,
    ChartTheme,
    Hit,
    Pick,
    Translate,
    day_text,
    entries,
    integer_ticks,
    message_figure,
    moments,
    new_figure,
    same,
    sequential_colours,
    set_finder,
    styled_axes,
)
from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP
from journal_app.models.analytics_values import CalendarHeatmap, Matrix, PatternReport


def calendar_grid(days: Sequence[date], values: Sequence[int | None], week_start: int = 0
                  ) -> tuple[list[list[int | None]], list[date]]:
    """(rows of weekdays × columns of weeks, first day of each column): None outside the range."""
    if not days:
        return [[None] * 0 for _ in range(7)], []
    first = days[0] - timedelta(days=(days[0].weekday() - week_start) % 7)
    weeks = (days[-1] - first).days // 7 + 1
    grid: list[list[int | None]] = [[None] * weeks for _ in range(7)]
    for day, value in zip(days, values):
        offset = (day - first).days
        grid[offset % 7][offset // 7] = value
    return grid, [first + timedelta(weeks=w) for w in range(weeks)]


def build_heatmap(report: PatternReport, theme: ChartTheme = LIGHT, by: str = "entries",
                  week_start: int | None = None, translate: Translate = same) -> tuple[Figure, str]:
    """One cell per day, weeks left to right, weekdays top to bottom (from the report's week start unless
    given); coloured by number of entries or by the day's peak intensity (`by="peak"`)."""
    t = translate
    week_start = report.week_start if week_start is None else week_start
    title = t(QT_TRANSLATE_NOOP("Charts", "Your days at a glance (peak intensity)") if by == "peak" else
              QT_TRANSLATE_NOOP("Charts", "Your days at a glance (entries)"))
    h = report.heatmap
    if report.entries == 0 or not h.days:
        return message_figure(theme, title, t(EMPTY_RANGE))
    values: Sequence[int | None] = h.peak if by == "peak" else h.entries
    grid, columns = calendar_grid(h.days, values, week_start)
    index = {d: i for i, d in enumerate(h.days)}
    nan = float("nan")
    array = [[nan if v is None else v for v in row] for row in grid]
    fig = new_figure(theme, size=(8.0, 2.8 if len(columns) > 8 else 3.2))
    ax = styled_axes(fig, theme, title, t(QT_TRANSLATE_NOOP("Charts", "Week")),
                     t(QT_TRANSLATE_NOOP("Charts", "Weekday")))
    cmap = sequential_colours(theme).with_extremes(bad=theme.background)
    top = 10 if by == "peak" else max([v for v in values if v is not None] + [1])
    image = ax.imshow(array, aspect="auto", cmap=cmap, vmin=0, vmax=top, interpolation="nearest")
    ax.set_yticks(range(7), [i18n.weekday_name((week_start + i) % 7, short=True) for i in range(7)])
    ax.set_xticks(*_week_ticks(columns))
    for spine in ax.spines.values():
        spine.set_visible(False)
    bar = fig.colorbar(image, ax=ax, shrink=0.9, pad=0.01)
    bar.set_label(t(QT_TRANSLATE_NOOP("Charts", "Peak intensity") if by == "peak" else
                    QT_TRANSLATE_NOOP("Charts", "Entries")), color=theme.text, fontsize=theme.size(10))
    bar.ax.tick_params(colors=theme.text, labelcolor=theme.text, labelsize=theme.size(10))
    cast(Artist, bar.outline).set_visible(False)  # matplotlib 3.10's stubs call the outline's type a Spine method
    if by != "peak":
        integer_ticks(bar.ax.yaxis)

    def finder(x: float, y: float) -> Hit | None:
        col, row = round(x), round(y)
        if not (0 <= row < 7 and 0 <= col < len(columns)):
            return None
        day = columns[col] + timedelta(days=row)
        i = index.get(day)
        if i is None:
            return None
        peak = h.peak[i]
        text = f"{i18n.weekday_name(day.weekday(), short=True)} {day_text(day)}: {entries(h.entries[i], t)}"
        if peak is not None:
            text += t(QT_TRANSLATE_NOOP("Charts", ", peak intensity {peak}")).format(peak=peak)
        return Hit(text, Pick("heatmap", day, day, label=text))

    set_finder(ax, finder)
    return fig, _heatmap_alt(h, title, t)


def _week_ticks(columns: list[date]) -> tuple[list[int], list[str]]:
    """(column positions, labels) under the heatmap: a label where a month begins (a year's first month with
    its year), one a year over about 15 months; each week's own day for 8 weeks or fewer."""
    if len(columns) <= 8:
        return list(range(len(columns))), [i18n.day_month(c) for c in columns]
    positions: list[int] = []
    labels: list[str] = []
    seen = None
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
        labels.append(_month_tick(month_day, many, first=not positions))
        positions.append(i)
    if len(positions) > 14:
        step = -(-len(positions) // 12)
        positions, labels = positions[::step], labels[::step]
    return positions, labels


def _month_tick(day: date, many: bool, first: bool) -> str:
    """'2026' (one label a year), 'Jan' over '2026' (a year's first month, or the first label), else 'Feb'."""
    if many:
        return str(day.year)
    short = i18n.month_name(day.month, short=True)
    return f"{short}\n{day.year}" if day.month == 1 or first else short


def _heatmap_alt(h: CalendarHeatmap, title: str, t: Translate) -> str:
    """The heatmap's text alternative: how many days had entries, and the fullest day (or days, tied)."""
    active = sum(1 for v in h.entries if v)
    most = max(h.entries)
    fullest = [f"{i18n.weekday_name(d.weekday(), short=True)} {day_text(d)}" for d, v in zip(h.days, h.entries)
               if v == most]
    if len(fullest) == 1:
        return t(QT_TRANSLATE_NOOP("Charts", "{title}: entries on {active} of {days} days; the fullest day was {day} "
                                             "with {n}.")).format(
            title=title, active=active, days=len(h.days), day=fullest[0], n=most)
    # a tie is named as a tie
    return t(QT_TRANSLATE_NOOP("Charts", "{title}: entries on {active} of {days} days; the fullest days were "
                                         "{day}, with {n} each.")).format(
        title=title, active=active, days=len(h.days), day=_listed(fullest, t), n=most)


def _listed(items: list[str], t: Translate, at_most: int = 4) -> str:
    """'A', 'A and B', 'A, B and C'; past `at_most`, 'A, B, C, D and 3 more'."""
    if len(items) > at_most:
        items = [*items[:at_most], t(QT_TRANSLATE_NOOP("Charts", "{n} more")).format(n=len(items) - at_most)]
    if len(items) == 1:
        return items[0]
    return t(QT_TRANSLATE_NOOP("Charts", "{items} and {last}")).format(items=", ".join(items[:-1]), last=items[-1])


# -- matrices ----------------------------------------------------------------------------------------------
def _in_sentence(label: str) -> str:
    """An axis label inside a sentence: lower-cased where the language does so ("trigger rows"), kept where it
    does not (German nouns: "Zeilen (Auslöser)")."""
    return label.lower() if i18n.facts().lower_case_names else label


MATRICES = {  # title, column (x) label, row (y) label
    "trigger_person": (QT_TRANSLATE_NOOP("Charts", "Who it happened with"), QT_TRANSLATE_NOOP("Charts", "Person"),
                       QT_TRANSLATE_NOOP("Charts", "Trigger")),
    "weekday_time": (QT_TRANSLATE_NOOP("Charts", "When it happened"), QT_TRANSLATE_NOOP("Charts", "Time of day"),
                     QT_TRANSLATE_NOOP("Charts", "Weekday")),
    "co_occurrence": (QT_TRANSLATE_NOOP("Charts", "Which triggers came up together"),
                      QT_TRANSLATE_NOOP("Charts", "Trigger"), QT_TRANSLATE_NOOP("Charts", "Trigger")),
}
NOTHING_IN_MATRIX = {
    "trigger_person": QT_TRANSLATE_NOOP("Charts", "No people were named with a trigger in this range. Add people "
                                                  "to an entry and this shows who the patterns happen with."),
    "weekday_time": QT_TRANSLATE_NOOP("Charts", "No triggers were ticked in this range."),
    "co_occurrence": QT_TRANSLATE_NOOP("Charts", "No entry had two triggers together in this range."),
}


def build_matrix(report: PatternReport, which: str, theme: ChartTheme = LIGHT, translate: Translate = same
                 ) -> tuple[Figure, str]:
    """`which` is 'trigger_person', 'weekday_time' or 'co_occurrence'."""
    t = translate
    title, xlabel, ylabel = (t(text) for text in MATRICES[which])
    m: Matrix = getattr(report, which)
    if report.entries == 0:
        return message_figure(theme, title, t(EMPTY_RANGE))
    if not m.row_labels or not m.column_labels or not any(any(row) for row in m.values):
        return message_figure(theme, title, t(NOTHING_IN_MATRIX[which]))
    rows, cols = len(m.row_labels), len(m.column_labels)
    fig = new_figure(theme, size=(8.0, max(2.6, 0.9 + 0.45 * rows)))
    ax = styled_axes(fig, theme, title, xlabel, ylabel)
    cmap = sequential_colours(theme)
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
                ax.text(c, r, str(v), ha="center", va="center", fontsize=theme.size(10),
                        color="#ffffff" if strong else theme.text)
    slugs = {k.slug: k for k in report.triggers}

    def finder(x: float, y: float) -> Hit | None:
        c, r = round(x), round(y)
        if not (0 <= r < rows and 0 <= c < cols):
            return None
        v = m.values[r][c]
        row_key = m.row_keys[r] if r < len(m.row_keys) else None
        col_key = m.column_keys[c] if c < len(m.column_keys) else None
        row, col = m.row_labels[r], m.column_labels[c]
        if which == "trigger_person":
            text = t(QT_TRANSLATE_NOOP("Charts", "{row} with {column}: {count}")).format(
                row=row, column=col, count=moments(v, t))
            trigger, person = row_key, col_key
        elif which == "co_occurrence":
            text = (t(QT_TRANSLATE_NOOP("Charts", "{row}: {count}")) if r == c else
                    t(QT_TRANSLATE_NOOP("Charts", "{row} and {column} together: {count}"))).format(
                row=row, column=col, count=entries(v, t))
            trigger, person = row_key, None
        else:  # the entry list cannot filter by weekday and hour: the exact value shows, nothing opens
            return Hit(t(QT_TRANSLATE_NOOP("Charts", "{row}, {column}: {count}")).format(
                row=row, column=col, count=moments(v, t)))
        key = slugs.get(trigger) if trigger else None
        pick = Pick(which, report.range.start, report.range.end, trigger, key.id if key else None, person, text)
        return Hit(text, pick)

    set_finder(ax, finder)
    flat = [(v, r, c) for r, row in enumerate(m.values) for c, v in enumerate(row)
            if which != "co_occurrence" or r < c]  # co-occurrence is symmetric: each pair once, no diagonal
    v = max((cell[0] for cell in flat), default=0)
    tied = [(r, c) for w, r, c in flat if w == v]
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}: a table of {rows} {row_label} rows by {columns} {column_label} "
                                        "columns.")).format(title=title, rows=rows, row_label=_in_sentence(ylabel),
                                                            columns=cols, column_label=_in_sentence(xlabel))
    pairs = [t(QT_TRANSLATE_NOOP("Charts", "{row} with {column}")).format(row=m.row_labels[r],
                                                                           column=m.column_labels[c])
             for r, c in tied]
    if v and len(tied) == 1:
        alt += t(QT_TRANSLATE_NOOP("Charts", " The largest is {pair}: {n}.")).format(pair=pairs[0], n=v)
    elif v:  # a tie is named as a tie
        alt += t(QT_TRANSLATE_NOOP("Charts", " The largest, tied, are {pairs}: {n} each.")).format(
            pairs=_listed(pairs, t), n=v)
    return fig, alt
