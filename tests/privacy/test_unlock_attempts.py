"""Wrong passphrases in a row are remembered on disk (issue 14, item 14): the slow-down survives a restart of
the window and holds across commands, the file holds no secret, and the right passphrase clears it."""

from __future__ import annotations

import json
import os
import re
import time

import pytest

from journal_app.services.journal import Journal
from journal_app.services.unlock_attempts import (
    ATTEMPTS_NAME,
    FORGET_AFTER_S,
    MAX_WAIT_S,
    UnlockAttempts,
    wait_after,
)
from tests.cli.conftest import run_subprocess

from .conftest import PASSPHRASE

WRONG = "violet harbour cactus drum"


class WallClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# -- the policy ------------------------------------------------------------------------------------------
def test_the_schedule_three_free_then_doubling_up_to_a_minute():
    assert [wait_after(n) for n in range(12)] == [0, 0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60]
    assert wait_after(10_000) == MAX_WAIT_S


def test_remaining_counts_down_with_the_clock(tmp_path):
    clock = WallClock()
    attempts = UnlockAttempts(tmp_path, clock)
    assert [attempts.failed() for _ in range(4)] == [0, 0, 0, 2]
    assert attempts.failures == 4 and attempts.remaining() == 2
    clock.advance(1.5)
    assert attempts.remaining() == pytest.approx(0.5)
    clock.advance(0.5)
    assert attempts.remaining() == 0
    assert attempts.failed() == 4


def test_a_clock_set_back_never_makes_the_wait_longer(tmp_path):
    clock = WallClock()
    attempts = UnlockAttempts(tmp_path, clock)
    for _ in range(5):
        attempts.failed()
    clock.advance(-3600)
    assert attempts.remaining() == 4


def test_a_clock_set_back_after_failures_ends_the_wait_too(tmp_path):
    """The failures happened while the clock was years ahead; once it is right again, the wait still ends
    (it counts from the first look after the change), for this process and for the next one."""
    clock = WallClock(2_000_000_000.0)
    attempts = UnlockAttempts(tmp_path, clock)
    for _ in range(6):
        attempts.failed()
    clock.now = 1_800_000_000.0
    assert attempts.remaining() == wait_after(6)
    clock.advance(wait_after(6) + 0.5)
    assert attempts.remaining() == 0
    assert UnlockAttempts(tmp_path, clock).remaining() == 0
    assert attempts.failures == 6  # still counted: the next wrong try waits longer
    assert attempts.failed() == wait_after(7)


def test_failures_are_forgotten_after_a_quiet_day(tmp_path):
    clock = WallClock()
    attempts = UnlockAttempts(tmp_path, clock)
    for _ in range(6):
        attempts.failed()
    clock.advance(FORGET_AFTER_S + 1)
    assert attempts.failures == 0 and attempts.remaining() == 0
    assert attempts.failed() == 0  # counting starts again from one


def test_the_file_is_private_small_atomic_and_holds_no_secret(tmp_path):
    clock = WallClock()
    attempts = UnlockAttempts(tmp_path, clock)
    for _ in range(5):
        attempts.failed()
    path = tmp_path / ATTEMPTS_NAME
    assert path.stat().st_mode & 0o777 == 0o600
    assert json.loads(path.read_text()) == {"failures": 5, "last_failure": clock.now}
    assert sorted(p.name for p in tmp_path.iterdir()) == [ATTEMPTS_NAME]  # no temporary file left behind
    # another process (another object) reads the same count
    assert UnlockAttempts(tmp_path, clock).failures == 5
    attempts.reset()
    assert not path.exists() and UnlockAttempts(tmp_path, clock).failures == 0


def test_a_folder_that_cannot_be_written_keeps_the_count_in_memory(tmp_path):
    clock = WallClock()
    attempts = UnlockAttempts(tmp_path / "not there", clock)  # every write fails, even for root
    for _ in range(4):
        attempts.failed()
    assert attempts.failures == 4 and attempts.remaining() == 2
    attempts.reset()
    assert attempts.failures == 0


@pytest.mark.parametrize("content", [b"", b"not json", b'{"failures": "many"}', b"\xff\xfe", b"[1, 2]",
                                     b'{"failures": -4, "last_failure": 0}',
                                     b'{"failures": 9, "last_failure": Infinity}'])
