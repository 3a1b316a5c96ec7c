"""The SQLite driver: SQLCipher 4 (sqlcipher3 wheel) for every connection, encrypted or not, so the
journal, its full-text index and its write-ahead log are all encrypted when a passphrase is set."""

from __future__ import annotations

from sqlcipher3 import dbapi2 as driver

Error = driver.Error
DatabaseError = driver.DatabaseError
OperationalError = driver.OperationalError
Connection = driver.Connection


def quote(text: str) -> str:
    """An SQL string literal: single quotes doubled, nothing else touched (emoji, backslashes, quotes)."""
    return "'" + text.replace("'", "''") + "'"


def connect(target: str, *, key: str | None, uri: bool = False, timeout: float = 5.0) -> Connection:
    """A connection with the key applied before anything reads the file. isolation_level=None: the store
    issues BEGIN/COMMIT itself."""
    conn = driver.connect(target, uri=uri, isolation_level=None, check_same_thread=False, timeout=timeout)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key must not print to the terminal or logs
        if key is not None:
            conn.execute(f"PRAGMA key = {quote(key)}")
    except BaseException:
        conn.close()
        raise
    return conn


def export(conn: Connection, dest: str, key: str | None, *, before=None):
    """Write a complete copy of `conn`'s main database to a new file `dest`, encrypted with `key`
    (None or "": not encrypted): every table, index, trigger and the FTS index, from one snapshot.
    `before(conn)`, if given, runs inside that snapshot first; its result is returned."""
    conn.execute(f"ATTACH DATABASE ? AS export KEY {quote(key or '')}", (dest,))
    try:
        conn.execute("BEGIN")
        try:
            result = before(conn) if before else None
            conn.execute("SELECT sqlcipher_export('export')")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE export")
    return result


KDF_ITER = 256_000  # SQLCipher 4's default PBKDF2-HMAC-SHA512 work factor; never lowered
SALT_BYTES = 16


def raw_key(passphrase: str, salt: bytes) -> str:
    """The key SQLCipher 4 derives from `passphrase` for a file with this salt, in its raw-key form.
    Deriving it once per unlock (the same KDF, same cost) lets every later connection skip the derivation."""
    import hashlib

    derived = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITER, 32)
    return f"x'{derived.hex()}{salt.hex()}'"


def file_salt(path) -> bytes:
    """An encrypted SQLCipher file begins with its salt."""
    with open(path, "rb") as fh:
        return fh.read(SALT_BYTES)
