"""A backup folder chosen in Settings is honoured everywhere backups matter for privacy and recovery: the unlock
screen's "Open a backup instead" tries the backups there too, and encrypting a plain journal removes the old
unencrypted backups there too (only files named like our backups; the person's other files stay)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import backup, security
from journal_app.services.journal import Journal
from journal_app.store.engine import check_file_kind
from journal_app.ui.common.preferences import Preferences

from .conftest import PASSPHRASE, digest, files_containing, make_entries

SECRET = "marmalade-lighthouse"  # a word written in the journal, looked for on disk


def private_prefs(tmp_path, folder=None) -> Preferences:
    prefs = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    if folder is not None:
        prefs.set("backup_folder", str(folder))
    return prefs


@pytest.fixture
def damaged_with_backup_in_folder(data_dir, tmp_path):
    """An encrypted journal whose only backup is in a chosen folder, then damaged; (folder, damaged bytes)."""
    folder = tmp_path / "usb stick" / "journal backups"
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 2)
        made = backup.make_backup(journal, folder=folder)
    assert made.path.parent == folder and backup.list_backups(data_dir) == []
    db = data_dir / "journal.db"
    wrecked = bytearray(db.read_bytes())
    wrecked[20:60] = bytes(40)  # page 1's salt and ciphertext: it reads like a wrong passphrase
    db.write_bytes(bytes(wrecked))
    return folder, bytes(wrecked)


def _unlock_then_open_backup(qtbot, monkeypatch, data_dir, **kw):
    from journal_app.ui.privacy.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(data_dir, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000):  # the opener runs on a worker
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.journal is None and dialog.backup_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    answers = []
    dialog.unlockFinished.connect(answers.append)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    if dialog.unlocking:  # a backup was put in place: its unlock runs on a worker
        qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    return dialog


@pytest.mark.gui
def test_unlock_screen_recovers_from_a_backup_in_the_chosen_folder(qtbot, monkeypatch, data_dir, tmp_path,
                                                                   damaged_with_backup_in_folder):
    folder, wrecked = damaged_with_backup_in_folder
    dialog = _unlock_then_open_backup(qtbot, monkeypatch, data_dir, prefs=private_prefs(tmp_path, folder))
    assert dialog.journal is not None, dialog.problem.text()
    try:
        assert dialog.journal.entry_count() == 2
    finally:
        dialog.journal.close()
    kept, used = dialog.recovered
    assert used.parent == folder and kept.parent == data_dir and kept.read_bytes() == wrecked


@pytest.mark.gui
def test_unlock_screen_reads_the_folder_from_the_apps_own_settings(qtbot, monkeypatch, data_dir,
                                                                   damaged_with_backup_in_folder):
    """As app.py builds it (no prefs given): the setting saved by the Settings dialog is used."""
    folder, _wrecked = damaged_with_backup_in_folder
    Preferences().set("backup_folder", str(folder))
    dialog = _unlock_then_open_backup(qtbot, monkeypatch, data_dir)
    assert dialog.journal is not None, dialog.problem.text()
    dialog.journal.close()
    assert dialog.recovered[1].parent == folder


@pytest.mark.gui
def test_without_the_folder_setting_the_unlock_screen_changes_nothing(qtbot, monkeypatch, data_dir, tmp_path,
                                                                     damaged_with_backup_in_folder):
    """The control: with no folder chosen there is nothing to recover from, and nothing is touched."""
    folder, wrecked = damaged_with_backup_in_folder
    dialog = _unlock_then_open_backup(qtbot, monkeypatch, data_dir, prefs=private_prefs(tmp_path))
    assert dialog.journal is None and "Nothing was changed" in dialog.problem.text()
    assert (data_dir / "journal.db").read_bytes() == wrecked and dialog.recovered is None
    assert len(backup.list_backups(data_dir, folder)) == 1


@pytest.fixture
def plain_with_backups(data_dir, tmp_path):
    """A plain journal with a plain backup in its own folder and one in a chosen folder that also holds the
    person's own files; (journal, folder, their files' digests)."""
    folder = tmp_path / "chosen"
    journal = Journal.init(data_dir)
    journal.save(EntryForm(occurred_at=now_utc(), title="Evening", body=f"The {SECRET} again."))
    own = backup.make_backup(journal)
    chosen = backup.make_backup(journal, folder=folder)
    assert check_file_kind(own.path) == check_file_kind(chosen.path) == "plain"
    (folder / "holiday.jpg").write_bytes(b"jpeg")
    journal.copy_to(folder / "another-app.db")  # a plain database not named like ours: not ours to remove
    theirs = {name: digest(folder / name) for name in ("holiday.jpg", "another-app.db")}
    assert len(files_containing(folder, [SECRET])) == 2  # the control: the plain files show the words
    yield journal, folder, theirs
    journal.close()


def test_encrypting_removes_plain_backups_in_the_chosen_folder(plain_with_backups, data_dir):
    journal, folder, theirs = plain_with_backups
    security.change_passphrase(journal, PASSPHRASE, backup_folder=folder)
    assert journal.encrypted
    assert backup.list_backups(data_dir, folder) == []
    assert all(check_file_kind(b.path) == "encrypted" for b in backup.list_backups(data_dir))
    assert files_containing(data_dir, [SECRET]) == []
    assert {name: digest(folder / name) for name in theirs} == theirs  # the person's own files stay as they were
    assert sorted(p.name for p in folder.iterdir()) == sorted(theirs)
    assert files_containing(folder, [SECRET]) == [(str(folder / "another-app.db"), SECRET)]


def test_by_default_only_the_journals_own_backups_are_cleaned(plain_with_backups, data_dir):
    """backup_folder=None keeps the old meaning: the journal's own backups folder only."""
    journal, folder, _theirs = plain_with_backups
    security.change_passphrase(journal, PASSPHRASE)
    assert files_containing(data_dir, [SECRET]) == []
    assert len(backup.list_backups(data_dir, folder)) == 1


@pytest.mark.gui
def test_the_passphrase_dialog_cleans_the_folder_chosen_in_settings(qtbot, plain_with_backups, data_dir, tmp_path):
    from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog

    journal, folder, theirs = plain_with_backups
    dialog = PassphraseDialog(journal, prefs=private_prefs(tmp_path, folder))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)  # encrypted on a worker
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    assert journal.encrypted and backup.list_backups(data_dir, folder) == []
    assert files_containing(data_dir, [SECRET]) == []
    assert files_containing(folder, [SECRET]) == [(str(folder / "another-app.db"), SECRET)]  # theirs, kept
    assert {name: digest(folder / name) for name in theirs} == theirs
