"""Disk full, I/O errors and read-only files: saving fails with a calm, specific message, the journal stays
exactly as it was, and saving works again (in the same open journal) once space or permission returns.

Three ways in, from most to least real:
- a real full disk: an 8 MB tmpfs mounted for the test (needs root and mount rights; skipped otherwise);
- SQLite's own "database or disk is full" (SQLITE_FULL) from the real engine, brought on by lowering
  `PRAGMA max_page_count` on the journal's connections, and errors injected at the driver (a commit that
  fails with "disk I/O error" or "disk is full", an OSError);
- a read-only journal file (0400) and folder (0500), as an ordinary user: as root (who may write anyway)
  the scenario runs in a subprocess that drops to `nobody` first.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from journal_app.core import messages
from journal_app.core.errors import StorageError
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.journal import Journal
from journal_app.store import engine as engine_mod
from journal_app.store import session

PASSPHRASE = "lantern orbit pickle 42"
WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]
BIG = "A long entry, written in one go. " * 6_000  # ~200 KB: needs new pages whatever is free
NEW = EntryForm(occurred_at=WHEN, title="Written while the disk was full", body=BIG)


# -- helpers ------------------------------------------------------------------------------------------------
def fill(journal: Journal, n: int = 8) -> list[int]:
    withdrawal = journal.trigger("withdrawal").id
    sam = journal.add_person("Sam", "partner").id
    ids = []
    for i in range(n):
        ids.append(journal.save(EntryForm(
            occurred_at=WHEN + timedelta(hours=i), title=f"Evening {i} 💬",
            body=f"We talked, then went quiet {i}. é\n" * 20,
            triggers=(TriggerMark(withdrawal, i % 11),), person_ids=(sam,),
        )).id)
    return ids


def snapshot(journal: Journal, *, fts: bool = True) -> dict[str, list]:
    """Every row the person wrote, straight from the file, plus the file's own checks (the full-text
    index's check is written as an INSERT, so it needs a writable file: `fts=False` skips it)."""
    with session.read(journal._db.engine) as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        found = {
            table: conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
            for table in ("entry", "entry_trigger", "entry_person", "entry_response", "person", "trigger")
        }
    if not fts:
        return found
    with session.write(journal._db.engine) as conn:  # the full-text index agrees with the entries
        conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
        conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts, rank) VALUES('integrity-check', 1)")
    return found


def assert_calm(exc: StorageError, reason: str) -> None:
    """The message names the cause, says nothing was lost; in the window it also says the text is kept."""
    text = str(exc)
    assert reason in text, text
    assert "Your journal is unchanged." in text
    assert "Traceback" not in text and "sqlite" not in text.lower() and "Error" not in text
    shown = str(messages.save_failed(text))  # what the editor's status line says (ui/editing_session.py)
    assert reason in shown and "Your text is still here" in shown, shown


def check_save_fails_then_works(journal: Journal, existing: int, reason: str, make_room) -> None:
    """With the fault in place: a new entry and an edit fail calmly and change nothing; reading works.
    After `make_room()`: the very same saves succeed in the same open journal."""
    before = snapshot(journal, fts=False)
    count = journal.entry_count()
    old = journal.get(existing)
    edit = EntryForm(**{**old.to_form().__dict__, "body": BIG + "edited"})
    for form in (NEW, edit):
        with pytest.raises(StorageError) as caught:
            journal.save(form)
        assert_calm(caught.value, reason)
    assert snapshot(journal, fts=False) == before
    assert journal.entry_count() == count
    assert journal.get(existing) == old
    assert journal.health_problem() is None

    make_room()
    assert snapshot(journal) == before
    saved = journal.save(NEW)
    assert (saved.title, saved.body) == (NEW.title, NEW.body)
    assert journal.save(edit).body == BIG + "edited"
    assert journal.entry_count() == count + 1
    assert journal.health_problem() is None


# -- SQLite's own SQLITE_FULL, and faults injected at the driver --------------------------------------------
@pytest.fixture(params=[False, True], ids=["full", "lean"])
def encrypted(data_dir, request):
    """A new encrypted journal, open through SQLAlchemy or lean (store/lean.py: the quick CLI commands)."""
    journal = Journal.init(data_dir, passphrase=PASSPHRASE)
    if request.param:
        journal.close()
        journal = Journal.open(data_dir, passphrase=PASSPHRASE, lean=True)
        assert type(journal._db.engine).__name__ == "LeanEngine"
    yield journal
    journal.close()


