"""Connections to the journal file: PRAGMAs on every connection, verified, and an SQLAlchemy engine
built by a function (never at import time). SQLAlchemy itself is imported by make_engine only, so the lean
commands (store/lean.py) open connections here without it."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core import messages
from journal_app.core.errors import (
    JournalError,
    NotAJournal,
    PassphraseRequired,
    ReadOnlyJournal,
    StorageError,
    WrongPassphrase,
)
from journal_app.core.i18n import Message, msg
from journal_app.core.paths import sniff
from journal_app.store import copies, driver, keys

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine.interfaces import DBAPIConnection, DBAPICursor
    from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

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
        raise NotAJournal(msg("store", "{path} is a folder, not a journal file.", path=path)) from None
    except PermissionError:
        raise StorageError(msg("store", "The journal file {path} cannot be read: permission denied.",
                               path=path)) from None
    except FileNotFoundError:
        raise NotAJournal(messages.no_journal(str(Path(path).parent))) from None
    except OSError as exc:  # a disk error: never a wrong passphrase, never a new journal
        raise _unreadable(Path(path), exc) from None
    if kind == "new" and backups_beside(path, 1):
        # an empty journal.db is a new journal only until its first backup: with backups beside it, it was cut
        # short (a crash on a file system that lost its pages, a full disk). Never start a new journal over it.
        raise NotAJournal(
            msg("store", "The journal file {path} is empty, but its backups are there: the file was cut short (a "
                "crash or a full disk can do this). Nothing was changed. Keep the folder as it is: the newest "
                "backup can take the file's place (in the app: Open a backup instead).", path=path)
        )
    if kind == "short":
        # every SQLite file, encrypted or not, is a whole number of pages of at least 512 bytes
        raise NotAJournal(
            msg("store", "{path} is not a journal this app can open: it is damaged (cut short) or not a database. "
                "Nothing was changed.", path=path)
        )
    return kind


def failure(path: Path, exc: Exception, *, read_only: bool = False) -> JournalError:
    """A calm error for a journal that did not open. Called once the key is known to be right (or the file
    is not encrypted): "not a database" then means damage, never a wrong passphrase."""
    text = str(exc).lower()
    if "full" in text:
        return StorageError(messages.disk_full_open())
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return NotAJournal(messages.damaged_file(str(path)))
    if _disk_full(Path(path).parent):  # e.g. "unable to open": no room to create journal.db-shm
        return StorageError(messages.disk_full_open())
    if read_only or "readonly" in text or "read-only" in text:
        return StorageError(messages.read_only_unopenable(str(path)))
    return StorageError(msg("store", "The journal file {path} could not be opened ({reason}). Nothing was changed.",
                            path=path, reason=exc))


def _disk_full(folder: Path) -> bool:
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024  # not even room for a -shm file and a page or two


def verify_key(path: Path, passphrase: str) -> tuple[driver.RawKey, bool]:
    """(the journal's key, whether it is the current NFC-derived form) for `passphrase`, checked against
    the HMACs of the file's and its log's pages (keys.py): no connection, no file changed. Raises
    WrongPassphrase only when no page verifies, so a torn checkpoint or a full disk never reads as a wrong
    passphrase; NotAJournal when the passphrase is proven right by a salt kept elsewhere (the log, a backup)
    but the file's own start is damaged; StorageError when the file cannot be read at all."""
    path = Path(path)
    _readable(path)
    derived: dict[tuple[str, bytes], driver.RawKey] = {}

    def derive(text: str, salt: bytes) -> driver.RawKey:  # each key once, however often it is tried
        if (text, salt) not in derived:
            derived[text, salt] = driver.raw_key(text, salt)
        return derived[text, salt]

    found = keys.find(path, passphrase, derive)
    if found is None:
        if keys.right_but_damaged(path, passphrase, _witness(path), derive):
            raise NotAJournal(damaged_start(path))
        raise WrongPassphrase(messages.wrong_passphrase())
    return found


def damaged_start(path: Path) -> Message:
    return msg("store", "The passphrase is right, but the start of the journal file {path}, where its encryption "
               "details are kept, is damaged, so the file does not open. This is not a problem with your passphrase. "
               "Nothing was changed. Keep the folder as it is: the newest backup can take the file's place (in the "
               "app: Open a backup instead), and the damaged file is kept aside.", path=path)


def _readable(path: Path) -> None:
    """StorageError, naming the problem, when the journal file cannot be read (a disk error, no permission):
    a file that cannot be read must never be taken for a wrong passphrase."""
    try:
        with open(path, "rb") as fh:
            fh.read(keys.PAGE_SIZE)
    except FileNotFoundError:
        raise NotAJournal(messages.no_journal(str(path.parent))) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: OSError) -> StorageError:
    return StorageError(msg("store", "The journal file {path} could not be read ({reason}). This is not a problem with "
                            "your passphrase. Nothing was changed.", path=path, reason=exc.strerror or exc))


