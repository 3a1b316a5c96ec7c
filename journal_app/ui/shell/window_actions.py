"""The main window's actions, menus and toolbar (the controllers add their own to the same menus)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar

from journal_app.ui.common.widgets import make_action


def make_actions(window) -> None:
    action = partial(make_action, window)  # action(text, slot, shortcut=None, tip="")

    S = QKeySequence.StandardKey
    window.new_action = action(
        QCoreApplication.translate("MainWindow", "&New entry"),
        window.new_entry,
        S.New,
        QCoreApplication.translate("MainWindow", "Write about a new moment"),
    )
    window.save_action = action(
        QCoreApplication.translate("MainWindow", "&Save"),
        window.session.save_now,
        S.Save,
        QCoreApplication.translate("MainWindow", "Save now (it also saves by itself)"),
    )
    window.trash_action = action(
        QCoreApplication.translate("MainWindow", "Move to &Trash"),
        window.session.trash_current,
        None,
        QCoreApplication.translate("MainWindow", "Move this entry to the Trash"),
    )
    window.show_trash_action = action(
        QCoreApplication.translate("MainWindow", "Show T&rash…"), window.show_trash
    )
    window.triggers_action = action(
        QCoreApplication.translate("MainWindow", "&Triggers…"),
        window.manage_triggers,
        None,
        QCoreApplication.translate("MainWindow", "Add, rename, recolour or archive triggers"),
    )
    window.find_action = action(
        QCoreApplication.translate("MainWindow", "&Find"),
        window.search_bar.focus_search,
        S.Find,
        QCoreApplication.translate("MainWindow", "Search your journal"),
    )
    window.quit_action = action(QCoreApplication.translate("MainWindow", "&Quit"), window.close, S.Quit)
    window.undo_action = action(
        QCoreApplication.translate("MainWindow", "&Undo"), lambda: edit_command("undo"), S.Undo
    )
    window.redo_action = action(
        QCoreApplication.translate("MainWindow", "&Redo"), lambda: edit_command("redo"), S.Redo
    )
    window.settings_action = action(
        QCoreApplication.translate("MainWindow", "Se&ttings…"),
        lambda: show_settings(window),
        S.Preferences,
        QCoreApplication.translate(
            "MainWindow", "Locking, backups, reminders, appearance and export defaults"
        ),
    )
    if window.settings_action.shortcut().isEmpty():  # no standard key for it on this desktop
        window.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    window.about_action = action(
        QCoreApplication.translate("MainWindow", "&About"), lambda: None
    )  # the HelpController opens the About window
    window.passphrase_action = action(
        QCoreApplication.translate("MainWindow", "&Passphrase…"),
        lambda: change_passphrase(window),
        None,
        QCoreApplication.translate("MainWindow", "Set, change or remove the journal's passphrase"),
    )
    window.backups_action = action(
        QCoreApplication.translate("MainWindow", "&Backups…"),
        lambda: show_backups(window),
        None,
        QCoreApplication.translate("MainWindow", "See, make or restore backups"),
    )
    window.patterns_action = action(
        QCoreApplication.translate("MainWindow", "&Patterns"),
        window.show_patterns,
        "Ctrl+Shift+P",
        QCoreApplication.translate("MainWindow", "Charts and what stands out over time"),
    )
    window.patterns_action.setCheckable(True)
    window.lock_action = action(
        QCoreApplication.translate("MainWindow", "&Lock"),
        window.lockRequested.emit,
        "Ctrl+L",
        QCoreApplication.translate("MainWindow", "Lock the journal now (Ctrl+L)"),
    )
    # Delete key moves the selected entry to the Trash while the list has focus
    window.list_delete = action(
        QCoreApplication.translate("MainWindow", "Move to Trash"), window.session.trash_current, S.Delete
    )
    window.list_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.list_view.addAction(window.list_delete)
    from journal_app.ui.common.icons import icon

    for a, name in (
        (window.new_action, "new-entry"),
        (window.save_action, "save"),
        (window.trash_action, "trash"),
        (window.show_trash_action, "trash"),
        (window.triggers_action, "triggers"),
        (window.find_action, "search"),
        (window.settings_action, "settings"),
        (window.patterns_action, "patterns"),
        (window.lock_action, "lock"),
    ):
        a.setIcon(icon(name))

    menu = window.journal_menu
    for a in (
        window.new_action,
        window.save_action,
        None,
        window.trash_action,
        window.show_trash_action,
        None,
        window.patterns_action,
        window.triggers_action,
        None,
        window.passphrase_action,
        window.backups_action,
        window.lock_action,
        None,
        window.quit_action,
    ):
        menu.addSeparator() if a is None else menu.addAction(a)
    for a in (window.undo_action, window.redo_action, None, window.find_action, None, window.settings_action):
        window.edit_menu.addSeparator() if a is None else window.edit_menu.addAction(a)
    window.help_menu.addAction(window.about_action)

    bar = window.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName("main-toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for a in (
        window.new_action,
        window.save_action,
        window.trash_action,
        window.show_trash_action,
        window.patterns_action,
        window.triggers_action,
        window.lock_action,
    ):
        bar.addAction(a)
    window.addToolBar(bar)


# -- commands that open dialogs (the main window stays a layout) ---------------------------------------
def edit_command(name: str) -> None:
    """Undo or redo in whichever text box has the focus."""
    widget = QApplication.focusWidget()
    if widget is not None and hasattr(widget, name):
        getattr(widget, name)()


def change_passphrase(window) -> None:
    if window.journal is None or not window.session.autosave.flush():
        return
    from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog  # loads the services: not at start

    if PassphraseDialog.ask(window.journal, window, window.prefs):
        window.lock_action.setEnabled(window.journal.encrypted)
        window.encryptionChanged.emit(window.journal.encrypted)


def show_backups(window) -> None:
    if window.journal is None or not window.session.autosave.flush():
        return
    from journal_app.ui.privacy.backups_dialog import BackupsDialog

    if BackupsDialog.ask(window.journal, window, window.prefs):
        journal = window.detach()  # a restored file: read everything again
        window.attach(journal)
        window.encryptionChanged.emit(journal.encrypted)


def show_settings(window) -> None:
    from journal_app.ui.shell.settings_dialog import SettingsDialog

    SettingsDialog.ask(window, window.prefs)
