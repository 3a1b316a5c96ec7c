"""Guarantee 1: nothing a person writes reaches the disk, the temp folder or the logs in plain text
when the journal is encrypted."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from journal_app.models.values import EntryFilter, EntryForm, TriggerMark
from journal_app.services import backup, security
from journal_app.services.journal import Journal

from .conftest import OTHER_PASSPHRASE, PASSPHRASE, encodings, files_containing

# Made-up words that occur nowhere else (not in the schema, not in SQLite, not in the app).
BODY = "Zwoggleberry"
TITLE = "Quindlemarsh"
PERSON = "Frabnorvia"
TRIGGER = "Glimtrousle"
EDITED = "Pluvextrode"  # written in an edit
TRASHED = "Snorkelwhist"  # in an entry that goes to the Trash and is emptied
CANARIES = [BODY, TITLE, PERSON, TRIGGER, EDITED, TRASHED]


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _session(data_dir, check_open):
    journal = Journal.init(data_dir, passphrase=PASSPHRASE)
    try:
        person = journal.add_person(f"{PERSON} Jones", "partner")
        trigger = journal.add_trigger(f"{TRIGGER} moments")
        when = datetime(2026, 2, 3, 18, 30, tzinfo=UTC)
        entry = journal.save(
            EntryForm(
                occurred_at=when, title=f"The {TITLE} evening", body=f"He said {BODY} and I went quiet.",
                triggers=(TriggerMark(trigger.id, 7),), person_ids=(person.id,),
            )
        )
        gone = journal.save(EntryForm(occurred_at=when, title="to delete", body=f"{TRASHED} was a bad idea."))
        for word in (BODY, TITLE, TRASHED, "quiet"):
            assert journal.page(EntryFilter(text=word)).rows, word
        journal.save(replace(entry.to_form(), body=entry.body + f" Later: {EDITED}."))
        assert journal.page(EntryFilter(text=EDITED)).rows
        journal.move_to_trash(gone.id)
        assert journal.empty_trash() == 1
        backup.make_backup(journal)
        security.change_passphrase(journal, OTHER_PASSPHRASE)
        journal.save(EntryForm(occurred_at=when, body=f"After the change, {BODY} again."))
        assert journal.page(EntryFilter(text=BODY)).rows
        check_open()
    finally:
        journal.close()


def test_no_canary_in_files_or_temp_folder(data_dir, private_tmp):
    seen_while_open = {}

    def check_open():
        names = {p.name for p in data_dir.iterdir()}
        assert "journal.db-wal" in names, "the check is meant to run while the write-ahead log exists"
        assert (data_dir / "journal.db-wal").stat().st_size > 0
        assert list((data_dir / "backups").iterdir())
        seen_while_open["data"] = files_containing(data_dir, [*CANARIES, PASSPHRASE, OTHER_PASSPHRASE])
        seen_while_open["tmp"] = files_containing(private_tmp, CANARIES)

    _session(data_dir, check_open)

    assert seen_while_open["data"] == []
    assert seen_while_open["tmp"] == []
    assert files_containing(data_dir, [*CANARIES, PASSPHRASE, OTHER_PASSPHRASE]) == []
    assert files_containing(private_tmp, CANARIES) == []
    assert len(list((data_dir / "backups").iterdir())) >= 2  # the manual one and the pre-change one


def test_no_canary_in_logs_at_debug(data_dir, private_tmp, caplog, capfd):
    caplog.set_level(logging.DEBUG)  # the root logger: everything that propagates
    for name in ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "alembic", "journal_app"):
        caplog.set_level(logging.DEBUG, logger=name)

    _session(data_dir, lambda: None)

    logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert logged.strip(), "logging was captured"
    out, err = capfd.readouterr()
    for word in [*CANARIES, PASSPHRASE, OTHER_PASSPHRASE]:
        for text in (logged, out, err):
            assert word not in text and word.lower() not in text, word


def test_no_canary_in_logs_at_info(data_dir, private_tmp, caplog, capfd):
    """INFO must be clean too (the journal's engine logs nothing below WARNING; the pool and Alembic still do)."""
    caplog.set_level(logging.INFO)
    for name in ("sqlalchemy", "sqlalchemy.engine", "sqlalchemy.pool", "alembic", "journal_app"):
        caplog.set_level(logging.INFO, logger=name)

    _session(data_dir, lambda: None)

    logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert logged.strip(), "logging was captured"
    out, err = capfd.readouterr()
    for word in [*CANARIES, PASSPHRASE, OTHER_PASSPHRASE]:
        for text in (logged, out, err):
            assert word not in text and word.lower() not in text, word


def test_scanner_finds_a_canary_in_every_encoding(tmp_path):
    """The scan itself must be able to fail: plant each form and find it."""
    for i, form in enumerate(encodings(BODY)):
        (tmp_path / f"f{i}").write_bytes(b"\x00junk" + form + b"junk")
    hits = files_containing(tmp_path, [BODY])
    assert len(hits) == len(encodings(BODY))


def test_plain_journal_does_show_canaries(data_dir):
    """Control: the same words in an unencrypted journal are visible, so the scan is meaningful."""
    with Journal.init(data_dir) as journal:
        journal.save(EntryForm(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), title=TITLE, body=BODY))
    found = {word for _path, word in files_containing(data_dir, [BODY, TITLE])}
    assert found == {BODY, TITLE}


def test_sqlite_keeps_temporary_tables_and_sorts_in_memory():
    """Copies and exports run on connections without the engine's temp_store PRAGMA: the driver's own
    default must keep temporary data (sorts while building indexes, temp tables) in memory, never in
    unencrypted files under the temp folder."""
    from journal_app.store import driver

    conn = driver.connect(":memory:", key=None)
    try:
        options = {row[0] for row in conn.execute("PRAGMA compile_options")}
        assert {"TEMP_STORE=2", "TEMP_STORE=3"} & options, sorted(options)
        assert "HAS_CODEC" in options
    finally:
        conn.close()


def test_encrypting_a_plain_journal_leaves_no_plaintext_copy(data_dir):
    """A plain journal with backups, including the copy kept before a schema upgrade, then encrypted:
    nothing readable may stay behind in the data folder."""
    from journal_app.store import upgrade_backup

    with Journal.init(data_dir) as journal:
        journal.save(EntryForm(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), title=TITLE, body=BODY))
        backup.make_backup(journal)
        backup.daily_backup_if_due(journal)
        upgrade_backup.backup_before_migration(journal.path, "0000", None)  # as an upgrade on open would leave it
        assert files_containing(data_dir, [BODY, TITLE])  # control: the plain files do show the words
        security.change_passphrase(journal, PASSPHRASE)
        assert journal.encrypted
        assert files_containing(data_dir, [BODY, TITLE, PASSPHRASE]) == []
    assert files_containing(data_dir, [BODY, TITLE, PASSPHRASE]) == []
