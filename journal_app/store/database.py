"""Opening, creating and closing a journal folder."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.core import messages
from journal_app.core.errors import JournalError, JournalExists, NotAJournal, StorageError
from journal_app.core.i18n import msg
from journal_app.core.messages import no_journal
from journal_app.core.paths import database_path
from journal_app.store import copies, driver, keys, migrate, upgrade_backup
from journal_app.store import engine as engine_mod
from journal_app.store.lean import LeanEngine

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

REQUIRED_TABLES = {"entry", "trigger", "entry_trigger", "person", "entry_person", "entry_response", "entry_fts"}


def journal_state(data_dir: Path) -> str:
    """'missing' (no journal file yet, or an empty one), 'plain' or 'encrypted'. Reads only the header."""
    path = database_path(data_dir)
    if not path.is_file():
        return "missing"
    kind = engine_mod.check_file_kind(path)
    return "missing" if kind == "new" else kind


def _known(revision: str) -> bool:
    try:
        return migrate.is_known(revision)
    except Exception:  # alembic raises for ids it cannot resolve
        return False


class Database:
    """One open journal: its folder, its file and the engine that talks to it."""

    def __init__(
        self, data_dir: Path, path: Path, engine: Engine | LeanEngine, key: str | None = None,
        conn_key: driver.RawKey | None = None, *, mode: str = "rw", copy_dir: Path | None = None,
        warning: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.path = path
        self.engine = engine  # SQLAlchemy's, or a LeanEngine (open(lean=True) on an up-to-date journal)
        self.key = key  # the passphrase, as the person typed it
        self.conn_key = conn_key  # what connections use: the derived raw key (None: not encrypted)
        self.mode = mode  # "rw", or how a folder that cannot be written here is read (engine.access_mode)
        self.warning = warning  # a sentence to show once (e.g. the folder is open to others), or None
        self._copy_dir = copy_dir  # a private copy read in place of a read-only folder's journal, if any
        # open(lean=True, full_when_needed=True) (the window): SQLAlchemy's engine, made when first asked for
        self.full_when_needed = False
        self._full_lock = threading.Lock()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def read_target(self) -> tuple[str, bool]:
        """(what a reading connection connects to, whether it is a URI): the file itself, or read-only."""
        path = self._copy_dir / self.path.name if self._copy_dir is not None else self.path
        if not self.read_only:
            return str(path), False
        return engine_mod.target(path, self.mode)

    @property
    def read_only(self) -> bool:
        """True when the journal's folder cannot be written here: it can be read, nothing can be saved."""
        return self.mode != "rw"

    def full_engine(self) -> Engine:
        """SQLAlchemy's engine (for Journal.reading() and writing()). A journal opened lean has none, unless it
        was opened with `full_when_needed`: then it is made now, once, and from then on it is the journal's only
        engine (the lean one's connections are closed: one pool, as if opened so). Importing SQLAlchemy costs
        more than the window's whole first page, so the window opens lean and loads it when first needed."""
        engine = self.engine
        if not isinstance(engine, LeanEngine):
            return engine
        if not self.full_when_needed:
            raise RuntimeError("this journal was opened lean: reading() and writing() need Journal.open()")
        with self._full_lock:
            if isinstance(self.engine, LeanEngine):
                lean = self.engine
                self.engine = engine_mod.make_engine(lean.path, lean.key, lean.mode)
                lean.dispose()  # (a connection still in use on a worker is closed when it is given back)
            return self.engine

    @classmethod
    def open(
        cls, data_dir: Path, *, key: str | None = None, create: bool = False, must_be_new: bool = False,
        lean: bool = False, full_when_needed: bool = False,
    ) -> Database:
        """Open (or create) the journal in `data_dir`. An encrypted journal needs its passphrase as `key`;
        a new journal is encrypted when a key is given. A plain journal ignores the key. A wrong passphrase
        (or a file that is not a journal) changes no file: the key is checked by reading page HMACs, and
        leftovers are tidied only after that, by the holder of the writer lock. `lean`: an up-to-date journal
        is reached through store/lean.py, without SQLAlchemy (a journal that needs migrating opens as usual);
        with `full_when_needed`, SQLAlchemy's engine is made too once something asks for it (full_engine)."""
        data_dir = Path(data_dir)
        path = database_path(data_dir)
        if data_dir.exists() and not data_dir.is_dir():
            raise NotAJournal(msg("store", "{data_dir} is a file, not a journal folder.",
                                  data_dir=data_dir))
        current = True
        if path.exists():
            if must_be_new:
                raise JournalExists(msg("store", "A journal already exists in {data_dir}; nothing was changed.",
                                        data_dir=data_dir))
            kind = engine_mod.check_file_kind(path)
            is_new = kind == "new"
            key = engine_mod.require_key(kind, key) if not is_new else (key or None)
        else:
            if not create:
                raise NotAJournal(no_journal(str(data_dir)))
            try:
                engine_mod.make_private_dir(data_dir)
                engine_mod.create_private_file(path)
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise StorageError(messages.disk_full_open()) from None
                raise StorageError(
                    msg("store", "The journal could not be created in {data_dir}: {reason}.",
                        data_dir=data_dir, reason=exc.strerror or exc)
                ) from None
            is_new = True
            key = key or None

        conn_key: driver.RawKey | None = None
        if key and is_new:
            conn_key = keys.fresh(key)  # a new random salt; SQLCipher writes it at the start of the file
        elif key:
            conn_key, current = engine_mod.verify_key(path, key)  # reads only; WrongPassphrase if wrong
        mode = "rw" if is_new else engine_mod.access_mode(path)
        copy_dir = None
        if mode == "copy":
            if not conn_key:  # a copy of an unencrypted journal would be plaintext in a temporary folder
                raise StorageError(messages.read_only_unopenable(str(path)))
            try:
                path_read = engine_mod.private_copy(path)
            except OSError as exc:
                raise engine_mod.failure(path, exc, read_only=True) from None
            copy_dir, mode = path_read.parent, "ro"
        else:
            path_read = path
        try:
            db = cls._open_checked(data_dir, path, path_read, key, conn_key, current, is_new, mode, copy_dir, lean)
            db.full_when_needed = full_when_needed
            return db
        except BaseException:
            if copy_dir is not None:
                shutil.rmtree(copy_dir, ignore_errors=True)
            raise

    @classmethod
    def _open_checked(cls, data_dir: Path, path: Path, path_read: Path, key: str | None,
                      conn_key: driver.RawKey | None, current: bool, is_new: bool, mode: str,
                      copy_dir: Path | None, lean: bool = False) -> Database:
        # Look before touching: the PRAGMAs (WAL above all) would rewrite the header of a foreign database.
        revision, tables = engine_mod.probe(path_read, conn_key, mode) if not is_new else (None, set())
        if revision is None and not is_new and tables:
            raise NotAJournal(
                msg("store", "{path} is a database, but not a Relationship Patterns journal. Nothing was changed.",
                    path=path)
            )
        if revision is not None and revision != migrate.HEAD_REVISION and not _known(revision):
            raise NotAJournal(
                msg("store", "{path} was written by a newer version of Relationship Patterns Journal. Please update "
                    "the app to open it. Nothing was changed.", path=path)
            )
        if mode != "rw" and revision != migrate.HEAD_REVISION:
            raise StorageError(
                msg("store", "{path} was written by an older version of the app and must be updated before it can be "
                    "read, but its folder is read-only here. Copy the whole folder somewhere you can write and open "
                    "it there. Nothing was changed.", path=path)
            )
        if mode == "rw" and not is_new:  # the key is right and the file is a journal: tidy up, if ours to do
            with writer_lock(data_dir) as held:
                if held:
                    copies.clean_leftovers(path)
            if conn_key is not None and key is not None and not current:  # (a key was derived from `key`)
                with writer_lock(data_dir, create=True) as held:  # swapping the file needs it for real
                    if held:
                        conn_key = _update_key(path, conn_key, key)
        if lean and revision == migrate.HEAD_REVISION and tables >= REQUIRED_TABLES:
            warning = engine_mod.tighten_permissions(data_dir, path) if mode == "rw" else None
            return cls(data_dir, path, LeanEngine(path_read, conn_key, mode), key, conn_key, mode=mode,
                       copy_dir=copy_dir, warning=warning)
        engine = engine_mod.make_engine(path_read, conn_key, mode)
        try:
            if revision != migrate.HEAD_REVISION:
                if revision is not None:
                    upgrade_backup.backup_before_migration(path, revision, conn_key)
                migrate.upgrade(engine)
            elif not tables >= REQUIRED_TABLES:
                raise NotAJournal(msg("store", "{path} is missing parts of a journal, so it was not opened. Nothing "
                                      "was changed.",
                                      path=path))
        except BaseException:
            engine.dispose()
            raise
        warning = engine_mod.tighten_permissions(data_dir, path) if mode == "rw" else None
        return cls(data_dir, path, engine, key, conn_key, mode=mode, copy_dir=copy_dir, warning=warning)

    def close(self) -> None:
        self.engine.dispose()  # (SQLAlchemy's, or LeanEngine.dispose: the same)
        if self._copy_dir is not None:
            shutil.rmtree(self._copy_dir, ignore_errors=True)
            self._copy_dir = None


