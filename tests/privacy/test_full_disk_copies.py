"""A backup, a passphrase change or a restore on a full disk (a real 2 MB tmpfs) says the disk is full, never
a puzzling SQLite message (a failed COMMIT has already rolled back; rolling back again used to hide the
reason), leaves no half-made copy, and changes nothing: the journal opens with its passphrase as before."""

from __future__ import annotations

import os

import pytest

from journal_app.core.errors import StorageError
from journal_app.services import backup, security
from journal_app.services.journal import Journal
from journal_app.store import copies

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, make_entries
from .test_full_disk import BIG, small_disk  # noqa: F401  (the fixture)


@pytest.fixture
def nearly_full(small_disk):  # noqa: F811
    from datetime import UTC, datetime

    from journal_app.models.values import EntryForm

    folder = small_disk / "journal"
    journal = Journal.init(folder, passphrase=PASSPHRASE)
    make_entries(journal, 3)
    try:
        for _ in range(10):  # until the disk is full: then no copy of the journal fits
            journal.save(EntryForm(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), title="big", body=BIG))
    except StorageError:
        pass
    else:
        pytest.fail("the disk never filled up")
    yield folder, journal
    journal.close()


def _no_partials(folder):
    return [p.name for p in folder.rglob("*") if ".partial" in p.name or p.name.endswith(".new")]


@pytest.mark.parametrize("what", ["backup", "passphrase change", "passphrase removed"])
def test_no_room_for_a_copy_says_the_disk_is_full(nearly_full, what):
    folder, journal = nearly_full
    count, before = journal.entry_count(), {r.id for r in journal.page(limit=100).rows}
    action = {"backup": lambda: backup.make_backup(journal),
              "passphrase change": lambda: security.change_passphrase(journal, OTHER_PASSPHRASE),
              "passphrase removed": lambda: security.change_passphrase(journal, None)}[what]
    with pytest.raises(StorageError) as refused:
        action()
    assert "disk is full" in str(refused.value)
    assert "rollback" not in str(refused.value)
    assert _no_partials(folder) == []
    assert backup.list_backups(folder) == []
    journal.close()
    with Journal.open(folder, passphrase=PASSPHRASE) as again:
        assert again.entry_count() == count
        assert {r.id for r in again.page(limit=100).rows} == before


def test_the_reason_is_kept_for_other_failures_too(tmp_path):
    """The export's own error reaches the message when its COMMIT fails (no second ROLLBACK error)."""
    from journal_app.store import driver

    src = tmp_path / "a.db"
    conn = driver.connect(str(src), key=None)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    conn = driver.connect(str(src), key=None)
    try:
        def failing(c):
            c.execute("COMMIT")  # ends the transaction early, as a failed COMMIT does
            raise driver.OperationalError("database or disk is full")

        with pytest.raises(driver.OperationalError, match="full"):
            driver.export(conn, str(tmp_path / "b.db"), None, before=failing)
    finally:
        conn.close()
    assert copies._no_room(OSError(28, "No space left on device"))
    assert not os.path.exists(tmp_path / "b.db-journal")
