"""Themes and text size: system -> dark -> light -> system changes the application palette and comes back to
exactly the colours it started with; the text size scales the starting font and returns; the palettes are
complete and readable; the Patterns chart redraws in the new colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from journal_app.ui.common.theme import DARK, LIGHT, apply_appearance, is_dark, make_palette

pytestmark = pytest.mark.gui
R, G = QPalette.ColorRole, QPalette.ColorGroup


@pytest.fixture
def app(qapp):
    """The application, put back to the system look and its own text size afterwards."""
    yield qapp
    apply_appearance(qapp, "system", 100)
    QApplication.processEvents()


def window_lightness(app) -> int:
    return app.palette().color(R.Window).lightness()


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_system_dark_light_system_switches_the_palette_and_back(app):
    apply_appearance(app, "system", 100)
    start = {role: app.palette().color(role).name() for role in (R.Window, R.WindowText, R.Base, R.Highlight)}
    start_style = app.style().name()
    apply_appearance(app, "dark", 100)
    assert window_lightness(app) < 60 and is_dark(app.palette())
    assert app.style().baseStyle().name().lower() == "fusion"  # Fusion, its tick boxes outlined (ClearIndicators)
    apply_appearance(app, "light", 100)
    assert window_lightness(app) > 200 and not is_dark(app.palette())
    apply_appearance(app, "dark", 100)
    apply_appearance(app, "system", 100)
    assert {role: app.palette().color(role).name() for role in start} == start
    assert app.style().name() == start_style


def test_text_size_scales_the_starting_font_and_returns(app):
    apply_appearance(app, "system", 100)
    base = app.font().pointSizeF()
    apply_appearance(app, "light", 150)
    assert app.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    apply_appearance(app, "light", 150)  # applying again does not grow it again
    assert app.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    apply_appearance(app, "dark", 75)
    assert app.font().pointSizeF() == pytest.approx(base * 0.75, abs=0.1)
    apply_appearance(app, "system", 100)
    assert app.font().pointSizeF() == pytest.approx(base)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palettes_are_complete_and_readable(theme):
    palette = make_palette(theme)
    colours = DARK if theme == "dark" else LIGHT
    for role in colours:
        assert palette.color(G.Active, role) == palette.color(G.Inactive, role)
    for fg, bg in ((R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button), (R.Text, R.AlternateBase),
                   (R.ToolTipText, R.ToolTipBase)):
        assert contrast(palette.color(fg), palette.color(bg)) >= 7, (fg, bg)
    assert contrast(palette.color(R.HighlightedText), palette.color(R.Highlight)) >= 4.5
    assert contrast(palette.color(R.Link), palette.color(R.Base)) >= 4.5
    assert contrast(palette.color(R.PlaceholderText), palette.color(R.Base)) >= 4.5
    # disabled text is visibly fainter than enabled text, but still there
    for role in (R.Text, R.WindowText, R.ButtonText):
        enabled = contrast(palette.color(G.Active, role), palette.color(G.Active, R.Window))
        disabled = contrast(palette.color(G.Disabled, role), palette.color(G.Active, R.Window))
        assert 2 <= disabled < enabled
    assert is_dark(palette) is (theme == "dark")


def test_the_patterns_chart_redraws_in_dark_colours(qtbot, app):
    from journal_app.ui.patterns.patterns_view import PatternsView
    from tests.charts.test_charts import make_report
    from tests.ui.patterns.test_patterns_view import Source

    apply_appearance(app, "light", 100)
    view = PatternsView(Source(make_report()))
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    light_face = view.chart.figure.get_facecolor()
    assert sum(light_face[:3]) > 2.4
    apply_appearance(app, "dark", 100)
    qtbot.waitUntil(lambda: sum(view.chart.figure.get_facecolor()[:3]) < 0.6, timeout=1000)
    from matplotlib.colors import to_rgb

    label = view.chart.figure.axes[0].xaxis.label
    assert sum(to_rgb(label.get_color())) > 2.4, "light text on the dark chart"
    figure = view.chart.figure
    apply_appearance(app, "dark", 120)  # same colours: no needless redraw
    QApplication.processEvents()
    assert view.chart.figure is figure


def test_icons_follow_the_theme(app):
    from journal_app.ui.common.icons import icon

    def darkest_pixel() -> int:
        image = icon("search").pixmap(48).toImage()
        return min(image.pixelColor(x, y).lightness() for x in range(48) for y in range(48)
                   if image.pixelColor(x, y).alpha() == 255)

    apply_appearance(app, "light", 100)
    on_light = darkest_pixel()
    apply_appearance(app, "dark", 100)
    on_dark = darkest_pixel()
    assert on_light < 110 and on_dark > 170


def test_an_unticked_box_stays_visible_in_the_dark_theme(app, qtbot):
    """Fusion outlines tick boxes a shade darker than the window; on dark colours ours get a light outline."""
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    apply_appearance(app, "dark", 100)
    box = QCheckBox("Withdrawal")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    r = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    edge = ([(x, r.top()) for x in range(r.left(), r.right() + 1)]
            + [(r.left(), y) for y in range(r.top(), r.bottom() + 1)])
    background = app.palette().color(R.Window).lightness()
    # the box's own outline stands out (plain Fusion draws it darker than the window: -7 here)
    assert max(image.pixelColor(x, y).lightness() for x, y in edge) - background > 60