@contextmanager
def writer_lock(data_dir: Path, *, create: bool = False) -> Iterator[bool]:
    """Whether this process may tidy the folder now: it already holds the writer lock (the window, or a
    command that writes), or it can take it for a moment. False when another process holds it. Without
    `create`, a folder with no lock file counts as free (every holder creates the file first), and no lock
    file is made just to tidy up."""
    from journal_app.system.instance_lock import JournalLock

    lock = JournalLock(data_dir)
    if not create and not os.path.lexists(lock.path):
        yield True
        return
    try:
        taken = lock.acquire()
    except OSError:
        yield False
        return
    try:
        yield taken or lock.holder() == os.getpid()
    finally:
        if taken:
            lock.release()


def _update_key(path: Path, old: driver.RawKey, passphrase: str) -> driver.RawKey:
    """A journal keyed the way older versions did it (the passphrase as typed, not NFC; or `x'…'` text taken
    as a raw key) is re-encrypted with the current derivation, through a verified copy swapped in atomically.
    If that cannot be done now (another window has it open, a full disk), it opens with the old key and
    the update is tried again next time."""
    staged = path.with_name(path.name + ".new")
    new = keys.fresh(passphrase)
    try:
        copies.write_verified_copy(path, old, staged, new)
        copies.swap_in(path, staged, old)
    except (JournalError, driver.Error, OSError):
        staged.unlink(missing_ok=True)
        log.warning("the journal's key could not be updated to the current form; it opens as before")
        return old
    return new
