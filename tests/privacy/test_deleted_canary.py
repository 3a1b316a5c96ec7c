"""Emptying the Trash erases an entry's words from every file in the journal folder (issue 14, item 5).

A journal without a passphrase is the one where `grep -a` could find them, so that is where it is checked.
Before the fix, the FTS5 index kept the words in its older segments (only a delete marker is added by the
external-content delete), and the write-ahead log kept the pages that held them until it was checkpointed.

Backups made before the entry was deleted still hold it, by design: a backup is a copy of the journal as it
was. The Trash dialog and `journal-app empty-trash` say so; this test makes no backup first, and a separate
test pins down that an older backup is left alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from journal_app.models.values import EntryFilter, EntryForm
from journal_app.services import backup, drafts
from journal_app.services.journal import Journal
from journal_app.store import driver

from .conftest import files_containing, integrity, make_entries

CANARY = "Quarnwhistlebe"  # a made-up word: in no schema, no SQLite string, nowhere in the app
WHEN = datetime(2026, 2, 3, 18, 30, tzinfo=UTC)


def _write_the_canary(journal: Journal) -> int:
    """Entries around it (so the search index has several segments and the canary is not alone on its
    pages), the canary entry with a long body (overflow pages), an unsaved edit of it kept as a draft."""
    make_entries(journal, 120, prefix="before")
    gone = journal.save(EntryForm(
        occurred_at=WHEN, title=f"The {CANARY} evening",
        body=f"He said {CANARY} and I went quiet. " + f"{CANARY} again, and ordinary words. " * 400,
    ))
    make_entries(journal, 120, prefix="after")
    drafts.keep(journal, EntryForm(id=gone.id, occurred_at=WHEN, title=f"The {CANARY} evening",
                                   body=f"An unsaved edit, {CANARY} in it."))
    assert journal.page(EntryFilter(text=CANARY)).rows
    return gone.id


def _fts_ok(db_path) -> None:
    conn = driver.connect(str(db_path), key=None)
    try:
        conn.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def test_emptying_the_trash_leaves_no_trace_of_the_words(data_dir):
    journal = Journal.init(data_dir)  # no passphrase: every byte is readable
    try:
        gone = _write_the_canary(journal)
        journal.close()
        journal = Journal.open(data_dir)
        assert files_containing(data_dir, [CANARY]), "the check must be able to see the canary"
        journal.move_to_trash(gone)
        assert files_containing(data_dir, [CANARY])  # in the Trash it is kept, on purpose
        assert journal.empty_trash() == 1
        # still open: journal.db, journal.db-wal, journal.db-shm
        names = sorted(p.name for p in data_dir.iterdir())
        assert "journal.db" in names
        assert files_containing(data_dir, [CANARY]) == [], names
        assert not journal.page(EntryFilter(text=CANARY)).rows
        assert drafts.load(journal) is None  # the draft of the deleted entry went with it
        assert len(journal.page(EntryFilter(text="before")).rows) == 100  # a page: the others are still found
        assert journal.entry_count() == 240
    finally:
        journal.close()
    assert files_containing(data_dir, [CANARY]) == []
    assert integrity(data_dir / "journal.db", None) == "ok"
    _fts_ok(data_dir / "journal.db")
    with Journal.open(data_dir) as again:
        assert again.page(EntryFilter(text="after 7")).rows


def test_a_second_deletion_after_the_index_was_optimised(data_dir):
    """After one emptying the index is a single segment; a later deletion must still reach it."""
    with Journal.init(data_dir) as journal:
        make_entries(journal, 50)
        first = journal.save(EntryForm(occurred_at=WHEN, body="nothing special"))
        journal.move_to_trash(first.id)
        assert journal.empty_trash() == 1
        gone = journal.save(EntryForm(occurred_at=WHEN + timedelta(days=1), title=CANARY, body=f"{CANARY}."))
        journal.move_to_trash(gone.id)
        assert journal.empty_trash() == 1
        assert files_containing(data_dir, [CANARY]) == []
    assert files_containing(data_dir, [CANARY]) == []


def test_restoring_from_the_trash_keeps_the_words_searchable(data_dir):
    with Journal.init(data_dir) as journal:
        make_entries(journal, 20)
        kept = journal.save(EntryForm(occurred_at=WHEN, body=f"{CANARY} stays"))
        journal.move_to_trash(kept.id)
        journal.restore(kept.id)
        assert journal.empty_trash() == 0
        assert [r.id for r in journal.page(EntryFilter(text=CANARY)).rows] == [kept.id]


def test_a_backup_made_before_still_holds_the_entry(data_dir):
    """Emptying the Trash does not reach into backups (the messages say so): an older backup is the way
    back to an entry deleted by mistake."""
    with Journal.init(data_dir) as journal:
        make_entries(journal, 10)
        gone = journal.save(EntryForm(occurred_at=WHEN, body=f"{CANARY} in a backup"))
        made = backup.make_backup(journal)
        journal.move_to_trash(gone.id)
        assert journal.empty_trash() == 1
        assert files_containing(data_dir, [CANARY]) == [(str(made.path), CANARY)]
    hits = files_containing(data_dir, [CANARY])
    assert hits == [(str(made.path), CANARY)]
