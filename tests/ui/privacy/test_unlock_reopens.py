"""Unlocking opens again the entry that was open when the journal locked (it used to leave the editor
closed), chosen in the list; with no entry open nothing is opened, and an entry gone meanwhile is skipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal_app.services.journal import Journal
from journal_app.ui.common import operations
from tests.ui.conftest import STRONG

pytestmark = pytest.mark.gui


def write(qtbot, window, title, body):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.title, title)
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, body)
    window.session.save_now()


def unlock(qtbot, controller):
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, STRONG)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.journal is not None)
    operations.wait_all()  # the entry open before is read again on a worker


def current_id(window):
    index = window.list_view.selectionModel().currentIndex()
    return index.data(window._id_role) if index.isValid() else None


@pytest.mark.parametrize("how", ["ctrl+l", "idle"])
def test_unlocking_reopens_the_entry_that_was_open(qtbot, lock_harness, how):
    window, controller = lock_harness.window, lock_harness.controller
    write(qtbot, window, "The older one", "We talked at the park.")
    write(qtbot, window, "The newer one", "A quiet evening.")
    assert window.model.rowCount() == 2
    window.list_view.setCurrentIndex(window.model.index(1, 0))  # the older entry, second in the list
    operations.wait_all()  # the entry is read on a worker
    older = window.editor.entry_id
    assert window.editor.title.text() == "The older one"
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.body, " Unsaved words.")  # saved on the way into the lock

    if how == "ctrl+l":
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        assert controller.lock(auto=True)
    assert controller.is_locked and window.editor.entry_id is None
    unlock(qtbot, controller)

    assert window.editor.entry_id == older
    assert window.right.currentWidget() is window.editor_area and window.editor.isVisible()
    assert window.editor.title.text() == "The older one"
    assert window.editor.body_text() == "We talked at the park. Unsaved words."
    assert current_id(window) == older
    assert not window.session.autosave.dirty  # opening it again is not an edit


def test_nothing_open_stays_nothing_open_and_a_gone_entry_is_skipped(qtbot, lock_harness):
    window, controller = lock_harness.window, lock_harness.controller
    write(qtbot, window, "Only one", "Words.")
    entry_id = window.editor.entry_id
    window.session.close_editor()
    assert controller.lock()
    unlock(qtbot, controller)
    assert window.editor.entry_id is None and window.right.currentWidget() is window.placeholder

    window.list_view.setCurrentIndex(window.model.index(0, 0))
    operations.wait_all()  # the entry is read on a worker
    assert window.editor.entry_id == entry_id
    assert controller.lock()
    with Journal.open(lock_harness.data_dir, passphrase=STRONG) as other:  # trashed elsewhere meanwhile
        other.move_to_trash(entry_id)
    unlock(qtbot, controller)
    assert window.editor.entry_id is None and window.model.rowCount() == 0
