"""The background preloads (issue 17): while the passphrase is typed (or the light window paints) a worker
thread imports the window's modules, and after the first paint another imports matplotlib, the chart modules and
the export builders, so neither the window's build, the first Patterns open nor the first Export dialog waits
for them; both import in short bursts paced by the UI thread."""

import os
import subprocess
import sys
import threading
import time
import types

from journal_app.ui.common import preload


def test_preload_imports_on_a_worker_thread_and_names_what_it_could_not(monkeypatch):
    seen = []

    def fake_import(name):
        seen.append((name, threading.current_thread().name))
        if name == "missing.module":
            raise ImportError(name)

    monkeypatch.setattr(preload.importlib, "import_module", fake_import)
    monkeypatch.setattr(preload, "_started", [])
    thread = preload.start(("json", "missing.module", "csv"))
    thread.join(10)
    assert [name for name, _ in seen] == ["json", "missing.module", "csv"]
    assert {where for _, where in seen} == {"journal-preload"}
    assert thread.daemon  # quitting never waits for it
    assert preload.start(("other",)) is thread  # once per process
    assert preload.preload(("json", "missing.module")) == ["missing.module"]


def test_preload_after_paint_waits_for_the_event_loop(qtbot, monkeypatch):
    started = []
    monkeypatch.setattr(preload, "start", lambda: started.append(True))
    preload.preload_after_paint(pause_ms=20)
    assert started == []  # not before the window has had its turn
    qtbot.waitUntil(lambda: started == [True], timeout=5000)


def test_every_preloaded_module_imports_off_the_gui_thread():
    """In a fresh interpreter, with a QApplication as in the app: the real list imports on the worker without
    an error, and the chart modules are there afterwards."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from journal_app.ui.common import preload; t = preload.start(); t.join(120); "
        "print(preload.preload(), 'journal_app.charts' in sys.modules, 'matplotlib.figure' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "True", "True"]


def test_preload_lets_go_of_the_source_lines_pyside_made_python_keep(monkeypatch):
    import linecache

    monkeypatch.setattr(preload, "PACE_TIMEOUT_S", 0)
    monkeypatch.setattr(preload, "NESTED_BREATHE_S", 0)
    linecache.getlines(preload.__file__)  # what shiboken's import hook leaves behind for every module
    assert preload.__file__ in linecache.cache
    preload.preload(("json",))
    assert preload.__file__ not in linecache.cache


def test_the_window_modules_cover_what_building_the_window_and_showing_a_journal_import(tmp_path):
    """In a fresh interpreter: once the window's preload is done, building the main window, its lock controller
    and attaching a journal import nothing more of the app's, so the UI thread never stops to import."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from journal_app.ui.common import preload\n"
        "from journal_app.ui.common.preferences import Preferences\n"
        "from journal_app.ui.shell.main_window import MainWindow\n"
        "preload.start_window().join(120)\n"
        "from journal_app.services.journal import Journal\n"
        f"folder = Path({str(tmp_path / 'j')!r})\n"
        "journal = Journal.open(folder, create=True)\n"
        "before = {m for m in sys.modules if m.startswith('journal_app')}\n"
        "window = MainWindow(Preferences(), deferred=True)\n"
        "window.show(); window.build()\n"
        "from journal_app.ui.privacy.lock_controller import LockController\n"
        "controller = LockController(window, folder, window.prefs)\n"
        "controller.attach(journal); app.processEvents()\n"
        "print(sorted({m for m in sys.modules if m.startswith('journal_app')} - before))\n"
        "controller.journal.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                               "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_when_loaded_waits_for_the_window_preload_without_blocking(qtbot, monkeypatch):
    gate = threading.Event()
    monkeypatch.setattr(preload, "_window", [])
    monkeypatch.setattr(preload, "_loaded", set())

    def slow_import(name):
        gate.wait(10)

    monkeypatch.setattr(preload.importlib, "import_module", slow_import)
    thread = preload.start_window(("some.module",))
    called = []
    preload.when_loaded(("some.module",), lambda: called.append(True))
    assert not preload.loaded(("some.module",)) and called == []
    assert preload._awaited == [1]  # the preload knows the UI thread waits for it (see the next test)
    qtbot.wait(50)  # the event loop runs meanwhile
    assert called == []
    gate.set()
    qtbot.waitUntil(lambda: called == [True], timeout=5000)
    assert preload._awaited == [0]
    thread.join(5)
    assert preload.loaded(("another.module",))  # the preload is over: nothing is waited for any more


