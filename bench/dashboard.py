"""Dashboard refresh time on a realistic journal (not a test: run by hand, compare numbers).

    python bench/dashboard.py [--years 10] [--per-day 3] [--runs 7] [--keep DIR]

Builds a journal of `years` years (about 11,000 entries at 10 years and 3 a day; cached in --keep DIR), then
times, as a median of `runs`: the analytics (PatternReport) and the drawing (Figure build + Agg draw at the
window's size) for each range preset and each chart, and their sum for the default chart ("How often").
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--per-day", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep")
    args = parser.parse_args()
    os.environ.setdefault("MPLBACKEND", "agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from journal_app import charts
    from journal_app.services import analytics
    from journal_app.services.journal import Journal
    from tests.builders import realistic_journal

    folder = Path(args.keep or tempfile.mkdtemp(prefix="journal-dash-"))
    if not (folder / "journal.db").exists():
        t0 = time.perf_counter()
        n = realistic_journal(folder, days=365 * args.years, per_day=args.per_day)
        print(f"built {n} entries in {time.perf_counter() - t0:.1f} s in {folder}")
    today = date.today()
    with Journal.open(folder) as journal:
        first = analytics.first_entry_day(journal)
        print(f"{'range':<16}{'analytics':>11}{'chart':>18}{'drawing':>10}{'total':>9}")
        for key in ("last-4-weeks", "last-3-months", "last-12-months", "all-time"):
            rng = analytics.preset_range(key, today, first_day=first)
            ms, report = timed(lambda: analytics.pattern_report(journal, rng), args.runs)
            for which in charts.CHARTS:
                def draw():
                    fig, _alt = charts.build(report, which)
                    fig.set_size_inches(8.6, 4.6)
                    FigureCanvasAgg(fig).draw()
                draw_ms, _ = timed(draw, args.runs)
                total = f"{ms + draw_ms:9.0f}" if which == "counts" else ""
                print(f"{key:<16}{ms:9.0f} ms{which:>18}{draw_ms:7.0f} ms{total}")


if __name__ == "__main__":
    main()
