"""Promises the command line keeps (issue 14, item 14): wrong passphrases slow down across commands, writers
take turns instead of being refused, an empty --data-dir is refused, `init` on a journal exits 2, and nothing
printed can steer the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from journal_app.cli import keying as cli_keying
from journal_app.core.paths import default_data_dir
from journal_app.services.journal import Journal
from journal_app.services.unlock_attempts import ATTEMPTS_NAME, UnlockAttempts
from tests.cli.conftest import PASSPHRASE, add, listed, run_subprocess

WRONG = "violet harbour cactus drum"


# -- a. wrong passphrases in a row slow down, across processes ---------------------------------------------
class FakeTime:
    """A wall clock that only moves when the command sleeps (or the test says so)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time(monkeypatch):
    fake = FakeTime()
    monkeypatch.setattr(cli_keying, "clock", fake)
    monkeypatch.setattr(cli_keying, "sleep", fake.sleep)
    return fake


def _with(monkeypatch, passphrase):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", passphrase)


def test_wrong_passphrases_in_a_row_make_the_next_command_wait(locked, data_dir, monkeypatch, fake_time):
    add(locked, "kept")
    _with(monkeypatch, WRONG)
    waits = []
    for n in range(1, 9):
        before = sum(fake_time.slept)
        result = locked("list")
        assert result.code == 1 and result.out == ""
        lines = result.err.splitlines()
        assert len(lines) == (1 if n <= 4 else 2), result.err  # from the fifth: first the wait, then the try
        assert "did not open this journal" in lines[-1]
        waits.append(round(sum(fake_time.slept) - before))
        assert UnlockAttempts(data_dir, fake_time).failures == n
    # the first four tries wait for nothing; then 2, 4, 8, 16 seconds before each try
    assert waits == [0, 0, 0, 0, 2, 4, 8, 16]
    result = locked("list")
    assert "Too many wrong passphrases in a row (8)" in result.err and "32 seconds" in result.err
    assert "the next try waits 60 seconds" in result.err
    # the right passphrase waits its turn too, then opens, and the count starts again
    _with(monkeypatch, PASSPHRASE)
    before = sum(fake_time.slept)
    assert [e["body"] for e in listed(locked)] == ["kept"]
    assert round(sum(fake_time.slept) - before) == 60
    assert not (data_dir / ATTEMPTS_NAME).exists()
    _with(monkeypatch, WRONG)
    before = sum(fake_time.slept)
    locked("list").assert_one_line_error(1, "did not open")
    assert sum(fake_time.slept) == before


def test_the_wait_is_said_once_and_ctrl_c_stops_it(locked, data_dir, monkeypatch, fake_time):
    _with(monkeypatch, WRONG)
    for _ in range(5):
        locked("list")

    def interrupted(seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_keying, "sleep", interrupted)
    before = (data_dir / ATTEMPTS_NAME).read_bytes()
    result = locked("add", "never saved")
    assert result.code == 130 and result.err.splitlines() == [
        ("journal-app: Too many wrong passphrases in a row (5), so this try waits 4 seconds first "
         "(Ctrl+C stops it). Nothing was changed."),
        "journal-app: Stopped.",
    ]
    assert (data_dir / ATTEMPTS_NAME).read_bytes() == before  # not tried, so not counted
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 0


def test_the_count_holds_across_processes_and_the_right_passphrase_clears_it(locked, data_dir):
    add(locked, "across processes")
    env_wrong = {"JOURNAL_APP_PASSPHRASE": WRONG, "JOURNAL_APP_DATA_DIR": str(data_dir)}
    for n in range(1, 5):
        started = time.monotonic()
        result = run_subprocess(["list"], env_extra=env_wrong)
        result.assert_one_line_error(1, "did not open this journal")
        assert time.monotonic() - started < 20
        assert json.loads((data_dir / ATTEMPTS_NAME).read_text())["failures"] == n
    assert "After 4 wrong passphrases in a row, the next try waits 2 seconds." in result.err
    assert (data_dir / ATTEMPTS_NAME).stat().st_mode & 0o777 == 0o600
    started = time.monotonic()
    right = run_subprocess(["list", "--json"], env_extra={**env_wrong, "JOURNAL_APP_PASSPHRASE": PASSPHRASE})
    took = time.monotonic() - started
    assert right.code == 0, right.err
    assert [e["body"] for e in right.json()] == ["across processes"]
    assert right.err.startswith("journal-app: Too many wrong passphrases in a row (4)")
    assert took >= 1.5  # the 2 seconds from the last failure, less the time the process took to start
    assert not (data_dir / ATTEMPTS_NAME).exists()


