"""What the first Patterns open and the first Export dialog would otherwise load while the person waits
(matplotlib, its drawing backends, the chart modules, the export builders: about 2 s of imports on a slow
machine), loaded on a worker thread right after the window has painted its journal (issue 17).

Only imports happen on the worker, and only of modules that create no Qt object when imported: matplotlib's
Qt backend defines its widget classes but makes none until a chart is shown, on the UI thread. Python's
import lock makes a module the UI thread asks for meanwhile wait for the worker's import to finish instead of
importing it twice. A module that cannot be imported is simply left for its first use to report."""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QTimer

# in the order the worker imports them: the heavy shared parts first
MODULES: tuple[str, ...] = (
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
    "journal_app.charts",
    "journal_app.services.analytics",
    "journal_app.services.exporting.build",
    "journal_app.services.exporting.markdown",
    "journal_app.services.exporting.pdf",
)
PAUSE_MS = 300  # after the first page of entries is listed: let it paint and the first clicks answer first

_started: list[threading.Thread] = []


def preload(modules: tuple[str, ...] = MODULES) -> list[str]:
    """Import `modules` here, in order; returns those that could not be imported (left for their first use)."""
    missed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a preload never fails the app: the first real use says what is wrong
            missed.append(name)
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
    """Start the preload once the event loop has been free for `pause_ms` (called on the UI thread when the
    journal is on screen; nothing happens if the window quits first)."""
    QTimer.singleShot(pause_ms, start)
