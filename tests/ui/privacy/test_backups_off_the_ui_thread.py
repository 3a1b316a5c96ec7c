"""Issue 17 item 1: Back up now, Save a copy elsewhere and Restore run on a worker (operations): the dialog
keeps answering meanwhile with its buttons off (Close too, so no copy is left half-way), and says the result
or the calm reason it failed."""

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.core.errors import StorageError
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.ui.common import operations
from journal_app.ui.privacy.backups_dialog import BackupsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def plain(data_dir):
    j = Journal.init(data_dir)
    j.save(EntryForm(occurred_at=now_utc(), title="Kept", body="a moment worth keeping"))
    yield j
    operations.wait_all()
    j.close()


def test_back_up_now_runs_on_a_worker_and_the_dialog_answers(qtbot, plain, monkeypatch):
    release, ran_on = threading.Event(), []
    real = backup.make_backup

    def slow(journal, **kw):
        ran_on.append(threading.get_ident())
        assert release.wait(10)
        return real(journal, **kw)

    monkeypatch.setattr(backup, "make_backup", slow)
    dialog = BackupsDialog(plain)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ran_on), timeout=3000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the copy is held
    assert dialog.busy and dialog.status.text() == "Backing up…"
    assert not dialog.backup_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.reject()  # Close waits for the copy
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert ran_on[0] != threading.get_ident()
    assert "Backed up" in dialog.status.text() and dialog.tree.topLevelItemCount() == 1
    assert dialog.backup_button.isEnabled()


def test_a_failed_backup_says_why(qtbot, plain, monkeypatch):
    def broken(*_a, **_k):
        raise StorageError("The backups folder is full. Your journal is unchanged.")

    monkeypatch.setattr(backup, "make_backup", broken)
    dialog = BackupsDialog(plain)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.status.text() == "The backups folder is full. Your journal is unchanged."
    assert dialog.backup_button.isEnabled()


def test_a_restore_announces_that_the_journal_changed(qtbot, plain, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    backup.make_backup(plain)
    dialog = BackupsDialog(plain)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(operations.hub().journalChanged, timeout=10000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and "Restored." in dialog.status.text()


def test_a_passphrase_change_runs_on_a_worker_and_cannot_be_cancelled_half_way(qtbot, plain, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from journal_app.services import security
    from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog

    release, ran_on = threading.Event(), []
    real = security.change_passphrase

    def slow(journal, new, **kw):
        ran_on.append(threading.get_ident())
        assert release.wait(10)
        return real(journal, new, **kw)

    monkeypatch.setattr(security, "change_passphrase", slow)
    dialog = PassphraseDialog(plain)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new, "lantern orbit pickle umbrella")
    qtbot.keyClicks(dialog.repeat, "lantern orbit pickle umbrella")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ran_on), timeout=3000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the file is rewritten
    assert dialog.busy and "Encrypting your journal again" in dialog.problem.text()
    assert not dialog.buttons.isEnabled() and not dialog.new.isEnabled()
    dialog.reject()  # Cancel (or Esc) half-way does nothing
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert dialog.result() == dialog.DialogCode.Accepted and plain.encrypted
    assert ran_on[0] != threading.get_ident()
