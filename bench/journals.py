"""Seeded benchmark journals, built once and cached between runs (used by bench/run.py).

A journal of `size` entries is tests.builders.realistic_journal with about `per_day` entries a day (1 a day
up to 3,650 entries, i.e. ten years; more entries per day, at most 5, for bigger sizes, then more years).
The plain journal is written with raw SQL; the encrypted one is a copy of it converted with the app's own
security.change_passphrase, which is much faster than saving every entry through an encrypted connection.
A folder counts as cached once its `built.json` exists (written last).
"""

from __future__ import annotations

import json
import math
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "correct horse battery staple 2026"
DONE = "built.json"


def shape(size: int) -> tuple[int, float]:
    """(days, entries per day) that give about `size` entries."""
    per_day = min(5.0, max(1.0, size / 3650))
    return math.ceil(size / per_day), per_day


def plain_journal(cache: Path, size: int) -> tuple[Path, dict]:
    folder = cache / f"plain-{size}"
    marker = folder / DONE
    if marker.exists():
        return folder, json.loads(marker.read_text())
    from tests.builders import realistic_journal

    if folder.exists():
        shutil.rmtree(folder)  # a half-built leftover
    days, per_day = shape(size)
    t0 = time.perf_counter()
    entries = realistic_journal(folder, days=days, per_day=per_day)
    info = {"entries": entries, "days": days, "per_day": per_day, "encrypted": False,
            "build_s": round(time.perf_counter() - t0, 1)}
    marker.write_text(json.dumps(info))
    print(f"  built plain journal: {entries} entries over {days} days in {info['build_s']} s", flush=True)
    return folder, info


def encrypted_journal(cache: Path, size: int) -> tuple[Path, dict]:
    folder = cache / f"encrypted-{size}"
    marker = folder / DONE
    if marker.exists():
        return folder, json.loads(marker.read_text())
    from journal_app import security
    from journal_app.journal import Journal

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
