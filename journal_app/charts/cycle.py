"""The cycle's charts (issue 20), from the dataclasses of models/cycle_report.py (services/cycles.py makes them):
- the chains that come back most often, as a left-to-right diagram: trigger -> what I told myself -> what I did
  -> what they did -> how it ended, one box per step (the same step of several chains is one box) and on each
  arrow how many of the moments drawn took it;
- how true each belief felt over time, a line per belief (and its least-squares trend, dashed);
- time to repair per person over time: the median hours until a later entry repaired a moment, per bucket.

Each chart is a `draw_*` function that draws into Axes it is given (the PDF summary draws into its own figure)
and a `build_*` that makes the window's figure around it and returns (figure, text alternative), as every
builder of this package. No Qt, no pyplot. Hover and click: what `draw_*` returns is set as the axes' finder
by `build_*` (charts/base.py set_finder); a click on a box, an arrow or a point picks exactly its entries
(Pick.entry_ids). Text is marked with QT_TRANSLATE_NOOP("Charts", ...) and shown through `translate`."""

from __future__ import annotations

import textwrap
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator, PercentFormatter

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
    legend_below,
    message_figure,
    moments,
    new_figure,
    same,
    set_finder,
    starting,
    styled_axes,
    time_ticks,
)
from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP, ntrans
from journal_app.core.palette import OKABE_ITO
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import BeliefPoint, BeliefTrend, Chain, CycleReport, PersonCycle, Step

COLUMNS = (
    QT_TRANSLATE_NOOP("Charts", "Trigger"),
    QT_TRANSLATE_NOOP("Charts", "What you told yourself"),
    QT_TRANSLATE_NOOP("Charts", "What you did"),
    QT_TRANSLATE_NOOP("Charts", "What they did"),
    QT_TRANSLATE_NOOP("Charts", "How it ended"),
)
COLUMN_COLOURS = ("#D55E00", "#CC79A7", "#0072B2", "#009E73", "#E69F00")
CHAINS_TITLE = QT_TRANSLATE_NOOP("Charts", "The chains that came back most often")
BELIEFS_TITLE = QT_TRANSLATE_NOOP("Charts", "How true each belief felt")
REPAIR_TITLE = QT_TRANSLATE_NOOP("Charts", "Time until you came back together")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Charts", "(not written)")
NOBODY = QT_TRANSLATE_NOOP("Charts", "(nobody named)")
NO_CHAINS = QT_TRANSLATE_NOOP("Charts", "No moments with a trigger in this period yet. Once there are, the chains "
                                        "they follow show here.")
NO_BELIEFS = QT_TRANSLATE_NOOP("Charts", "No beliefs rated in this period yet. In an entry's cycle section, note "
                                         "what you told yourself and how true it felt; the lines show here.")
NO_REPAIRS = QT_TRANSLATE_NOOP("Charts", "No repairs linked in this period yet. When a later entry says it "
                                         "repaired an earlier moment, the time it took shows here.")
BOX_WIDTH = 0.78  # of a column's width
BOX_HEIGHT = 0.72  # of a row's height
WRAP = 18  # characters per line in a box
TITLE_WRAP = 16  # characters per line in a column's title
BOX_LINES = 3
MOST_BELIEFS = 6  # lines drawn; the rest are in the text alternative's count
FEW_POINTS = 24  # up to this many ratings a belief's line joins them; more: faint dots and a line of monthly means
MOST_DOTS = 1500  # more ratings than this: the monthly means alone (drawn fast)
DIAGRAM_CHAINS = 5  # chains drawn in the diagram (the report keeps more)
CYCLE_CHARTS = ("chains", "beliefs", "repair")


# -- the chain diagram ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Node:
    """A box: one step (column, key) of one or more chains; in the "what they did" column also the person."""

    column: int
    key: tuple[str | None, str | None]  # (person in the "they" column else None, the step's key)
    label: str
    count: int  # moments of the drawn chains through it
    entry_ids: tuple[int, ...]
    row: int  # its place in its column, 0 at the top


@dataclass(frozen=True)
class Link:
    """An arrow between boxes of neighbouring columns: how many moments of the drawn chains took it, and which."""

    source: Node
    target: Node
    count: int
    entry_ids: tuple[int, ...]


