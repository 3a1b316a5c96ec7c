"""Connections to the journal file: PRAGMAs on every connection, verified, and an SQLAlchemy engine
built by a function (never at import time)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import QueuePool

from journal_app.errors import NotAJournal, PassphraseRequired, StorageError, WrongPassphrase
from journal_app import messages
from journal_app.paths import sniff
from journal_app.store import driver

BUSY_TIMEOUT_MS = 5000

# (pragma, value set, value expected when read back)
PRAGMAS: tuple[tuple[str, str, object], ...] = (
    ("foreign_keys", "ON", 1),
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("busy_timeout", str(BUSY_TIMEOUT_MS), BUSY_TIMEOUT_MS),
    ("temp_store", "MEMORY", 2),
    ("secure_delete", "ON", 1),
)

log = logging.getLogger(__name__)


def check_file_kind(path: Path) -> str:
    """'new' (empty), 'plain' (an unencrypted SQLite file) or 'encrypted' (anything else: an encrypted
    journal looks like random bytes, and so does a damaged or foreign file). Reads only."""
    try:
        kind = sniff(path)
    except IsADirectoryError:
        raise NotAJournal(f"{path} is a folder, not a journal file.") from None
    except PermissionError:
        raise StorageError(f"The journal file {path} cannot be read: permission denied.") from None
    if kind == "short":
        # every SQLite file, encrypted or not, is a whole number of pages of at least 512 bytes
        raise NotAJournal(
            f"{path} is not a journal this app can open: it is damaged (cut short) or not a database. "
            "Nothing was changed."
        )
    return kind


def _not_opened(path: Path, key: str | None, exc: Exception) -> Exception:
    if "not a database" in str(exc) or "malformed" in str(exc):
        if key:
            return WrongPassphrase(messages.wrong_passphrase())
        return NotAJournal(f"{path} is not a journal this app can open, or it is damaged. Nothing was changed.")
    return StorageError(f"The journal file {path} could not be opened ({exc}).")


def connect(path: Path, key: str | None = None) -> driver.Connection:
    """One connection, keyed when the journal is encrypted, with every PRAGMA applied and checked."""
    writable_sidecars(path)
    try:
        conn = driver.connect(str(path), key=key or None, timeout=BUSY_TIMEOUT_MS / 1000)
    except driver.Error as exc:
        raise StorageError(f"The journal file {path} could not be opened ({exc}).") from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pragmas = PRAGMAS + ((("cipher_memory_security", "ON", "1"),) if key else ())
        for name, value, expected in pragmas:
            conn.execute(f"PRAGMA {name}={value}")
            got = conn.execute(f"PRAGMA {name}").fetchone()[0]
            if isinstance(got, str):
                got = got.lower()
            if got != expected:
                raise StorageError(f"The journal could not set PRAGMA {name} (wanted {expected}, got {got}).")
    except driver.DatabaseError as exc:
        conn.close()
        raise _not_opened(path, key, exc) from None
    return conn


def probe(path: Path, key: str | None = None) -> tuple[str | None, set[str]]:
    """The schema revision and table names of the file, read without changing it (read-only, no PRAGMA
    writes), so a file that turns out not to be a journal, or a wrong passphrase, leaves it byte for byte."""
    uri = Path(path).resolve().as_uri()
    if key:
        # Check the key against the main file alone (immutable: SQLite does not even read the WAL index),
        # so a wrong passphrase leaves journal.db, -wal and -shm exactly as they were.
        check = driver.connect(f"{uri}?mode=ro&immutable=1", key=key, uri=True)
        try:
            check.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except driver.DatabaseError as exc:
            raise _not_opened(path, key, exc) from None
        finally:
            check.close()
    try:
        return _read_schema(uri, path, key)
    except driver.OperationalError as exc:
        if "readonly" not in str(exc) or not Path(f"{path}-journal").exists():
            raise _cannot_open(path, exc) from None
    # A crash mid-write left a hot rollback journal, which a read-only connection may not replay. The key is
    # known to be right (checked above), so let SQLite's own recovery roll it back, then look again.
    recover = driver.connect(str(path), key=key or None)
    try:
        recover.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        raise _not_opened(path, key, exc) from None
    finally:
        recover.close()
    return _read_schema(uri, path, key)


def _cannot_open(path: Path, exc: Exception) -> StorageError:
    if "readonly" in str(exc):
        # Reading a WAL journal needs journal.db-shm beside it; a read-only folder cannot take that file.
        return StorageError(
            f"The journal file {path} could not be opened because its folder is read-only or not yours to "
            "write. Nothing was changed."
        )
    return StorageError(f"The journal file {path} could not be opened ({exc}).")


def _read_schema(uri: str, path: Path, key: str | None) -> tuple[str | None, set[str]]:
    try:
        conn = driver.connect(f"{uri}?mode=ro", key=key or None, uri=True)
    except driver.Error as exc:
        raise StorageError(f"The journal file {path} could not be opened ({exc}).") from None
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, tables
    except driver.OperationalError:
        raise
    except driver.DatabaseError as exc:
        raise _not_opened(path, key, exc) from None
    finally:
        conn.close()


def require_key(kind: str, key: str | None) -> str | None:
    """The key to use for a file of this kind: plain files need none; encrypted ones must have one."""
    if kind == "plain":
        return None
    if kind == "encrypted" and not key:
        raise PassphraseRequired(messages.LOCKED)
    return key or None


def make_engine(path: Path, key: str | None = None) -> Engine:
    path = Path(path)
    engine = create_engine(
        "sqlite://",
        module=driver.driver,  # SQLAlchemy wraps SQLCipher's errors like sqlite3's
        logging_name="journal",
        creator=lambda: connect(path, key),
        hide_parameters=True,  # entry text never reaches a log or an exception message
        pool_pre_ping=False,
        # "sqlite://" would pick SingletonThreadPool (meant for :memory:), which closes other threads'
        # connections once more than five threads have used the engine; a file wants an ordinary pool.
        poolclass=QueuePool,
    )

    # At DEBUG, SQLAlchemy's engine logger writes result rows (entry text). hide_parameters covers only the
    # bound values, so this engine's own logger is held at WARNING whatever the root logger is set to.
    logging.getLogger("sqlalchemy.engine.Engine.journal").setLevel(logging.WARNING)

    # SQLite opens a file it may not write read-only, and such a connection stays read-only after the
    # permission comes back. Note which connections were opened so, and replace them once the file is
    # writable again (connect() then makes -wal and -shm writable too), so saving resumes without reopening.
    @event.listens_for(engine, "connect")
    def _note_read_only(_dbapi_conn, record):
        record.info["read_only"] = not os.access(path, os.W_OK)

    @event.listens_for(engine, "checkout")
    def _replace_if_writable_now(_dbapi_conn, record, _proxy):
        if record.info.get("read_only") and os.access(path, os.W_OK):
            raise DisconnectionError("the journal file is writable again")  # the pool connects afresh

    @event.listens_for(engine, "close")
    def _checkpoint(dbapi_conn, _record):  # pragma: no cover - exercised on pool disposal
        try:
            dbapi_conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except driver.Error:
            pass

    return engine


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner only (0600), refusing to follow a symlink."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.close(fd)


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. a folder the user does not own
        log.warning("could not restrict the journal folder's permissions")


def writable_sidecars(db_path: Path) -> None:
    """SQLite gives journal.db-wal and -shm the journal's own mode when it creates them, so a read-only
    journal (0400) opened once leaves them 0400, and they keep the journal unwritable (even after a
    restart) once journal.db is writable again. While journal.db is writable, make ours 0600 like it."""
    if not os.access(db_path, os.W_OK):
        return
    for candidate in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        try:
            info = candidate.stat()
            if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != 0o600:
                os.chmod(candidate, 0o600)
        except OSError:  # missing (the usual case), or not ours to change
            pass


def tighten_permissions(data_dir: Path, db_path: Path) -> None:
    for candidate in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        try:
            if candidate.exists() and (candidate.stat().st_mode & 0o077):
                os.chmod(candidate, 0o600)
        except OSError:  # pragma: no cover
            pass
