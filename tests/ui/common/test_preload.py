"""The background preload (issue 17): after the first paint a worker thread imports matplotlib, the chart
modules and the export builders, so the first Patterns open and the first Export dialog do not wait for them."""

import os
import subprocess
import sys
import threading

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

    monkeypatch.setattr(preload, "BREATHE_S", 0)
    linecache.getlines(preload.__file__)  # what shiboken's import hook leaves behind for every module
    assert preload.__file__ in linecache.cache
    preload.preload(("json",))
    assert preload.__file__ not in linecache.cache
