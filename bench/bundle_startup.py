"""Start time of the standalone bundle against the venv install (not a test: run by hand, compare numbers).

    python bench/bundle_startup.py [--bundle dist/journal-app/journal-app] [--entries 1000] [--runs 5]

For each program (the venv's `journal-app` script beside this Python, and the bundle's program), from process
start: how long `journal-app --version` takes, and, with JOURNAL_APP_BENCH=1 and the same journal of N
entries, when the window was on screen and when the first page of the list was shown (bench/startup.py's
method). Uses the real X server when DISPLAY is set, else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import build  # bench/startup.py, beside this file


def _env() -> dict[str, str]:
    env = {**os.environ, "JOURNAL_APP_BENCH": "1"}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def version_ms(program: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([program, "--version"], env=_env(), capture_output=True, check=True, timeout=60)
    return (time.perf_counter() - t0) * 1000


def window_ms(program: str, folder: Path) -> tuple[float, float]:
    t0 = time.time()
    done = subprocess.run([program, "--data-dir", str(folder)], env=_env(), capture_output=True, text=True,
                          timeout=120)
    stamps = dict(re.findall(r"(window shown|journal listed): \d+ ms at ([\d.]+)", done.stderr))
    if done.returncode != 0 or len(stamps) != 2:
        raise SystemExit(f"{program} did not report its timings:\n{done.stderr}")
    return (float(stamps["window shown"]) - t0) * 1000, (float(stamps["journal listed"]) - t0) * 1000


def _median(values: list[float]) -> str:
    return f"median {statistics.median(values):.0f} ms (min {min(values):.0f}, max {max(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default="dist/journal-app/journal-app")
    parser.add_argument("--venv", default=str(Path(sys.executable).with_name("journal-app")))
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        build(folder, args.entries)
        for label, program in (("venv", args.venv), ("bundle", os.path.abspath(args.bundle))):
            version_ms(program)
            window_ms(program, folder)  # warm the file cache once
            versions = [version_ms(program) for _ in range(args.runs)]
            shown, listed = zip(*(window_ms(program, folder) for _ in range(args.runs)))
            print(f"{label} ({program}), {args.entries} entries, {args.runs} runs, from process start:")
            print(f"  --version: {_median(versions)}")
            print(f"  window on screen: {_median(list(shown))}")
            print(f"  first page listed: {_median(list(listed))}")


if __name__ == "__main__":
    main()
