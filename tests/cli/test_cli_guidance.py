"""`journal-app guidance --for TEXT [--json]` (issue 18, item 5): the panel's reading for some words, with its
reasons and the safety cue, without opening (or needing) a journal."""

from __future__ import annotations

import os

import pytest

from journal_app.services.guidance import Library
from journal_app.services.safety_cue import CUE_LINE
from tests.cli.conftest import PASSPHRASE, run_subprocess

NEED_SPACE = "After dinner I told him I need space and went quiet."


def test_lists_what_the_panel_would_suggest_with_its_reasons(cli, data_dir):
    result = cli("guidance", "--for", NEED_SPACE, "--json")
    assert (result.code, result.err) == (0, "")
    data = result.json()
    expected = Library.load().suggest(NEED_SPACE)
    assert [s["id"] for s in data["suggestions"]] == [s.article.id for s in expected]
    assert data["suggestions"][0]["id"] == "withdrawal"
    assert data["suggestions"][0]["reason"] == "Because you wrote \u201cneed space\u201d"
    assert data["safety"] is False and data["safety_line"] is None
    first = data["suggestions"][0]
    assert first["title"] and first["summary"] and len(first["prompts"]) >= 3

    human = cli("guidance", "--for", NEED_SPACE)
    assert human.code == 0 and human.err == ""
    lines = human.out.splitlines()
    assert lines[0] == f"1. {expected[0].article.title}  [withdrawal]"
    assert lines[1] == "   Because you wrote \u201cneed space\u201d"
    assert CUE_LINE not in human.out
    assert not data_dir.exists()  # no journal was made or opened


def test_safety_true_when_the_cue_would_show(cli):
    result = cli("guidance", "--for", "He said he'd hurt me if I left. I need space.", "--json")
    assert result.code == 0
    data = result.json()
    assert data["safety"] is True
    assert data["safety_line"] == CUE_LINE and data["crisis_page"] == "crisis"
    assert data["suggestions"][0]["id"] == "withdrawal"  # the reading is still there, after the crisis page

    human = cli("guidance", "--for", "I don't want to be here anymore.")
    assert human.code == 0
    assert human.out.splitlines()[0] == CUE_LINE  # first, before any reading
    assert "journal-app crisis" in human.out.splitlines()[1]


def test_near_misses_do_not_show_the_cue(cli):
    for words in ("I was killing time before the session.", "I'm dying to see you.", "I could kill for a coffee."):
        assert cli("guidance", "--for", words, "--json").json()["safety"] is False, words


def test_reads_standard_input_with_a_dash(cli):
    result = cli("guidance", "--for", "-", "--json", stdin=b"I need space.\nI want to die.\n")
    assert result.code == 0, result.err
    data = result.json()
    assert data["safety"] is True and data["suggestions"][0]["id"] == "withdrawal"


def test_nothing_suggested_says_so_calmly(cli):
    result = cli("guidance", "--for", "We had pasta.")
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("No reading comes up for these words.")
    assert cli("guidance", "--for", "We had pasta.", "--json").json() == {
        "safety": False, "safety_line": None, "crisis_page": None, "suggestions": []}


@pytest.mark.parametrize("argv, stdin", [(["--for", "   "], None), (["--for", "-"], b"\n \n"),
                                         (["--for", "-"], b"\xff\xfe not text")])
def test_blank_or_unreadable_words_are_refused_in_one_line(cli, argv, stdin):
    result = cli("guidance", *argv, stdin=stdin)
    result.assert_one_line_error(2)
    assert result.out == ""


def test_for_is_required(cli):
    result = cli("guidance")
    assert result.code == 2 and "--for" in result.err and "Traceback" not in result.err


def test_a_locked_journal_stays_locked_and_untouched(locked, data_dir, monkeypatch):
    """No passphrase is needed: with none in the environment and no terminal, it still answers, and the
    journal folder is exactly as it was."""
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in data_dir.rglob("*") if p.is_file()}
    env = {"JOURNAL_APP_PASSPHRASE": ""}
    result = run_subprocess(["--data-dir", str(data_dir), "guidance", "--for", "I need space", "--json"],
                            env_extra=env)
    assert result.code == 0, result.err
    assert result.json()["suggestions"][0]["id"] == "withdrawal"
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in data_dir.rglob("*") if p.is_file()}
    assert after == before
    assert os.environ.get("JOURNAL_APP_PASSPHRASE") == PASSPHRASE  # the fixture's; the child had none
