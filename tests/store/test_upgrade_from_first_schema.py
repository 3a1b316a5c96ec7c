"""A journal written by the first release (schema 0001_initial, kept in tests/fixtures) opens with today's
code: backed up first, migrated to the head revision, and every entry, trigger, link and person intact
byte for byte; search, the Trash and saving work on the old entries afterwards."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from journal_app.models.values import EntryFilter, EntryForm
from journal_app.services.backup import list_backups
from journal_app.services.journal import Journal
from journal_app.store import migrate, session

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "first_schema_journal.db"
# The columns the first schema had, table by table; the upgrade may add columns, never change these.
FIRST_SCHEMA = {
    "entry": "id, uuid, occurred_at, created_at, updated_at, title, body, shared, deleted_at",
    "trigger": "id, slug, name, description, colour, builtin, archived, pattern, sort_order, created_at",
    "entry_trigger": "entry_id, trigger_id, intensity",
    "person": "id, name, relationship, created_at",
    "entry_person": "entry_id, person_id",
}


def _maker():
    path = FIXTURES / "make_first_schema_journal.py"
    spec = importlib.util.spec_from_file_location("make_first_schema_journal", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = {
            t: con.execute(f'SELECT {cols} FROM "{t}" ORDER BY 1, 2').fetchall() for t, cols in FIRST_SCHEMA.items()
        }
        found["alembic_version"] = con.execute("SELECT version_num FROM alembic_version").fetchall()
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return found
    finally:
        con.close()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def first_schema(data_dir):
    """A copy of the fixture as the journal in a fresh data folder; the fixture's digest to check after."""
    digest = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(FIXTURE, data_dir / "journal.db")
    (data_dir / "journal.db").chmod(0o600)
    yield data_dir
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == digest, "the test changed the fixture"


def test_fixture_is_the_first_schema_with_what_the_script_says():
    maker = _maker()
    before = _rows(FIXTURE)
    assert before["alembic_version"] == [(maker.REVISION,)] == [("0001_initial",)]
    written = [(e[0], e[1], e[4], e[5]) for e in maker.ENTRIES]  # id, uuid, title, body
    assert [(r[0], r[1], r[5], r[6]) for r in before["entry"]] == written
    assert [(p[0], p[1], p[2]) for p in before["person"]] == list(maker.PEOPLE)
    con = sqlite3.connect(f"{FIXTURE.resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = {r[1] for r in con.execute("PRAGMA table_info(entry)")}
        assert "repair" not in columns  # added by 0002: this really is the older shape
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "entry_response" not in tables and "therapy_session" not in tables
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()


def test_first_schema_journal_is_backed_up_and_upgraded_with_every_entry_intact(first_schema):
    maker = _maker()
    before = _rows(first_schema / "journal.db")

    with Journal.open(first_schema) as journal:
        # -- the schema is today's
        with session.read(journal._db.engine) as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall() == [
                (migrate.HEAD_REVISION,)
            ]
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert migrate.script_head() == migrate.HEAD_REVISION

        # -- every old entry, through the service, byte for byte
        trashed = {e[0] for e in maker.ENTRIES if e[7] is not None}
        slugs = {t.id: t.slug for t in journal.triggers()}
        for entry_id, uuid, occurred, updated, title, body, shared, deleted, marks, people in maker.ENTRIES:
            got = journal.get(entry_id)
            assert (got.uuid, got.title, got.body, got.shared) == (uuid, title, body, bool(shared))
            assert _sha(got.body) == _sha(body) and len(got.body) == len(body)
            assert got.occurred_at.strftime("%Y-%m-%d %H:%M:%S.%f") == occurred
            assert got.updated_at.strftime("%Y-%m-%d %H:%M:%S.%f") == updated
            assert (got.deleted_at is not None) == (deleted is not None)
            chips = sorted(((slugs[c.trigger_id], c.intensity) for c in got.triggers), key=repr)
            assert chips == sorted(marks, key=repr)
            assert sorted(p.id for p in got.people) == sorted(people)
            assert got.responses == () and got.repair is None  # fields the first schema did not have
        assert journal.entry_count() == len(maker.ENTRIES) - len(trashed)
        assert journal.trash_count() == len(trashed)
        assert {t.slug for t in journal.triggers()} >= {c[0] for c in maker.CUSTOM_TRIGGERS}

        # -- the full-text index came through: old words are found, and it agrees with the entries
        assert [r.id for r in journal.page(EntryFilter(text="chest tight")).rows] == [1]
        assert [r.id for r in journal.page(EntryFilter(text="Привет")).rows] == [3]
        assert [r.id for r in journal.page(EntryFilter(text="sooner")).rows] == [5]
        assert [r.id for r in journal.page(EntryFilter(text="middle")).rows] == [4]
        with session.write(journal._db.engine) as conn:
            conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
            conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts, rank) VALUES('integrity-check', 1)")

        # -- and the upgraded journal keeps working: edit an old entry, add a new one, restore from Trash
        old = journal.get(3)
        edited = journal.save(EntryForm(**{**old.to_form().__dict__, "responses": ("named-my-need",),
                                           "repair": "partly"}))
        assert (edited.title, edited.body, edited.responses, edited.repair) == (
            old.title, old.body, ("named-my-need",), "partly"
        )
        new = journal.save(EntryForm(occurred_at=old.occurred_at, title="after the upgrade", body="lighthouse"))
        assert [r.id for r in journal.page(EntryFilter(text="lighthouse")).rows] == [new.id]
        journal.restore(6)
        assert journal.trash_count() == 0

    # -- the rows of the first schema are the same, column for column (the edit above touched only
    #    updated_at of entry 3, and the new entry is extra)
    after = _rows(first_schema / "journal.db")
    for table in FIRST_SCHEMA:
        old_rows = [r for r in before[table] if not (table == "entry" and r[0] in (3, 6))]
        assert [r for r in after[table] if r in old_rows] == old_rows, table
        if table != "entry":
            assert after[table] == before[table], table
    by_id = {r[0]: r for r in after["entry"]}
    assert by_id[3][:4] + by_id[3][5:] == before["entry"][2][:4] + before["entry"][2][5:]  # but updated_at
    assert by_id[6][:8] == before["entry"][5][:8] and by_id[6][8] is None  # restored: only deleted_at cleared
    assert stat.S_IMODE((first_schema / "journal.db").stat().st_mode) == 0o600


def test_the_backup_made_before_the_upgrade_is_the_old_journal(first_schema):
    before = _rows(first_schema / "journal.db")
    Journal.open(first_schema).close()
    backups = list_backups(first_schema)
    assert [b.reason for b in backups] == ["before-upgrade-from-0001-initial"]
    (backup,) = backups
    assert backup.path.parent == first_schema / "backups"
    assert backup.path.name.startswith("journal-") and "before-upgrade-from-0001" in backup.path.name
    assert backup.label == "before an app update"
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    assert _rows(backup.path) == before  # the old schema and every row, as they were
    assert not list(backup.path.parent.glob("*.partial"))

    # opened again: already current, so no second backup
    Journal.open(first_schema).close()
    assert [b.path for b in list_backups(first_schema)] == [backup.path]
