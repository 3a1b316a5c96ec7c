"""The cycle's charts (issue 20), from the dataclasses of models/cycle_report.py (services/cycles.py makes them):
- the chains that come back most often, as a left-to-right diagram (charts/cycle_diagram.py);
- how true each belief felt over time, a line per belief (and its least-squares trend, dashed);
- time to repair per person over time: the median hours until a later entry repaired a moment, per bucket.

Each chart is a `draw_*` function that draws into Axes it is given (the PDF summary draws into its own figure)
and a `build_*` that makes the window's figure around it and returns (figure, text alternative), as every
builder of this package. No Qt, no pyplot. Hover and click: what `draw_*` returns is set as the axes' finder
by `build_*` (charts/base.py set_finder); a click on a box, an arrow or a point picks exactly its entries
(Pick.entry_ids). Text is marked with QT_TRANSLATE_NOOP("Charts", ...) and shown through `translate`.

Drawn fast (issue 17: the Cycle tab's analytics and its three charts within the Patterns budget): the figures
are laid out by hand with the ticks chosen for the room there is (charts/cycle_layout.py); over more than
YEARLY_AFTER months a line is drawn per year instead of per month; hover texts are written when asked for."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
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
    day_text,
    message_figure,
    same,
    set_finder,
)
from journal_app.charts.cycle_diagram import (
    BOX_WIDTH,
    COLUMNS,
    Diagram,
    Link,
    Node,
    _box_text,
    build_chains,
    chain_text,
    diagram,
    draw_chains,
)
from journal_app.charts.cycle_diagram import (
    _centre as _centre,  # (the tests find an arrow's place with it)
)
from journal_app.charts.cycle_layout import (
    CycleFigure,
    chart_axes,
    date_ticks,
    default_ticks,
    rough_ticks,
    values_that_fit,
)
from journal_app.charts.cycle_repair import YEARLY_AFTER, build_repair, draw_repair, repair_text
from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP, ntrans
from journal_app.core.palette import OKABE_ITO
from journal_app.models.cycle_report import BeliefPoint, BeliefTrend, CycleReport

BELIEFS_TITLE = QT_TRANSLATE_NOOP("Charts", "How true each belief felt")
NO_BELIEFS = QT_TRANSLATE_NOOP("Charts", "No beliefs rated in this period yet. In an entry's cycle section, note "
                                         "what you told yourself and how true it felt; the lines show here.")
MOST_BELIEFS = 6  # lines drawn; the rest are in the text alternative's count
FEW_POINTS = 24  # up to this many ratings a belief's line joins them; more: faint dots and a line of monthly means
MOST_DOTS = 1500  # more ratings than this: the monthly means alone (drawn fast)
DIAGRAM_CHAINS = 5  # chains drawn in the diagram (the report keeps more)
CYCLE_CHARTS = ("chains", "beliefs", "repair")


# -- beliefs over time ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Mean:
    """The mean of a belief's ratings over a month (or a year): drawn at `day`, picking its ratings' entries."""

    day: date
    strength: float
    start: date
    end: date
    points: Sequence[BeliefPoint]
    yearly: bool


def _means(points: Sequence[BeliefPoint], yearly: bool) -> list[_Mean]:
    """The ratings' mean per month (dated the 15th) or per year (dated 1 July), with the ratings of each. The
    ratings come oldest first (services/cycles.py reads them in time order), so a bucket is found by bisection."""
    days = list(map(attrgetter("day"), points))
    strengths = list(map(attrgetter("strength"), points))
    out: list[_Mean] = []
    a = 0
    while a < len(days):
        first = days[a]
        if yearly:
            start, after, mid = date(first.year, 1, 1), date(first.year + 1, 1, 1), date(first.year, 7, 1)
        else:
            start = date(first.year, first.month, 1)
            after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            mid = date(first.year, first.month, 15)
        b = bisect_left(days, after, a)
        out.append(_Mean(mid, sum(strengths[a:b]) / (b - a), start, after - timedelta(days=1), points[a:b], yearly))
        a = b
    return out


def _rating_text(belief: str, day: date, strength: float, t: Translate, later: bool = False) -> str:
    text = (QT_TRANSLATE_NOOP("Charts", "“{belief}”, {day}: {strength}% true when rated again") if later
            else QT_TRANSLATE_NOOP("Charts", "“{belief}”, {day}: {strength}% true"))
    return t(text).format(belief=belief, day=day_text(day), strength=i18n.number(strength))


def _mean_text(belief: str, mean: _Mean) -> str:
    when = str(mean.start.year) if mean.yearly else i18n.month_year(mean.start)
    return ntrans("Charts", "“{belief}”, {month}: {strength}% true on average over %n rating(s)", len(mean.points),
                  belief=belief, month=when, strength=i18n.number(mean.strength))


# x, y, the belief, what was drawn there (a rating, a later rating, a mean)
Dot = tuple[float, float, str, BeliefPoint | _Mean, bool]


def _belief_line(ax: Axes, belief: BeliefTrend, colour: str, yearly: bool, theme: ChartTheme) -> list[Dot]:
    """One belief's line, its trend and its later ratings; returns the dots the finder answers for."""
    points = belief.points
    dots: list[Dot] = []
    if len(points) <= MOST_DOTS:
        dots = [(p.day.toordinal(), float(p.strength), belief.text, p, False) for p in points]
    if len(points) <= FEW_POINTS:
        xs, ys = [d[0] for d in dots], [d[1] for d in dots]
    else:
        means = _means(points, yearly)
        if dots:
            ax.plot([d[0] for d in dots], [d[1] for d in dots], linestyle="none", marker="o", color=colour,
                    markersize=2.5 * theme.scale, alpha=0.35)
        dots += [(m.day.toordinal(), m.strength, belief.text, m, False) for m in means]
        xs, ys = [m.day.toordinal() for m in means], [m.strength for m in means]
    ax.plot(xs, ys, color=colour, linewidth=1.8, marker="o", markersize=4 * theme.scale,
            label=_box_text(belief.text).replace("\n", " "))
    if belief.start is not None and belief.end is not None and len(points) > 1:
        ax.plot([points[0].day.toordinal(), points[-1].day.toordinal()], [belief.start, belief.end], color=colour,
                linewidth=1.2, linestyle="--", alpha=0.8)
    if belief.after:
        ax.plot([p.day.toordinal() for p in belief.after], [p.strength for p in belief.after], linestyle="none",
                marker="o", markersize=5 * theme.scale, markerfacecolor="none", markeredgecolor=colour)
    return dots + [(p.day.toordinal(), p.strength, belief.text, p, True) for p in belief.after]