@dataclass(frozen=True)
class Diagram:
    nodes: tuple[Node, ...]
    links: tuple[Link, ...]
    rows: int  # the most boxes in one column
    chains: tuple[Chain, ...]


def _node_key(column: int, chain: Chain, step: Step) -> tuple[str | None, str | None]:
    return (chain.person if column == 3 else None, step.key)


def _node_label(column: int, chain: Chain, step: Step, with_person: bool, t: Translate) -> str:
    if column == 3 and chain.person is None:
        return t(NOBODY)
    word = step.label if step.key is not None else t(NOT_WRITTEN)
    if column == 3 and with_person:
        return t(QT_TRANSLATE_NOOP("Charts", "{person}: {move}")).format(person=chain.person, move=word)
    return word


def _merge(ids: dict[object, list[int]], key: object, more: Sequence[int]) -> None:
    held = ids.setdefault(key, [])
    held.extend(more)


def diagram(chains: Sequence[Chain], translate: Translate = same) -> Diagram:
    """The boxes and arrows of these chains: one box per step shared by several chains (per person in the "what
    they did" column), ordered in each column by how many moments go through it; an arrow's count is the sum of
    the chains that take it."""
    t = translate
    with_person = len({c.person for c in chains}) > 1
    labels: dict[tuple[int, tuple[str | None, str | None]], str] = {}
    counts: dict[tuple[int, tuple[str | None, str | None]], int] = {}
    ids: dict[object, list[int]] = {}
    link_counts: dict[tuple[object, object], int] = {}
    for chain in chains:
        keys = []
        for column, step in enumerate(chain.steps):
            key = (column, _node_key(column, chain, step))
            labels.setdefault(key, _node_label(column, chain, step, with_person, t))
            counts[key] = counts.get(key, 0) + chain.count
            _merge(ids, key, chain.entry_ids)
            keys.append(key)
        for a, b in pairwise(keys):
            link_counts[(a, b)] = link_counts.get((a, b), 0) + chain.count
            _merge(ids, (a, b), chain.entry_ids)
    order = list(labels)  # first seen first among ties
    nodes: dict[object, Node] = {}
    for column in range(len(COLUMNS)):
        mine = sorted((k for k in order if k[0] == column),
                      key=lambda k: (_barycentre(k, nodes, link_counts), -counts[k]))
        for row, key in enumerate(mine):
            nodes[key] = Node(column, key[1], labels[key], counts[key], _ids(ids[key]), row)
    links = tuple(Link(nodes[a], nodes[b], n, _ids(ids[(a, b)])) for (a, b), n in link_counts.items())
    rows = max((n.row + 1 for n in nodes.values()), default=0)
    return Diagram(tuple(nodes.values()), links, rows, tuple(chains))


def _barycentre(key: object, placed: dict[object, Node], link_counts: dict[tuple[object, object], int]) -> float:
    """Where a box goes in its column: the mean row of the boxes its arrows come from, weighted by their counts
    (0 in the first column), so arrows cross as little as they can."""
    weights = [(placed[a].row, n) for (a, b), n in link_counts.items() if b == key and a in placed]
    total = sum(n for _row, n in weights)
    return sum(row * n for row, n in weights) / total if total else 0.0


def _ids(found: Sequence[int]) -> tuple[int, ...]:
    return tuple(sorted(set(found)))


def _box_text(label: str) -> str:
    lines = textwrap.wrap(label, WRAP, break_long_words=True) or [""]
    if len(lines) > BOX_LINES:
        lines = [*lines[:BOX_LINES - 1], textwrap.shorten(" ".join(lines[BOX_LINES - 1:]), WRAP, placeholder="…")]
    return "\n".join(lines)


def _centre(d: Diagram, node: Node) -> tuple[float, float]:
    """The middle of a box in data coordinates: columns at x = 0..4, rows spread over the height (0..d.rows)."""
    in_column = sum(1 for n in d.nodes if n.column == node.column)
    step = d.rows / in_column
    return float(node.column), d.rows - (node.row + 0.5) * step


