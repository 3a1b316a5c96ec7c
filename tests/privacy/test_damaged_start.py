"""A damaged start of the journal file (its salt: the first 16 bytes, which the key is derived with) makes
every page fail its check, exactly as a wrong passphrase does. When the passphrase can be proven right anyway
(it opens the newest backup, or the journal's pages verify with the salt its log keeps), the person is told the
file is damaged, never that the passphrase is wrong, and the try is not counted as a wrong one. A cut-short,
empty or unreadable file, and a missing one, each get their own message. Nothing is changed by any of them."""

from __future__ import annotations

import errno
import shutil

import pytest

from journal_app.cli import keying
from journal_app.core.errors import NotAJournal, StorageError, WrongPassphrase
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.services.unlock_attempts import UnlockAttempts
from journal_app.store import engine, keys

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, make_entries, snapshot


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template") / "journal"
    with Journal.init(folder, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 30)
        backup.make_backup(journal)
    return folder


@pytest.fixture
def folder(template, data_dir):
    shutil.copytree(template, data_dir)
    return data_dir


def _write_at(path, offset, data: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def _open_via_cli(folder, monkeypatch, passphrase=PASSPHRASE):
    """The command line's way in: the passphrase from the environment, wrong tries counted on disk."""
    monkeypatch.setenv(keying.PASSPHRASE_ENV, passphrase)
    return keying.open_journal(folder)


SALT_DAMAGE = {
    "salt overwritten": lambda db: _write_at(db, 0, b"X" * 16),
    "one salt byte changed": lambda db: _write_at(db, 5, bytes([db.read_bytes()[5] ^ 0x01])),
    "first page zeroed": lambda db: _write_at(db, 0, bytes(4096)),
}


@pytest.mark.parametrize("how", list(SALT_DAMAGE))
def test_a_damaged_salt_is_not_called_a_wrong_passphrase(folder, monkeypatch, how):
    db = folder / "journal.db"
    SALT_DAMAGE[how](db)
    before = snapshot(folder)
    with pytest.raises(NotAJournal) as refused:
        _open_via_cli(folder, monkeypatch)
    text = str(refused.value)
    assert "passphrase is right" in text and "damaged" in text and "backup" in text
    assert "did not open this journal" not in text
    assert UnlockAttempts(folder).failures == 0  # a damaged file is not a wrong try
    assert snapshot(folder) == before  # nothing changed


def test_a_wrong_passphrase_on_a_damaged_salt_is_still_wrong(folder, monkeypatch):
    SALT_DAMAGE["salt overwritten"](folder / "journal.db")
    with pytest.raises(WrongPassphrase):
        _open_via_cli(folder, monkeypatch, OTHER_PASSPHRASE)
    assert UnlockAttempts(folder).failures == 1


def test_the_backup_before_a_passphrase_change_proves_nothing(folder, monkeypatch):
    """The newest backup kept before a passphrase change has the old passphrase: typing the old one after the
    change is a wrong passphrase, not damage."""
    from journal_app.services import security

    with Journal.open(folder, passphrase=PASSPHRASE) as journal:
        security.change_passphrase(journal, OTHER_PASSPHRASE)
    assert backup.list_backups(folder)[0].reason == "before-passphrase-change"
    with pytest.raises(WrongPassphrase):
        _open_via_cli(folder, monkeypatch, PASSPHRASE)
    assert _open_via_cli(folder, monkeypatch, OTHER_PASSPHRASE).close() is None


def test_without_a_witness_the_fallback_still_mentions_damage(folder, monkeypatch):
    """No backup and no log to prove the passphrase: it may be either, and the message says both."""
    shutil.rmtree(folder / "backups")
    SALT_DAMAGE["salt overwritten"](folder / "journal.db")
    with pytest.raises(WrongPassphrase) as refused:
        _open_via_cli(folder, monkeypatch)
    assert "damaged" in str(refused.value)


def test_the_log_proves_the_passphrase_when_the_main_file_salt_is_damaged(tmp_path, monkeypatch):
    """A crash left the newest pages in journal.db-wal (with page 1, and so the salt): no backup needed."""
    live = tmp_path / "live"
    journal = Journal.init(live, passphrase=PASSPHRASE)
    try:
        make_entries(journal, 5)
        crashed = tmp_path / "crashed"
        crashed.mkdir(mode=0o700)
        for name in ("journal.db", "journal.db-wal"):  # as a SIGKILL would leave them
            shutil.copy2(live / name, crashed / name)
    finally:
        journal.close()
    db = crashed / "journal.db"
    assert keys._log_salts(db) and keys._log_salts(db)[0] == db.read_bytes()[:16]
    _write_at(db, 0, b"Y" * 16)
    with pytest.raises(NotAJournal, match="passphrase is right"):
        _open_via_cli(crashed, monkeypatch)
    with pytest.raises(WrongPassphrase):
        _open_via_cli(crashed, monkeypatch, OTHER_PASSPHRASE)


def test_recovery_puts_the_backup_in_place_of_a_file_with_a_damaged_salt(folder):
    SALT_DAMAGE["salt overwritten"](folder / "journal.db")
    damaged, _used = backup.recover_from_backup(folder, PASSPHRASE)
    assert damaged.read_bytes()[:16] == b"X" * 16  # kept aside, as it was
    with Journal.open(folder, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 30


def test_an_empty_file_beside_backups_is_not_a_new_journal(folder, monkeypatch):
    db = folder / "journal.db"
    db.write_bytes(b"")
    before = snapshot(folder)
    for attempt in (lambda: _open_via_cli(folder, monkeypatch), lambda: Journal.state(folder),
                    lambda: Journal.open(folder, passphrase=PASSPHRASE)):
        with pytest.raises(NotAJournal, match="empty"):
            attempt()
    assert snapshot(folder) == before
    assert UnlockAttempts(folder).failures == 0
    damaged, _used = backup.recover_from_backup(folder, PASSPHRASE)
    assert damaged.stat().st_size == 0
    with Journal.open(folder, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 30


def test_an_empty_file_without_backups_is_still_a_new_journal(data_dir):
    data_dir.mkdir(mode=0o700)
    (data_dir / "journal.db").write_bytes(b"")
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:  # a first start killed before any write
        assert journal.entry_count() == 0


def test_a_file_cut_short_says_so(folder, monkeypatch):
    db = folder / "journal.db"
    with open(db, "r+b") as fh:
        fh.truncate(5000)
    with pytest.raises(NotAJournal, match="cut short"):
        _open_via_cli(folder, monkeypatch)
    assert UnlockAttempts(folder).failures == 0


def test_a_missing_file_says_so(folder, monkeypatch):
    (folder / "journal.db").unlink()
    with pytest.raises(NotAJournal, match="no journal"):
        Journal.open(folder, passphrase=PASSPHRASE)
    with pytest.raises(NotAJournal, match="no journal"):
        engine.verify_key(folder / "journal.db", PASSPHRASE)


@pytest.mark.parametrize("error", [errno.EIO, errno.EACCES])
def test_an_unreadable_file_is_not_a_wrong_passphrase(folder, monkeypatch, error):
    """A disk error or no permission (as root, chmod cannot show it: the error is simulated)."""
    import builtins

    import journal_app.core.paths as paths

    real_open = builtins.open
    db = str(folder / "journal.db")

    def failing_open(file, *args, **kw):
        if str(file) == db:
            raise OSError(error, "simulated")
        return real_open(file, *args, **kw)

    monkeypatch.setattr(paths, "open", failing_open, raising=False)
    monkeypatch.setattr(engine, "open", failing_open, raising=False)
    with pytest.raises(StorageError) as refused:
        _open_via_cli(folder, monkeypatch)
    assert "did not open this journal" not in str(refused.value)
    assert UnlockAttempts(folder).failures == 0
    monkeypatch.setattr(paths, "sniff", lambda path: "encrypted")  # past the first look: the key check reads
    with pytest.raises(StorageError, match="could not be read"):
        engine.verify_key(folder / "journal.db", PASSPHRASE)


def test_the_right_passphrase_still_opens_an_intact_journal(folder, monkeypatch):
    journal = _open_via_cli(folder, monkeypatch)
    try:
        assert journal.entry_count() == 30
    finally:
        journal.close()
    with pytest.raises(WrongPassphrase):
        _open_via_cli(folder, monkeypatch, OTHER_PASSPHRASE)
