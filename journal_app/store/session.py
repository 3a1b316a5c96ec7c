"""Transactions. Every write is one `BEGIN IMMEDIATE ... COMMIT`; reads see one consistent snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from journal_app.errors import JournalError, StorageError
from journal_app.messages import storage_failure
from journal_app.store import driver


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
        raise StorageError(storage_failure(exc.strerror or str(exc))) from None


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    with translate_errors(), engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    with translate_errors(), engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()
