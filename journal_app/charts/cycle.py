"""The cycle's charts (issue 20), from the dataclasses of models/cycle_report.py (services/cycles.py makes them):
- the chains that come back most often, as a left-to-right diagram (charts/cycle_diagram.py);
- how true each belief felt over time, a line per belief (and its least-squares trend, dashed);
- time to repair per person over time: the median hours until a later entry repaired a moment, per bucket.

Each chart is a `draw_*` function that draws into Axes it is given (the PDF summary draws into its own figure)
and a `build_*` that makes the window's figure around it and returns (figure, text alternative), as every
builder of this package. No Qt, no pyplot. Hover and click: what `draw_*` returns is set as the axes' finder
by `build_*` (charts/base.py set_finder); a click on a box, an arrow or a point picks exactly its entries
(Pick.entry_ids), or, for a point that stands for many moments the report does not list, what to look them up by
(MomentsPick). Text is marked with QT_TRANSLATE_NOOP("Charts", ...) and shown through `translate`.

Drawn fast (issue 17: the Cycle tab's analytics and its three charts within the Patterns budget): the figures
are laid out by hand with the ticks chosen for the room there is (charts/cycle_layout.py); a line is one artist,
through a point per bucket of the range (per year over more than YEARLY_AFTER months), never one per rating;
hover texts are written when asked for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

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
from journal_app.charts.cycle_repair import build_repair, draw_repair, repair_text
from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP, ntrans
from journal_app.core.palette import OKABE_ITO
from journal_app.models.cycle_report import POINTS_KEPT, YEARLY_AFTER, BeliefPoint, BeliefTrend, CycleReport

BELIEFS_TITLE = QT_TRANSLATE_NOOP("Charts", "How true each belief felt")
NO_BELIEFS = QT_TRANSLATE_NOOP("Charts", "No beliefs rated in this period yet. In an entry's cycle section, note "
                                         "what you told yourself and how true it felt; the lines show here.")
BELIEFS_X = QT_TRANSLATE_NOOP("Charts", "When it happened")  # the time axis: when each rated moment happened
MOST_BELIEFS = 6  # lines drawn; the rest are in the text alternative's count
FEW_POINTS = POINTS_KEPT  # up to this many ratings a belief's line joins them; more: a line of means per bucket
DIAGRAM_CHAINS = 5  # chains drawn in the diagram (the report keeps more)
CYCLE_CHARTS = ("chains", "beliefs", "repair")


# -- beliefs over time ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MomentsPick(Pick):
    """A click on a point that stands for many moments the report does not list (a bucket's mean rating of a
    belief, a bucket's median time to repair): the page looks them up (the belief's, or the person's repaired
    moments, over start..end) before it lists them."""

    belief_id: int | None = None


@dataclass(frozen=True)
class _Mean:
    """The mean of a belief's ratings over a bucket ('day', 'week', 'month' or 'year'): drawn at `day`."""

    day: date
    strength: float
    start: date
    end: date
    ratings: int
    bucket: str
    entry_ids: tuple[int, ...] = ()  # when the trend keeps its points


def _middle(bucket: str, start: date) -> tuple[date, date]:
    """(the day a bucket's point is drawn at, its last day)."""
    if bucket == "year":
        return date(start.year, 7, 1), date(start.year, 12, 31)
    if bucket == "month":
        return date(start.year, start.month, 15), bucket_end("month", start, date.max)
    if bucket == "week":
        return start + timedelta(days=3), start + timedelta(days=6)
    return start, start


def _means(belief: BeliefTrend, yearly: bool) -> list[_Mean]:
    """The belief's mean per bucket: from its summary, or (a trend of points alone) per month or year of them."""
    summary = belief.summary
    if summary is not None:
        out = []
        for m in summary.means:
            day, end = _middle(summary.bucket, m.start)
            out.append(_Mean(day, m.mean, m.start, end, m.ratings, summary.bucket))
        return out
    held: dict[date, list[BeliefPoint]] = {}
    for p in belief.points:
        held.setdefault(date(p.day.year, 1, 1) if yearly else date(p.day.year, p.day.month, 1), []).append(p)
    bucket = "year" if yearly else "month"
    return [_Mean(_middle(bucket, start)[0], sum(p.strength for p in ps) / len(ps), start, _middle(bucket, start)[1],
                  len(ps), bucket, tuple(p.entry_id for p in ps)) for start, ps in held.items()]


def _rating_text(belief: str, day: date, strength: float, t: Translate, later: bool = False) -> str:
    text = (QT_TRANSLATE_NOOP("Charts", "“{belief}”, {day}: {strength}% true when rated again") if later
            else QT_TRANSLATE_NOOP("Charts", "“{belief}”, {day}: {strength}% true"))
    return t(text).format(belief=belief, day=day_text(day), strength=i18n.number(strength))


def _mean_text(belief: str, mean: _Mean, t: Translate) -> str:
    when = str(mean.start.year) if mean.bucket == "year" else bucket_label(mean.bucket, mean.start, True, t)
    return ntrans("Charts", "“{belief}”, {month}: {strength}% true on average over %n rating(s)", mean.ratings,
                  belief=belief, month=when, strength=i18n.number(mean.strength))