def draw_chains(ax: Axes, chains: Sequence[Chain], date_range: DateRange | None = None, theme: ChartTheme = LIGHT,
                translate: Translate = same) -> Finder:
    """The chain diagram of `chains` (most frequent first) in `ax`; returns its finder (what is under a point).
    `date_range` dates the entries a click picks (the range the chains come from)."""
    t = translate
    d = diagram(chains, t)
    ax.set_axis_off()
    ax.set_facecolor(theme.background)
    ax.set_xlim(-0.5, len(COLUMNS) - 0.5)
    ax.set_ylim(0, max(d.rows, 1) + 0.6)
    for column, title in enumerate(COLUMNS):  # on two lines when long: German's titles ran into each other
        ax.text(column, max(d.rows, 1) + 0.3, textwrap.fill(t(title), TITLE_WRAP), ha="center", va="center",
                color=theme.text, fontsize=theme.size(9), fontweight="bold", linespacing=1.1)
    heaviest = max((link.count for link in d.links), default=1)
    half_w = BOX_WIDTH / 2
    boxes: list[tuple[float, float, float, Node]] = []  # (x, y, half height, node)
    for node in d.nodes:
        x, y = _centre(d, node)
        in_column = sum(1 for n in d.nodes if n.column == node.column)
        half_h = min(BOX_HEIGHT * d.rows / in_column, 1.1) / 2
        written = node.key[1] is not None
        _inside(ax, FancyBboxPatch(
            (x - half_w, y - half_h), BOX_WIDTH, 2 * half_h, boxstyle="round,pad=0,rounding_size=0.06",
            facecolor=theme.mix(0.06), edgecolor=COLUMN_COLOURS[node.column] if written else theme.mix(0.4),
            linewidth=1.6 if written else 1.0, linestyle="-" if written else "--", mutation_aspect=0.5))
        ax.text(x, y, _box_text(node.label), ha="center", va="center", color=theme.text,
                fontsize=theme.size(8.5), linespacing=1.1, in_layout=False)
        boxes.append((x, y, half_h, node))
    arrows: list[tuple[float, float, float, float, Link]] = []
    placed: list[tuple[float, float]] = []
    for link in d.links:
        x0, y0 = _centre(d, link.source)
        x1, y1 = _centre(d, link.target)
        x0, x1 = x0 + half_w, x1 - half_w
        width = 1.0 + 4.0 * link.count / heaviest
        _inside(ax, FancyArrowPatch((x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=8 + 2 * width,
                                    linewidth=width, color=theme.mix(0.55), shrinkA=0, shrinkB=1))
        lx, ly = _label_place(x0, y0, x1, y1, placed)
        ax.text(lx, ly, i18n.number(link.count), ha="center", va="center", in_layout=False,
                color=theme.text, fontsize=theme.size(8.5),
                bbox={"boxstyle": "round,pad=0.2", "facecolor": theme.background, "edgecolor": theme.mix(0.3),
                      "linewidth": 0.6})
        arrows.append((x0, y0, x1, y1, link))
    return _diagram_finder(boxes, arrows, date_range, t)


def _inside(ax: Axes, patch: Patch) -> None:
    """A box or an arrow drawn inside the limits set beforehand: added without working out new data limits, and
    left out of the layout (which then measures the titles only: a third of the diagram's drawing time)."""
    patch.set_in_layout(False)
    ax.add_artist(patch)


def _label_place(x0: float, y0: float, x1: float, y1: float, placed: list[tuple[float, float]]
                 ) -> tuple[float, float]:
    """Where an arrow's count goes: half way along, or nearer one end when another count is already there."""
    spot = (x0 + (x1 - x0) * 0.5, y0 + (y1 - y0) * 0.5)
    for along in (0.5, 0.3, 0.7, 0.2, 0.8):
        x, y = x0 + (x1 - x0) * along, y0 + (y1 - y0) * along
        if all(abs(x - px) > 0.09 or abs(y - py) > 0.3 for px, py in placed):
            spot = (x, y)
            break
    placed.append(spot)
    return spot


def _diagram_finder(boxes: list[tuple[float, float, float, Node]],
                    arrows: list[tuple[float, float, float, float, Link]], date_range: DateRange | None,
                    t: Translate) -> Finder:
    start = date_range.start if date_range is not None else date.min
    end = date_range.end if date_range is not None else date.max

    def pick(text: str, person: str | None, ids: tuple[int, ...]) -> Hit:
        return Hit(text, Pick("cycle", start, end, person=person, label=text, entry_ids=ids))

    def finder(x: float, y: float) -> Hit | None:
        for bx, by, half_h, node in boxes:
            if abs(x - bx) <= BOX_WIDTH / 2 and abs(y - by) <= half_h:
                text = t(QT_TRANSLATE_NOOP("Charts", "{step}: {count}")).format(
                    step=node.label, count=moments(node.count, t))
                return pick(text, node.key[0], node.entry_ids)
        for x0, y0, x1, y1, link in arrows:
            if x0 <= x <= x1:
                along = y0 + (y1 - y0) * (x - x0) / (x1 - x0)
                if abs(y - along) <= 0.18:
                    text = t(QT_TRANSLATE_NOOP("Charts", "{source} → {target}: {count}")).format(
                        source=link.source.label, target=link.target.label, count=moments(link.count, t))
                    return pick(text, link.target.key[0] or link.source.key[0], link.entry_ids)
        return None

    return finder


def chain_text(chain: Chain, translate: Translate = same) -> str:
    """'abandonment fear → “They'll leave” → kept checking → Sam: went quiet → Repaired (14 moments)'."""
    t = translate
    words = [_node_label(i, chain, s, chain.person is not None, t) for i, s in enumerate(chain.steps)]
    return t(QT_TRANSLATE_NOOP("Charts", "{steps} ({count})")).format(steps=" → ".join(words),
                                                                     count=moments(chain.count, t))


def build_chains(chains: Sequence[Chain], date_range: DateRange | None = None, theme: ChartTheme = LIGHT,
                 translate: Translate = same, title: str | None = None) -> tuple[Figure, str]:
    """The chain diagram as a figure of its own, and its text alternative (each chain in words)."""
    t = translate
    heading = title if title is not None else t(CHAINS_TITLE)
    if not chains:
        return message_figure(theme, heading, t(NO_CHAINS))
    fig = new_figure(theme, (8.0, 4.2))
    ax = fig.add_subplot()
    ax.set_title(heading, color=theme.text, loc="left", fontsize=theme.size(12))
    set_finder(ax, draw_chains(ax, chains, date_range, theme, t))
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}: {chains}.")).format(
        title=heading, chains="; ".join(chain_text(c, t) for c in chains))
    return fig, alt


