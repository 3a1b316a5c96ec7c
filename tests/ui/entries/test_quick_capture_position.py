"""Quick capture opens wholly on the screen, over the main window: also when the main window hangs off the
screen's edge (it used to open at a corner, or partly off-screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

pytestmark = pytest.mark.gui


def _opened(qtbot, window):
    quick = window.tray.open_quick_capture()
    assert quick is not None
    qtbot.waitExposed(quick)
    return quick


@pytest.mark.parametrize("corner", ["bottom-right", "top-left", "right"])
def test_quick_capture_is_on_screen_over_the_window(qtbot, window, corner):
    area: QRect = window.screen().availableGeometry()
    x, y = {
        "bottom-right": (area.right() - 420, area.bottom() - 300),
        "top-left": (area.left() - 500, area.top() - 100),
        "right": (area.right() - 250, area.top() + 40),
    }[corner]
    window.move(x, y)
    qtbot.wait(10)
    quick = _opened(qtbot, window)
    frame = quick.frameGeometry()
    assert area.contains(frame), (corner, frame, area)
    seen = window.frameGeometry().intersected(area)
    assert seen.contains(frame.center()), (corner, frame, seen)  # over the part of the window one can see

    # closed and opened again after the window moved: placed afresh
    quick.close()
    window.move(area.left() + 10, area.top() + 10)
    quick = _opened(qtbot, window)
    assert area.contains(quick.frameGeometry())
    assert window.frameGeometry().intersected(area).contains(quick.frameGeometry().center())


def test_an_open_capture_stays_where_the_person_put_it(qtbot, window):
    quick = _opened(qtbot, window)
    quick.move(quick.x() + 17, quick.y() + 9)
    where = quick.pos()
    window.tray.open_quick_capture()  # raised, not moved
    assert quick.pos() == where
