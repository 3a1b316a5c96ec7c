"""Issue 17 item 1: the unlock dialog runs the opener (key derivation, key check, opening) on a worker of the
operations layer. While it runs the window keeps answering, the field and Unlock are off and "Unlocking…"
shows, and Cancel and the crisis page still answer; a wrong passphrase from the worker is said as before, and
a journal that opens after Cancel is closed again, never kept."""

import threading

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.core import messages
from journal_app.core.errors import NotAJournal, WrongPassphrase
from journal_app.services.journal import Journal
from journal_app.services.unlock_attempts import UnlockAttempts
from journal_app.ui.common import operations
from journal_app.ui.privacy.unlock_dialog import UnlockDialog
from tests.ui.conftest import STRONG, FakeClock

pytestmark = pytest.mark.gui


class GatedOpener:
    """Opens the journal (or raises `error`) once `gate` is set; notes the thread each call ran on."""

    def __init__(self, folder, error=None):
        self.folder, self.error = folder, error
        self.gate = threading.Event()
        self.started = threading.Event()
        self.threads: list[int] = []
        self.opened: list[Journal] = []

    def __call__(self, passphrase):
        self.threads.append(threading.get_ident())
        self.started.set()
        assert self.gate.wait(10)
        if self.error is not None:
            raise self.error
        journal = Journal.open(self.folder, passphrase=passphrase)
        self.opened.append(journal)
        return journal


def make_dialog(qtbot, folder, opener, **kw):
    dialog = UnlockDialog(folder, opener=opener, backoff=UnlockAttempts(folder, FakeClock()), **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_unlock(qtbot, dialog, opener, passphrase=STRONG):
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert opener.started.wait(5)


def test_the_window_answers_while_the_journal_unlocks(qtbot, encrypted_dir, monkeypatch):
    opener = GatedOpener(encrypted_dir)
    dialog = make_dialog(qtbot, encrypted_dir, opener)
    crisis = []
    monkeypatch.setattr(dialog, "show_crisis", lambda: crisis.append(True))
    dialog.crisis_button.clicked.disconnect()
    dialog.crisis_button.clicked.connect(dialog.show_crisis)
    press_unlock(qtbot, dialog, opener)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the opener is blocked
    assert dialog.unlocking and dialog.journal is None and dialog.isVisible()
    assert not dialog.passphrase.isEnabled() and not dialog.unlock_button.isEnabled()
    assert dialog.busy_label.isVisible() and dialog.busy_label.text() == "Unlocking…"
    assert dialog.try_unlock() is False  # one unlock at a time
    qtbot.mouseClick(dialog.crisis_button, Qt.MouseButton.LeftButton)
    assert crisis == [True] and dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000) as blocker:
        opener.gate.set()
    try:
        assert blocker.args == [True] and dialog.result() == UnlockDialog.DialogCode.Accepted
        assert dialog.journal is opener.opened[0] and dialog.journal.encrypted
        assert opener.threads[0] != threading.get_ident()  # the opener ran on a worker
        assert not dialog.unlocking and not dialog.busy_label.isVisible()
        assert dialog.passphrase.text() == ""
    finally:
        dialog.journal.close()


def test_a_wrong_passphrase_from_the_worker_is_said_and_counted(qtbot, encrypted_dir):
    opener = GatedOpener(encrypted_dir, error=WrongPassphrase(messages.wrong_passphrase()))
    dialog = make_dialog(qtbot, encrypted_dir, opener)
    press_unlock(qtbot, dialog, opener, "violet harbour cactus drum")
    assert dialog.busy_label.isVisible()
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000) as blocker:
        opener.gate.set()
    assert blocker.args == [False] and dialog.journal is None and dialog.isVisible()
    assert dialog.problem.isVisible() and dialog.problem.text() == str(messages.wrong_passphrase())
    assert dialog.backoff.failures == 1 and dialog.backup_button.isVisible()
    assert dialog.passphrase.isEnabled() and dialog.unlock_button.isEnabled()
    assert not dialog.busy_label.isVisible()
    qtbot.waitUntil(dialog.passphrase.hasFocus, timeout=2000)
    assert dialog.passphrase.selectedText() == "violet harbour cactus drum"  # ready to be typed over


def test_a_damaged_file_from_the_worker_offers_a_backup(qtbot, encrypted_dir):
    opener = GatedOpener(encrypted_dir, error=NotAJournal("This file could not be read. Nothing was changed."))
    dialog = make_dialog(qtbot, encrypted_dir, opener)
    press_unlock(qtbot, dialog, opener)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000):
        opener.gate.set()
    assert dialog.problem.text() == "This file could not be read. Nothing was changed."
    assert dialog.backup_button.isVisible() and dialog.backup_button.isEnabled()
    assert dialog.backoff.failures == 0  # not a wrong passphrase: no wait is added


def test_an_unexpected_problem_is_said_calmly(qtbot, encrypted_dir):
    opener = GatedOpener(encrypted_dir, error=OSError("disk"))
    dialog = make_dialog(qtbot, encrypted_dir, opener)
    press_unlock(qtbot, dialog, opener)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000) as blocker:
        opener.gate.set()
    assert blocker.args == [False] and dialog.journal is None
    assert "unexpected problem (OSError)" in dialog.problem.text()
    assert dialog.passphrase.isEnabled() and dialog.unlock_button.isEnabled()


def test_cancel_while_unlocking_drops_the_answer_and_closes_the_journal(qtbot, encrypted_dir, monkeypatch):
    opener = GatedOpener(encrypted_dir)
    closed = []
    real_close = Journal.close

    def noting_close(journal):
        closed.append(journal)
        real_close(journal)

    monkeypatch.setattr(Journal, "close", noting_close)
    dialog = make_dialog(qtbot, encrypted_dir, opener, cancel_text="Cancel")
    answers = []
    dialog.unlockFinished.connect(answers.append)
    press_unlock(qtbot, dialog, opener)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == UnlockDialog.DialogCode.Rejected
    assert not dialog.unlocking
    opener.gate.set()  # the journal now opens, too late
    operations.wait_all()
    assert len(opener.opened) == 1 and closed == opener.opened  # opened on the worker, closed on arrival
    assert dialog.journal is None and answers == []
    assert dialog.backoff.failures == 0


def test_the_journals_first_connection_is_made_on_the_worker(qtbot, encrypted_dir, monkeypatch):
    """The default opener also makes the journal's first connection (keyed, set up) on the worker, so the
    window's first read after unlocking reuses it instead of making it on the UI thread."""
    from journal_app.models.values import EntryFilter
    from journal_app.store import engine

    made_on: list[bool] = []
    real_connect = engine.connect

    def connect(*args, **kw):
        made_on.append(threading.current_thread() is threading.main_thread())
        return real_connect(*args, **kw)

    monkeypatch.setattr(engine, "connect", connect)
    dialog = UnlockDialog(encrypted_dir, backoff=UnlockAttempts(encrypted_dir, FakeClock()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, STRONG)
    with qtbot.waitSignal(dialog.unlockFinished, timeout=20000) as finished:
        dialog.try_unlock()
    assert finished.args == [True]
    journal = dialog.journal
    try:
        assert made_on and not any(made_on)  # made on the worker
        journal.triggers()
        journal.page(EntryFilter(), None)
        assert not any(made_on)  # the window's reads reuse it
    finally:
        journal.close()
