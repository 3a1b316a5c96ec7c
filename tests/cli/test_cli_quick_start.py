"""The quick commands (list, add, stats) as a person runs them, in a fresh process: they load only what they
need (no ORM, no charts, no window, no other command's module), and they end without the interpreter's
teardown (cli.main.end) having saved, closed and printed everything first."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from journal_app.cli import main as cli_main
from journal_app.cli.parser import GROUPS
from tests.cli.conftest import PASSPHRASE

NEVER = ("sqlalchemy", "sqlmodel", "alembic", "matplotlib", "PySide6", "shiboken6", "numpy", "pypdf")
OTHER_GROUPS = tuple(f"journal_app.cli.{g}" for g in GROUPS if g not in ("entries", "stats"))
NOT_FOR_LIST = ("journal_app.services.analytics", "journal_app.services.insights", "journal_app.services.crisis",
                "journal_app.services.exporting", "journal_app.services.importing", "journal_app.services.backup")


def _run(folder: Path, *argv: str, env_extra: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str],
                                                                                    set[str]]:
    """`journal-app --data-dir FOLDER ARGV` as the console script runs it (main() with no arguments), with the
    modules it had imported when it ended (written by an exit handler, which the quick ending runs too)."""
    script = ("import atexit, sys\n"
              "atexit.register(lambda: print('MODULES', *sorted(sys.modules), file=sys.stderr))\n"
              "class Witness:\n"  # says when the interpreter tears its modules down (the usual ending)
              "    def __del__(self):\n"
              "        print('MODULES', 'torn-down', file=sys.stderr)\n"
              "witness = Witness()\n"
              "from journal_app.__main__ import main\n"
              "main()\n")
    env = {**os.environ, "JOURNAL_APP_PASSPHRASE": "", **(env_extra or {})}
    proc = subprocess.run([sys.executable, "-c", script, "--data-dir", str(folder), *argv],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    lines = proc.stderr.splitlines()
    names = [name for line in lines if line.startswith("MODULES ") for name in line.split()[1:]]
    proc.stderr = "".join(line + "\n" for line in lines if not line.startswith("MODULES "))
    return proc, set(names)


def _heavy(modules: set[str]) -> list[str]:
    """What a quick command should not have loaded, and whether it was torn down (it should end at once)."""
    assert "journal_app.__main__" in modules  # (the exit handler ran)
    return sorted(m for m in modules if m.split(".")[0] in NEVER or m.startswith(OTHER_GROUPS) or m == "torn-down")


@pytest.fixture
def journal(data_dir) -> Path:
    from journal_app.services.journal import Journal

    Journal.init(data_dir).close()
    return data_dir


def test_the_quick_commands_load_only_what_they_need(journal):
    added, modules = _run(journal, "add", "She called back; we talked it through.", "--trigger", "withdrawal:6",
                          "--at", "2025-05-04T21:30")
    assert added.returncode == 0 and added.stdout.strip().isdigit(), added.stderr
    assert _heavy(modules) == []
    assert not modules & set(NOT_FOR_LIST)
    for argv in (["list"], ["list", "--json", "--search", "called"], ["list", "--trigger", "withdrawal"]):
        listed, modules = _run(journal, *argv)
        assert listed.returncode == 0 and "called back" in listed.stdout, listed.stderr
        assert _heavy(modules) == [], argv
        assert not modules & set(NOT_FOR_LIST), argv
    for argv in (["stats"], ["stats", "--json", "--from", "2025-01-01"]):
        stats, modules = _run(journal, *argv)
        assert stats.returncode == 0 and "withdrawal" in stats.stdout.lower(), stats.stderr
        assert _heavy(modules) == [], argv
        assert "journal_app.services.analytics" in modules  # (the guard sees what is imported)


def test_the_guard_can_fail(journal):
    """A command that is not a quick one loads SQLAlchemy: the check above would see it."""
    proc, modules = _run(journal, "triggers")
    assert proc.returncode == 0, proc.stderr
    assert "sqlalchemy" in modules and "journal_app.cli.stats" in modules
    assert "torn-down" in modules  # and it ends the usual way


def test_an_encrypted_journal_loads_no_more(data_dir):
    from journal_app.services.journal import Journal

    Journal.init(data_dir, passphrase=PASSPHRASE).close()
    env = {"JOURNAL_APP_PASSPHRASE": PASSPHRASE}
    added, modules = _run(data_dir, "add", "lean and locked", env_extra=env)
    assert added.returncode == 0, added.stderr
    assert _heavy(modules) == []
    listed, modules = _run(data_dir, "list", env_extra=env)
    assert listed.returncode == 0 and "lean and locked" in listed.stdout, listed.stderr
    assert _heavy(modules) == []


def test_ending_at_once_loses_nothing(journal):
    """Entries added by processes that end without the teardown are all there, the journal's log is folded
    into the file (closed first), and a long listing through a pipe arrives whole."""
    ids = []
    for i in range(3):
        added, _ = _run(journal, "add", f"entry {i} " + "words " * 200, "--trigger", "push-pull:4")
        assert added.returncode == 0 and added.stderr == "", added.stderr
        ids.append(int(added.stdout))
        wal = journal / "journal.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
    listed, _ = _run(journal, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [e["id"] for e in json.loads(listed.stdout)] == ids[::-1]
    stats, _ = _run(journal, "stats", "--json")
    assert json.loads(stats.stdout)["triggers"]["push-pull"] == {"count": 3, "mean_intensity": 4.0}


def test_a_failing_quick_command_keeps_its_status_and_message(journal):
    proc, _ = _run(journal, "list", "--trigger", "no-such-trigger")
    plain = subprocess.run([sys.executable, "-c", "import sys; from journal_app.__main__ import main; "  # in-process
                            "main(sys.argv[1:])", "--data-dir", str(journal), "list", "--trigger", "no-such-trigger"],
                           capture_output=True, text=True, timeout=120, check=False)
    assert (proc.returncode, proc.stdout, proc.stderr) == (plain.returncode, plain.stdout, plain.stderr)
    assert proc.returncode != 0 and "no-such-trigger" in proc.stderr


# -- cli.main.end, in this process (os._exit replaced) ----------------------------------------------------
class Ended(Exception):
    pass


@pytest.fixture
def ending(monkeypatch):
    """What cli.main.end did: ('now', status) for os._exit, ('usual', status) for sys.exit."""
    monkeypatch.setattr(cli_main.os, "_exit", lambda status: (_ for _ in ()).throw(Ended(status)))
    monkeypatch.setattr(cli_main, "_run_exit_handlers", lambda: True)  # not this test process's own handlers
    # threads an earlier test left running in this process (Qt's pools, a preloader) are not this command's: the
    # count `_alone` reads leaves them out, so the answer depends only on threads started here
    leftover = {t for t in threading.enumerate() if t is not threading.current_thread()}
    counted = threading.active_count
    monkeypatch.setattr(threading, "active_count", lambda: counted() - sum(t.is_alive() for t in leftover))

    def end(args: argparse.Namespace, status: int = 3) -> tuple[str, object]:
        try:
            cli_main.end(status, args)
        except Ended as now:
            return "now", now.args[0]
        except SystemExit as usual:
            return "usual", usual.code
        raise AssertionError("end() returned")

    return end


def test_only_a_quick_command_ends_at_once(ending):
    assert ending(argparse.Namespace(lean=True)) == ("now", 3)
    assert ending(argparse.Namespace(lean=True), 0) == ("now", 0)
    assert ending(argparse.Namespace()) == ("usual", 3)
    assert ending(argparse.Namespace(lean=False, writes="exporting")) == ("usual", 3)


def test_output_is_flushed_first_and_a_failed_flush_ends_the_usual_way(ending, monkeypatch):
    written = io.StringIO()

    class Buffered(io.StringIO):
        def flush(self) -> None:
            written.write(self.getvalue())

    out = Buffered()
    out.write("the last line\n")
    monkeypatch.setattr(sys, "stdout", out)
    assert ending(argparse.Namespace(lean=True)) == ("now", 3)
    assert written.getvalue() == "the last line\n"

    class Closed(io.StringIO):
        def flush(self) -> None:
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stdout", Closed())
    assert ending(argparse.Namespace(lean=True)) == ("usual", 3)


def test_another_thread_running_ends_the_usual_way(ending):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert ending(argparse.Namespace(lean=True)) == ("usual", 3)
    finally:
        stop.set()
        other.join()
    assert ending(argparse.Namespace(lean=True)) == ("now", 3)
