"""The Help menu's own windows: getting started (the onboarding, again), the user guide, the keyboard
shortcuts and About. The guidance library and the Help menu's crisis entry are added by the GuidanceController;
the crisis page itself (help_windows.CrisisWindow) opens through `show_crisis`, with or without a journal."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from journal_app.ui.common.widgets import make_action


class HelpController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.guide = None  # the non-modal windows, built when first opened
        self.shortcuts = None

        action = partial(make_action, window)  # action(text, slot, shortcut=None, tip="")

        self.getting_started_action = action(
            QCoreApplication.translate("HelpMenu", "&Getting started…"),
            self.show_getting_started,
            None,
            QCoreApplication.translate(
                "HelpMenu",
                "Choose your triggers, add people and a session date, and take the short tour again",
            ),
        )
        self.guide_action = action(
            QCoreApplication.translate("HelpMenu", "&User guide"),
            self.show_guide,
            None,
            QCoreApplication.translate("HelpMenu", "How to use the journal between sessions"),
        )
        self.shortcuts_action = action(
            QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"),
            self.show_shortcuts,
            "Ctrl+/",
            QCoreApplication.translate("HelpMenu", "Every key that does something in this window"),
        )
        self.safety_plan_action = action(
            QCoreApplication.translate("HelpMenu", "My &safety plan…"),
            self.show_safety_plan,
            None,
            QCoreApplication.translate(
                "HelpMenu", "What you have planned to do and who to reach when things get very hard"
            ),
        )
        menu = window.help_menu
        first = menu.actions()[0] if menu.actions() else None
        for a in (self.getting_started_action, self.guide_action, self.shortcuts_action, self.safety_plan_action):
            menu.insertAction(first, a)
        menu.insertSeparator(first)
        window.about_action.triggered.disconnect()
        window.about_action.triggered.connect(self.show_about)
        self.set_journal(None)

    def set_journal(self, journal) -> None:
        self.getting_started_action.setEnabled(journal is not None)

    def show_getting_started(self) -> None:
        window = self.window
        if window.journal is None or not window.session.autosave.flush():
            return
        from journal_app.ui.privacy.onboarding import OnboardingDialog

        OnboardingDialog.ask(window, window.journal, first_run=False)
        window.reload_after_import()  # triggers and people may have changed

    def show_guide(self) -> None:
        from journal_app.ui.guidance.help_windows import UserGuideWindow

        if self.guide is None:
            self.guide = UserGuideWindow(self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self) -> None:
        from journal_app.ui.guidance.help_windows import ShortcutsWindow

        if self.shortcuts is None:
            self.shortcuts = ShortcutsWindow(self.window, self.window)
        self.shortcuts.show()
        self.shortcuts.raise_()
        self.shortcuts.activateWindow()

    def show_crisis(self, country: str | None = None):
        """The crisis page, for the locale's country (or `country`); the journal is not needed or touched."""
        from journal_app.ui.guidance.help_windows import show_crisis

        return show_crisis(country)

    def show_safety_plan(self):
        """The safety plan: to read and edit with the journal open; while locked, the copy kept readable then,
        or a note that it opens after unlocking."""
        from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan

        return show_safety_plan(self.window.journal, data_dir_of(self.window), self.window)

    def show_about(self) -> None:
        from journal_app.ui.guidance.help_windows import AboutDialog

        journal = self.window.journal
        AboutDialog(self.window, journal.data_dir if journal is not None else None).exec()


def data_dir_of(window) -> Path | None:
    """The journal folder of the main window, open or locked (the lock controller knows it while locked)."""
    if getattr(window, "journal", None) is not None:
        return window.journal.data_dir
    from journal_app.ui.privacy.lock_controller import LockController

    controller = window.findChild(LockController) if window is not None else None
    return controller.data_dir if controller is not None else None