def backups_beside(path: Path, limit: int = 10) -> list[Path]:
    """The newest of the finished backups in the journal folder's backups/ (names like our backups only)."""
    try:
        names = [e.name for e in os.scandir(Path(path).parent / "backups") if copies.BACKUP_NAME.match(e.name)]
    except OSError:
        return []
    return [Path(path).parent / "backups" / name for name in sorted(names, reverse=True)[:limit]]


def _witness(path: Path) -> Path | None:
    """A backup that has the journal's current passphrase: the newest in backups/, unless it is the copy kept
    before a passphrase change (the passphrase changes right after it; every change makes one there)."""
    newest = backups_beside(path, 1)
    if not newest or newest[0].name.endswith("-before-passphrase-change.db") or newest[0].is_symlink():
        return None
    try:
        return newest[0] if sniff(newest[0]) == "encrypted" else None
    except OSError:
        return None


# -- read-only folders -------------------------------------------------------------------------------------
# A WAL journal is read through journal.db-shm. In a folder we may not write, SQLite can still read when
# -wal and -shm are both there (mode=ro); with no -wal there is nothing but the file (immutable=1 is then
# safe: no writer can be at work without a -wal); a -wal without its -shm is read from a private copy.
def access_mode(path: Path) -> str:
    """'rw', or for a folder we may not write: 'ro', 'immutable' or 'copy' (see above)."""
    path = Path(path)
    if os.access(path.parent, os.W_OK):
        return "rw"
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if Path(f"{path}-journal").exists():
        return "ro"  # SQLite itself must judge a hot rollback journal; it refuses when it cannot replay it
    if not wal.exists() or wal.stat().st_size == 0:
        return "immutable"
    return "ro" if shm.exists() else "copy"


def target(path: Path, mode: str) -> tuple[str, bool]:
    """(what to connect to, whether it is a URI) for `path` opened in `mode` (see access_mode)."""
    if mode == "rw":
        return str(path), False
    uri = Path(path).resolve().as_uri()
    return (f"{uri}?mode=ro&immutable=1", True) if mode == "immutable" else (f"{uri}?mode=ro", True)


def private_copy(path: Path) -> Path:
    """journal.db and its -wal copied into a new owner-only folder (removed by the caller when done), for a
    read-only folder whose log cannot be read in place. Only encrypted journals: no plaintext is copied."""
    import shutil
    import tempfile

    base = os.environ.get("XDG_RUNTIME_DIR")
    parent = base if base and os.path.isdir(base) else None
    folder = Path(tempfile.mkdtemp(prefix="journal-read-only-", dir=parent))
    try:
        for suffix in ("", "-wal"):
            dest = folder / f"{Path(path).name}{suffix}"
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with open(f"{path}{suffix}", "rb") as src, os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(src, out)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder / Path(path).name


