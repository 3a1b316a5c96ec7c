"""What-I-did on the command line (issue 15 item 10): `add --response KEY ... --repair ...`, the keys listed
by `journal-app responses`, and `list --json` returning them. Also the command-line fixes of item 9: counts
in words that agree with their number ("1 entry"), `init` without a terminal saying what it needs, and
`add --at` refusing a time more than a day ahead (exit 2)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from journal_app.models.values import REPAIR_KEYS, RESPONSE_KEYS
from tests.cli.conftest import add, listed


def test_add_records_what_i_did_and_repair(ready):
    entry = add(ready, "He went quiet; I asked what he needed.", "--trigger", "abandonment-fear:6",
                "--response", "named-my-need", "--response", "paused-first", "--response", "named-my-need",
                "--repair", "not-yet")
    [item] = listed(ready)
    assert item["id"] == entry
    assert item["responses"] == ["named-my-need", "paused-first"]  # each once, in the order given
    assert item["repair"] == "not-yet"


def test_list_json_without_them_says_so(ready):
    add(ready, "Just a note.")
    [item] = listed(ready)
    assert item["responses"] == [] and item["repair"] is None


@pytest.mark.parametrize("repair", REPAIR_KEYS)
def test_every_repair_answer_is_taken(ready, repair):
    add(ready, "moment", "--trigger", "withdrawal", "--repair", repair)
    assert listed(ready)[0]["repair"] == repair


def test_an_unknown_response_saves_nothing(ready):
    ready("add", "moment", "--response", "stormed-off", "--person", "Newperson").assert_one_line_error(
        2, "'stormed-off'", "journal-app responses", "Nothing was saved")
    assert listed(ready) == []
    assert ready("list", "--person", "Newperson").code != 0  # nobody new was added either


def test_an_unknown_repair_answer_is_a_usage_error(ready):
    ready("add", "moment", "--repair", "maybe").assert_one_line_error(2, "--repair", "not-needed")
    assert listed(ready) == []


def test_responses_lists_every_key(ready):
    result = ready("responses")
    assert result.code == 0, result.err
    for key in (*RESPONSE_KEYS, *REPAIR_KEYS):
        assert key in result.out
    assert "Named my need directly" in result.out and "add --response KEY" in result.out
    data = ready("responses", "--json").json()
    assert [r["key"] for r in data["responses"]] == list(RESPONSE_KEYS)
    assert [r["key"] for r in data["repair"]] == list(REPAIR_KEYS)
    assert all(r["label"] for r in data["responses"] + data["repair"])


def test_every_listed_response_can_be_recorded(ready):
    keys = [r["key"] for r in ready("responses", "--json").json()["responses"]]
    add(ready, "all of them", "--trigger", "push-pull", *[arg for key in keys for arg in ("--response", key)])
    assert listed(ready)[0]["responses"] == keys


# -- item 9: the command line's own words and limits -------------------------------------------------------
def test_add_at_more_than_a_day_ahead_is_refused(ready):
    far = (datetime.now() + timedelta(days=400)).strftime("%Y-%m-%d")
    ready("add", "from the future", "--at", far).assert_one_line_error(2, far, "more than a day ahead",
                                                                      "Nothing was saved")
    just_over = (datetime.now() + timedelta(hours=25)).strftime("%Y-%m-%dT%H:%M")
    ready("add", "tomorrow night", "--at", just_over).assert_one_line_error(2, "more than a day ahead")
    assert listed(ready) == []


def test_add_at_up_to_a_day_ahead_is_taken(ready):
    soon = (datetime.now() + timedelta(hours=23)).strftime("%Y-%m-%dT%H:%M")
    add(ready, "tonight's plan, written early", "--at", soon)
    long_ago = "1999-05-01T08:00"
    add(ready, "an old memory", "--at", long_ago)
    assert len(listed(ready)) == 2


def test_counts_agree_with_their_number(ready, tmp_path):
    add(ready, "the only shared one", "--share", "--trigger", "withdrawal:3")
    out = tmp_path / "s.md"
    result = ready("export", str(out))
    assert result.code == 0, result.err
    assert '1 entry marked "may share"' in result.out and "1 entries" not in result.out
    backup = ready("export", str(tmp_path / "all.json"))
    assert "the whole journal, 1 entry." in backup.out
    add(ready, "a second one")
    listing = ready("list", "--limit", "1")
    assert "(showing the first entry; use --limit N to see more)" in listing.out
    add(ready, "a third one")
    assert "(showing the first 2; use --limit N to see more)" in ready("list", "--limit", "2").out


def test_init_without_a_terminal_says_what_it_needs(cli, data_dir, monkeypatch):
    from journal_app.cli import keying as cli_keying

    monkeypatch.setattr(cli_keying, "_in_a_terminal", lambda: False)
    result = cli("init")
    result.assert_one_line_error(1, "new encrypted journal needs a passphrase", "JOURNAL_APP_PASSPHRASE",
                                 "--no-passphrase", "Nothing was created")
    assert "locked" not in result.err
    assert not data_dir.exists()
