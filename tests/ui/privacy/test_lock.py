"""Locking: Ctrl+L, after the idle time, on suspend. It saves first, closes the journal, drops every word
from the widgets, and the unlock dialog brings it all back."""

import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.core.errors import StorageError
from journal_app.services.journal import Journal
from journal_app.ui.entries.entry_list_model import ROW_ROLE
from journal_app.ui.privacy.idle_lock import SETTING
from journal_app.ui.privacy.lock_controller import LockController
from journal_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import STRONG

CANARY = "Zebracanary"
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole, ROW_ROLE)


def write(qtbot, window, title, body):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.title, title)
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, body)


def shown_text(window) -> str:
    """Everything a locked window could still be holding of the journal's words."""
    parts = [window.editor.title.text(), window.editor.body.toPlainText(), window.editor.body_text(),
             window.search_bar.search.text(), window.windowTitle(), window.statusBar().currentMessage()]
    for row in range(window.model.rowCount()):
        parts += [str(window.model.index(row, 0).data(role)) for role in ROLES]
    parts += [window.search_bar.trigger.itemText(i) for i in range(window.search_bar.trigger.count())]
    parts += [window.search_bar.person.itemText(i) for i in range(window.search_bar.person.count())]
    parts += [p.name for p in window.editor.people._known]
    return "\n".join(parts)


def press_lock(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def unlock(qtbot, controller, passphrase=STRONG):
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000):  # the opener runs on a worker
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_ctrl_l_saves_closes_and_forgets_everything(qtbot, lock_harness, monkeypatch):
    window, controller = lock_harness.window, lock_harness.controller
    write(qtbot, window, f"Saved {CANARY} first", f"Earlier today {CANARY} happened.")
    window.session.save_now()
    window.editor.people.name_edit.setText(f"{CANARY} person")
    window.session.add_person(f"{CANARY} Sam", "partner")
    window.search_bar.search.setText(CANARY)
    qtbot.waitUntil(lambda: window.model.filter.text == CANARY)
    assert window.model.rowCount() == 1
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    qtbot.keyClicks(window.editor.body, f" And then {CANARY} again.")  # not saved yet when locking
    assert window.session.autosave.dirty
    entry_id = window.editor.entry_id
    journal = controller.journal
    closed = []
    real_close = journal.close
    monkeypatch.setattr(journal, "close", lambda: (closed.append(threading.current_thread()), real_close()))
    assert CANARY in shown_text(window)

    press_lock(qtbot, window)

    qtbot.waitUntil(lambda: len(closed) == 1)  # closed on a worker (its checkpoint takes a while when large)
    assert closed[0] is not threading.main_thread()
    assert controller.journal is None and window.journal is None
    assert controller.is_locked and window.pages.currentWidget() is window.locked_page
    assert window.model.rowCount() == 0 and not window.model.canFetchMore()
    assert CANARY.lower() not in shown_text(window).lower()
    assert not window.editor.body.document().isUndoAvailable()
    assert not window.editor.title.isUndoAvailable()
    assert window.editor.entry_id is None
    assert window.search_bar.period.currentIndex() == 0 and not window.search_bar.is_filtering()
    assert not window.new_action.isEnabled() and not window.lock_action.isEnabled()
    assert controller.unlock_dialog.isVisible()

    # the entry being edited was saved first
    with Journal.open(lock_harness.data_dir, passphrase=STRONG) as other:
        assert other.get(entry_id).body == f"Earlier today {CANARY} happened. And then {CANARY} again."

    unlock(qtbot, controller)
    assert controller.journal is not None and window.journal is controller.journal
    assert window.pages.currentWidget() is window.content
    assert window.model.rowCount() == 1 and CANARY in window.model.index(0, 0).data()
    assert window.lock_action.isEnabled()


def test_a_failed_save_keeps_the_journal_open_and_says_why(qtbot, lock_harness, monkeypatch):
    window, controller = lock_harness.window, lock_harness.controller
    write(qtbot, window, "Unsaved", "These words must not be lost.")
    journal = controller.journal

    def full(form):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(journal, "save", full)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    press_lock(qtbot, window)
    assert len(warnings) == 1 and "not locked" in warnings[0] and "disk is full" in warnings[0]
    assert controller.journal is journal and not controller.is_locked
    assert window.editor.body.toPlainText() == "These words must not be lost."
    assert controller.unlock_dialog is None

    # the idle lock does not lock either; it says so in the status bar
    lock_harness.clock.advance(6 * 60)
    assert controller.idle.check() is True
    assert controller.journal is journal and "not locked" in window.statusBar().currentMessage()
    assert warnings == [warnings[0]]
    window.session.autosave.reset("")