def connect(path: Path, key: driver.Key = None, mode: str = "rw") -> driver.Connection:
    """One connection, keyed when the journal is encrypted, with every PRAGMA applied and checked."""
    where, uri = target(path, mode)
    if mode == "rw":
        writable_sidecars(path)
    try:
        conn = driver.connect(where, key=key or None, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    except driver.Error as exc:
        raise failure(path, exc, read_only=mode != "rw") from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # cipher_memory_security stays OFF (SQLCipher's default since 4.5.0): the words are in Python strings
        # and widgets anyway, and once ON it slows full-text work 6-7x for the rest of the process.
        pragmas = PRAGMAS + ((("cipher_memory_security", "OFF", "0"),) if key else ())
        if mode != "rw":  # nothing is written: the file keeps the journal mode it has
            pragmas = tuple(p for p in pragmas if p[0] != "journal_mode")
        for name, value, expected in pragmas:
            conn.execute(f"PRAGMA {name}={value}")
            got = driver.scalar(conn, f"PRAGMA {name}")
            if isinstance(got, str):
                got = got.lower()
            if got != expected:
                raise StorageError(msg("store", "The journal could not set PRAGMA {name} (wanted {expected}, got "
                                       "{got}).",
                                       name=name, expected=expected, got=got))
    except driver.DatabaseError as exc:
        conn.close()
        raise failure(path, exc, read_only=mode != "rw") from None
    return conn


def probe(path: Path, key: driver.Key = None, mode: str = "rw") -> tuple[str | None, set[str]]:
    """The schema revision and table names of the file, read without changing it (read-only, no PRAGMA
    writes), so a file that turns out not to be a journal leaves it byte for byte. Call it once the key
    is verified (verify_key): a wrong key must not even reach SQLite, which would take a read mark in -shm."""
    uri_mode = "immutable" if mode == "immutable" else "ro"
    try:
        return _read_schema(path, key, uri_mode)
    except driver.OperationalError as exc:
        if mode != "rw" or "readonly" not in str(exc) or not Path(f"{path}-journal").exists():
            raise failure(path, exc, read_only=mode != "rw") from None
    # A crash mid-write left a hot rollback journal, which a read-only connection may not replay. The key is
    # known to be right, so let SQLite's own recovery roll it back, then look again.
    recover = driver.connect(str(path), key=key or None)
    try:
        recover.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as exc:
        raise failure(path, exc) from None
    finally:
        recover.close()
    try:
        return _read_schema(path, key, uri_mode)
    except driver.DatabaseError as exc:
        raise failure(path, exc) from None


def _read_schema(path: Path, key: driver.Key, mode: str) -> tuple[str | None, set[str]]:
    where, _ = target(path, mode)
    try:
        conn = driver.connect(where, key=key or None, uri=True)
    except driver.Error as exc:
        raise failure(path, exc, read_only=True) from None
    try:
        found = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        tables: set[str] = {name for (name,) in found}
        revision = None
        if "alembic_version" in tables:
            for (version_num,) in conn.execute("SELECT version_num FROM alembic_version LIMIT 1"):
                revision = str(version_num)
        return revision, tables
    except driver.OperationalError:
        raise
    except driver.DatabaseError as exc:
        raise failure(path, exc) from None
    finally:
        conn.close()


def require_key(kind: str, key: str | None) -> str | None:
    """The key to use for a file of this kind: plain files need none; encrypted ones must have one."""
    if kind == "plain":
        return None
    if kind == "encrypted" and not key:
        raise PassphraseRequired(messages.LOCKED)
    return key or None


def make_engine(path: Path, key: driver.Key = None, mode: str = "rw") -> Engine:
    """The journal's engine. `mode` is "rw", or how a folder we may not write is read (access_mode): then
    every write is refused with ReadOnlyJournal before it begins."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import DisconnectionError
    from sqlalchemy.pool import QueuePool

    path = Path(path)
    engine = create_engine(
        "sqlite://",
        module=driver.module,  # SQLAlchemy wraps SQLCipher's errors like sqlite3's
        logging_name="journal",
        creator=(lambda: connect(path, key)) if mode == "rw" else (lambda: connect(path, key, mode)),
        hide_parameters=True,  # entry text never reaches a log or an exception message
        pool_pre_ping=False,
        # "sqlite://" would pick SingletonThreadPool (meant for :memory:), which closes other threads'
        # connections once more than five threads have used the engine; a file wants an ordinary pool.
        poolclass=QueuePool,
    )

    if mode != "rw":
        @event.listens_for(engine, "before_cursor_execute")
        def _refuse_writes(_conn: Connection, _cursor: DBAPICursor, statement: str, *_args: object) -> None:
            if statement.lstrip().upper().startswith("BEGIN IMMEDIATE"):
                raise ReadOnlyJournal(messages.read_only_write())

    # At DEBUG, SQLAlchemy's engine logger writes result rows (entry text). hide_parameters covers only the
    # bound values, so this engine's own logger is held at WARNING whatever the root logger is set to.
    logging.getLogger("sqlalchemy.engine.Engine.journal").setLevel(logging.WARNING)

    # SQLite opens a file it may not write read-only, and such a connection stays read-only after the
    # permission comes back. Note which connections were opened so, and replace them once the file is
    # writable again (connect() then makes -wal and -shm writable too), so saving resumes without reopening.
    if mode == "rw":
        @event.listens_for(engine, "connect")
        def _note_read_only(_dbapi_conn: DBAPIConnection, record: ConnectionPoolEntry) -> None:
            record.info["read_only"] = not os.access(path, os.W_OK)

        @event.listens_for(engine, "checkout")
        def _replace_if_writable_now(_dbapi_conn: DBAPIConnection, record: ConnectionPoolEntry,
                                     _proxy: PoolProxiedConnection) -> None:
            if record.info.get("read_only") and os.access(path, os.W_OK):
                raise DisconnectionError("the journal file is writable again")  # the pool connects afresh

    @event.listens_for(engine, "close")
    def _checkpoint(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:  # pragma: no cover
        if mode != "rw":
            return
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


def tighten_permissions(data_dir: Path, db_path: Path) -> str | None:
    """Owner-only: the journal's files 0600 and its folder 0700 (a folder left 0777 or 0755 is tightened when
    it is ours). Returns a warning sentence when the folder is open to others and cannot be tightened."""
    warning = None
    try:
        info = os.stat(data_dir)
        if stat.S_IMODE(info.st_mode) & 0o077:
            if info.st_uid == os.geteuid():
                os.chmod(data_dir, 0o700)
            else:
                warning = messages.folder_open_to_others(str(data_dir))
    except OSError:
        warning = messages.folder_open_to_others(str(data_dir))
    if warning:
        log.warning("the journal folder is readable by others and could not be made private")
    for candidate in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        try:
            if candidate.exists() and (candidate.stat().st_mode & 0o077):
                os.chmod(candidate, 0o600)
        except OSError:  # pragma: no cover
            pass
    return str(warning) if warning is not None else None
