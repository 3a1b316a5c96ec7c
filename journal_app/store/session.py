"""Transactions. Every write is one `BEGIN IMMEDIATE ... COMMIT`; reads see one consistent snapshot."""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, overload

from journal_app.core.errors import JournalError, StorageError
from journal_app.core.messages import storage_failure
from journal_app.store import driver
from journal_app.store.lean import LeanConnection, LeanEngine

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy import Connection, Engine

# OSError numbers, worded the way SQLite words the same trouble, so storage_failure can name it calmly
# (strerror alone says e.g. "Input/output error" or "Disk quota exceeded").
_OS_TROUBLE = {
    errno.ENOSPC: "database or disk is full",
    errno.EDQUOT: "database or disk is full",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "disk I/O error",
}


def _dbapi_errors() -> tuple[type[Exception], ...]:
    """SQLAlchemy's wrapper of driver errors, when SQLAlchemy is in use: a lean journal (store/lean.py) never
    imports it, and then no error can be one (the driver's own are caught as driver.Error)."""
    exc_module = sys.modules.get("sqlalchemy.exc")
    return (exc_module.DBAPIError,) if exc_module is not None else ()


def _write_errors() -> tuple[type[Exception], ...]:
    """What a failed write raises: the driver's own errors, and SQLAlchemy's wrapper of them when in use."""
    return (*_dbapi_errors(), driver.Error)


def integrity_errors() -> tuple[type[Exception], ...]:
    """SQLAlchemy's IntegrityError when SQLAlchemy is in use (see _dbapi_errors), for an `except` clause."""
    exc_module = sys.modules.get("sqlalchemy.exc")
    return (exc_module.IntegrityError,) if exc_module is not None else ()


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn driver failures into a StorageError with a calm, specific message."""
    try:
        yield
    except JournalError:
        raise
    except _dbapi_errors() as exc:
        raise StorageError(storage_failure(str(getattr(exc, "orig", exc)))) from None
    except driver.Error as exc:
        raise StorageError(storage_failure(str(exc))) from None
    except OSError as exc:
        trouble = _OS_TROUBLE.get(exc.errno) if exc.errno is not None else None
        raise StorageError(storage_failure(trouble or exc.strerror or str(exc))) from None


@overload
def write(engine: Engine) -> AbstractContextManager[Connection]: ...
@overload
def write(engine: LeanEngine) -> AbstractContextManager[LeanConnection]: ...
@overload
def write(engine: Engine | LeanEngine) -> AbstractContextManager[Connection | LeanConnection]: ...


def write(engine: Engine | LeanEngine) -> AbstractContextManager[Connection | LeanConnection]:
    """One write transaction: `BEGIN IMMEDIATE ... COMMIT`, rolled back on any exception."""
    return _write(engine)


@contextmanager
def _write(engine: Engine | LeanEngine) -> Iterator[Connection | LeanConnection]:
    conn: Connection | LeanConnection
    with translate_errors(), engine.connect() as conn:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        except _write_errors():
            # A connection whose write failed is not reused: a COMMIT that failed (disk full, I/O error) can
            # leave SQLite's transaction open while SQLAlchemy counts it as ended, so every later BEGIN would
            # fail. The next write opens a fresh connection (see also engine.make_engine, read-only files).
            conn.invalidate()
            raise


@overload
def read(engine: Engine) -> AbstractContextManager[Connection]: ...
@overload
def read(engine: LeanEngine) -> AbstractContextManager[LeanConnection]: ...
@overload
def read(engine: Engine | LeanEngine) -> AbstractContextManager[Connection | LeanConnection]: ...


def read(engine: Engine | LeanEngine) -> AbstractContextManager[Connection | LeanConnection]:
    """A connection that sees one consistent snapshot; nothing it does is kept."""
    return _read(engine)


@contextmanager
def _read(engine: Engine | LeanEngine) -> Iterator[Connection | LeanConnection]:
    conn: Connection | LeanConnection
    with translate_errors(), engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()
