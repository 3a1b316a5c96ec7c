"""Every `journal-app` command, in-process: what it prints and what it stores."""

from __future__ import annotations

import sys
import types
from datetime import UTC, datetime, timedelta

import pytest

import journal_app
from journal_app.services.journal import Journal
from tests.cli.conftest import PASSPHRASE, add, listed


# -- init ------------------------------------------------------------------------------------------
def test_init_creates_a_journal(cli, data_dir, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    result = cli("init")
    assert result.code == 0 and result.err == ""
    assert str(data_dir) in result.out and "encrypted" in result.out
    assert (data_dir / "journal.db").is_file()
    assert Journal.state(data_dir) == "encrypted"
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.encrypted and journal.entry_count() == 0


def test_init_accepts_no_passphrase(cli, data_dir):
    assert cli("init", "--no-passphrase").code == 0
    assert (data_dir / "journal.db").is_file()
    assert Journal.state(data_dir) == "plain"


def test_init_twice_exits_2_and_keeps_the_entries(ready, data_dir):
    add(ready, "keep me")
    ready("init").assert_one_line_error(2, "already exists")
    assert [e["body"] for e in listed(ready)] == ["keep me"]


# -- add -------------------------------------------------------------------------------------------
def test_add_prints_only_the_new_id(ready, data_dir):
    first = add(ready, "first")
    second = add(ready, "second")
    assert second != first
    with Journal.open(data_dir) as journal:
        assert journal.get(first).body == "first"
        assert journal.get(second).body == "second"


def test_add_with_everything(ready, data_dir):
    entry_id = add(
        ready, "We argued about the weekend.", "--title", "Saturday", "--trigger", "withdrawal:7",
        "--trigger", "push-pull", "--person", "Alex", "--person", "Mum", "--at", "2026-02-03T21:30",
        "--share",
    )
    [item] = listed(ready)
    assert item["id"] == entry_id
    assert item["title"] == "Saturday"
    assert item["body"] == "We argued about the weekend."
    assert item["occurred_at"] == "2026-02-03T21:30:00+01:00"
    assert {t["slug"]: t["intensity"] for t in item["triggers"]} == {"withdrawal": 7, "push-pull": None}
    assert {t["slug"]: t["name"] for t in item["triggers"]}["withdrawal"] == "Withdrawal"
    assert sorted(item["people"]) == ["Alex", "Mum"]
    assert item["shared"] is True
    assert len(item["uuid"]) == 36
    with Journal.open(data_dir) as journal:
        assert {p.name: p.relationship for p in journal.people()} == {"Alex": "other", "Mum": "other"}


def test_add_defaults(ready):
    before = datetime.now(UTC)
    add(ready, "just now")
    [item] = listed(ready)
    occurred = datetime.fromisoformat(item["occurred_at"])
    assert abs(occurred - before) < timedelta(minutes=1)
    assert item["title"] == "" and item["triggers"] == [] and item["people"] == [] and item["shared"] is False


def test_add_intensity_bounds_are_allowed(ready):
    add(ready, "low", "--trigger", "withdrawal:0")
    add(ready, "high", "--trigger", "withdrawal:10")
    assert sorted(e["triggers"][0]["intensity"] for e in listed(ready)) == [0, 10]


def test_add_reuses_a_known_person(ready, data_dir):
    add(ready, "one", "--person", "Alex")
    add(ready, "two", "--person", "alex")
    with Journal.open(data_dir) as journal:
        assert [p.name for p in journal.people()] == ["Alex"]
    assert [e["people"] for e in listed(ready)] == [["Alex"], ["Alex"]]


def test_add_uses_custom_triggers(ready, data_dir):
    with Journal.open(data_dir) as journal:
        slug = journal.add_trigger("Feeling dismissed").slug
    add(ready, "again", "--trigger", f"{slug}:4")
    assert listed(ready)[0]["triggers"] == [{"slug": slug, "name": "Feeling dismissed", "intensity": 4}]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2026-01-15T10:00", "2026-01-15T10:00:00+01:00"),  # winter: CET
        ("2026-07-15T10:00", "2026-07-15T10:00:00+02:00"),  # summer: CEST
        ("2026-07-15T10:00+00:00", "2026-07-15T12:00:00+02:00"),
        ("2026-07-15T08:00Z", "2026-07-15T10:00:00+02:00"),
        ("2025-12-24", "2025-12-24T12:00:00+01:00"),
    ],
)
def test_add_at_is_local_time_with_offset(ready, when, expected):
    add(ready, "moment", "--at", when)
    assert listed(ready)[0]["occurred_at"] == expected


