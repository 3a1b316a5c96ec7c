"""Restoring a backup keeps the journal's protection (issue 14, item 6): a backup without a passphrase comes
back encrypted with the journal's current passphrase, one made with another passphrase opens with the current
one afterwards, and the words of a plain backup never reach the journal folder unencrypted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput, WrongPassphrase
from journal_app.models.values import EntryForm
from journal_app.services import backup
from journal_app.services.journal import Journal
from tests.privacy.conftest import OTHER_PASSPHRASE, PASSPHRASE, files_containing

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)
CANARY = "Brindlequorpet"  # only in the backup's entry


def _backup_with_canary(tmp_path: Path, passphrase: str | None) -> Path:
    """A backup file of another journal (plain when `passphrase` is None) holding one canary entry."""
    folder = tmp_path / f"other-{'plain' if passphrase is None else 'encrypted'}"
    with Journal.init(folder, passphrase=passphrase) as other:
        other.save(EntryForm(occurred_at=WHEN, title=f"{CANARY} title", body=f"the {CANARY} body"))
        return other.copy_to(tmp_path / f"{folder.name}.db")


def _bodies(journal: Journal) -> list[str]:
    return [journal.get(row.id).body for row in journal.page().rows]


def test_a_plain_backup_is_encrypted_with_the_current_passphrase(data_dir, tmp_path):
    source = _backup_with_canary(tmp_path, None)
    assert files_containing(source.parent, [CANARY])  # the backup itself is readable: the check can see it
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        journal.save(EntryForm(occurred_at=WHEN, body="mine"))
        note = backup.restore(journal, source)
        assert note == backup.RESTORED_ENCRYPTED
        assert journal.encrypted and journal.opens_with(PASSPHRASE)
        assert _bodies(journal) == [f"the {CANARY} body"]
        # while open (journal, -wal, -shm, the before-restore backup): nothing readable
        assert files_containing(data_dir, [CANARY]) == []
    assert Journal.state(data_dir) == "encrypted"
    assert files_containing(data_dir, [CANARY]) == []
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert _bodies(journal) == [f"the {CANARY} body"]
        assert journal.health_problem() is None
    before = [b for b in backup.list_backups(data_dir) if b.reason == "before-restore"]
    assert len(before) == 1 and Journal.state(before[0].path.parent.parent) == "encrypted"


def test_a_backup_with_an_earlier_passphrase_opens_with_the_current_one_afterwards(data_dir, tmp_path):
    source = _backup_with_canary(tmp_path, OTHER_PASSPHRASE)
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        journal.save(EntryForm(occurred_at=WHEN, body="mine"))
        with pytest.raises(InvalidInput, match="did not open"):
            backup.restore(journal, source)  # the journal's own passphrase does not open it
        with pytest.raises(InvalidInput, match="did not open"):
            backup.restore(journal, source, passphrase="not the one it was made with")
        assert _bodies(journal) == ["mine"]
        assert backup.list_backups(data_dir) == []  # refused before anything was written
        assert backup.restore(journal, source, passphrase=OTHER_PASSPHRASE) == backup.RESTORED_CURRENT_PASSPHRASE
        assert journal.opens_with(PASSPHRASE)
        assert _bodies(journal) == [f"the {CANARY} body"]
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=OTHER_PASSPHRASE).close()
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert _bodies(journal) == [f"the {CANARY} body"]


def test_an_encrypted_backup_in_a_plain_journal_stays_without_a_passphrase(data_dir, tmp_path):
    source = _backup_with_canary(tmp_path, OTHER_PASSPHRASE)
    with Journal.init(data_dir) as journal:
        with pytest.raises(InvalidInput):
            backup.restore(journal, source)
        assert backup.restore(journal, source, passphrase=OTHER_PASSPHRASE) == backup.RESTORED_STAYS_PLAIN
        assert not journal.encrypted
        assert _bodies(journal) == [f"the {CANARY} body"]
    assert Journal.state(data_dir) == "plain"


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_a_backup_protected_like_the_journal_needs_no_note(data_dir, tmp_path, passphrase):
    with Journal.init(data_dir, passphrase=passphrase) as journal:
        journal.save(EntryForm(occurred_at=WHEN, body="first"))
        made = backup.make_backup(journal)
        journal.save(EntryForm(occurred_at=WHEN, body="second"))
        assert backup.restore(journal, made.path) is None
        assert journal.opens_with(passphrase) and _bodies(journal) == ["first"]


def test_the_staged_copy_is_encrypted_before_it_is_swapped_in(data_dir, tmp_path, monkeypatch):
    """The copy waiting as journal.db.new (left there if the computer stops mid-restore) is already
    encrypted: the plain backup's words are never written unencrypted into the journal folder."""
    from journal_app.store.engine import check_file_kind

    source = _backup_with_canary(tmp_path, None)
    seen = []
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        real = journal.replace_file

        def look_then_replace(make_copy, new_key=True):
            staged = data_dir / "journal.db.new"
            seen.append((check_file_kind(staged), files_containing(data_dir, [CANARY]), new_key))
            real(make_copy, new_key)

        monkeypatch.setattr(journal, "replace_file", look_then_replace)
        backup.restore(journal, source)
        assert journal.opens_with(PASSPHRASE)
    assert seen == [("encrypted", [], True)]  # swapped in with the journal's own passphrase
