"""`stats` with the weekly series per trigger and the insight sentences (issue 4)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from journal_app.services import insights
from tests.cli.conftest import add

RANGE = ("--from", "2026-01-05", "--to", "2026-01-25")  # three Monday weeks


def _three_entries(ready):
    add(ready, "a", "--trigger", "withdrawal:4", "--at", "2026-01-10T12:00")  # Saturday
    add(ready, "b", "--trigger", "withdrawal:7", "--trigger", "push-pull", "--at", "2026-01-12T00:00")  # Monday
    add(ready, "c", "--trigger", "withdrawal", "--person", "Sam", "--at", "2026-01-25T23:30")  # Sunday night
    add(ready, "d", "--trigger", "withdrawal", "--at", "2026-01-26T00:00")  # the next day: outside


def test_stats_json_weekly_and_insights(ready):
    _three_entries(ready)
    data = ready("stats", "--json", *RANGE).json()
    assert list(data) == ["entries", "triggers", "weekly", "insights", "range", "previous", "counts", "responses",
                          "previous_responses", "cycles", "beliefs", "repair_times"]  # the cycle: test_cli_cycle.py
    assert data["entries"] == 3
    assert data["triggers"]["withdrawal"] == {"count": 3, "mean_intensity": 5.5}
    assert data["weekly"] == {
        "abandonment-fear": [["2026-01-05", 0], ["2026-01-12", 0], ["2026-01-19", 0]],
        "withdrawal": [["2026-01-05", 1], ["2026-01-12", 1], ["2026-01-19", 1]],
        "push-pull": [["2026-01-05", 0], ["2026-01-12", 1], ["2026-01-19", 0]],
    }
    assert data["insights"] == [
        "There are only 3 entries in this period, so these are early glimpses, not trends.",
        "Withdrawal came up 3 times in this period.",
        "Push-pull came up once in this period.",
        insights.NOTHING_RECORDED,
    ]
    assert data["previous"] is None and data["previous_responses"] is None  # nothing before the first entry
    assert data["counts"]["withdrawal"]["previous_count"] is None
    assert data["counts"]["withdrawal"]["share_of_entries"] == 1.0


def test_stats_default_range_is_all_time_to_this_week(ready):
    add(ready, "long ago", "--trigger", "push-pull:3", "--at", (date.today() - timedelta(days=20)).isoformat())
    add(ready, "now", "--trigger", "push-pull:5")
    data = ready("stats", "--json").json()
    weekly = data["weekly"]["push-pull"]
    this_monday = date.today() - timedelta(days=date.today().weekday())
    first_monday = date.today() - timedelta(days=20)
    first_monday -= timedelta(days=first_monday.weekday())
    assert weekly[0][0] == first_monday.isoformat() and weekly[-1][0] == this_monday.isoformat()
    assert sum(n for _, n in weekly) == 2
    assert all(date.fromisoformat(b) - date.fromisoformat(a) == timedelta(days=7)
               for (a, _), (b, _) in itertools.pairwise(weekly))
    assert data["insights"][0].startswith("There are only 2 entries")


def test_stats_human_prints_insights_under_the_table(ready):
    _three_entries(ready)
    lines = ready("stats", *RANGE).out.splitlines()
    assert lines[0] == "Entries: 3"
    table_end = next(i for i, line in enumerate(lines) if line.startswith("Push-pull"))
    assert lines[table_end + 1:] == [
        "",
        "There are only 3 entries in this period, so these are early glimpses, not trends.",
        "Withdrawal came up 3 times in this period.",
        "Push-pull came up once in this period.",
        insights.NOTHING_RECORDED,
    ]


def test_stats_empty_journal_has_a_friendly_sentence(ready):
    data = ready("stats", "--json").json()
    this_monday = date.today() - timedelta(days=date.today().weekday())
    assert data["weekly"]["withdrawal"] == [[this_monday.isoformat(), 0]]
    assert data["insights"] == ["There are no entries in this period, so there are no patterns to show yet."]
    assert ready("stats").out.splitlines()[-1] == data["insights"][0]


def test_stats_json_has_response_pattern_shares(data_dir):
    import json
    import subprocess
    import sys
    from datetime import datetime, timedelta

    from journal_app.models.values import EntryForm, TriggerMark
    from journal_app.services.journal import Journal

    now = datetime.now().replace(hour=12, minute=0, second=0, microsecond=0)
    with Journal.open(data_dir, create=True) as journal:
        fear = journal.trigger("abandonment-fear").id
        for i, did in enumerate([("named-my-need",), ("sought-reassurance",), ("named-my-need", "went-quiet"), ()]):
            journal.save(EntryForm(occurred_at=now - timedelta(days=i + 1), body=f"moment {i}",
                                   triggers=(TriggerMark(fear, 5),), responses=did,
                                   repair="yes" if i == 0 else None))
    done = subprocess.run([sys.executable, "-m", "journal_app", "--data-dir", str(data_dir), "stats", "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    did = json.loads(done.stdout)["responses"]
    # groups and needs over the 3 moments where what-I-did was ticked; repair over the 1 moment it was answered
    assert did == {"moments": 4, "recorded": 3,
                   "groups": {"reassurance": {"moments": 1, "share": 0.333},
                              "withdrawing": {"moments": 1, "share": 0.333},
                              "push-pull": {"moments": 0, "share": 0.0},
                              "reaching-out": {"moments": 2, "share": 0.667}},
                   "named_need": {"moments": 2, "of": 3, "share": 0.667},
                   "repair": {"repaired": 1, "of": 1, "share": 1.0}}