def busy_imports(monkeypatch, starts: list[float]) -> None:
    """Each 'import' is Python work for twice BURST_S, as an import's body is."""

    def busy_import(name):
        starts.append(time.perf_counter())
        end = time.perf_counter() + 2 * preload.BURST_S
        while time.perf_counter() < end:
            pass

    monkeypatch.setattr(preload.importlib, "import_module", busy_import)
    monkeypatch.setattr(preload, "_started", [])


def test_a_preload_waits_for_the_ui_threads_turn_between_bursts(qtbot, monkeypatch):
    """After BURST_S of importing, the worker waits until the UI thread's timer came round: the window answers
    between two bursts."""
    starts: list[float] = []
    busy_imports(monkeypatch, starts)
    monkeypatch.setattr(preload, "PACE_TIMEOUT_S", 5.0)  # were the turns not seen, each wait would be 5 s
    turns: list[float] = []
    preload._turn.set = (lambda real=preload._turn.set: turns.append(time.perf_counter()) or real())
    try:
        thread = preload.start(("a", "b", "c"))
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    finally:
        del preload._turn.set
    assert len(starts) == 3 and starts[2] - starts[0] < 4.0
    assert any(starts[0] < t < starts[1] for t in turns) and any(starts[1] < t < starts[2] for t in turns)


def test_a_held_ui_thread_makes_the_preload_wait_only_so_long(qtbot, monkeypatch):
    """The UI thread may itself wait for a module the worker is importing: then the worker waits for a turn at
    most PACE_TIMEOUT_S, and goes on without waiting until a turn comes again (no deadlock, no long stall)."""
    starts: list[float] = []
    busy_imports(monkeypatch, starts)
    monkeypatch.setattr(preload, "PACE_TIMEOUT_S", 0.3)
    thread = preload.start(("a", "b", "c"))
    time.sleep(1.0)  # the UI thread is held: no turn comes
    assert len(starts) == 3  # all three ran meanwhile
    assert starts[1] - starts[0] >= 0.25  # the first wait lasted the timeout
    assert starts[2] - starts[1] < 0.25  # the next did not wait again
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)


def test_a_preload_the_ui_thread_waits_for_does_not_pause_for_turns(qtbot, monkeypatch):
    """While the UI thread itself waits for the preload's modules (when_loaded), pausing for its turns would only
    make it wait longer: the preload imports back to back, even with no turn coming at all."""
    starts: list[float] = []
    busy_imports(monkeypatch, starts)
    monkeypatch.setattr(preload, "PACE_TIMEOUT_S", 0.3)  # each wait for a turn would last this long here
    monkeypatch.setattr(preload, "_awaited", [1])
    thread = preload.start(("a", "b", "c"))
    time.sleep(0.6)  # the UI thread is held: no turn comes
    assert len(starts) == 3 and starts[2] - starts[0] < 0.25  # no wait for a turn
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)


