"""Issue 17: Patterns opened in the first seconds, before the background preload has loaded matplotlib, the
charts and the analytics, once froze the window 1.2-3.5 s while the UI thread imported them. Now a calm note
shows at once, the UI thread imports none of them and keeps answering, and the view with its report follows
once the preload has them. Run in a fresh interpreter, as the app starts: nothing of them is imported yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from journal_app.ui.common import preload

pytestmark = pytest.mark.gui
HEAVY = ("matplotlib", "numpy", "PIL", "journal_app.charts", "journal_app.services.analytics",
         "journal_app.services.cycles", "journal_app.services.therapy", "journal_app.ui.patterns.patterns_view",
         "journal_app.ui.patterns.chart_view", "journal_app.ui.patterns.cycle_page")

SCRIPT = r'''
import json, sys, threading, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from journal_app.ui.common import preload
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.shell.main_window import MainWindow
preload.start_window().join(120)
from journal_app.services.journal import Journal
from journal_app.models.values import EntryForm
from datetime import datetime, timezone
folder = Path(sys.argv[1])
journal = Journal.open(folder, create=True)
journal.save(EntryForm(occurred_at=datetime.now(timezone.utc), title="Call", body="He went quiet."))
window = MainWindow(Preferences(), deferred=True)
window.show(); window.build()
from journal_app.ui.privacy.lock_controller import LockController
controller = LockController(window, folder, window.prefs)
controller.attach(journal)
app.processEvents()
held, real = threading.Event(), preload.importlib.import_module
class Held:  # the charts' preload waits here before its first module until the test lets it go
    @staticmethod
    def import_module(name):
        assert held.wait(60)
        return real(name)
preload.importlib = Held
ui, on_ui = threading.get_ident(), []
sys.addaudithook(lambda event, args: event == "import" and threading.get_ident() == ui and on_ui.append(args[0]))
def spin(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(); time.sleep(0.002)
began = time.perf_counter()
window.show_patterns()
opened_s = time.perf_counter() - began
note = window.right.currentWidget()
result = {"opened_s": opened_s, "note": note.text(), "checked": window.patterns_action.isChecked()}
ticks = []
QTimer.singleShot(20, lambda: ticks.append(time.perf_counter()))
tick_from = time.perf_counter()
spin(1.0)  # the preload is held: the view waits, the window answers
result["tick_ms"] = (ticks[0] - tick_from) * 1000 if ticks else None
result["built_while_held"] = window.patterns is not None
held.set()
end = time.perf_counter() + 60
while time.perf_counter() < end and not (window.patterns is not None and window.is_shown(window.patterns)
                                         and window.patterns.report is not None and not window.patterns.loading):
    spin(0.02)
view = window.patterns
result["entries"] = view.report.entries if view is not None and view.report is not None else None
result["on_ui"] = sorted(set(on_ui))
print(json.dumps(result))
controller.journal.close()
import os; os._exit(0)
'''


def test_patterns_opened_before_the_preload_is_done_imports_nothing_heavy_on_the_ui_thread(tmp_path):
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "j")], capture_output=True, text=True,
                          timeout=240, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                                            "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["note"] == "Getting your patterns ready…" and result["checked"]
    assert result["opened_s"] < 0.1  # the note shows at once
    assert result["tick_ms"] is not None and result["tick_ms"] < 200  # a 20 ms timer answered while held
    assert not result["built_while_held"]
    assert result["entries"] == 1  # the view and its report came once the preload was let go
    heavy = [m for m in result["on_ui"] if m.startswith(HEAVY)]
    assert heavy == [], heavy


def test_the_preload_loads_all_that_opening_patterns_needs_and_early():
    """Every module Patterns waits for is one the charts' preload imports, before the export builders."""
    for name in preload.PATTERNS_MODULES:
        assert name in preload.MODULES
        assert preload.MODULES.index(name) < preload.MODULES.index("journal_app.services.exporting.build")
