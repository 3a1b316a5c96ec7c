"""Opening an encrypted journal: the unlock dialog, wrong passphrases that change nothing, the slow-down after
repeated failures, and the window with the journal's entries after the right one."""

import hashlib

import pytest
from PySide6.QtCore import Qt

from journal_app import app
from journal_app.core import messages
from journal_app.core.errors import NotAJournal, StorageError, WrongPassphrase
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.services.unlock_attempts import ATTEMPTS_NAME, UnlockAttempts
from journal_app.ui.privacy.lock_controller import LockController
from journal_app.ui.privacy.unlock_dialog import UnlockDialog
from journal_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import STRONG, FakeClock


def snapshot(folder):
    """Every file under the folder with its sha256; not the count of wrong passphrases (journal.attempts),
    which a wrong one is meant to change."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ATTEMPTS_NAME
    }


@pytest.fixture
def with_entry(encrypted_dir):
    with Journal.open(encrypted_dir, passphrase=STRONG) as journal:
        journal.save(EntryForm(occurred_at=now_utc(), title="Quiet evening", body="We talked it through."))
    return encrypted_dir


def make_dialog(qtbot, folder, **kw):
    dialog = UnlockDialog(folder, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answered(qtbot, dialog, act):
    """Do `act` (which presses Unlock) and wait for the unlock's answer: the opener runs on a worker."""
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000) as blocker:
        act()
    return blocker.args[0]


def press_enter(qtbot, dialog):
    return answered(qtbot, dialog, lambda: qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return))


def test_dialog_shows_the_folder_and_hides_the_passphrase(qtbot, encrypted_dir):
    dialog = make_dialog(qtbot, encrypted_dir)
    assert str(encrypted_dir) in dialog.folder.text()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert dialog.unlock_button.text() == "Unlock" and dialog.unlock_button.isEnabled()


def test_wrong_passphrase_says_so_and_changes_no_file(qtbot, with_entry):
    before = snapshot(with_entry)
    assert "journal.db" in before
    dialog = make_dialog(qtbot, with_entry)
    qtbot.keyClicks(dialog.passphrase, "violet harbour cactus drum")
    assert press_enter(qtbot, dialog) is False
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == str(messages.wrong_passphrase())
    assert "did not open this journal" in dialog.problem.text()
    assert dialog.journal is None and dialog.isVisible()
    assert snapshot(with_entry) == before  # same files, same bytes (journal.db, -wal, -shm), nothing new


