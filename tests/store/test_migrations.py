"""Alembic migrations: head revision, schema equals the SQLModel tables, built-ins, FTS5 sync, backups."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import journal_app.models.tables  # noqa: F401  (registers the tables on SQLModel.metadata)
from journal_app.models.column_types import UTCDateTime
from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal
from journal_app.store import migrate, upgrade_backup

WHEN = datetime(2026, 3, 14, 20, 0, tzinfo=UTC)
REAL_HEAD = migrate.HEAD_REVISION  # the newest real revision: the test-only one goes on top of it


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _include_name(name, type_, parent_names):
    if type_ == "table":  # the search index and the rollups (store/rollup_queries.py) are derived, not models
        return (name is not None and not name.startswith(("entry_fts", "rollup_"))
                and name != "alembic_version")
    return True


def _schema_diffs(journal: Journal, metadata: sa.MetaData) -> list:
    with journal._db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": _include_name}
        )
        return compare_metadata(ctx, metadata)


def test_head_revision_constant_matches_scripts():
    assert migrate.script_head() == migrate.HEAD_REVISION


def test_new_journal_is_at_head(journal):
    con = _raw(journal.path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD_REVISION,)]
    finally:
        con.close()


def test_migrated_schema_matches_the_models(journal):
    assert _schema_diffs(journal, SQLModel.metadata) == []


def test_datetime_columns_are_compared_through_the_decorator_impl():
    # The migration writes String(26) where the model says UTCDateTime: equal only because the decorator
    # stores exactly that type. If someone changes the impl, the comparison above must start failing.
    assert isinstance(UTCDateTime.impl, sa.String) and UTCDateTime.impl.length == 26


def test_schema_comparison_notices_a_real_difference(journal):
    changed = sa.MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(changed)
    entry = changed.tables["entry"]
    entry.append_column(sa.Column("mood", sa.Integer, nullable=True))
    diffs = _schema_diffs(journal, changed)
    assert [d[0] for d in diffs] == ["add_column"]
    assert diffs[0][3].name == "mood"


def test_schema_comparison_notices_a_type_change(journal):
    changed = sa.MetaData()
    for table in SQLModel.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["entry"].c.occurred_at.type = sa.Integer()
    diffs = _schema_diffs(journal, changed)
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    assert any(d[0] == "modify_type" and d[3] == "occurred_at" for d in flat), diffs


def test_builtin_triggers(journal):
    by_slug = {t.slug: t for t in journal.triggers()}
    assert set(by_slug) == {"abandonment-fear", "withdrawal", "push-pull"}
    assert {s: (t.name, t.builtin, t.archived) for s, t in by_slug.items()} == {
        "abandonment-fear": ("Abandonment fear", True, False),
        "withdrawal": ("Withdrawal", True, False),
        "push-pull": ("Push-pull", True, False),
    }
    assert [t.slug for t in journal.triggers()] == ["abandonment-fear", "withdrawal", "push-pull"]
    assert {t.pattern for t in by_slug.values()} == {"anxious", "avoidant", "disorganised"}


def _fts_rowids(con: sqlite3.Connection, query: str) -> list[int]:
    return [r[0] for r in con.execute("SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rowid", (query,))]


def _integrity(con: sqlite3.Connection) -> None:
    # raises sqlite3.DatabaseError ("database disk image is malformed") when the index is damaged; with
    # rank = 1 an external-content index is also compared with the content table (entry)
    con.execute("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
    con.execute("INSERT INTO entry_fts(entry_fts, rank) VALUES('integrity-check', 1)")


def test_fts_index_follows_insert_update_and_delete(journal):
    a = journal.save(EntryForm(occurred_at=WHEN, title="Harbour walk", body="quiet evening"))
    b = journal.save(EntryForm(occurred_at=WHEN, title="Phone call", body="quiet again"))
    con = _raw(journal.path)
    try:
        _integrity(con)
        assert _fts_rowids(con, "harbour") == [a.id]
        assert _fts_rowids(con, "quiet") == [a.id, b.id]

        journal.save(EntryForm(id=a.id, occurred_at=WHEN, title="Lighthouse walk", body="loud evening"))
        _integrity(con)
        assert _fts_rowids(con, "harbour") == []
        assert _fts_rowids(con, "lighthouse") == [a.id]
        assert _fts_rowids(con, "quiet") == [b.id]
        assert _fts_rowids(con, "loud") == [a.id]

        con.execute("UPDATE entry SET body = 'rain' WHERE id = ?", (b.id,))
        _integrity(con)
        assert _fts_rowids(con, "quiet") == []
        assert _fts_rowids(con, "rain") == [b.id]

        con.execute("DELETE FROM entry WHERE id = ?", (a.id,))
        _integrity(con)
        assert _fts_rowids(con, "lighthouse") == []
        assert _fts_rowids(con, "loud") == []
        assert con.execute("SELECT count(*) FROM entry_fts").fetchone()[0] == 1
    finally:
        con.close()


def test_fts_integrity_check_can_fail(journal):
    # Show the check above is able to notice a stale index: change content behind the triggers' back.
    entry = journal.save(EntryForm(occurred_at=WHEN, body="original words"))
    con = _raw(journal.path)
    try:
        con.execute("DROP TRIGGER entry_fts_au")
        con.execute("UPDATE entry SET body = 'different words entirely' WHERE id = ?", (entry.id,))
        with pytest.raises(sqlite3.DatabaseError):
            _integrity(con)
    finally:
        con.close()


def _same_rows(a: Path, b: Path, tables=("entry", "trigger", "entry_trigger", "person", "entry_person")):
    ca, cb = _raw(a), _raw(b)
    try:
        for table in tables:
            rows_a = ca.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            rows_b = cb.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            assert rows_a == rows_b, table
    finally:
        ca.close()
        cb.close()


def _fill(journal: Journal) -> None:
    sam = journal.add_person("Sam", "partner")
    trig = journal.trigger("withdrawal")
    from journal_app.models.values import TriggerMark

    for i in range(5):
        journal.save(EntryForm(occurred_at=WHEN, title=f"entry {i}", body="é" * i, triggers=(TriggerMark(trig.id, i),),
                               person_ids=(sam.id,)))


def test_backup_before_migration_is_private_verified_and_complete(journal):
    _fill(journal)
    target = upgrade_backup.backup_before_migration(journal.path, migrate.HEAD_REVISION)
    assert target.parent == journal.data_dir / "backups"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert not list(target.parent.glob("*.partial"))
    con = _raw(target)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == 5
    finally:
        con.close()
    _same_rows(journal.path, target)


SECOND_MIGRATION = '''
"""Test-only second revision."""
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_marker", sa.Column("id", sa.Integer, primary_key=True))
    {extra}


def downgrade():
    op.drop_table("test_marker")
'''


@pytest.fixture
def second_revision(tmp_path, monkeypatch):
    """A copy of the migrations with one more revision, made the app's head for this test."""

    def install(extra: str = "pass") -> Path:
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        (folder / "versions" / "0002_test.py").write_text(
            textwrap.dedent(SECOND_MIGRATION).format(extra=extra, head=REAL_HEAD))
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
        monkeypatch.setattr(migrate, "HEAD_REVISION", "0002_test")
        assert migrate.script_head() == "0002_test"
        return folder

    return install


