"""Guarantee 5: a damaged journal gives a clear error and is left as it is; recovery from a backup keeps
the damaged file aside and puts the newest backup that opens in its place."""

from __future__ import annotations

import os
import re

import pytest

from journal_app.core.errors import JournalError, NotAJournal, StorageError, WrongPassphrase
from journal_app.services import backup
from journal_app.services.journal import Journal

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, digest, integrity, make_entries, read_entries, snapshot


@pytest.fixture(scope="module")
def closed_template(tmp_path_factory):
    """An encrypted journal with entries, one backup and a few writes after it, closed."""
    folder = tmp_path_factory.mktemp("template") / "journal"
    with Journal.init(folder, passphrase=PASSPHRASE) as journal:
        saved = make_entries(journal, 40)
        backup.make_backup(journal)
        later = make_entries(journal, 2, prefix="after the backup")
    return folder, saved, later


@pytest.fixture
def damaged_dir(closed_template, data_dir):
    import shutil

    shutil.copytree(closed_template[0], data_dir)
    return data_dir


def _truncate(size_of):
    def damage(path):
        with open(path, "r+b") as fh:
            fh.truncate(size_of(path.stat().st_size))
    return damage


def _flip(offset_of, count=1):
    def damage(path):
        data = bytearray(path.read_bytes())
        at = offset_of(len(data))
        for i in range(count):
            data[at + i] ^= 0xA5
        path.write_bytes(bytes(data))
    return damage


DAMAGE = {
    "truncated to half": _truncate(lambda n: n // 2),
    "truncated off a page boundary": _truncate(lambda n: n // 2 + 300),
    "header byte 0 flipped": _flip(lambda n: 0),
    "header bytes 16-23 flipped": _flip(lambda n: 16, 8),
    "header byte 99 flipped": _flip(lambda n: 99),
    "middle byte flipped": _flip(lambda n: n // 2 + 7),
}
KNOWN_BUGS: dict[str, str] = {}


@pytest.mark.parametrize(
    "how",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[k])) if k in KNOWN_BUGS else k
     for k in DAMAGE],
)
def test_damaged_journal_is_refused_and_left_alone(damaged_dir, how):
    db = damaged_dir / "journal.db"
    DAMAGE[how](db)
    before = snapshot(damaged_dir)
    try:
        with Journal.open(damaged_dir, passphrase=PASSPHRASE) as journal:
            # damage away from the pages read at open is found by the health check the window runs next
            message = journal.health_problem()
            assert message is not None
    except (NotAJournal, WrongPassphrase) as exc:
        message = str(exc)
    assert "damaged" in message.replace(str(damaged_dir), "<folder>")
    after = snapshot(damaged_dir)
    assert {k: after.get(k) for k in before} == before, "every file as it was, journal.db above all"
    # SQLite may create an empty -wal/-shm next to a journal whose header says WAL: nothing else
    assert set(after) - set(before) <= {"journal.db-wal", "journal.db-shm"}
    assert (damaged_dir / "journal.db-wal").stat().st_size == 0 if "journal.db-wal" in after else True