def test_right_passphrase_attaches_the_window_and_lists_entries(qtbot, with_entry, tmp_path):
    dialog = make_dialog(qtbot, with_entry)
    qtbot.keyClicks(dialog.passphrase, "wrong one entirely")
    answered(qtbot, dialog, lambda: qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton))
    assert dialog.journal is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, STRONG)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase.text() == ""
    journal = dialog.journal
    assert journal.encrypted and dialog.backoff.failures == 0

    from PySide6.QtCore import QSettings

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = LockController(window, with_entry, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    controller.attach(journal)
    try:
        assert window.model.rowCount() == 1
        assert window.model.index(0, 0).data() == "Quiet evening"
        assert window.lock_action.isEnabled()
        # the first unlock of the day makes a backup, once the window shows the list
        qtbot.waitUntil(lambda: len(backup.list_backups(with_entry)) == 1)
        assert backup.list_backups(with_entry)[0].reason == "daily"
    finally:
        controller.journal = None
        window.close()
        journal.close()


def test_a_failed_daily_backup_is_shown_and_does_not_block(qtbot, with_entry, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    def broken(journal, **_options):  # keep= and folder= come from the preferences
        raise StorageError("The backups folder is read-only.")

    monkeypatch.setattr(backup, "daily_backup_if_due", broken)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = LockController(window, with_entry, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    controller.attach(Journal.open(with_entry, passphrase=STRONG))
    try:
        qtbot.waitUntil(lambda: "backup could not be made" in window.statusBar().currentMessage())
        assert "read-only" in window.statusBar().currentMessage()
        assert window.model.rowCount() == 1
    finally:
        controller.journal.close()
        controller.journal = None
        window.close()


def test_repeated_failures_slow_down_with_a_countdown(qtbot, tmp_path):
    clock = FakeClock()
    tries = []

    def opener(passphrase):
        tries.append(passphrase)
        raise WrongPassphrase(messages.wrong_passphrase())

    dialog = make_dialog(qtbot, tmp_path, opener=opener, backoff=UnlockAttempts(tmp_path, clock))

    def attempt():
        dialog.passphrase.setText("nope")
        if not dialog.try_unlock():
            return False
        qtbot.waitUntil(lambda: not dialog.unlocking, timeout=5000)  # the opener runs on a worker
        return True

    for _ in range(3):  # the first three failures cost nothing
        attempt()
        assert dialog.unlock_button.isEnabled() and not dialog.wait_label.isVisible()

    waits = []
    for _ in range(7):
        n = len(tries)
        attempt()
        assert len(tries) == n + 1
        wait = dialog.backoff.remaining()
        waits.append(wait)
        assert not dialog.unlock_button.isEnabled()
        assert dialog.wait_label.isVisible() and f"{int(wait)} second" in dialog.wait_label.text()
        assert dialog.unlock_button.text() == f"Unlock ({int(wait)})"
        # while waiting, a try (Enter, or a click that slipped through) does not even reach the journal
        assert attempt() is False and len(tries) == n + 1
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        assert not dialog.unlocking and len(tries) == n + 1
        clock.advance(wait - 0.5)
        dialog.update_wait()
        assert not dialog.unlock_button.isEnabled() and "1 second" in dialog.wait_label.text()
        clock.advance(0.5)
        dialog.update_wait()
        assert dialog.unlock_button.isEnabled() and dialog.unlock_button.text() == "Unlock"
        assert not dialog.wait_label.isVisible()
    assert waits == [2, 4, 8, 16, 32, 60, 60]


def test_the_countdown_ticks_by_itself(qtbot, tmp_path):
    clock = FakeClock()
    backoff = UnlockAttempts(tmp_path, clock)
    for _ in range(4):
        backoff.failed()
    dialog = make_dialog(qtbot, tmp_path, backoff=backoff)
    assert not dialog.unlock_button.isEnabled()
    clock.advance(2)
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)  # the dialog's own timer noticed


def test_empty_passphrase_asks_for_one(qtbot, encrypted_dir):
    dialog = make_dialog(qtbot, encrypted_dir)
    assert dialog.try_unlock() is False
    assert dialog.problem.text() == "Please type your passphrase."
    assert dialog.backoff.failures == 0


def test_peek_state_agrees_with_the_journal_without_loading_it(data_dir, tmp_path):
    assert app.peek_state(data_dir) == Journal.state(data_dir) == "missing"
    Journal.init(data_dir).close()
    assert app.peek_state(data_dir) == Journal.state(data_dir) == "plain"
    other = tmp_path / "other"
    Journal.init(other, passphrase=STRONG).close()
    assert app.peek_state(other) == Journal.state(other) == "encrypted"
    cut = tmp_path / "cut"
    cut.mkdir()
    (cut / "journal.db").write_bytes(b"\x01" * 100)
    assert app.peek_state(cut) == "unknown"  # Journal.open explains what is wrong


def test_an_emptied_journal_beside_backups_is_not_a_new_one(data_dir, tmp_path):
    """journal.db emptied (a failed disk, a bad copy) with backups beside it: the window opens the backups' way
    (the passphrase window, whose recovery offers the newest backup), never the welcome of a new journal."""
    with Journal.init(data_dir, passphrase=STRONG) as journal:
        backup.make_backup(journal)
    (data_dir / "journal.db").write_bytes(b"")
    assert app.peek_state(data_dir) == "encrypted"
    with pytest.raises(NotAJournal, match="is empty, but its backups are there"):  # what unlocking then says
        Journal.state(data_dir)
    plain = tmp_path / "plain"
    with Journal.init(plain) as journal:
        backup.make_backup(journal)
    (plain / "journal.db").write_bytes(b"")
    assert app.peek_state(plain) == "plain"  # Journal.open says the same as above
    for copy in (plain / "backups").glob("journal-*.db"):  # only empty copies: still not a new journal
        copy.write_bytes(b"")
    assert app.peek_state(plain) == "unknown"  # the plain way, where Journal.open explains
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / "journal.db").write_bytes(b"")
    assert app.peek_state(fresh) == Journal.state(fresh) == "missing"


def test_damaged_journal_can_be_replaced_by_the_newest_backup(qtbot, with_entry, monkeypatch):
    """A damaged file reads like a wrong passphrase; "Open a backup instead" recovers, keeping the file aside."""
    from PySide6.QtWidgets import QMessageBox

    with Journal.open(with_entry, passphrase=STRONG) as journal:
        backup.make_backup(journal)
    db = with_entry / "journal.db"
    damaged_bytes = bytearray(db.read_bytes())
    damaged_bytes[20:60] = bytes(40)  # wreck page 1 (salt and the first page's ciphertext)
    db.write_bytes(bytes(damaged_bytes))

    dialog = make_dialog(qtbot, with_entry)
    assert not dialog.backup_button.isVisible()
    qtbot.keyClicks(dialog.passphrase, STRONG)
    assert press_enter(qtbot, dialog) is False
    assert dialog.journal is None and dialog.backup_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert db.read_bytes() == bytes(damaged_bytes)  # declined: nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert answered(qtbot, dialog, lambda: qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton))
    assert dialog.journal is not None
    try:
        assert [r.title for r in dialog.journal.page().rows] == ["Quiet evening"]
    finally:
        dialog.journal.close()
    kept, used = dialog.recovered
    assert kept.read_bytes() == bytes(damaged_bytes) and kept.parent == with_entry
    assert used.parent == with_entry / "backups"


def test_open_a_backup_with_a_wrong_passphrase_changes_nothing(qtbot, with_entry, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    with Journal.open(with_entry, passphrase=STRONG) as journal:
        backup.make_backup(journal)
    before = snapshot(with_entry)
    dialog = make_dialog(qtbot, with_entry)
    qtbot.keyClicks(dialog.passphrase, "violet harbour cactus drum")
    press_enter(qtbot, dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    # the recovery runs on a worker: its failure comes as unlockFinished(False)
    assert answered(qtbot, dialog, lambda: qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)) is False
    assert dialog.journal is None and "Nothing was changed" in dialog.problem.text()
    assert snapshot(with_entry) == before


def test_damage_found_after_opening_offers_the_newest_backup(qtbot, with_entry, tmp_path, monkeypatch):
    """Damage deep in the file (not on the pages read at open) is found by the health check after attach."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    with Journal.open(with_entry, passphrase=STRONG) as journal:
        for i in range(300):  # enough pages that the damage lands away from the ones read at open
            journal.save(EntryForm(occurred_at=now_utc(), title=f"Filler {i}", body="words " * 40))
        backup.make_backup(journal)
    db = with_entry / "journal.db"
    data = bytearray(db.read_bytes())
    deep = len(data) * 3 // 4 + 7  # a table page: the schema's own pages (read at open) sit nearer the middle
    data[deep] ^= 0xFF
    db.write_bytes(bytes(data))

    chosen = []

    def choose_the_backup(box):
        chosen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Open the newest backup").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_the_backup)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = LockController(window, with_entry, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    controller.attach(Journal.open(with_entry, passphrase=STRONG))
    try:
        qtbot.waitUntil(lambda: "now comes from the backup" in window.statusBar().currentMessage(), timeout=5000)
        assert chosen and "damaged" in chosen[0]
        assert controller.journal.health_problem() is None
        assert controller.journal.entry_count() == 301
        kept = [p for p in with_entry.iterdir() if p.name.startswith("journal-damaged-")]
        assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    finally:
        controller.journal.close()
        controller.journal = None
        window.close()


def test_healthy_journal_passes_the_health_check(with_entry):
    with Journal.open(with_entry, passphrase=STRONG) as journal:
        assert journal.health_problem() is None
