"""The figure the cycle's charts are drawn in (charts/cycle.py, cycle_diagram.py, cycle_repair.py), laid out by
hand each time it is drawn instead of by matplotlib's constrained layout, its ticks, grid and legend drawn by hand
too.

Why: the Cycle tab draws three charts on every change of range or person, inside the Patterns budget (issue 17:
analytics and drawing together within 150 ms). Constrained layout measured every tick label, title and artist
once to lay the figure out and again to draw it; each tick of an axis is five artists made and copied one by
one, and a legend is a tree of boxes measured twice more: together most of each chart's drawing time. Here the
room around the axes is worked out from the few texts that take it, the ticks are chosen for the room there is
(as many time labels as fit side by side, never slanted; as many value labels as fit one above the other), and
tick labels, tick marks, grid lines and the legend are plain texts and lines placed in pixels.

Layout, from the figure's edges inwards: a margin; at the top the title; at the bottom the legend (as many
columns as fit, rows balanced, labels wrapped when one alone is wider than the figure), then the x axis's label
and tick labels; at the left the y axis's label and tick labels; at the right a margin, or half of the last time
label where it would stick out."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal, cast

import numpy as np
from matplotlib.axes import Axes
from matplotlib.axis import Tick, XAxis, YAxis
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.markers import TICKDOWN, TICKLEFT, MarkerStyle
from matplotlib.text import Text
from matplotlib.ticker import NullLocator
from matplotlib.transforms import IdentityTransform

from journal_app.charts.base import ChartFigure, ChartTheme, bucket_label
from journal_app.core import i18n

MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600)  # months between time labels: the fewest that fit
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)
DAY_STEPS = (1, 2, 3, 4, 7, 14, 28, 56, 91, 182, 364)
MARGIN = 6.0  # points, at every edge of the figure
TITLE_PAD = 6.0  # points between the title and the axes (matplotlib's axes.titlepad)
LEGEND_GAP = 4.0  # points between the x axis's label and the legend
TICK_LENGTH = 3.5  # points (matplotlib's default), and as far again to the tick label
LABEL_PAD = 4.0  # points between the tick labels and the axis's label
TICK_GAP = 1.2  # em between two time labels side by side
VALUE_ROOM = 2.4  # line heights per value label, at the least, on the y axis
KEY_POINTS = 10.0  # the legend's text at a text scale of 1
HANDLE, HANDLE_PAD, COLUMN_GAP, ROW_GAP = 2.0, 0.8, 2.0, 0.5  # the legend's spacing, in em (as matplotlib's)

Ticks = tuple[list[float], list[str]]
Measure = Callable[[str], tuple[float, float]]  # a tick label's width and height in pixels
TickChooser = Callable[[float, Measure], Ticks]  # (the axis's length in pixels, Measure) -> the ticks to draw


class CycleFigure(ChartFigure):
    """A ChartFigure (its text rescaled for the app's text size) laid out by hand when drawn (see the module's
    docstring). `x_ticks` and `y_ticks`, when set, choose the ticks for the room the axes get (`tick_points`:
    their labels' size at a text scale of 1); `key` is the legend below; `before_draw`, when set, is called with
    the renderer once the axes are placed (the chain diagram fits its boxes' text to them)."""

    def __init__(self, theme: ChartTheme, size: tuple[float, float]) -> None:
        super().__init__(size, dpi=100, facecolor=theme.background, scale=theme.scale)
        self.set_layout_engine("none")
        self.theme = theme
        self.x_ticks: TickChooser | None = None
        self.y_ticks: TickChooser | None = None
        self.tick_points = (10.0, 10.0)
        self.frame: Frame | None = None
        self.key: Key | None = None
        self.before_draw: Callable[[RendererBase], None] | None = None

    def add_key(self, handles: Sequence[Line2D], labels: Sequence[str]) -> None:
        """The legend below the axes: a sample of each line and its label."""
        self.key = Key(self, list(handles), list(labels))

    def draw(self, renderer: RendererBase) -> None:
        if self.axes:
            lay_out(self, self.axes[0], renderer)
            if self.before_draw is not None:
                self.before_draw(renderer)
        Figure.draw(self, renderer)  # (not ChartFigure.draw: there is no matplotlib legend to fit)


class _TicklessX(XAxis):
    """An x axis that never has ticks of matplotlib's (the figure draws its own, see Frame): matplotlib makes
    four ticks of five artists each as an axes is made, and throws them away unused, most of the time an axes takes
    to make (about 8 of 18 ms). Its tick lists stay empty: the axes must keep its NullLocator."""

    majorTicks = cast("list[Tick]", ())  # (a class's empty tuple stands in for matplotlib's lazy lists)
    minorTicks = cast("list[Tick]", ())

    def get_ticks_position(self) -> Literal["bottom"]:  # (matplotlib reads it off the first tick: as ordinary
        return "bottom"  # axes answer)


class _TicklessY(YAxis):
    """A y axis without ticks of matplotlib's (see _TicklessX)."""

    majorTicks = cast("list[Tick]", ())
    minorTicks = cast("list[Tick]", ())

    def get_ticks_position(self) -> Literal["left"]:
        return "left"


class TicklessAxes(Axes):
    """Axes whose axes make no ticks (_TicklessX): the cycle's charts, which draw their ticks by hand."""

    name = "journal-tickless"

    def _init_axis(self) -> None:  # as matplotlib's Axes._init_axis, with the axes above
        self.xaxis = _TicklessX(self, clear=False)
        self.spines.bottom.register_axis(self.xaxis)
        self.spines.top.register_axis(self.xaxis)
        self.yaxis = _TicklessY(self, clear=False)
        self.spines.left.register_axis(self.yaxis)
        self.spines.right.register_axis(self.yaxis)


def tickless_axes(fig: Figure) -> Axes:
    """The figure's one axes, without matplotlib's ticks (TicklessAxes; both axes' locators set to none)."""
    ax = fig.add_subplot(axes_class=TicklessAxes)
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_locator(NullLocator())
        axis.set_minor_locator(NullLocator())
    for spine in ax.spines.values():  # (matplotlib places the top and right spines as it makes their ticks)
        spine.set_position(("outward", 0.0))
    return ax


def chart_axes(fig: CycleFigure, theme: ChartTheme, title: str, xlabel: str = "", ylabel: str = "",
               grid: bool = True) -> Axes:
    """The figure's one axes in the theme's colours and sizes (as charts/base.py styled_axes), its title fixed
    above it (matplotlib would measure the y axis to place it), its ticks (and value grid lines) drawn by hand."""
    ax = tickless_axes(fig)
    ax.set_facecolor(theme.background)
    ax.set_title(title, color=theme.text, loc="left", fontsize=theme.size(12), y=1.0, pad=TITLE_PAD)
    ax.set_xlabel(xlabel, color=theme.text, fontsize=theme.size(10))
    ax.set_ylabel(ylabel, color=theme.text, fontsize=theme.size(10))
    for spine in ax.spines.values():
        spine.set_color(theme.mix(0.35))
    fig.frame = Frame(ax, theme, grid)
    return ax


def default_ticks(ax: Axes, xs: Ticks | None = None, ys: Ticks | None = None) -> None:
    """Ticks for axes in a figure that does not choose them when drawn (the PDF summary's, a test's)."""
    if isinstance(ax.get_figure(root=True), CycleFigure):
        return
    if xs is not None:
        ax.set_xticks(*xs)
    if ys is not None:
        ax.set_yticks(*ys)


@dataclass
class Frame:
    """The axes' ticks drawn by hand: tick labels (texts, reused from draw to draw), tick marks (one line of
    markers per axis) and the value grid lines (one line, broken between values)."""

    ax: Axes
    theme: ChartTheme
    grid: bool
    x_texts: list[Text] = field(default_factory=list)
    y_texts: list[Text] = field(default_factory=list)

    def __post_init__(self) -> None:
        ax, colour = self.ax, self.theme.text
        self.x_marks = ax.add_line(Line2D([], [], transform=ax.get_xaxis_transform(), marker=MarkerStyle(TICKDOWN),
                                          linestyle="none", color=colour, markeredgewidth=0.8, clip_on=False))
        self.y_marks = ax.add_line(Line2D([], [], transform=ax.get_yaxis_transform(), marker=MarkerStyle(TICKLEFT),
                                          linestyle="none", color=colour, markeredgewidth=0.8, clip_on=False))
        self.lines = ax.add_line(Line2D([], [], transform=ax.get_yaxis_transform(), color=self.theme.mix(0.15),
                                        linewidth=0.8, zorder=0.9))

    def show(self, xs: Ticks, ys: Ticks, sizes: tuple[float, float]) -> None:
        """Draw these ticks (positions in data units, labels), labels at `sizes` points."""
        ax, offset = self.ax, TICK_LENGTH * 2
        x_at, x_va, x_ha = ax.get_xaxis_text1_transform(offset)
        y_at, y_va, y_ha = ax.get_yaxis_text1_transform(offset)
        self._texts(self.x_texts, [(x, 0.0, s) for x, s in zip(*xs, strict=True)], x_at, x_va, x_ha, sizes[0])
        self._texts(self.y_texts, [(0.0, y, s) for y, s in zip(*ys, strict=True)], y_at, y_va, y_ha, sizes[1])
        self.x_marks.set_data(xs[0], [0.0] * len(xs[0]))
        self.y_marks.set_data([0.0] * len(ys[0]), ys[0])
        for marks in (self.x_marks, self.y_marks):
            marks.set_markersize(TICK_LENGTH)
        if self.grid:
            self.lines.set_data([v for _y in ys[0] for v in (0.0, 1.0, np.nan)],
                                [v for y in ys[0] for v in (y, y, np.nan)])

    def _texts(self, pool: list[Text], wanted: list[tuple[float, float, str]], at: object, va: str, ha: str,
               size: float) -> None:
        while len(pool) < len(wanted):
            figure = self.ax.get_figure(root=True)  # a figure's text: not clipped, so cheaper to make than an axes'
            assert figure is not None
            pool.append(figure.text(0, 0, "", transform=at, va=va, ha=ha, color=self.theme.text))
        for text, (x, y, label) in zip(pool, wanted, strict=False):
            text.set_position((x, y))
            text.set_text(label)
            text.set_fontsize(size)
            text.set_visible(True)
        for text in pool[len(wanted):]:
            text.set_visible(False)


@dataclass
class Key:
    """The legend, drawn by hand below the axes: a sample of each line (a short stretch with one marker) and its
    label, in as many columns as fit (filled column by column, rows balanced); labels wrapped when one alone is
    wider than the figure."""

    fig: CycleFigure
    handles: list[Line2D]
    labels: list[str]
    samples: list[Line2D] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)

    def __post_init__(self) -> None:
        pixels = IdentityTransform()
        for handle, label in zip(self.handles, self.labels, strict=True):
            sample = Line2D([0, 0, 0], [0, 0, 0], transform=pixels, markevery=[1], color=handle.get_color(),
                            linestyle=handle.get_linestyle(), linewidth=handle.get_linewidth(),
                            marker=handle.get_marker(), markerfacecolor=handle.get_markerfacecolor(),
                            markeredgecolor=handle.get_markeredgecolor(), alpha=handle.get_alpha())
            self.fig.add_artist(sample)
            self.samples.append(sample)
            self.texts.append(self.fig.text(0, 0, label, transform=pixels, va="center", ha="left",
                                            color=self.fig.theme.text))

    def place(self, m: _Measure, width: float, margin: float) -> float:
        """Lay the legend out along the bottom of a figure `width` pixels wide; returns its top, in pixels."""
        size = KEY_POINTS * self.fig.scale
        em = m.pixels(size)
        for text, label in zip(self.texts, self.labels, strict=True):
            text.set_fontsize(size)
            text.set_text(label)
        widths = [m.of(text)[0] for text in self.texts]
        room = width - 2 * margin
        handle = (HANDLE + HANDLE_PAD) * em
        if handle + max(widths) > room:  # one label alone is too wide: one column, wrapped
            characters = max(8, int(max(len(s) for s in self.labels) * (room - handle) / max(widths)))
            for text, label in zip(self.texts, self.labels, strict=True):
                text.set_text(textwrap.fill(label, characters, break_long_words=False))
            widths = [m.of(text)[0] for text in self.texts]
        columns = self._columns(widths, handle, COLUMN_GAP * em, room)
        return self._put(columns, m, widths, handle, em, width, margin)

    def _columns(self, widths: list[float], handle: float, gap: float, room: float) -> list[list[int]]:
        """The entries of each column: as many columns as fit, rows balanced (5 entries in 3 + 2)."""
        n = len(widths)
        for count in range(n, 0, -1):
            rows = -(-n // count)
            columns = [list(range(c * rows, min(n, (c + 1) * rows))) for c in range(-(-n // rows))]
            total = sum(handle + max(widths[i] for i in column) for column in columns) + gap * (len(columns) - 1)
            if total <= room or count == 1:
                return columns
        return [list(range(n))]

    def _put(self, columns: list[list[int]], m: _Measure, widths: list[float], handle: float, em: float,
             width: float, margin: float) -> float:
        heights = [max(m.of(text)[1], em) for text in self.texts]
        rows = max(len(column) for column in columns)
        row_heights = [max(heights[column[r]] for column in columns if r < len(column)) for r in range(rows)]
        spans = [handle + max(widths[i] for i in column) for column in columns]
        x = (width - sum(spans) - COLUMN_GAP * em * (len(columns) - 1)) / 2
        top = margin + sum(row_heights) + ROW_GAP * em * (rows - 1)
        for column, span in zip(columns, spans, strict=True):
            y = top
            for r, i in enumerate(column):
                middle = y - row_heights[r] / 2
                self.samples[i].set_data([x, x + HANDLE * em / 2, x + HANDLE * em], [middle] * 3)
                self.samples[i].set_markersize(self.handles[i].get_markersize())
                self.texts[i].set_position((x + handle, middle))
                y -= row_heights[r] + ROW_GAP * em
            x += span + COLUMN_GAP * em
        return top


@dataclass
class _Measure:
    """Sizes of text in pixels as the renderer will draw it (matplotlib caches them for the drawing)."""

    figure: Figure
    renderer: RendererBase
    probe: Text = field(default_factory=lambda: Text(0, 0, ""))  # one text measured in turn (making one costs)

    def size(self, text: str, font: FontProperties) -> tuple[float, float]:
        if not text:
            return 0.0, 0.0
        self.probe.set_text(text)
        self.probe.set_fontproperties(font)
        self.probe.set_figure(self.figure)
        box = self.probe.get_window_extent(self.renderer)
        return float(box.width), float(box.height)

    def of(self, artist: Text) -> tuple[float, float]:
        """A Text's width and height, unrotated ((0, 0) when it is empty or hidden)."""
        if not artist.get_visible() or not artist.get_text():
            return 0.0, 0.0
        box = artist.get_window_extent(self.renderer)
        rotated = artist.get_rotation() % 180 == 90
        return (float(box.height), float(box.width)) if rotated else (float(box.width), float(box.height))

    def pixels(self, points: float) -> float:
        return float(np.asarray(self.renderer.points_to_pixels(points)))


def _titles(ax: Axes) -> list[Text]:
    """The axes' titles (centre, left and right), not the texts drawn in it."""
    inside = {id(t) for t in ax.texts}
    return [c for c in ax.get_children() if isinstance(c, Text) and id(c) not in inside and c.get_text()]


def lay_out(fig: CycleFigure, ax: Axes, renderer: RendererBase) -> None:
    """Place `ax` in `fig` for the figure's size now, leaving room for the title, the legend, the axis labels and
    the tick labels; choose the ticks (CycleFigure.x_ticks, y_ticks) for that room and draw them."""
    m = _Measure(fig, renderer)
    width, height = float(fig.bbox.width), float(fig.bbox.height)
    margin = m.pixels(MARGIN)
    top = margin + max((m.of(t)[1] for t in _titles(ax)), default=0.0) + m.pixels(TITLE_PAD)
    bottom = margin if fig.key is None else fig.key.place(m, width, margin) + m.pixels(LEGEND_GAP)
    frame = fig.frame
    if frame is None:
        _place(ax, width, height, margin, bottom, margin, top)
        return
    sizes = (fig.tick_points[0] * fig.scale, fig.tick_points[1] * fig.scale)
    x_font, y_font = FontProperties(size=sizes[0]), FontProperties(size=sizes[1])
    off, pad = m.pixels(2 * TICK_LENGTH), m.pixels(LABEL_PAD)
    line = m.size("0", x_font)[1]
    x_label = m.of(ax.xaxis.label)[1]
    bottom += line + off + (x_label + pad if x_label else 0.0)
    room = max(height - top - bottom, 1.0)
    ys = fig.y_ticks(room, lambda s: m.size(s, y_font)) if fig.y_ticks is not None else ([], [])
    widest = max((m.size(s, y_font)[0] for s in ys[1]), default=0.0)
    y_label = m.of(ax.yaxis.label)[0]  # drawn upright: its width across
    left = margin + widest + off + (y_label + pad if y_label else 0.0)
    xs, right = _x_ticks(fig, ax, m, x_font, width - left - margin, margin)
    _place(ax, width, height, left, bottom, right, top)
    frame.show(xs, ys, sizes)
    ax.yaxis.set_label_coords(-(widest + off + pad) / max(width - left - right, 1.0), 0.5)
    ax.xaxis.set_label_coords(0.5, -(line + off + pad) / room)


def _x_ticks(fig: CycleFigure, ax: Axes, m: _Measure, font: FontProperties, length: float,
             margin: float) -> tuple[Ticks, float]:
    """The x ticks for an axis about `length` pixels long, and the room at the right: the margin, or half the last
    label where it would stick out past the axes."""
    if fig.x_ticks is None:
        return ([], []), margin
    xs, labels = fig.x_ticks(max(length, 1.0), lambda s: m.size(s, font))
    if not xs:
        return (xs, labels), margin
    lo, hi = ax.get_xlim()
    after = (hi - xs[-1]) / (hi - lo) if hi != lo else 0.0
    half = m.size(labels[-1], font)[0] / 2
    sticking_out = half - after * length
    return (xs, labels), max(margin, sticking_out + 2)


def _place(ax: Axes, width: float, height: float, left: float, bottom: float, right: float, top: float) -> None:
    w = max(width - left - right, 1.0)
    h = max(height - bottom - top, 1.0)
    ax.set_position((left / width, bottom / height, w / width, h / height))


def thinned(candidates: Sequence[tuple[float, int]], steps: Sequence[int], label: Callable[[int, int], str],
            length: float, span: float, measure: Measure) -> Ticks:
    """Time ticks that fit side by side: from `candidates` ((x, key), in order) every one whose key is a multiple
    of the smallest step of `steps` that leaves TICK_GAP em between the labels (`label(i, step)` writes the
    i-th candidate's; the axis is `length` pixels long for `span` units of x)."""
    if not candidates:
        return [], []
    em = measure("0")[1]
    per_unit = length / span if span > 0 else 0.0
    for step in steps:
        kept = [i for i, (_x, key) in enumerate(candidates) if key % step == 0] or [0]
        gaps = [candidates[b][0] - candidates[a][0] for a, b in pairwise(kept)]
        if gaps and min(gaps) * per_unit < em * (1 + TICK_GAP):  # not even room for one character: next step
            continue
        sample = [label(i, step) for i in kept[:3]]  # (labels of one step are about as long as each other)
        room = max(measure(text)[0] for text in sample) + TICK_GAP * em
        if not gaps or min(gaps) * per_unit >= room:
            return [candidates[i][0] for i in kept], [label(i, step) for i in kept]
    return [candidates[0][0]], [label(0, steps[-1])]


def values_that_fit(length: float, measure: Measure, options: Sequence[Sequence[float]],
                    text: Callable[[float], str]) -> Ticks:
    """Value ticks one above the other: the first of `options` (each a list of values, most first) that leaves
    VALUE_ROOM line heights per label on an axis `length` pixels long."""
    line = measure("0")[1]
    for values in options:
        if len(values) <= 2 or length / (len(values) - 1) >= VALUE_ROOM * line:
            return list(values), [text(v) for v in values]
    values = options[-1]
    return list(values), [text(v) for v in values]


# -- time on the x axis: as many labels as fit side by side ----------------------------------------------------
def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _month_label(day: date, step: int) -> str:
    """A month's time label: 'Mar 2026', or the year alone when the labels are a year or more apart."""
    return str(day.year) if step >= 12 else i18n.month_year(day, short=True)


def date_ticks(lo: float, hi: float) -> TickChooser:
    """Ticks for days (as ordinals) from `lo` to `hi`: month starts (the year's, when they are far apart), or
    days when the span holds fewer than two month starts."""
    first, last = date.fromordinal(max(1, int(lo) + 1)), date.fromordinal(max(1, int(hi)))
    months = []
    month = first if first.day == 1 else next_month(first)
    while month <= last:
        months.append(month)
        month = next_month(month)

    def choose(length: float, measure: Measure) -> Ticks:
        if len(months) >= 2:
            return thinned([(m.toordinal(), m.year * 12 + m.month - 1) for m in months], MONTH_STEPS,
                           lambda i, step: _month_label(months[i], step), length, hi - lo, measure)
        days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        return thinned([(d.toordinal(), k) for k, d in enumerate(days)], DAY_STEPS,
                       lambda i, _step: i18n.day_month(days[i]), length, hi - lo, measure)

    return choose


def bucket_ticks(bucket: str, starts: Sequence[date]) -> TickChooser:
    """Ticks for buckets at x = 0, 1, ... (`bucket` 'day', 'week', 'month' or 'year', starting at `starts`)."""
    def choose(length: float, measure: Measure) -> Ticks:
        span = max(len(starts), 1)
        if bucket == "month":
            return thinned([(i, s.year * 12 + s.month - 1) for i, s in enumerate(starts)], MONTH_STEPS,
                           lambda i, step: _month_label(starts[i], step), length, span, measure)
        if bucket == "year":
            return thinned([(i, s.year) for i, s in enumerate(starts)], YEAR_STEPS,
                           lambda i, _step: str(starts[i].year), length, span, measure)
        return thinned([(i, i) for i in range(len(starts))], DAY_STEPS,
                       lambda i, _step: bucket_label(bucket, starts[i]), length, span, measure)

    return choose


def rough_ticks(chooser: TickChooser, length: float = 640.0) -> Ticks:
    """The ticks `chooser` picks for an axis of about `length` pixels, text measured roughly (7 pixels a
    character): for axes drawn in a figure that does not choose them when drawn (the PDF summary's)."""
    return chooser(length, lambda s: (7.0 * len(s), 14.0))


__all__ = [
    "CycleFigure",
    "Frame",
    "Key",
    "Measure",
    "TickChooser",
    "TicklessAxes",
    "Ticks",
    "bucket_ticks",
    "chart_axes",
    "date_ticks",
    "default_ticks",
    "lay_out",
    "next_month",
    "rough_ticks",
    "thinned",
    "tickless_axes",
    "values_that_fit",
]
