"""The cycle's chain diagram (issue 20): the chains that come back most often, left to right: trigger -> what I told
myself -> what I did -> what they did -> how it ended, one box per step (the same step of several chains is one
box) and on each arrow how many of the moments drawn took it. A click on a box or an arrow picks exactly its
entries (Pick.entry_ids). Drawn fast (issue 17, the Patterns budget): the boxes are one collection and the arrows
another (their heads shaped in pixels when drawn), the axes have no ticks to measure, and the figure is laid out
by hand (charts/cycle_layout.py); at a large text size the boxes' words shrink to fit their boxes."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.collections import PatchCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch
from matplotlib.text import Text
from matplotlib.ticker import NullLocator
from matplotlib.transforms import IdentityTransform, Transform

from journal_app.charts.base import (
    LIGHT,
    ChartTheme,
    Finder,
    Hit,
    Pick,
    Translate,
    message_figure,
    moments,
    same,
    set_finder,
)
from journal_app.charts.cycle_layout import TITLE_PAD, CycleFigure, tickless_axes
from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import Chain, Step

COLUMNS = (
    QT_TRANSLATE_NOOP("Charts", "Trigger"),
    QT_TRANSLATE_NOOP("Charts", "What you told yourself"),
    QT_TRANSLATE_NOOP("Charts", "What you did"),
    QT_TRANSLATE_NOOP("Charts", "What they did"),
    QT_TRANSLATE_NOOP("Charts", "How it ended"),
)
# The same columns in the summary, the client's own hand-off to their therapist: there the diagram says "I", as the
# summary's tables beside it do ("What I told myself"); on screen the app speaks to the client ("you").
SUMMARY_COLUMNS = (
    COLUMNS[0],
    QT_TRANSLATE_NOOP("Charts", "What I told myself"),
    QT_TRANSLATE_NOOP("Charts", "What I did"),
    COLUMNS[3],
    COLUMNS[4],
)
COLUMN_COLOURS = ("#D55E00", "#CC79A7", "#0072B2", "#009E73", "#E69F00")
CHAINS_TITLE = QT_TRANSLATE_NOOP("Charts", "The chains that came back most often")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Charts", "(not written)")
NOBODY = QT_TRANSLATE_NOOP("Charts", "(nobody named)")
NO_CHAINS = QT_TRANSLATE_NOOP("Charts", "No moments with a trigger in this period yet. Once there are, the chains "
                                        "they follow show here.")
BOX_WIDTH = 0.78  # of a column's width
BOX_HEIGHT = 0.72  # of a row's height
WRAP = 18  # characters per line in a box
TITLE_WRAP = 16  # characters per line in a column's title
BOX_LINES = 3
BOX_POINTS = 8.5  # the boxes' and the counts' text at a text scale of 1
TITLE_POINTS = 9.0  # the columns' titles
FILL = 0.92  # of a box's (a column's) width and height its words may take


@dataclass(frozen=True)
class Node:
    """A box: one step (column, key) of one or more chains; in the "what they did" column also the person."""

    column: int
    key: tuple[str | None, str | None]  # (person in the "they" column else None, the step's key)
    label: str
    count: int  # moments of the drawn chains through it
    sources: tuple[tuple[int, ...], ...] = field(compare=False, repr=False)  # the entries of each chain through it
    row: int = 0  # its place in its column, 0 at the top

    @cached_property
    def entry_ids(self) -> tuple[int, ...]:
        """Its entries, oldest first (worked out when first asked for: a click, not every drawing)."""
        return _ids(self.sources)


@dataclass(frozen=True)
class Link:
    """An arrow between boxes of neighbouring columns: how many moments of the drawn chains took it, and which."""

    source: Node
    target: Node
    count: int
    sources: tuple[tuple[int, ...], ...] = field(compare=False, repr=False)

    @cached_property
    def entry_ids(self) -> tuple[int, ...]:
        """The entries of the moments that took it, oldest first (worked out when first asked for)."""
        return _ids(self.sources)


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


def _merge(ids: dict[object, list[tuple[int, ...]]], key: object, more: tuple[int, ...]) -> None:
    ids.setdefault(key, []).append(more)


def diagram(chains: Sequence[Chain], translate: Translate = same) -> Diagram:
    """The boxes and arrows of these chains: one box per step shared by several chains (per person in the "what
    they did" column), ordered in each column by how many moments go through it; an arrow's count is the sum of
    the chains that take it."""
    t = translate
    with_person = len({c.person for c in chains}) > 1
    labels: dict[tuple[int, tuple[str | None, str | None]], str] = {}
    counts: dict[tuple[int, tuple[str | None, str | None]], int] = {}
    ids: dict[object, list[tuple[int, ...]]] = {}
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
            nodes[key] = Node(column, key[1], labels[key], counts[key], tuple(ids[key]), row)
    links = tuple(Link(nodes[a], nodes[b], n, tuple(ids[(a, b)])) for (a, b), n in link_counts.items())
    rows = max((n.row + 1 for n in nodes.values()), default=0)
    return Diagram(tuple(nodes.values()), links, rows, tuple(chains))


def _barycentre(key: object, placed: dict[object, Node], link_counts: dict[tuple[object, object], int]) -> float:
    """Where a box goes in its column: the mean row of the boxes its arrows come from, weighted by their counts
    (0 in the first column), so arrows cross as little as they can."""
    weights = [(placed[a].row, n) for (a, b), n in link_counts.items() if b == key and a in placed]
    total = sum(n for _row, n in weights)
    return sum(row * n for row, n in weights) / total if total else 0.0


def _ids(sources: Sequence[Sequence[int]]) -> tuple[int, ...]:
    return tuple(sorted(set().union(*sources)))


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
    return _draw(ax, chains, date_range, theme, translate)[0]


def _draw(ax: Axes, chains: Sequence[Chain], date_range: DateRange | None, theme: ChartTheme,
          t: Translate, columns: Sequence[str] = COLUMNS) -> tuple[Finder, _Words]:
    d = diagram(chains, t)
    ax.set_axis_off()
    ax.set_facecolor(theme.background)
    ax.set_xlim(-0.5, len(COLUMNS) - 0.5)
    ax.set_ylim(0, max(d.rows, 1) + 0.6)
    for axis in (ax.xaxis, ax.yaxis):  # no ticks to make (an axis off still makes them when asked for its parts)
        axis.set_major_locator(NullLocator())
    words = _Words(ax)
    for column, title in enumerate(columns):  # on two lines when long: German's titles ran into each other
        text = ax.text(column, max(d.rows, 1) + 0.3, textwrap.fill(t(title), TITLE_WRAP), ha="center",
                       va="center", color=theme.text, fontsize=theme.size(TITLE_POINTS), fontweight="bold",
                       linespacing=1.1, in_layout=False)
        words.titles.append((text, 1.0, 0.55))
    boxes = _draw_boxes(ax, d, theme, words)
    arrows = _draw_arrows(ax, d, theme)
    return _diagram_finder(boxes, arrows, date_range, t), words


@dataclass
class _Words:
    """The diagram's words, each with the room it has in data units (width, height): `fit` shrinks a group's
    text (the boxes', the columns' titles) to fit its room, when a large text size would overflow it."""

    ax: Axes
    titles: list[tuple[Text, float, float]] = field(default_factory=list)
    boxes: list[tuple[Text, float, float]] = field(default_factory=list)

    def fit(self, scale: float, renderer: RendererBase) -> None:
        (x0, x1), (y0, y1) = self.ax.get_xlim(), self.ax.get_ylim()
        per_x, per_y = self.ax.bbox.width / (x1 - x0), self.ax.bbox.height / (y1 - y0)
        for group, points in ((self.titles, TITLE_POINTS), (self.boxes, BOX_POINTS)):
            wanted = round(points * scale, 2)
            ratio = 1.0
            for text, width, height in group:
                text.set_fontsize(wanted)
                box = text.get_window_extent(renderer)
                if box.width > 0 and box.height > 0:
                    ratio = min(ratio, width * per_x * FILL / box.width, height * per_y * FILL / box.height)
            if ratio < 1:
                for text, _width, _height in group:
                    text.set_fontsize(max(wanted * ratio, wanted * 0.5))


def _draw_boxes(ax: Axes, d: Diagram, theme: ChartTheme, words: _Words) -> list[tuple[float, float, float, Node]]:
    """The boxes, one collection, and their words; returns (x, y, half height, node) of each."""
    half_w = BOX_WIDTH / 2
    boxes: list[tuple[float, float, float, Node]] = []
    shapes = []
    for node in d.nodes:
        x, y = _centre(d, node)
        in_column = sum(1 for n in d.nodes if n.column == node.column)
        half_h = min(BOX_HEIGHT * d.rows / in_column, 1.1) / 2
        written = node.key[1] is not None
        shapes.append(FancyBboxPatch(
            (x - half_w, y - half_h), BOX_WIDTH, 2 * half_h, boxstyle="round,pad=0,rounding_size=0.06",
            facecolor=theme.mix(0.06), edgecolor=COLUMN_COLOURS[node.column] if written else theme.mix(0.4),
            linewidth=1.6 if written else 1.0, linestyle="-" if written else "--", mutation_aspect=0.5))
        text = ax.text(x, y, _box_text(node.label), ha="center", va="center", color=theme.text,
                       fontsize=theme.size(BOX_POINTS), linespacing=1.1, in_layout=False)
        words.boxes.append((text, BOX_WIDTH, 2 * half_h))
        boxes.append((x, y, half_h, node))
    collection = PatchCollection(shapes, match_original=True, zorder=1)
    collection.set_in_layout(False)
    ax.add_collection(collection, autolim=False)
    return boxes


def _draw_arrows(ax: Axes, d: Diagram, theme: ChartTheme) -> list[tuple[float, float, float, float, Link]]:
    """The arrows, one collection, and their counts; returns (x0, y0, x1, y1, link) of each."""
    heaviest = max((link.count for link in d.links), default=1)
    half_w = BOX_WIDTH / 2
    arrows: list[tuple[float, float, float, float, Link]] = []
    placed: list[tuple[float, float]] = []
    for link in d.links:
        x0, y0 = _centre(d, link.source)
        x1, y1 = _centre(d, link.target)
        x0, x1 = x0 + half_w, x1 - half_w
        lx, ly = _label_place(x0, y0, x1, y1, placed)
        ax.text(lx, ly, i18n.number(link.count), ha="center", va="center", in_layout=False, zorder=3,
                color=theme.text, fontsize=theme.size(BOX_POINTS),
                bbox={"boxstyle": "round,pad=0.2", "facecolor": theme.background, "edgecolor": theme.mix(0.3),
                      "linewidth": 0.6})
        arrows.append((x0, y0, x1, y1, link))
    shapes = _Arrows(ax.transData, [(x0, y0, x1, y1) for x0, y0, x1, y1, _link in arrows],
                     [1.0 + 4.0 * link.count / heaviest for link in d.links], theme.mix(0.55))
    ax.add_collection(shapes, autolim=False)
    return arrows


class _Arrows(PolyCollection):
    """Arrows from (x0, y0) to (x1, y1) in data coordinates, each `width` points thick and with a head in
    proportion (as FancyArrowPatch's "-|>" at a mutation scale of 8 + 2 × width, 1 point short of its end), each
    one polygon: shaped in pixels when drawn, so a head keeps its shape whatever the axes' size."""

    def __init__(self, data: Transform, ends: Sequence[tuple[float, float, float, float]], widths: Sequence[float],
                 colour: tuple[float, float, float]) -> None:
        super().__init__([], facecolors=[colour], edgecolors="none", linewidths=0, zorder=2)
        self._data = data
        self._ends = np.asarray(ends, dtype=float).reshape(-1, 4)
        self._widths = list(widths)
        self.set_transform(IdentityTransform())
        self.set_in_layout(False)

    def draw(self, renderer: RendererBase) -> None:
        pt = float(np.asarray(renderer.points_to_pixels(1.0)))
        starts = self._data.transform(self._ends[:, :2])
        tips = self._data.transform(self._ends[:, 2:])
        shapes = []
        for (sx, sy), (tx, ty), width in zip(starts, tips, self._widths, strict=True):
            length = float(np.hypot(tx - sx, ty - sy))
            if length <= 0:
                continue
            ux, uy = (tx - sx) / length, (ty - sy) / length
            nx, ny = -uy, ux
            scale = (8 + 2 * width) * pt
            tx, ty = tx - ux * pt, ty - uy * pt  # 1 point short
            head, half_head, half = 0.4 * scale + width * pt / 2, 0.2 * scale + width * pt / 2, width * pt / 2
            bx, by = tx - ux * head, ty - uy * head
            shapes.append([(sx + nx * half, sy + ny * half), (bx + nx * half, by + ny * half),
                           (bx + nx * half_head, by + ny * half_head), (tx, ty),
                           (bx - nx * half_head, by - ny * half_head), (bx - nx * half, by - ny * half),
                           (sx - nx * half, sy - ny * half)])
        self.set_verts(shapes)
        super().draw(renderer)

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
                 translate: Translate = same, title: str | None = None,
                 columns: Sequence[str] = COLUMNS) -> tuple[Figure, str]:
    """The chain diagram as a figure of its own, and its text alternative (each chain in words); `columns`: the
    columns' titles (SUMMARY_COLUMNS in the summary)."""
    t = translate
    heading = title if title is not None else t(CHAINS_TITLE)
    if not chains:
        return message_figure(theme, heading, t(NO_CHAINS))
    fig = CycleFigure(theme, (8.0, 4.2))
    ax = tickless_axes(fig)
    ax.set_title(heading, color=theme.text, loc="left", fontsize=theme.size(12), y=1.0, pad=TITLE_PAD)
    finder, words = _draw(ax, chains, date_range, theme, t, columns)
    set_finder(ax, finder)
    fig.before_draw = lambda renderer: words.fit(fig.scale, renderer)
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}: {chains}.")).format(
        title=heading, chains="; ".join(chain_text(c, t) for c in chains))
    return fig, alt




__all__ = ["BOX_WIDTH", "COLUMNS", "SUMMARY_COLUMNS", "Diagram", "Link", "Node", "build_chains", "chain_text",
           "diagram", "draw_chains"]
