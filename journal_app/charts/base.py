"""Shared pieces of the chart builders: the theme, what a point means (Hit, Pick, hit_at), empty-range
messages, axes, bucket labels."""

from __future__ import annotations

import calendar
import math
import weakref
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure

from journal_app.models.analytics_values import PatternReport, TriggerKey

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


def _bars(ax, xs, heights, bottoms, colour: str, label: str, gid: str, edge: str, width: float = 0.8):
    """Bars as one PolyCollection (one artist, not one Rectangle per bar: 10 years of months draws in a
    fraction of the time). Every x gets a polygon, zero heights included, so paths line up with xs."""
    from matplotlib.collections import PolyCollection

    half = width / 2
    verts = [((x - half, b), (x - half, b + h), (x + half, b + h), (x + half, b)) for x, h, b in
             zip(xs, heights, bottoms)]
    bars = PolyCollection(verts, facecolors=colour, edgecolors=edge, linewidths=0.5, label=label)
    bars.set_gid(gid)
    ax.add_collection(bars, autolim=False)
    return bars


def bar_spans(bars) -> list[tuple[float, float]]:
    """(bottom, height) of every bar in a _bars collection (for tests and the text alternative)."""
    out = []
    for path in bars.get_paths():
        ys = [float(y) for _x, y in path.vertices[:4]]
        out.append((min(ys), max(ys) - min(ys)))
    return out


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



def _sequential(theme: ChartTheme) -> LinearSegmentedColormap:
    ramp = [theme.mix(0.08), "#56B4E9", "#0072B2"] if not theme.dark else [theme.mix(0.12), "#0072B2", "#56B4E9"]
    return LinearSegmentedColormap.from_list("journal", ramp)