# -- b. writers wait their turn for the lock ---------------------------------------------------------------
def test_parallel_adds_all_get_their_turn(cli, data_dir):
    count = int(os.environ.get("JOURNAL_APP_PARALLEL_ADDS", "30"))
    assert cli("init", "--no-passphrase").code == 0
    env = {**os.environ, "JOURNAL_APP_DATA_DIR": str(data_dir)}
    started = time.monotonic()
    procs = [
        subprocess.Popen([sys.executable, "-m", "journal_app", "add", f"parallel entry {n}"], env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for n in range(count)
    ]
    results = [(p.wait(timeout=600), p.stdout.read().decode(), p.stderr.read().decode()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    took = time.monotonic() - started
    failed = [(code, err) for code, _, err in results if code != 0]
    assert not failed, f"{len(failed)} of {count} refused: {failed[:3]}"
    ids = [int(out) for _, out, _ in results]
    with Journal.open(data_dir) as journal:
        assert journal.entry_count() == count
        assert sorted(journal.get(i).body for i in ids) == sorted(f"parallel entry {n}" for n in range(count))
    print(f"{count} parallel adds: {count - len(failed)}/{count} saved in {took:.1f} s")


HOLD = """
import sys, time
from journal_app.system.instance_lock import JournalLock
lock = JournalLock(sys.argv[1])
assert lock.acquire()
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _holder(data_dir, seconds):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(data_dir), str(seconds)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_an_add_waits_for_a_short_holder_and_says_so(ready, data_dir):
    holder = _holder(data_dir, 2.0)
    try:
        result = run_subprocess(["add", "after the wait"], env_extra={"JOURNAL_APP_DATA_DIR": str(data_dir)})
    finally:
        holder.wait()
        holder.stdout.close()
    assert result.code == 0, result.err
    assert result.err == "journal-app: Waiting for the journal: another window or command is using it…\n"
    assert [e["body"] for e in listed(ready)] == ["after the wait"]


def test_an_add_gives_up_after_a_few_seconds(ready, data_dir, capsys):
    holder = _holder(data_dir, 60)
    try:
        started = time.monotonic()
        result = ready("add", "not now")
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert result.code == 1
    waiting, refused = result.err.splitlines()
    assert waiting == "journal-app: Waiting for the journal: another window or command is using it…"
    assert "only one window or command may change it" in refused and "Nothing was changed" in refused
    assert 4.5 <= took < 30
    assert listed(ready) == []


# -- c. an empty --data-dir names no folder --------------------------------------------------------------
@pytest.fixture
def usual_journal():
    """A journal in the usual place (this test's home), with one entry."""
    folder = default_data_dir()
    with Journal.init(folder) as journal:
        from journal_app.core.timeutil import now_utc
        from journal_app.models.values import EntryForm

        journal.save(EntryForm(occurred_at=now_utc(), title="", body="the usual journal"))
    return folder


@pytest.mark.parametrize("argv", [
    ["--data-dir", "", "list"], ["--data-dir=", "list"], ["list", "--data-dir", ""], ["--data-dir", " ", "list"],
    ["--data-dir", "", "add", "somewhere"], ["--data-dir", "", "init", "--no-passphrase"], ["--data-dir", ""],
])
def test_an_empty_data_dir_is_refused(usual_journal, capsys, argv):
    from tests.cli.conftest import run_in_process

    result = run_in_process(capsys, argv)
    result.assert_one_line_error(2, "--data-dir is empty", "Nothing was changed")
    assert result.out == ""
    with Journal.open(usual_journal) as journal:
        assert journal.entry_count() == 1  # nothing added to the usual journal either


def test_an_empty_environment_variable_means_unset(usual_journal, capsys, monkeypatch):
    from tests.cli.conftest import run_in_process

    monkeypatch.setenv("JOURNAL_APP_DATA_DIR", "")
    result = run_in_process(capsys, ["list", "--json"])
    assert result.code == 0, result.err
    assert [e["body"] for e in result.json()] == ["the usual journal"]


# -- d. init where a journal is --------------------------------------------------------------------------
def test_init_on_an_existing_journal_exits_2(ready, data_dir, tmp_path):
    ready("init", "--no-passphrase").assert_one_line_error(2, "already exists", "nothing was changed")
    encrypted = tmp_path / "encrypted"
    env = {"JOURNAL_APP_PASSPHRASE": PASSPHRASE}
    assert run_subprocess(["--data-dir", str(encrypted), "init"], env_extra=env).code == 0
    run_subprocess(["--data-dir", str(encrypted), "init"], env_extra=env).assert_one_line_error(2, "already exists")
    with Journal.open(encrypted, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 0


# -- e. nothing printed steers the terminal ----------------------------------------------------------------
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
STEERING = "\x1b[2J\x1b]0;owned\x07\x9b31m\r\x08\u2028"
TITLE = "Evil\u202etxt.exe\u202c title \x1b[31mred"
BODY = f"before {BIDI} middle {STEERING} after"


def _steers(text: str) -> list[str]:
    return [ch for ch in text if ch in BIDI or ch in "\x1b\x07\x9b\r\x08\u2028"]


def test_list_triggers_stats_show_no_direction_or_terminal_controls(ready, data_dir):
    with Journal.open(data_dir) as journal:
        journal.add_trigger("Feeling\u202e dismissed \x1b[5m")
        journal.add_person("Sam\u2067 \u202eX")
    slug = next(t["slug"] for t in ready("triggers", "--json").json() if t["name"].startswith("Feeling"))
    add(ready, BODY, "--title", TITLE, "--trigger", f"{slug}:6", "--person", "Sam\u2067 \u202eX")
    add(ready, BODY)
    for argv in (["list"], ["triggers"], ["stats"], ["list", "--search", "middle"],
                 ["list", "--person", "Nobody\u202e"]):
        result = ready(*argv)
        assert _steers(result.out) == [] and _steers(result.err) == [], argv
    shown = ready("list").out
    assert "Evil" in shown and "title" in shown and "before" in shown  # the words stay, the controls go
    assert "Feeling dismissed" in ready("triggers").out


def test_json_keeps_every_character_but_escapes_the_ones_a_terminal_acts_on(ready):
    add(ready, BODY, "--title", TITLE)
    for argv in (["list", "--json"], ["triggers", "--json"], ["stats", "--json"]):
        result = ready(*argv)
        assert _steers(result.out) == [], argv
        json.loads(result.out)
    [item] = ready("list", "--json").json()
    assert item["title"] == TITLE and item["body"] == BODY  # the same value: nothing lost
    assert "\\u202e" in ready("list", "--json").out


def test_the_json_escaping_is_exact():
    from journal_app.cli.common import dump

    for text in (BODY, TITLE, "\x7f\x80\x9f\u2029", "plain ☕ text", "é\u0301"):
        printed = dump({"t": text})
        assert _steers(printed) == [] and json.loads(printed) == {"t": text}


def test_printable_leaves_ordinary_text_alone():
    from journal_app.cli.messages import printable, terminal_safe

    for text in ("שלום world", "مرحبا", "naïve café", "👩🏽‍❤️‍👨🏻", "tab\tand\nline"):
        assert terminal_safe(text) == text
    assert printable("a\u202eb\x1bc") == "ab c"
    assert terminal_safe("a\u200fb\x9bc\nd") == "ab c\nd"

