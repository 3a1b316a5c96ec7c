"""The SQLite driver: SQLCipher 4 (sqlcipher3 wheel) for every connection, encrypted or not, so the
journal, its full-text index and its write-ahead log are all encrypted when a passphrase is set.

Keys: a passphrase is never given to SQLCipher as text (it would take `x'…'` as a raw key); it becomes a
hex raw key in journal_app.store.keys first, here, for every connection and every attached copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import unquote, urlsplit

from sqlcipher3 import dbapi2 as driver

from journal_app.store import keys

# part of this module's API (the store's other modules name them as driver.*)
RawKey = keys.RawKey
KDF_ITER = keys.KDF_ITER
SALT_BYTES = keys.SALT_BYTES

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; it is pysqlite3 (the standard sqlite3 module built against SQLCipher),
    # with the same classes and signatures, so the checker reads it as sqlite3.
    import sqlite3

    Connection = sqlite3.Connection
    Error = sqlite3.Error
    DatabaseError = sqlite3.DatabaseError
    OperationalError = sqlite3.OperationalError
else:
    Error = driver.Error
    DatabaseError = driver.DatabaseError
    OperationalError = driver.OperationalError
    Connection = driver.Connection

module: ModuleType = driver  # the DB-API module, for SQLAlchemy (it wraps its errors like sqlite3's)
_T = TypeVar("_T")

Key = RawKey | str | None  # a derived key, a passphrase (derived here), or None (not encrypted)


def scalar(conn: Connection, sql: str) -> object:
    """The one value the statement returns (a count, a PRAGMA's setting)."""
    (value,) = conn.execute(sql).fetchone()
    return value


def quote(text: str) -> str:
    """An SQL string literal: single quotes doubled, nothing else touched (emoji, backslashes, quotes)."""
    return "'" + text.replace("'", "''") + "'"


def _file_of(target: str, uri: bool) -> Path:
    if uri and target.startswith("file:"):
        return Path(unquote(urlsplit(target).path))
    return Path(target)


def resolve(target: str | Path, key: Key, *, uri: bool = False) -> RawKey | None:
    """The raw key for the file `target` (None: not encrypted)."""
    if not key:
        return None
    return keys.for_file(_file_of(str(target), uri), key)


def connect(target: str, *, key: Key, uri: bool = False, timeout: float = 5.0) -> Connection:
    """A connection with the key applied before anything reads the file. isolation_level=None: the store
    issues BEGIN/COMMIT itself."""
    raw = resolve(target, key, uri=uri)
    conn: Connection = driver.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
                                          timeout=timeout)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key must not print to the terminal or logs
        if raw is not None:
            conn.execute(f"PRAGMA key = {raw.literal}")
    except BaseException:
        conn.close()
        raise
    return conn


def export(conn: Connection, dest: str, key: Key, *, before: Callable[[Connection], _T] | None = None) -> _T | None:
    """Write a complete copy of `conn`'s main database to a new file `dest`, encrypted with `key`
    (None or "": not encrypted; a passphrase gets a new salt): every table, index, trigger and the FTS
    index, from one snapshot. `before(conn)`, if given, runs inside that snapshot first; its result is
    returned."""
    raw = key if isinstance(key, RawKey) else keys.fresh(key) if key else None
    conn.execute(f"ATTACH DATABASE ? AS export KEY {raw.literal if raw else quote('')}", (dest,))
    try:
        conn.execute("BEGIN")
        try:
            result = before(conn) if before else None
            conn.execute("SELECT sqlcipher_export('export')")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a failed COMMIT (a full disk) has already rolled back: keep its error
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE export")
    return result


def raw_key(passphrase: str, salt: bytes) -> RawKey:
    """The key for `passphrase` (NFC) in a file with this salt. Deriving it once per unlock (the same KDF,
    same cost as SQLCipher's) lets every later connection skip the derivation."""
    return keys.derive(keys.normal(passphrase), salt)


def file_salt(path: Path | str) -> bytes:
    """An encrypted SQLCipher file begins with its salt."""
    return keys.salt_of(Path(path)) or b""
