"""The Patterns view's Cycle tab at every range, on the encrypted benchmark journals (issue 20, "Speed").

    python bench/cycle_ranges.py [--sizes 36500,365000] [--runs 5] [--cache DIR] [--work DIR] [--json OUT]
                                 [--bare] [--entries]

For each size it opens a scratch copy of the cached encrypted journal of bench/journals.py (a journal built by an
older version is migrated then: that first open is reported, backup included) and, unless --bare, plants the
cycle on it in SQL the way a person noting it would leave it: on 4 in 10 triggered moments a belief (one of four,
how true it felt easing over the years), on 6 in 10 of those with people what each person did, and 3 in 10
repaired by the next entry. Then it times, as medians of --runs after one untimed warm-up,
  analytics   services.cycles.cycle_report for everyone over the range, as the tab asks for it on its worker:
              without the moments' ids, from the per-day rollups (chains: migration 0010, per decade too: 0013;
              beliefs' ratings and repair times, summed per bucket of the range: 0011; later ratings from an
              index: 0012); with --entries, counted from the entries with
              every chain's and arrow's ids, every rating and every repair, as `journal-app stats --json` asks
              (and as the tab did before the rollups)
  draw        the tab's three charts (chains, beliefs, time to repair) built and drawn by Agg into images at
              860 x 340 pixels, as the tab's workers do (charts/render.py)
  total       both, as wall time and as this process's CPU time (steadier on a machine busy with other work)
for Last 12 months, Last 10 years and All time. Targets (issue 17, the Patterns budget): a year <= 150 ms, Last
10 years at 36,500 <= 150 ms, any range <= 250 ms, All time at 365,000 included.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
RANGES = ("last-12-months", "last-10-years", "all-time")
TARGETS = {"last-12-months": 150, ("last-10-years", 36500): 150}
ANY_RANGE_MS = 250
BELIEFS = ("bench: They'll leave", "bench: I'm too much", "bench: I have to handle this alone",
           "bench: If I need something, I'll be let down")


def plant(journal) -> dict[str, int]:
    """The cycle on the bench journal's triggered moments (once: a journal that has it is left as it is)."""
    from journal_app.store import sql

    with journal.writing() as conn:
        if sql.run(conn, "SELECT count(*) FROM belief WHERE text LIKE 'bench: %'").scalar_one():
            return {}
        for text in BELIEFS:
            sql.run(conn, "INSERT INTO belief (text, archived, created_at) VALUES (:t, 0, '2026-01-01 00:00:00')",
                    {"t": text})
        first = sql.run(conn, "SELECT min(id) FROM belief WHERE text LIKE 'bench: %'").scalar_one()
        lo, hi = sql.run(conn, "SELECT julianday(min(occurred_at)), julianday(max(occurred_at)) FROM entry").one()
        span = max(hi - lo, 1.0)
        triggered = "e.id IN (SELECT entry_id FROM entry_trigger)"
        sql.run(conn, (
            "INSERT INTO entry_belief (entry_id, belief_id, strength, balanced) "
            "SELECT e.id, :first + e.id % 4, max(5, min(100, CAST(85 - 45 * (julianday(e.occurred_at) - :lo) / :span "
            "+ (e.id * 37) % 21 - 10 AS INTEGER))), '' FROM entry e WHERE e.id % 10 < 4 AND " + triggered),
            {"first": first, "lo": lo, "span": span})
        sql.run(conn, (
            "INSERT INTO entry_move (entry_id, person_id, move_id) SELECT ep.entry_id, ep.person_id, "
            "(SELECT min(id) FROM their_move WHERE builtin) + (ep.entry_id + ep.person_id) % 5 "  # the five built-ins
            "FROM entry_person ep JOIN entry e ON e.id = ep.entry_id WHERE e.id % 10 < 6 AND " + triggered))
        sql.run(conn, (
            "INSERT OR IGNORE INTO repair_link (repaired_id, entry_id, reached_first) "
            "SELECT e.id, n.id, CASE e.id % 2 WHEN 0 THEN 'me' ELSE 'them' END FROM entry e "
            "JOIN entry n ON n.id = e.id + 1 AND n.occurred_at > e.occurred_at "
            "WHERE e.id % 10 IN (3, 5, 7) AND " + triggered))
        return {table: sql.run(conn, f"SELECT count(*) FROM {table}").scalar_one()
                for table in ("entry_belief", "entry_move", "repair_link")}


