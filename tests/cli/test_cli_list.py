"""`list`, `triggers` and `stats`, in-process: filters, paging, JSON shapes and human tables."""

from __future__ import annotations

from journal_app.cli import entries as cli_entries
from journal_app.cli import messages as say
from journal_app.services import journal as journal_mod
from journal_app.services.journal import Journal
from tests.cli.conftest import add, listed


# -- list ------------------------------------------------------------------------------------------
def test_list_newest_first(ready):
    old = add(ready, "old", "--at", "2026-01-01T09:00")
    new = add(ready, "new", "--at", "2026-03-01T09:00")
    mid = add(ready, "mid", "--at", "2026-02-01T09:00")
    assert [e["id"] for e in listed(ready)] == [new, mid, old]


def test_list_json_empty_journal(ready):
    result = ready("list", "--json")
    assert result.code == 0 and result.out.strip() == "[]"


def test_list_date_range_is_inclusive_local_days(ready):
    add(ready, "before", "--at", "2026-02-28T23:59")
    first = add(ready, "first minute", "--at", "2026-03-01T00:00")
    last = add(ready, "last minute", "--at", "2026-03-31T23:59")
    add(ready, "after", "--at", "2026-04-01T00:00")
    assert [e["id"] for e in listed(ready, "--from", "2026-03-01", "--to", "2026-03-31")] == [last, first]
    assert len(listed(ready, "--from", "2026-03-01")) == 3
    assert len(listed(ready, "--to", "2026-03-01")) == 2


def test_list_by_trigger_and_person(ready):
    a = add(ready, "a", "--trigger", "withdrawal:2", "--person", "Sam")
    b = add(ready, "b", "--trigger", "push-pull")
    add(ready, "c")
    assert [e["id"] for e in listed(ready, "--trigger", "withdrawal")] == [a]
    assert {e["id"] for e in listed(ready, "--trigger", "withdrawal", "--trigger", "push-pull")} == {a, b}
    assert [e["id"] for e in listed(ready, "--person", "sam")] == [a]


def test_list_search(ready):
    hit = add(ready, "She didn't text back all evening", "--at", "2026-01-01")
    add(ready, "A calm walk", "--at", "2026-01-02")
    assert [e["id"] for e in listed(ready, "--search", "text")] == [hit]
    assert [e["id"] for e in listed(ready, "--search", "EVENING")] == [hit]
    assert listed(ready, "--search", "nothing-like-this") == []


def test_list_limit(ready):
    ids = [add(ready, f"entry {i}", "--at", f"2026-01-{i + 1:02d}") for i in range(5)]
    assert [e["id"] for e in listed(ready, "--limit", "2")] == ids[::-1][:2]
    human = ready("list", "--limit", "3")
    assert human.code == 0
    lines = human.out.splitlines()
    assert [int(line.split()[0]) for line in lines[:3]] == ids[::-1][:3]
    assert "--limit" in lines[3]


def test_list_pages_through_the_journal(ready, monkeypatch):
    ids = [add(ready, f"entry {i}", "--at", f"2026-01-{i + 1:02d}") for i in range(7)]
    sizes = []
    real_page = Journal.page

    def spy(self, flt, cursor=None, limit=100):
        sizes.append(limit)
        return real_page(self, flt, cursor, limit)

    monkeypatch.setattr(journal_mod, "PAGE_SIZE", 3)
    monkeypatch.setattr(Journal, "page", spy)
    assert [e["id"] for e in listed(ready)] == ids[::-1]
    assert sizes and max(sizes) <= 3 and len(sizes) >= 3
    sizes.clear()
    assert sorted(e["id"] for e in listed(ready, "--search", "entry")) == ids
    assert max(sizes) <= 3 and len(sizes) >= 3
    sizes.clear()
    assert len(listed(ready, "--limit", "4")) == 4
    assert sum(sizes) <= 4 + 3


def test_list_human_default_limit(ready, monkeypatch):
    monkeypatch.setattr(cli_entries, "HUMAN_LIST_LIMIT", 2)
    for i in range(3):
        add(ready, f"entry {i}")
    out = ready("list").out.splitlines()
    assert len(out) == 3 and "--limit" in out[2]
    assert len(listed(ready)) == 3  # --json has no default limit


