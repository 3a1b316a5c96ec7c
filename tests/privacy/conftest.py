"""Helpers for the privacy and durability guarantees: encrypted journals, file listings, digests,
canary scans. Qt-free."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

PASSPHRASE = "lantern orbit pickle 42"
OTHER_PASSPHRASE = "quiet harbour velvet 7"


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str | None]:
    """Every file and folder under `folder` (recursive): relative path -> SHA-256 (None for folders)."""
    folder = Path(folder)
    found: dict[str, str | None] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            found[os.path.relpath(os.path.join(root, name), folder) + "/"] = None
        for name in files:
            path = Path(root) / name
            found[os.path.relpath(path, folder)] = digest(path)
    return found


def encodings(word: str) -> list[bytes]:
    """The forms a word could take on disk: UTF-8 and UTF-16 (both byte orders), as typed, lower and
    upper case (the full-text index folds case)."""
    forms = []
    for variant in dict.fromkeys((word, word.lower(), word.upper())):
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            forms.append(variant.encode(codec))
    return forms


def files_containing(folder: Path, words: list[str]) -> list[tuple[str, str]]:
    """(file, word) for every word found, in any encoding, in any file under `folder`."""
    hits = []
    patterns = [(w, form) for w in words for form in encodings(w)]
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                data = path.read_bytes()
            except FileNotFoundError:  # a temporary file that went away while we looked
                continue
            for word, form in patterns:
                if form in data:
                    hits.append((str(path), word))
    return sorted(set(hits))


def make_entries(journal, n: int, *, prefix: str = "entry") -> dict[int, str]:
    """Save n small entries; returns {id: body}."""
    from journal_app.models.values import EntryForm

    start = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    saved = {}
    for i in range(n):
        detail = journal.save(
            EntryForm(occurred_at=start + timedelta(hours=i), title=f"{prefix} {i}", body=f"{prefix} body {i} " * 5)
        )
        saved[detail.id] = detail.body
    return saved


def read_entries(db_path: Path, key: str | None) -> dict[int, str]:
    """{id: body} of every entry, straight from the file (read-only, keyed)."""
    from journal_app.store import driver

    conn = driver.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", key=key, uri=True)
    try:
        return dict(conn.execute("SELECT id, body FROM entry").fetchall())
    finally:
        conn.close()


def integrity(db_path: Path, key: str | None) -> str:
    from journal_app.store import driver

    conn = driver.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", key=key, uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def encrypted(data_dir):
    """An encrypted journal (PASSPHRASE), open."""
    from journal_app.services.journal import Journal

    j = Journal.init(data_dir, passphrase=PASSPHRASE)
    yield j
    j.close()