def range_for(journal, key: str):
    from journal_app.models.analytics_values import DateRange
    from journal_app.services import analytics

    today = date.today()
    if key == "last-10-years":
        return DateRange(today - timedelta(days=3649), today)
    return analytics.preset_range(key, today, first_day=analytics.first_entry_day(journal))


def draw_all(report) -> None:
    """The tab's three charts, built and drawn as its workers do."""
    from journal_app.charts.cycle import CYCLE_CHARTS, CycleSpec
    from journal_app.charts.render import render

    for which in CYCLE_CHARTS:
        render(CycleSpec(report, which), 860, 340)


def analyse_and_draw(journal, key: str) -> None:
    """One refresh of the Cycle tab at range `key` (bench/run.py's cycle_* rows)."""
    from journal_app.services import cycles

    draw_all(cycles.cycle_report(journal, range_for(journal, key), entries=False))


def measure_size(size: int, args, work: Path) -> dict:
    import journals  # bench/journals.py
    from patterns_ranges import _median_ms  # bench/patterns_ranges.py: median wall and CPU time

    from journal_app.services import cycles
    from journal_app.services.journal import Journal

    folder, info = journals.encrypted_journal(args.cache, size)
    copy = work / f"cycle-{size}"
    marker = copy / "opened.json"
    if marker.exists():
        first_open_ms = json.loads(marker.read_text())["first_open_ms"]
        journal = Journal.open(copy, passphrase=journals.PASSPHRASE)
    else:
        journals.scratch_copy(folder, copy)
        t0 = time.perf_counter()
        journal = Journal.open(copy, passphrase=journals.PASSPHRASE)
        first_open_ms = (time.perf_counter() - t0) * 1000
        marker.write_text(json.dumps({"first_open_ms": first_open_ms}))
    planted = {} if args.bare else plant(journal)
    print(f"{size}: {info['entries']} entries; first open of the copy {first_open_ms:.0f} ms; planted {planted}",
          flush=True)
    rows = []
    try:
        for key in RANGES:
            rng = range_for(journal, key)
            ms, cpu, report = _median_ms(
                lambda rng=rng: cycles.cycle_report(journal, rng, entries=args.entries), args.runs)
            draw_ms, draw_cpu, _ = _median_ms(lambda report=report: draw_all(report), args.runs)
            target = TARGETS.get(key, TARGETS.get((key, size), ANY_RANGE_MS))
            row = {"size": size, "range": key, "days": rng.days, "moments": report.moments,
                   "analytics_ms": round(ms, 1), "analytics_cpu_ms": round(cpu, 1), "draw_ms": round(draw_ms, 1),
                   "draw_cpu_ms": round(draw_cpu, 1), "total_ms": round(ms + draw_ms, 1),
                   "total_cpu_ms": round(cpu + draw_cpu, 1), "target_ms": target}
            row["met"] = row["total_cpu_ms"] <= target
            rows.append(row)
            print(f"  {key:<16} {report.moments:7d} moments  analytics {ms:7.1f} (cpu {cpu:6.1f})  three charts "
                  f"{draw_ms:6.1f} (cpu {draw_cpu:6.1f})  total {row['total_ms']:7.1f} ms, cpu "
                  f"{row['total_cpu_ms']:6.1f} ({'met' if row['met'] else 'NOT met'}: {target})", flush=True)
    finally:
        journal.close()
    return {"size": size, "entries": info["entries"], "first_open_ms": round(first_open_ms, 1), "planted": planted,
            "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="36500,365000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "journal-bench-cache")
    parser.add_argument("--work", type=Path, help="keep the opened (migrated, planted) copies here and reuse them")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--bare", action="store_true", help="measure the bench journal as built (no cycle planted)")
    parser.add_argument("--entries", action="store_true",
                        help="count from the entries, keeping every chain's ids (the report before the rollups)")
    args = parser.parse_args()
    os.environ.setdefault("MPLBACKEND", "agg")
    sys.path.insert(0, str(HERE))
    args.cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cycle-ranges-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = [measure_size(int(s), args, work) for s in args.sizes.split(",")]
    if args.json:
        args.json.write_text(json.dumps({"sizes": results}, indent=1))


if __name__ == "__main__":
    main()