def test_nested_imports_are_paced_too(tmp_path, monkeypatch):
    (tmp_path / "paced_outer.py").write_text("import paced_inner\n")
    (tmp_path / "paced_inner.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    paced = []
    monkeypatch.setattr(preload, "_pace", lambda: paced.append(threading.current_thread().name))
    worker = threading.Thread(target=preload.preload, args=(("paced_outer",),), name="paced")
    worker.start()
    worker.join(10)
    assert "paced_inner" in sys.modules
    assert paced.count("paced") >= 2  # before the nested module (its audit event), and after the listed one
    assert set(paced) == {"paced"}
    preload._on_audit("import", ("other",))  # on a thread that is not preloading: nothing
    assert set(paced) == {"paced"}


def test_a_preload_moves_what_it_imported_out_of_the_collectors_sight(monkeypatch):
    import gc

    gc.unfreeze()
    preload.preload(("json",))
    assert gc.get_freeze_count() == 0  # off unless the app turns it on (tests drop many windows)
    monkeypatch.setattr(preload, "FREEZE", True)
    try:
        preload.preload(("json",))
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_collector_does_not_run_on_its_own_while_a_preload_runs(monkeypatch, tmp_path):
    """A full collection in the middle of matplotlib's imports walked everything they had made, holding the GIL
    130 ms. With the app's FREEZE, the collector rests while a preload runs and is back as it was after."""
    import gc

    (tmp_path / "collector_seen.py").write_text("import gc\nENABLED = gc.isenabled()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(preload, "FREEZE", True)
    was = gc.isenabled()
    try:
        gc.enable()
        preload.preload(("collector_seen",))
        assert sys.modules["collector_seen"].ENABLED is False and gc.isenabled()
        gc.disable()  # someone had it off: it stays off
        preload.preload(("json",))
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        if was:
            gc.enable()


def test_quitting_stops_a_preload_at_its_next_module(monkeypatch, tmp_path):
    """app.run calls stop() as it returns: the worker stops before its next module (a nested one too) and is
    waited for, so the interpreter never exits under an import half-way through."""
    (tmp_path / "stop_outer.py").write_text("import stop_inner\n")
    (tmp_path / "stop_inner.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    gate = threading.Event()
    seen = []
    real_import = preload.importlib.import_module

    def gated(name):
        seen.append(name)
        if name == "first":
            gate.wait(10)
            return None
        return real_import(name)

    monkeypatch.setattr(preload.importlib, "import_module", gated)
    monkeypatch.setattr(preload, "_started", [])
    thread = preload.start(("first", "stop_outer", "never"))
    while not seen:
        time.sleep(0.01)
    stopper = threading.Thread(target=preload.stop)
    stopper.start()
    time.sleep(0.05)
    gate.set()
    stopper.join(10)
    assert not thread.is_alive()
    assert "never" not in seen
    assert "stop_inner" not in sys.modules  # the nested import was refused before it began
    assert not preload._stopping.is_set()  # a later preload (none in the app) would run again


def test_a_stop_is_not_swallowed_by_a_librarys_own_error_handling(monkeypatch, tmp_path):
    """matplotlib builds its font list in a loop that skips every font it cannot read (`except Exception`),
    then saves the list. Stopped half-way, it must not go on and save an empty list that every later run
    trusts (the CI failure behind charts/fonts.py): the stop ends the library's import instead."""
    saved = tmp_path / "fontlist.json"
    gate = types.SimpleNamespace(entered=threading.Event(), go=threading.Event(), path=str(saved))
    monkeypatch.setitem(sys.modules, "catch_gate", gate)
    (tmp_path / "catch_all_outer.py").write_text(
        "import catch_gate\n"
        "catch_gate.entered.set()\n"
        "catch_gate.go.wait(10)\n"
        "made = []\n"
        "for name in ('catch_inner_a', 'catch_inner_b'):\n"
        "    try:\n"
        "        __import__(name)\n"
        "        made.append(name)\n"
        "    except Exception:\n"
        "        pass\n"
        "open(catch_gate.path, 'w').write(','.join(made))\n")
    for name in ("catch_inner_a", "catch_inner_b"):
        (tmp_path / f"{name}.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(preload, "_started", [])
    thread = preload.start(("catch_all_outer", "never"))
    assert gate.entered.wait(10)
    stopper = threading.Thread(target=preload.stop)
    stopper.start()
    while not preload._stopping.is_set():
        time.sleep(0.005)
    gate.go.set()
    stopper.join(10)
    assert not thread.is_alive()
    assert not saved.exists()  # the library did not go on to save what it had half made
    assert "catch_all_outer" not in sys.modules and "catch_inner_a" not in sys.modules
    assert not preload._stopping.is_set()


def test_when_charts_ready_waits_for_the_preload_without_blocking_and_not_for_a_gone_asker(qtbot, monkeypatch):
    """A view opened before the charts' preload is done: the preload starts at once if it had not, the UI thread
    goes on, and `then` follows once it is over; not for an asker (a closed window) that is gone by then."""
    import shiboken6
    from PySide6.QtCore import QObject

    gate = threading.Event()
    monkeypatch.setattr(preload, "_started", [])
    monkeypatch.setattr(preload, "_loaded", set())
    monkeypatch.setattr(preload.importlib, "import_module", lambda name: gate.wait(10))
    kept, gone, called = QObject(), QObject(), []
    preload.when_charts_ready(("no.such.module",), lambda: called.append("kept"), kept)
    preload.when_charts_ready(("no.such.module",), lambda: called.append("gone"), gone)
    assert len(preload._started) == 1 and preload._started[0].is_alive()  # started by the first ask
    qtbot.wait(50)  # the event loop runs meanwhile
    assert called == []
    shiboken6.delete(gone)
    gate.set()
    qtbot.waitUntil(lambda: called == ["kept"], timeout=10000)
    qtbot.wait(50)
    assert called == ["kept"]
    preload.when_charts_ready(("json",), lambda: called.append("at once"), kept)
    assert called == ["kept", "at once"]  # imported already: no wait