def test_list_human_line(ready, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    entry_id = add(ready, "first line\nsecond line", "--trigger", "withdrawal:6", "--trigger", "push-pull",
                   "--at", "2026-07-04T18:05")
    [line] = ready("list").out.splitlines()
    assert line.split() == [str(entry_id), "2026-07-04", "18:05", "withdrawal:6,push-pull", "first", "line"]
    add(ready, "body", "--title", "A title", "--at", "2026-07-05")
    assert "A title" in ready("list").out.splitlines()[0]


def test_list_human_fits_the_terminal(ready, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    add(ready, "word " * 100)
    add(ready, "宽字符" * 40)
    for line in ready("list").out.splitlines():
        assert say.display_width(line) <= 40
        assert line.endswith("…")


def test_list_human_never_prints_control_characters(ready):
    add(ready, "evil \x1b[31mred\x1b[0m \x07bell")
    out = ready("list").out
    assert "\x1b" not in out and "\x07" not in out and "red" in out


def test_list_human_empty(ready):
    result = ready("list")
    assert result.code == 0 and "No entries" in result.out


def test_list_skips_the_trash(ready, data_dir):
    gone = add(ready, "gone")
    kept = add(ready, "kept")
    with Journal.open(data_dir) as journal:
        journal.move_to_trash(gone)
    assert [e["id"] for e in listed(ready)] == [kept]


# -- triggers --------------------------------------------------------------------------------------
def test_triggers_json(ready, data_dir):
    with Journal.open(data_dir) as journal:
        own = journal.add_trigger("Jealousy", colour="#009E73")
        journal.set_trigger_archived(own.id, True)
    add(ready, "x", "--trigger", "withdrawal:3")
    add(ready, "y", "--trigger", "withdrawal", "--trigger", own.slug)
    result = ready("triggers", "--json")
    assert result.code == 0
    rows = {t["slug"]: t for t in result.json()}
    assert set(rows["withdrawal"]) == {"slug", "name", "builtin", "archived", "entries", "colour"}
    assert rows["withdrawal"] == {"slug": "withdrawal", "name": "Withdrawal", "builtin": True,
                                  "archived": False, "entries": 2, "colour": "#0072B2"}
    assert rows["abandonment-fear"]["entries"] == 0
    assert rows[own.slug]["builtin"] is False and rows[own.slug]["archived"] is True
    assert rows[own.slug]["entries"] == 1 and rows[own.slug]["colour"] == "#009E73"


def test_triggers_human(ready, data_dir):
    with Journal.open(data_dir) as journal:
        own = journal.add_trigger("Criticism")
        journal.set_trigger_archived(own.id, True)
    add(ready, "x", "--trigger", "push-pull:1")
    lines = ready("triggers").out.splitlines()
    assert "SLUG" in lines[0] and "ENTRIES" in lines[0]
    by_slug = {line.split()[0]: line for line in lines[1:]}
    assert by_slug["push-pull"].split()[-1] == "1"
    assert "built-in" in by_slug["push-pull"] and "archived" in by_slug[own.slug]
    assert "built-in" not in by_slug[own.slug]


# -- stats -----------------------------------------------------------------------------------------
def test_stats_json(ready):
    add(ready, "a", "--trigger", "withdrawal:4", "--at", "2026-01-10")
    add(ready, "b", "--trigger", "withdrawal:7", "--trigger", "push-pull", "--at", "2026-02-10")
    add(ready, "c", "--at", "2026-03-10")
    result = ready("stats", "--json")
    assert result.code == 0
    data = result.json()
    assert data["entries"] == 3
    assert data["triggers"]["withdrawal"] == {"count": 2, "mean_intensity": 5.5}
    assert data["triggers"]["push-pull"] == {"count": 1, "mean_intensity": None}
    ranged = ready("stats", "--json", "--from", "2026-02-01", "--to", "2026-02-28").json()
    assert ranged["entries"] == 1
    assert ranged["triggers"]["withdrawal"] == {"count": 1, "mean_intensity": 7.0}


def test_stats_human(ready):
    add(ready, "a", "--trigger", "withdrawal:4")
    lines = ready("stats").out.splitlines()
    assert lines[0] == "Entries: 1"
    # the table names each trigger the way the window does (`triggers` lists the ids --trigger takes)
    row = next(line for line in lines if line.startswith("Withdrawal"))
    assert row.split()[1:] == ["1", "4.0"]
    assert not any(line.startswith("withdrawal") for line in lines)


def test_stats_empty_journal(ready):
    assert ready("stats", "--json").json()["entries"] == 0
    assert ready("stats").out.startswith("Entries: 0")

