"""charts/render.py: a chart built and drawn into an RGBA image with no Qt, and the geometry frozen beside it
answers hover and click exactly as matplotlib's own `inaxes` and `hit_at` do on the drawn figure."""

import io
import subprocess
import sys
import threading
from dataclasses import replace

import numpy as np
import pytest

from journal_app import charts
from journal_app.charts.render import Chart, ChartSpec, render
from tests.charts.test_charts import make_report

REPORT = make_report(weeks=13)


def matplotlib_hit(picture, x, y):
    """What matplotlib itself says is under (x, y) (logical pixels from the top left) of the drawn figure."""
    figure = picture.chart.figure
    dx, dy = x * picture.ratio, picture.height - y * picture.ratio
    axes = figure.canvas.inaxes((dx, dy))
    if axes is None:
        return None
    data_x, data_y = axes.transData.inverted().transform((dx, dy))
    return charts.hit_at(axes, data_x, data_y)


@pytest.mark.parametrize("which", list(charts.CHARTS))
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_frozen_geometry_answers_as_matplotlib_does(which, ratio):
    picture = render(ChartSpec(REPORT, which), 900, 450, ratio)
    assert (picture.width, picture.height) == (round(900 * ratio), round(450 * ratio))
    assert picture.size == (900, 450)
    answered = 0
    for x in range(0, 900, 9):
        for y in range(0, 450, 9):
            expected = matplotlib_hit(picture, x, y)
            assert picture.hit(x, y) == expected, (which, x, y)
            answered += expected is not None
    if which != "responses":  # the hand-built report notes nothing about what was done: a message, no points
        assert answered > 50, which


def test_the_image_is_the_figure_drawn_in_its_theme():
    dark = charts.ChartTheme("#202020", "#f0f0f0", 1.0)
    picture = render(ChartSpec(REPORT, "counts", dark), 800, 400)
    pixels = np.frombuffer(picture.rgba, dtype=np.uint8).reshape(picture.height, picture.width, 4)
    assert tuple(pixels[2, 2]) == (0x20, 0x20, 0x20, 255)  # the corner: the theme's background
    colours = {tuple(p) for p in pixels[::7, ::7].reshape(-1, 4)}
    assert (0xD5, 0x5E, 0x00, 255) in colours  # the first trigger's bars, in its own colour
    assert picture.alt_text.startswith("How often each trigger came up, per week")


def test_position_is_the_inverse_of_hit():
    picture = render(ChartSpec(REPORT, "counts"), 900, 450, 2.0)
    x, y = picture.position(1, 2.0)  # week 2, within push-pull's bar (1..3)
    assert picture.hit(x, y).text == "Push-pull, week of 10 Mar 2025: 2 moments"
    assert picture.hit(x, y).pick.trigger == "push-pull"


def test_the_calendar_colouring_and_the_translation_reach_the_figure():
    peak = render(ChartSpec(REPORT, "heatmap", by="peak", translate=lambda text: "»" + text), 800, 300)
    assert peak.chart.figure.axes[0].images[0].get_clim() == (0, 10)
    assert peak.chart.figure.axes[0].get_title(loc="left") == "»Your days at a glance (peak intensity)"
    assert "»Your days at a glance (peak intensity)" in peak.alt_text


def test_drawn_again_at_another_size_and_text_size_the_figure_is_the_same():
    chart = Chart.build(ChartSpec(REPORT, "counts"))
    small = chart.draw(600, 300)
    title = chart.figure.axes[0]._left_title.get_fontsize()
    large = chart.draw(1000, 500, 1.0, scale=1.5)
    assert large.chart is small.chart and large.size == (1000, 500) and large.scale == 1.5
    assert chart.figure.axes[0]._left_title.get_fontsize() == pytest.approx(title * 1.5)
    assert small.rgba != large.rgba and len(small.rgba) == 600 * 300 * 4  # the first picture is its own copy


def test_saving_while_another_thread_draws_gives_whole_files():
    chart = Chart.build(ChartSpec(REPORT, "heatmap"))
    pngs, errors = [], []

    def save():
        try:
            for _ in range(3):
                out = io.BytesIO()
                chart.save(out, "png", (700, 320))
                pngs.append(out.getvalue())
        except Exception as exc:  # pragma: no cover - the test says what went wrong
            errors.append(exc)

    other = threading.Thread(target=save)
    other.start()
    for width in (500, 900, 640):
        chart.draw(width, 300)
    other.join()
    assert not errors and len(pngs) == 3
    sizes = {_png_size(png) for png in pngs}
    assert sizes == {(700, 320)}  # the lock: a draw at another size never got in the middle of a save


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_an_svg_keeps_the_text():
    chart = Chart.build(ChartSpec(REPORT, "counts"))
    out = io.BytesIO()
    chart.save(out, "svg", (800, 400), metadata={"Title": chart.alt_text[:200]})
    svg = out.getvalue().decode()
    assert svg.startswith("<?xml") and "How often each trigger came up" in svg


def test_the_natural_size_is_the_builders():
    chart = Chart.build(ChartSpec(REPORT, "heatmap"))
    assert chart.natural_size == (800, 280)  # 8 x 2.8 in at 100 dots per inch
    picture = render(ChartSpec(REPORT, "heatmap"))
    assert picture.size == (800, 280)


def test_a_text_size_reaches_a_spec_built_anew():
    spec = ChartSpec(REPORT, "counts")
    larger = replace(spec, theme=replace(spec.theme, scale=2.0))
    assert render(larger, 800, 400).chart.figure.axes[0]._left_title.get_fontsize() == 24


def test_drawing_needs_no_qt():
    code = ("import sys; from journal_app.charts.render import ChartSpec, render; "
            "from tests.charts.test_charts import make_report; "
            "p = render(ChartSpec(make_report(), 'counts'), 400, 200); "
            "print(len(p.rgba), any(m.startswith('PySide6') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PATH": "", "MPLBACKEND": "agg", "PYTHONPATH": "."})
    assert done.stdout.split() == [str(400 * 200 * 4), "False"]


@pytest.mark.parametrize("dpi", [100.0, 200.0])
def test_remembered_text_sizes_are_those_agg_measures(dpi):
    """Text sizes are kept from drawing to drawing (render._Metrics): each is what a renderer of Agg measures,
    for plain text, at every size, weight and dots per inch, and for math text; drawn twice, a chart is the
    same pixels whether the sizes were remembered or not."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    from journal_app.charts import render as r

    agg = RendererAgg(300, 100, dpi)
    measure = r._Metrics(dpi)
    for text in ("Jan 2026", "How true each belief felt", "Wann es passiert ist", "“I'm too much”", "", "$x^2$"):
        for prop in (FontProperties(size=9), FontProperties(size=12.5, weight="bold")):
            math = text.startswith("$")
            for _again in range(2):
                assert measure(text, prop, math) == agg.get_text_width_height_descent(text, prop, math)


def test_remembered_text_sizes_are_few_and_draw_the_same_pixels(monkeypatch):
    from journal_app.charts import render as r

    first = render(ChartSpec(make_report(weeks=13), "counts"), 700, 350)
    monkeypatch.setattr(r._Metrics, "_known", {})  # forgotten: measured anew
    monkeypatch.setattr(r._Metrics, "SIZE", 5)
    again = render(ChartSpec(make_report(weeks=13), "counts"), 700, 350)
    assert again.rgba == first.rgba
    assert 0 < len(r._Metrics._known) <= 5
