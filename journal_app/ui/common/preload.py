"""What the first Patterns open and the first Export dialog would otherwise load while the person waits
(matplotlib, its drawing backends, the chart modules, the export builders: about 2 s of imports on a slow
machine), loaded on a worker thread right after the window has painted its journal (issue 17).

Only imports happen on the worker, and only of modules that create no Qt object when imported: matplotlib's
Qt backend defines its widget classes but makes none until a chart is shown, on the UI thread. Python's
import lock makes a module the UI thread asks for meanwhile wait for the worker's import to finish instead of
importing it twice. A module that cannot be imported is simply left for its first use to report.

Imports hold the GIL, so the UI thread waits while the worker runs Python: the preload starts only once the
start-up work (the daily backup and health check, on the shared pool) is done, asks for a GIL switch every
SWITCH_S instead of Python's 5 ms while it runs, and pauses between modules, so the window keeps answering.

PySide6 reads the source of every module imported after it (shiboken's `__feature__` support calls
inspect.getsource), and Python's linecache keeps all of it: about 13 MB once matplotlib is in. The preload
empties that cache when it is done; it only ever serves tracebacks, which read the file again."""

from __future__ import annotations

import importlib
import linecache
import sys
import threading
import time

from PySide6.QtCore import QThreadPool, QTimer

# in the order the worker imports them: the heavy shared parts first
MODULES: tuple[str, ...] = (
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "journal_app.charts.render",  # the Patterns view draws its charts with Agg on a worker
    "journal_app.charts",
    "journal_app.services.analytics",
    "journal_app.services.exporting.build",
    "journal_app.services.exporting.markdown",
    "journal_app.services.exporting.pdf",
)
PAUSE_MS = 300  # after the first page of entries is listed: let it paint and the first clicks answer first
POLL_MS = 100  # then, while the shared pool still runs the start-up work, look again this often
MAX_WAIT_MS = 15000  # but start by then whatever runs
SWITCH_S = 0.0005  # the GIL switch interval while preloading (Python's default is 0.005 s)
BREATHE_S = 0.002  # between two modules: the UI thread takes the GIL

_started: list[threading.Thread] = []


def preload(modules: tuple[str, ...] = MODULES) -> list[str]:
    """Import `modules` here, in order; returns those that could not be imported (left for their first use)."""
    missed = []
    usual = sys.getswitchinterval()
    sys.setswitchinterval(min(usual, SWITCH_S))
    try:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:
                missed.append(name)
            time.sleep(BREATHE_S)
    finally:
        sys.setswitchinterval(usual)
        linecache.clearcache()
    return missed


def start(modules: tuple[str, ...] = MODULES) -> threading.Thread:
    """Start the worker thread now (once per process: a second call returns the first thread)."""
    if _started:
        return _started[0]
    # a daemon thread: quitting the app never waits for imports nobody needs any more
    thread = threading.Thread(target=preload, args=(modules,), name="journal-preload", daemon=True)
    _started.append(thread)
    thread.start()
    return thread


def preload_after_paint(pause_ms: int = PAUSE_MS) -> None:
    """Start the preload once the event loop has been free for `pause_ms` and the shared pool has finished the
    start-up work (called on the UI thread when the journal is on screen; nothing happens if the window quits
    first)."""
    waited = [0]

    def when_idle() -> None:
        if QThreadPool.globalInstance().activeThreadCount() and waited[0] < MAX_WAIT_MS:
            waited[0] += POLL_MS
            QTimer.singleShot(POLL_MS, when_idle)
            return
        start()

    QTimer.singleShot(pause_ms, when_idle)
