"""Issue 17 (flat memory): a drawn chart does not keep Agg's renderer (the whole image's pixels again, beside the
picture's own and the window's), and drawing, saving and measuring its texts still work after it let go."""

from __future__ import annotations

import gc
import io
import weakref

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from journal_app import charts
from journal_app.charts.render import ChartSpec, render
from tests.charts.test_charts import make_report

REPORT = make_report(weeks=13)


@pytest.fixture
def made(monkeypatch):
    """Weak references to every renderer Agg makes meanwhile."""
    found: list[weakref.ref] = []
    real = FigureCanvasAgg.get_renderer

    def get_renderer(canvas):
        renderer = real(canvas)
        found.append(weakref.ref(renderer))
        return renderer

    monkeypatch.setattr(FigureCanvasAgg, "get_renderer", get_renderer)
    return found


def _alive(made: list[weakref.ref]) -> int:
    gc.collect()
    return sum(ref() is not None for ref in made)


@pytest.mark.parametrize("which", ["counts", "intensity"])  # (the calendar is not the same pixels drawn twice)
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_drawn_or_saved_chart_keeps_no_renderer(which, ratio, made):
    picture = render(ChartSpec(REPORT, which), 900, 450, ratio)
    assert made and _alive(made) == 0  # nothing holds it: its pixels went back
    figure = picture.chart.figure
    assert "renderer" not in vars(figure.canvas)
    assert not any(vars(artist).get("_renderer") is not None for artist in figure.findobj())
    again = picture.chart.draw(900, 450, ratio)
    assert again.rgba == picture.rgba  # drawn again the same, with a new renderer
    png = io.BytesIO()
    picture.chart.save(png, "png", picture.size, ratio)
    assert png.getvalue().startswith(b"\x89PNG") and _alive(made) == 0
    assert figure.axes[0].title.get_window_extent().width >= 0  # a text measured later finds a renderer


def test_every_chart_draws_without_keeping_its_renderer(made):
    pictures = [render(ChartSpec(REPORT, which), 600, 300) for which in charts.CHARTS]
    assert all(p.rgba for p in pictures) and len(made) >= len(pictures) and _alive(made) == 0
