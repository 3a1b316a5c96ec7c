"""The cycle on the command line (issue 20): `add --belief "TEXT[:STRENGTH]"` and `--their-move PERSON=MOVE`,
`link-repair ENTRY_ID --repairs EARLIER_ID`, `beliefs [--json]`, the cycle in `stats --json`, and all of it kept
through a JSON backup and its import."""

from __future__ import annotations

import pytest

from tests.cli.conftest import add, listed


def _moment(cli, when: str, strength: int, *more: str) -> int:
    return add(cli, f"He didn't text back ({when}).", "--at", when, "--trigger", "abandonment-fear:7",
               "--belief", f"They'll leave:{strength}", "--response", "kept-checking", "--their-move", "Sam=went-quiet",
               *more)


def test_add_records_beliefs_and_what_they_did(ready):
    entry = add(ready, "Sam went quiet at dinner.", "--person", "Alex", "--belief", "They'll leave:80",
                "--belief", "Note: I'm too much", "--belief", "I have to handle this alone:0",
                "--their-move", "Sam=went-quiet", "--their-move", "sam=Criticised", "--their-move", "Alex=reassured")
    [item] = listed(ready)
    assert item["id"] == entry
    assert item["people"] == ["Alex", "Sam"]  # Sam joined the entry (and the journal) through --their-move
    assert [(b["belief"], b["strength"]) for b in item["beliefs"]] == [
        ("They'll leave", 80), ("Note: I'm too much", None), ("I have to handle this alone", 0)]
    assert [(m["person"], m["move"]) for m in item["moves"]] == [
        ("Alex", "reassured"), ("Sam", "went-quiet"), ("Sam", "criticised")]
    assert (item["repaired_by"], item["repairs"]) == (None, [])
    again = add(ready, "Again.", "--belief", "THEY'LL LEAVE:60")  # the same belief, any case: not a new one
    assert listed(ready, "--limit", "1")[0]["id"] == again
    assert [b["text"] for b in ready("beliefs", "--json").json()] == [
        "They'll leave", "Note: I'm too much", "I have to handle this alone"]


@pytest.mark.parametrize(("argv", "needles"), [
    (["--belief", "They'll leave:101"], ("--belief", "'101'", "0 to 100", "Nothing was saved")),
    (["--belief", "   "], ("needs a few words",)),
    (["--their-move", "Sam"], ("--their-move", "PERSON=MOVE", "Nothing was saved")),
    (["--their-move", "=went-quiet"], ("PERSON=MOVE",)),
    (["--their-move", "Newperson=shrugged"], ("“shrugged”", "went-quiet")),
])
def test_a_bad_belief_or_move_saves_nothing(ready, argv, needles):
    ready("add", "moment", "--person", "Newperson", *argv).assert_one_line_error(2, *needles)
    assert listed(ready) == []
    assert ready("list", "--person", "Newperson").code != 0  # nobody new was added either
    assert ready("beliefs", "--json").json() == []


def test_link_repair_and_its_time(ready):
    moment = _moment(ready, "2026-03-14T21:00", 80)
    talk = add(ready, "We talked it through.", "--at", "2026-03-15T09:00", "--person", "Sam")
    result = ready("link-repair", str(talk), "--repairs", str(moment), "--first", "them")
    assert result.code == 0, result.err
    assert result.out == f"Entry {talk} repaired entry {moment}, 12 hours later.\n"
    by_id = {item["id"]: item for item in listed(ready)}
    assert by_id[moment]["repaired_by"] == {"entry": talk, "hours": 12.0, "reached_first": "them"}
    assert by_id[talk]["repairs"] == [moment]


@pytest.mark.parametrize(("which", "needles"), [
    ("self", ("cannot repair itself",)),
    ("before", ("happened before",)),
    ("missing", ("There is no entry 999",)),
])
def test_link_repair_refusals(ready, which, needles):
    moment = _moment(ready, "2026-03-14T21:00", 80)
    earlier = add(ready, "Earlier.", "--at", "2026-03-10T09:00")
    entry, repairs = {"self": (moment, moment), "before": (earlier, moment), "missing": (moment, 999)}[which]
    ready("link-repair", str(entry), "--repairs", str(repairs)).assert_one_line_error(2, *needles)
    assert all(item["repaired_by"] is None for item in listed(ready))


