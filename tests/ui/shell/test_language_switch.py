"""Settings ▸ Language: the system's language, English or Deutsch, applied at once in every open window, and
nothing being typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journal_app.core import i18n
from tests.ui.entries.test_editing import type_entry
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_changes_language_at_once_and_keeps_what_is_typed(qtbot, harness):
    from journal_app.ui.common.i18n import change_language

    window = harness.window
    editor = type_entry(qtbot, window, "Sunday evening", "Sam did not call back.")
    english = _menu_titles(window)
    assert "&Journal" in english
    assert change_language(QApplication.instance(), "de") == "de"
    german = _menu_titles(window)
    journal_de = i18n.translate("MainWindow", "&Journal")
    assert journal_de != "&Journal"  # German ships a translation for it
    assert journal_de in german and "&Journal" not in german
    assert editor.title.text() == "Sunday evening"
    assert editor.body.toPlainText() == "Sam did not call back."
    assert i18n.short_date(__import__("datetime").date(2026, 3, 14)) == "14.03.2026"
    change_language(QApplication.instance(), "en")
    assert _menu_titles(window) == english
    assert editor.title.text() == "Sunday evening" and editor.body.toPlainText() == "Sam did not call back."


def test_the_pseudo_language_reaches_every_menu(qtbot, harness):
    from journal_app.ui.common.i18n import change_language

    window = harness.window
    change_language(QApplication.instance(), "pseudo")
    titles = _menu_titles(window)
    assert titles and all(t.startswith(i18n.PSEUDO_OPEN) for t in titles), titles


def test_settings_offer_the_system_english_and_deutsch_and_save_the_choice(qtbot):
    from journal_app.ui.common.preferences import Preferences
    from journal_app.ui.shell.settings_dialog import SettingsDialog

    prefs = Preferences()
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    items = [(dialog.language.itemData(i), dialog.language.itemText(i)) for i in range(dialog.language.count())]
    assert [key for key, _ in items] == ["system", "en", "de"]
    assert dict(items)["de"] == "Deutsch" and dict(items)["en"] == "English"
    assert dialog.language.currentData() == "system"
    seen = []
    prefs.changed.connect(seen.append)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert prefs.get("language") == "de" and "language" in seen


def test_the_app_follows_the_language_setting(qtbot, harness):
    from journal_app import app as app_module

    prefs = harness.window.prefs
    prefs.set("language", "de")
    app_module._follow_language(QApplication.instance(), prefs, "language")
    assert i18n.language() == "de"
    prefs.set("language", "system")  # the system here is C.UTF-8 (tests/conftest.py): English
    app_module._follow_language(QApplication.instance(), prefs, "language")
    assert i18n.language() == "en"


def test_patterns_sentences_and_charts_follow_a_change_of_language(qtbot, harness):
    from datetime import timedelta

    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm, TriggerMark
    from journal_app.ui.common.i18n import change_language

    journal = harness.journal
    fear = next(t for t in journal.triggers() if t.slug == "abandonment-fear")
    for days in range(6):
        journal.save(EntryForm(occurred_at=now_utc() - timedelta(days=days), body="x",
                               triggers=(TriggerMark(fear.id, 5),)))
    window = harness.window
    window.reload_after_import()
    window.show_patterns(True)
    patterns_shown(qtbot, window)
    view = window.patterns
    qtbot.waitUntil(lambda: not view.loading and view.report is not None, timeout=20000)
    assert "Abandonment fear came up" in view.insights.text()
    change_language(QApplication.instance(), "de")
    qtbot.waitUntil(lambda: not view.loading and "Verlustangst" in view.insights.text(), timeout=20000)
    title = view.chart.figure.axes[0].get_title(loc="left")
    assert title == i18n.translate("Charts", "How often each trigger came up") != "How often each trigger came up"


def _calendar_words(calendar) -> tuple[list[str], list[str]]:
    """(the month and year on the calendar's bar, the weekday names over its columns) as shown."""
    from PySide6.QtWidgets import QTableView, QToolButton

    bar = [b.text() for b in calendar.findChildren(QToolButton) if b.text()]
    model = calendar.findChild(QTableView).model()
    return bar, [model.data(model.index(0, column)) for column in range(model.columnCount())]


def test_the_calendar_names_months_and_days_in_the_new_language(qtbot, harness):
    """The calendar's month and weekday names are QLocale's (no catalog message to translate): a change of
    language gives the calendar the new language's locale, so a German calendar says Dezember and Mo., Di., …"""
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QCalendarWidget

    from journal_app.ui.common.i18n import change_language

    window = harness.window
    window.calendar.show(True)
    calendar = window.findChild(QCalendarWidget)
    calendar.setCurrentPage(2026, 3)
    bar, days = _calendar_words(calendar)
    assert "March" in bar and days[0] == "Mon"  # the test machine's C locale: English
    change_language(QApplication.instance(), "de")
    bar, days = _calendar_words(calendar)
    assert "März" in bar and "2026" in bar
    assert days == ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]  # weeks start on Monday
    assert calendar.locale().language() == QLocale.Language.German
    assert calendar.locale().toString(QDate(2026, 3, 14), QLocale.FormatType.ShortFormat) == "14.03.26"
    change_language(QApplication.instance(), "en")
    bar, days = _calendar_words(calendar)
    assert "March" in bar and days[0] == "Mon"


def test_words_that_two_places_translate_differently_take_their_own_places_translation(qtbot, harness):
    """"not rated" is "offen" beside a trigger and "nicht angegeben" in an export: after a change of language each
    widget gets the translation of its own place."""
    from journal_app.ui.common.i18n import change_language

    window = harness.window
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.editor_area)
    spin = window.editor.triggers.row_for("withdrawal").spin
    assert spin.specialValueText() == "not rated"
    beside = i18n.translate_in("de", "TriggerPicker", "not rated")
    export = i18n.translate_in("de", "export", "not rated")
    assert beside != export  # the case this test is about
    change_language(QApplication.instance(), "de")
    assert spin.specialValueText() == beside
    change_language(QApplication.instance(), "en")
    assert spin.specialValueText() == "not rated"
