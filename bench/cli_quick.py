"""How long the quick commands take: `journal-app list`, `add` and `stats`, each a fresh process on a journal.

    .venv/bin/python bench/cli_quick.py [--journal /tmp/jbench/plain-v2-36500] [--runs 10] [--json out.json]

For each command: the median wall time of N fresh runs (spawn to exit), and the median CPU time the process
used (user + system, from os.wait4), which stays honest on a shared machine where the wall time does not.
A bare interpreter start (`python -c pass`, site included) is timed the same way, for reading the rows.

`add` writes, so it runs on a throwaway copy of the journal (bench.journals.scratch_copy) in a temporary
folder, which is removed afterwards; the journal given is only read. Bytecode is used as an installed copy
uses it (PYTHONDONTWRITEBYTECODE is dropped for the runs; the warm-up run writes what is missing). The
command is `journal-app` beside this Python (as a person runs it), or `python -m journal_app` with --module.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.journals import scratch_copy  # after the path is set

DEFAULT_JOURNAL = Path("/tmp/jbench/plain-v2-36500")
ADD_TEXT = "Benchmark entry: she called back and we talked it through."

# name -> (arguments after --data-dir DIR, whether it writes)
COMMANDS: dict[str, tuple[list[str], bool]] = {
    "list": (["list"], False),
    "list --limit 20": (["list", "--limit", "20"], False),
    "add": (["add", ADD_TEXT, "--trigger", "abandonment-fear:6", "--at", "2024-05-01T21:30"], True),
    "stats": (["stats"], False),
    "stats --from": (["stats", "--from", "2020-01-01"], False),
    "stats --json": (["stats", "--json"], False),
}


def command_prefix(module: bool) -> list[str]:
    beside = Path(sys.executable).parent / "journal-app"
    if not module and beside.exists():
        return [str(beside)]
    return [sys.executable, "-m", "journal_app"]


def settle(folder: Path) -> None:
    """Put the fresh copy on disk first: otherwise the first fsync of `add` waits for the whole copied file
    to be written back (over 100 MB at 36,500 entries), which is the copy's cost, not the command's."""
    for path in folder.iterdir():
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, user + system CPU ms) of one fresh process; fails loudly when the command fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - t0) * 1000
    err = proc.stderr.read() if proc.stderr else b""
    if proc.stderr:
        proc.stderr.close()
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({code}):\n{err.decode(errors='replace')}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def measure(argv: list[str], env: dict[str, str], runs: int, warmup: int) -> dict[str, object]:
    for _ in range(warmup):
        run_once(argv, env)
    walls, cpus = zip(*(run_once(argv, env) for _ in range(runs)))
    return {"wall_ms": round(statistics.median(walls), 1), "cpu_ms": round(statistics.median(cpus), 1),
            "wall_min_ms": round(min(walls), 1), "cpu_min_ms": round(min(cpus), 1),
            "wall_samples": [round(w, 1) for w in walls], "cpu_samples": [round(c, 1) for c in cpus]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--journal", type=Path, default=DEFAULT_JOURNAL, help="the journal folder (plain)")
    ap.add_argument("--runs", type=int, default=10, help="fresh runs per command (default 10)")
    ap.add_argument("--warmup", type=int, default=1, help="runs first, not counted (default 1)")
    ap.add_argument("--only", action="append", choices=list(COMMANDS), help="just these commands (repeatable)")
    ap.add_argument("--module", action="store_true", help="run `python -m journal_app` instead of journal-app")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    if not (args.journal / "journal.db").exists():
        raise SystemExit(f"No journal at {args.journal} (build one with bench/journals.py).")
    env = {**os.environ, "COLUMNS": "100", "LC_ALL": "C.UTF-8"}
    env.pop("JOURNAL_APP_PASSPHRASE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: the first (warm-up) run leaves the bytecode
    prefix = command_prefix(args.module)
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="cli-quick-") as tmp:
        scratch = scratch_copy(args.journal, Path(tmp) / "journal")
        settle(scratch)
        results["python -c pass"] = measure([sys.executable, "-c", "pass"], env, args.runs, args.warmup)
        for name in args.only or list(COMMANDS):
            rest, writing = COMMANDS[name]
            folder = scratch if writing else args.journal
            results[name] = measure([*prefix, "--data-dir", str(folder), *rest], env, args.runs, args.warmup)
    print(f"{' '.join(prefix)} on {args.journal}, median of {args.runs} fresh runs:")
    print(f"{'command':<18} {'wall ms':>8} {'cpu ms':>8} {'min wall':>9} {'min cpu':>8}")
    for name, r in results.items():
        print(f"{name:<18} {r['wall_ms']:>8} {r['cpu_ms']:>8} {r['wall_min_ms']:>9} {r['cpu_min_ms']:>8}")
    if args.json:
        args.json.write_text(json.dumps({"journal": str(args.journal), "runs": args.runs,
                                         "command": prefix, "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