def _tables(path: Path) -> set[str]:
    con = _raw(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_older_journal_is_backed_up_then_migrated(data_dir, second_revision):
    with Journal.open(data_dir, create=True) as j:
        _fill(j)
    pristine = data_dir.parent / "pristine.db"
    shutil.copyfile(data_dir / "journal.db", pristine)
    second_revision()

    with Journal.open(data_dir) as j:
        assert j.entry_count() == 5
    assert "test_marker" in _tables(data_dir / "journal.db")
    con = _raw(data_dir / "journal.db")
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002_test",)]
    finally:
        con.close()

    backups = list((data_dir / "backups").iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert f"before-upgrade-from-{REAL_HEAD.replace('_', '-')}" in backup.name
    from journal_app.services.backup import list_backups

    assert [b.label for b in list_backups(data_dir)] == ["before an app update"]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert "test_marker" not in _tables(backup)
    _same_rows(pristine, backup)


def test_failed_migration_changes_nothing(data_dir, second_revision):
    with Journal.open(data_dir, create=True) as j:
        _fill(j)
    second_revision(extra='raise RuntimeError("migration broke halfway")')
    with pytest.raises(Exception, match="migration broke halfway"):
        Journal.open(data_dir)
    # the table created before the failure was rolled back with everything else
    assert "test_marker" not in _tables(data_dir / "journal.db")
    con = _raw(data_dir / "journal.db")
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(REAL_HEAD,)]
        assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == 5
    finally:
        con.close()
    assert len(list((data_dir / "backups").iterdir())) == 1


def test_builtin_rows_match_the_value_list(journal):
    from journal_app.models.values import BUILTIN_TRIGGERS

    con = _raw(journal.path)
    try:
        rows = con.execute(
            "SELECT slug, name, colour, pattern, description, builtin, archived FROM trigger ORDER BY sort_order"
        ).fetchall()
    finally:
        con.close()
    assert rows == [(b.slug, b.name, b.colour, b.pattern, b.description, 1, 0) for b in BUILTIN_TRIGGERS]


def test_journal_from_a_newer_app_is_refused_unchanged(data_dir):
    import hashlib
    import sqlite3

    from journal_app.core.errors import NotAJournal
    from journal_app.services.journal import Journal

    Journal.open(data_dir, create=True).close()
    db = data_dir / "journal.db"
    con = sqlite3.connect(str(db))
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(NotAJournal, match="newer version"):
        Journal.open(data_dir)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (data_dir / "backups").exists()


def test_first_schema_journal_upgrades_to_responses_with_every_entry(data_dir):
    """A journal made by the first release (revision 0001) opens with today's code: backed up, migrated,
    every entry intact, and the new fields usable."""
    from alembic import command

    from journal_app.models.values import EntryForm as Form
    from journal_app.services.backup import list_backups
    from journal_app.store.engine import create_private_file, make_engine, make_private_dir

    make_private_dir(data_dir)
    create_private_file(data_dir / "journal.db")
    engine = make_engine(data_dir / "journal.db")
    try:
        cfg = migrate.alembic_config()
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001_initial")
            for i in range(3):
                conn.exec_driver_sql(
                    "INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared) "
                    f"VALUES ('u{i}', '2026-01-0{i + 1} 10:00:00.000000', '2026-01-01 10:00:00.000000', "
                    f"'2026-01-01 10:00:00.000000', 'old {i}', 'written before responses existed', 0)"
                )
            conn.commit()
    finally:
        engine.dispose()
    with Journal.open(data_dir) as journal:
        assert journal.entry_count() == 3
        old = journal.page().rows[0]
        detail = journal.get(old.id)
        assert detail.responses == () and detail.repair is None
        saved = journal.save(
            Form(**{**detail.to_form().__dict__, "responses": ("named-my-need",), "repair": "partly"})
        )
        assert saved.responses == ("named-my-need",) and saved.repair == "partly"
    assert [b.reason for b in list_backups(data_dir)] == [
        "before-upgrade-from-0001-initial"
    ]
