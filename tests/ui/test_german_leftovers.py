"""In German, no window shows a sentence of the app's in English when the catalog has it in German.

The pseudo-language test (test_pseudo_locale.py) proves every word goes through a translator; it cannot see a word
looked up under the wrong context or hidden from the extractors, because its translator wraps whatever it is
asked. Both showed English in German windows: the onboarding's relationships were looked up under "Relationship"
(they are marked under "messages"), and the safety plan's words sat behind a helper lupdate cannot read. Here the
real German catalog is on, the windows are opened, and every text shown (split at ": ", " — ", " · ", ", ") is
compared with the English of every message that German translates differently."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from journal_app.core import i18n
from journal_app.ui.common import operations
from journal_app.ui.common.preferences import Preferences
from tests.ui.patterns.waiting import patterns_shown
from tests.ui.test_pseudo_locale import chart_texts, fill, shown, widget_texts

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("german")]  # tests/ui/conftest.py


def english_of_german_messages() -> set[str]:
    """The English of every message German says otherwise (longer than a few letters, no placeholders)."""
    catalog = i18n._STATE.catalog("de")
    return {key[1].replace("&", "") for key in i18n.message_keys()
            if catalog.texts.get(key, key[1]) != key[1] and len(key[1]) > 3 and "{" not in key[1]}


def leftovers(texts: list[tuple[str, str]]) -> list[str]:
    english = english_of_german_messages()
    found = set()
    for where, text in texts:
        plain = text.replace("&", "")
        for part in {plain, *plain.split(": "), *plain.split(" — "), *plain.split(" · "), *plain.split(", ")}:
            part = part.strip()
            if part in english or part.rstrip(".…") in english:
                found.add(f"{where}: {part!r} in {text[:80]!r}")
    return sorted(found)


def test_the_checker_finds_english_the_catalog_has_in_german():
    assert leftovers([("label", "Other"), ("label", "Mum (Andere)"), ("label", "Sam: All triggers")]) == [
        "label: 'All triggers' in 'Sam: All triggers'", "label: 'Other' in 'Other'"]


def test_windows_and_dialogs_show_no_english(qtbot, harness, tmp_path):
    from journal_app.ui.guidance.safety_plan_dialog import SafetyPlanDialog
    from journal_app.ui.privacy.onboarding import OnboardingDialog
    from journal_app.ui.shell.settings_dialog import SettingsDialog
    from journal_app.ui.therapy.export_dialog import ExportDialog
    from journal_app.ui.therapy.import_dialog import ImportDialog
    from journal_app.ui.therapy.sessions_dialog import SessionsDialog

    journal, window = fill(harness.journal), harness.window
    window.reload_after_import()
    qtbot.waitUntil(lambda: window.list_view.model().rowCount() >= 2, timeout=10000)
    window.list_view.setCurrentIndex(window.list_view.model().index(0, 0))
    qtbot.waitUntil(lambda: window.editor.entry_id is not None, timeout=10000)  # (read on a worker)
    texts = widget_texts(window) + widget_texts(window.menuBar(), visible_only=False)
    window.show_patterns(True)
    patterns_shown(qtbot, window)
    view = window.patterns
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: not view.loading, timeout=20000)
        texts += widget_texts(view) + chart_texts(view.chart.figure)
    window.show_patterns(False)
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    onboarding = shown(qtbot, OnboardingDialog(journal, True))
    for index in range(len(onboarding.pages)):
        operations.wait_all()  # each page is read on a worker
        texts += widget_texts(onboarding)
        if index < len(onboarding.pages) - 1:
            onboarding.next()
    for dialog in (ExportDialog(journal, window, prefs=prefs), SettingsDialog(prefs), SafetyPlanDialog(journal),
                   ImportDialog(journal, window), SessionsDialog(journal, window)):
        texts += widget_texts(shown(qtbot, dialog))
    assert leftovers(texts) == []
