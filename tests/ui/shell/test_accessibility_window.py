"""The main window reads out well: every control a keyboard or screen-reader user can reach has a name (with
an entry open, on the calendar, in quick capture and on the locked page), the main controls say what they
are for, and the entry list shows where the keyboard focus is."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.ui.common import operations
from tests.ui.accessibility import unnamed_controls

pytestmark = pytest.mark.gui


def test_every_control_with_an_entry_open_has_a_name(window):
    window.new_entry()
    assert window.right.currentWidget() is window.editor_area
    assert unnamed_controls(window) == []


def test_every_control_of_the_calendar_has_a_name(window):
    window.calendar.show(True)
    assert window.right.currentWidget() is window.calendar.view
    assert unnamed_controls(window.calendar.view) == []
    assert unnamed_controls(window) == []


def test_every_control_of_quick_capture_has_a_name(window):
    quick = window.tray.open_quick_capture()
    operations.wait_all()  # its trigger list is read on a worker
    assert quick is not None and quick.isVisible() and quick.checks  # the triggers are there too
    assert unnamed_controls(quick) == []


def test_every_control_of_the_locked_page_has_a_name(window):
    window.show_locked(True)
    assert window.pages.currentWidget() is window.locked_page
    assert unnamed_controls(window.locked_page) == []
    assert unnamed_controls(window) == []


def test_the_main_controls_say_what_they_are_for(window):
    window.new_entry()
    described = [window.search_bar.search, window.list_view, window.editor.body, window.editor.when,
                 window.search_bar.trigger, window.search_bar.person, window.search_bar.period]
    assert all(w.accessibleDescription() for w in described), [w.accessibleName() for w in described
                                                              if not w.accessibleDescription()]
    rows = [window.editor.triggers.row_for(s) for s in ("abandonment-fear", "withdrawal", "push-pull")]
    assert all(r is not None and r.spin.accessibleDescription() for r in rows)
    quick = window.tray.open_quick_capture()
    assert quick.intensity.accessibleDescription()


def _paint_row(window, state) -> QImage:
    view = window.list_view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(window.model.index(0, 0)).translated(0, 0)
    option.rect.moveTo(0, 0)
    option.state = state
    image = QImage(QSize(option.rect.width(), option.rect.height()), QImage.Format.Format_ARGB32)
    image.fill(view.palette().color(view.viewport().backgroundRole()))
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, window.model.index(0, 0))
    painter.end()
    return image


def test_the_entry_with_keyboard_focus_is_marked(window, harness):
    harness.journal.save(EntryForm(occurred_at=now_utc(), title="Dinner", body="He went quiet."))
    window.model.reload()
    assert window.model.rowCount() == 1
    enabled = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    plain = _paint_row(window, enabled)
    focused = _paint_row(window, enabled | QStyle.StateFlag.State_HasFocus)
    assert plain != focused  # a focus frame is drawn around the current entry
    selected = _paint_row(window, enabled | QStyle.StateFlag.State_Selected)
    both = _paint_row(window, enabled | QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
    assert selected != both  # also when it is the selected one
