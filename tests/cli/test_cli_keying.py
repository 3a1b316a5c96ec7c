"""Encrypted journals on the command line: the passphrase from $JOURNAL_APP_PASSPHRASE or the terminal,
a calm refusal otherwise, wrong passphrases that change nothing, weak ones refused at `init`."""

from __future__ import annotations

import getpass
import hashlib
import io
import json
import sys

import pytest

from journal_app.core import messages
from journal_app.core.errors import PassphraseRequired
from journal_app.services.journal import Journal
from tests.cli.conftest import PASSPHRASE, add, listed, run_subprocess

LOCKED_LINE = "journal-app: this journal is locked: set JOURNAL_APP_PASSPHRASE or run in a terminal\n"
OPENING_COMMANDS = [["add", "text"], ["list"], ["list", "--json"], ["stats"], ["stats", "--json"],
                    ["triggers"], ["triggers", "--json"], ["backup"]]
# quotes, backslashes, emoji, SQL-ish text: exactly 200 characters
ODD = ("it's \"a\" \\ back\\slash 🎉👩🏽‍❤️‍👨🏻 '); DROP TABLE entry; -- x'00' " * 5)[:200]
assert len(ODD) == 200


def snapshot(folder) -> dict[str, str]:
    """Every file under `folder` with the sha256 of its bytes; not the count of wrong passphrases
    (journal.attempts), which a wrong one is meant to change (tests/cli/test_cli_promises.py)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "journal.attempts"
    }


@pytest.fixture
def no_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def terminal(monkeypatch):
    """A terminal where the user types the given answers; records the prompts shown."""
    typed: list[str] = []
    prompts: list[str] = []

    def fake_getpass(prompt="Password: ", stream=None):
        prompts.append(prompt)
        if not typed:
            raise EOFError
        return typed.pop(0)

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", fake_getpass)

    class Terminal:
        def type(self, *answers: str) -> None:
            typed.extend(answers)

        @property
        def prompts(self) -> list[str]:
            return prompts

    return Terminal()


# -- with $JOURNAL_APP_PASSPHRASE -----------------------------------------------------------------
def test_encrypted_journal_works_with_the_environment(locked, data_dir):
    assert Journal.state(data_dir) == "encrypted"
    entry_id = add(locked, "with a key", "--trigger", "withdrawal:5")
    assert [e["id"] for e in listed(locked)] == [entry_id]
    assert "with a key" in locked("list").out
    assert locked("stats", "--json").json()["triggers"]["withdrawal"] == {"count": 1, "mean_intensity": 5.0}
    assert locked("stats").out.startswith("Entries: 1")
    counts = {t["slug"]: t["entries"] for t in locked("triggers", "--json").json()}
    assert counts["withdrawal"] == 1
    assert "withdrawal" in locked("triggers").out
    with pytest.raises(PassphraseRequired):
        Journal.open(data_dir)  # still locked without the passphrase
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.encrypted and journal.get(entry_id).body == "with a key"


@pytest.mark.parametrize("argv", OPENING_COMMANDS)
def test_without_a_passphrase_or_terminal_it_is_locked(locked, data_dir, monkeypatch, no_terminal, argv):
    add(locked, "already here")
    before = snapshot(data_dir)
    monkeypatch.delenv("JOURNAL_APP_PASSPHRASE")
    result = locked(*argv)
    assert (result.code, result.out, result.err) == (1, "", LOCKED_LINE)
    assert snapshot(data_dir) == before


def test_an_empty_variable_counts_as_unset(locked, monkeypatch, no_terminal):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", "")
    assert locked("list").err == LOCKED_LINE


def test_locked_as_a_real_process(locked, data_dir):
    result = run_subprocess(["--data-dir", str(data_dir), "list"], env_extra={"JOURNAL_APP_PASSPHRASE": ""})
    assert (result.code, result.out, result.err) == (1, "", LOCKED_LINE)


@pytest.fixture
def left_by_a_crash(tmp_path, data_dir):
    """An encrypted journal folder as a crash leaves it: journal.db with a -wal holding the last
    entry and a -shm beside it (copied while another connection had the journal open)."""
    import shutil

    live = tmp_path / "live"
    with Journal.init(live, passphrase=PASSPHRASE) as journal:
        journal.add_person("In the log only")
        shutil.copytree(live, data_dir)
    assert {"journal.db", "journal.db-wal", "journal.db-shm"} <= set(snapshot(data_dir))
    return data_dir


def _wrong(cli, monkeypatch, argv) -> None:
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE + "!")
    result = cli(*argv)
    result.assert_one_line_error(1)
    assert result.err == f"journal-app: {messages.wrong_passphrase()}\n"
    assert result.out == ""


WRONG_ARGVS = [["list"], ["add", "should not land"], ["backup"], ["stats"], ["triggers"],
               ["restore", "nothing.db"]]


@pytest.mark.parametrize("argv", WRONG_ARGVS)
def test_wrong_passphrase_changes_nothing(locked, data_dir, monkeypatch, argv, tmp_path):
    add(locked, "first")
    if argv[0] == "restore":
        argv = ["restore", str(tmp_path / "nothing.db")]
        (tmp_path / "nothing.db").write_bytes(b"")
    before = snapshot(data_dir)
    _wrong(locked, monkeypatch, argv)
    assert snapshot(data_dir) == before  # same files, same bytes, nothing new
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 1


@pytest.mark.parametrize("argv", WRONG_ARGVS[:5])
def test_wrong_passphrase_leaves_a_crashed_journal_and_its_log(cli, left_by_a_crash, monkeypatch, argv):
    before = snapshot(left_by_a_crash)
    _wrong(cli, monkeypatch, argv)
    after = snapshot(left_by_a_crash)
    assert set(after) == set(before)  # no new files
    for name in ("journal.db", "journal.db-wal"):
        assert after[name] == before[name], name
    with Journal.open(left_by_a_crash, passphrase=PASSPHRASE) as journal:
        assert [p.name for p in journal.people()] == ["In the log only"]


def test_wrong_passphrase_leaves_the_wal_index_byte_identical(cli, left_by_a_crash, monkeypatch):
    before = snapshot(left_by_a_crash)
    _wrong(cli, monkeypatch, ["list"])
    assert snapshot(left_by_a_crash)["journal.db-shm"] == before["journal.db-shm"]


def test_wrong_passphrase_while_open_elsewhere(locked, data_dir, monkeypatch):
    add(locked, "first")
    with Journal.open(data_dir, passphrase=PASSPHRASE) as window:  # as if the window had it open
        window.add_person("Someone")
        before = snapshot(data_dir)
        assert {"journal.db", "journal.db-wal", "journal.db-shm"} <= set(before)
        _wrong(locked, monkeypatch, ["add", "should not land"])
        after = snapshot(data_dir)
        assert set(after) == set(before)
        # the -shm is memory shared by every reader of a WAL database; the data is in the other two
        assert after["journal.db"] == before["journal.db"] and after["journal.db-wal"] == before["journal.db-wal"]
        assert window.entry_count() == 1


def test_odd_passphrase_works_end_to_end(cli, data_dir, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", ODD)
    assert cli("init").code == 0
    entry_id = add(cli, "odd key, plain words 🎉")
    assert [e["body"] for e in listed(cli)] == ["odd key, plain words 🎉"]
    with Journal.open(data_dir, passphrase=ODD) as journal:
        assert journal.get(entry_id).body == "odd key, plain words 🎉"
    for near in (ODD[:-1], ODD + " ", ODD.replace("\\", "")):
        monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", near)
        cli("list").assert_one_line_error(1, "did not open")


def test_odd_passphrase_as_a_real_process(tmp_path):
    env = {"JOURNAL_APP_DATA_DIR": str(tmp_path / "j"), "JOURNAL_APP_PASSPHRASE": ODD}
    assert run_subprocess(["init"], env_extra=env).code == 0
    assert run_subprocess(["add", "through a process"], env_extra=env).code == 0
    listed_out = run_subprocess(["list", "--json"], env_extra=env)
    assert [e["body"] for e in json.loads(listed_out.out)] == ["through a process"]
    with Journal.open(tmp_path / "j", passphrase=ODD) as journal:
        assert journal.entry_count() == 1


# -- init ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("weak", "needle"), [
    ("password", "common"), ("abc", "at least 8"), ("12345678", "guess"), ("journal1", "guess"),
])
def test_weak_passphrase_is_refused_at_init(cli, data_dir, monkeypatch, weak, needle):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", weak)
    result = cli("init")
    result.assert_one_line_error(2, "too easy to guess", needle)
    assert result.out == ""
    assert not data_dir.exists()


def test_weak_passphrase_refusal_gives_a_hint(cli, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", "password")
    from journal_app.services import security

    verdict = security.assess("password")
    cli("init").assert_one_line_error(2, verdict.reason, verdict.hints[0])


def test_init_no_passphrase_is_plain_and_ignores_the_variable(cli, data_dir, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", "password")  # weak, but unused: no refusal
    result = cli("init", "--no-passphrase")
    assert result.code == 0, result.err
    assert "without a passphrase" in result.out
    assert Journal.state(data_dir) == "plain"
    add(cli, "plain text")  # a plain journal opens whatever the variable says
    with Journal.open(data_dir) as journal:
        assert not journal.encrypted and journal.entry_count() == 1


def test_init_without_passphrase_or_terminal_creates_nothing(cli, data_dir, no_terminal):
    result = cli("init")
    result.assert_one_line_error(1, "needs a passphrase", "no terminal", "--no-passphrase", "Nothing was created")
    assert "locked" not in result.err
    assert not data_dir.exists()


def test_init_on_an_existing_journal_does_not_ask(ready, terminal):
    ready("init").assert_one_line_error(2, "already exists")
    assert terminal.prompts == []


# -- the terminal ----------------------------------------------------------------------------------
def test_terminal_init_asks_twice_then_opens_by_asking(cli, data_dir, terminal):
    terminal.type(PASSPHRASE, PASSPHRASE)
    result = cli("init")
    assert result.code == 0, result.err
    assert terminal.prompts == ["Choose a passphrase: ", "Type it again: "]
    assert PASSPHRASE not in result.out + result.err
    assert Journal.state(data_dir) == "encrypted"

    terminal.type(PASSPHRASE)
    entry_id = add(cli, "typed key")
    assert terminal.prompts[2:] == ["Passphrase: "]
    terminal.type(PASSPHRASE)
    assert [e["id"] for e in listed(cli)] == [entry_id]
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.get(entry_id).body == "typed key"


def test_terminal_init_refuses_a_mismatch(cli, data_dir, terminal):
    terminal.type(PASSPHRASE, PASSPHRASE + "x")
    cli("init").assert_one_line_error(2, "not the same")
    assert not data_dir.exists()


def test_terminal_init_refuses_a_weak_one(cli, data_dir, terminal):
    terminal.type("password", "password")
    cli("init").assert_one_line_error(2, "too easy to guess")
    assert not data_dir.exists()


def test_the_variable_wins_over_the_terminal(locked, terminal):
    add(locked, "no prompt")
    assert terminal.prompts == []


def test_terminal_wrong_passphrase(locked, data_dir, monkeypatch, terminal):
    before = snapshot(data_dir)
    monkeypatch.delenv("JOURNAL_APP_PASSPHRASE")
    terminal.type("not it at all")
    locked("list").assert_one_line_error(1, "did not open")
    assert terminal.prompts == ["Passphrase: "]
    assert snapshot(data_dir) == before


def test_terminal_end_of_input_is_calm(locked, monkeypatch, terminal):
    monkeypatch.delenv("JOURNAL_APP_PASSPHRASE")
    locked("list").assert_one_line_error(1, "No passphrase was typed")


def test_plain_journal_never_asks(ready, terminal):
    add(ready, "no questions")
    assert listed(ready)[0]["body"] == "no questions"
    assert terminal.prompts == []
