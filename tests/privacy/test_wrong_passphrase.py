"""Guarantee 2: a wrong passphrase changes nothing: the journal, its write-ahead log and its shared-memory
index stay byte for byte, and no file appears or disappears."""

from __future__ import annotations

import pytest

from journal_app.core.errors import PassphraseRequired, WrongPassphrase
from journal_app.services.journal import Journal

from .conftest import PASSPHRASE, make_entries, snapshot


def _assert_refused_without_change(data_dir, passphrase="wrong", *, shm_too=True):
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase) as info:
        Journal.open(data_dir, passphrase=passphrase)
    assert "Nothing was changed" in str(info.value)
    after, before = snapshot(data_dir), dict(before)
    assert set(after) == set(before), "no file appears or disappears"
    result = dict(before)
    if not shm_too:
        before.pop("journal.db-shm", None)
        after.pop("journal.db-shm", None)
    assert after == before
    return result


def test_wrong_passphrase_while_another_window_has_it_open(data_dir):
    """journal.db and journal.db-wal byte for byte; no file added or removed. (-shm: see below.)"""
    other = Journal.init(data_dir, passphrase=PASSPHRASE)
    try:
        make_entries(other, 20)
        before = _assert_refused_without_change(data_dir, shm_too=False)
        assert {"journal.db", "journal.db-wal", "journal.db-shm"} <= set(before)
        for wrong in (PASSPHRASE + " ", PASSPHRASE.upper()):
            make_entries(other, 1)
            _assert_refused_without_change(data_dir, wrong, shm_too=False)
        before = snapshot(data_dir)
        with pytest.raises(PassphraseRequired):
            Journal.open(data_dir)
        assert snapshot(data_dir) == before
    finally:
        other.close()


@pytest.mark.parametrize("state", ["open elsewhere", "after a crash"])
def test_wrong_passphrase_leaves_the_shm_byte_identical_too(data_dir, tmp_path, state):
    """The WAL index too: the key must be checked before SQLite takes a read mark in -shm (or, after a
    crash, rebuilds it)."""
    import shutil

    other = Journal.init(tmp_path / "live" if state == "after a crash" else data_dir, passphrase=PASSPHRASE)
    try:
        make_entries(other, 20)  # the last write leaves the readers' marks behind the log's end
        if state == "after a crash":
            shutil.copytree(other.data_dir, data_dir)
        _assert_refused_without_change(data_dir)
    finally:
        other.close()


def test_wrong_passphrase_after_a_crash_leaves_the_log_alone(data_dir, tmp_path):
    """A crash-like state: the -wal and -shm of a journal whose process died, copied as they were."""
    import shutil

    live = tmp_path / "live"
    j = Journal.init(live, passphrase=PASSPHRASE)
    try:
        saved = make_entries(j, 15)
        shutil.copytree(live, data_dir)  # the files as a killed process would leave them
    finally:
        j.close()
    before = _assert_refused_without_change(data_dir, shm_too=False)
    assert (data_dir / "journal.db-wal").is_file() and "journal.db-wal" in before
    # and the right passphrase still finds every entry the log held
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == len(saved)


def test_wrong_passphrase_on_a_closed_journal(data_dir):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 5)
        from journal_app.services import backup

        backup.make_backup(journal)
    _assert_refused_without_change(data_dir)


def test_snapshot_notices_a_change(data_dir):
    """The comparison can fail: a new file, a changed byte."""
    with Journal.init(data_dir, passphrase=PASSPHRASE):
        pass
    before = snapshot(data_dir)
    (data_dir / "stray").write_bytes(b"x")
    assert snapshot(data_dir) != before
    (data_dir / "stray").unlink()
    data = bytearray((data_dir / "journal.db").read_bytes())
    data[-1] ^= 1
    (data_dir / "journal.db").write_bytes(bytes(data))
    assert snapshot(data_dir) != before
