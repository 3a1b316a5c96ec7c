"""Time to window with a big journal (not a test: run by hand, compare numbers).

    python bench/startup.py [--entries 10000] [--runs 5] [--keep DIR]

Builds a journal with N entries (10 years' worth at 10,000), then starts the app N times through
bench/driver.py (the real app, which quits once the entries are listed) and reports, measured from process
start: when the window was on screen and when the first page of the list was shown, each with the process's
CPU time by then (steadier than the wall clock on a shared machine). The app's bytecode is compiled first, as
an install has it. Uses the real X server when DISPLAY is set, else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure

FMT = "%Y-%m-%d %H:%M:%S.%f"
SENTENCES = (
    "Sam said he'd text after work and didn't.", "I checked my phone again and again.",
    "Mum asked about the holidays and I went quiet.", "We had a lovely evening, then I picked a fight.",
    "Priya cancelled at the last minute.", "My manager criticised the report in front of everyone.",
    "I told him directly what I needed.", "I wanted to run the moment it felt close.",
    "Breathing slowly helped a little.", "Afterwards I felt far away from everyone.",
    "We talked it through and he held my hand.", "I wrote three messages and deleted them.",
    "Dad talked over me again at dinner.", "Alex reached out after weeks of silence.",
    "I noticed the old pattern this time.", "Nothing happened, and that was good too.",
)


def build(folder: Path, n: int) -> None:
    from journal_app.services.journal import Journal

    with Journal.open(folder, create=True) as journal:
        path = journal.path
    start = datetime.now(UTC) - timedelta(days=3650)
    step = timedelta(days=3650) / max(n, 1)
    rng = random.Random(2026)
    conn = sqlite3.connect(str(path))
    with conn:
        now = datetime.now(UTC).strftime(FMT)
        conn.executemany(
            "INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared) VALUES (?,?,?,?,?,?,0)",
            (
                (str(uuid.uuid4()), (start + step * i).strftime(FMT), now, now, f"Moment {i}",
                 " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 8))))
                for i in range(n)
            ),
        )
        conn.execute("INSERT INTO entry_trigger SELECT id, 1 + id % 3, id % 11 FROM entry")
    conn.close()


def run_once(folder: Path) -> tuple[float, float, float, float]:
    """(ms from spawn to the window shown, to the entries listed, and the process's CPU ms at each)."""
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.time()
    done = subprocess.run(
        [*measure.driver_command(), str(folder)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    stamps = {what: (float(at), float(cpu)) for what, at, cpu in
              re.findall(r"(window shown|journal listed): \d+ ms at ([\d.]+) cpu (\d+)", done.stderr)}
    if done.returncode != 0 or len(stamps) != 2:
        raise SystemExit(f"the app did not report its timings:\n{done.stderr}")
    (shown, shown_cpu), (listed, listed_cpu) = stamps["window shown"], stamps["journal listed"]
    return (shown - t0) * 1000, (listed - t0) * 1000, shown_cpu, listed_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the journal here and keep it")
    args = parser.parse_args()
    measure.compile_app()  # the app's bytecode, as an installed app has it
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "journal"
        if not (folder / "journal.db").exists():
            t = time.perf_counter()
            build(folder, args.entries)
            print(f"built {args.entries} entries in {time.perf_counter() - t:.1f} s")
        run_once(folder)  # warm the file cache once
        shown, listed, shown_cpu, listed_cpu = zip(*(run_once(folder) for _ in range(args.runs)))
        platform = "X11" if os.environ.get("DISPLAY") else "offscreen"
        print(f"{args.entries} entries, {args.runs} runs, {platform}, from process start:")
        for label, values, cpu in (("window on screen", shown, shown_cpu), ("first page listed", listed, listed_cpu)):
            print(f"  {label}: median {statistics.median(values):.0f} ms "
                  f"(min {min(values):.0f}, max {max(values):.0f}); CPU median {statistics.median(cpu):.0f} ms")


if __name__ == "__main__":
    main()
