"""The window is built in short slices after its first paint (issue 17): MainWindow.build_in_slices makes the
same window as build(), one step per turn of the event loop, each step once the background preload has loaded
its modules, and app.run opens a plain journal on a worker, so the UI thread never waits for either."""

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from journal_app.ui.common import preload
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def shape(window: MainWindow) -> list[str]:
    """The window's menus, toolbar and parts, as names, to compare two windows."""
    menus = [a.text() for menu in (window.journal_menu, window.edit_menu, window.help_menu) for a in menu.actions()]
    tools = [a.text() for a in window.toolbar.actions()]
    parts = sorted(type(w).__name__ for w in window.findChildren(QWidget))
    return [*menus, "|", *tools, "|", *parts]


def sliced(qtbot, window: MainWindow, turns: list[int] | None = None) -> list[str]:
    """Build `window` in slices; returns what was said ("done", or the failure)."""
    said: list[str] = []
    if turns is not None:  # count the turns of the event loop while it builds
        tick = QTimer(window)
        tick.timeout.connect(lambda: turns.append(1))
        tick.start(0)
    window.build_in_slices(lambda: said.append("done"), lambda exc: said.append(f"failed: {exc}"))
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    return said


def test_the_sliced_build_makes_the_same_window_as_build(qtbot):
    whole = MainWindow(Preferences())
    qtbot.addWidget(whole)
    parts = MainWindow(Preferences(), deferred=True)
    qtbot.addWidget(parts)
    assert not hasattr(parts, "editor")  # the light shell only
    turns: list[int] = []
    assert sliced(qtbot, parts, turns) == ["done"]
    assert shape(parts) == shape(whole)
    assert len(turns) >= 5  # the event loop came round between the steps, not once at the end
    assert not parts.new_action.isEnabled()  # no journal yet, as after build()


def test_the_event_loop_runs_between_the_steps(qtbot):
    window = MainWindow(Preferences(), deferred=True)
    qtbot.addWidget(window)
    window.show()
    said: list[str] = []
    window.build_in_slices(lambda: said.append("done"), lambda exc: said.append(str(exc)))
    assert not hasattr(window, "model")  # nothing was built inside the call itself
    seen_partly_built = []

    def look() -> None:
        if not said and hasattr(window, "model") and not hasattr(window, "toolbar"):
            seen_partly_built.append(True)

    tick = QTimer(window)
    tick.timeout.connect(look)
    tick.start(0)
    qtbot.waitUntil(lambda: said == ["done"], timeout=10000)
    assert seen_partly_built  # a timer ran while the list was built and the actions were not yet


def test_a_step_waits_for_its_modules_without_blocking(qtbot, monkeypatch):
    ready = {"journal_app.ui.entries.entry_editor": False}
    monkeypatch.setattr(preload, "loaded", lambda modules=(): all(ready.get(m, True) for m in modules))
    window = MainWindow(Preferences(), deferred=True)
    qtbot.addWidget(window)
    said: list[str] = []
    window.build_in_slices(lambda: said.append("done"), lambda exc: said.append(str(exc)))
    qtbot.waitUntil(lambda: hasattr(window, "list_view"), timeout=5000)  # the list's step ran
    qtbot.wait(100)  # the event loop keeps running (qtbot.wait returns), the editor's step waits
    assert not hasattr(window, "editor") and said == []
    ready["journal_app.ui.entries.entry_editor"] = True
    qtbot.waitUntil(lambda: said == ["done"], timeout=10000)
    assert window.editor is not None


def test_a_failing_step_is_said_and_the_build_stops(qtbot, monkeypatch):
    window = MainWindow(Preferences(), deferred=True)
    qtbot.addWidget(window)

    def broken() -> None:
        raise RuntimeError("no editor today")

    monkeypatch.setattr(window, "_build_editor_area", broken)
    assert sliced(qtbot, window) == ["failed: no editor today"]
    qtbot.wait(50)
    assert not hasattr(window, "session")  # the steps after it did not run


