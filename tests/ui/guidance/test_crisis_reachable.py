"""The crisis page (issue 18, items 1 and 2) opens from the unlock dialog, the locked window, the tray menu,
quick capture and the Help menu, and reading it never unlocks the journal: no Journal is opened, the lock
state and the count of unlock tries stay as they were. In the window the country comes from QLocale and can
be changed on the page; nothing on it dials, fetches or opens a browser."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from journal_app.models.values import EntryFilter
from journal_app.services.journal import Journal
from journal_app.ui.guidance.help_windows import CrisisWindow, show_crisis
from journal_app.ui.privacy.unlock_dialog import UnlockDialog

pytestmark = pytest.mark.gui


def crisis_windows() -> list[CrisisWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrisisWindow) and w.isVisible()]


@pytest.fixture(autouse=True)
def _close_crisis_windows():
    yield
    for page in crisis_windows():
        page.close()
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def no_opening(monkeypatch):
    """Every Journal.open from here on is recorded (and refused): the crisis page must cause none."""
    opened = []

    def refuse(*args, **kwargs):
        opened.append((args, kwargs))
        raise AssertionError("the crisis page opened the journal")

    monkeypatch.setattr(Journal, "open", refuse)
    return opened


def one_page() -> CrisisWindow:
    pages = crisis_windows()
    assert len(pages) == 1, pages
    return pages[0]


def assert_still_locked(h, failures_before: int) -> None:
    controller = h.controller
    assert controller.journal is None and h.window.journal is None
    assert controller.is_locked
    assert controller.backoff.failures == failures_before
    assert h.window.tray.journal is None and not h.window.tray.quick_action.isEnabled()


@pytest.fixture
def locked(lock_harness, qtbot):
    """The window locked with Ctrl+L, its unlock dialog open over it."""
    assert lock_harness.controller.lock()
    qtbot.waitUntil(lambda: lock_harness.controller.unlock_dialog is not None)
    return lock_harness


def test_from_the_unlock_dialog_over_the_locked_window(locked, qtbot, no_opening):
    controller = locked.controller
    dialog = controller.unlock_dialog
    failures = controller.backoff.failures
    assert dialog.buttons.buttonRole(dialog.crisis_button) == QDialogButtonBox.ButtonRole.HelpRole
    qtbot.mouseClick(dialog.crisis_button, Qt.MouseButton.LeftButton)
    page = one_page()
    # its own window: the window-modal unlock dialog over the journal window does not block it
    assert page.parent() is None and not page.isModal()
    assert "If you are in crisis" in page.page_text() and "emergency" in page.page_text()
    assert dialog.isVisible() and controller.unlock_dialog is dialog and dialog.journal is None
    assert dialog.passphrase.text() == ""
    assert no_opening == []
    assert_still_locked(locked, failures)


def test_from_the_locked_page_the_tray_and_the_help_menu(locked, qtbot, no_opening):
    controller, window = locked.controller, locked.window
    failures = controller.backoff.failures
    controller.unlock_dialog.reject()  # "Not now": the locked page stays
    qtbot.waitUntil(lambda: controller.unlock_dialog is None)
    assert window.pages.currentWidget() is window.locked_page
    button = controller.crisis_button
    assert button.parent() is window.locked_page and button.isVisible()
    assert button.text() == "If you are in &crisis…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    one_page().close()
    assert window.tray.tray_crisis_action in window.tray.tray_menu.actions()
    assert window.tray.tray_crisis_action.isEnabled()  # while locked, unlike quick capture
    window.tray.tray_crisis_action.trigger()
    one_page().close()
    assert window.guidance.crisis_action.isEnabled()
    window.guidance.crisis_action.trigger()
    one_page()
    assert no_opening == []
    assert_still_locked(locked, failures)
    assert controller.unlock_dialog is None  # no unlock dialog was brought up either


def test_the_page_stays_open_when_the_journal_locks(lock_harness, qtbot):
    lock_harness.window.guidance.crisis_action.trigger()
    page = one_page()
    page.choose("NZ")
    assert lock_harness.controller.lock()
    assert one_page() is page and page.current_code() == "NZ"  # the lock closes dialogs with journal words only


def test_from_the_unlock_dialog_at_start(encrypted_dir, qtbot, no_opening):
    """At start the unlock dialog blocks the whole app (exec): the page opens as its child, so it can be read."""
    dialog = UnlockDialog(encrypted_dir)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    failures = dialog.backoff.failures
    qtbot.mouseClick(dialog.crisis_button, Qt.MouseButton.LeftButton)
    page = one_page()
    assert page.parent() is dialog
    assert dialog.isVisible() and dialog.journal is None and dialog.result() == 0
    assert dialog.backoff.failures == failures and no_opening == []
    show_crisis("FR")  # opening it again brings the same page forward
    assert one_page() is page and page.current_code() == "FR"


def test_from_quick_capture_keeps_every_word_unsaved(window, qtbot):
    tray = window.tray
    tray.quick_action.trigger()
    quick = tray.quick
    qtbot.keyClicks(quick.what, "A hard evening")
    before = len(window.journal.page(EntryFilter()).rows)
    assert quick.crisis_button.isVisible()
    qtbot.mouseClick(quick.crisis_button, Qt.MouseButton.LeftButton)
    one_page()
    assert quick.isVisible() and quick.what.text() == "A hard evening"
    assert len(window.journal.page(EntryFilter()).rows) == before


def test_the_country_comes_from_the_locale_and_can_be_changed(qtbot):
    QLocale.setDefault(QLocale("de_AT"))
    page = CrisisWindow()
    qtbot.addWidget(page)
    assert page.current_code() == "AT"
    assert "TelefonSeelsorge: 142" in page.page_text() and "Numbers last checked:" in page.page_text()
    page.country.setCurrentIndex(page.country.findData("ES"))  # as a person would choose it
    assert page.current_code() == "ES" and "024" in page.page_text() and "016" in page.page_text()
    assert "142" not in page.page_text()
    page.country.setCurrentIndex(page.country.count() - 1)
    assert page.country.currentText() == "Somewhere else, or not listed" and page.current_code() is None
    text = page.page_text()
    assert "local emergency number" in text and "nearest emergency department" in text
    assert "findahelpline.com" in text


@pytest.mark.parametrize("name", ["C", "ja_JP"])
def test_a_locale_without_a_listed_country_shows_what_to_do_anywhere(qtbot, name):
    QLocale.setDefault(QLocale(name))
    page = CrisisWindow()
    qtbot.addWidget(page)
    assert page.current_code() is None and "If your country is not listed" in page.page_text()


def test_every_country_is_offered_once(qtbot):
    from journal_app.services import crisis

    page = CrisisWindow(country="US")
    qtbot.addWidget(page)
    offered = [page.country.itemData(i) for i in range(page.country.count())]
    assert sorted(c for c in offered if c) == crisis.known_codes() and offered[-1] is None


def test_nothing_is_opened_or_fetched(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = CrisisWindow(country=None)
    qtbot.addWidget(page)
    assert not page.browser.openLinks() and not page.browser.openExternalLinks()
    assert "href" not in page.browser.toHtml()
    page.browser.anchorClicked.emit(QUrl("https://findahelpline.com"))
    assert opened == [] and "never opens web pages" in page.note.text()
    assert page.browser.source().isEmpty()


def test_a_closed_page_is_let_go(qtbot):
    from journal_app.ui.guidance import help_windows

    page = show_crisis("CA")
    assert page in help_windows._OPEN_PAGES and "988" in page.page_text()
    page.close()
    assert page not in help_windows._OPEN_PAGES and crisis_windows() == []


def test_the_page_is_named_for_screen_readers_and_tab_follows_the_layout(qtbot):
    from tests.ui.accessibility import unnamed_controls
    from tests.ui.shell.test_accessibility_dialogs import assert_tab_follows_the_layout

    page = CrisisWindow(country="IE")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.windowTitle().startswith("If you are in crisis")
    assert unnamed_controls(page) == []
    assert_tab_follows_the_layout(qtbot, page, page.country)