def draw_beliefs(ax: Axes, beliefs: Sequence[BeliefTrend], theme: ChartTheme = LIGHT, translate: Translate = same,
                 limit: int = MOST_BELIEFS) -> Finder:
    """A line per belief (the most rated `limit`): how true it felt in each moment, its trend dashed, later
    re-ratings as open circles. Returns the finder (a point: its day, strength and entry)."""
    t = translate
    shown = [b for b in beliefs if b.points][:limit]
    days = [d.toordinal() for b in shown for d in (min(b.points[0].day, b.points[-1].day),
                                                  max(b.points[0].day, b.points[-1].day), *(p.day for p in b.after))]
    lo, hi = (min(days), max(days)) if days else (0, 1)
    yearly = (hi - lo) > YEARLY_AFTER * 30.44
    dots: list[Dot] = []
    for i, belief in enumerate(shown):
        dots += _belief_line(ax, belief, OKABE_ITO[i % len(OKABE_ITO)], yearly, theme)
    ax.set_ylim(-4, 104)
    pad = max(2, (hi - lo) * 0.04)
    ax.set_xlim(lo - pad, hi + pad)
    default_ticks(ax, rough_ticks(date_ticks(lo - pad, hi + pad)),
                  ([0, 20, 40, 60, 80, 100], [f"{v}%" for v in range(0, 101, 20)]))
    ax.tick_params(axis="x", labelsize=theme.size(9))
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    span = hi - lo if days else 1

    def finder(x: float, y: float) -> Hit | None:
        tolerance = max(1.5, span * 0.02)
        near = [(abs(px - x) / tolerance + abs(py - y) / 6, k) for k, (px, py, _b, _what, _later) in enumerate(dots)
                if abs(px - x) <= tolerance and abs(py - y) <= 6]
        if not near:
            return None
        _px, _py, belief, what, later = dots[min(near)[1]]
        if isinstance(what, _Mean):
            label = _mean_text(belief, what)
            return Hit(label, Pick("cycle-beliefs", what.start, what.end, label=label,
                                   entry_ids=tuple(p.entry_id for p in what.points)))
        label = _rating_text(belief, what.day, what.strength, t, later)
        return Hit(label, Pick("cycle-beliefs", what.day, what.day, label=label, entry_ids=(what.entry_id,)))

    return finder