def test_a_window_built_in_slices_shows_a_journal(qtbot, journal):
    window = MainWindow(Preferences(), deferred=True)
    qtbot.addWidget(window)
    window.show()
    assert sliced(qtbot, window) == ["done"]
    window.attach(journal)
    assert window.new_action.isEnabled() and window.journal is journal


def test_run_opens_a_plain_journal_on_a_worker_and_lists_it(tmp_path):
    """app.run in a real process: Journal.open runs off the UI thread, the window keeps its heartbeat while
    the journal opens, and the newest entries are listed."""
    from journal_app.services.journal import Journal

    folder = tmp_path / "data" / "journal-app"
    Journal.init(folder).close()
    code = (
        "import sys, threading\n"
        "from PySide6.QtCore import QTimer\n"
        "from journal_app import app\n"
        "from journal_app.services import journal as journal_module\n"
        "opened = journal_module.Journal.open.__func__\n"
        "where = []\n"
        "def open_(cls, *args, **kw):\n"
        "    where.append(threading.current_thread() is threading.main_thread())\n"
        "    return opened(cls, *args, **kw)\n"
        "journal_module.Journal.open = classmethod(open_)\n"
        "def watch(stage, window):\n"
        "    print(stage, file=sys.stderr)\n"
        "    if stage == 'journal listed':\n"
        "        print('on the UI thread:', where, 'rows:', window.model.rowCount(), file=sys.stderr)\n"
        "        QTimer.singleShot(0, window.close)\n"
        "app.startup_watchers.append(watch)\n"
        f"sys.exit(app.run(__import__('pathlib').Path({str(folder)!r})))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "window shown" in done.stderr and "journal listed" in done.stderr, done.stderr
    assert "on the UI thread: [False] rows: 0" in done.stderr, done.stderr
    assert time.monotonic() - started < 120


def test_run_says_why_a_plain_journal_did_not_open_and_leaves(tmp_path):
    """A file that is not a journal: opened on the worker, said in a message box on the UI thread, and the app
    leaves with the command line's exit status for it."""
    folder = tmp_path / "data" / "journal-app"
    folder.mkdir(parents=True)
    (folder / "journal.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"not really" * 500)
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "from journal_app import app\n"
        "said = []\n"
        "def critical(parent, title, text, *a, **kw):\n"
        "    said.append(text)\n"
        "    return QMessageBox.StandardButton.Ok\n"
        "QMessageBox.critical = critical\n"
        f"code = app.run(__import__('pathlib').Path({str(folder)!r}))\n"
        "print('said:', bool(said), 'code:', code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "said: True code: " in done.stdout, (done.stdout, done.stderr)
    assert "code: 0" not in done.stdout  # it left with a failure status


def test_every_step_waits_only_for_modules_the_window_preload_loads():
    window = MainWindow.__new__(MainWindow)  # the steps are listed without building anything
    named = [module for modules, _step in MainWindow._build_steps(window) for module in modules]
    assert named and set(named) <= set(preload.WINDOW_MODULES)


def test_other_timers_run_between_the_steps(qtbot, monkeypatch):
    """The steps follow each other on real timers, not as zero-delay posted events (Qt runs those one after
    another in one pass): a heartbeat like the benchmark's watchdog gets its turn in between."""
    from PySide6.QtCore import Qt

    window = MainWindow(Preferences(), deferred=True)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    steps = MainWindow._build_steps

    def marked(self):
        for modules, step in steps(self):
            yield modules, (lambda step=step: (seen.append("step"), step(), time.sleep(0.006)))

    monkeypatch.setattr(MainWindow, "_build_steps", marked)
    beat = QTimer(window)
    beat.setTimerType(Qt.TimerType.PreciseTimer)
    beat.timeout.connect(lambda: seen.append("beat"))
    beat.start(5)
    said: list[str] = []
    window.build_in_slices(lambda: said.append("done"), lambda exc: said.append(str(exc)))
    qtbot.waitUntil(lambda: said == ["done"], timeout=10000)
    first, last = seen.index("step"), len(seen) - 1 - seen[::-1].index("step")
    between = seen[first:last]
    assert between.count("beat") >= between.count("step") - 2  # a beat between (nearly) every two steps
