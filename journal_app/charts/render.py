"""Charts drawn off the UI thread: a chart of the Patterns view built and drawn by Agg into an RGBA image, with
what hover and click need frozen beside it, so the window only paints a picture (issue 17, "never freeze").
No Qt and no pyplot: a matplotlib Figure and FigureCanvasAgg, on whichever thread calls.

- `ChartSpec` names a chart (a key of CHARTS, for a report, in a theme, with the calendar's colouring and the
  window's translation); `Chart.build(spec)` makes its figure and text alternative.
- `Chart.draw(width, height, ratio)` draws it at a size in logical pixels and a device pixel ratio (the image
  has width × ratio by height × ratio pixels; text keeps its size in logical pixels, as on a Qt canvas) and
  returns a `Picture`: the RGBA bytes, and for every axes its place in the image, its frozen data↔pixel
  transform and the builder's finder (journal_app/charts/base.py set_finder), so `Picture.hit(x, y)` answers
  what is under a point as `hit_at` does for a drawn figure, without matplotlib.
- A Chart is drawn again at another size or text size (a resize, a text-size change) and saved as PNG or SVG
  by one thread at a time (its lock): the window may ask for a new size while a save is still writing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, ClassVar, Protocol, cast

import matplotlib as mpl
import numpy as np
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.transforms import Affine2DBase

from journal_app.charts.base import LIGHT, ChartFigure, ChartTheme, Finder, Hit, Translate, finder_for, same
from journal_app.models.analytics_values import PatternReport

CHART_DPI = 100  # the figures' dots per inch at a device pixel ratio of 1 (charts/base.py new_figure)
Affine = tuple[float, float, float, float, float, float]  # a, b, c, d, e, f: (x, y) -> (a x + c y + e, b x + d y + f)


@dataclass(frozen=True)
class ChartSpec:
    """Which chart to build: `which` a key of charts.CHARTS for `report`, in `theme`, its text through
    `translate`; `by` colours the calendar ("entries" or "peak", as build_heatmap's `by`)."""

    report: PatternReport
    which: str
    theme: ChartTheme = LIGHT
    by: str = "entries"
    translate: Translate = same

    def build(self) -> tuple[Figure, str]:
        from journal_app import charts  # the package imports this module's neighbours, not this module

        if self.which == "heatmap":
            return charts.build_heatmap(self.report, self.theme, by=self.by, translate=self.translate)
        return charts.build(self.report, self.which, self.theme, self.translate)


class Spec(Protocol):
    """What a chart to build looks like: a ChartSpec, or a chart of the cycle (charts/cycle.py CycleSpec)."""

    @property
    def theme(self) -> ChartTheme: ...

    def build(self) -> tuple[Figure, str]: ...


@dataclass(frozen=True)
class Region:
    """One axes of a drawn chart: where it is in the image (device pixels, origin at the bottom left as in
    matplotlib), its zorder (the topmost answers, as matplotlib's `inaxes`), and its frozen transforms."""

    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1
    zorder: float
    to_data: Affine | None  # device pixels -> data coordinates (None: not a linear axes)
    to_pixels: Affine | None
    finder: Finder | None

    def contains(self, x: float, y: float) -> bool:
        x0, y0, x1, y1 = self.bounds
        return x0 <= x <= x1 and y0 <= y <= y1


def _apply(affine: Affine, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = affine
    return a * x + c * y + e, b * x + d * y + f


@dataclass(frozen=True)
class Picture:
    """A chart drawn: `rgba` holds height × width × 4 bytes (rows top to bottom), `width` and `height` in
    device pixels, `ratio` the device pixel ratio it was drawn for."""

    chart: Chart
    rgba: bytes
    width: int
    height: int
    ratio: float
    regions: tuple[Region, ...]
    scale: float  # the text scale it was drawn at (ChartTheme.scale)

    @property
    def alt_text(self) -> str:
        return self.chart.alt_text

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) in logical pixels."""
        return self.width / self.ratio, self.height / self.ratio

    def region_at(self, x: float, y: float) -> Region | None:
        """The topmost axes under (x, y), logical pixels from the top left (a tie: the last drawn)."""
        dx, dy = x * self.ratio, self.height - y * self.ratio
        under = [r for r in self.regions if r.contains(dx, dy)]
        if not under:
            return None
        top = max(r.zorder for r in under)
        return [r for r in under if r.zorder == top][-1]

    def hit(self, x: float, y: float) -> Hit | None:
        """What is under (x, y), logical pixels from the top left: a bar, a point, a day, a cell; or None."""
        region = self.region_at(x, y)
        if region is None or region.finder is None or region.to_data is None:
            return None
        data_x, data_y = _apply(region.to_data, x * self.ratio, self.height - y * self.ratio)
        return region.finder(data_x, data_y)

    def position(self, x: float, y: float, axes: int = 0) -> tuple[float, float]:
        """Where data point (x, y) of the chart's `axes`-th axes is, in logical pixels from the top left."""
        region = self.regions[axes]
        if region.to_pixels is None:
            raise ValueError("that axes has no linear transform")
        px, py = _apply(region.to_pixels, x, y)
        return px / self.ratio, (self.height - py) / self.ratio


class _Measurer(Protocol):
    """What is used of a renderer of Agg (matplotlib gives its methods no type hints)."""

    dpi: float

    def get_text_width_height_descent(self, s: str, prop: FontProperties, ismath: bool | str
                                      ) -> tuple[float, float, float]: ...


class _AggCanvas(Protocol):
    """What is used of FigureCanvasAgg (matplotlib gives its methods no type hints)."""

    def get_renderer(self) -> _Measurer: ...

    def draw(self) -> None: ...

    def buffer_rgba(self) -> memoryview: ...

    def get_width_height(self) -> tuple[int, int]: ...


class Chart:
    """A built figure and its text alternative (and the spec it was built from, if any). Drawn and saved by
    one thread at a time (its lock)."""

    def __init__(self, figure: Figure, alt_text: str, spec: Spec | None = None) -> None:
        self.figure, self.alt_text, self.spec = figure, alt_text, spec
        self.lock = threading.Lock()
        inches = figure.get_size_inches() * figure.dpi / CHART_DPI
        # the size the builder gave the figure, in logical pixels (before any drawing resizes it)
        self.natural_size = (float(inches[0]) * CHART_DPI, float(inches[1]) * CHART_DPI)

    @classmethod
    def build(cls, spec: Spec) -> Chart:
        figure, alt = spec.build()
        return cls(figure, alt, spec)

    @property
    def scale(self) -> float:
        """The text scale the figure is drawn at now."""
        return float(getattr(self.figure, "scale", 1.0))

    def draw(self, width: float, height: float, ratio: float = 1.0, scale: float | None = None) -> Picture:
        """Draw at `width` × `height` logical pixels for a device pixel ratio of `ratio`, the text at `scale`
        (None: as built; see ChartFigure.rescale)."""
        with self.lock:
            if scale is not None and isinstance(self.figure, ChartFigure):
                self.figure.rescale(scale)
            canvas = self._sized(width, height, ratio)
            _measure_remembered(canvas)
            canvas.draw()
            rgba = bytes(canvas.buffer_rgba())  # a copy: the renderer's buffer is drawn into again
            w, h = canvas.get_width_height()
            picture = Picture(self, rgba, w, h, ratio, _regions(self.figure), self.scale)
            _let_go_of_renderer(canvas, self.figure)
            return picture

    def save(self, stream: IO[bytes], kind: str, size: tuple[float, float], ratio: float = 1.0,
             metadata: dict[str, str] | None = None) -> None:
        """Write the chart as `kind` ("png" or "svg") at `size` logical pixels (as shown), in its own colours."""
        with self.lock:
            canvas = self._sized(*size, ratio)
            self.figure.savefig(stream, format=kind, facecolor=self.figure.get_facecolor(), metadata=metadata)
            _let_go_of_renderer(canvas, self.figure)

    def _sized(self, width: float, height: float, ratio: float) -> _AggCanvas:
        figure = self.figure
        agg = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
        canvas = cast(_AggCanvas, agg)
        ratio = ratio if ratio > 0 else 1.0
        figure.set_dpi(CHART_DPI * ratio)
        figure.set_size_inches(max(width, 1) / CHART_DPI, max(height, 1) / CHART_DPI, forward=False)
        return canvas


class _Metrics:
    """A renderer's text measure (RendererAgg.get_text_width_height_descent), remembered from draw to draw.

    matplotlib remembers each text's size per renderer, and each drawing makes a new one (_let_go_of_renderer):
    every text was laid out by FreeType twice on each drawing, once to measure it and once to draw it; measuring
    was some 40% of drawing the cycle's charts (issue 17). A text's size depends only on the text, the font, the
    dots per inch and the hinting, so plain text's is kept here across renderers (the newest 4,096), worked out
    when new by a renderer of one pixel at those dots per inch (this thread's: FreeType's fonts are per thread),
    not by the drawing's renderer, which this does not refer to (it goes when the canvas lets go of it)."""

    SIZE = 4096
    _known: ClassVar[dict[tuple[object, ...], tuple[float, float, float]]] = {}
    _local = threading.local()
    _lock = threading.Lock()

    def __init__(self, dpi: float) -> None:
        self.dpi = dpi

    def __call__(self, s: str, prop: FontProperties, ismath: bool | str) -> tuple[float, float, float]:
        if ismath:  # math text: measured each time, as Agg does
            return self._renderer().get_text_width_height_descent(s, prop, ismath)
        rc = mpl.rcParams
        key = (s, prop.copy(), font_manager.findfont(prop), self.dpi, rc["text.hinting"], rc["text.hinting_factor"],
               rc["text.kerning_factor"])
        found = self._known.get(key)
        if found is None:
            found = self._renderer().get_text_width_height_descent(s, prop, False)
            with self._lock:  # (workers draw at once)
                if len(self._known) >= self.SIZE:
                    self._known.pop(next(iter(self._known)), None)
                self._known[key] = found
        return found

    def _renderer(self) -> _Measurer:
        held: dict[float, _Measurer] = vars(self._local).setdefault("renderers", {})
        renderer = held.get(self.dpi)
        if renderer is None:
            renderer = held[self.dpi] = cast(Callable[[int, int, float], _Measurer], RendererAgg)(1, 1, self.dpi)
        return renderer


def _measure_remembered(canvas: _AggCanvas) -> None:
    """Make the renderer the canvas draws with next (Agg reuses it at the same size) measure text with _Metrics."""
    renderer = canvas.get_renderer()
    renderer.get_text_width_height_descent = _Metrics(float(renderer.dpi))  # type: ignore[method-assign]


def _let_go_of_renderer(canvas: _AggCanvas, figure: Figure) -> None:
    """Agg keeps its renderer, the whole image's pixels (megabytes), for the next draw at the same size, and each
    text drawn keeps a reference to it; a chart in the window is drawn again only when it is resized, and the
    picture holds the pixels already. Let go of it: the next draw, save or measure makes a new one."""
    agg = cast(FigureCanvasAgg, canvas)
    renderer = vars(agg).pop("renderer", None)
    agg._lastKey = None  # what get_renderer compares with: none is reused from now on
    if renderer is None:
        return
    artists = figure.findobj()
    for axes in figure.axes:  # ticks an axis keeps ready beyond those shown are not among its children
        for axis in (axes.xaxis, axes.yaxis):
            for tick in (*axis.majorTicks, *axis.minorTicks):
                artists += tick.findobj()
    for artist in artists:
        if vars(artist).get("_renderer") is renderer:  # (a text asked later for its size finds a new one)
            vars(artist)["_renderer"] = None


def _affine(m: np.ndarray) -> Affine:
    """The six numbers of a 3 × 3 affine matrix."""
    return float(m[0, 0]), float(m[1, 0]), float(m[0, 1]), float(m[1, 1]), float(m[0, 2]), float(m[1, 2])


def _regions(figure: Figure) -> tuple[Region, ...]:
    """Every visible axes as drawn just now (their transforms frozen), in drawing order."""
    out = []
    for ax in figure.get_axes():
        if not isinstance(ax, Axes) or not ax.get_visible():
            continue
        box, frozen = ax.bbox, ax.transData.frozen()  # linear axes freeze to an affine transform
        linear = frozen if isinstance(frozen, Affine2DBase) else None
        out.append(Region((float(box.x0), float(box.y0), float(box.x1), float(box.y1)), float(ax.get_zorder()),
                          _affine(np.linalg.inv(linear.get_matrix())) if linear else None,
                          _affine(linear.get_matrix()) if linear else None, finder_for(ax)))
    return tuple(out)


def render(spec: Spec, width: float | None = None, height: float | None = None, ratio: float = 1.0,
           step: Callable[[], None] = lambda: None) -> Picture:
    """Build `spec`'s chart and draw it at `width` × `height` logical pixels (None: the builder's own size);
    `step()` is called between building and drawing (a worker's chance to stop)."""
    chart = Chart.build(spec)
    step()
    natural_w, natural_h = chart.natural_size
    return chart.draw(width or natural_w, height or natural_h, ratio)
