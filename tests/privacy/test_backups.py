"""Guarantee 7: backups rotate, are encrypted with the journal's key, come daily, never overwrite, and
restore brings a journal back (after backing up the current one)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal_app.core.errors import InvalidInput, WrongPassphrase
from journal_app.services import backup, security
from journal_app.services.journal import Journal
from journal_app.store import driver
from journal_app.store.engine import check_file_kind

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, integrity, make_entries, read_entries, snapshot


def test_rotation_keeps_the_ten_newest_and_the_oldest_still_restores(encrypted):
    saved = make_entries(encrypted, 2)
    made = [backup.make_backup(encrypted).path for _ in range(12)]
    assert len(set(made)) == 12, "every backup got its own name"
    listed = [b.path for b in backup.list_backups(encrypted.data_dir)]
    assert listed == list(reversed(made[2:]))
    assert sorted(p.name for p in (encrypted.data_dir / "backups").iterdir()) == sorted(p.name for p in made[2:])
    # The safety copy made before a restore rotates the backups again, which removes the oldest: the one
    # being restored must have been read before that.
    make_entries(encrypted, 2, prefix="later")
    backup.restore(encrypted, listed[-1])
    assert encrypted.entry_count() == 2
    assert {i: encrypted.get(i).body for i in saved} == saved
    assert len(backup.list_backups(encrypted.data_dir)) == backup.KEEP


def test_backups_are_encrypted_with_the_journals_key(encrypted):
    saved = make_entries(encrypted, 4)
    info = backup.make_backup(encrypted)
    assert check_file_kind(info.path) == "encrypted"
    assert integrity(info.path, PASSPHRASE) == "ok"
    assert read_entries(info.path, PASSPHRASE) == saved
    with pytest.raises(driver.DatabaseError):
        read_entries(info.path, OTHER_PASSPHRASE)
    with pytest.raises(driver.DatabaseError):
        read_entries(info.path, None)


def test_backup_after_a_passphrase_change_uses_the_new_key(encrypted):
    make_entries(encrypted, 2)
    security.change_passphrase(encrypted, OTHER_PASSPHRASE)
    (before_change,) = backup.list_backups(encrypted.data_dir)
    assert before_change.reason == "before-passphrase-change"
    assert integrity(before_change.path, PASSPHRASE) == "ok"  # the journal as it was, old key
    after = backup.make_backup(encrypted)
    assert integrity(after.path, OTHER_PASSPHRASE) == "ok"
    with pytest.raises(driver.DatabaseError):
        integrity(after.path, PASSPHRASE)


def test_daily_backup_once_per_local_day(encrypted):
    assert backup.daily_backup_if_due(encrypted) is None, "an empty journal has nothing to keep"
    make_entries(encrypted, 1)
    today = date.today()
    first = backup.daily_backup_if_due(encrypted, today)
    assert first is not None and first.reason == "daily"
    assert backup.daily_backup_if_due(encrypted, today) is None
    assert backup.daily_backup_if_due(encrypted) is None
    assert len(backup.list_backups(encrypted.data_dir)) == 1
    tomorrow = backup.daily_backup_if_due(encrypted, today + timedelta(days=1))
    assert tomorrow is not None
    assert len(backup.list_backups(encrypted.data_dir)) == 2


def test_export_backup_refuses_an_existing_file(encrypted, tmp_path):
    make_entries(encrypted, 2)
    out = tmp_path / "usb" / "journal-copy.db"
    out.parent.mkdir()
    out.write_bytes(b"something precious")
    with pytest.raises(InvalidInput):
        backup.export_backup(encrypted, out)
    assert out.read_bytes() == b"something precious"
    assert sorted(p.name for p in out.parent.iterdir()) == ["journal-copy.db"]
    fresh = backup.export_backup(encrypted, out.parent / "new.db")
    assert integrity(fresh, PASSPHRASE) == "ok"
    with pytest.raises(InvalidInput):
        backup.export_backup(encrypted, fresh)


def test_restore_brings_back_a_deleted_entry_after_backing_up(encrypted):
    saved = make_entries(encrypted, 3)
    victim = min(saved)
    kept = backup.make_backup(encrypted)
    encrypted.move_to_trash(victim)
    assert encrypted.empty_trash() == 1
    extra = make_entries(encrypted, 1, prefix="written after the backup")
    backup.restore(encrypted, kept.path)
    assert encrypted.get(victim).body == saved[victim]
    assert encrypted.entry_count() == 3
    before_restore = [b for b in backup.list_backups(encrypted.data_dir) if b.reason == "before-restore"]
    assert len(before_restore) == 1
    # the safety copy holds the journal as it was just before the restore
    held = read_entries(before_restore[0].path, PASSPHRASE)
    assert victim not in held and set(extra) <= set(held)
    assert kept.path.is_file() and integrity(kept.path, PASSPHRASE) == "ok"


def test_restore_a_backup_with_another_passphrase(data_dir):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        saved = make_entries(journal, 3)
        old = backup.make_backup(journal)
        security.change_passphrase(journal, OTHER_PASSPHRASE)
        make_entries(journal, 2, prefix="later")
        with pytest.raises(InvalidInput):
            backup.restore(journal, old.path)  # with the journal's (new) passphrase it does not open
        assert journal.entry_count() == 5
        assert backup.restore(journal, old.path, passphrase=PASSPHRASE) == backup.RESTORED_CURRENT_PASSPHRASE
        assert journal.opens_with(OTHER_PASSPHRASE)  # a restore never brings back an earlier passphrase
        assert {i: journal.get(i).body for i in saved} == saved and journal.entry_count() == 3
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=PASSPHRASE)
    with Journal.open(data_dir, passphrase=OTHER_PASSPHRASE) as journal:
        assert journal.entry_count() == 3


def test_failed_restore_changes_nothing(encrypted, tmp_path):
    make_entries(encrypted, 2)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x13" * 8192)
    before = {k: v for k, v in snapshot(encrypted.data_dir).items() if not k.endswith("-shm")}
    with pytest.raises(InvalidInput):
        backup.restore(encrypted, junk)
    with pytest.raises(InvalidInput):
        backup.restore(encrypted, tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    after = {k: v for k, v in snapshot(encrypted.data_dir).items() if not k.endswith("-shm")}
    assert after == before
    assert junk.read_bytes() == b"\x13" * 8192
    assert encrypted.entry_count() == 2
