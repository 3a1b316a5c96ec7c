"""The Help windows: the user guide renders, the shortcuts window reads the live menus (and notices actions
added later), About shows the version, licence and journal folder and opens the folder."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from journal_app import __version__
from journal_app.ui.guidance import help_windows
from journal_app.ui.guidance.help_windows import AboutDialog, ShortcutsWindow, UserGuideWindow

pytestmark = pytest.mark.gui


def native(key) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def headings(browser) -> list[str]:
    block, found = browser.document().begin(), []
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.append(block.text())
        block = block.next()
    return found


def test_user_guide_renders_its_headings(qtbot):
    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    assert not guide.isModal()
    assert headings(guide.browser) == [
        "Using your journal", "Between sessions", "What the triggers mean", "Seeing your patterns",
        "Your cycle", "How your privacy is kept", "Sharing with your therapist", "If you are in crisis",
        "Finding your way",
    ]
    text = guide.browser.toPlainText()
    for words in ("Abandonment fear", "Withdrawal", "Push-pull", "cannot be recovered", "Nothing is sent anywhere",
                  "Exports are plain files", "Help ▸ If you are in crisis", "Export summary"):
        assert words in text
    assert "**" not in text  # Markdown rendered, not shown raw


def test_user_guide_says_calmly_when_it_is_missing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_RESOURCES", str(tmp_path))
    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    assert "could not be read" in guide.browser.toPlainText()


@pytest.fixture
def shortcuts(qtbot, window):
    dialog = ShortcutsWindow(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shortcuts_come_from_the_live_menus(shortcuts):
    rows = shortcuts.rows()
    assert rows["Journal"]["New entry"] == native(QKeySequence.StandardKey.New) == "Ctrl+N"
    assert rows["Journal"]["Patterns"] == "Ctrl+Shift+P"
    assert rows["Journal"]["Export summary"] == "Ctrl+Shift+E"  # added by the therapy controller
    assert rows["Journal"]["Triggers"] == ""  # in the menu, no key of its own
    assert rows["Edit"]["Undo"] == native(QKeySequence.StandardKey.Undo)
    assert rows["Help"]["Guidance library"] == native(QKeySequence.StandardKey.HelpContents)
    assert rows["Elsewhere"]["Move to Trash (in entries)"] == native(QKeySequence.StandardKey.Delete)
    editing = rows["Moving around and editing"]
    assert editing["Next field (also out of the entry text)"] == "Tab"
    assert editing["Copy"] == native(QKeySequence.StandardKey.Copy)
    assert list(rows)[:3] == ["Journal", "Edit", "Help"]


def test_actions_added_after_construction_appear(qtbot, window, shortcuts):
    hello = QAction("&Say hello…", window)
    hello.setShortcut(QKeySequence("Ctrl+Alt+H"))
    window.help_menu.addAction(hello)
    qtbot.waitUntil(lambda: shortcuts.rows()["Help"].get("Say hello") == native("Ctrl+Alt+H"), timeout=1000)
    later = QMenu("Lock &after…", window)
    later.addAction(QAction("5 minutes", later))
    window.journal_menu.addMenu(later)
    qtbot.waitUntil(lambda: "Journal ▸ Lock after" in shortcuts.rows(), timeout=1000)
    assert shortcuts.rows()["Journal ▸ Lock after"] == {"5 minutes": ""}
    window.help_menu.removeAction(hello)
    qtbot.waitUntil(lambda: "Say hello" not in shortcuts.rows()["Help"], timeout=1000)


def test_typing_narrows_the_list(qtbot, shortcuts):
    qtbot.keyClicks(shortcuts.filter, "trash")
    rows = shortcuts.rows()
    assert {group: list(r) for group, r in rows.items() if r} == {
        "Journal": ["Move to Trash", "Show Trash"], "Elsewhere": ["Move to Trash (in entries)"]}
    shortcuts.filter.clear()
    assert "New entry" in shortcuts.rows()["Journal"]


def test_about_shows_version_licence_and_folder(qtbot, data_dir):
    about = AboutDialog(None, data_dir)
    qtbot.addWidget(about)
    about.show()
    text = " ".join(label.text() for label in about.findChildren(type(about.folder)))
    assert f"Version {__version__}" in text
    assert "All rights reserved" in text and "Proprietary" in text
    assert "nothing you write is ever sent anywhere" in text
    assert about.folder.text() == str(data_dir)
    assert about.folder.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_open_folder_asks_the_desktop_to_show_it(qtbot, data_dir, monkeypatch):
    opened = []

    def fake_open(url):
        opened.append(url)
        return len(opened) == 1

    monkeypatch.setattr(help_windows.QDesktopServices, "openUrl", staticmethod(fake_open))
    about = AboutDialog(None, data_dir)
    qtbot.addWidget(about)
    about.show()
    qtbot.mouseClick(about.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(data_dir))]
    assert not about.problem.isVisible()
    qtbot.mouseClick(about.open_button, Qt.MouseButton.LeftButton)  # the desktop could not do it
    assert about.problem.isVisible() and "copy it" in about.problem.text()


def test_version_falls_back_to_the_installed_package(monkeypatch):
    import journal_app

    monkeypatch.delattr(journal_app, "__version__")
    monkeypatch.setattr(help_windows.metadata, "version", lambda name: "9.9.9" if name == "journal-app" else "")
    assert help_windows.app_version() == "9.9.9"
