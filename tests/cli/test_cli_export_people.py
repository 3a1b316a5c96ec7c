"""`journal-app export` follows the window's choices (issue 15 items 2 and 3): people are shown as the export
setting in Settings says (read without Qt), `--people` overrides it; the numbers count only entries marked
"may share" unless `--count-private`, and page 1 says which in one sentence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal_app.core.settings import read_setting, settings_file
from tests.cli.conftest import add

PRIVATE = "zanzibarquokka"


@pytest.fixture
def journal_cli(ready):
    day = date.today() - timedelta(days=3)
    add(ready, "Sam didn't call back.", "--share", "--trigger", "abandonment-fear:7", "--person", "Sam",
        "--at", f"{day}T21:30")
    add(ready, f"Only for me: {PRIVATE}.", "--trigger", "abandonment-fear:5", "--trigger", "withdrawal:4",
        "--at", f"{day}T22:30")
    return ready


def _export(cli, tmp_path, *argv: str) -> str:
    out = tmp_path / "s.md"
    result = cli("export", str(out), *argv)
    assert result.code == 0, result.err
    return out.read_text(encoding="utf-8")


def _window_setting(name: str, value: str) -> None:
    """As the window's Settings dialog stores it (QSettings, the app's own file)."""
    from journal_app.ui.common.preferences import Preferences

    Preferences().set(name, value)


def test_without_a_setting_people_are_shown_by_initial_as_in_the_window(journal_cli, tmp_path):
    from journal_app.ui.common.preferences import PREFS

    assert PREFS["export_people"].default == "initial"  # the window's default, which the CLI mirrors
    text = _export(journal_cli, tmp_path)
    assert "With: S." in text and "Sam" not in text  # in the details and in the words


@pytest.mark.parametrize(("setting", "shown"), [("role", "With: someone"), ("name", "With: Sam"),
                                                ("initial", "With: S.")])
def test_the_window_setting_is_the_default(qapp, journal_cli, tmp_path, setting, shown):
    _window_setting("export_people", setting)
    assert read_setting("export/people") == setting
    assert shown in _export(journal_cli, tmp_path)


def test_people_option_overrides_the_setting(qapp, journal_cli, tmp_path):
    _window_setting("export_people", "role")
    text = _export(journal_cli, tmp_path, "--people", "name")
    assert "With: Sam" in text and "Sam didn't call back." in text
    assert "Sam" not in _export(journal_cli, tmp_path, "--people", "initial")


def test_an_unusable_setting_falls_back_to_initial(journal_cli, tmp_path):
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[export]\npeople=everyone\n[display\nbroken", encoding="utf-8")
    assert "With: S." in _export(journal_cli, tmp_path)
    path.write_text("not an ini file at all\x00", encoding="utf-8")
    assert "With: S." in _export(journal_cli, tmp_path)


def test_numbers_count_shared_entries_unless_asked(journal_cli, tmp_path):
    text = _export(journal_cli, tmp_path, "--people", "name")
    assert "These numbers count the 1 entry I chose to share." in text
    assert "| Abandonment fear | 1 |" in text and "Withdrawal" not in text.split("## What stands out")[0]
    counted = _export(journal_cli, tmp_path, "--count-private")
    assert "These numbers count all 2 entries; the words of private entries are not shown." in counted
    assert "| Abandonment fear | 2 |" in counted and "| Withdrawal | 1 |" in counted
    assert PRIVATE not in counted  # counted, never shown
    both = _export(journal_cli, tmp_path, "--count-private", "--include-unshared")
    assert "These numbers count all 2 entries, private ones too." in both and PRIVATE in both


def test_the_written_line_says_what_the_numbers_count(journal_cli, tmp_path):
    out = tmp_path / "s.csv"
    assert "the numbers count only the shared entries" in journal_cli("export", str(out)).out
    assert "the numbers count all entries, private ones too" in journal_cli("export", str(out),
                                                                             "--count-private").out