def test_a_damaged_file_is_no_count(tmp_path, content):
    (tmp_path / ATTEMPTS_NAME).write_bytes(content)
    attempts = UnlockAttempts(tmp_path, WallClock())
    assert attempts.failures == 0 and attempts.remaining() == 0
    attempts.failed()
    assert attempts.failures == 1  # and it is written afresh


# -- the window, across restarts ---------------------------------------------------------------------------
@pytest.fixture
def encrypted(data_dir):
    Journal.init(data_dir, passphrase=PASSPHRASE).close()
    return data_dir


def _dialog(qtbot, folder, **kw):
    from journal_app.ui.privacy.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(folder, **kw)  # no backoff given: the count on disk, as app.run makes it
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _try(qtbot, dialog, passphrase):
    """Press Unlock with this passphrase; True when the journal opened (False too when no try was made)."""
    dialog.passphrase.setText(passphrase)
    answers = []
    dialog.unlockFinished.connect(answers.append)
    if not dialog.try_unlock():  # a wait is due: nothing was started
        return False
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)  # the opener runs on a worker
    return answers[0]


@pytest.mark.gui
def test_the_window_slow_down_survives_a_restart(qtbot, encrypted):
    first = _dialog(qtbot, encrypted)
    for _ in range(4):
        assert _try(qtbot, first, WRONG) is False
    assert not first.unlock_button.isEnabled()
    first.close()
    first.deleteLater()

    again = _dialog(qtbot, encrypted)  # the app started again: a new dialog, nothing in memory
    assert again.backoff.failures == 4
    assert not again.unlock_button.isEnabled() and again.wait_label.isVisible()
    # the wait left (the tries themselves take a moment on a worker, so it may have run down a little)
    assert re.search(r"You can try again in [12] seconds?", again.wait_label.text()), again.wait_label.text()
    assert _try(qtbot, again, PASSPHRASE) is False  # too soon: not even tried
    qtbot.waitUntil(again.unlock_button.isEnabled, timeout=5000)  # the dialog's timer; the window never froze
    with qtbot.waitSignal(again.accepted):
        assert _try(qtbot, again, PASSPHRASE) is True
    again.journal.close()
    assert not (encrypted / ATTEMPTS_NAME).exists()

    fresh = _dialog(qtbot, encrypted)
    assert fresh.unlock_button.isEnabled() and fresh.backoff.failures == 0


@pytest.mark.gui
def test_the_window_and_the_command_line_share_one_count(qtbot, encrypted):
    env = {"JOURNAL_APP_DATA_DIR": str(encrypted), "JOURNAL_APP_PASSPHRASE": WRONG}
    for _ in range(3):
        assert run_subprocess(["list"], env_extra=env).code == 1
    dialog = _dialog(qtbot, encrypted)
    assert dialog.backoff.failures == 3 and dialog.unlock_button.isEnabled()
    assert _try(qtbot, dialog, WRONG) is False  # the fourth in a row, from the window
    assert not dialog.unlock_button.isEnabled()
    started = time.monotonic()
    result = run_subprocess(["list"], env_extra={**env, "JOURNAL_APP_PASSPHRASE": PASSPHRASE})
    assert result.code == 0, result.err
    assert result.err.startswith("journal-app: Too many wrong passphrases in a row (4)")
    assert time.monotonic() - started >= 1.0
    assert not (encrypted / ATTEMPTS_NAME).exists()
    dialog.update_wait()
    assert dialog.unlock_button.isEnabled()


@pytest.mark.gui
def test_the_lock_controller_remembers_too(qtbot, encrypted, tmp_path):
    from PySide6.QtCore import QSettings

    from journal_app.ui.privacy.lock_controller import LockController
    from journal_app.ui.shell.main_window import MainWindow

    UnlockAttempts(encrypted).failed()
    window = MainWindow()
    qtbot.addWidget(window)
    controller = LockController(window, encrypted, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert controller.backoff.failures == 1 and controller.backoff.path == encrypted / ATTEMPTS_NAME
    os.remove(encrypted / ATTEMPTS_NAME)
    window.close()
