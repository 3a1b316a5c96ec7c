"""Profiles for reading the benchmark: what start-up imports, and where the slowest operations spend time.

    python bench/profile.py [--cache DIR] [--size 36500] [--out bench/profiles]

Writes (and summarises on stdout):
  importtime-window.txt   `python -X importtime bench/driver.py` (the real app) until the window is painted and
                          the newest entries are listed (the driver quits then), on a plain journal
  importtime-cli.txt      the same for `journal-app list --limit 20`
  dashboard.txt           pyinstrument of the Patterns view's refresh over the last ten years
  search.txt              pyinstrument of searches for a few common words
Needs pyinstrument (pip install -e '.[bench]'). Uses bench/run.py's cached journals.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import journals
import measure

LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


def importtime(argv: list[str], env: dict, out: Path) -> list[tuple[str, float, float]]:
    """Run argv with -X importtime; returns the top-level imports as (module, self ms, cumulative ms)."""
    done = subprocess.run([sys.executable, "-X", "importtime", *argv], env=env, capture_output=True, text=True,
                          timeout=300)
    out.write_text(done.stderr)
    rows = []
    for self_us, cum_us, indent, name in LINE.findall(done.stderr):
        if len(indent) <= 1:  # imported by the program itself, not by another module
            rows.append((name, int(self_us) / 1000, int(cum_us) / 1000))
    return sorted(rows, key=lambda r: -r[2])


def profile(fn, repeat: int, out: Path) -> str:
    from pyinstrument import Profiler

    fn()  # warm
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(repeat):
        fn()
    profiler.stop()
    text = profiler.output_text(unicode=True, color=False)
    out.write_text(text)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "journal-bench-cache")
    parser.add_argument("--size", type=int, default=36500)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "profiles")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MPLBACKEND", "agg")
    folder, info = journals.plain_journal(args.cache, args.size)
    env = measure.child_env(args.cache / "home")
    with tempfile.TemporaryDirectory() as tmp:
        copy = journals.scratch_copy(folder, Path(tmp) / "j")
        driver = str(Path(__file__).resolve().parent / "driver.py")
        for name, argv in (("window", [driver, str(copy)]),
                           ("cli", ["-m", "journal_app", "--data-dir", str(copy), "list", "--limit", "20"])):
            rows = importtime(argv, env, args.out / f"importtime-{name}.txt")
            total = sum(r[2] for r in rows)
            print(f"\n-X importtime, {name}: {total:.0f} ms of imports (inflated by the measuring itself); "
                  "the biggest top-level imports:")
            for module, own, cum in rows[:12]:
                print(f"  {cum:7.1f} ms  {module}  (own {own:.1f} ms)")

    from journal_app.models.values import EntryFilter
    from journal_app.services.journal import Journal

    with Journal.open(folder) as journal:
        text = profile(lambda: measure.draw_dashboard(journal, "last-10-years"), 3, args.out / "dashboard.txt")
        print(f"\npyinstrument, Patterns view over ten years ({info['entries']:,} entries), 3 refreshes:")
        print("\n".join(text.splitlines()[:40]))
        text = profile(lambda: [journal.page(EntryFilter(text=w)) for w in ("phone", "quiet", "fight", "walk")],
                       5, args.out / "search.txt")
        print(f"\npyinstrument, search for 4 words x 5 ({info['entries']:,} entries):")
        print("\n".join(text.splitlines()[:30]))
    print(f"\nfull profiles in {args.out}")


if __name__ == "__main__":
    main()
