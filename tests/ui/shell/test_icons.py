"""Icons: every one loads, renders sharp at 16 and 48 px (and at twice the pixel density), is a 24×24 line
drawing in the grey that reads on light and dark, and is fainter when disabled."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from journal_app.ui.common.icons import DRAWN, NAMES, icon, icons_dir

pytestmark = pytest.mark.gui


def ink(image) -> list[int]:
    """Alpha of every pixel that has any."""
    return [image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 0]


@pytest.mark.parametrize("name", NAMES)
def test_every_icon_loads_and_renders(qapp, name):
    i = icon(name)
    assert not i.isNull()
    for size in (16, 48):
        pixmap = i.pixmap(size)
        assert pixmap.size() == QSize(size, size)
        drawn = ink(pixmap.toImage())
        assert len(drawn) > size * 2, f"{name} at {size}px draws something"
        assert len(drawn) < size * size * 0.6, f"{name} at {size}px is a line drawing, not a blob"
    sharp = i.pixmap(QSize(24, 24), 2.0)
    assert sharp.devicePixelRatio() == 2.0 and sharp.width() == 48, "rendered at the screen's density"


@pytest.mark.parametrize("name", NAMES)
def test_icon_files_are_24px_line_drawings_in_one_grey(name):
    root = ET.parse(icons_dir() / f"{name}.svg").getroot()
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == DRAWN and root.get("fill") == "none"
    assert "currentColor" not in (icons_dir() / f"{name}.svg").read_text()


def test_disabled_icons_are_fainter(qapp):
    i = icon("lock")
    normal = max(ink(i.pixmap(48).toImage()))
    disabled = max(ink(i.pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()))
    assert disabled < normal * 0.6


def test_an_unknown_icon_is_an_error(qapp):
    with pytest.raises(KeyError):
        icon("no-such-icon")


def test_icons_survive_copies_and_garbage_collection(qapp):
    import gc

    copies = [QIcon(icon(name)) for name in NAMES]
    gc.collect()
    assert all(not c.pixmap(16).isNull() for c in copies)
