"""`journal-app crisis [--country CC]` (issue 18, item 2): the crisis page in a terminal. It needs no
passphrase and opens no journal, even an encrypted one; the country comes from the locale unless given; an
unknown code exits 2 with a calm line listing the known codes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from journal_app.cli import keying as cli_keying
from journal_app.services import crisis
from journal_app.services.journal import Journal
from tests.cli.conftest import PASSPHRASE, run_in_process, run_subprocess


@pytest.fixture
def crisis_cli(capsys, monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)

    def run(*argv: str):
        return run_in_process(capsys, list(argv), None, monkeypatch)

    return run


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_country_given_by_code(crisis_cli):
    result = crisis_cli("crisis", "--country", "gb")
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("If you are in crisis\n")
    for number in ("999 or 112", "Samaritans: 116 123", "0808 2000 247", "Numbers last checked: 7 December 2026."):
        assert number in result.out
    assert "findahelpline.com" in result.out and "**" not in result.out
    assert "--country CC" not in result.out  # the country is known: no hint needed


def test_the_country_comes_from_the_locale(crisis_cli, monkeypatch):
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    result = crisis_cli("crisis")
    assert result.code == 0 and "In Deutschland" in result.out and "116 016" in result.out  # in German, too
    monkeypatch.setenv("LC_ALL", "en_AU.UTF-8")
    assert "1800 737 732" in crisis_cli("crisis").out
    assert "In New Zealand" in crisis_cli("crisis", "--country", "NZ").out  # --country wins over the locale


@pytest.mark.parametrize("lang", [None, "C.UTF-8", "ja_JP.UTF-8"])
def test_an_unknown_locale_gets_what_to_do_anywhere(crisis_cli, monkeypatch, lang):
    if lang:
        monkeypatch.setenv("LANG", lang)
    result = crisis_cli("crisis")
    assert (result.code, result.err) == (0, "")
    assert "If your country is not listed" in result.out
    assert "local emergency number" in result.out and "nearest emergency department" in result.out
    assert "findahelpline.com" in result.out
    assert f"journal-app crisis --country CC ({', '.join(crisis.known_codes())})" in result.out


@pytest.mark.parametrize("typed", ["JP", "xx", "GBR", "123", ""])
def test_an_unknown_code_exits_2_with_the_known_codes(crisis_cli, typed):
    result = crisis_cli("crisis", "--country", typed)
    result.assert_one_line_error(2, "This app has no numbers for the country code", "Known codes: AT, AU, CA",
                                 "local emergency number", "findahelpline.com", "Your journal was not opened.")
    assert result.out == ""


def test_no_passphrase_and_no_journal_opened_even_when_it_is_encrypted(crisis_cli, data_dir, monkeypatch):
    Journal.init(data_dir, passphrase=PASSPHRASE).close()
    before = snapshot(data_dir)

    def refuse(*_args, **_kwargs):
        raise AssertionError("the crisis page must not open the journal or ask for a passphrase")

    for name in ("passphrase_to_open", "open_journal", "_ask", "new_passphrase"):
        monkeypatch.setattr(cli_keying, name, refuse)
    monkeypatch.setattr(Journal, "open", refuse)
    result = crisis_cli("--data-dir", str(data_dir), "crisis", "--country", "IE")
    assert (result.code, result.err) == (0, ""), result.err
    assert "116 123" in result.out and "1800 341 900" in result.out
    assert snapshot(data_dir) == before  # nothing written: no lock file, no unlock count, no -wal


def test_a_real_run_beside_an_encrypted_journal_asks_nothing(data_dir):
    Journal.init(data_dir, passphrase=PASSPHRASE).close()
    before = snapshot(data_dir)
    env = {"JOURNAL_APP_PASSPHRASE": "", "LANG": "en_ZA.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    result = run_subprocess(["--data-dir", str(data_dir), "crisis"], env_extra=env)
    assert (result.code, result.err) == (0, "")
    assert "In South Africa" in result.out and "10111" in result.out and "0800 567 567" in result.out
    assert "passphrase" not in result.out.lower()
    assert snapshot(data_dir) == before


def test_help_names_the_command(crisis_cli):
    result = crisis_cli("crisis", "--help")
    assert result.code == 0 and "no passphrase" not in result.err
    assert "--country CC" in result.out and "nothing is dialled" in result.out
