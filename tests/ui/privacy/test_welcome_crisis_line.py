"""Issue 18, help item 6: the first run says in one line that the app supports therapy and is not treatment or
an emergency service, with the crisis page one click away (the page Help ▸ If you are in crisis… shows).
Also the guidance library's About page, which explains how the source article is credited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from journal_app.services.guidance import ABOUT_ID, CRISIS_ID, Library
from journal_app.ui.guidance.guidance_library import GuidanceLibrary
from journal_app.ui.privacy.welcome_dialog import WelcomeDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def welcome(qtbot, data_dir):
    dialog = WelcomeDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_first_run_says_what_the_app_is_not_in_one_line(welcome):
    line = welcome.support.text()
    assert line == "This app supports your therapy; it is not treatment or an emergency service."
    assert welcome.support.isVisible() and welcome.crisis_link.isVisible()
    assert "crisis" in welcome.crisis_link.text()
    assert "where to get help" in welcome.crisis_link.accessibleName()


def test_one_click_opens_the_crisis_page_and_creates_nothing(qtbot, welcome, data_dir):
    qtbot.mouseClick(welcome.crisis_link, Qt.MouseButton.LeftButton)
    page = welcome.crisis_page
    assert isinstance(page, GuidanceLibrary)
    qtbot.waitExposed(page)
    assert page.current_id == CRISIS_ID
    first_line = Library.load().crisis_markdown().splitlines()[0].lstrip("# ").strip()
    assert page.reader_text().startswith(first_line)  # the same page Help ▸ If you are in crisis… shows
    assert welcome.isVisible() and welcome.journal is None  # the first run goes on from where it was
    assert not data_dir.exists() or not any(data_dir.iterdir())  # no journal was made
    # a second click brings the same page back to the front rather than opening another
    page.close()
    qtbot.mouseClick(welcome.crisis_link, Qt.MouseButton.LeftButton)
    assert welcome.crisis_page is page and page.isVisible() and page.current_id == CRISIS_ID


def test_the_crisis_link_is_reached_by_keyboard_before_the_buttons(qtbot, welcome):
    welcome.no_passphrase.setFocus()  # the box below it ("I understand") shows only without a passphrase
    qtbot.keyClick(welcome.no_passphrase, Qt.Key.Key_Tab)
    assert welcome.focusWidget() is welcome.crisis_link
    qtbot.keyClick(welcome.crisis_link, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: welcome.crisis_page is not None and welcome.crisis_page.isVisible())
    assert welcome.crisis_page.current_id == CRISIS_ID


def test_the_library_has_an_about_page_that_explains_the_credit(qtbot):
    library = GuidanceLibrary(Library.load())
    qtbot.addWidget(library)
    library.show()
    library.open("attachment-styles")
    assert library.about_button.isVisible()
    qtbot.mouseClick(library.about_button, Qt.MouseButton.LeftButton)
    assert library.current_id == ABOUT_ID
    text = library.reader_text()
    assert text.startswith("About this guidance")
    assert "an article by TheraFocus on attachment-based therapy" in " ".join(text.split())
    assert library.tree.selectedItems() == []  # About is not one of the articles in the list
    # the link at the foot of every article leads there too
    library.open("push-pull")
    library.follow(QUrl(ABOUT_ID))
    assert library.current_id == ABOUT_ID