# -- beliefs over time ------------------------------------------------------------------------------------------
def _monthly(points: Sequence[BeliefPoint]) -> list[tuple[date, float, tuple[int, ...]]]:
    """The ratings' mean per month, dated the 15th, with the entries of each."""
    months: dict[date, list[BeliefPoint]] = {}
    for p in points:
        months.setdefault(p.day.replace(day=15), []).append(p)
    return [(day, sum(p.strength for p in ps) / len(ps), tuple(p.entry_id for p in ps))
            for day, ps in sorted(months.items())]


def _rating_text(belief: str, day: date, strength: float, t: Translate, later: bool = False) -> str:
    text = (QT_TRANSLATE_NOOP("Charts", "“{belief}”, {day}: {strength}% true when rated again") if later
            else QT_TRANSLATE_NOOP("Charts", "“{belief}”, {day}: {strength}% true"))
    return t(text).format(belief=belief, day=day_text(day), strength=i18n.number(strength))


def _mean_text(belief: str, day: date, strength: float, n: int, t: Translate) -> str:
    return ntrans("Charts", "“{belief}”, {month}: {strength}% true on average over %n rating(s)", n, belief=belief,
                  month=i18n.month_year(day), strength=i18n.number(strength))


def _month_end(day: date) -> date:
    nxt = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def _date_axis(ax: Axes, theme: ChartTheme) -> None:
    """Days (as ordinals) on the x axis, labelled the language's way."""
    def label(value: float, _pos: object) -> str:
        if not 1 <= value <= date.max.toordinal():
            return ""
        return i18n.short_date(date.fromordinal(round(value)))

    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(label))
    ax.tick_params(axis="x", labelsize=theme.size(9))


Dot = tuple[float, float, str, tuple[int, ...], date]  # x, y, hover text, entries, day


