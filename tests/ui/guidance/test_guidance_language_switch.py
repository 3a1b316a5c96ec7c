"""Settings ▸ Language while the window is open: the guidance panel's cards, the guidance library (F1), the user
guide and the crisis page are read again in the new language at once, without a restart, and the place the person
was at stays (the article being read, the ticked trigger's cards, the chosen country)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal_app.core import i18n
from journal_app.services.guidance import Library
from journal_app.ui.common.i18n import change_language
from tests.ui.guidance.waiting import cue_loaded

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    change_language(QApplication.instance(), "en")


def _titles(language: str, article_id: str) -> str:
    previous = i18n.language()
    i18n.set_language(language)
    try:
        article = Library.load().get(article_id)
        assert article is not None
        return article.title
    finally:
        i18n.set_language(previous)


def test_the_panel_and_the_library_follow_a_change_of_language(window, qtbot):
    english, german = _titles("en", "withdrawal"), _titles("de", "withdrawal")
    assert english != german  # German ships its own article
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.editor_area)
    cue_loaded(qtbot)
    editor = window.editor
    qtbot.mouseClick(editor.triggers.row_for("withdrawal").check, Qt.MouseButton.LeftButton)
    panel = window.guidance.panel
    assert panel.article_ids()[0] == "withdrawal" and panel.cards[0].title.text() == english
    window.guidance.library_action.trigger()  # F1
    library = window.guidance.dialog
    qtbot.waitExposed(library)
    library.open("withdrawal")
    assert library.reader_text().startswith(english)
    english_topics = [library.tree.topLevelItem(i).text(0) for i in range(library.tree.topLevelItemCount())]

    change_language(QApplication.instance(), "de")

    assert panel.article_ids()[0] == "withdrawal"  # the same reading, now in German
    assert panel.cards[0].title.text() == german
    assert panel.cards[0].summary.text() == Library.load().get("withdrawal").summary
    rueckzug = i18n.translate("triggers", "Withdrawal")
    assert rueckzug != "Withdrawal" and rueckzug in panel.cards[0].reason.text()  # "Weil du Rückzug …"
    assert library.isVisible() and library.current_id == "withdrawal"
    assert library.reader_text().startswith(german)
    titles = [item.text(0) for item in library._items()]
    assert german in titles and english not in titles
    topics = [library.tree.topLevelItem(i).text(0) for i in range(library.tree.topLevelItemCount())]
    assert topics != english_topics
    assert editor.triggers.row_for("withdrawal").check.isChecked()  # nothing the person did is undone

    change_language(QApplication.instance(), "en")
    assert panel.cards[0].title.text() == english and library.reader_text().startswith(english)


def test_a_library_search_stays_and_its_results_change_language(window, qtbot):
    window.guidance.library_action.trigger()
    library = window.guidance.dialog
    qtbot.waitExposed(library)
    qtbot.keyClicks(library.search, "partner")
    before = [item.text(0) for item in library._items()]
    assert before
    change_language(QApplication.instance(), "de")
    assert library.search.text() == "partner"  # what the person typed stays
    after = [item.text(0) for item in library._items()]
    german = {a.title for a in Library.load().articles()}
    assert after and set(after) <= german and not set(after) & set(before)  # found again, in German


def test_the_user_guide_and_the_crisis_page_follow_a_change_of_language(qtbot):
    from journal_app.ui.guidance.help_windows import CrisisWindow, UserGuideWindow

    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    crisis = CrisisWindow(country="AT")
    qtbot.addWidget(crisis)
    english_guide = guide.browser.toPlainText()
    assert crisis.page_text().startswith("If you are in crisis")
    change_language(QApplication.instance(), "de")
    assert guide.browser.toPlainText() != english_guide
    assert "Anleitung" in guide.windowTitle()
    assert crisis.current_code() == "AT"
    assert crisis.page_text().startswith("Wenn du in einer Krise bist")
    assert crisis.country.currentText() == i18n.translate("crisis", "Austria (Österreich)")
    assert "Rettung: 144" in crisis.page_text()
    names = [crisis.country.itemText(i) for i in range(crisis.country.count() - 1)]
    assert names == sorted(names, key=str.casefold)  # in the order of their German names
