"""A backup killed half-way (SIGKILL, a power cut) leaves its .partial copy and SQLite's rollback journal
beside it (NAME.db.partial-journal). Both are owner-only while they exist, are never listed as backups, are
never restored, and are gone after the next backup or the next open, in the journal's own backups folder and
in a folder chosen in Settings, where only names made from our backups' names are touched."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.services import backup
from journal_app.services.journal import Journal

from .conftest import PASSPHRASE, make_entries

# The child opens the journal and makes one backup; SQLite's progress handler kills it (SIGKILL, no clean-up
# of any kind) while sqlcipher_export is writing the copy, once the copy's rollback journal exists. A tiny
# page cache for the copy makes SQLite write pages (and journal them) during the export, not at COMMIT.
KILL_MID_EXPORT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from journal_app.services import backup
    from journal_app.services.journal import Journal
    from journal_app.store import driver

    real_export = driver.export

    def export(conn, dest, key, *, before=None):
        def kill_once_journalled():
            if os.path.exists(dest + "-journal") and os.path.getsize(dest) > 4096:
                os.kill(os.getpid(), signal.SIGKILL)
            return 0
        def small_cache(conn):
            conn.execute("PRAGMA export.cache_size = 2")
            return before(conn)
        conn.set_progress_handler(kill_once_journalled, 50)
        return real_export(conn, dest, key, before=small_cache)

    driver.export = export
    folder = sys.argv[2] if len(sys.argv) > 2 else None
    journal = Journal.open(sys.argv[1], passphrase=os.environ["JP"])
    backup.make_backup(journal, folder=folder)
    print("finished without being killed")
""")


def _kill_mid_backup(data_dir: Path, folder: Path | None = None) -> None:
    args = [sys.executable, "-c", KILL_MID_EXPORT, str(data_dir)] + ([str(folder)] if folder else [])
    done = subprocess.run(args, env={**os.environ, "JP": PASSPHRASE}, capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, (done.stdout, done.stderr)


def _leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".partial" in p.name)


@pytest.fixture
def journal_with_backup(data_dir):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 40)
        backup.make_backup(journal)
    return data_dir


def _check_left(folder: Path, data_dir: Path, theirs: tuple[Path, ...] = ()) -> list[Path]:
    left = [p for p in _leftovers(folder) if p not in theirs]
    names = {p.name for p in left}
    assert any(n.endswith(".db.partial") for n in names), names
    assert any(n.endswith(".db.partial-journal") for n in names), names
    for path in left:  # owner-only while they exist
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    listed = {b.path.name for b in backup.all_backups(data_dir, folder)}
    assert not names & listed  # never listed as a backup
    return left


def test_a_killed_backup_is_tidied_at_the_next_open(journal_with_backup):
    data_dir = journal_with_backup
    folder = data_dir / "backups"
    _kill_mid_backup(data_dir)
    left = _check_left(folder, data_dir)
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        for path in left:  # never restorable, and refusing changes nothing
            before = (data_dir / "journal.db").read_bytes()
            with pytest.raises(InvalidInput) as refused:
                backup.restore(journal, path)
            assert "interrupted" in str(refused.value)
            assert (data_dir / "journal.db").read_bytes() == before
    assert _leftovers(folder) == []
    assert len(backup.list_backups(data_dir)) == 1


def test_a_killed_backup_is_tidied_at_the_next_backup_in_a_chosen_folder(journal_with_backup, tmp_path):
    data_dir = journal_with_backup
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    theirs = [chosen / "notes.partial", chosen / "notes.partial-journal", chosen / "journal.db.partial-journal",
              chosen / "journal-x.db.partial"]
    for path in theirs:  # the person's own files, named almost like ours: never touched
        path.write_text("mine")
    _kill_mid_backup(data_dir, chosen)
    left = _check_left(chosen, data_dir, tuple(theirs))
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert all(p.exists() for p in left)  # opening tidies the journal's own folder, not a chosen one
        made = backup.make_backup(journal, folder=chosen)
    assert _leftovers(chosen) == sorted(theirs)
    assert [b.path for b in backup.list_backups(data_dir, chosen)] == [made.path]
    assert all(p.read_text() == "mine" for p in theirs)