def test_beliefs_lists_how_true_each_felt(ready):
    empty = ready("beliefs")
    assert empty.code == 0 and "No beliefs yet" in empty.out and "I'm too much" in empty.out  # the examples
    for week, strength in enumerate((90, 80, 70, 60)):
        _moment(ready, f"2026-03-{2 + 7 * week:02d}T10:00", strength)
    [leave] = ready("beliefs", "--json").json()
    assert (leave["text"], leave["entries"], leave["archived"]) == ("They'll leave", 4, False)
    assert [r[:2] for r in leave["ratings"]] == [["2026-03-02", 90], ["2026-03-09", 80], ["2026-03-16", 70],
                                                 ["2026-03-23", 60]]
    assert (leave["slope_per_30_days"], leave["start"], leave["end"]) == (round(-10 / 7 * 30, 2), 90, 60)
    human = ready("beliefs")
    assert human.code == 0
    assert human.out.splitlines()[0].split() == ["BELIEF", "ENTRIES", "HOW", "TRUE", "SINCE"]
    assert "They'll leave" in human.out and "about 90% → 60%" in human.out and "2 Mar 2026" in human.out


def test_stats_json_carries_the_cycle(ready):
    moments = [_moment(ready, f"2026-03-{2 + 7 * week:02d}T10:00", 90 - 10 * week) for week in range(3)]
    talk = add(ready, "We talked.", "--at", "2026-03-02T16:00", "--person", "Sam")
    ready("link-repair", str(talk), "--repairs", str(moments[0]), "--first", "me")
    data = ready("stats", "--json", "--from", "2026-03-01", "--to", "2026-03-31").json()
    cycle = data["cycles"]
    assert cycle["moments"] == 3
    chain, repaired = cycle["people"]["Sam"]["chains"]  # not said how it ended (2), repaired (1)
    assert [s["key"] for s in chain["steps"]] == ["abandonment-fear", chain["steps"][1]["key"], "kept-checking",
                                                  "went-quiet", None]
    assert chain["steps"][1]["label"] == "They'll leave" and chain["count"] == 2 and chain["entries"] == moments[1:]
    assert (repaired["steps"][4], repaired["entries"]) == (
        {"kind": "outcome", "key": "repaired", "label": "Repaired"}, moments[:1])
    arrows = {(a["from"]["kind"], a["to"]["key"]): a["count"] for a in cycle["people"]["Sam"]["arrows"]}
    assert arrows[("they", "repaired")] == 1 and arrows[("they", None)] == 2 and arrows[("did", "went-quiet")] == 3
    assert {tuple(s["key"] for s in c["steps"])[-1]: c["count"] for c in cycle["chains"]} == {None: 2, "repaired": 1}
    [belief] = data["beliefs"]
    assert (belief["text"], belief["slope_per_30_days"], belief["start"], belief["end"]) == (
        "They'll leave", round(-10 / 7 * 30, 2), 90, 70)
    sam = data["repair_times"]["Sam"]
    assert (sam["moments"], sam["needed"], sam["repaired"], sam["share"], sam["within_a_day"]) == (3, 1, 1, 1.0, 1)
    assert sam["times"] == [{"day": "2026-03-02", "hours": 6.0, "reached_first": "me", "entry": moments[0],
                             "repaired_by": talk}]
    assert sam["reached_first"] == {"me": 1, "them": 0, "not_said": 0} and sam["previous"] is None


def test_the_cycle_survives_a_json_backup_and_its_import(ready, cli, tmp_path, data_dir):
    moment = _moment(ready, "2026-03-14T21:00", 80, "--belief", "I'm too much:30")
    talk = add(ready, "We talked.", "--at", "2026-03-15T09:00", "--person", "Sam", "--their-move", "Sam=reached-out")
    assert ready("link-repair", str(talk), "--repairs", str(moment), "--first", "them").code == 0
    backup = tmp_path / "backup.json"
    assert ready("export", str(backup)).code == 0
    before = listed(ready)
    other = tmp_path / "other"
    assert cli("--data-dir", str(other), "init", "--no-passphrase", data_dir_option=False).code == 0
    imported = cli("--data-dir", str(other), "import", str(backup), data_dir_option=False)
    assert imported.code == 0, imported.err
    after = cli("--data-dir", str(other), "list", "--json", data_dir_option=False).json()

    def by_uuid(items):
        ids = {i["id"]: i["uuid"] for i in items}
        out = {}
        for i in items:
            kept = {k: v for k, v in i.items() if k != "id"}
            kept["repairs"] = [ids[r] for r in i["repairs"]]
            if i["repaired_by"]:
                kept["repaired_by"] = {**i["repaired_by"], "entry": ids[i["repaired_by"]["entry"]]}
            out[i["uuid"]] = kept
        return out

    assert by_uuid(after) == by_uuid(before)
    assert by_uuid(after)[before[-1]["uuid"]]["beliefs"][1]["belief"] == "I'm too much"
