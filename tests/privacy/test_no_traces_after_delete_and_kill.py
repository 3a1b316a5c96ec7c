"""Issue 14's privacy acceptance, end to end through the command line on a journal without a passphrase (the
one where `grep -a` could read words): a shared entry holding a canary is exported, then moved to the Trash
and the Trash emptied; exports after that are killed outright (SIGKILL) mid-write, and the next command runs.
Afterwards neither the data folder nor the export folder holds the canary (in UTF-8 or UTF-16, any case) or
any half-written export. The export written before the deletion is the person's own file and is removed
first, as they would (it legitimately holds the words)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import files_containing

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Vorquillastrand"  # a made-up word found nowhere else
KILLS = int(os.environ.get("JOURNAL_APP_DELETE_KILL_TRIALS", "3"))

pytestmark = pytest.mark.slow


def _cli(data_dir: Path, *argv: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("JOURNAL_APP_PASSPHRASE", None)
    return subprocess.run([sys.executable, "-m", "journal_app", "--data-dir", str(data_dir), *argv], input=stdin,
                          capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=300, check=False)


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if re.fullmatch(r"\..+\.[0-9a-f]{12}\.partial", p.name)]


def test_deleted_words_and_killed_exports_leave_no_trace(tmp_path):
    data_dir, out_dir = tmp_path / "journal", tmp_path / "exports"
    out_dir.mkdir()
    assert _cli(data_dir, "init", "--no-passphrase").returncode == 0
    filler = "an ordinary evening with ordinary words " * 2000  # long entries: exports take a moment
    for day in range(1, 29):
        done = _cli(data_dir, "add", "-", "--share", "--at", f"2026-11-{day:02d}T20:00", stdin=filler)
        assert done.returncode == 0, done.stderr
    added = _cli(data_dir, "add", f"He said {CANARY} and I went quiet. " * 50, "--title", f"{CANARY} night",
                 "--share", "--at", "2026-11-29T21:00")
    assert added.returncode == 0, added.stderr
    entry = added.stdout.strip()

    before = out_dir / "before.md"
    done = _cli(data_dir, "export", str(before), "--from", "2026-11-01", "--to", "2026-11-30")
    assert done.returncode == 0, done.stderr
    assert files_containing(out_dir, [CANARY])  # the grep below would see it: the person's own file, which
    before.unlink()  # they delete themselves

    assert _cli(data_dir, "delete", entry).returncode == 0
    emptied = _cli(data_dir, "empty-trash", "--yes")
    assert emptied.returncode == 0, emptied.stderr

    killed_mid_write = 0
    for trial in range(KILLS):
        target = out_dir / f"after-{trial}.json"  # the whole journal as JSON: the slowest export
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.Popen([sys.executable, "-m", "journal_app", "--data-dir", str(data_dir), "export",
                                 str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                cwd=str(ROOT))
        deadline = time.monotonic() + 120
        while not _partials(out_dir) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed_mid_write += bool(_partials(out_dir))
        proc.communicate(timeout=120)
        assert _cli(data_dir, "list", "--limit", "1").returncode == 0  # the next run tidies up
        target.unlink(missing_ok=True)  # a finished export (it was quicker than the kill) is the person's

    assert _partials(out_dir) == [], "a killed export's partial file was left behind"
    assert not (data_dir / "exports-in-progress").exists()
    assert files_containing(data_dir, [CANARY]) == []
    assert files_containing(out_dir, [CANARY]) == []
    assert killed_mid_write >= 1 or KILLS == 0, "no kill landed while an export was being written"
