"""Guarantee 6: a crash (SIGKILL) at any moment of a passphrase change or a backup leaves exactly one whole
journal that opens with the old or the new passphrase, with every entry saved before, and no half-written
copies once it has been opened again."""

from __future__ import annotations

import os
import random
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from journal_app.core.errors import WrongPassphrase
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.store import driver

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, make_entries
from .forking import ForkingWorker

WORKER = Path(__file__).with_name("crash_worker.py")
TRIALS = 30
LANES = 2  # independent journals killed side by side, to keep the test short
ENTRIES = 25
KEYS = (PASSPHRASE, OTHER_PASSPHRASE)

pytestmark = pytest.mark.slow


class Worker(ForkingWorker):
    """One helper process (crash_worker.py) that forks a child per trial; the test kills the child."""

    def __init__(self) -> None:
        super().__init__(WORKER)

    def start(self, folder: Path, op: str, current: str) -> int:  # type: ignore[override]
        other = KEYS[1] if current == KEYS[0] else KEYS[0]
        return super().start({"dir": str(folder), "op": op, "current": current, "other": other})


def _measure(worker: Worker, folder: Path, op: str) -> tuple[float, str]:
    """How long one operation takes here (median of three, timed in the child itself)."""
    pid = worker.start(folder, op, KEYS[0])
    times, now = [], 0
    while len(times) < 3:
        parts = worker.proc.stdout.readline().split()
        assert parts and parts[0] == "done", parts
        times.append(float(parts[1]))
        now = int(parts[2])
    worker.kill(pid)
    return statistics.median(times), KEYS[now] if op == "passphrase" else KEYS[0]


def _check(folder: Path, saved: dict[int, str], op: str) -> str:
    """The state after a kill: exactly one passphrase opens; the file is whole; every entry is there;
    opening cleared any half-written copy. Returns the passphrase that opened."""
    opened = {}
    for key in KEYS:
        try:
            opened[key] = Journal.open(folder, passphrase=key)
        except WrongPassphrase:
            continue
    for journal in opened.values():
        journal.close()
    assert len(opened) == 1, f"{len(opened)} of the two passphrases opened the journal"
    (key,) = opened
    leftovers = [p.name for p in folder.rglob("*") if p.name.endswith(".partial") or p.name == "journal.db.new"]
    assert leftovers == []
    # A kill while SQLite switches the file between journal modes can leave a rollback journal behind.
    # Opening with the right key rolls back a hot one; what may remain is an empty or cancelled one
    # (no valid header), which SQLite ignores.
    rollback = folder / "journal.db-journal"
    assert not rollback.exists() or rollback.read_bytes()[:8] != b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
    conn = driver.connect(f"{(folder / 'journal.db').resolve().as_uri()}?mode=ro", key=key, uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert dict(conn.execute("SELECT id, body FROM entry")) == saved
        assert conn.execute("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'body'").fetchone()[0] == len(saved)
    finally:
        conn.close()
    if op == "backup":
        # a backup that has its final name is whole: check the newest (the one most likely cut short)
        found = backup.list_backups(folder)
        assert found
        conn = driver.connect(f"{found[0].path.resolve().as_uri()}?mode=ro", key=key, uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert dict(conn.execute("SELECT id, body FROM entry")) == saved
        finally:
            conn.close()
    return key


def _lane(folder: Path, saved, op: str, op_time: float, current: str, trials: int, seed: int) -> list[tuple]:
    """Returns, per kill: (delay, a half-written copy was left, the passphrase changed)."""
    rng = random.Random(seed)
    delays = []
    worker = Worker()
    try:
        for _ in range(trials):
            pid = worker.start(folder, op, current)
            delay = rng.uniform(0, op_time)
            time.sleep(delay)
            worker.kill(pid)
            half_written = any(p.name.endswith((".partial", ".new")) for p in folder.rglob("*"))
            before, current = current, _check(folder, saved, op)
            delays.append((delay, half_written, current != before))
    finally:
        worker.close()
    return delays


def _journal(folder: Path) -> dict[int, str]:
    with Journal.init(folder, passphrase=KEYS[0]) as journal:
        saved = make_entries(journal, ENTRIES)
        backup.make_backup(journal)
    return saved


@pytest.mark.parametrize("op", ["passphrase", "backup"])
def test_sigkill_at_random_moments(tmp_path, op):
    folders = [tmp_path / f"lane{i}" for i in range(LANES)]
    saved = [_journal(f) for f in folders]
    worker = Worker()
    try:
        op_time, current = _measure(worker, folders[0], op)
    finally:
        worker.close()
    assert _check(folders[0], saved[0], op) == current
    seed = int.from_bytes(os.urandom(4), "big")
    per_lane = -(-TRIALS // LANES)
    with ThreadPoolExecutor(LANES) as pool:
        runs = [
            pool.submit(_lane, f, s, op, op_time, current if i == 0 else KEYS[0], per_lane, seed + i)
            for i, (f, s) in enumerate(zip(folders, saved))
        ]
        delays = [d for run in runs for d in run.result()]
    assert len(delays) >= TRIALS
    print(
        f"{op}: one operation {op_time * 1000:.0f} ms; {len(delays)} kills; "
        f"{sum(d[1] for d in delays)} left a half-written copy; {sum(d[2] for d in delays)} after the new "
        f"passphrase took over; seed {seed}"
    )