def test_add_reads_stdin_byte_for_byte(ready):
    text = "line one\r\nline two\n\n  indented \u05e9\u05dc\u05d5\u05dd 🎉\n"
    result = ready("add", "-", "--title", "from stdin", stdin=text.encode("utf-8"))
    assert result.code == 0, result.err
    assert listed(ready)[0]["body"] == text


def test_add_blank_stdin_is_refused(ready):
    ready("add", "-", stdin=b" \n\t\r\n").assert_one_line_error(2, "empty")
    assert listed(ready) == []


def test_add_text_that_looks_like_an_option(ready):
    add(ready, "--", "--not an option")
    add(ready, "-5 degrees outside")
    assert {e["body"] for e in listed(ready)} == {"--not an option", "-5 degrees outside"}


# -- data folder -----------------------------------------------------------------------------------
def test_data_dir_after_the_command(cli, data_dir):
    assert cli("init", "--no-passphrase", "--data-dir", str(data_dir), data_dir_option=False).code == 0
    result = cli("add", "after", "--data-dir", str(data_dir), data_dir_option=False)
    assert result.code == 0, result.err
    result = cli("list", "--json", "--data-dir", str(data_dir), data_dir_option=False)
    assert [e["body"] for e in result.json()] == ["after"]


def test_data_dir_from_environment(cli, data_dir, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_DATA_DIR", str(data_dir))
    assert cli("init", "--no-passphrase", data_dir_option=False).code == 0
    assert (data_dir / "journal.db").is_file()
    assert cli("add", "via env", data_dir_option=False).code == 0


def test_option_wins_over_environment(cli, data_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_DATA_DIR", str(tmp_path / "elsewhere"))
    assert cli("init", "--no-passphrase").code == 0
    assert (data_dir / "journal.db").is_file()
    assert not (tmp_path / "elsewhere").exists()


def test_default_folder_is_under_xdg_data_home(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert cli("init", "--no-passphrase", data_dir_option=False).code == 0
    assert (tmp_path / "xdg" / "journal-app" / "journal.db").is_file()


# -- the window ------------------------------------------------------------------------------------
@pytest.fixture
def fake_app(monkeypatch):
    calls = []
    fake = types.ModuleType("journal_app.app")

    def run(data_dir):
        calls.append(data_dir)
        return 3

    fake.run = run
    monkeypatch.setitem(sys.modules, "journal_app.app", fake)
    monkeypatch.setattr(journal_app, "app", fake, raising=False)
    monkeypatch.setattr(journal_app, "app", fake, raising=False)
    return calls


def test_no_command_opens_the_window(cli, data_dir, fake_app):
    result = cli()
    assert result.code == 3
    assert fake_app == [data_dir]


def test_no_command_uses_the_environment(cli, data_dir, fake_app, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_DATA_DIR", str(data_dir))
    assert cli(data_dir_option=False).code == 3
    assert fake_app == [data_dir]


def test_a_command_never_opens_the_window(ready, fake_app):
    add(ready, "no window")
    assert fake_app == []


def test_window_failure_is_one_calm_line(cli, monkeypatch):
    fake = types.ModuleType("journal_app.app")

    def run(data_dir):
        raise ImportError("libEGL.so.1: cannot open shared object file")

    fake.run = run
    monkeypatch.setitem(sys.modules, "journal_app.app", fake)
    monkeypatch.setattr(journal_app, "app", fake, raising=False)
    cli().assert_one_line_error(1, "unexpected")


def test_help_exits_0(cli):
    result = cli("--help")
    assert result.code == 0
    assert "init" in result.out and "stats" in result.out
    assert "backup" in result.out and "restore" in result.out and "JOURNAL_APP_PASSPHRASE" in result.out
    result = cli("init", "--help")
    assert result.code == 0 and "encrypted" in result.out and "--no-passphrase" in result.out
    result = cli("list", "--help")
    assert result.code == 0 and "--limit" in result.out and "50" in result.out


def test_option_values_that_are_double_dashes(ready):
    entry_id = add(ready, "--title=--", "--person=--", "--", "--")
    [item] = listed(ready, "--search=--")
    assert (item["id"], item["title"], item["body"], item["people"]) == (entry_id, "--", "--", ["--"])
    assert [e["id"] for e in listed(ready, "--person=--")] == [entry_id]
