"""Issue 17 item 1: "Open a backup instead" runs its recovery (trying the passphrase on each backup, copying
one into place) on a worker of the operations layer. While it runs the window keeps answering, the controls are
off and "Opening the newest backup…" shows, and Cancel and the crisis page still answer; the answer continues
as before (the backup is unlocked, or the calm failure is said), and an answer after Cancel is dropped."""

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.services.unlock_attempts import UnlockAttempts
from journal_app.ui.common import operations
from journal_app.ui.privacy.unlock_dialog import UnlockDialog
from tests.ui.conftest import STRONG, FakeClock

pytestmark = pytest.mark.gui


class GatedRecovery:
    """backup.recover_from_backup, run once `gate` is set (or raising `error`); notes its threads."""

    def __init__(self, error=None):
        self.real = backup.recover_from_backup
        self.error = error
        self.gate = threading.Event()
        self.started = threading.Event()
        self.threads: list[int] = []

    def __call__(self, *args, **kw):
        self.threads.append(threading.get_ident())
        self.started.set()
        assert self.gate.wait(10)
        if self.error is not None:
            raise self.error
        return self.real(*args, **kw)


@pytest.fixture
def damaged(encrypted_dir):
    with Journal.open(encrypted_dir, passphrase=STRONG) as journal:
        backup.make_backup(journal)
    db = encrypted_dir / "journal.db"
    wrecked = bytearray(db.read_bytes())
    wrecked[20:60] = bytes(40)  # page 1's salt and ciphertext: it reads like a wrong passphrase
    db.write_bytes(bytes(wrecked))
    return encrypted_dir


def start_recovery(qtbot, monkeypatch, folder, passphrase=STRONG, error=None):
    """A dialog whose unlock failed on the damaged file, its recovery started and held by the gate."""
    dialog = UnlockDialog(folder, backoff=UnlockAttempts(folder, FakeClock()), cancel_text="Cancel")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.backup_button.isVisible()
    recovery = GatedRecovery(error)
    monkeypatch.setattr(backup, "recover_from_backup", recovery)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert recovery.started.wait(5)
    return dialog, recovery


def test_the_window_answers_while_a_backup_is_recovered(qtbot, monkeypatch, damaged):
    dialog, recovery = start_recovery(qtbot, monkeypatch, damaged)
    crisis = []
    monkeypatch.setattr(dialog, "show_crisis", lambda: crisis.append(True))
    dialog.crisis_button.clicked.disconnect()
    dialog.crisis_button.clicked.connect(dialog.show_crisis)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the recovery is blocked
    assert dialog.unlocking and dialog.recovered is None and dialog.isVisible()
    assert not dialog.passphrase.isEnabled() and not dialog.unlock_button.isEnabled()
    assert not dialog.backup_button.isEnabled()
    assert dialog.busy_label.isVisible() and dialog.busy_label.text() == "Opening the newest backup…"
    assert dialog.try_unlock() is False and dialog.open_backup() is False  # one at a time
    qtbot.mouseClick(dialog.crisis_button, Qt.MouseButton.LeftButton)
    assert crisis == [True] and dialog.cancel_button.isEnabled() and dialog.safety_plan_button.isEnabled()
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000) as blocker:
        recovery.gate.set()  # the backup is put in place, then unlocked (on the worker too)
    try:
        assert blocker.args == [True] and dialog.result() == UnlockDialog.DialogCode.Accepted
        assert dialog.journal is not None and dialog.journal.encrypted
        assert recovery.threads[0] != threading.get_ident()  # the recovery ran on a worker
        kept, used = dialog.recovered
        assert kept.parent == damaged and used.parent == damaged / "backups"
        assert not dialog.unlocking and not dialog.busy_label.isVisible()
    finally:
        dialog.journal.close()


def test_a_failed_recovery_is_said_and_counted(qtbot, monkeypatch, damaged):
    dialog, recovery = start_recovery(qtbot, monkeypatch, damaged, passphrase="violet harbour cactus drum")
    failures = dialog.backoff.failures
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000) as blocker:
        recovery.gate.set()
    assert blocker.args == [False] and dialog.journal is None and dialog.recovered is None
    assert dialog.problem.isVisible() and "Nothing was changed" in dialog.problem.text()
    assert dialog.backoff.failures == failures + 1  # no backup opened with it either: a wrong try
    assert dialog.passphrase.isEnabled() and dialog.backup_button.isEnabled()
    assert not dialog.busy_label.isVisible() and not dialog.unlocking


def test_an_unexpected_problem_in_the_recovery_is_said_calmly(qtbot, monkeypatch, damaged):
    dialog, recovery = start_recovery(qtbot, monkeypatch, damaged, error=OSError("disk"))
    failures = dialog.backoff.failures
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000) as blocker:
        recovery.gate.set()
    assert blocker.args == [False] and dialog.journal is None and dialog.recovered is None
    assert "unexpected problem (OSError)" in dialog.problem.text()
    assert dialog.backoff.failures == failures  # not a wrong passphrase
    assert dialog.passphrase.isEnabled() and dialog.isVisible()


def test_cancel_while_recovering_drops_the_late_answer(qtbot, monkeypatch, damaged):
    opened = []
    real_open = Journal.open.__func__

    def noting_open(cls, *a, **k):
        journal = real_open(cls, *a, **k)
        opened.append(journal)
        return journal

    dialog, recovery = start_recovery(qtbot, monkeypatch, damaged)
    monkeypatch.setattr(Journal, "open", classmethod(noting_open))
    answers = []
    dialog.unlockFinished.connect(answers.append)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == UnlockDialog.DialogCode.Rejected
    assert not dialog.unlocking and not dialog.busy_label.isVisible()
    recovery.gate.set()
    operations.wait_all()
    assert answers == [] and dialog.journal is None and dialog.recovered is None
    assert opened == []  # the late answer opened nothing
