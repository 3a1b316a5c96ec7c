"""`journal-app stats` counts from the per-day rollups (store/rollup_stats.py): the same numbers as counting the
entries (store/stats_queries.py, the oracle here) over every kind of range, and the entries' way whenever the
rollups cannot stand for them (not ready, or an entry on a day they do not keep)."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.journal import Journal
from journal_app.store import driver, rollup_build, rollup_stats, stats_queries

START = datetime(2023, 10, 20, 21, 30, tzinfo=UTC)  # both daylight-saving changes of 2024 fall in the range
RANGES = [
    (None, None),
    (date(2024, 1, 1), None),
    (None, date(2024, 3, 30)),
    (date(2024, 3, 31), date(2024, 3, 31)),  # spring forward (Europe/Berlin, tests/conftest.py)
    (date(2024, 10, 27), date(2024, 10, 27)),  # fall back
    (date(2024, 3, 30), date(2024, 10, 27)),
    (date(2023, 12, 31), date(2025, 1, 1)),  # a whole year and a day either side: year, month and day rows
    (date(2024, 2, 1), date(2024, 2, 29)),
    (date(2030, 1, 1), None),
    (None, date(2000, 1, 1)),
    (date(1850, 1, 1), date(2300, 12, 31)),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Where the journals of this module are built, once for each size (see `fill`)."""
    return tmp_path_factory.mktemp("built")


@pytest.fixture
def fill(built):
    """fill(folder, n=240): a copy of the module's journal of `n` entries (`_build`) in `folder`."""

    def make(folder: Path, n: int = 240) -> None:
        source = built / str(n)
        if not source.exists():
            _build(source, n)
        shutil.copytree(source, folder)

    return make


def _build(folder: Path, n: int, seed: int = 3) -> None:
    """Entries every few hours over about 15 months, late evenings included (their local day is the next
    UTC day's), with and without intensities, some in the Trash, one trigger archived after use."""
    rng = random.Random(seed)
    with Journal.init(folder) as journal:
        triggers = journal.triggers()
        for i in range(n):
            marks = tuple(TriggerMark(t.id, rng.choice([None, *range(11)]))
                          for t in rng.sample(triggers, rng.randint(0, 3)))
            form = EntryForm(occurred_at=START + timedelta(hours=rng.randint(0, 460 * 24), minutes=rng.randint(0, 59)),
                             title="", body=f"entry {i}", triggers=marks, shared=rng.random() < 0.3)
            saved = journal.save(form)
            assert saved is not None
            if i % 13 == 0:
                journal.move_to_trash(saved.id)
        journal.set_trigger_archived(triggers[-1].id, True)
        journal.set_trigger_archived(triggers[-2].id, True)
        with journal.changing() as conn:  # a trigger archived before it was ever used: not listed
            conn.exec_driver_sql("DELETE FROM entry_trigger WHERE trigger_id = ?", (triggers[-2].id,))
            rollup_build.settle(conn)


def _both(folder: Path, start: date | None, end: date | None):
    with Journal.open(folder, lean=True) as journal:
        with journal.querying() as conn:
            assert rollup_build.ready(conn)
            rolled = rollup_stats.journal_stats(conn, start, end)
        counted = journal.stats(start, end)
    return rolled, counted


@pytest.mark.parametrize(("start", "end"), RANGES, ids=str)
def test_the_rollups_give_the_entries_numbers(data_dir, fill, start, end):
    fill(data_dir)
    rolled, counted = _both(data_dir, start, end)
    assert rolled == counted
    assert rolled is not None


def test_the_numbers_are_not_all_the_same(data_dir, fill):
    """The check above can fail: the ranges give different numbers, archived triggers come and go."""
    fill(data_dir)
    seen = {_both(data_dir, start, end)[0] for start, end in RANGES}
    assert len(seen) >= 6
    everything = _both(data_dir, None, None)[0]
    assert everything is not None and everything.entries > 200
    assert any(t.mean_intensity is not None for t in everything.triggers)
    empty = _both(data_dir, date(2030, 1, 1), None)[0]
    assert empty is not None and empty.entries == 0
    assert len(empty.triggers) == len(everything.triggers) - 1  # the archived one with entries is left out


def _dated(folder: Path, when: str) -> None:
    """An entry dated outside the days the rollups keep (as an older version could store one)."""
    conn = driver.connect(str(folder / "journal.db"), key=None)
    try:
        conn.execute("INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared) "
                     "VALUES ('0d5c8f44-3f0e-4d5e-9b4c-6a1f2a3b4c5d', ?, ?, ?, '', 'long ago', 0)", (when, when, when))
        conn.execute("DELETE FROM rollup_dirty")  # the rollups are up to date for every day they keep
    finally:
        conn.close()


@pytest.mark.parametrize("when", ["1850-06-01 12:00:00.000000", "2250-06-01 12:00:00.000000"])
def test_an_entry_outside_the_rollups_days_is_counted_from_the_entries(data_dir, fill, when):
    fill(data_dir, n=40)
    _dated(data_dir, when)
    for start, end in RANGES:
        rolled, counted = _both(data_dir, start, end)
        reaches = (start is None or start.year < 1900) if when < "2000" else (end is None or end.year > 2200)
        assert (rolled is None) == reaches, (start, end)
        assert rolled is None or rolled == counted
    assert _both(data_dir, None, None)[1].entries == 40 - 4 + 1  # (4 of the 40 are in the Trash)


def test_rollups_not_ready_are_not_read(data_dir, fill):
    fill(data_dir, n=30)
    with Journal.open(data_dir, lean=True) as journal:
        with journal.changing() as conn:
            conn.exec_driver_sql("INSERT INTO rollup_dirty (at) VALUES ('2024-05-01 10:00:00.000000')")
        with journal.querying() as conn:
            assert rollup_stats.journal_stats(conn, None, None) is None


@pytest.mark.parametrize("argv", [["stats"], ["stats", "--json"], ["stats", "--from", "2024-03-31"],
                                  ["stats", "--to", "2024-10-27", "--json"]], ids=" ".join)
def test_stats_reads_the_rollups_and_prints_the_same(cli, data_dir, fill, monkeypatch, argv):
    fill(data_dir, n=120)
    counted: list[object] = []
    real = stats_queries.journal_stats
    monkeypatch.setattr(stats_queries, "journal_stats", lambda *a: counted.append(a) or real(*a))
    fast = cli(*argv)
    assert fast.code == 0 and counted == []  # not a query over the entries
    monkeypatch.setattr(rollup_stats, "journal_stats", lambda *a: None)
    slow = cli(*argv)
    assert len(counted) == 1
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)
