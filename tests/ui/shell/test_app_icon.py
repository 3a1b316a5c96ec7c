"""The app icon (journal_app/resources/icons/journal-app.svg) draws with Qt's own SVG renderer, at menu and
panel sizes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ICON = Path(__file__).resolve().parents[3] / "journal_app" / "resources" / "icons" / "journal-app.svg"
SVG = "{http://www.w3.org/2000/svg}"
# SVG Tiny 1.2 shapes and paint servers, which QtSvg draws; filters, masks, clip paths, patterns,
# text and embedded images are left out or drawn differently by other renderers.
ALLOWED = {"svg", "title", "desc", "defs", "g", "rect", "circle", "ellipse", "path", "polygon", "line",
           "linearGradient", "radialGradient", "stop"}


def test_the_icon_uses_only_plain_shapes():
    root = ET.parse(ICON).getroot()
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 128 128"
    used = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert used <= ALLOWED, used - ALLOWED


@pytest.mark.parametrize("size", [16, 48, 256])
def test_the_icon_renders(qapp, size):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QIcon, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    assert renderer.viewBox().width() == renderer.viewBox().height() == 128

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixels = [image.pixelColor(x, y) for y in range(size) for x in range(size)]
    covered = sum(1 for c in pixels if c.alpha() >= 128)
    assert covered > 0.55 * size * size  # a solid notebook, not a faint outline
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners stay see-through
    if size >= 48:  # the cover's Okabe-Ito blue and the orange heart are both there
        def near(colour: QColor, c: QColor) -> bool:
            return abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < 40

        assert any(near(QColor("#0072B2"), c) for c in pixels)
        assert any(near(QColor("#E69F00"), c) for c in pixels)

    pixmap = QIcon(str(ICON)).pixmap(size, size)
    assert not pixmap.isNull() and pixmap.width() == size
    assert not pixmap.toImage().allGray()
