"""Modules loaded on a worker thread so that the UI thread never stops to import them (issue 17). Two runs,
each at most once per process:

- **The window's modules** (`start_window()`, called as soon as the app starts, before the unlock dialog, the
  welcome or the window): the database layer first, then what building the main window and showing a journal
  import. They load while the person types the passphrase or while the light window paints; the window is then
  built in short slices on the UI thread (MainWindow.build_in_slices), each slice waiting, without blocking,
  until `loaded()` says the modules it needs are in.
- **The charts** (`preload_after_paint()`, once the journal is listed): first the guidance panel's safety cue
  (compiling its rules takes ~0.2 s, which the first page of entries no longer waits for) and SQLAlchemy (the
  window's journal is opened lean, without it: see Journal.open's `full_when_needed`), then matplotlib,
  its drawing backends, the chart modules and the export builders, about 2 s of imports on a slow machine that
  the first Patterns open and the first Export dialog would otherwise wait for.

Only imports happen on the worker, and only of modules that create no Qt object when imported: matplotlib's
Qt backend and the window's modules define widget classes but make none until the UI thread builds them.
Python's import lock makes a module the UI thread asks for meanwhile wait for the worker's import to finish
instead of importing it twice. A module that cannot be imported is simply left for its first use to report.

Small steps. Imports hold the GIL, and the UI thread needs it far more often than it seems: every Qt virtual
call on a widget made from Python (each paint, size hint and event) takes it for a moment, so a worker running
Python back to back makes each of those wait, and a repaint that takes 3 ms alone takes 50 ms or more. So a
preload imports in short bursts, paced by the UI thread: before each module it is about to import, the nested
ones too (Python announces each with an audit event, outside its import locks), a preloading thread that has
been importing for BURST_S waits until a light timer on the UI thread (every TICK_MS while a preload runs) says
the event loop came round again. Python is also asked to switch threads every SWITCH_S instead of every 5 ms
meanwhile. While the UI thread itself waits for a module of this preload (`when_loaded`: the window's next build
step), it has nothing to do in between but poll, so the preload does not pause then: pausing only made the
window's start wait (the preload ran about half the time and waited for turns the other half). (Compiling a
module that has no cached bytecode is still one step: Python's compiler does not let the GIL go.) The charts'
preload also starts only once the start-up work (the daily backup and health check, on the shared pool) is done.

Python's cycle collector holds the GIL for a whole collection, and a full one walks every object the process
holds: with SQLAlchemy, Qt's bindings and matplotlib in, 200-300 ms during which the window cannot answer. What
a preload imports stays for the life of the process, so as a preload begins and as it ends, every object there
is is moved out of the collector's sight (gc.freeze(): reference counting still frees them, the collector
just no longer walks them), and the collections that follow walk only what is newer. While a preload runs the
collector does not run on its own at all: the objects a preload makes are many (a full collection in the
middle of matplotlib's imports walked them all, 130 ms), and they are frozen at its end anyway. (The app turns this on:
FREEZE. Objects that were already garbage then are kept too; at that point there is little: a closed dialog.)

PySide6 reads the source of every module imported after it (shiboken's `__feature__` support calls
inspect.getsource), and Python's linecache keeps all of it: about 13 MB once matplotlib is in. A preload
empties that cache when it is done; it only ever serves tracebacks, which read the file again."""

from __future__ import annotations

import gc
import importlib
import linecache
import sys
import threading
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer

