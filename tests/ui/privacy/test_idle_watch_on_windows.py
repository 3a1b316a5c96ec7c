"""The idle lock watches the input of the app's windows, not every event of the app: an app-wide Python event
filter was called for every timer, paint and signal, each call waiting for Python's lock, so a busy worker held
up even what Qt draws by itself. Input to a window shown later (a dialog) still counts as activity."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from journal_app.ui.privacy.idle_lock import IdleWatcher
from tests.ui.conftest import FakeClock

pytestmark = pytest.mark.gui


class Counting(IdleWatcher):
    """An IdleWatcher noting every event its filter is asked about."""

    def __init__(self, *args, **kwargs) -> None:
        self.seen: list[tuple[QObject, QEvent.Type]] = []
        super().__init__(*args, **kwargs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append((watched, event.type()))
        return super().eventFilter(watched, event)


@pytest.fixture
def watcher(qapp):
    clock = FakeClock()
    made = Counting(minutes=1, clock=clock)
    made.clock = clock
    made.arm()
    yield made
    made.disarm()
    made.deleteLater()


def _dialog(qtbot) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog()
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, field


def test_events_of_other_objects_never_reach_the_watcher(qtbot, watcher):
    target = QObject()
    for _ in range(200):
        QCoreApplication.postEvent(target, QEvent(QEvent.Type.User))
    QCoreApplication.processEvents()
    _shown, field = _dialog(qtbot)
    field.setText("words")  # a change, a repaint: events to the widgets, none to the watcher
    field.repaint()
    QCoreApplication.processEvents()
    assert not [w for w, _type in watcher.seen if w is target or w is field]


def test_typing_into_a_dialog_shown_later_is_activity(qtbot, watcher):
    dialog, field = _dialog(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())  # it has the focus
    watcher.clock.advance(50)
    watcher.seen.clear()
    field.setFocus()
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_A)  # as a key press arrives: at the window, then the field
    assert field.text() == "a"
    assert any(t == QEvent.Type.KeyPress for _w, t in watcher.seen)
    watcher.clock.advance(20)  # 70 s since the watch began, 20 s since the key
    assert watcher.check() is False
    watcher.clock.advance(41)
    assert watcher.check() is True


def test_a_mouse_move_over_a_window_is_activity(qtbot, watcher):
    _shown, field = _dialog(qtbot)
    watcher.clock.advance(59)
    qtbot.mouseMove(field)
    watcher.clock.advance(30)
    assert watcher.check() is False
