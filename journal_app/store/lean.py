"""A thin DB-API stand-in for the SQLAlchemy engine, for commands that must start fast (`journal-app list`,
`add`, `stats`): importing SQLAlchemy costs several times more than the command's own work.

Connections come from engine.connect(), so they have every PRAGMA applied and checked, exactly like the
engine's. What the engine's events do is done here too: a journal opened read-only refuses `BEGIN
IMMEDIATE` with ReadOnlyJournal; a connection opened while the file could not be written is replaced once
it can; closing folds the write-ahead log into the file. Errors are the driver's own (sqlite3-like), which
session.translate_errors words calmly, as it does SQLAlchemy's.

Only an up-to-date journal is opened this way (database.Database.open(lean=True)): a journal that needs a
migration takes the normal path, with Alembic and its backup first.
"""

from __future__ import annotations

import os
import threading
from collections import namedtuple
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple

from journal_app.core import messages
from journal_app.core.errors import ReadOnlyJournal
from journal_app.store import driver
from journal_app.store import engine as engine_mod
from journal_app.store.sql import Params, Positional, expand

if TYPE_CHECKING:
    from sqlite3 import Cursor  # sqlcipher3's cursor is sqlite3's (see driver.py)


@lru_cache(maxsize=256)
def _row_type(names: tuple[str, ...]) -> type[NamedTuple]:
    """A row class with the statement's column names (a name that is not an identifier, like `count(*)`,
    is reached by position only, as with SQLAlchemy's rows)."""
    row: type[NamedTuple] = namedtuple("Row", names, rename=True)  # type: ignore[misc]  # names known at run time
    return row


class LeanResult:
    """The rows of one statement, read like SQLAlchemy's CursorResult (see store/sql.py's Result)."""

    def __init__(self, cursor: Cursor) -> None:
        self._cursor = cursor
        names = tuple(d[0] for d in cursor.description) if cursor.description else ()
        self._make = _row_type(names)._make if names else tuple

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    @property
    def lastrowid(self) -> int:
        return int(self._cursor.lastrowid or 0)

    def all(self) -> Sequence[Any]:
        return [self._make(r) for r in self._cursor.fetchall()]

    fetchall = all

    def first(self) -> Any:
        row = self._cursor.fetchone()
        self._cursor.close()
        return None if row is None else self._make(row)

    def fetchone(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else self._make(row)

    def one(self) -> Any:
        rows = self.all()
        if len(rows) != 1:
            raise driver.DatabaseError(f"expected one row, got {len(rows)}")
        return rows[0]

    def scalar(self) -> Any:
        row = self.first()
        return None if row is None else row[0]

    def scalar_one(self) -> Any:
        return self.one()[0]

    def __iter__(self) -> Iterator[Any]:
        return (self._make(r) for r in self._cursor)


class LeanConnection:
    """One connection taken from a LeanEngine; closing it gives it back (rolled back, like the pool does)."""

    def __init__(self, engine: LeanEngine, raw: driver.Connection, opened_read_only: bool) -> None:
        self._engine = engine
        self._raw: driver.Connection | None = raw
        self._opened_read_only = opened_read_only

    @property
    def raw(self) -> driver.Connection:
        if self._raw is None:
            raise driver.OperationalError("the connection is closed")
        return self._raw

    def exec_driver_sql(self, statement: str,
                        parameters: Params | list[Params] | Positional | None = None) -> LeanResult:
        if self._engine.mode != "rw" and statement.lstrip().upper().startswith("BEGIN IMMEDIATE"):
            raise ReadOnlyJournal(messages.read_only_write())
        cursor = self.raw.cursor()
        if isinstance(parameters, list):  # as SQLAlchemy reads it: a list is one set of values per run
            cursor.executemany(statement, parameters)
        else:  # a dict (named), a tuple (positional), or nothing
            cursor.execute(statement, parameters if parameters is not None else ())
        return LeanResult(cursor)

    def execute(self, statement: object, parameters: Params | list[Params] | None = None) -> LeanResult:
        """A statement given as text, or as an SQLAlchemy text() clause (its SQL is read from `.text`), with
        list values expanded into IN-lists: query code written for SQLAlchemy runs unchanged."""
        sql = getattr(statement, "text", statement)
        if not isinstance(sql, str):
            raise TypeError(f"not an SQL statement: {type(statement).__name__}")
        if isinstance(parameters, list):
            return self.exec_driver_sql(sql, parameters)
        return self.exec_driver_sql(*expand(sql, parameters))

    def commit(self) -> None:
        self.raw.commit()

    def rollback(self) -> None:
        if self._raw is not None and self._raw.in_transaction:
            self._raw.rollback()

    def invalidate(self) -> None:
        """Close the connection for good: the next one is opened afresh (see session.write)."""
        if self._raw is not None:
            raw, self._raw = self._raw, None
            try:
                raw.close()
            except driver.Error:
                pass

    def close(self) -> None:
        if self._raw is not None:
            raw, self._raw = self._raw, None
            try:
                if raw.in_transaction:
                    raw.rollback()
            except driver.Error:
                raw.close()
                return
            self._engine.give_back(raw, self._opened_read_only)

    def __enter__(self) -> LeanConnection:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class LeanEngine:
    """What Database and session need of an engine (`connect()`, `dispose()`), over plain connections."""

    def __init__(self, path: Path, key: driver.Key = None, mode: str = "rw") -> None:
        self.path = Path(path)
        self.key = key
        self.mode = mode
        self._idle: list[tuple[driver.Connection, bool]] = []  # (connection, opened while read-only)
        self._lock = threading.Lock()  # the window's workers each take a connection of their own
        self._disposed = False  # (a connection given back after dispose() is closed, not kept)

    def _take_idle(self) -> tuple[driver.Connection, bool] | None:
        with self._lock:
            return self._idle.pop() if self._idle else None

    def connect(self) -> LeanConnection:
        while (idle := self._take_idle()) is not None:
            raw, opened_read_only = idle
            if opened_read_only and self.mode == "rw" and os.access(self.path, os.W_OK):
                raw.close()  # writable again: a connection opened read-only would stay so
                continue
            return LeanConnection(self, raw, opened_read_only)
        read_only = self.mode == "rw" and not os.access(self.path, os.W_OK)
        raw = (engine_mod.connect(self.path, self.key) if self.mode == "rw"  # as make_engine's creator calls it
               else engine_mod.connect(self.path, self.key, self.mode))
        return LeanConnection(self, raw, read_only)

    def give_back(self, raw: driver.Connection, opened_read_only: bool) -> None:
        with self._lock:
            if not self._disposed:
                self._idle.append((raw, opened_read_only))
                return
        raw.close()

    def dispose(self) -> None:
        """Close every idle connection; a writable journal's log is folded into the file first. Connections in
        use are closed when they are given back."""
        with self._lock:
            self._disposed = True
        while (idle := self._take_idle()) is not None:
            raw, _ = idle
            try:
                if self.mode == "rw":
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except driver.Error:
                pass
            finally:
                raw.close()
