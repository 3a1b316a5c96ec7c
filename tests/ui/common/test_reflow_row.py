"""ReflowRow: parts side by side when they fit, on more lines when narrow; the editor no longer squeezes the list."""

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.ui.common.reflow_row import ReflowRow

pytestmark = pytest.mark.gui


def _part(width: int) -> QWidget:
    w = QLabel("x")
    w.setMinimumWidth(width)
    return w


def test_parts_share_a_line_when_they_fit_and_wrap_when_narrow(qtbot):
    parts = [_part(200), _part(200), _part(200)]
    row = ReflowRow(parts, lines=True)
    qtbot.addWidget(row)
    row.resize(900, 100)
    row.show()
    qtbot.waitUntil(lambda: row.per_line() == 3)
    qtbot.waitUntil(lambda: len({p.y() for p in parts}) == 1)
    row.resize(450, 100)
    qtbot.waitUntil(lambda: row.per_line() == 2)
    qtbot.waitUntil(lambda: parts[0].y() == parts[1].y() < parts[2].y())
    row.resize(250, 100)
    qtbot.waitUntil(lambda: row.per_line() == 1)
    qtbot.waitUntil(lambda: parts[0].y() < parts[1].y() < parts[2].y())
    # it asks only for its widest part, so a splitter may make it that narrow
    assert row.minimumSizeHint().width() == 200
    row.resize(900, 100)
    qtbot.waitUntil(lambda: row.per_line() == 3)


def test_a_stretch_puts_the_parts_after_it_on_the_right(qtbot):
    left, right = _part(100), _part(100)
    row = ReflowRow([left, None, right])
    qtbot.addWidget(row)
    row.resize(800, 60)
    row.show()
    qtbot.waitUntil(lambda: row.per_line() == 2)
    qtbot.waitUntil(lambda: right.x() > 400)


def test_at_the_default_window_size_the_list_keeps_its_width_with_the_editor_open(window, qtbot):
    window.resize(1200, 780)
    window.new_entry()
    qtbot.wait(50)
    assert window.content.sizes()[0] >= 280
    # the editor's own smallest width leaves room for the list and the guidance beside it
    assert window.editor.minimumSizeHint().width() <= 560
