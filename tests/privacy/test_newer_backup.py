"""A backup written by a newer version of the app (a schema revision this version does not know) is never
put in the journal's place: restoring it used to replace the journal and then fail to open it ("Nothing was
changed", when everything had been). It is refused up front, and recovery passes over it."""

from __future__ import annotations

import shutil

import pytest

from journal_app.core.errors import NotAJournal
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.store import driver

from .conftest import PASSPHRASE, digest, make_entries


def _from_the_future(path, passphrase=PASSPHRASE) -> None:
    conn = driver.connect(str(path), key=passphrase)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    finally:
        conn.close()


@pytest.fixture
def journal_and_newer(data_dir, tmp_path):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 12)
        made = backup.make_backup(journal)
    newer = tmp_path / "newer.db"
    shutil.copy(made.path, newer)
    _from_the_future(newer)
    return data_dir, newer


def test_restoring_a_newer_backup_is_refused_and_changes_nothing(journal_and_newer):
    data_dir, newer = journal_and_newer
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        before, listed = digest(data_dir / "journal.db"), backup.list_backups(data_dir)
        with pytest.raises(NotAJournal, match="newer version"):
            backup.restore(journal, newer)
        assert backup.list_backups(data_dir) == listed  # not even a safety backup was needed
    assert digest(data_dir / "journal.db") == before
    assert not (data_dir / "journal.db.new").exists()
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 12


def test_recovery_passes_over_a_newer_backup(journal_and_newer):
    data_dir, newer = journal_and_newer
    older = backup.list_backups(data_dir)[0].path
    shutil.copy(newer, data_dir / "backups" / "journal-29990101T000000000000Z-manual.db")  # the newest by name
    (data_dir / "journal.db").write_bytes(b"\0" * 8192)  # damaged
    _damaged, used = backup.recover_from_backup(data_dir, PASSPHRASE)
    assert used == older
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.entry_count() == 12
