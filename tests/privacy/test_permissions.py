"""Guarantee 3: the data folder is 0700 and everything the app writes in it is 0600, whatever the umask."""

from __future__ import annotations

import os
import stat

import pytest

from journal_app.services import backup, security
from journal_app.services.journal import Journal

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, make_entries


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def loose_modes(folder) -> list[str]:
    """Everything under (and including) `folder` whose mode is not 0700 (folders) / 0600 (files)."""
    bad = []
    top = os.stat(folder).st_mode
    if stat.S_IMODE(top) != 0o700:
        bad.append(f"{folder}/ {oct(stat.S_IMODE(top))}")
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            st = os.lstat(path)
            want = 0o700 if stat.S_ISDIR(st.st_mode) else 0o600
            if stat.S_IMODE(st.st_mode) != want or stat.S_ISLNK(st.st_mode):
                bad.append(f"{os.path.relpath(path, folder)} {oct(stat.S_IMODE(st.st_mode))}")
    return bad


def test_everything_owner_only_through_a_whole_session(data_dir, tmp_path, umask):
    journal = Journal.init(data_dir, passphrase=PASSPHRASE)
    try:
        assert loose_modes(data_dir) == []
        make_entries(journal, 10)
        assert {"journal.db-wal", "journal.db-shm"} <= {p.name for p in data_dir.iterdir()}
        assert loose_modes(data_dir) == []
        first = backup.make_backup(journal)
        assert loose_modes(data_dir) == []
        assert backup.daily_backup_if_due(journal) is None  # today's already made; nothing new
        security.change_passphrase(journal, OTHER_PASSPHRASE)
        make_entries(journal, 3)
        assert loose_modes(data_dir) == []
        backup.restore(journal, first.path, passphrase=PASSPHRASE)
        make_entries(journal, 2)
        assert loose_modes(data_dir) == []
        out_dir = tmp_path / "elsewhere"
        out_dir.mkdir()
        exported = backup.export_backup(journal, out_dir / "copy.db")
        assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    finally:
        journal.close()
    assert loose_modes(data_dir) == []
    with Journal.open(data_dir, passphrase=OTHER_PASSPHRASE) as again:  # a restore keeps the current passphrase
        make_entries(again, 1)
        assert loose_modes(data_dir) == []
    assert loose_modes(data_dir) == []


def test_plain_journal_encrypted_later_is_owner_only(data_dir, umask):
    with Journal.init(data_dir) as journal:
        make_entries(journal, 3)
        backup.make_backup(journal)
        security.change_passphrase(journal, PASSPHRASE)
        assert loose_modes(data_dir) == []
    assert loose_modes(data_dir) == []


def test_recovery_is_owner_only(data_dir, umask):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 3)
        backup.make_backup(journal)
    with open(data_dir / "journal.db", "r+b") as fh:
        fh.seek(40)
        fh.write(b"\xff" * 8)
    backup.recover_from_backup(data_dir, PASSPHRASE)
    assert loose_modes(data_dir) == []


def test_the_check_notices_a_loose_file(data_dir):
    with Journal.init(data_dir, passphrase=PASSPHRASE):
        pass
    (data_dir / "stray").touch(mode=0o644)
    os.chmod(data_dir / "stray", 0o644)
    assert loose_modes(data_dir) == ["stray 0o644"]
