"""Start time of the standalone bundle against the venv install (not a test: run by hand, compare numbers).

    python bench/bundle_startup.py [--bundle dist/journal-app/journal-app] [--entries 1000] [--runs 5]

For each program (the venv's `journal-app` script beside this Python, and the bundle's program), from process
start: how long `journal-app --version` takes, and, on the same journal of N entries, when the window had
the journal open (SQLite's -shm file appears beside journal.db; the newest entries are listed right after).
Measured from outside, as the app has no benchmark switch; the program is then stopped with SIGTERM. Uses
the real X server when DISPLAY is set, else Qt's offscreen platform. (bench/startup.py times the venv
install from inside, with bench/driver.py.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import build  # bench/startup.py, beside this file


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def version_ms(program: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([program, "--version"], env=_env(), capture_output=True, check=True, timeout=60)
    return (time.perf_counter() - t0) * 1000


def window_ms(program: str, folder: Path) -> float:
    """Milliseconds from process start until the window has the journal open."""
    shm = folder / "journal.db-shm"
    t0 = time.perf_counter()
    proc = subprocess.Popen([program, "--data-dir", str(folder)], env=_env(), stderr=subprocess.PIPE, text=True)
    try:
        while not shm.exists():
            if proc.poll() is not None or time.perf_counter() - t0 > 120:
                raise SystemExit(f"{program} did not open the journal:\n{proc.stderr.read() if proc.stderr else ''}")
            time.sleep(0.002)
        opened = (time.perf_counter() - t0) * 1000
    finally:
        proc.terminate()  # SIGTERM: the window closes the journal and quits
        proc.communicate(timeout=60)
    return opened


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
            opened = [window_ms(program, folder) for _ in range(args.runs)]
            print(f"{label} ({program}), {args.entries} entries, {args.runs} runs, from process start:")
            print(f"  --version: {_median(versions)}")
            print(f"  journal open in the window: {_median(opened)}")


if __name__ == "__main__":
    main()