def draw_beliefs(ax: Axes, beliefs: Sequence[BeliefTrend], theme: ChartTheme = LIGHT, translate: Translate = same,
                 limit: int = MOST_BELIEFS) -> Finder:
    """A line per belief (the most rated `limit`): how true it felt in each moment, its trend dashed, later
    re-ratings as open circles. Returns the finder (a point: its day, strength and entry)."""
    t = translate
    shown = [b for b in beliefs if b.points][:limit]
    points: list[Dot] = []
    days = [d.toordinal() for b in shown for d in (b.points[0].day, b.points[-1].day, *(p.day for p in b.after))]
    for i, belief in enumerate(shown):
        colour = OKABE_ITO[i % len(OKABE_ITO)]
        drawn: list[Dot]
        raw: list[Dot] = [(p.day.toordinal(), float(p.strength), _rating_text(belief.text, p.day, p.strength, t),
                           (p.entry_id,), p.day) for p in belief.points] if len(belief.points) <= MOST_DOTS else []
        if len(belief.points) <= FEW_POINTS:
            drawn = raw
        else:
            drawn = [(d.toordinal(), v, _mean_text(belief.text, d, v, len(ids), t), ids, d)
                     for d, v, ids in _monthly(belief.points)]
            if raw:
                ax.plot([r[0] for r in raw], [r[1] for r in raw], linestyle="none", marker="o", color=colour,
                        markersize=2.5 * theme.scale, alpha=0.35)
                points += raw
        ax.plot([d[0] for d in drawn], [d[1] for d in drawn], color=colour, linewidth=1.8, marker="o",
                markersize=4 * theme.scale, label=_box_text(belief.text).replace("\n", " "))
        if belief.start is not None and belief.end is not None and len(belief.points) > 1:
            ax.plot([belief.points[0].day.toordinal(), belief.points[-1].day.toordinal()],
                    [belief.start, belief.end], color=colour, linewidth=1.2, linestyle="--", alpha=0.8)
        if belief.after:
            ax.plot([p.day.toordinal() for p in belief.after], [p.strength for p in belief.after], linestyle="none",
                    marker="o", markersize=5 * theme.scale, markerfacecolor="none", markeredgecolor=colour)
        points += drawn
        points += [(p.day.toordinal(), p.strength, _rating_text(belief.text, p.day, p.strength, t, later=True),
                    (p.entry_id,), p.day) for p in belief.after]
    ax.set_ylim(-4, 104)
    if days:
        lo, hi = min(days), max(days)
        pad = max(2, (hi - lo) * 0.04)
        ax.set_xlim(lo - pad, hi + pad)
    ax.yaxis.set_major_formatter(PercentFormatter(100, decimals=0))
    _date_axis(ax, theme)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    span = (max(days) - min(days)) if days else 1

    def finder(x: float, y: float) -> Hit | None:
        tolerance = max(1.5, span * 0.02)
        near = [(abs(px - x) / tolerance + abs(py - y) / 6, px, py, text, ids, day) for px, py, text, ids, day
                in points if abs(px - x) <= tolerance and abs(py - y) <= 6]
        if not near:
            return None
        _, _px, _py, label, ids, day = min(near, key=lambda p: p[0])
        end = day if len(ids) == 1 else _month_end(day)
        return Hit(label, Pick("cycle-beliefs", day.replace(day=1) if len(ids) > 1 else day, end, label=label,
                               entry_ids=ids))

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
            parts.append(t(QT_TRANSLATE_NOOP("Charts", "“{belief}” {strength}% ({n})")).format(
                belief=b.text, strength=b.points[0].strength, n=n))
    return "; ".join(parts)


def build_beliefs(beliefs: Sequence[BeliefTrend], theme: ChartTheme = LIGHT, translate: Translate = same,
                  title: str | None = None) -> tuple[Figure, str]:
    t = translate
    heading = title if title is not None else t(BELIEFS_TITLE)
    if not any(b.points for b in beliefs):
        return message_figure(theme, heading, t(NO_BELIEFS))
    fig = new_figure(theme, (8.0, 3.6))
    ax = styled_axes(fig, theme, heading, "", t(QT_TRANSLATE_NOOP("Charts", "How true it felt")))
    set_finder(ax, draw_beliefs(ax, beliefs, theme, t))
    handles = [line for line in ax.get_lines() if not str(line.get_label()).startswith("_")]
    legend_below(fig, theme, handles, [str(h.get_label()) for h in handles])
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}: {beliefs}.")).format(title=heading,
                                                                      beliefs=beliefs_text(beliefs, t))
    return fig, alt


