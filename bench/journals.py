"""Seeded benchmark journals, built once and cached between runs (used by bench/run.py).

A journal of `size` entries is tests.builders.realistic_journal with about `per_day` entries a day (1 a day
up to 3,650 entries, i.e. ten years; more entries per day, at most 10, for bigger sizes: 36,500 entries are
ten years at 10 a day; 365,000 are a hundred years), its bodies lengthened to 50-400 words each with seeded
reflective sentences and a long tail of rarer words (so the search index has a realistic vocabulary).
The plain journal is written with raw SQL; the encrypted one is a copy of it converted with the app's own
security.change_passphrase, which is much faster than saving every entry through an encrypted connection.
A folder counts as cached once its `built.json` exists (written last).

A journal is left as the app leaves one on disk: at the newest schema, its Patterns rollups settled (the raw SQL
insert notes every entry in `rollup_dirty`, which the app's own saves apply as they go). A cached journal found
behind (an older schema, or changes not applied) is brought up to date once, on a copy that then replaces its
`journal.db` (under the cache's lock file, e.g. /tmp/jbench.lock): otherwise every benchmark run would pay for the
migration's backup and for applying 360,000 changes at its first Patterns open or Export preview (about 30 s
each at 365,000 entries), and measure that instead of the app.
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "correct horse battery staple 2026"
DONE = "built.json"
VERSION = "v2"  # in the cache folder names: a change to what is built makes new folders

_SENTENCES = (
    "I noticed my chest getting tight before I had even read the whole message.",
    "Later I could see that the story in my head was louder than what actually happened.",
    "We talked for a while in the kitchen and I tried to say what I needed without blaming.",
    "My first urge was to check my phone again, so I put it in the other room.",
    "It reminded me of evenings at home when nobody said what was wrong.",
    "I went for a walk and the cold air helped me slow down.",
    "Part of me wanted to send a sharp reply; another part wanted to disappear.",
    "When she came back I felt relieved and a little embarrassed at how scared I had been.",
    "I wrote down three things I could ask for next time instead of going quiet.",
    "The fight was about the dishes on the surface, but it felt like it was about being seen.",
    "My therapist would probably ask what I was afraid would happen if I said it out loud.",
    "I kept replaying the conversation while trying to fall asleep.",
    "Today felt steadier than last week, and I want to remember that.",
    "He said he needed space, and I managed not to read it as a verdict on me.",
    "I texted my friend instead of spiralling, and she called back within minutes.",
    "There was a moment where I pulled away and then reached out again, the usual push and pull.",
    "I felt the old pattern starting and named it to myself, which took some of its power away.",
    "We repaired it in the evening with a long hug and an honest sentence from each of us.",
    "Work was loud and I came home with nothing left for anyone.",
    "Mum called and I noticed how quickly I started apologising for things I had not done.",
    "It was a quiet weekend, and the quiet felt restful instead of threatening.",
    "I want to bring this up in my next session because it keeps coming back.",
    "Sam was late again and I waited before deciding what it meant.",
    "I said I was fine, which was not true, and then I felt far away all afternoon.",
)
_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tor", "vel", "an", "es", "qui", "bra", "dun", "fel", "gor", "hin",
              "jas", "lum", "nor", "pel", "ris", "sol", "tam", "ul", "wen", "yor", "zel", "cor", "dor", "el", "fin")


def lengthener(seed: int):
    """lengthen(body) -> body of 50-400 words: the body, then seeded sentences from a small pool and made-up
    sentences whose words come from a vocabulary of a few thousand with a Zipf-like spread (a few words are
    everywhere, most are rare), like real writing."""
    import random

    rng = random.Random(seed)
    vocab = sorted({a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in ("", "n", "s", "th")})
    rng.shuffle(vocab)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    def lengthen(body: str) -> str:
        target = rng.randint(50, 400)
        parts, words = [body], len(body.split())
        while words < target:
            if rng.random() < 0.6:
                sentence = rng.choice(_SENTENCES)
            else:
                chosen = rng.choices(vocab, cum_weights=cumulative, k=rng.randint(6, 14))
                sentence = " ".join(chosen).capitalize() + "."
            parts.append(sentence)
            words += len(sentence.split())
            if rng.random() < 0.15:
                parts.append("\n\n")
        return " ".join(parts).replace(" \n\n ", "\n\n").strip()

    return lengthen


def shape(size: int) -> tuple[int, float]:
    """(days, entries per day) that give about `size` entries."""
    per_day = min(10.0, max(1.0, size / 3650))
    return math.ceil(size / per_day), per_day


def _behind(folder: Path, passphrase: str | None) -> bool:
    """Whether the journal in `folder` is at an older schema or has rollup changes not applied yet (read only)."""
    from journal_app.store import driver
    from journal_app.store.migrate import HEAD_REVISION

    db = folder / "journal.db"
    key = driver.raw_key(passphrase, driver.file_salt(db)) if passphrase else None
    conn = driver.connect(f"file:{db}?immutable=1", key=key, uri=True)  # (no -wal or -shm beside it)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        dirty = conn.execute("SELECT EXISTS (SELECT 1 FROM rollup_dirty)").fetchone()[0]
    finally:
        conn.close()
    return revision != HEAD_REVISION or bool(dirty)


def settle(folder: Path, passphrase: str | None = None) -> None:
    """Migrate the journal in `folder` to the newest schema and apply its noted rollup changes, in place."""
    from journal_app.services.journal import Journal
    from journal_app.store import rollup_build

    with Journal.open(folder, passphrase=passphrase) as journal, journal.changing() as conn:
        rollup_build.settle(conn)


def up_to_date(folder: Path, passphrase: str | None = None) -> None:
    """Bring a cached journal up to date (see the module's notes) when it is behind; a copy is settled and then
    replaces the cached file, so a run copying the journal meanwhile reads the old file or the new, whole."""
    if not _behind(folder, passphrase):
        return
    with open(folder.parent.with_name(f"{folder.parent.name}.lock"), "w") as lock:  # /tmp/jbench -> /tmp/jbench.lock
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _behind(folder, passphrase):  # another run did it meanwhile
            return
        t0 = time.perf_counter()
        work = folder.parent / f".settling-{folder.name}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(mode=0o700)
        try:
            shutil.copy2(folder / "journal.db", work / "journal.db")
            settle(work, passphrase)
            leftovers = [p.name for p in work.iterdir() if p.name.startswith("journal.db-")]
            if leftovers:
                raise RuntimeError(f"the settled journal left {leftovers} beside it")
            os.replace(work / "journal.db", folder / "journal.db")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"  brought {folder.name} up to date in {time.perf_counter() - t0:.1f} s", flush=True)


def plain_journal(cache: Path, size: int) -> tuple[Path, dict]:
    folder = cache / f"plain-{VERSION}-{size}"
    marker = folder / DONE
    if marker.exists():
        up_to_date(folder)
        return folder, json.loads(marker.read_text())
    from tests.builders import realistic_journal

    if folder.exists():
        shutil.rmtree(folder)  # a half-built leftover
    days, per_day = shape(size)
    t0 = time.perf_counter()
    entries = realistic_journal(folder, days=days, per_day=per_day, lengthen=lengthener(size))
    settle(folder)
    info = {"entries": entries, "days": days, "per_day": per_day, "encrypted": False,
            "build_s": round(time.perf_counter() - t0, 1)}
    marker.write_text(json.dumps(info))
    print(f"  built plain journal: {entries} entries over {days} days in {info['build_s']} s", flush=True)
    return folder, info


def encrypted_journal(cache: Path, size: int) -> tuple[Path, dict]:
    folder = cache / f"encrypted-{VERSION}-{size}"
    marker = folder / DONE
    if marker.exists():
        up_to_date(folder, PASSPHRASE)
        return folder, json.loads(marker.read_text())
    from journal_app.services import security
    from journal_app.services.journal import Journal

    plain, plain_info = plain_journal(cache, size)
    if folder.exists():
        shutil.rmtree(folder)
    t0 = time.perf_counter()
    shutil.copytree(plain, folder, ignore=shutil.ignore_patterns(DONE))
    with Journal.open(folder) as journal:
        security.change_passphrase(journal, PASSPHRASE)
    with Journal.open(folder, passphrase=PASSPHRASE) as journal:
        assert journal.encrypted and journal.entry_count() == plain_info["entries"]
    info = {**plain_info, "encrypted": True, "build_s": round(time.perf_counter() - t0, 1)}
    marker.write_text(json.dumps(info))
    print(f"  encrypted a copy ({info['entries']} entries) in {info['build_s']} s", flush=True)
    return folder, info


def scratch_copy(folder: Path, dest: Path) -> Path:
    """A throwaway copy for operations that write (saves, `add`), so the cached journal stays as built."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(folder, dest, ignore=shutil.ignore_patterns(DONE, "backups", "*.lock"))
    return dest
