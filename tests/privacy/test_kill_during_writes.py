"""Nothing lost: SIGKILL at random moments while the app saves entries into an encrypted journal.

A worker (save_worker.py) saves entries in a loop with the app's own `Journal.save(EntryForm(...))` and
prints each acknowledged id and body hash only after save returned; the test kills it with SIGKILL after a
random 0-80 ms and then reopens the journal. After every kill: `PRAGMA integrity_check` is "ok", the
full-text index agrees with the entries (checked after every fifth kill and the last: it compares the whole
index with the whole table), every acknowledged save is there byte for byte (title, body, date,
triggers; SHA-256 of the body as reported), and nothing else changed. The one save that was running when
the kill came may be there too, but only exactly as the worker was writing it (it committed just before
the kill, and the acknowledgement never got out), or else not at all.

One journal per lane is reused across its trials; 2-4 lanes run side by side in separate folders.

Long stress run by hand (each check reads the whole journal, so trials slow down as it grows: 200 trials
take ~20 s on 2 CPUs, 2,000 took ~9 minutes):
    JOURNAL_APP_CRASH_TRIALS=2000 .venv/bin/python -m pytest -q -s tests/privacy/test_kill_during_writes.py
JOURNAL_APP_CRASH_LANES sets the number of lanes (2-4; the default follows the CPU count) and
JOURNAL_APP_CRASH_SEED repeats a run's random choices (printed with -s and in any failure; the moments of
the kills still vary with timing).
"""

from __future__ import annotations

import functools
import os
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from journal_app.models.types import utc_text
from journal_app.services.journal import Journal
from journal_app.store import driver, session

from . import save_worker
from .conftest import PASSPHRASE, make_entries
from .forking import ForkingWorker

WORKER = Path(__file__).with_name("save_worker.py")
TRIALS = int(os.environ.get("JOURNAL_APP_CRASH_TRIALS", "200"))
LANES = int(os.environ.get("JOURNAL_APP_CRASH_LANES", max(2, min(4, os.cpu_count() or 2))))
MAX_DELAY = 0.080  # seconds between "ready" and the kill
FTS_CHECK_EVERY = 5  # the full-text check compares the whole index with the entries: every 5th kill, the last
OTHER_TABLES = ("trigger", "person", "entry_person", "entry_response", "alembic_version")

pytestmark = pytest.mark.slow


class Worker(ForkingWorker):
    """One save_worker.py process that forks a child per trial; the test kills the child."""

    def __init__(self) -> None:
        super().__init__(WORKER)


def _entry(title: str, body: str, when, marks, uuid: str | None = None) -> tuple:
    """An entry as compared here: (uuid, title, body, occurred_at as stored, shared, deleted_at, marks).
    uuid None: not known yet (a new entry whose acknowledgement is the first we hear of it)."""
    return (uuid, title, body, utc_text(when) if not isinstance(when, str) else when, 0, None,
            tuple(sorted(marks)))


def _same(expected: tuple, actual: tuple) -> bool:
    return (expected[0] is None or expected[0] == actual[0]) and expected[1:] == actual[1:]