# in the order the worker imports them: the heavy shared parts first
MODULES: tuple[str, ...] = (
    # first: the guidance panel's safety cue (its rules take ~0.2 s to compile), needed once something is typed
    # or an entry is opened, so it is not loaded before the journal is listed
    "journal_app.services.safety_cue",
    # then SQLAlchemy: the window opens its journal lean (ui.privacy.unlock_dialog.warmed), and the parts that
    # read through SQLAlchemy (the therapy sessions, the safety plan, imports and exports) make its engine
    # when first used
    "sqlalchemy",
    "sqlalchemy.pool",
    "sqlalchemy.dialects.sqlite",
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "journal_app.charts.render",  # the Patterns view draws its charts with Agg on a worker
    "journal_app.charts",
    # then all that opening Patterns imports (PATTERNS_MODULES), before the export builders: a Patterns opened
    # while this preload runs waits for them (when_charts_ready) and shows sooner
    "journal_app.services.analytics",
    "journal_app.services.cycles",
    "journal_app.services.therapy",
    # the views themselves (widget classes, none made): their first open imported them on the UI thread,
    # compiling them too where no bytecode is cached (100-250 ms at 365,000 entries under load)
    "journal_app.ui.patterns.patterns_view",
    "journal_app.ui.patterns.patterns_pane",
    "journal_app.services.exporting.build",
    "journal_app.services.exporting.markdown",
    "journal_app.services.exporting.pdf",
    "journal_app.ui.therapy.export_options",
    "journal_app.ui.therapy.export_dialog",
)
# what the window's Patterns view imports to be built and fed (patterns_pane.feed): the UI thread waits for
# them without importing (when_charts_ready); tests/ui/test_first_opens.py checks the list
PATTERNS_MODULES: tuple[str, ...] = (
    "journal_app.services.analytics",
    "journal_app.services.cycles",
    "journal_app.services.therapy",
    "journal_app.ui.patterns.patterns_view",
    "journal_app.ui.patterns.patterns_pane",
)
# what opening the Export dialog imports (TherapyController.show_export), SQLAlchemy among them (~0.4 s):
# waited for the same way
EXPORT_MODULES: tuple[str, ...] = (
    "journal_app.ui.therapy.export_options",
    "journal_app.ui.therapy.export_dialog",
)
# what the guidance panel's safety cue imports (compiling its rules: 0.2-0.7 s), the preload's first module
CUE_MODULES: tuple[str, ...] = ("journal_app.services.safety_cue",)
# the database layer (the unlock's opener needs it first), then the window's parts in the order
# MainWindow.build and the journal's opening use them (tests/ui/common/test_preload.py checks that building
# the window and attaching a journal import nothing of the app's beyond these)
DATABASE_MODULES: tuple[str, ...] = (
    "journal_app.services.journal",
    "journal_app.services.backup",
)
WINDOW_MODULES: tuple[str, ...] = (
    *DATABASE_MODULES,
    "journal_app.ui.common.icons",
    "importlib.readers",  # what the first icon's importlib.resources.files() imports (zipfile among them)
    "journal_app.ui.common.theme",
    "journal_app.ui.entries.entry_list_model",
    "journal_app.ui.entries.entry_list_view",
    "journal_app.ui.entries.search_bar",
    "journal_app.ui.entries.entry_editor",
    "journal_app.ui.entries.cycle_controller",
    "journal_app.ui.entries.editing_session",
    "journal_app.ui.shell.window_actions",
    "journal_app.ui.guidance.guidance_controller",
    "journal_app.ui.therapy.therapy_controller",
    "journal_app.ui.entries.calendar_controller",
    "journal_app.ui.shell.help_controller",
    "journal_app.ui.shell.tray",
    "journal_app.ui.privacy.lock_controller",
    "journal_app.services.templates",
    "journal_app.services.drafts",
    "journal_app.ui.entries.draft_keeper",
    "journal_app.ui.entries.write_lane",
    "journal_app.core.files",
)
PAUSE_MS = 300  # after the first page of entries is listed: let it paint and the first clicks answer first
POLL_MS = 100  # then, while the shared pool still runs the start-up work, look again this often
MAX_WAIT_MS = 15000  # but start by then whatever runs
SWITCH_S = 0.0005  # the GIL switch interval while preloading (Python's default is 0.005 s)
BURST_S = 0.004  # a preloading thread imports for this long, then waits for the UI thread's next turn
TICK_MS = 4  # the UI thread's turns while a preload runs
PACE_TIMEOUT_S = 0.05  # but it waits for a turn at most this long
NESTED_BREATHE_S = 0.001  # without a Qt application (no turns): a pause instead
# gc.freeze() as a preload begins and ends: the app turns it on (app.run); tests, which make and drop many
# windows, leave it off so that no window of an earlier test is kept from the collector
FREEZE = False
STOP_WAIT_S = 5.0  # quitting waits this long at most for a preload to stop
LOADED_POLL_MS = 10  # when_loaded: how often to look again while the window's preload is still importing