def test_a_stale_rollback_journal_alone_goes_too(journal_with_backup):
    """The copy itself already gone (an older version tidied only *.partial): its journal is removed too."""
    data_dir = journal_with_backup
    stale = data_dir / "backups" / "journal-20260101T000000000000Z-manual.db.partial-journal"
    stale.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    os.chmod(stale, 0o600)
    mine = data_dir / "backups" / "my-notes.partial-journal"
    mine.write_text("mine")
    Journal.open(data_dir, passphrase=PASSPHRASE).close()
    assert not stale.exists()
    assert mine.read_text() == "mine"


def test_a_copy_being_written_is_left_alone(journal_with_backup):
    """Another process still writing its copy holds its lock: its partial and journal stay."""
    import fcntl

    data_dir = journal_with_backup
    partial = data_dir / "backups" / "journal-20260101T000000000000Z-manual.db.partial"
    side = partial.with_name(partial.name + "-journal")
    fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o600)
    side.write_bytes(b"x")
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert backup.tidy(data_dir) == []
        Journal.open(data_dir, passphrase=PASSPHRASE).close()
        assert partial.exists() and side.exists()
    finally:
        os.close(fd)
    assert set(backup.tidy(data_dir)) == {partial, side}


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_sigkill_at_a_chosen_write_of_the_cli_backup(journal_with_backup):
    """The real command, killed by the kernel at its Nth write (strace's fault injection): whichever write
    it is, the next backup leaves only finished backups, all of which open."""
    data_dir = journal_with_backup
    env = {**os.environ, "JOURNAL_APP_PASSPHRASE": PASSPHRASE, "JOURNAL_APP_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "journal_app", "backup"]
    killed_with_journal = 0
    for n in (3, 20, 40, 60):
        done = subprocess.run(["strace", "-f", "-o", "/dev/null", "-e", f"inject=pwrite64:signal=SIGKILL:when={n}",
                               *command], env=env, capture_output=True, timeout=120)
        if done.returncode != 0:
            killed_with_journal += any(p.name.endswith("-journal") for p in _leftovers(data_dir / "backups"))
    assert killed_with_journal, "no kill landed while the copy was written"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _leftovers(data_dir / "backups") == []
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        for found in backup.list_backups(data_dir):
            journal.check_copy(found.path)


def test_a_cancelled_rollback_journal_beside_the_journal_goes_at_the_next_open(journal_with_backup):
    """A kill while a passphrase change switches the journal out of WAL mode (copies.settle) can leave
    journal.db-journal with its header zeroed: SQLite never replays it, so it would only linger. A hot one
    (it starts with SQLite's magic) is SQLite's business and stays for it to roll back."""
    from journal_app.store import copies

    data_dir = journal_with_backup
    rollback = data_dir / "journal.db-journal"
    rollback.write_bytes(bytes(12) + b"\xb9\xd0\x6c\xc4" + bytes(500))
    os.chmod(rollback, 0o600)
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 40
    assert not rollback.exists()
    rollback.write_bytes(copies.ROLLBACK_MAGIC + bytes(508))
    try:
        assert rollback not in copies.clean_leftovers(data_dir / "journal.db")
        assert rollback.exists()
    finally:
        rollback.unlink()


def test_the_command_line_says_an_unfinished_backup_cannot_be_restored(journal_with_backup, tmp_path):
    """journal-app restore names the problem (not "wrong passphrase, or damaged"), exit status 2."""
    from tests.cli.conftest import run_subprocess

    data_dir = journal_with_backup
    partial = tmp_path / "journal-20260101T000000000000Z-manual.db.partial"
    shutil.copy(backup.list_backups(data_dir)[0].path, partial)
    done = run_subprocess(["--data-dir", str(data_dir), "restore", str(partial)],
                          env_extra={"JOURNAL_APP_PASSPHRASE": PASSPHRASE})
    assert done.code == 2, done.err
    assert "interrupted" in done.err and "passphrase" not in done.err
