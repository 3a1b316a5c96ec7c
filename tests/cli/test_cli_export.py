"""`journal-app export`: private entries never leave unless asked for, formats by ending, atomic and 0600,
bad targets refused with one calm line and nothing left behind."""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import date, timedelta

import pytest

from tests.cli.conftest import add

PRIVATE = "zanzibarquokka"  # a word only the private entry has
SHARED = "lighthousewren"


@pytest.fixture
def journal_cli(ready):
    today = date.today()
    add(ready, f"We argued and I felt {SHARED}.", "--share", "--trigger", "abandonment-fear:7", "--person", "Sam",
        "--at", f"{today - timedelta(days=2)}T21:30")
    add(ready, f"Something only for me: {PRIVATE}.", "--trigger", "withdrawal:4",
        "--at", f"{today - timedelta(days=1)}T22:00")
    return ready


@pytest.mark.parametrize("name", ["summary.md", "summary.csv"])
def test_private_entries_stay_out_unless_asked(journal_cli, tmp_path, name):
    out = tmp_path / name
    result = journal_cli("export", str(out))
    assert result.code == 0, result.err
    assert "not encrypted" in result.out and '1 entry marked "may share"' in result.out
    text = out.read_text(encoding="utf-8")
    assert SHARED in text and PRIVATE not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = journal_cli("export", str(out), "--include-unshared")
    assert again.code == 0, again.err
    assert PRIVATE in out.read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_markdown_shows_people_as_chosen(journal_cli, tmp_path):
    out = tmp_path / "s.md"
    assert journal_cli("export", str(out), "--people", "role").code == 0
    text = out.read_text(encoding="utf-8")
    assert "With: someone" in text and "Sam" not in text  # the CLI adds new people as "other"


def test_csv_columns_and_bom(journal_cli, tmp_path):
    out = tmp_path / "s.csv"
    assert journal_cli("export", str(out), "--include-unshared", "--bom").code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header = rows[0]
    assert "Abandonment fear" in header and "Withdrawal" in header and len(rows) == 3
    fear = header.index("Abandonment fear")
    assert sorted(r[fear] for r in rows[1:]) == ["", "7"]


def test_format_from_option_or_ending(journal_cli, tmp_path):
    out = tmp_path / "summary.txt"
    journal_cli("export", str(out)).assert_one_line_error(2, "--format")
    assert not out.exists()
    assert journal_cli("export", str(out), "--format", "md").code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_since_last_session_needs_a_session(journal_cli, tmp_path):
    journal_cli("export", str(tmp_path / "s.md"), "--since-last-session").assert_one_line_error(2, "no therapy session")


@pytest.mark.parametrize("case", ["missing-folder", "folder-as-out", "no-permission"])
def test_bad_targets_fail_clearly_and_leave_nothing(journal_cli, tmp_path, case):
    if case == "missing-folder":
        out, needle = tmp_path / "nope" / "s.md", "does not exist"
    elif case == "folder-as-out":
        out, needle = tmp_path, "is a folder"
    else:
        if os.geteuid() == 0:
            pytest.skip("root may write anywhere")
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        out, needle = locked / "s.md", "may not write"
    before = sorted(p.name for p in tmp_path.rglob("*"))
    journal_cli("export", str(out)).assert_one_line_error(2, needle)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
