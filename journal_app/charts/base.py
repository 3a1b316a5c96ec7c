"""Shared pieces of the chart builders: the theme, what a point means (Hit, Pick, hit_at, set_finder),
empty-range messages, the figure, axes, bars, ticks, the legend, and bucket and day labels.

Translation without Qt: every sentence a chart shows is written as QT_TRANSLATE_NOOP("Charts", "...") (that
function, in journal_app/core/i18n.py, returns its text unchanged), which pyside6-lupdate extracts into the
"Charts" context when it is given the journal_app/charts/*.py files. Each builder takes `translate` (a str -> str
callable, by default `same`: the catalog of journal_app.core.i18n, in the current language) and passes the marked
text through it; the window passes `lambda s: QCoreApplication.translate("Charts", s)`, the same words. Sentences
are translated first and filled in after (`translate(QT_TRANSLATE_NOOP("Charts", "{title}: ...")).format(...)`);
counts take their plural form from the catalog (ntrans), dates and decimals are written the language's way."""

from __future__ import annotations

import calendar
import math
import textwrap
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypedDict, Unpack

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backend_bases import RendererBase
from matplotlib.collections import PolyCollection
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator
from matplotlib.typing import ColorType

from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP, ntrans
from journal_app.models.analytics_values import PatternReport, TriggerKey

Translate = Callable[[str], str]


def same(text: str) -> str:
    """The default `translate`: the marked text in the current language (journal_app.core.i18n's catalog, under
    the "Charts" context), the English as written when there is no translation."""
    return i18n.translate("Charts", text)


EMPTY_RANGE = QT_TRANSLATE_NOOP("Charts", "Nothing logged in this range yet. Charts appear as you write.")


@dataclass(frozen=True)
class ChartTheme:
    """Figure background and text colour, from the window palette so charts read in light and dark, and
    `scale`: every font size is multiplied by it (the window passes the app's text size; 1.0 draws body text
    at 10 points)."""

    background: str = "#ffffff"
    text: str = "#1f1f1f"
    scale: float = 1.0

    def size(self, points: float) -> float:
        """A font size of `points` at scale 1.0, at this theme's scale."""
        return round(points * self.scale, 2)

    @property
    def dark(self) -> bool:
        r, g, b = to_rgb(self.background)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5

    def mix(self, amount: float) -> tuple[float, float, float]:
        """The background moved `amount` of the way towards the text colour (grid lines, empty cells)."""
        (r0, g0, b0), (r1, g1, b1) = to_rgb(self.background), to_rgb(self.text)
        return r0 + (r1 - r0) * amount, g0 + (g1 - g0) * amount, b0 + (b1 - b0) * amount


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
    entry_ids: tuple[int, ...] = ()  # exactly these entries (the cycle's chains), when given


@dataclass(frozen=True)
class Hit:
    text: str  # the exact value, for hover
    pick: Pick | None = None


Finder = Callable[[float, float], Hit | None]  # (x, y) in data coordinates -> what is there, or None
_HITS: weakref.WeakKeyDictionary[Axes, Finder] = weakref.WeakKeyDictionary()


def set_finder(axes: Axes, finder: Finder) -> None:
    """`hit_at(axes, x, y)` asks `finder` from now on (for as long as the axes live)."""
    _HITS[axes] = finder


def finder_for(axes: Axes) -> Finder | None:
    """What `set_finder` gave these axes, if anything (charts/render.py keeps it beside a drawn picture)."""
    return _HITS.get(axes)


def hit_at(axes: Axes, x: float | None, y: float | None) -> Hit | None:
    """The value under a point (data coordinates of `axes`), or None."""
    finder = finder_for(axes)
    if finder is None or x is None or y is None or math.isnan(x) or math.isnan(y):
        return None
    return finder(x, y)


# -- shared pieces ---------------------------------------------------------------------------------------------
class LegendStyle(TypedDict, total=False):
    """How a chart's legend is drawn (keyword arguments of Figure.legend)."""

    frameon: bool
    labelcolor: str
    fontsize: float
    title: str | None
    title_fontsize: float | None


@dataclass
class _LegendRequest:
    handles: list[Artist]
    labels: list[str]
    style: LegendStyle


def _pixels(renderer: RendererBase, points: float) -> float:
    return float(np.asarray(renderer.points_to_pixels(points)))


