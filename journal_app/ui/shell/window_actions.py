"""The main window's actions, and where every action goes: the menus and the toolbar.

`make_actions(window)` builds the window's own actions and returns them (the window keeps them as its typed
attributes); `place_actions(window)` then lays out the menus and the toolbar once the controllers have made
theirs, so the whole menu structure reads in one place. The commands that open dialogs live here too, so
the main window stays a layout."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from journal_app.ui.common.widgets import make_action

if TYPE_CHECKING:
    from collections.abc import Sequence

    from journal_app.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class WindowActions:
    """The main window's own actions (the controllers make theirs: quick capture, sessions, calendar…)."""

    new_action: QAction
    save_action: QAction
    trash_action: QAction
    show_trash_action: QAction
    triggers_action: QAction
    find_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    settings_action: QAction
    about_action: QAction  # the HelpController opens the About window (wired in _connect_signals)
    passphrase_action: QAction
    backups_action: QAction
    patterns_action: QAction
    lock_action: QAction
    list_delete: QAction  # the Delete key in the entry list


def make_actions(window: MainWindow) -> WindowActions:
    """The window's actions, with their shortcuts, tips and icons (not yet in any menu)."""
    entries = _entry_actions(window)
    journal = _journal_actions(window)
    actions = WindowActions(**entries, **journal, **_edit_actions(window))
    _set_icons(actions)
    return actions


def _entry_actions(window: MainWindow) -> dict[str, QAction]:
    action = partial(make_action, window)  # action(text, slot, shortcut=None, tip="")
    S = QKeySequence.StandardKey
    session = window.session
    # Delete key moves the selected entry to the Trash while the list has focus
    list_delete = action(
        QCoreApplication.translate("MainWindow", "Move to Trash"), session.trash_current, S.Delete
    )
    list_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.list_view.addAction(list_delete)
    return {
        "new_action": action(
            QCoreApplication.translate("MainWindow", "&New entry"),
            window.new_entry,
            S.New,
            QCoreApplication.translate("MainWindow", "Write about a new moment"),
        ),
        "save_action": action(
            QCoreApplication.translate("MainWindow", "&Save"),
            session.save_soon,
            S.Save,
            QCoreApplication.translate("MainWindow", "Save now (it also saves by itself)"),
        ),
        "trash_action": action(
            QCoreApplication.translate("MainWindow", "Move to &Trash"),
            session.trash_current,
            None,
            QCoreApplication.translate("MainWindow", "Move this entry to the Trash"),
        ),
        "show_trash_action": action(
            QCoreApplication.translate("MainWindow", "Show T&rash…"), window.show_trash
        ),
        "triggers_action": action(
            QCoreApplication.translate("MainWindow", "&Triggers…"),
            window.manage_triggers,
            None,
            QCoreApplication.translate("MainWindow", "Add, rename, recolour or archive triggers"),
        ),
        "find_action": action(
            QCoreApplication.translate("MainWindow", "&Find"),
            window.search_bar.focus_search,
            S.Find,
            QCoreApplication.translate("MainWindow", "Search your journal"),
        ),
        "list_delete": list_delete,
    }


def _journal_actions(window: MainWindow) -> dict[str, QAction]:
    action = partial(make_action, window)
    patterns = action(
        QCoreApplication.translate("MainWindow", "&Patterns"),
        window.show_patterns,
        "Ctrl+Shift+P",
        QCoreApplication.translate("MainWindow", "Charts and what stands out over time"),
    )
    patterns.setCheckable(True)
    return {
        "passphrase_action": action(
            QCoreApplication.translate("MainWindow", "&Passphrase…"),
            lambda: change_passphrase(window),
            None,
            QCoreApplication.translate("MainWindow", "Set, change or remove the journal's passphrase"),
        ),
        "backups_action": action(
            QCoreApplication.translate("MainWindow", "&Backups…"),
            lambda: show_backups(window),
            None,
            QCoreApplication.translate("MainWindow", "See, make or restore backups"),
        ),
        "patterns_action": patterns,
        "lock_action": action(
            QCoreApplication.translate("MainWindow", "&Lock"),
            window.lockRequested.emit,
            "Ctrl+L",
            QCoreApplication.translate("MainWindow", "Lock the journal now (Ctrl+L)"),
        ),
        "quit_action": action(
            QCoreApplication.translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
        ),
    }


