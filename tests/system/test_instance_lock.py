"""One writer at a time: a second window or a writing command is refused with a clear message while the
journal is open; readers still work; a lock left by a killed process is gone with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from journal_app.core.errors import JournalInUse
from journal_app.services.journal import Journal
from journal_app.system.instance_lock import JournalLock
from tests.cli.conftest import run_subprocess

HOLDER = textwrap.dedent('''
    import sys, time
    from journal_app.system.instance_lock import JournalLock
    lock = JournalLock(sys.argv[1])
    assert lock.acquire()
    print("held", flush=True)
    time.sleep(120)
''')


@pytest.fixture
def holder(data_dir):
    """Another process holding the journal's lock (as the open window does)."""
    Journal.init(data_dir).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    proc.stdout.close()


def test_second_lock_in_another_process_is_refused_then_recovered_after_kill_9(data_dir, holder):
    lock = JournalLock(data_dir)
    assert not lock.acquire()
    assert lock.holder() == holder.pid
    with pytest.raises(JournalInUse, match="only one window or command may change it"):
        lock.require("adding an entry")
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    deadline = time.monotonic() + 5
    while not lock.acquire():  # the kernel lets go of a dead process's lock
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert lock.held
    lock.release()


def test_cli_writers_refused_readers_fine_while_the_window_has_it(data_dir, holder):
    env = {"JOURNAL_APP_DATA_DIR": str(data_dir)}
    refused = run_subprocess(["add", "a thought"], env_extra=env)  # after a few seconds' wait (test_lock_wait.py)
    assert refused.code == 1 and "Traceback" not in refused.err
    waiting, line = refused.err.splitlines()
    assert waiting == "journal-app: Waiting for the journal: another window or command is using it…"
    assert "open in Relationship Patterns Journal" in line and "Nothing was changed" in line
    assert run_subprocess(["list"], env_extra=env).code == 0
    holder.kill()
    holder.wait()
    assert run_subprocess(["add", "a thought"], env_extra=env).code == 0


def test_a_second_window_says_the_journal_is_open(data_dir, holder, tmp_path):
    code = textwrap.dedent(f'''
        import sys
        from PySide6.QtWidgets import QMessageBox
        shown = []
        QMessageBox.information = staticmethod(lambda *a, **k: shown.append(a[2]))
        from journal_app.app import run
        code = run({str(data_dir)!r})
        print(shown[0] if shown else "no message")
        sys.exit(code)
    ''')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "already open in another window" in done.stdout


def test_the_same_process_can_take_and_give_back(data_dir):
    with JournalLock(data_dir) as lock:
        assert lock.acquire() and lock.acquire()  # taking it twice is fine
        assert (data_dir / "journal.lock").stat().st_mode & 0o777 == 0o600
    with JournalLock(data_dir) as again:
        assert again.acquire()