# -- time to repair ---------------------------------------------------------------------------------------------
def _hours_text(hours: float) -> str:
    if hours < 48:
        return ntrans("Charts", "%n hour(s)", max(1, round(hours)))
    return ntrans("Charts", "%n day(s)", round(hours / 24))


def draw_repair(ax: Axes, people: Sequence[PersonCycle], date_range: DateRange, theme: ChartTheme = LIGHT,
                translate: Translate = same) -> Finder:
    """A line per person: the median hours until a later entry repaired a moment, per bucket of the range (the
    line stops where there was none). Returns the finder (a point: its bucket, median and the repaired moments)."""
    t = translate
    shown = [c for c in people if c.repair_series is not None and c.repair.points]
    points: list[tuple[int, float, PersonCycle, tuple[int, ...]]] = []
    series = shown[0].repair_series if shown else None
    for i, cycle in enumerate(shown):
        s = cycle.repair_series
        assert s is not None
        colour = OKABE_ITO[i % len(OKABE_ITO)]
        kept = [(k, v) for k, v in enumerate(s.median_hours) if v is not None]
        ax.plot([k for k, _v in kept], [v for _k, v in kept], color=colour, linewidth=1.8, marker="o",
                markersize=4.5 * theme.scale, label=cycle.name)
        in_bucket: dict[int, list[int]] = {}  # the repaired moments of each bucket (once, not per bucket)
        for p in cycle.repair.points:
            in_bucket.setdefault(max(bisect_right(s.starts, p.day) - 1, 0), []).append(p.entry_id)
        for k, v in enumerate(s.median_hours):
            if v is not None:
                points.append((k, v, cycle, tuple(in_bucket.get(k, ()))))
    if series is not None:
        time_ticks(ax, series.bucket, series.starts)
        ax.set_xlim(-0.6, len(series.starts) - 0.4)
    top = max((v for _k, v, _c, _ids in points), default=24)
    ax.set_ylim(0, top * 1.12 + 1)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)

    def finder(x: float, y: float) -> Hit | None:
        tolerance_y = (top * 1.12 + 1) * 0.06
        near = [(abs(k - x) + abs(v - y) / tolerance_y, k, v, c, ids) for k, v, c, ids in points
                if abs(k - x) <= 0.4 and abs(v - y) <= tolerance_y]
        if not near or series is None:
            return None
        _, k, v, cycle, ids = min(near, key=lambda p: p[0])
        start = series.starts[k]
        end = bucket_end(series.bucket, start, date_range.end)
        text = ntrans("Charts", "{person}, {when}: half of %n repair(s) came within {time}", len(ids),
                      person=cycle.name, when=bucket_label(series.bucket, start, long=True, translate=t),
                      time=_hours_text(v))
        return Hit(text, Pick("cycle-repair", start, end, person=cycle.name, label=text, entry_ids=ids))

    return finder


def repair_text(people: Sequence[PersonCycle], translate: Translate = same) -> str:
    parts = []
    for cycle in people:
        median = cycle.repair.median_hours
        if median is None:
            continue
        parts.append(ntrans("Charts", "with {person}, half of %n repair(s) came within {time}",
                            len(cycle.repair.points), person=cycle.name, time=_hours_text(median)))
    return "; ".join(parts)


def build_repair(people: Sequence[PersonCycle], date_range: DateRange, theme: ChartTheme = LIGHT,
                 translate: Translate = same, title: str | None = None) -> tuple[Figure, str]:
    t = translate
    heading = title if title is not None else t(REPAIR_TITLE)
    shown = [c for c in people if c.repair_series is not None and c.repair.points]
    if not shown:
        return message_figure(theme, heading, t(NO_REPAIRS))
    series = shown[0].repair_series
    assert series is not None
    fig = new_figure(theme, (8.0, 3.6))
    ax = styled_axes(fig, theme, heading, starting(series.bucket, t),
                     t(QT_TRANSLATE_NOOP("Charts", "Hours (median)")))
    set_finder(ax, draw_repair(ax, shown, date_range, theme, t))
    handles = [line for line in ax.get_lines() if not str(line.get_label()).startswith("_")]
    legend_below(fig, theme, handles, [str(h.get_label()) for h in handles])
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}: {people}.")).format(title=heading, people=repair_text(shown, t))
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