def test_disk_full_from_sqlite_itself(encrypted, monkeypatch):
    """SQLITE_FULL raised by SQLite while it writes the entry (max_page_count stands in for the disk)."""
    ids = fill(encrypted)
    with session.read(encrypted._db.engine) as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    made: list = []
    real_connect = engine_mod.connect

    def connect_on_a_full_disk(path, key=None):
        conn = real_connect(path, key)
        conn.execute(f"PRAGMA max_page_count = {pages}")
        made.append(conn)
        return conn

    monkeypatch.setattr(engine_mod, "connect", connect_on_a_full_disk)
    encrypted._db.engine.dispose()  # the pool's connections are replaced by "full disk" ones

    def make_room():
        monkeypatch.setattr(engine_mod, "connect", real_connect)
        for conn in made:  # space comes back for connections already open, too
            try:
                conn.execute("PRAGMA max_page_count = 2147483646")
            except sqlcipher.ProgrammingError:  # closed by the pool meanwhile
                pass

    check_save_fails_then_works(encrypted, ids[3], "the disk is full", make_room)
    assert made, "the test did not reach the driver"
    encrypted.close()
    with Journal.open(encrypted.data_dir, passphrase=PASSPHRASE) as again:
        assert again.entry_count() == len(ids) + 1
        assert again.get(ids[3]).body == BIG + "edited"


class FaultyCommit(sqlcipher.Connection):
    """A driver connection whose COMMIT fails the way a full or failing disk makes it fail."""

    fault: str | None = None

    def commit(self):
        if FaultyCommit.fault is not None:
            raise sqlcipher.OperationalError(FaultyCommit.fault)
        return super().commit()


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("database or disk is full", "the disk is full"),
        ("disk I/O error", "the disk reported a read or write error"),
    ],
)
def test_commit_fails_at_the_driver(encrypted, monkeypatch, fault, reason):
    ids = fill(encrypted)
    real = sqlcipher.connect
    monkeypatch.setattr(sqlcipher, "connect", lambda *a, **kw: real(*a, factory=FaultyCommit, **kw))
    monkeypatch.setattr(FaultyCommit, "fault", fault)
    encrypted._db.engine.dispose()

    def make_room():
        monkeypatch.setattr(FaultyCommit, "fault", None)

    check_save_fails_then_works(encrypted, ids[0], reason, make_room)


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only"), (errno.EACCES, "read-only"),
     (errno.EIO, "a read or write error")],
)
def test_os_errors_become_calm_messages(code, reason):
    with pytest.raises(StorageError) as caught, session.translate_errors():
        raise OSError(code, os.strerror(code))
    assert_calm(caught.value, reason)


