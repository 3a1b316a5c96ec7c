"""Keys for SQLCipher, made by us: user text never reaches SQLCipher's key syntax (to SQLCipher,
`x'…'` is a raw key), so a passphrase is normalised to NFC, derived here with SQLCipher 4's own KDF
(PBKDF2-HMAC-SHA512, 256,000 rounds, the file's 16-byte salt) and handed over as a hex raw key.

Checking a key needs no database connection at all: every page of a SQLCipher 4 file (and of its
write-ahead log) carries an HMAC-SHA512 made with a key derived from the encryption key. A key is right
when a page's HMAC verifies with it. This reads bytes and changes no file, and it does not depend on the
main file being readable alone (after an interrupted checkpoint it is not; its newest pages are in the log).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import struct
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

KDF_ITER = 256_000  # SQLCipher 4's default PBKDF2-HMAC-SHA512 work factor; never lowered
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4's default page size (the app never changes it)
IV_BYTES = 16
HMAC_BYTES = 64
RESERVE = IV_BYTES + HMAC_BYTES
HMAC_SALT_MASK = 0x3A
HMAC_KDF_ITER = 2
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
SAMPLE_PAGES = 64  # pages looked at (in the file and in its log) before a key is called wrong
# What SQLCipher takes as a raw key: x'<64 hex>' (key) or x'<96 hex>' (key and salt)
_RAW_SYNTAX = re.compile(r"[xX]'([0-9a-fA-F]{64}|[0-9a-fA-F]{96})'")


@dataclass(frozen=True)
class RawKey:
    """A derived key and the salt it belongs to; `literal` is what SQLCipher is given (hex only, our text)."""

    key: bytes
    salt: bytes

    @property
    def literal(self) -> str:
        return "'" + f"x''{self.key.hex()}{self.salt.hex()}''" + "'"

    def __repr__(self) -> str:  # never print key material
        return "RawKey(…)"


def normal(passphrase: str) -> str:
    """The one form a passphrase is derived from: composed (NFC), so "café" typed either way is the same."""
    return unicodedata.normalize("NFC", passphrase)


def derive(text: str, salt: bytes) -> RawKey:
    """SQLCipher 4's derivation of `text` (exactly as given; see normal()) for a file with this salt."""
    return RawKey(hashlib.pbkdf2_hmac("sha512", text.encode("utf-8"), salt, KDF_ITER, KEY_BYTES), salt)


def fresh(passphrase: str) -> RawKey:
    """The key for a new file: a new random salt."""
    return derive(normal(passphrase), os.urandom(SALT_BYTES))


Derive = Callable[[str, bytes], RawKey]  # (passphrase, salt) -> the key


def candidates(passphrase: str, salt: bytes, current: Derive | None = None) -> Iterator[tuple[RawKey, bool]]:
    """Keys a passphrase may have been used as, most likely first (derived only when reached), each with
    whether it is the current form (NFC-derived). Older versions derived from the text as typed, and
    SQLCipher took `x'<hex>'` text as a raw key. `current(passphrase, salt)` derives the first one."""
    yield (current or (lambda text, s: derive(normal(text), s)))(passphrase, salt), True
    if normal(passphrase) != passphrase:
        yield derive(passphrase, salt), False
    raw = _RAW_SYNTAX.fullmatch(passphrase)
    if raw:
        digits = bytes.fromhex(raw.group(1))
        yield RawKey(digits[:KEY_BYTES], digits[KEY_BYTES:] or salt), False


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    mask = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, mask, HMAC_KDF_ITER, KEY_BYTES)


def page_ok(raw: RawKey, page: bytes, pgno: int) -> bool:
    """Whether this encrypted page's HMAC verifies with `raw` (page 1 starts after the salt)."""
    if len(page) != PAGE_SIZE or pgno < 1:
        return False
    start = SALT_BYTES if pgno == 1 else 0
    body = page[start:PAGE_SIZE - HMAC_BYTES]  # ciphertext and IV
    mac = hmac.new(_hmac_key(raw.key, raw.salt), body + struct.pack("<I", pgno), hashlib.sha512).digest()
    return hmac.compare_digest(mac, page[PAGE_SIZE - HMAC_BYTES:])


