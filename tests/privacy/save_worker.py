"""Helper for test_kill_during_writes.py: saves entries in a loop until the test kills it with SIGKILL.

It starts once per lane, imports the app, and then serves: for each JSON line on stdin
    {"dir": ..., "passphrase": ..., "seed": ..., "ids": [...], "trigger_ids": [...]}
(the passphrase on stdin, never in the process list) it forks a child that opens the encrypted journal with
`Journal.open`, prints "ready <pid>", and then saves forever through the app's own
`Journal.save(EntryForm(...))`: a new entry, or now and then a new version of one of `ids` (or of an entry
it created itself). Around each save it prints, one line each, flushed at once:
    "saving <seq> <new | id being updated>"      before calling save
    "saved <seq> <id> <SHA-256 of the body>"     only AFTER save returned (the acknowledgement)
What save number `seq` writes is `planned(seed, seq, trigger_ids)`, so the test can rebuild it byte for
byte. The test kills the child; the server reaps it, prints "reaped <status>" and waits for the next line.

Forking from an already-imported process keeps each trial cheap (no interpreter start, no imports), while
the work that gets killed is the app's own code in its own process. One more shortcut for speed: the
passphrase's key derivation (PBKDF2, ~0.15 s by design) is memoised here, in the server, before the fork,
so each child's `Journal.open` reuses the derived key instead of deriving the same key again; everything
else about opening (probing the file, recovering the write-ahead log, PRAGMAs) runs for real each time."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import random
import sys
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path

UPDATE_SHARE = 0.25  # how often a save rewrites an existing entry instead of adding one
# Text with some weight: multi-byte UTF-8, an emoji, a joiner, combining marks, line ends, a NUL, a tab.
ALPHABET = "abcdefghijklmnopqrstuvwxyz     \n\n.,é漢💔\u200d\u0301ß\x00\t"
START = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def planned(seed: int, seq: int, trigger_ids: list[int]) -> tuple[str, str, datetime, tuple]:
    """(title, body, occurred_at, ((trigger id, intensity), ...)) of save number `seq` in trial `seed`."""
    rng = random.Random(f"{seed}:{seq}")
    size = rng.choices(
        [rng.randint(0, 600), rng.randint(1_000, 8_000), rng.randint(20_000, 60_000)], weights=[70, 25, 5]
    )[0]
    body = "".join(rng.choices(ALPHABET, k=size))
    title = f"trial {seed} save {seq} " + "".join(rng.choices(ALPHABET[:40], k=rng.randint(0, 40)))
    when = START + timedelta(minutes=rng.randint(0, 2_000_000), microseconds=rng.randint(0, 999_999))
    marks = tuple(
        (tid, rng.choice([None, *range(11)])) for tid in trigger_ids if rng.random() < 0.4
    )
    return title, body, when, marks


def _say(text: str) -> None:
    print(text, flush=True)


def _loop(cfg: dict) -> None:
    from journal_app.models.values import EntryForm, TriggerMark
    from journal_app.services.journal import Journal

    journal = Journal.open(cfg["dir"], passphrase=cfg["passphrase"])
    pick = random.Random(cfg["seed"])
    ids = list(cfg["ids"])
    _say(f"ready {os.getpid()}")
    seq = 0
    while True:
        target = pick.choice(ids) if ids and pick.random() < UPDATE_SHARE else None
        title, body, when, marks = planned(cfg["seed"], seq, cfg["trigger_ids"])
        _say(f"saving {seq} {target or 'new'}")
        detail = journal.save(EntryForm(
            id=target, occurred_at=when, title=title, body=body,
            triggers=tuple(TriggerMark(t, i) for t, i in marks),
        ))
        _say(f"saved {seq} {detail.id} {sha(detail.body)}")
        if target is None:
            ids.append(detail.id)
        seq += 1


def main() -> None:
    import journal_app.models.values
    import journal_app.services.journal  # noqa: F401  (everything the child needs, imported once)
    from journal_app.core.paths import database_path
    from journal_app.store import driver

    driver.raw_key = functools.lru_cache(maxsize=16)(driver.raw_key)
    _say("serving")
    for line in sys.stdin:
        cfg = json.loads(line)
        driver.raw_key(cfg["passphrase"], driver.file_salt(database_path(Path(cfg["dir"]))))  # derived here
        pid = os.fork()
        if pid == 0:
            try:
                _loop(cfg)
            except BaseException:
                traceback.print_exc()
                _say("failed")
            finally:
                os._exit(1)
        _pid, status = os.waitpid(pid, 0)
        _say(f"reaped {status}")


if __name__ == "__main__":
    main()
