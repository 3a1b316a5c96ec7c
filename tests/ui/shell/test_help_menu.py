"""The Help menu reaches every help window from the real window; the first run shows Getting started once."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from journal_app import app as app_module
from journal_app.ui.guidance import help_windows
from journal_app.ui.privacy import onboarding

pytestmark = pytest.mark.gui


def titles(menu):
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_help_menu_lists_guide_shortcuts_getting_started_crisis_and_about(window):
    shown = titles(window.help_menu)
    for wanted in ("Getting started…", "User guide", "Keyboard shortcuts", "If you are in crisis…", "About"):
        assert wanted in shown, shown


def test_getting_started_opens_the_steps_again_not_as_a_first_run(window, monkeypatch):
    asked = []
    monkeypatch.setattr(onboarding.OnboardingDialog, "ask",
                        classmethod(lambda cls, parent, journal, first_run: asked.append((parent, journal, first_run))))
    window.help.getting_started_action.trigger()
    assert asked == [(window, window.journal, False)]


def test_the_user_guide_and_shortcuts_open_beside_the_window(window, qtbot):
    window.help.guide_action.trigger()
    guide = window.help.guide
    assert guide.isVisible() and not guide.isModal()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    shortcuts = window.help.shortcuts
    assert shortcuts is not None and shortcuts.isVisible()
    rows = shortcuts.rows()
    assert any("New entry" in name for group in rows.values() for name in group)


def test_about_shows_the_journal_folder(window, monkeypatch):
    seen = []
    monkeypatch.setattr(help_windows.AboutDialog, "exec", lambda self: seen.append(self) or QDialog.DialogCode.Accepted)
    window.about_action.trigger()
    [about] = seen
    assert about.data_dir == window.journal.data_dir


def test_the_first_run_shows_getting_started_once(window, monkeypatch):
    asked = []
    monkeypatch.setattr(onboarding.OnboardingDialog, "ask",
                        classmethod(lambda cls, parent, journal, first_run: asked.append(first_run) or True))
    prefs = window.prefs
    assert prefs.get("onboarding_done") is False
    app_module.first_steps(window, window.journal, prefs)
    assert asked == [True] and prefs.get("onboarding_done") is True