class ChartFigure(Figure):
    """A Figure whose legend sits below the axes and, each time it is drawn, takes as many columns as fit the
    figure's width then (a narrow window or large text wraps it onto more rows, and wraps a label that is wider
    than the figure), so it is never cut off. Laid out by matplotlib's constrained layout."""

    def __init__(self, figsize: tuple[float, float], *, dpi: float = 100, facecolor: ColorType | None = None,
                 scale: float = 1.0) -> None:
        super().__init__(figsize=figsize, dpi=dpi, layout="constrained", facecolor=facecolor)
        self._legend_args: _LegendRequest | None = None
        self.legend_fit: tuple[int, int | None] = (0, None)  # columns, characters a label line may take
        self.scale = scale  # the ChartTheme.scale its text was drawn at

    def add_wrapping_legend(self, handles: Iterable[Artist], labels: Iterable[str],
                            **style: Unpack[LegendStyle]) -> Legend:
        """A legend below the axes (constrained layout keeps room for it) for `handles` and `labels`."""
        self._legend_args = request = _LegendRequest(list(handles), list(labels), style)
        return self._place_legend(request, (len(request.labels), None))

    def _place_legend(self, request: _LegendRequest, fit: tuple[int, int | None]) -> Legend:
        for old in list(self.legends):
            old.remove()
        labels, style = request.labels, request.style
        columns, wrap = self.legend_fit = fit
        if wrap:
            labels = [textwrap.fill(label, wrap, break_long_words=False) for label in labels]
        legend = self.legend(request.handles, labels, loc="outside lower center", ncols=columns, **style)
        colour = style.get("labelcolor")
        if style.get("title") and colour is not None:
            legend.get_title().set_color(colour)
        return legend

    def legend_fit_for(self, renderer: RendererBase) -> tuple[int, int | None]:
        """(columns, label wrap width in characters or None) for the figure's current width: as many columns
        as fit, rows balanced (5 entries in 3 + 2); one column of wrapped labels when one label is too wide."""
        legend = self.legends[0]
        labels = self._legend_args.labels if self._legend_args is not None else []
        em = _pixels(renderer, legend.prop.get_size_in_points())
        widths = [renderer.get_text_width_height_descent(label, legend.prop, ismath=False)[0] for label in labels]
        handle = (legend.handlelength + legend.handletextpad) * em
        gap = legend.columnspacing * em
        room = self.bbox.width - 2 * (legend.borderpad + legend.borderaxespad) * em - 12
        widest = max(widths)
        if handle + widest > room:
            characters = max(len(label) for label in labels)
            return 1, max(8, int(characters * (room - handle) / widest))
        columns = max(1, min(len(widths), int((room + gap) // (handle + widest + gap))))
        rows = -(-len(widths) // columns)
        return -(-len(widths) // rows), None

    def draw(self, renderer: RendererBase) -> None:
        if self._legend_args is not None and self.legends:
            fit = self.legend_fit_for(renderer)
            if fit != self.legend_fit:
                self._place_legend(self._legend_args, fit)
        super().draw(renderer)

    def rescale(self, scale: float) -> None:
        """All text at `scale` instead (the app's text size changed): the same figure, drawn again."""
        ratio = scale / self.scale
        if abs(ratio - 1) < 1e-3:
            return
        self.scale = scale
        if self._legend_args is not None:
            style = self._legend_args.style
            if style.get("fontsize"):
                style["fontsize"] = style["fontsize"] * ratio
            title_size = style.get("title_fontsize")
            if title_size:
                style["title_fontsize"] = title_size * ratio
            for old in list(self.legends):
                old.remove()
        for text in self.findobj(Text):
            if isinstance(text, Text):  # (findobj's type says Artist)
                text.set_fontsize(text.get_fontproperties().get_size_in_points() * ratio)
        for ax in self.axes:
            for axis in (ax.xaxis, ax.yaxis):
                labels = axis.get_ticklabels()
                if labels:  # new ticks are made at the size of the existing ones
                    axis.set_tick_params(labelsize=labels[0].get_fontproperties().get_size_in_points())
            for line in ax.lines:
                line.set_markersize(line.get_markersize() * ratio)
        if self._legend_args is not None:
            self._place_legend(self._legend_args, self.legend_fit)
        self.stale = True


def new_figure(theme: ChartTheme, size: tuple[float, float] = (8.0, 4.0)) -> ChartFigure:
    return ChartFigure(size, dpi=100, facecolor=theme.background, scale=theme.scale)


def styled_axes(fig: Figure, theme: ChartTheme, title: str, xlabel: str, ylabel: str) -> Axes:
    """The figure's one axes, in the theme's colours and sizes."""
    ax = fig.add_subplot()
    ax.set_facecolor(theme.background)
    ax.set_title(title, color=theme.text, loc="left", fontsize=theme.size(12))
    ax.set_xlabel(xlabel, color=theme.text, fontsize=theme.size(10))
    ax.set_ylabel(ylabel, color=theme.text, fontsize=theme.size(10))
    ax.tick_params(colors=theme.text, labelcolor=theme.text, labelsize=theme.size(10))
    for spine in ax.spines.values():
        spine.set_color(theme.mix(0.35))
    return ax


def legend_below(fig: ChartFigure, theme: ChartTheme, handles: Iterable[Artist], labels: Iterable[str],
                 title: str | None = None) -> Legend:
    """The chart's legend, below the axes in as many columns as fit (see ChartFigure)."""
    return fig.add_wrapping_legend(handles, labels, frameon=False, labelcolor=theme.text, fontsize=theme.size(10),
                                   title=title, title_fontsize=theme.size(10) if title else None)


def message_figure(theme: ChartTheme, title: str, text: str) -> tuple[Figure, str]:
    """A friendly explanation instead of empty axes (`title` and `text` already translated)."""
    fig = new_figure(theme)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title, color=theme.text, loc="left", fontsize=theme.size(12))
    ax.text(0.5, 0.5, text, ha="center", va="center", wrap=True, color=theme.text, fontsize=theme.size(11),
            transform=ax.transAxes)
    return fig, f"{title}: {text}"


def bucket_end(bucket: str, start: date, last: date) -> date:
    """The last day of the bucket (day, week or month) starting at `start`, at most `last`."""
    if bucket == "week":
        end = start + timedelta(days=6)
    elif bucket == "month":
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    else:
        end = start
    return min(end, last)


def bucket_label(bucket: str, start: date, long: bool = False, translate: Translate = same) -> str:
    if bucket == "month":
        return i18n.month_year(start, short=not long)
    text = i18n.short_date(start) if long else i18n.day_month(start)
    if bucket == "week" and long:
        return translate(QT_TRANSLATE_NOOP("Charts", "week of {date}")).format(date=text)
    return text


def starting(bucket: str, translate: Translate) -> str:
    """The time axis label."""
    return translate({"day": QT_TRANSLATE_NOOP("Charts", "Day starting"),
                      "week": QT_TRANSLATE_NOOP("Charts", "Week starting")}.get(
        bucket, QT_TRANSLATE_NOOP("Charts", "Month starting")))


def per(bucket: str, translate: Translate) -> str:
    """The bucket size in the text alternatives: per day, per week, per month."""
    return translate({"day": QT_TRANSLATE_NOOP("Charts", "per day"),
                      "week": QT_TRANSLATE_NOOP("Charts", "per week")}.get(
        bucket, QT_TRANSLATE_NOOP("Charts", "per month")))


def moments(n: int, translate: Translate) -> str:
    """'1 moment', '3 moments' (the language's plural rule)."""
    return ntrans("Charts", "%n moment(s)", n)


def entries(n: int, translate: Translate) -> str:
    """'1 entry', '3 entries'."""
    return ntrans("Charts", "%n entry(s)", n)


def draw_bars(ax: Axes, xs: Iterable[float], heights: Iterable[float], bottoms: Iterable[float], colour: ColorType,
              label: str, gid: str, edge: ColorType, width: float = 0.8) -> PolyCollection:
    """Bars as one PolyCollection (one artist, not one Rectangle per bar: 10 years of months draws in a
    fraction of the time). Every x gets a polygon, zero heights included, so paths line up with xs."""
    half = width / 2
    verts = [((x - half, b), (x - half, b + h), (x + half, b + h), (x + half, b)) for x, h, b in
             zip(xs, heights, bottoms)]
    bars = PolyCollection(verts, facecolors=colour, edgecolors=edge, linewidths=0.5, label=label)
    bars.set_gid(gid)
    ax.add_collection(bars, autolim=False)
    return bars


def bar_spans(bars: PolyCollection) -> list[tuple[float, float]]:
    """(bottom, height) of every bar in a draw_bars collection (for tests and the text alternative)."""
    out = []
    for path in bars.get_paths():
        ys = [float(y) for y in np.asarray(path.vertices)[:4, 1]]
        out.append((min(ys), max(ys) - min(ys)))
    return out


def time_ticks(ax: Axes, bucket: str, starts: Sequence[date]) -> None:
    """Labels under the time axis: at most about 12, slanted when there are more than 6."""
    n = len(starts)
    step = max(1, math.ceil(n / 12))
    positions = list(range(0, n, step))
    labels = [bucket_label(bucket, starts[i]) for i in positions]
    ax.set_xticks(positions, labels, rotation=45 if n > 6 else 0, ha="right" if n > 6 else "center")


def integer_ticks(axis: Axis) -> None:
    """Whole numbers only on this axis (counts)."""
    locator = axis.get_major_locator()
    if isinstance(locator, MaxNLocator):  # the default (AutoLocator) and a colour bar's
        locator.set_params(integer=True)


def trigger_keys(report: PatternReport) -> list[TriggerKey]:
    return list(report.triggers)


def day_text(day: date) -> str:
    """'3 Mar 2025' (03.03.2025 in German)."""
    return i18n.short_date(day)


def sequential_colours(theme: ChartTheme) -> LinearSegmentedColormap:
    """Few to many: from near the background to a strong blue (Okabe-Ito), reversed in a dark theme."""
    ramp: list[ColorType] = ([theme.mix(0.08), "#56B4E9", "#0072B2"] if not theme.dark else
                             [theme.mix(0.12), "#0072B2", "#56B4E9"])
    return LinearSegmentedColormap.from_list("journal", ramp)