def beliefs_text(beliefs: Sequence[BeliefTrend], translate: Translate = same) -> str:
    """Each belief's line in words: from about how true to about how true, over how many ratings."""
    t = translate
    parts = []
    for b in beliefs:
        if not b.points:
            continue
        n = ntrans("Charts", "%n rating(s)", len(b.points))
        if b.start is not None and b.end is not None:
            parts.append(t(QT_TRANSLATE_NOOP("Charts", "“{belief}” from about {start}% to about {end}% ({n})")).format(
                belief=b.text, start=b.start, end=b.end, n=n))
        else:
            parts.append(t(QT_TRANSLATE_NOOP("Charts", "“{belief}” {strength}% ({n})")).format(  # no line: one
                belief=b.text, strength=round(sum(p.strength for p in b.points) / len(b.points)), n=n))  # time
    return "; ".join(parts)


def build_beliefs(beliefs: Sequence[BeliefTrend], theme: ChartTheme = LIGHT, translate: Translate = same,
                  title: str | None = None) -> tuple[Figure, str]:
    t = translate
    heading = title if title is not None else t(BELIEFS_TITLE)
    if not any(b.points for b in beliefs):
        return message_figure(theme, heading, t(NO_BELIEFS))
    fig = CycleFigure(theme, (8.0, 3.6))
    ax = chart_axes(fig, theme, heading, "", t(QT_TRANSLATE_NOOP("Charts", "How true it felt")))
    set_finder(ax, draw_beliefs(ax, beliefs, theme, t))
    fig.x_ticks = date_ticks(*ax.get_xlim())
    fig.tick_points = (9.0, 10.0)
    fig.y_ticks = lambda length, measure: values_that_fit(
        length, measure, (range(0, 101, 20), range(0, 101, 25), range(0, 101, 50)), lambda v: f"{v:.0f}%")
    handles = [line for line in ax.get_lines() if not str(line.get_label()).startswith("_")]
    fig.add_key(handles, [str(h.get_label()) for h in handles])
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}: {beliefs}.")).format(title=heading,
                                                                      beliefs=beliefs_text(beliefs, t))
    return fig, alt


@dataclass(frozen=True)
class CycleSpec:
    """One of the cycle's charts (`which`: one of CYCLE_CHARTS) for a report, in a theme, its text through
    `translate`: what the window's worker builds and draws (charts/render.py)."""

    report: CycleReport
    which: str
    theme: ChartTheme = LIGHT
    translate: Translate = same

    def build(self) -> tuple[Figure, str]:
        r, theme, t = self.report, self.theme, self.translate
        if self.which == "chains":
            return build_chains(r.chains[:DIAGRAM_CHAINS], r.range, theme, t)
        if self.which == "beliefs":
            return build_beliefs(r.beliefs, theme, t)
        return build_repair(r.people, r.range, theme, t)


__all__ = [
    "BOX_WIDTH",
    "COLUMNS",
    "CYCLE_CHARTS",
    "CycleSpec",
    "Diagram",
    "Link",
    "Node",
    "beliefs_text",
    "build_beliefs",
    "build_chains",
    "build_repair",
    "chain_text",
    "diagram",
    "draw_beliefs",
    "draw_chains",
    "draw_repair",
    "repair_text",
]