# -- a real full disk ---------------------------------------------------------------------------------------
@pytest.fixture
def tiny_disk():
    """An 8 MB tmpfs, mounted for this test; skipped unless this process may mount."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a real full disk needs root to mount a small tmpfs")
    folder = Path(tempfile.mkdtemp(prefix="journal-tiny-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(folder)],
        capture_output=True, text=True, check=False,
    )
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
        folder.rmdir()


def _fill_disk(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


def test_real_full_disk(tiny_disk):
    with Journal.init(tiny_disk / "journal", passphrase=PASSPHRASE) as journal:
        ids = fill(journal)
        filler = tiny_disk / "filler"
        _fill_disk(filler)
        check_save_fails_then_works(journal, ids[2], "the disk is full", filler.unlink)
    with Journal.open(tiny_disk / "journal", passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == len(ids) + 1
        assert journal.get(ids[2]).body == BIG + "edited"
        assert journal.health_problem() is None


# -- read-only file and folder ------------------------------------------------------------------------------
def read_only_scenario(data_dir: str, what: str, lean: bool = False) -> None:
    """Run as the journal's owner (in this process, or as root in a subprocess that became `nobody`).

    file: the journal file is read-only (0400): it opens and reads; saving fails calmly and changes nothing;
    once it is writable again, saving works in the same open journal, and after reopening it.
    folder: the folder turns read-only (0500) while the journal is open: saving goes on (only files that
    already exist are written). A folder that is read-only before opening is opened read-only (a WAL journal
    needs journal.db-shm beside it, so it is read without one) and nothing changes; writable again, it opens
    and saves."""
    folder = Path(data_dir)
    db = folder / "journal.db"
    if what == "file":
        os.chmod(db, 0o400)
        try:
            with Journal.open(folder, passphrase=PASSPHRASE, lean=lean) as journal:
                existing = journal.page().rows[0].id
                check_save_fails_then_works(journal, existing, "read-only", lambda: os.chmod(db, 0o600))
        finally:
            os.chmod(db, 0o600)
        # the -wal and -shm SQLite made while journal.db was 0400 do not keep it read-only after a restart
        with Journal.open(folder, passphrase=PASSPHRASE, lean=lean) as journal:
            journal.save(EntryForm(occurred_at=WHEN, title="after a restart", body="still writable"))
        return

    with Journal.open(folder, passphrase=PASSPHRASE, lean=lean) as journal:
        journal.save(EntryForm(occurred_at=WHEN, title="before", body="written before the folder changed"))
        os.chmod(folder, 0o500)
        try:
            saved = journal.save(NEW)
            assert journal.get(saved.id).body == NEW.body
            snapshot(journal)
        finally:
            journal.close()  # checkpointed; the read-only folder keeps its -wal and -shm, which is harmless
            os.chmod(folder, 0o700)
    with Journal.open(folder, passphrase=PASSPHRASE, lean=lean) as journal:  # closed where it may: journal.db alone
        journal.entry_count()
    assert sorted(p.name for p in folder.iterdir()) == ["journal.db"]
    before = db.read_bytes()
    os.chmod(folder, 0o500)
    try:  # a folder that is read-only before opening: the journal is read, nothing can be saved (issue 14)
        with Journal.open(folder, passphrase=PASSPHRASE, lean=lean) as journal:
            assert journal.read_only and journal.entry_count() > 0
            with pytest.raises(StorageError) as caught:
                journal.save(NEW)
    finally:
        os.chmod(folder, 0o700)
    text = str(caught.value)
    assert "read-only" in text and "unchanged" in text, text
    assert db.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["journal.db"]
    with Journal.open(folder, passphrase=PASSPHRASE, lean=lean) as journal:
        count = journal.entry_count()
        journal.save(EntryForm(occurred_at=WHEN, title="after", body="the folder is writable again"))
        assert journal.entry_count() == count + 1


NOBODY = 65534
AS_NOBODY = textwrap.dedent("""\
    import os, sys, traceback
    sys.path.insert(0, {root!r})
    # Everything is imported before the switch: afterwards nobody cannot read the interpreter's own folder.
    import _strptime, hashlib, linecache, tokenize
    import sqlalchemy, sqlalchemy.exc, sqlalchemy.pool, sqlalchemy.dialects.sqlite  # imported when first used
    from tests.store import test_faults
    try:
        os.setgroups([]); os.setgid({uid}); os.setuid({uid})
    except PermissionError:
        print("cannot switch user"); sys.exit(3)
    try:
        test_faults.read_only_scenario({folder!r}, {what!r}, {lean!r})
    except BaseException:
        traceback.print_exc()
        sys.exit(1)
    print("scenario passed")
""")


@pytest.mark.parametrize("lean", [False, True], ids=["full", "lean"])
@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only(what, lean):
    # In /tmp itself, so that `nobody` can reach it when the test runs as root (pytest's tmp_path is 0700).
    base = Path(tempfile.mkdtemp(prefix="journal-read-only-"))
    try:
        os.chmod(base, 0o755)
        folder = base / "journal"
        with Journal.init(folder, passphrase=PASSPHRASE) as journal:
            ids = fill(journal)
            before = snapshot(journal)
        if os.geteuid() != 0:
            read_only_scenario(str(folder), what, lean)
        else:  # root may write anything: the journal is given to `nobody`, who runs the scenario
            for path in (folder, *folder.iterdir()):
                os.chown(path, NOBODY, NOBODY)
            script = AS_NOBODY.format(root=str(ROOT), uid=NOBODY, folder=str(folder), what=what, lean=lean)
            result = subprocess.run(
                [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd="/", check=False
            )
            if result.returncode == 3 and "cannot switch user" in result.stdout:
                pytest.skip("running as root without the right to become another user")
            assert result.returncode == 0 and "scenario passed" in result.stdout, result.stdout + result.stderr
        with Journal.open(folder, passphrase=PASSPHRASE) as journal:
            after = snapshot(journal)
            assert journal.entry_count() == len(ids) + (2 if what == "file" else 3)
        untouched = set(ids[:-1])  # the file scenario edits the newest entry
        kept = [r for r in before["entry"] if r[0] in untouched]
        assert [r for r in after["entry"] if r[0] in untouched] == kept
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / "journal.db").stat().st_mode) == 0o600
    finally:
        shutil.rmtree(base)