def _entry_root_offset(db_path, key):
    """A byte inside the entry table's root page (read by every listing), away from the page's edges."""
    from journal_app.store import driver

    conn = driver.connect(f"{db_path.resolve().as_uri()}?mode=ro", key=key, uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entry'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return (int(root) - 1) * int(page_size) + int(page_size) // 2


def test_damaged_middle_is_reported_when_read(damaged_dir):
    """Whatever Journal.open does, the damage surfaces as a calm JournalError, never a driver exception,
    and the damaged file is not rewritten with the damage baked in."""
    db = damaged_dir / "journal.db"
    _flip(lambda n, at=_entry_root_offset(db, PASSPHRASE): at)(db)
    damaged_bytes = digest(db)
    try:
        journal = Journal.open(damaged_dir, passphrase=PASSPHRASE)
    except (NotAJournal, WrongPassphrase):
        return
    try:
        with pytest.raises(JournalError) as info:
            for i in range(1, 60):
                try:
                    journal.get(i)
                except JournalError as exc:
                    if "no entry" in str(exc):
                        continue
                    raise
            journal.page()
            journal.stats()
            from journal_app.models.values import EntryFilter

            journal.page(EntryFilter(text="body"))
            raise AssertionError("the damage was never noticed")
        assert "damaged" in str(info.value).replace(str(damaged_dir), "<folder>")
    finally:
        journal.close()
    assert digest(db) == damaged_bytes


# -- recovery ---------------------------------------------------------------------------------------


def test_recover_puts_the_newest_backup_that_opens_in_place(damaged_dir, closed_template):
    _folder, saved, _later = closed_template
    DAMAGE["header bytes 16-23 flipped"](damaged_dir / "journal.db")
    damaged_bytes = digest(damaged_dir / "journal.db")
    (good,) = backup.list_backups(damaged_dir)
    # a newer backup that is damaged too, and a newer one made with another passphrase: both skipped
    newer = good.path.with_name(good.path.name.replace(good.path.name[8:23], "29990101T000000"))
    newer.write_bytes(b"\x00" * 4096)
    newest = good.path.with_name(good.path.name.replace(good.path.name[8:23], "29990102T000000"))
    _encrypted_copy_with(good.path, newest, OTHER_PASSPHRASE)
    assert [b.path for b in backup.list_backups(damaged_dir)][:2] == [newest, newer]

    damaged, used = backup.recover_from_backup(damaged_dir, PASSPHRASE)

    assert used == good.path
    assert damaged.parent == damaged_dir
    assert re.fullmatch(r"journal-damaged-\d{8}T\d{6}Z\.db", damaged.name)
    assert digest(damaged) == damaged_bytes, "the damaged journal is kept byte for byte"
    assert integrity(damaged_dir / "journal.db", PASSPHRASE) == "ok"
    assert good.path.is_file() and newer.is_file() and newest.is_file(), "backups are not consumed"
    assert not (damaged_dir / "journal.db.new").exists()
    with Journal.open(damaged_dir, passphrase=PASSPHRASE) as journal:
        assert {i: journal.get(i).body for i in saved} == saved
        assert journal.entry_count() == len(saved)  # what came after the backup is in the damaged file only


def _encrypted_copy_with(src, dest, key):
    from journal_app.store import copies

    copies.write_verified_copy(src, PASSPHRASE, dest, key)


def test_recover_keeps_the_damaged_log_and_never_overwrites(tmp_path, data_dir):
    """A journal killed with its write-ahead log: the log goes aside with the damaged file, and a second
    recovery in the same second picks a new name."""
    import shutil

    live = tmp_path / "live"
    journal = Journal.init(live, passphrase=PASSPHRASE)
    try:
        saved = make_entries(journal, 5)
        backup.make_backup(journal)
        make_entries(journal, 3, prefix="only in the log")
        shutil.copytree(live, data_dir)  # as a crash leaves it: journal.db, -wal, -shm
    finally:
        journal.close()
    DAMAGE["header byte 0 flipped"](data_dir / "journal.db")
    wal = digest(data_dir / "journal.db-wal")

    first, _ = backup.recover_from_backup(data_dir, PASSPHRASE)
    assert digest(first.with_name(first.name + "-wal")) == wal
    assert not (data_dir / "journal.db-wal").exists() or (data_dir / "journal.db-wal").stat().st_size == 0
    assert read_entries(data_dir / "journal.db", PASSPHRASE) == saved

    DAMAGE["header byte 0 flipped"](data_dir / "journal.db")
    second, _ = backup.recover_from_backup(data_dir, PASSPHRASE)
    assert second != first and first.is_file() and second.is_file()
    damaged_files = sorted(p.name for p in data_dir.glob("journal-damaged-*"))
    assert len([n for n in damaged_files if n.endswith(".db")]) == 2


def test_recover_refuses_when_no_backup_opens(damaged_dir):
    DAMAGE["header byte 0 flipped"](damaged_dir / "journal.db")
    before = snapshot(damaged_dir)
    with pytest.raises(StorageError) as info:
        backup.recover_from_backup(damaged_dir, "not the passphrase")
    assert "Nothing was changed" in str(info.value)
    assert snapshot(damaged_dir) == before

    for item in backup.list_backups(damaged_dir):
        item.path.unlink()
    with pytest.raises(StorageError):
        backup.recover_from_backup(damaged_dir, PASSPHRASE)
    assert {k: v for k, v in snapshot(damaged_dir).items() if not k.startswith("backups/journal-")} == {
        k: v for k, v in before.items() if not k.startswith("backups/journal-")
    }


def test_recover_without_a_journal_is_refused(data_dir):
    data_dir.mkdir()
    with pytest.raises(NotAJournal):
        backup.recover_from_backup(data_dir, PASSPHRASE)
    assert os.listdir(data_dir) == []
