"""What the window's start loads, and when (issue 17: first window within 1.3x a bare Qt window, the newest
entries within 600 ms). Measured in a fresh interpreter running the real app.run on a plain journal: before the
first paint nothing of the journal's layers and nothing costly of Qt's; before the entries are listed not the
safety cue's rules, which the background preload loads right after."""

import json
import os
import subprocess
import sys
from datetime import datetime

from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal

# costly to import, and not needed before the window has painted (ms: on the 2-core benchmark machine)
NOT_BEFORE_THE_FIRST_PAINT = (
    "journal_app.services",  # the journal's layers: they load on a worker meanwhile
    "journal_app.store",
    "sqlalchemy",
    "sqlcipher3",
    "matplotlib",
    "journal_app.ui.common.retranslation",  # the widgets' classes and Qt's namespace (~15 ms): Settings only
    "ctypes.util",  # ~20 ms (subprocess, and perhaps ldconfig) for the allocator's setting
    "subprocess",
)
NOT_BEFORE_THE_ENTRIES = (
    "journal_app.services.safety_cue",  # its rules take ~0.2 s to compile
    "sqlalchemy",  # ~0.15 s: the window's journal is opened lean, SQLAlchemy's engine made when first needed
    "alembic",
    "matplotlib",
)

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from journal_app import app

seen = {}

def watcher(stage, window):
    seen[stage] = sorted(sys.modules)
    if stage == "journal listed":
        QTimer.singleShot(0, window.close)

app.startup_watchers.append(watcher)
code = app.run(Path(sys.argv[1]))
print(json.dumps(seen))
sys.exit(code)
"""


def loaded(modules: list[str], wanted: tuple[str, ...]) -> list[str]:
    return sorted(w for w in wanted if any(m == w or m.startswith(w + ".") for m in modules))


def test_the_first_paint_and_the_first_page_load_only_what_they_need(tmp_path):
    folder = tmp_path / "journal"
    with Journal.open(folder, create=True) as journal:
        journal.save(EntryForm(occurred_at=datetime(2026, 3, 1, 9), title="A first moment",
                               body="We talked, and it went better than I feared."))
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(folder)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(seen) == {"window shown", "journal listed"}
    assert loaded(seen["window shown"], NOT_BEFORE_THE_FIRST_PAINT) == []
    assert loaded(seen["journal listed"], NOT_BEFORE_THE_ENTRIES) == []
    assert "journal_app.services.journal" in seen["journal listed"]  # (the test sees the journal's layers load)