_started: list[threading.Thread] = []  # the charts' preload
_window: list[threading.Thread] = []  # the window's preload
_loaded: set[str] = set()  # the listed modules a preload is done with (imported, or left for their first use)
_breathing: set[int] = set()  # the threads preloading now
_lock = threading.Lock()
_audited: list[bool] = []  # the audit hook is in (once per process)
_stopping = threading.Event()  # stop(): the app is quitting
_usual_switch: list[float] = []  # the switch interval before the first of the running preloads began
_collecting: list[bool] = []  # whether the cycle collector ran on its own then (FREEZE: it does not meanwhile)
_paced = threading.Event()  # the UI thread's timer runs: a preloading thread waits for its turns
_awaited: list[int] = [0]  # how many when_loaded calls wait for the window's preload now (UI thread only)


class Stopped(BaseException):
    """The app is quitting: a preloading thread stops at the next module it was about to import. Not an
    Exception, so that no library's `except Exception` swallows it and goes on with what it was making: that
    is how matplotlib once saved a font list with no fonts in it (charts/fonts.py), which broke every later
    chart and PDF summary."""


class _Pacer(QObject):
    """The UI thread's side of the pacing: a light timer that, while a preload runs, says every TICK_MS that
    the event loop came round (it stops itself once no preload runs)."""

    def __init__(self) -> None:
        super().__init__()
        # Qt's default (coarse) timer, within 5% of TICK_MS: a precise one needs Qt's namespace (Qt.TimerType), whose
        # first use builds all its ~145 enums (10-40 ms, more on a busy machine) on the UI thread right after the
        # first paint; the window's preload builds them instead, as its modules use them
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        _turn.set()
        if not _breathing and not any(thread.is_alive() for thread in (*_window, *_started)):
            _paced.clear()
            self.timer.stop()


_pacer: list[_Pacer] = []
_turn = threading.Event()  # set by the UI thread's timer: the event loop came round since the worker waited
_burst: dict[int, float] = {}  # per preloading thread: when its current run of imports began


def _pace() -> None:
    """On a preloading thread, before each module: after BURST_S of importing, wait for the UI thread's next
    turn of the event loop (at most PACE_TIMEOUT_S: the UI thread may itself be waiting for a module this
    thread is importing; the next waits are then skipped until a turn comes again)."""
    ident = threading.get_ident()
    began = _burst.get(ident)
    now = time.perf_counter()
    if began is not None and now - began < BURST_S:
        return
    if _awaited[0]:  # the UI thread waits for this preload's modules: it has nothing to do in between
        _burst[ident] = now
        return
    if _paced.is_set():
        if _turn.is_set() or began is None:
            _turn.clear()
            _turn.wait(PACE_TIMEOUT_S)
    else:
        time.sleep(NESTED_BREATHE_S)
    _burst[ident] = time.perf_counter()


def _on_audit(event: str, _args: tuple) -> None:
    """Python announces each module it is about to import (one not imported yet), outside its import locks."""
    if event == "import" and threading.get_ident() in _breathing:
        if _stopping.is_set():
            raise Stopped  # the import fails here, before it began; preload() then stops
        _pace()


def _begin() -> None:
    with _lock:
        if not _audited:
            sys.addaudithook(_on_audit)  # (hooks stay for the life of the process; this one is a no-op then)
            _audited.append(True)
        if not _breathing:
            _usual_switch[:] = [sys.getswitchinterval()]
            sys.setswitchinterval(min(_usual_switch[0], SWITCH_S))
            if FREEZE:
                gc.freeze()  # see the module's notes
                _collecting[:] = [gc.isenabled()]
                gc.disable()  # and no collection meanwhile: one walked all a preload had made (a full one 130 ms)
        _breathing.add(threading.get_ident())


def _end() -> None:
    with _lock:
        _breathing.discard(threading.get_ident())
        _burst.pop(threading.get_ident(), None)
        if not _breathing:
            sys.setswitchinterval(_usual_switch[0] if _usual_switch else 0.005)
            _stopping.clear()
            if FREEZE:
                gc.freeze()  # the modules just imported stay for the life of the process
                if _collecting and _collecting[0]:
                    gc.enable()


def _start_pacer() -> None:
    """On the UI thread, as a preload starts: the timer whose turns pace it (none without a Qt application)."""
    if QCoreApplication.instance() is None:
        return
    if not _pacer:
        _pacer.append(_Pacer())
    _paced.set()
    if not _pacer[0].timer.isActive():
        _pacer[0].timer.start()


