"""The passphrase and backups dialogs, driven as a person would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from journal_app.core.errors import WrongPassphrase
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.ui.privacy.backups_dialog import BackupsDialog
from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog

STRONG = "lantern orbit pickle umbrella"
OTHER = "violet harbour cactus drum"


@pytest.fixture
def plain(data_dir):
    j = Journal.init(data_dir)
    j.save(EntryForm(occurred_at=now_utc(), title="Kept", body="a moment worth keeping"))
    yield j
    j.close()


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_encrypt_a_plain_journal_from_the_window(qtbot, plain, data_dir):
    dialog = PassphraseDialog(plain)
    qtbot.addWidget(dialog)
    assert not dialog.current.isVisible() and ok_button(dialog).text() == "Encrypt"
    qtbot.keyClicks(dialog.new, "password1")
    assert dialog.meter.label.text().startswith("Very weak")
    qtbot.keyClicks(dialog.repeat, "password1")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "common" in dialog.problem.text() and "guess" in dialog.problem.text()  # refused with a reason
    assert not plain.encrypted
    dialog.new.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.new, STRONG)
    qtbot.keyClicks(dialog.repeat, STRONG + "x")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.problem.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, STRONG)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)  # encrypted on a worker
    assert dialog.result() == dialog.DialogCode.Accepted
    assert plain.encrypted and plain.entry_count() == 1
    assert Journal.state(data_dir) == "encrypted"
    plain.close()
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=OTHER)
    with Journal.open(data_dir, passphrase=STRONG) as again:
        assert [r.title for r in again.page().rows] == ["Kept"]


def test_change_needs_the_current_passphrase_then_remove(qtbot, data_dir, monkeypatch):
    j = Journal.init(data_dir, passphrase=STRONG)
    try:
        dialog = PassphraseDialog(j)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.current, "not it")
        qtbot.keyClicks(dialog.new, OTHER)
        qtbot.keyClicks(dialog.repeat, OTHER)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert "current passphrase" in dialog.problem.text() and j.opens_with(STRONG)
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, STRONG)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)  # changed on a worker
        assert j.opens_with(OTHER)

        dialog = PassphraseDialog(j)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.current, OTHER)
        dialog.remove.setChecked(True)
        assert "anyone" in dialog.problem.text().lower()
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
        assert not j.encrypted and Journal.state(data_dir) == "plain"
    finally:
        j.close()


def test_backups_dialog_backs_up_and_restores(qtbot, plain, monkeypatch):
    dialog = BackupsDialog(plain)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.backup_button.isEnabled()  # the copy is made on a worker
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.tree.topLevelItemCount() == 1 and "Backed up" in dialog.status.text()
    assert dialog.tree.topLevelItem(0).text(1) == "made by you"
    kept = plain.page().rows[0].id
    plain.move_to_trash(kept)
    plain.empty_trash()
    assert plain.entry_count() == 0

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    restored = []
    dialog.restored.connect(lambda: restored.append(True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert restored and plain.entry_count() == 1
    reasons = [b.reason for b in backup.list_backups(plain.data_dir)]
    assert reasons[0] == "before-restore" and "manual" in reasons


def test_save_a_copy_elsewhere(qtbot, plain, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "elsewhere" / "copy.db"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = BackupsDialog(plain)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert out.exists() and oct(out.stat().st_mode & 0o777) == "0o600"
    assert "not encrypted" in dialog.status.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # exists now: refused, not overwritten
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "already exists" in dialog.status.text()
