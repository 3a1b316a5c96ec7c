"""The Patterns view at every range, on the encrypted benchmark journals (issue 17, "Patterns at any range").

    python bench/patterns_ranges.py [--sizes 36500,365000] [--runs 5] [--cache DIR] [--json OUT]
                                    [--code DIR] [--charts counts|all]

For each size it takes the cached encrypted journal of bench/journals.py (built when missing), opens a scratch
copy of it (a journal built by an older version is migrated then: the time of that first open is reported,
backup and rollup build included) and times, as medians of --runs after one untimed warm-up:
  analytics   analytics.pattern_report for the range, as the Patterns view asks for it (no trigger filter)
  draw        the chart built and drawn by Agg into an image at 860 x 460 pixels (the window's size), as the
              window's worker does (charts/render.py), for each chart
  total       analytics + drawing the default chart ("How often", as bench/run.py's dashboard rows), and
              analytics + the slowest chart's drawing (what one refresh on the slowest tab costs)
each as wall time and as this process's CPU time (steadier on a machine busy with other work).
for the ranges Last 4 weeks, Last 3 months, Last 12 months, Last 10 years and All time, and the same with a
trigger filter (the first trigger) for Last 10 years and All time. Targets: every range, All time at 365,000
included, <= 250 ms; Last 10 years at 36,500 <= 150 ms (analytics plus drawing).

--work DIR keeps the opened copies (a 365,000-entry copy takes minutes to copy and migrate) and reuses them
while the code's schema stays the same. --code DIR imports journal_app from another checkout (e.g.
`git worktree add /tmp/before main`), so the same script measures the code before a change: the numbers then come
from that code's own queries.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
RANGES = ("last-4-weeks", "last-3-months", "last-12-months", "last-10-years", "all-time")
FILTERED = ("last-10-years", "all-time")
TARGETS = {"last-10-years": {36500: 150}, "all-time": {365000: 250}}
ANY_RANGE_MS = 250


def _median_ms(fn, runs: int) -> tuple[float, float, object]:
    """Median wall time and median CPU time of this process (ms) over `runs` calls after an untimed one. On
    a machine busy with other work, the CPU time is the steadier of the two."""
    result = fn()  # warm-up, untimed
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu), result


def _range(analytics, journal, key: str):
    from journal_app.models.analytics_values import DateRange

    today = date.today()
    if key == "last-10-years":
        return DateRange(today - timedelta(days=3649), today)
    return analytics.preset_range(key, today, first_day=analytics.first_entry_day(journal))


def _draw(report, which: str) -> None:
    """The chart built and drawn as the window's worker does (charts/render.py: Agg into an RGBA image and
    the hover geometry beside it); code from before render.py (--code) draws the figure the old way."""
    try:
        from journal_app.charts.render import ChartSpec, render
    except ImportError:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from journal_app import charts

        fig, _alt = charts.build(report, which)
        fig.set_size_inches(8.6, 4.6)
        FigureCanvasAgg(fig).draw()
        return
    render(ChartSpec(report, which), 860, 460)


def measure_size(size: int, args, work: Path) -> dict:
    import journals  # bench/journals.py

    from journal_app import charts
    from journal_app.services import analytics
    from journal_app.services.journal import Journal

    folder, info = journals.encrypted_journal(args.cache, size)
    copy, marker = work / f"patterns-{size}", work / f"patterns-{size}" / "opened.json"
    if marker.exists():  # a copy kept (--work) and opened before: its first open is in the marker
        first_open_ms = json.loads(marker.read_text())["first_open_ms"]
        journal = Journal.open(copy, passphrase=journals.PASSPHRASE)
    else:
        journals.scratch_copy(folder, copy)
        t0 = time.perf_counter()
        journal = Journal.open(copy, passphrase=journals.PASSPHRASE)
        first_open_ms = (time.perf_counter() - t0) * 1000
        marker.write_text(json.dumps({"first_open_ms": first_open_ms}))
    print(f"{size}: {info['entries']} entries; first open of the copy {first_open_ms:.0f} ms", flush=True)
    which_charts = list(charts.CHARTS) if args.charts == "all" else ["counts"]
    rows = []
    try:
        trigger = journal.triggers()[0].id
        cases = [(key, ()) for key in RANGES] + [(key, (trigger,)) for key in FILTERED]
        for key, ids in cases:
            rng = _range(analytics, journal, key)
            ms, cpu, report = _median_ms(lambda rng=rng, ids=ids: analytics.pattern_report(journal, rng, ids),
                                         args.runs)
            timed = {c: _median_ms(lambda c=c, r=report: _draw(r, c), args.runs)[:2] for c in which_charts}
            draws = {c: wall for c, (wall, _cpu) in timed.items()}
            slowest = max(draws, key=draws.get)
            row = {"size": size, "entries": info["entries"], "range": key, "filtered": bool(ids),
                   "days": rng.days, "analytics_ms": round(ms, 1), "analytics_cpu_ms": round(cpu, 1),
                   "draw_ms": {c: round(v, 1) for c, v in draws.items()},
                   "draw_cpu_ms": {c: round(v[1], 1) for c, v in timed.items()}, "slowest_chart": slowest,
                   "total_ms": round(ms + draws["counts"], 1), "total_slowest_ms": round(ms + draws[slowest], 1),
                   "total_cpu_ms": round(cpu + timed["counts"][1], 1)}
            target = TARGETS.get(key, {}).get(size, ANY_RANGE_MS)
            row["target_ms"], row["met"] = target, row["total_ms"] <= target
            rows.append(row)
            label = key + (" (one trigger)" if ids else "")
            print(f"  {label:<28} analytics {ms:7.1f} (cpu {cpu:6.1f})  counts {draws['counts']:6.1f} "
                  f"(cpu {timed['counts'][1]:6.1f})  total {row['total_ms']:7.1f} ms, cpu {row['total_cpu_ms']:6.1f}"
                  f" ({'met' if row['met'] else 'NOT met'}: {target})   slowest {slowest} {draws[slowest]:6.1f}",
                  flush=True)
    finally:
        journal.close()
    return {"size": size, "entries": info["entries"], "first_open_ms": round(first_open_ms, 1), "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="36500,365000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "journal-bench-cache")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--code", type=Path, help="a checkout whose journal_app to measure")
    parser.add_argument("--charts", choices=("counts", "all"), default="all")
    parser.add_argument("--work", type=Path, help="keep the opened (migrated) copies here and reuse them")
    args = parser.parse_args()
    os.environ.setdefault("MPLBACKEND", "agg")
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str((args.code or HERE.parent).resolve()))
    args.cache.mkdir(parents=True, exist_ok=True)
    import journal_app

    print(f"code: {Path(journal_app.__file__).parent}", flush=True)
    with tempfile.TemporaryDirectory(prefix="patterns-ranges-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = [measure_size(int(s), args, work) for s in args.sizes.split(",")]
    if args.json:
        args.json.write_text(json.dumps({"code": str(Path(journal_app.__file__).parent), "sizes": results},
                                        indent=1))


if __name__ == "__main__":
    main()
