"""After a theme switch the guidance panel's "Browse all guidance…" and "If you are in crisis" links take the
new theme's colours: drawn text stays readable on the new background (they used to keep the old colour)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journal_app.ui.common.theme import apply_appearance

pytestmark = pytest.mark.gui
R = QPalette.ColorRole


@pytest.fixture
def app(qapp):
    yield qapp
    apply_appearance(qapp, "system", 100)
    QApplication.processEvents()


def _lightness_range(widget) -> tuple[int, int]:
    image = widget.grab().toImage()
    values = [image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())]
    return min(values), max(values)


@pytest.mark.parametrize("order", [("light", "dark", "light"), ("dark", "light", "dark"), ("system", "dark")])
def test_links_follow_the_theme(app, window, qtbot, order):
    panel = window.guidance.panel
    window.resize(1200, 780)
    window.new_action.trigger()
    qtbot.waitUntil(panel.isVisible)
    for theme in order:
        apply_appearance(app, theme, 100)
        QApplication.processEvents()
        background = panel.palette().color(R.Window)
        for link in (panel.library_link, panel.crisis_link):
            text = link.palette().color(R.ButtonText)
            assert abs(text.lightness() - background.lightness()) > 120, (theme, link.text(), text.name())
            darkest, lightest = _lightness_range(link)
            if theme == "dark":
                assert lightest > 180, (theme, link.text())  # light letters on the dark panel
            elif theme == "light":
                assert darkest < 80, (theme, link.text())  # dark letters on the light panel
