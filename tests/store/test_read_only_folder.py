"""Item 11 of issue 14: a journal in a folder that cannot be written here (a read-only mount, or a folder
without write permission) can be read, says it is read-only, refuses every save calmly, and changes no
file. Three states of the folder: closed cleanly (journal.db alone), left by a crash (-wal and -shm), and a
-wal without its -shm (read from a private, encrypted copy that is removed afterwards).

As root (CI) the folder is seen through a read-only bind mount; otherwise it is made 0500."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.core.errors import ReadOnlyJournal
from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal
from tests.privacy.conftest import PASSPHRASE, snapshot

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)


def _journal(folder: Path, state: str, passphrase: str | None = PASSPHRASE) -> dict[int, str]:
    """A journal in `folder` in the given state; returns {id: body}."""
    live = folder.parent / (folder.name + "-live")
    journal = Journal.init(live, passphrase=passphrase)
    saved = {}
    try:
        for i in range(12):
            detail = journal.save(EntryForm(occurred_at=START + timedelta(hours=i), title=f"t{i}",
                                            body=f"read me {i} " * 50))
            saved[detail.id] = detail.body
        if state != "closed":
            shutil.copytree(live, folder)  # as a killed process leaves it: -wal and -shm
    finally:
        journal.close()
    if state == "closed":
        shutil.copytree(live, folder)
    if state == "wal without shm":
        (folder / "journal.db-shm").unlink()
    (folder / "journal.lock").unlink(missing_ok=True)
    expected = {"closed": {"journal.db"}, "after a crash": {"journal.db", "journal.db-wal", "journal.db-shm"},
                "wal without shm": {"journal.db", "journal.db-wal"}}[state]
    assert {p.name for p in folder.iterdir()} == expected
    assert state == "closed" or (folder / "journal.db-wal").stat().st_size > 0
    return saved


@pytest.mark.parametrize("state", ["closed", "after a crash", "wal without shm"])
def test_read_only_folder_is_readable_and_refuses_saves(tmp_path, read_only_view, state):
    folder = tmp_path / "journal"
    saved = _journal(folder, state)
    before = snapshot(folder)
    view = read_only_view(folder)
    with Journal.open(view, passphrase=PASSPHRASE) as journal:
        assert journal.read_only
        assert {i: journal.get(i).body for i in saved} == saved
        assert journal.entry_count() == len(saved)
        assert [r.id for r in journal.page().rows] == sorted(saved, reverse=True)
        with pytest.raises(ReadOnlyJournal) as refused:
            journal.save(EntryForm(occurred_at=START, body="cannot be saved here"))
        text = str(refused.value)
        assert "read-only" in text and "unchanged" in text
        # a backup to a place that can be written still works (e.g. to rescue the journal from a CD)
        from journal_app.store import copies

        elsewhere = journal.copy_to(tmp_path / "elsewhere" / "copy.db")
        assert copies.verify(elsewhere, PASSPHRASE)["entry"] == len(saved)
    assert snapshot(folder) == before, "nothing in the folder changed"
    leftovers = list(Path(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent")).glob("journal-read-only-*"))
    assert leftovers == [], "the private copy is removed on close"


def test_cli_lists_a_read_only_folder_with_a_note(tmp_path, read_only_view):
    folder = tmp_path / "journal"
    saved = _journal(folder, "after a crash")
    before = snapshot(folder)
    view = read_only_view(folder)
    env = dict(os.environ, JOURNAL_APP_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "journal_app", *args, "--data-dir", str(view)],
                              capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)

    listed = cli("list")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == len(saved)
    assert "read-only" in listed.stderr and "nothing can be saved" in listed.stderr
    added = cli("add", "more words")
    assert added.returncode == 1 and "read-only" in added.stderr and "unchanged" in added.stderr, added.stderr
    assert "refused" not in added.stderr and "Traceback" not in added.stderr
    assert snapshot(folder) == before


def test_plain_journal_read_only_folder(tmp_path, read_only_view):
    """Unencrypted: read in place when SQLite can; a -wal without -shm is never copied to a temporary
    folder (that copy would be plaintext): refused calmly instead."""
    folder = tmp_path / "journal"
    saved = _journal(folder, "after a crash", passphrase=None)
    with Journal.open(read_only_view(folder)) as journal:
        assert journal.read_only and journal.entry_count() == len(saved)
    other = tmp_path / "other"
    _journal(other, "wal without shm", passphrase=None)
    from journal_app.core.errors import StorageError

    with pytest.raises(StorageError) as refused:
        Journal.open(read_only_view(other))
    assert "read-only" in str(refused.value) and "Nothing was changed" in str(refused.value)
