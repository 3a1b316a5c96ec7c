"""Opening and creating a journal folder: permissions, PRAGMAs, refusing things that are not journals."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import UTC
from pathlib import Path

import pytest

from journal_app.core.errors import JournalExists, NotAJournal, PassphraseRequired, WrongPassphrase
from journal_app.services.journal import Journal
from journal_app.store.database import Database


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_new_journal_is_owner_only(data_dir):
    with Journal.open(data_dir, create=True) as j:
        assert j.path == data_dir / "journal.db"
        assert _mode(data_dir) == 0o700
        assert _mode(j.path) == 0o600
        for extra in (Path(f"{j.path}-wal"), Path(f"{j.path}-shm")):
            if extra.exists():
                assert _mode(extra) == 0o600, extra


def test_existing_loose_folder_is_tightened(tmp_path):
    folder = tmp_path / "loose"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with Journal.open(folder, create=True):
        assert _mode(folder) == 0o700


def test_pragmas_in_force_on_engine_connections(journal):
    expected = {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "secure_delete": 1,
        "temp_store": 2,
        "busy_timeout": 5000,
    }
    engine = journal._db.engine
    # two connections at once, so the pool has to create a second one
    with engine.connect() as first, engine.connect() as second:
        for conn in (first, second):
            got = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in expected}
            assert got == expected


def test_missing_folder_without_create(data_dir):
    with pytest.raises(NotAJournal):
        Journal.open(data_dir)
    assert not data_dir.exists()


def test_existing_empty_folder_without_create(data_dir):
    data_dir.mkdir()
    with pytest.raises(NotAJournal):
        Journal.open(data_dir)
    assert _folder_listing(data_dir) == []


def test_folder_path_that_is_a_file(tmp_path):
    target = tmp_path / "not-a-folder"
    target.write_bytes(b"my shopping list\n")
    before = _digest(target)
    for create in (False, True):
        with pytest.raises(NotAJournal):
            Journal.open(target, create=create)
    assert _digest(target) == before


def test_journal_db_of_random_bytes_is_left_alone(data_dir):
    data_dir.mkdir()
    db = data_dir / "journal.db"
    db.write_bytes(os.urandom(8192))  # looks exactly like an encrypted journal
    before = _digest(db)
    for create in (False, True):
        with pytest.raises(PassphraseRequired):
            Journal.open(data_dir, create=create)
        with pytest.raises(WrongPassphrase):
            Journal.open(data_dir, create=create, passphrase="not the one")
    assert _digest(db) == before
    assert _folder_listing(data_dir) == ["journal.db"]


def test_journal_db_with_sqlite_header_but_garbage_is_refused(data_dir):
    data_dir.mkdir()
    db = data_dir / "journal.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = _digest(db)
    with pytest.raises(NotAJournal):
        Journal.open(data_dir)
    assert _digest(db) == before


def test_other_sqlite_database_is_not_a_journal(data_dir):
    data_dir.mkdir()
    db = data_dir / "journal.db"
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    other.executemany("INSERT INTO recipes (name) VALUES (?)", [("soup",), ("bread",)])
    other.commit()
    other.close()
    before = _digest(db)
    for create in (False, True):
        with pytest.raises(NotAJournal):
            Journal.open(data_dir, create=create)
    assert _digest(db) == before
    assert _folder_listing(data_dir) == ["journal.db"]
    check = sqlite3.connect(db)
    try:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert check.execute("SELECT name FROM recipes ORDER BY id").fetchall() == [("soup",), ("bread",)]
    finally:
        check.close()


def test_init_refuses_an_existing_journal(data_dir):
    with Journal.init(data_dir) as j:
        j.add_person("Sam")
    before = _digest(data_dir / "journal.db")
    with pytest.raises(JournalExists):
        Journal.init(data_dir)
    assert _digest(data_dir / "journal.db") == before
    with Journal.open(data_dir) as j:
        assert [p.name for p in j.people()] == ["Sam"]


def test_reopen_keeps_entries(data_dir):
    from datetime import datetime

    from journal_app.models.values import EntryForm

    with Journal.open(data_dir, create=True) as j:
        saved = j.save(EntryForm(occurred_at=datetime(2026, 3, 14, 20, 0, tzinfo=UTC), body="kept"))
    with Journal.open(data_dir) as j:
        assert j.get(saved.id).body == "kept"
        assert j.entry_count() == 1


def test_database_open_must_be_new_on_empty_folder(data_dir):
    db = Database.open(data_dir, create=True, must_be_new=True)
    try:
        assert db.path.exists()
    finally:
        db.close()


def test_many_threads_can_hold_connections_at_once(journal):
    # A background export, a backup and the window may all read at once. A per-thread pool that closes
    # other threads' connections once it holds five would break the sixth reader's neighbours.
    import threading

    engine = journal._db.engine
    n = 8
    opened = threading.Barrier(n, timeout=10)
    errors: list[BaseException] = []
    results: list[int] = []

    def reader():
        try:
            with engine.connect() as conn:
                opened.wait()  # every thread holds its connection now
                results.append(conn.exec_driver_sql("SELECT count(*) FROM trigger").scalar())
                opened.wait()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert errors == []
    assert results == [3] * n


def test_hot_rollback_journal_from_a_crash_is_rolled_back_on_open(tmp_path):
    """A crash mid-transaction in rollback mode (as during a passphrase swap) leaves a hot -journal: the
    journal still opens, with the interrupted transaction undone; a wrong passphrase touches nothing."""
    import subprocess
    import sys

    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm

    folder = tmp_path / "journal"
    secret = "lantern orbit pickle umbrella"
    with Journal.init(folder, passphrase=secret) as journal:
        for _ in range(40):
            journal.save(EntryForm(occurred_at=now_utc(), body="x" * 500))
    db = folder / "journal.db"
    crash = (
        "import os\n"
        "from journal_app.store import driver\n"
        f"p = {str(db)!r}\n"
        f"c = driver.connect(p, key=driver.raw_key({secret!r}, driver.file_salt(p)))\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
        "c.execute(\"UPDATE entry SET body = body || 'changed'\")\n"
        "c.execute('INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared) "
        "SELECT uuid || \"-copy\", occurred_at, created_at, updated_at, title, body, shared FROM entry')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=60)
    hot = folder / "journal.db-journal"
    assert hot.exists() and hot.stat().st_size > 0
    before = _digest(db), _digest(hot)
    with pytest.raises(WrongPassphrase):
        Journal.open(folder, passphrase="not the passphrase")
    assert (_digest(db), _digest(hot)) == before
    with Journal.open(folder, passphrase=secret) as journal:
        assert journal.entry_count() == 40
        assert {r.preview for r in journal.page().rows} == {"x" * 280}
        assert journal.health_problem() is None
    assert not hot.exists()
