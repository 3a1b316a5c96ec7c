"""The Help menu's own windows: getting started (the onboarding, again), the user guide, the keyboard
shortcuts and About. The guidance library and the Help menu's crisis entry are added by the GuidanceController;
the crisis page itself (help_windows.CrisisWindow) opens through `show_crisis`, with or without a journal."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from journal_app.ui.common.widgets import make_action

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.guidance.help_windows import CrisisWindow, ShortcutsWindow, UserGuideWindow


class HelpController(QObject):
    """The Help menu's own actions (the window places them) and the windows they open.

    `when_saved(then)` calls `then` once what the editor holds has been saved, off the UI thread (before the
    getting-started steps; not when saving failed: the status says why); `journal_folder` says where the
    journal is, open or locked (the safety plan kept readable while locked lives there)."""

    # the getting-started steps may have added triggers or people
    vocabularyChanged = Signal()

    def __init__(
        self,
        window: QWidget,
        when_saved: Callable[[Callable[[], None]], None],
        journal_folder: Callable[[], Path | None],
    ) -> None:
        super().__init__(window)
        self.window = window  # the parent of the help windows; the shortcuts window lists its actions
        self.when_saved = when_saved
        self.journal_folder = journal_folder
        self.journal: Journal | None = None
        self.guide: UserGuideWindow | None = None  # the non-modal windows, built when first opened
        self.shortcuts: ShortcutsWindow | None = None
        self._make_actions(window)
        self.set_journal(None)

    def _make_actions(self, window: QWidget) -> None:
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

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self.getting_started_action.setEnabled(journal is not None)

    def show_getting_started(self) -> None:
        if self.journal is not None:
            self.when_saved(self._getting_started)

    def _getting_started(self) -> None:
        journal = self.journal
        if journal is None:
            return
        from journal_app.ui.privacy.onboarding import OnboardingDialog

        OnboardingDialog.ask(self.window, journal, first_run=False)
        self.vocabularyChanged.emit()  # triggers and people may have changed

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

    def show_crisis(self, country: str | None = None) -> CrisisWindow:
        """The crisis page, for the locale's country (or `country`); the journal is not needed or touched."""
        from journal_app.ui.guidance.help_windows import show_crisis

        return show_crisis(country)

    def show_safety_plan(self) -> QWidget:
        """The safety plan: to read and edit with the journal open; while locked, the copy kept readable then,
        or a note that it opens after unlocking."""
        from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan

        return show_safety_plan(self.journal, self.journal_folder(), self.window)

    def show_about(self) -> None:
        from journal_app.ui.guidance.help_windows import AboutDialog

        journal = self.journal
        AboutDialog(self.window, journal.data_dir if journal is not None else None).exec()