def _read(folder: Path, *, fts: bool) -> tuple[dict[int, tuple], dict[str, list]]:
    """Reopen the journal the app's way, check the file, and read every entry and the other tables."""
    journal = Journal.open(folder, passphrase=PASSPHRASE)
    try:
        engine = journal._db.engine
        with session.read(engine) as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            marks: dict[int, list] = {}
            for entry_id, trigger_id, intensity in conn.exec_driver_sql(
                "SELECT entry_id, trigger_id, intensity FROM entry_trigger"
            ):
                marks.setdefault(entry_id, []).append((trigger_id, intensity))
            entries = {
                row[0]: _entry(row[2], row[3], row[4], marks.get(row[0], ()), uuid=row[1])
                if row[5:] == (0, None) else ("unexpected shared/deleted_at", row)
                for row in conn.exec_driver_sql(
                    "SELECT id, uuid, title, body, occurred_at, shared, deleted_at FROM entry"
                )
            }
            others = {
                t: sorted(conn.exec_driver_sql(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in OTHER_TABLES
            }
        if fts:
            # raises "database disk image is malformed" if the index and the entries disagree
            with session.write(engine) as conn:
                conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
                conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts, rank) VALUES('integrity-check', 1)")
    finally:
        journal.close()
    return entries, others


def _parse(lines: list[str]) -> tuple[list[tuple], tuple | None]:
    """([(seq, target, id, sha), ...] acknowledged, (seq, target) of the save cut off by the kill or None)."""
    acked, pending = [], None
    for line in lines:
        kind, *rest = line.split()
        if kind == "saving":
            assert pending is None, lines
            pending = (int(rest[0]), None if rest[1] == "new" else int(rest[1]))
        elif kind == "saved":
            seq, entry_id, digest = int(rest[0]), int(rest[1]), rest[2]
            assert pending is not None and pending[0] == seq, lines
            assert pending[1] in (None, entry_id), lines
            acked.append((seq, pending[1], entry_id, digest))
            pending = None
        else:
            raise AssertionError(f"the worker said something unexpected: {lines}")
    return acked, pending


def _check(before: dict[int, tuple], lines: list[str], after: dict[int, tuple], seed: int, trigger_ids,
           counts: Counter) -> None:
    """The state after a kill is the state before plus every acknowledged save, plus at most the save that
    was running, exactly as it was being written."""
    acked, pending = _parse(lines)
    expected = dict(before)
    digests = {}  # entry id -> SHA-256 of its last acknowledged body
    for seq, target, entry_id, digest in acked:
        title, body, when, marks = save_worker.planned(seed, seq, trigger_ids)
        assert digest == save_worker.sha(body), "the worker's hash does not match what it meant to write"
        if target is None:
            assert entry_id not in expected, f"a new entry got the id {entry_id} of an existing one"
            expected[entry_id] = _entry(title, body, when, marks)
        else:
            expected[entry_id] = _entry(title, body, when, marks, uuid=expected[entry_id][0])
        assert entry_id in after, f"acknowledged entry {entry_id} (save {seq}) is missing"
        digests[entry_id] = digest
    counts["acknowledged"] += len(acked)
    counts["updates acknowledged"] += sum(1 for a in acked if a[1] is not None)

    extra = set(after) - set(expected)
    missing = set(expected) - set(after)
    assert not missing, f"entries missing after the kill: {sorted(missing)}"
    in_flight = None
    if pending is not None:
        counts["killed during a save"] += 1
        title, body, when, marks = save_worker.planned(seed, pending[0], trigger_ids)
        target = pending[1]
        uuid = None if target is None else expected[target][0]
        in_flight = (target, _entry(title, body, when, marks, uuid=uuid))
    if extra:
        assert in_flight is not None and in_flight[0] is None and len(extra) == 1, (
            f"entries nobody saved appeared: {sorted(extra)}"
        )
        (new_id,) = extra
        assert _same(in_flight[1], after[new_id]), f"entry {new_id} is not what the worker was writing"
        counts["committed, not yet acknowledged"] += 1
    for entry_id, want in expected.items():
        got = after[entry_id]
        if _same(want, got):
            if entry_id in digests:
                assert save_worker.sha(got[2]) == digests[entry_id], f"acknowledged entry {entry_id} changed"
            continue
        if in_flight is not None and in_flight[0] == entry_id and _same(in_flight[1], got):
            counts["committed, not yet acknowledged"] += 1
            continue
        raise AssertionError(f"entry {entry_id} changed: expected {want[:2]!r}…, found {got[:2]!r}…")


def _make_journal(folder: Path) -> list[int]:
    """A new encrypted journal with 20 entries; returns the trigger ids."""
    with Journal.init(folder, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 20, prefix=f"lane {folder.name}")
        return [t.id for t in journal.triggers()]


def _lane(folder: Path, trigger_ids: list[int], trials: int, seed: int) -> Counter:
    rng = random.Random(seed)
    state, others = _read(folder, fts=True)
    counts: Counter = Counter()
    worker = Worker()
    try:
        for trial in range(trials):
            trial_seed = rng.randrange(2**32)
            ids = rng.sample(sorted(state), min(len(state), 30))
            pid = worker.start({"dir": str(folder), "passphrase": PASSPHRASE, "seed": trial_seed, "ids": ids,
                                "trigger_ids": trigger_ids})
            time.sleep(rng.uniform(0, MAX_DELAY))
            lines = worker.kill(pid)
            after, after_others = _read(folder, fts=trial % FTS_CHECK_EVERY == 0 or trial == trials - 1)
            try:
                _check(state, lines, after, trial_seed, trigger_ids, counts)
                assert after_others == others, "a table other than the entries changed"
            except AssertionError as exc:
                where = f"lane {folder.name} (seed {seed}), trial {trial} (worker seed {trial_seed})"
                raise AssertionError(f"{where}: {exc}") from None
            counts["kills"] += 1
            state = after
    finally:
        worker.close()
    counts["entries at the end"] = len(state)
    return counts


def test_sigkill_while_saving_loses_nothing(tmp_path, monkeypatch):
    # The passphrase's key derivation (~0.15 s) runs once per lane instead of once per reopen (the worker
    # does the same, see save_worker.py); opening is otherwise the app's own.
    monkeypatch.setattr(driver, "raw_key", functools.lru_cache(maxsize=16)(driver.raw_key))
    seed = int(os.environ.get("JOURNAL_APP_CRASH_SEED", int.from_bytes(os.urandom(4), "big")))
    per_lane = -(-TRIALS // LANES)
    started = time.perf_counter()
    folders = [tmp_path / f"lane{i}" for i in range(LANES)]
    triggers = [_make_journal(f) for f in folders]  # one at a time: Alembic's context is process-global
    with ThreadPoolExecutor(LANES) as pool:
        runs = [
            pool.submit(_lane, f, t, per_lane, seed + i) for i, (f, t) in enumerate(zip(folders, triggers))
        ]
        counts = sum((run.result() for run in runs), Counter())
    assert counts["kills"] >= TRIALS
    print(
        f"\n{counts['kills']} kills in {LANES} lanes, {time.perf_counter() - started:.1f} s, seed {seed} "
        f"(JOURNAL_APP_CRASH_SEED): {dict(sorted(counts.items()))}"
    )
