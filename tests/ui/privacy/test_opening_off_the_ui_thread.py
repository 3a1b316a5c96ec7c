"""Issue 17 item 7: the health check (it reads every page) and the daily backup (it copies the file) run on
a worker after the journal is attached; the window keeps answering while they run, and what they find is
still shown: damage is offered for recovery, a backup problem is said, and the day's backup is made."""

import threading

import pytest
from PySide6.QtCore import QSettings, QTimer

from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.ui.privacy.lock_controller import LockController
from journal_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import STRONG

pytestmark = pytest.mark.gui


@pytest.fixture
def with_entry(encrypted_dir):
    with Journal.open(encrypted_dir, passphrase=STRONG) as journal:
        journal.save(EntryForm(occurred_at=now_utc(), title="Quiet evening", body="We talked it through."))
    return encrypted_dir


def open_window(qtbot, folder, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    controller = LockController(window, folder, settings)
    return window, controller


def test_the_window_answers_while_the_health_check_and_backup_run(qtbot, with_entry, tmp_path, monkeypatch):
    release = threading.Event()
    checked_on, backed_up_on = [], []
    real_check, real_backup = Journal.health_problem, backup.daily_backup_if_due

    def slow_check(journal):
        checked_on.append(threading.get_ident())
        assert release.wait(10)  # stands in for reading every page of a large journal
        return real_check(journal)

    def slow_backup(journal, **options):
        backed_up_on.append(threading.get_ident())
        return real_backup(journal, **options)

    monkeypatch.setattr(Journal, "health_problem", slow_check)
    monkeypatch.setattr(backup, "daily_backup_if_due", slow_backup)
    window, controller = open_window(qtbot, with_entry, tmp_path)
    controller.attach(Journal.open(with_entry, passphrase=STRONG))
    try:
        qtbot.waitUntil(lambda: bool(checked_on), timeout=3000)
        fired = []
        QTimer.singleShot(10, lambda: fired.append(True))
        qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the check waits
        qtbot.keyClicks(window.search_bar.search, "Quiet")  # and the window takes typing
        assert window.search_bar.search.text() == "Quiet"
        assert window.model.rowCount() == 1
        assert backup.list_backups(with_entry) == [] and not controller.checking.finished
        release.set()
        qtbot.waitUntil(lambda: len(backup.list_backups(with_entry)) == 1, timeout=5000)
        assert backup.list_backups(with_entry)[0].reason == "daily"
        qtbot.waitUntil(lambda: controller.checking.finished, timeout=5000)
        main = threading.get_ident()
        assert checked_on[0] != main and backed_up_on and backed_up_on[0] != main
    finally:
        release.set()
        controller.checking.wait()
        controller.journal.close()
        controller.journal = None
        window.close()


def test_damage_found_in_the_background_is_offered_on_the_ui_thread(qtbot, with_entry, tmp_path, monkeypatch):
    offered = []
    monkeypatch.setattr(Journal, "health_problem", lambda journal: "Your journal looks damaged.")
    window, controller = open_window(qtbot, with_entry, tmp_path)
    def offer(damage):
        offered.append((damage, threading.get_ident()))
        return False

    monkeypatch.setattr(controller, "offer_recovery", offer)
    controller.attach(Journal.open(with_entry, passphrase=STRONG))
    try:
        qtbot.waitUntil(lambda: bool(offered), timeout=5000)
        assert offered == [("Your journal looks damaged.", threading.get_ident())]
        assert backup.list_backups(with_entry) == []  # no daily backup of a damaged file
    finally:
        controller.journal.close()
        controller.journal = None
        window.close()


def test_a_check_still_running_when_the_journal_locks_shows_nothing(qtbot, with_entry, tmp_path, monkeypatch):
    release = threading.Event()
    offered = []
    started = []

    def slow_damage(journal):
        started.append(True)
        assert release.wait(10)
        return "Your journal looks damaged."

    monkeypatch.setattr(Journal, "health_problem", slow_damage)
    window, controller = open_window(qtbot, with_entry, tmp_path)
    monkeypatch.setattr(controller, "offer_recovery", lambda damage: offered.append(damage) or False)
    monkeypatch.setattr(controller, "show_unlock", lambda: None)
    controller.attach(Journal.open(with_entry, passphrase=STRONG))
    qtbot.waitUntil(lambda: bool(started), timeout=3000)
    assert controller.lock()
    release.set()
    assert controller.checking.wait()
    assert offered == []  # the answer belonged to the journal that was locked
    window.close()


def test_locking_waits_while_the_file_is_being_swapped(qtbot, with_entry, tmp_path, monkeypatch):
    from journal_app.ui.common import operations

    window, controller = open_window(qtbot, with_entry, tmp_path)
    monkeypatch.setattr(controller, "show_unlock", lambda: None)
    controller.attach(Journal.open(with_entry, passphrase=STRONG))
    qtbot.waitUntil(lambda: controller.checking is not None and controller.checking.finished, timeout=5000)
    release = threading.Event()
    swap = operations.run(window, lambda: release.wait(10), key=operations.FILE_KEY)  # a restore, say
    try:
        assert controller.lock(auto=True) is False  # not while the file is being replaced
        assert controller.journal is not None and controller.idle.armed  # tried again after a quiet spell
    finally:
        release.set()
        assert swap.wait()
    assert controller.lock() is True
    window.close()


def test_the_full_read_runs_once_a_day_not_at_every_unlock(qtbot, with_entry, tmp_path, monkeypatch):
    checks = []
    real = Journal.health_problem

    def counted(journal):
        checks.append(True)
        return real(journal)

    monkeypatch.setattr(Journal, "health_problem", counted)
    window, controller = open_window(qtbot, with_entry, tmp_path)
    monkeypatch.setattr(controller, "show_unlock", lambda: None)
    controller.attach(Journal.open(with_entry, passphrase=STRONG))
    qtbot.waitUntil(lambda: controller.checking is not None and controller.checking.finished, timeout=5000)
    assert checks == [True] and len(backup.list_backups(with_entry)) == 1
    first = controller.checking
    assert controller.lock()
    controller.attach(Journal.open(with_entry, passphrase=STRONG))  # unlocked again the same day
    qtbot.waitUntil(lambda: controller.checking is not first and controller.checking.finished, timeout=5000)
    assert checks == [True]  # not read again
    assert len(backup.list_backups(with_entry)) == 1  # and no second daily backup
    controller.journal.close()
    controller.journal = None
    window.close()


def test_the_newest_backup_is_put_in_place_off_the_ui_thread(qtbot, with_entry, tmp_path, monkeypatch):
    """Damage found: choosing the newest backup copies it into place and reopens the journal on a worker (seconds
    on a big journal); the window says so meanwhile and keeps answering, then shows the journal again."""
    from PySide6.QtWidgets import QMessageBox

    with Journal.open(with_entry, passphrase=STRONG) as journal:
        backup.make_backup(journal)
    release = threading.Event()
    recovered_on = []
    real_recover = backup.recover_closed

    def slow_recover(journal, **options):
        recovered_on.append(threading.get_ident())
        assert release.wait(10)  # stands in for trying and copying a large backup
        return real_recover(journal, **options)

    def choose_the_backup(box):
        next(b for b in box.buttons() if b.text() == "Open the newest backup").click()
        return 0

    monkeypatch.setattr(backup, "recover_closed", slow_recover)
    monkeypatch.setattr(QMessageBox, "exec", choose_the_backup)
    window, controller = open_window(qtbot, with_entry, tmp_path)
    controller.journal = journal = Journal.open(with_entry, passphrase=STRONG)
    window.attach(journal)
    try:
        assert controller.offer_recovery("Your journal looks damaged.") is True
        qtbot.waitUntil(lambda: bool(recovered_on), timeout=3000)
        assert window.journal is None and controller.journal is None  # let go while the file is replaced
        assert window.pages.currentWidget() is window.opening_page
        assert "Opening the newest backup" in window.opening.accessibleName()
        fired = []
        QTimer.singleShot(10, lambda: fired.append(True))
        qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs meanwhile
        assert controller.lock() is False  # nothing to lock while the file is being replaced
        release.set()
        qtbot.waitUntil(lambda: "now comes from the backup" in window.statusBar().currentMessage(), timeout=10000)
        assert recovered_on[0] != threading.get_ident()
        assert controller.journal is not None and window.journal is controller.journal
        assert window.pages.currentWidget() is window.content and window.model.rowCount() == 1
        assert any(p.name.startswith("journal-damaged-") for p in with_entry.iterdir())
    finally:
        release.set()
        if controller.recovering is not None:
            controller.recovering.wait()
        if controller.journal is not None:
            controller.journal.close()
            controller.journal = None
        window.close()


def test_a_backup_that_cannot_be_put_in_place_is_said_and_the_journal_opens_again(qtbot, with_entry, tmp_path,
                                                                                 monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []

    def choose_the_backup(box):
        next(b for b in box.buttons() if b.text() == "Open the newest backup").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_the_backup)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(title))
    window, controller = open_window(qtbot, with_entry, tmp_path)  # no backup was ever made
    controller.journal = journal = Journal.open(with_entry, passphrase=STRONG)
    window.attach(journal)
    try:
        assert controller.offer_recovery("Your journal looks damaged.") is True
        qtbot.waitUntil(lambda: controller.journal is not None, timeout=10000)
        assert warned == ["No backup opened"]
        assert window.journal is controller.journal and window.model.rowCount() == 1  # the same file, reopened
    finally:
        if controller.journal is not None:
            controller.journal.close()
            controller.journal = None
        window.close()
