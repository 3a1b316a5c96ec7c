"""Backups in a folder the person chose: encrypted like the journal, 0600 files in a 0700 folder when we make
it, rotated to `keep`, and rotation or clean-up never touches anything in that folder that is not ours.
Recovery finds them there too."""

from __future__ import annotations

import os
import stat
from datetime import date

from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.store.engine import check_file_kind

from .conftest import PASSPHRASE, integrity, make_entries, read_entries


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_backups_go_to_the_chosen_folder_encrypted_and_private(encrypted, tmp_path):
    saved = make_entries(encrypted, 3)
    folder = tmp_path / "usb" / "journal backups"
    info = backup.make_backup(encrypted, folder=folder)
    assert info.path.parent == folder and not (encrypted.data_dir / "backups").exists()
    assert mode(folder) == 0o700 and mode(info.path) == 0o600
    assert check_file_kind(info.path) == "encrypted" and integrity(info.path, PASSPHRASE) == "ok"
    assert read_entries(info.path, PASSPHRASE) == saved
    assert [b.path for b in backup.list_backups(encrypted.data_dir, folder)] == [info.path]
    assert backup.list_backups(encrypted.data_dir) == []


def test_rotation_keeps_n_and_never_touches_other_files(journal, tmp_path):
    make_entries(journal, 1)
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    theirs = {
        "holiday.jpg": b"jpeg", "journal-notes.db": b"mine", "journal-20250101T000000000000Z-manual.db.txt": b"x",
        "journal-20200101T000000000000Z-daily.db.bak": b"old",
    }
    for name, data in theirs.items():
        (folder / name).write_bytes(data)
    (folder / "sub").mkdir()
    (folder / "sub" / "journal-20200101T000000000000Z-daily.db").write_bytes(b"nested, not ours to rotate")
    made = [backup.make_backup(journal, keep=3, folder=folder).path for _ in range(5)]
    ours = sorted(p.name for p in folder.iterdir() if p.name not in theirs and p.name != "sub")
    assert ours == sorted(p.name for p in made[2:])
    assert all((folder / name).read_bytes() == data for name, data in theirs.items())
    assert (folder / "sub" / "journal-20200101T000000000000Z-daily.db").exists()
    assert mode(folder) == 0o755, "a folder the person already had keeps its own permissions"
    assert all(mode(p) == 0o600 for p in made[2:])


def test_daily_backup_lands_in_the_folder_once_a_day(encrypted, tmp_path):
    make_entries(encrypted, 2)
    folder = tmp_path / "chosen"
    first = backup.daily_backup_if_due(encrypted, keep=2, folder=folder)
    assert first is not None and first.path.parent == folder and first.reason == "daily"
    assert backup.daily_backup_if_due(encrypted, keep=2, folder=folder) is None
    later = backup.daily_backup_if_due(encrypted, today=date.today().replace(year=date.today().year + 1),
                                       keep=2, folder=folder)
    assert later is not None and len(backup.list_backups(encrypted.data_dir, folder)) == 2


def test_all_backups_and_recovery_look_in_both_places(data_dir, tmp_path):
    folder = tmp_path / "chosen"
    j = Journal.init(data_dir, passphrase=PASSPHRASE)
    saved = make_entries(j, 2)
    chosen = backup.make_backup(j, folder=folder)
    backup.make_backup(j, reason="before-upgrade")  # safety copies stay in the journal folder
    listed = backup.all_backups(data_dir, folder)
    assert {b.path.parent for b in listed} == {folder, data_dir / "backups"}
    assert [b.created for b in listed] == sorted((b.created for b in listed), reverse=True)
    j.close()
    (data_dir / "journal.db").write_bytes(b"\0" * 4096)  # damaged
    damaged, used = backup.recover_from_backup(data_dir, PASSPHRASE, folder=folder)
    assert damaged.exists()
    assert used in (chosen.path, *(b.path for b in listed if b.path.parent == data_dir / "backups"))
    with Journal.open(data_dir, passphrase=PASSPHRASE) as again:
        assert {i: again.get(i).body for i in saved} == saved


def test_plaintext_clean_up_in_a_chosen_folder_only_removes_our_backups(data_dir, tmp_path):
    folder = tmp_path / "chosen"
    plain = Journal.open(data_dir, create=True)
    make_entries(plain, 1)
    ours = backup.make_backup(plain, folder=folder).path
    assert check_file_kind(ours) == "plain"
    not_ours = folder / "another-app.db"
    plain.copy_to(not_ours)  # a plain database with a name of its own
    plain.close()
    removed = backup.remove_plaintext_backups(data_dir, folder)
    assert removed == [ours] and not ours.exists() and not_ours.exists()
