"""Export speed on a 10-year journal (not a test: run by hand, compare numbers).

    python bench/exports.py [--years 10] [--per-day 3] [--runs 5] [--keep DIR]

Times, as medians: building a 3-month summary and rendering it as PDF (with charts), Markdown and CSV; the
complete JSON backup; and the same as whole `journal-app export` processes.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--per-day", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep")
    args = parser.parse_args()
    from journal_app.models.analytics_values import DateRange
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.json_backup import write_backup
    from journal_app.services.exporting.render import render
    from journal_app.services.exporting.summary import SummaryOptions
    from journal_app.services.journal import Journal
    from tests.builders import realistic_journal

    folder = Path(args.keep or tempfile.mkdtemp(prefix="journal-export-"))
    if not (folder / "journal.db").exists():
        print(f"built {realistic_journal(folder, days=365 * args.years, per_day=args.per_day)} entries")
    today = date.today()
    options = SummaryOptions(DateRange(today - timedelta(days=90), today), include_unshared=True)
    with Journal.open(folder) as journal:
        print(f"{journal.entry_count()} entries in {folder}")
        summary = build_summary(journal, options)
        print(f"3-month summary: {len(summary.entries)} entries")
        print(f"build summary   {timed(lambda: build_summary(journal, options), args.runs):7.0f} ms")
        for fmt in ("pdf", "md", "csv"):
            print(f"render {fmt:<8} {timed(lambda: render(summary, fmt), args.runs):7.0f} ms")
        print(f"JSON backup     {timed(lambda: write_backup(journal, io.BytesIO()), args.runs):7.0f} ms")
    for argv in (["export", "out.pdf", "--include-unshared", "--from", str(today - timedelta(days=90))],
                 ["export", "out.json"]):
        with tempfile.TemporaryDirectory() as tmp:
            def run():
                subprocess.run([sys.executable, "-m", "journal_app", "--data-dir", str(folder), *argv], cwd=tmp,
                               check=True, capture_output=True)
            print(f"process {' '.join(argv[:2]):<18} {timed(run, args.runs):7.0f} ms")


if __name__ == "__main__":
    main()