def _main_pages(path: Path, limit: int) -> Iterator[tuple[int, bytes]]:
    try:
        with open(path, "rb") as fh:
            for pgno in range(1, limit + 1):
                page = fh.read(PAGE_SIZE)
                if len(page) < PAGE_SIZE:
                    return
                yield pgno, page
    except OSError:
        return


def _wal_pages(path: Path, limit: int) -> Iterator[tuple[int, bytes]]:
    """(page number, page) of the first frames of the write-ahead log beside `path`, if any."""
    try:
        with open(f"{path}-wal", "rb") as fh:
            header = fh.read(WAL_HEADER)
            if len(header) < WAL_HEADER or struct.unpack(">I", header[8:12])[0] != PAGE_SIZE:
                return
            for _ in range(limit):
                frame = fh.read(WAL_FRAME_HEADER + PAGE_SIZE)
                if len(frame) < WAL_FRAME_HEADER + PAGE_SIZE:
                    return
                pgno: int = struct.unpack(">I", frame[:4])[0]
                yield pgno, frame[WAL_FRAME_HEADER:]
    except OSError:
        return


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted journal: the first 16 bytes of the file, or, while the file is still empty
    (everything in its log), of the log's copy of page 1."""
    for pgno, page in (*_main_pages(path, 1), *_wal_pages(path, SAMPLE_PAGES)):
        if pgno == 1:
            return page[:SALT_BYTES]
    return None


def matches(path: Path, raw: RawKey) -> bool:
    """Whether `raw` is the key of the journal at `path`: some page of the file or of its log verifies.
    A wrong key verifies none; a damaged page or two (or a torn checkpoint) does not hide a right key."""
    for pgno, page in (*_main_pages(path, SAMPLE_PAGES), *_wal_pages(path, SAMPLE_PAGES)):
        if page_ok(raw, page, pgno):
            return True
    return False


def find(path: Path, passphrase: str, derive_current: Derive | None = None) -> tuple[RawKey, bool] | None:
    """(the key the journal at `path` is encrypted with, whether it is the current NFC-derived one), or
    None when the passphrase is wrong. Reads a few pages; writes nothing."""
    salt = salt_of(path)
    if salt is None:
        return None
    for raw, current in candidates(passphrase, salt, derive_current):
        if matches(path, raw):
            return raw, current
    return None


def _log_salts(path: Path) -> list[bytes]:
    """The salts in the copies of page 1 that the write-ahead log beside `path` holds."""
    return [page[:SALT_BYTES] for pgno, page in _wal_pages(path, SAMPLE_PAGES) if pgno == 1]


def right_but_damaged(path: Path, passphrase: str, witness: Path | None = None,
                      derive_current: Derive | None = None) -> bool:
    """Called once find() found no key: whether the passphrase is right after all, so the journal's file is
    at fault. Proven two ways, reading only: (1) the journal's pages verify with the key made from the salt
    in its log's copy of page 1: then the salt at the start of the file is damaged; (2) the passphrase opens
    `witness`, a backup known to have the journal's current passphrase (the caller picks it). A wrong
    passphrase proves neither, so it is still called wrong. Costs a key derivation (0.1 s) or two."""
    own = salt_of(path)
    for salt in dict.fromkeys(_log_salts(path)):
        if salt == own:
            continue
        for raw, _current in candidates(passphrase, salt, derive_current):
            if matches(path, raw):
                return True
    return witness is not None and find(witness, passphrase, derive_current) is not None


def for_file(path: Path, secret: str | RawKey) -> RawKey:
    """The key to open an existing file with (a passphrase is matched against its pages, older forms too),
    or a fresh one for a file that does not exist yet or is empty."""
    if isinstance(secret, RawKey):
        return secret
    path = Path(path)
    salt = salt_of(path) if path.is_file() else None
    if salt is None:
        return fresh(secret)
    found = find(path, secret)
    return found[0] if found else derive(normal(secret), salt)
