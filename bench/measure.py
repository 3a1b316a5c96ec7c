"""Timing helpers for bench/run.py: in-process operations, whole processes, and resident memory.

Also runnable on its own as the fresh process whose memory is measured:

    python bench/measure.py memory DIR [PASSPHRASE]    prints {"opened_mb": ..., "dashboard_mb": ..., ...} as JSON
"""

from __future__ import annotations

import io
import json
import os
import re
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# A bare PySide6 window, shown and reported exactly the way journal_app.app reports its own window:
# show(), then a zero-delay timer that runs once the event loop has exposed and painted it.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
window.show()
def shown():
    print(f"window shown: 0 ms at {time.time():.4f}", file=sys.stderr)
    QTimer.singleShot(0, window.close)
QTimer.singleShot(0, shown)
app.exec()
"""

STAMP = re.compile(r"(window shown|journal listed): \d+ ms at ([\d.]+)")
PEAK = re.compile(r"peak memory: ([\d.]+) MB")  # bench/driver.py's own VmHWM


def compile_app() -> None:
    """Write the app's bytecode once, as pip does when it installs the app: without it every measured process
    compiles the app's source again (on a machine with PYTHONDONTWRITEBYTECODE set, or a read-only checkout,
    Python never keeps what it compiled), ~100 ms of every start-up row that no installed app pays."""
    import compileall

    compileall.compile_dir(ROOT / "journal_app", quiet=1)
    compileall.compile_dir(ROOT / "bench", quiet=1, maxlevels=0)  # the driver too (see driver_command)


def driver_command(python: str = sys.executable) -> list[str]:
    """How to start bench/driver.py: imported by a one-line -c, so that its cached bytecode is used. (Run as
    a script, Python compiles the whole driver again at every start, ~6 ms that the app's own start would be
    charged with; `journal-app` itself is a two-line script that imports the app's cached modules.)"""
    return [python, "-c", f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import driver; driver.main()"]


def median_ms(fn, runs: int, warmup: int = 1) -> tuple[float, list[float]]:
    """Median wall time of fn() in ms over `runs` calls, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), [round(s, 2) for s in samples]


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def child_env(home: Path) -> dict[str, str]:
    """The environment for measured processes: offscreen Qt unless there is a display, Agg for matplotlib,
    and config/data folders inside the cache so no run touches the real home's settings."""
    env = {**os.environ, "MPLBACKEND": "agg", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_process(argv: list[str], env: dict, cwd: Path | None = None, timeout: float = 180) -> float:
    """Run argv to completion; returns the wall time in ms from spawn to exit (fails loudly on an error)."""
    t0 = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=timeout)
    wall = (time.perf_counter() - t0) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr}")
    return wall


def window_times(argv: list[str], env: dict) -> dict[str, float]:
    """Start a GUI process that prints STAMP lines and quits; ms from spawn to each stamp, and its peak RSS."""
    t0 = time.time()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    stamps = {what: (float(at) - t0) * 1000 for what, at in STAMP.findall(err)}
    if proc.returncode != 0 or "window shown" not in stamps:
        raise SystemExit(f"{' '.join(argv)} did not report its window ({proc.returncode}):\n{err}")
    # ru_maxrss of a child starts from this (big) process's memory at fork: the driver's own peak when it says
    peak = PEAK.search(err)
    stamps["peak_rss_mb"] = float(peak.group(1)) if peak else usage.ru_maxrss / 1024
    return stamps


def resident_mb() -> float:
    """VmRSS of this process now (Linux), else the peak from getrusage."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def draw_dashboard(journal, key: str) -> None:
    """What the Patterns view does on a refresh: the report for a range preset and the default chart drawn
    at the window's size."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from journal_app import charts
    from journal_app.services import analytics

    if key == "last-10-years":
        from journal_app.models.analytics_values import DateRange

        rng = DateRange(date.today() - timedelta(days=3649), date.today())
    else:
        rng = analytics.preset_range(key, date.today(), first_day=analytics.first_entry_day(journal))
    report = analytics.pattern_report(journal, rng)
    fig, _alt = charts.build(report, "counts")
    fig.set_size_inches(8.6, 4.6)
    FigureCanvasAgg(fig).draw()


def three_month_pdf(journal, everything: bool = False) -> bytes:
    """The last three months as the export dialog starts (entries marked "may share"), or with every entry."""
    from journal_app.models.analytics_values import DateRange
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.render import render
    from journal_app.services.exporting.summary import SummaryOptions

    today = date.today()
    options = SummaryOptions(DateRange(today - timedelta(days=90), today), include_unshared=everything)
    return render(build_summary(journal, options), "pdf")


def json_backup(journal) -> int:
    from journal_app.services.exporting.json_backup import write_backup

    out = io.BytesIO()
    write_backup(journal, out)
    return out.tell()


def memory_main(folder: Path, passphrase: str | None = None) -> None:
    from journal_app.models.values import EntryFilter
    from journal_app.services.journal import Journal

    before = resident_mb()
    journal = Journal.open(folder, passphrase=passphrase)
    rows = journal.page(EntryFilter()).rows
    opened = resident_mb()
    draw_dashboard(journal, "last-4-weeks")
    dashboard = resident_mb()
    journal.close()
    print(json.dumps({"interpreter_mb": before, "opened_mb": opened, "dashboard_mb": dashboard,
                      "first_page_rows": len(rows)}))


if __name__ == "__main__":
    if len(sys.argv) in (3, 4) and sys.argv[1] == "memory":
        os.environ.setdefault("MPLBACKEND", "agg")
        memory_main(Path(sys.argv[2]), *sys.argv[3:])
    else:
        raise SystemExit(__doc__)
