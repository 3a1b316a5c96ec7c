"""Text survives `add` then `list --json` byte for byte; the console path works as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.services.journal import Journal
from tests.cli.conftest import PASSPHRASE, run_in_process, run_subprocess

# argv cannot carry NUL, and a lone surrogate is not text.
ALPHABET = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TRICKY = st.sampled_from([
    "🎉", "👩🏽‍❤️‍👨🏻", "שלום עולם", "مرحبا بالعالم", "\u200f\u200e",
    "e\u0301 a\u0308 \u0915\u094d\u0937", "\r\n", "\r", "\n\n", "\t", " ", "\u2028", "\ufeff",
    "ǅ ß ﬁ İ", "漢字かな", "--", "-", '"quoted"', "NEAR OR AND NOT *", "\u00a0", "x" * 3000,
])
TEXT = (
    st.lists(
        st.one_of(st.text(ALPHABET, max_size=40), TRICKY, st.text(ALPHABET, min_size=500, max_size=3000)),
        min_size=1, max_size=6,
    )
    .map("".join)
    .filter(lambda s: s.strip())
)
TITLE = st.none() | st.text(ALPHABET, min_size=1, max_size=300).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, title=TITLE, data=st.data())
def test_any_text_round_trips_and_is_found(capsys, monkeypatch, text, title, data):
    word = data.draw(st.sampled_from(text.split()), label="word")
    with tempfile.TemporaryDirectory() as folder:
        base = ["--data-dir", folder]
        assert run_in_process(capsys, [*base, "init", "--no-passphrase"]).code == 0
        argv = [*base, "add"] + ([f"--title={title}"] if title is not None else []) + ["--", text]
        # A TEXT of "-" reads standard input, so offer the same text there.
        added = run_in_process(capsys, argv, text.encode("utf-8"), monkeypatch)
        assert added.code == 0, added.err
        entry_id = int(added.out)

        listed = run_in_process(capsys, [*base, "list", "--json"])
        assert listed.code == 0, listed.err
        [item] = json.loads(listed.out)
        assert item["id"] == entry_id
        assert item["body"] == text
        assert item["title"] == (title or "")

        found = run_in_process(capsys, [*base, "list", f"--search={word}", "--json"])
        assert found.code == 0, found.err
        assert [e["id"] for e in json.loads(found.out)] == [entry_id]

        human = run_in_process(capsys, [*base, "list"])
        assert human.code == 0 and human.out.split()[0] == str(entry_id)


# -- the real console path -------------------------------------------------------------------------
def test_subprocess_round_trip_with_environment(tmp_path):
    env = {"JOURNAL_APP_DATA_DIR": str(tmp_path / "j"), "JOURNAL_APP_PASSPHRASE": PASSPHRASE}
    assert run_subprocess(["init"], env_extra=env).code == 0
    assert Journal.state(tmp_path / "j") == "encrypted"
    text = "Er hat nicht geantwortet 😔\r\nשלום\u200f e\u0301\n  trailing spaces  "
    added = run_subprocess(["add", "--trigger", "abandonment-fear:8", "--person", "Kai",
                            "--at", "2026-01-20T22:15", "--", text], env_extra=env)
    assert added.code == 0, added.err
    assert added.out.strip().isdigit() and added.err == ""
    listed = run_subprocess(["list", "--json"], env_extra=env)
    assert listed.code == 0, listed.err
    [item] = json.loads(listed.out)
    assert item["body"] == text
    assert item["occurred_at"] == "2026-01-20T22:15:00+01:00"
    assert item["triggers"] == [{"slug": "abandonment-fear", "name": "Abandonment fear", "intensity": 8}]
    assert item["people"] == ["Kai"]


def test_subprocess_data_dir_after_command_and_stdin(tmp_path):
    folder = str(tmp_path / "j")
    assert run_subprocess(["init", "--no-passphrase", "--data-dir", folder]).code == 0
    text = "from a pipe\r\nwith CRLF\r\n\u05e9\u05dc\u05d5\u05dd\n"
    added = run_subprocess(["add", "-", "--data-dir", folder, "--at", "2026-08-01T09:00"],
                           stdin=text.encode("utf-8"))
    assert added.code == 0, added.err
    [item] = json.loads(run_subprocess(["--data-dir", folder, "list", "--json"]).out)
    assert item["body"] == text
    assert item["occurred_at"] == "2026-08-01T09:00:00+02:00"


def test_subprocess_stdout_is_utf8_whatever_the_locale(tmp_path):
    folder = str(tmp_path / "j")
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0"}
    assert run_subprocess(["--data-dir", folder, "init", "--no-passphrase"], env_extra=env).code == 0
    added = run_subprocess(["--data-dir", folder, "add", "Grüße 🎉", "--title", "Tschüss"], env_extra=env)
    assert added.code == 0, added.err
    listed = run_subprocess(["--data-dir", folder, "list", "--json"], env_extra=env)
    assert listed.code == 0, listed.err
    assert "Grüße 🎉" in listed.out  # raw UTF-8, not \\u escapes
    assert json.loads(listed.out)[0]["title"] == "Tschüss"
    human = run_subprocess(["--data-dir", folder, "list"], env_extra=env)
    assert human.code == 0 and "Tschüss" in human.out
    bad = run_subprocess(["--data-dir", folder, "add", "x", "--trigger", "jalousie-ä"], env_extra=env)
    bad.assert_one_line_error(2, "jalousie-ä")


def test_subprocess_bad_input_is_one_line(tmp_path):
    folder = str(tmp_path / "j")
    missing = run_subprocess(["--data-dir", folder, "list"])
    missing.assert_one_line_error(2, "journal-app init")
    assert run_subprocess(["--data-dir", folder, "init", "--no-passphrase"]).code == 0
    run_subprocess(["--data-dir", folder, "init"]).assert_one_line_error(2, "already exists")
    run_subprocess(["--data-dir", folder, "add", "x", "--trigger", "nope"]).assert_one_line_error(
        2, "withdrawal")
    run_subprocess(["--data-dir", folder, "list", "--limit", "0"]).assert_one_line_error(2, "--limit")
    run_subprocess(["--data-dir", folder, "frobnicate"]).assert_one_line_error(2, "frobnicate")


def test_subprocess_triggers_and_stats(tmp_path):
    env = {"JOURNAL_APP_DATA_DIR": str(tmp_path / "j"), "JOURNAL_APP_PASSPHRASE": PASSPHRASE}
    assert run_subprocess(["init"], env_extra=env).code == 0
    assert run_subprocess(["add", "x", "--trigger", "push-pull:3"], env_extra=env).code == 0
    triggers = run_subprocess(["triggers", "--json"], env_extra=env)
    assert {t["slug"]: t["entries"] for t in json.loads(triggers.out)}["push-pull"] == 1
    stats = run_subprocess(["stats", "--json"], env_extra=env)
    assert json.loads(stats.out)["triggers"]["push-pull"] == {"count": 1, "mean_intensity": 3.0}


def test_the_cli_never_loads_qt(tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    folder = str(tmp_path / "j")
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6') or m == 'journal_app.app'), file=sys.stderr))\n"
        "from journal_app.__main__ import main\n"
        "main(sys.argv[1:])\n"
    )
    for argv in (["init"], ["add", "x"], ["list", "--json"], ["triggers"], ["stats"], ["backup"]):
        proc = subprocess.run([sys.executable, "-c", code, "--data-dir", folder, *argv],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("argv", [["--help"], ["list", "--help"], ["--version"]])
def test_subprocess_help(argv):
    result = run_subprocess(argv)
    assert result.code == 0 and result.err == ""
    assert "journal-app" in result.out