def preload(modules: tuple[str, ...] = MODULES) -> list[str]:
    """Import `modules` here, in order, in small steps; returns those that could not be imported (left for
    their first use)."""
    missed = []
    _begin()
    try:
        for name in modules:
            if _stopping.is_set():
                break
            try:
                importlib.import_module(name)
            except Stopped:
                missed.append(name)
                break
            except Exception:
                missed.append(name)
            _loaded.add(name)
            _pace()
    finally:
        _end()
        linecache.clearcache()
    return missed


def start(modules: tuple[str, ...] = MODULES) -> threading.Thread:
    """Start the charts' worker thread now (once per process: a second call returns the first thread)."""
    if _started:
        return _started[0]
    # a daemon thread: quitting the app never waits for imports nobody needs any more
    thread = threading.Thread(target=preload, args=(modules,), name="journal-preload", daemon=True)
    _started.append(thread)
    _start_pacer()
    thread.start()
    return thread


def start_window(modules: tuple[str, ...] = WINDOW_MODULES) -> threading.Thread:
    """Start loading the window's modules on a worker thread now (once per process: a second call returns the
    first thread)."""
    if _window:
        return _window[0]
    thread = threading.Thread(target=preload, args=(modules,), name="journal-preload-window", daemon=True)
    _window.append(thread)
    _start_pacer()
    thread.start()
    return thread


def stop(timeout_s: float = STOP_WAIT_S) -> None:
    """The app is quitting: the preloading threads stop at the next module they were about to import, and this
    waits for them (at most `timeout_s`), so the interpreter never shuts down under an import half-way through
    (with Qt's bindings that can crash on the way out)."""
    running = [t for t in (*_window, *_started) if t.is_alive() and t is not threading.current_thread()]
    if not running:
        return
    _stopping.set()  # (cleared again once no preload runs)
    _turn.set()
    deadline = time.monotonic() + timeout_s
    for thread in running:
        thread.join(max(0.0, deadline - time.monotonic()))


def loaded(modules: Iterable[str] = WINDOW_MODULES) -> bool:
    """Whether the UI thread can use `modules` without waiting for the window's preload: each has been
    loaded by it, or it is not running (never started, or done: what it left out is imported on first use)."""
    if not any(thread.is_alive() for thread in _window):
        return True
    return all(name in _loaded for name in modules)


def when_loaded(modules: Iterable[str], then: Callable[[], None], poll_ms: int = LOADED_POLL_MS) -> None:
    """Call `then()` once `loaded(modules)`: at once when they are, else from the event loop, looking again every
    `poll_ms` (the UI thread goes on answering meanwhile)."""
    modules = tuple(modules)
    if loaded(modules):
        then()
        return
    _awaited[0] += 1  # (the preload stops pausing for the UI thread's turns meanwhile: see _pace)

    def again() -> None:
        if loaded(modules):
            _awaited[0] -= 1
            then()
            return
        QTimer.singleShot(poll_ms, again)

    QTimer.singleShot(poll_ms, again)


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


def imported(modules: Iterable[str]) -> bool:
    """Whether each of `modules` is imported in full (none is still being imported, by a preload or anyone)."""
    for name in modules:
        module = sys.modules.get(name)
        if module is None or getattr(getattr(module, "__spec__", None), "_initializing", False):
            return False
    return True


def charts_ready(modules: Iterable[str]) -> bool:
    """Whether the UI thread can go on to use `modules` without waiting: imported, or the charts' preload is
    over (what it could not import is left for the first use to report)."""
    return imported(modules) or (bool(_started) and not _started[0].is_alive())


def when_charts_ready(modules: Iterable[str], then: Callable[[], None], context: QObject,
                      poll_ms: int = LOADED_POLL_MS) -> None:
    """Call `then()` once `modules` (of MODULES) are imported, without importing them on this thread: at once
    when they are; else the charts' preload starts now if it has not yet (a view opened in the first seconds),
    and `then()` follows from the event loop once it has them, or once it is over (what it could not import is
    then left for the first use to report). The UI thread goes on answering meanwhile. Once `context` (the
    object asking: a window, a controller) is deleted, `then()` is not called."""
    modules = tuple(modules)
    if charts_ready(modules):
        then()
        return
    thread = start()

    def again() -> None:
        if imported(modules) or not thread.is_alive():
            then()
            return
        QTimer.singleShot(poll_ms, context, again)

    QTimer.singleShot(poll_ms, context, again)