def test_lock_is_only_for_encrypted_journals(qtbot, harness):
    window = harness.window
    assert not window.lock_action.isEnabled()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.lock_action in window.journal_menu.actions()


def test_lock_action_enabled_when_encrypted(lock_harness):
    window = lock_harness.window
    assert window.lock_action.isEnabled()
    labels = [a.text() for a in lock_harness.controller.idle_menu.actions()]
    assert labels == ["1 minute", "5 minutes", "15 minutes", "30 minutes", "Never"]
    assert lock_harness.controller.idle_menu.action_for(5).isChecked()  # the default


def test_idle_time_locks_and_activity_resets_it(qtbot, lock_harness):
    window, controller, clock = lock_harness.window, lock_harness.controller, lock_harness.clock
    clock.advance(4 * 60)
    assert controller.idle.check() is False
    qtbot.mouseMove(window.list_view)
    qtbot.keyClick(window.search_bar.search, Qt.Key.Key_A)  # activity: the quiet spell starts again
    clock.advance(4 * 60)
    assert controller.idle.check() is False and controller.journal is not None
    clock.advance(61)
    assert controller.idle.check() is True
    assert controller.is_locked and controller.journal is None
    assert window.search_bar.search.text() == ""
    unlock(qtbot, controller)
    assert controller.journal is not None
    # the watch starts again after unlocking
    clock.advance(5 * 60)
    assert controller.idle.check() is True and controller.is_locked


def test_never_turns_the_idle_lock_off_and_is_remembered(qtbot, lock_harness, tmp_path):
    controller, clock = lock_harness.controller, lock_harness.clock
    controller.idle_menu.action_for(0).trigger()
    assert controller.idle_menu.action_for(0).isChecked()
    assert int(lock_harness.settings.value(SETTING)) == 0
    clock.advance(24 * 3600)
    assert controller.idle.check() is False and controller.journal is not None

    # a new window reads the stored choice
    window = MainWindow()
    qtbot.addWidget(window)
    again = LockController(window, lock_harness.data_dir, QSettings(lock_harness.settings.fileName(),
                                                                    QSettings.Format.IniFormat), clock)
    assert again.idle.minutes == 0 and again.idle_menu.action_for(0).isChecked()


def test_choosing_one_minute_applies_at_once(qtbot, lock_harness):
    controller, clock = lock_harness.controller, lock_harness.clock
    controller.idle_menu.action_for(1).trigger()
    clock.advance(59)
    assert controller.idle.check() is False
    clock.advance(2)
    assert controller.idle.check() is True and controller.is_locked


def test_system_suspend_locks(qtbot, lock_harness):
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert lock_harness.controller.is_locked


def test_not_now_leaves_it_locked_and_the_button_asks_again(qtbot, lock_harness):
    window, controller = lock_harness.window, lock_harness.controller
    press_lock(qtbot, window)
    dialog = controller.unlock_dialog
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert controller.unlock_dialog is None and controller.is_locked
    assert window.locked_page.isVisible()
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    unlock(qtbot, controller, "not the passphrase at all")
    assert controller.is_locked and controller.unlock_dialog.problem.isVisible()
    controller.unlock_dialog.passphrase.clear()
    unlock(qtbot, controller)
    assert not controller.is_locked and window.model.rowCount() == 0


@pytest.mark.parametrize("which", ["trash", "triggers"])
def test_open_dialogs_close_when_locking(qtbot, lock_harness, which):
    from PySide6.QtCore import QTimer

    window, controller = lock_harness.window, lock_harness.controller
    QTimer.singleShot(50, controller.lock)
    (window.show_trash if which == "trash" else window.manage_triggers)()  # exec() returns once it is closed
    assert controller.is_locked and controller.unlock_dialog.isVisible()


def test_adding_a_passphrase_from_the_menu_enables_lock(qtbot, data_dir, tmp_path, monkeypatch):
    from journal_app.services import security
    from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog

    def encrypt(journal, parent=None, prefs=None):
        security.change_passphrase(journal, STRONG)
        return True

    monkeypatch.setattr(PassphraseDialog, "ask", encrypt)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = LockController(window, data_dir, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    controller.attach(Journal.init(data_dir))
    assert not window.lock_action.isEnabled() and not controller.idle.armed
    assert window.passphrase_action in window.journal_menu.actions()
    window.passphrase_action.trigger()
    assert window.lock_action.isEnabled() and controller.idle.armed
    assert controller.lock() is True, window.statusBar().currentMessage()
    assert controller.is_locked and Journal.state(data_dir) == "encrypted"
    unlock(qtbot, controller)
    assert not controller.is_locked
    controller.journal.close()
    controller.journal = None
