"""The unlock dialog on a journal whose salt (the first 16 bytes) is damaged: it says the file is damaged and
offers the newest backup, never "wrong passphrase", and the try does not count toward the wait. A wrong
passphrase on the same file is still called wrong (and counted), and recovery that finds no backups at all is
not counted as a wrong try either."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.services.unlock_attempts import UnlockAttempts
from journal_app.ui.privacy.unlock_dialog import UnlockDialog
from tests.ui.conftest import STRONG, FakeClock

pytestmark = pytest.mark.gui


@pytest.fixture
def salt_damaged(encrypted_dir):
    with Journal.open(encrypted_dir, passphrase=STRONG) as journal:
        backup.make_backup(journal)
    with open(encrypted_dir / "journal.db", "r+b") as fh:
        fh.write(b"\x00" * 16)
    return encrypted_dir


def _unlock(qtbot, folder, passphrase):
    dialog = UnlockDialog(folder, backoff=UnlockAttempts(folder, FakeClock()), cancel_text="Cancel")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=15000) as finished:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert finished.args == [False]
    return dialog


def test_a_damaged_salt_says_damaged_and_offers_the_backup(qtbot, salt_damaged):
    dialog = _unlock(qtbot, salt_damaged, STRONG)
    shown = dialog.problem.text()
    assert "passphrase is right" in shown and "damaged" in shown
    assert "did not open this journal" not in shown
    assert dialog.backoff.failures == 0
    assert dialog.backup_button.isVisible()


def test_a_wrong_passphrase_on_it_is_still_wrong(qtbot, salt_damaged):
    dialog = _unlock(qtbot, salt_damaged, "not the passphrase at all")
    assert "did not open this journal" in dialog.problem.text()
    assert dialog.backoff.failures == 1


def test_recovery_with_no_backups_is_not_a_wrong_try(qtbot, monkeypatch, encrypted_dir):
    with open(encrypted_dir / "journal.db", "r+b") as fh:
        fh.seek(20)
        fh.write(bytes(40))  # page 1's ciphertext: the file is damaged, and there are no backups
    dialog = _unlock(qtbot, encrypted_dir, STRONG)
    assert dialog.backup_button.isVisible() and dialog.backoff.failures == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=15000):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "no backups" in dialog.problem.text()
    assert dialog.backoff.failures == 0