def _edit_actions(window: MainWindow) -> dict[str, QAction]:
    action = partial(make_action, window)
    S = QKeySequence.StandardKey
    settings = action(
        QCoreApplication.translate("MainWindow", "Se&ttings…"),
        lambda: show_settings(window),
        S.Preferences,
        QCoreApplication.translate(
            "MainWindow", "Locking, backups, reminders, appearance and export defaults"
        ),
    )
    if settings.shortcut().isEmpty():  # no standard key for it on this desktop
        settings.setShortcut(QKeySequence("Ctrl+,"))
    return {
        "undo_action": action(
            QCoreApplication.translate("MainWindow", "&Undo"), lambda: edit_command("undo"), S.Undo
        ),
        "redo_action": action(
            QCoreApplication.translate("MainWindow", "&Redo"), lambda: edit_command("redo"), S.Redo
        ),
        "settings_action": settings,
        "about_action": QAction(
            QCoreApplication.translate("MainWindow", "&About"), window
        ),  # opens About: wired in MainWindow._connect_signals
    }


def _set_icons(a: WindowActions) -> None:
    from journal_app.ui.common.icons import icon

    for action, name in (
        (a.new_action, "new-entry"),
        (a.save_action, "save"),
        (a.trash_action, "trash"),
        (a.show_trash_action, "trash"),
        (a.triggers_action, "triggers"),
        (a.find_action, "search"),
        (a.settings_action, "settings"),
        (a.patterns_action, "patterns"),
        (a.lock_action, "lock"),
    ):
        action.setIcon(icon(name))


# -- where the actions go ------------------------------------------------------------------------------
def place_actions(window: MainWindow) -> QToolBar:
    """The menus (Journal, Edit, Help) and the toolbar, with the window's actions and its controllers';
    returns the toolbar. (The LockController adds "Lock after…" under Lock: window.set_idle_menu.)"""
    w, therapy, guidance, help_ = window, window.therapy, window.guidance, window.help
    _fill(w.journal_menu, (
        w.new_action, w.tray.quick_action, w.save_action, None,
        w.trash_action, w.show_trash_action, None,
        w.patterns_action, w.calendar.action, w.triggers_action,
        therapy.sessions_action, therapy.export_action, therapy.print_action, therapy.import_action, None,
        w.passphrase_action, w.backups_action, w.lock_action, None,
        w.quit_action,
    ))  # fmt: skip
    _fill(w.edit_menu, (w.undo_action, w.redo_action, None, w.find_action, None, w.settings_action))
    _fill(w.help_menu, (
        help_.getting_started_action, help_.guide_action, help_.shortcuts_action,
        help_.safety_plan_action, None,
        guidance.library_action, guidance.panel_action, guidance.crisis_action, None,
        w.about_action,
    ))  # fmt: skip
    window.addAction(guidance.panel_action)
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName("main-toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for a in (
        w.new_action,
        w.save_action,
        w.trash_action,
        w.show_trash_action,
        w.patterns_action,
        therapy.sessions_action,
        therapy.export_action,
        w.triggers_action,
        w.lock_action,
    ):
        bar.addAction(a)
    window.addToolBar(bar)
    return bar


def _fill(menu: QMenu, actions: Sequence[QAction | None]) -> None:
    for a in actions:
        if a is None:
            menu.addSeparator()
        else:
            menu.addAction(a)


# -- commands that open dialogs (the main window stays a layout) ---------------------------------------
def edit_command(name: str) -> None:
    """Undo or redo in whichever text box has the focus."""
    widget = QApplication.focusWidget()
    if widget is not None and hasattr(widget, name):
        getattr(widget, name)()


def change_passphrase(window: MainWindow) -> None:
    journal = window.journal
    if journal is None or not window.session.autosave.flush():
        return
    from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog  # loads the services: not at start

    if PassphraseDialog.ask(journal, window, window.prefs):  # the same journal, with its new passphrase
        window.lock_action.setEnabled(journal.encrypted)
        window.encryptionChanged.emit(journal.encrypted)


def show_backups(window: MainWindow) -> None:
    if window.journal is None or not window.session.autosave.flush():
        return
    from journal_app.ui.privacy.backups_dialog import BackupsDialog

    if BackupsDialog.ask(window.journal, window, window.prefs):
        journal = window.detach()  # a restored file: read everything again
        if journal is not None:
            window.attach(journal)
            window.encryptionChanged.emit(journal.encrypted)


def show_settings(window: MainWindow) -> None:
    from journal_app.ui.shell.settings_dialog import SettingsDialog

    SettingsDialog.ask(window, window.prefs, data_dir=window.journal_folder())
