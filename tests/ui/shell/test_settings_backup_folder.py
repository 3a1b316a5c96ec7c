"""Settings ▸ Backups ▸ Browse… never takes the journal's own folder, a folder inside it (or the same folder
by another name), for backups: a calm message says why and the setting stays as it was. Choosing the journal's
backups/ folder is the default under another name. Any other folder is taken."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal_app.core.errors import InvalidInput
from journal_app.services import backup
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def journal_dir(tmp_path):
    folder = tmp_path / "journal"
    (folder / "backups").mkdir(parents=True)
    (folder / "journal.db").write_bytes(b"")
    return folder


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    return said


def _dialog(qtbot, prefs, journal_dir):
    dialog = SettingsDialog(prefs, today=date(2026, 11, 28), data_dir=journal_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _browse(qtbot, monkeypatch, dialog, folder) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("where", ["the folder itself", "a folder inside it", "the same folder by a link"])
def test_the_journal_folder_is_refused(qtbot, monkeypatch, prefs, journal_dir, tmp_path, warnings, where):
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    prefs.set("backup_folder", str(elsewhere))
    target = {"the folder itself": journal_dir, "a folder inside it": journal_dir / "mine",
              "the same folder by a link": tmp_path / "link"}[where]
    if where == "a folder inside it":
        target.mkdir()
    if where == "the same folder by a link":
        os.symlink(journal_dir, target)
    dialog = _dialog(qtbot, prefs, journal_dir)
    _browse(qtbot, monkeypatch, dialog, target)
    assert len(warnings) == 1 and "journal's own folder" in warnings[0] and str(target) in warnings[0]
    assert dialog.values()["backup_folder"] == str(elsewhere)  # as it was
    dialog.accept()
    assert prefs.get("backup_folder") == str(elsewhere)


def test_the_journal_backups_folder_is_the_default(qtbot, monkeypatch, prefs, journal_dir, tmp_path, warnings):
    prefs.set("backup_folder", str(tmp_path))
    dialog = _dialog(qtbot, prefs, journal_dir)
    _browse(qtbot, monkeypatch, dialog, journal_dir / "backups")
    assert warnings == []
    assert dialog.values()["backup_folder"] == "" and dialog.folder.text() == "The journal folder"


def test_another_folder_is_taken(qtbot, monkeypatch, prefs, journal_dir, tmp_path, warnings):
    elsewhere = tmp_path / "journal-backups"  # a name that starts like the journal folder's: still elsewhere
    elsewhere.mkdir()
    dialog = _dialog(qtbot, prefs, journal_dir)
    _browse(qtbot, monkeypatch, dialog, elsewhere)
    assert warnings == []
    dialog.accept()
    assert prefs.get("backup_folder") == str(elsewhere)


def test_the_window_gives_the_dialog_its_journal_folder(qtbot, monkeypatch, prefs, journal_dir, warnings):
    """Through the window's Settings action (window_actions.show_settings), not only the dialog's own."""
    from PySide6.QtWidgets import QWidget

    from journal_app.ui.shell import window_actions

    class Window(QWidget):
        def __init__(self):
            super().__init__()
            self.prefs = prefs

        def journal_folder(self):
            return journal_dir

    window = Window()
    qtbot.addWidget(window)

    def exec_(dialog):
        _browse(qtbot, monkeypatch, dialog, journal_dir)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window_actions.show_settings(window)
    assert len(warnings) == 1
    assert prefs.get("backup_folder") == ""


def test_the_settings_folder_is_refused_too(journal_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    settings = tmp_path / "config" / "journal-app"
    settings.mkdir(parents=True)
    with pytest.raises(InvalidInput, match="settings"):
        backup.check_folder(settings, journal_dir)
    assert backup.check_folder(tmp_path / "elsewhere", journal_dir) == tmp_path / "elsewhere"