# x, y, the belief, what was drawn there (a rating, a later rating, a mean), whether it is a later rating
Dot = tuple[float, float, BeliefTrend, BeliefPoint | _Mean, bool]


def _belief_line(ax: Axes, belief: BeliefTrend, colour: str, yearly: bool, theme: ChartTheme) -> list[Dot]:
    """One belief's line (through each rating when there are few, else through its means per bucket), its trend
    and its later ratings, each one artist; returns the dots the finder answers for."""
    points = belief.points
    dots: list[Dot]
    if points and belief.ratings <= FEW_POINTS:
        dots = [(p.day.toordinal(), float(p.strength), belief, p, False) for p in points]
    else:
        dots = [(m.day.toordinal(), m.strength, belief, m, False) for m in _means(belief, yearly)]
    ax.plot([d[0] for d in dots], [d[1] for d in dots], color=colour, linewidth=1.8, marker="o",
            markersize=4 * theme.scale, label=_box_text(belief.text).replace("\n", " "))
    first, last = belief.first_day, belief.last_day
    if belief.start is not None and belief.end is not None and first is not None and last is not None:
        ax.plot([first.toordinal(), last.toordinal()], [belief.start, belief.end], color=colour,
                linewidth=1.2, linestyle="--", alpha=0.8)
    if belief.after:
        ax.plot([p.day.toordinal() for p in belief.after], [p.strength for p in belief.after], linestyle="none",
                marker="o", markersize=5 * theme.scale, markerfacecolor="none", markeredgecolor=colour)
    return dots + [(p.day.toordinal(), p.strength, belief, p, True) for p in belief.after]


def _span(shown: Sequence[BeliefTrend]) -> tuple[int, int, bool]:
    """The first and last day drawn (ordinals) and whether there are any."""
    days = [d.toordinal() for b in shown for d in (b.first_day, b.last_day, *(p.day for p in b.after))
            if d is not None]
    return (min(days), max(days), True) if days else (0, 1, False)


def draw_beliefs(ax: Axes, beliefs: Sequence[BeliefTrend], theme: ChartTheme = LIGHT, translate: Translate = same,
                 limit: int = MOST_BELIEFS) -> Finder:
    """A line per belief (the most rated `limit`): how true it felt in each moment (or on average per bucket of
    the range), its trend dashed, later re-ratings as open circles. Returns the finder (a point: its day,
    strength and entry; a mean: its bucket, its ratings' entries, or what to look them up by)."""
    t = translate
    shown = [b for b in beliefs if b.ratings][:limit]
    lo, hi, any_days = _span(shown)
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
    span = hi - lo if any_days else 1

    def finder(x: float, y: float) -> Hit | None:
        tolerance = max(1.5, span * 0.02)
        near = [(abs(px - x) / tolerance + abs(py - y) / 6, k) for k, (px, py, _b, _what, _later) in enumerate(dots)
                if abs(px - x) <= tolerance and abs(py - y) <= 6]
        if not near:
            return None
        _px, _py, belief, what, later = dots[min(near)[1]]
        if isinstance(what, _Mean):
            label = _mean_text(belief.text, what, t)
            return Hit(label, MomentsPick("cycle-beliefs", what.start, what.end, label=label,
                                          entry_ids=what.entry_ids, belief_id=belief.belief_id))
        label = _rating_text(belief.text, what.day, what.strength, t, later)
        return Hit(label, Pick("cycle-beliefs", what.day, what.day, label=label, entry_ids=(what.entry_id,)))

    return finder


def beliefs_text(beliefs: Sequence[BeliefTrend], translate: Translate = same) -> str:
    """Each belief's line in words: from about how true to about how true, over how many ratings."""
    t = translate
    parts = []
    for b in beliefs:
        if not b.ratings:
            continue
        n = ntrans("Charts", "%n rating(s)", b.ratings)
        if b.start is not None and b.end is not None:
            parts.append(t(QT_TRANSLATE_NOOP("Charts", "“{belief}” from about {start}% to about {end}% ({n})")).format(
                belief=b.text, start=b.start, end=b.end, n=n))
        else:
            parts.append(t(QT_TRANSLATE_NOOP("Charts", "“{belief}” {strength}% ({n})")).format(  # no line: one
                belief=b.text, strength=round(b.mean or 0), n=n))  # time
    return "; ".join(parts)


def build_beliefs(beliefs: Sequence[BeliefTrend], theme: ChartTheme = LIGHT, translate: Translate = same,
                  title: str | None = None) -> tuple[Figure, str]:
    t = translate
    heading = title if title is not None else t(BELIEFS_TITLE)
    if not any(b.ratings for b in beliefs):
        return message_figure(theme, heading, t(NO_BELIEFS))
    fig = CycleFigure(theme, (8.0, 3.6))
    ax = chart_axes(fig, theme, heading, t(BELIEFS_X), t(QT_TRANSLATE_NOOP("Charts", "How true it felt")))
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
    "MomentsPick",
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
