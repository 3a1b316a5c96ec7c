"""Item 7 of issue 14: a wrong passphrase changes nothing on disk, not even half-written copies
(backups/*.partial, journal.db.new), and an open of any kind never breaks a backup another process is
writing at that moment. Leftovers of a crash are still removed, once the key is right and by the holder
of the writer lock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.errors import WrongPassphrase
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.system.instance_lock import JournalLock

from .conftest import PASSPHRASE, make_entries, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _leftovers(folder: Path) -> list[Path]:
    (folder / "backups").mkdir(mode=0o700, exist_ok=True)
    made = [folder / "backups" / "journal-20250101T000000000000Z-manual.db.partial", folder / "journal.db.new",
            folder / "journal.db.new.partial"]
    for path in made:
        path.write_bytes(os.urandom(8192))
    return made


def test_wrong_passphrase_leaves_partials_and_new_file_alone(data_dir):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 5)
    made = _leftovers(data_dir)
    before = snapshot(data_dir)
    for wrong in ("wrong", PASSPHRASE.upper(), PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase):
            Journal.open(data_dir, passphrase=wrong)
        assert snapshot(data_dir) == before, "every file byte for byte, partials included"
    # the right passphrase, with nobody else holding the writer lock: a crash's leftovers go
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 5
    assert not any(p.exists() for p in made)


def test_leftovers_stay_while_another_process_holds_the_writer_lock(data_dir):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 3)
    made = _leftovers(data_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom journal_app.system.instance_lock import JournalLock\n"
         f"lock = JournalLock({str(data_dir)!r}); assert lock.acquire(); print('held', flush=True)\n"
         "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:  # a reader, like `journal-app list`
            assert journal.entry_count() == 3
        assert all(p.exists() for p in made), "the writer's journal.db.new may be a restore in progress"
    finally:
        holder.communicate("", timeout=30)
    # the lock held in this very process (the window) counts as ours
    lock = JournalLock(data_dir)
    assert lock.acquire()
    try:
        Journal.open(data_dir, passphrase=PASSPHRASE).close()
    finally:
        lock.release()
    assert not any(p.exists() for p in made)


SLOW_BACKUP = """
import sys, time
from pathlib import Path
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.store import copies

real_verify = copies.verify
def paused_verify(path, key, expected=None):
    if str(path).endswith('.partial'):
        print('partial ' + str(path), flush=True)
        while not Path(sys.argv[2]).exists():  # wait until the other opens are done
            time.sleep(0.05)
    return real_verify(path, key, expected)
copies.verify = paused_verify
with Journal.open(sys.argv[1], passphrase=sys.argv[3]) as journal:
    made = backup.make_backup(journal)
print('done ' + str(made.path), flush=True)
"""


def test_a_backup_in_another_process_survives_opens(data_dir, tmp_path):
    """A backup written by another process (which does not take the writer lock, like `journal-app
    backup`) is paused halfway, its .partial on disk; meanwhile a wrong passphrase and a right one open
    the journal here. The backup then finishes and verifies."""
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        saved = make_entries(journal, 8)
    go = tmp_path / "go"
    worker = subprocess.Popen([sys.executable, "-c", SLOW_BACKUP, str(data_dir), str(go), PASSPHRASE],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        line = worker.stdout.readline().strip()
        assert line.startswith("partial "), line + worker.stderr.read()
        partial = Path(line.split(" ", 1)[1])
        assert partial.exists()
        before = snapshot(data_dir)
        with pytest.raises(WrongPassphrase):
            Journal.open(data_dir, passphrase="not it")
        assert snapshot(data_dir) == before
        with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:  # a reader that tidies leftovers
            assert journal.entry_count() == len(saved)
        assert partial.exists(), "a copy still being written is not a leftover"
        go.touch()
        out, err = worker.communicate(timeout=60)
    finally:
        if worker.poll() is None:
            go.touch()
            worker.kill()
    assert worker.returncode == 0, err
    made = Path(out.strip().split("done ", 1)[1])
    assert made.is_file() and not partial.exists()
    assert [b.path for b in backup.list_backups(data_dir)] == [made]
    # the backup opens with the passphrase, with every entry
    from journal_app.store import copies

    assert copies.verify(made, PASSPHRASE)["entry"] == len(saved)
