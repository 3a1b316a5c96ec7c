"""Whole-journal copies: backups, passphrase changes, encrypting a plain journal. Each copy is written
under a temporary name, verified (opens with its key, integrity_check, FTS check, same row counts),
made durable, and only then given its final name, so a crash never leaves a half-written file in place."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from journal_app.core.errors import NotAJournal, StorageError
from journal_app.core.i18n import msg
from journal_app.store import driver

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

COUNTED_TABLES = ("entry", "entry_trigger", "trigger", "person", "entry_person")
# What SQLite may leave beside a copy it was writing when the process died: the rollback journal of the
# attached copy (sqlcipher_export writes it in a transaction), or a log and its index.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
# How every backup is named (services/backup.py, store/migrate.py): journal-<UTC time>-<reason>.db
BACKUP_NAME = re.compile(r"^journal-(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)\.db$")


def _counts(conn: driver.Connection) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in COUNTED_TABLES:
        (counts[table],) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    return counts


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify(path: Path, key: driver.Key, expected: dict[str, int] | None = None) -> dict[str, int]:
    """Open read-only with the key and check the file is a whole, healthy journal."""
    conn = driver.connect(f"{path.resolve().as_uri()}?mode=ro", key=key or None, uri=True)
    try:
        if driver.scalar(conn, "PRAGMA integrity_check") != "ok":
            raise StorageError(msg("store", "The copy {file} did not pass its integrity check.",
                                   file=path.name))
        _refuse_newer(conn, path)
        counts = _counts(conn)
    finally:
        conn.close()
    if expected is not None and counts != expected:
        raise StorageError(msg("store", "The copy {file} is missing rows; it was not used.",
                               file=path.name))
    return counts


def _refuse_newer(conn: driver.Connection, path: Path) -> None:
    """NotAJournal when the copy was written by a newer version of the app (a schema revision this version
    does not know): restored or recovered, it would leave a journal that this version cannot open."""
    from journal_app.store import migrate

    revision = migrate.current_revision(conn)
    if revision is None or revision == migrate.HEAD_REVISION:
        return
    try:
        known = migrate.is_known(revision)
    except Exception:  # alembic raises for ids it cannot resolve
        known = False
    if not known:
        raise NotAJournal(msg("store", "{file} was made by a newer version of Relationship Patterns Journal, so this "
                              "version cannot use it. Update the app, then try again. Nothing was changed.",
                              file=path.name))


def _claim(partial: Path) -> int:
    """Create `partial` (0600, new) and hold an exclusive flock on it while it is written, so that another
    process tidying leftovers (clean_leftovers) never removes a copy that is still being made."""
    for _ in range(5):
        for side in side_files(partial):  # a stale rollback journal would be replayed onto the new copy
            side.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.fstat(fd).st_ino == os.stat(partial).st_ino:
                return fd
        except FileNotFoundError:  # removed between creating and locking it: make it again
            pass
        os.close(fd)
    raise StorageError(msg("store", "The copy {name} could not be started; nothing was changed.",
                           name=partial.name))


def _in_use(path: Path) -> bool:
    """Whether another process is writing this half-made copy right now (it holds the flock of _claim)."""
    if fcntl is None:  # pragma: no cover
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return True  # not ours to judge: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops the test lock again
    return False


def write_verified_copy(src: Path, src_key: driver.Key, dest: Path, dest_key: driver.Key,
                        src_target: tuple[str, bool] | None = None) -> Path:
    """Copy the journal at `src` to `dest` (encrypted with `dest_key`), atomically and verified.
    `src_target` (what to connect to, whether a URI) reads `src` another way, e.g. read-only."""
    if not Path(src).is_file():  # connecting would create an empty database at `src`
        raise StorageError(msg("store", "There is no journal file at {src}; nothing was copied.",
                               src=src))
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    old_umask = os.umask(0o077)  # the copy is created owner-only, whatever the user's umask
    try:
        claim = _claim(partial)
    finally:
        os.umask(old_umask)
    try:
        where, uri = src_target or (str(src), False)
        conn = driver.connect(where, key=src_key or None, uri=uri)
        try:
            old_umask = os.umask(0o077)  # the copy is created owner-only, whatever the user's umask
            try:
                expected = driver.export(conn, str(partial), dest_key, before=_counts)
            finally:
                os.umask(old_umask)
        finally:
            conn.close()
        os.chmod(partial, 0o600)
        try:
            verify(partial, dest_key, expected)
        except driver.DatabaseError as exc:
            if "not a database" not in str(exc):
                raise
            raise StorageError(msg("store", "The new copy did not open with its passphrase, so it was not used. The "
                                   "journal is unchanged.")) from None
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)
        fsync_dir(dest.parent)
    except (driver.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        if _no_room(exc):
            raise StorageError(msg("store", "The disk is full, so the copy could not be written. Free some space on "
                                   "it and try again. The journal is unchanged.")) from None
        if isinstance(exc, OSError):
            raise
        raise StorageError(msg("store", "The copy could not be written ({reason}). The journal is unchanged.",
                               reason=exc)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.close(claim)
    return dest


def _no_room(exc: BaseException) -> bool:
    """Whether writing failed for want of space (SQLite's "database or disk is full", ENOSPC, a quota)."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return "full" in str(exc).lower()


def settle(db_path: Path, key: driver.Key) -> None:
    """Fold the write-ahead log into the file and leave WAL mode, so no -wal file remains that could be
    replayed onto a different file put in this one's place. Needs every other connection closed."""
    conn = driver.connect(str(db_path), key=key or None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = driver.scalar(conn, "PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    if str(mode).lower() != "delete" or Path(f"{db_path}-wal").exists():
        raise StorageError(msg("store", "The journal is still in use by another window or command; nothing was "
                               "changed."))


def swap_in(db_path: Path, new_file: Path, key: driver.Key) -> None:
    """Put a verified copy in the journal's place in one atomic rename. Before it the old journal is
    whole; after it the new one is. `key` is the current journal's key (to settle its log first)."""
    settle(db_path, key)
    os.replace(new_file, db_path)
    fsync_dir(db_path.parent)
    Path(f"{db_path}-shm").unlink(missing_ok=True)  # an index of the old log; rebuilt on open


def side_files(path: Path) -> list[Path]:
    """The names SQLite gives the files it keeps beside `path` (they may not exist)."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def clean_leftovers(db_path: Path) -> list[Path]:
    """Remove half-written copies a crash may have left (never the journal or a finished backup). Call it
    only with the key verified and the writer lock held (Database.open does): then journal.db.new is a
    leftover. A .partial that another process is still writing (it holds its flock) is left alone."""
    candidates = [db_path.with_name(db_path.name + ".new"), db_path.with_name(db_path.name + ".new.partial")]
    candidates += [side for made in candidates for side in side_files(made)]
    removed = _remove_stale(candidates)
    rollback = db_path.with_name(db_path.name + "-journal")
    if _cancelled(rollback):  # a kill while settle() switched journal modes; SQLite ignores it, it only lingers
        rollback.unlink(missing_ok=True)
        removed.append(rollback)
    backups = db_path.parent / "backups"
    if backups.is_dir():  # only names made from our backups' names: the person may keep files there too
        removed += remove_stale_partials(backups, lambda name: bool(BACKUP_NAME.match(name)))
    return removed


ROLLBACK_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the start of a rollback journal SQLite would replay


def _cancelled(rollback: Path) -> bool:
    """Whether `rollback` is a regular file of ours that SQLite would never replay (its header was zeroed
    or never written): a leftover. A hot journal (it starts with the magic) is SQLite's to roll back."""
    try:
        if rollback.is_symlink() or not rollback.is_file():
            return False
        with open(rollback, "rb") as fh:
            head = fh.read(len(ROLLBACK_MAGIC))
    except OSError:
        return False
    return head != ROLLBACK_MAGIC


def remove_stale_partials(folder: Path, ours: Callable[[str], bool]) -> list[Path]:
    """Remove from `folder` the half-made copies (NAME.partial) whose writer is gone, and what SQLite left
    beside them (NAME.partial-journal, -wal, -shm), but only those whose NAME `ours(NAME)` accepts: a folder
    the person chose may hold their own files. One that is still being written is left alone."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return []
    found = []
    for name in names:
        base = name
        for suffix in SIDE_SUFFIXES:
            base = base.removesuffix(suffix)
        if base.endswith(".partial") and ours(base.removesuffix(".partial")):
            found.append(folder / name)
    return _remove_stale(found)


def _remove_stale(candidates: list[Path]) -> list[Path]:
    removed = []
    for stale in candidates:
        copy = stale
        for suffix in SIDE_SUFFIXES:
            copy = copy.with_name(copy.name.removesuffix(suffix))
        # a copy still being made (its writer holds its flock) keeps its side files too
        if not os.path.lexists(stale) or (copy.name.endswith(".partial") and os.path.lexists(copy)
                                          and _in_use(copy)):
            continue
        if not stale.is_symlink() and not stale.is_file():
            continue  # a folder, a pipe: never ours
        try:
            stale.unlink()
            removed.append(stale)
        except FileNotFoundError:
            pass
    return removed
