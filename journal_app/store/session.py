"""Transactions. Every write is one `BEGIN IMMEDIATE ... COMMIT`; reads see one consistent snapshot."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from journal_app.core.errors import JournalError, StorageError
from journal_app.core.messages import storage_failure
from journal_app.store import driver

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


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn driver failures into a StorageError with a calm, specific message."""
    try:
        yield
    except JournalError:
        raise
    except DBAPIError as exc:
        raise StorageError(storage_failure(str(exc.orig))) from None
    except driver.Error as exc:
        raise StorageError(storage_failure(str(exc))) from None
    except OSError as exc:
        trouble = _OS_TROUBLE.get(exc.errno) if exc.errno is not None else None
        raise StorageError(storage_failure(trouble or exc.strerror or str(exc))) from None


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    with translate_errors(), engine.connect() as conn:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        except DBAPIError:
            # A connection whose write failed is not reused: a COMMIT that failed (disk full, I/O error) can
            # leave SQLite's transaction open while SQLAlchemy counts it as ended, so every later BEGIN would
            # fail. The next write opens a fresh connection (see also engine.make_engine, read-only files).
            conn.invalidate()
            raise


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    with translate_errors(), engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()
