"""A big journal: the first page reads one page of rows (plus their chips), through the index."""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from journal_app.models.types import utc_text
from journal_app.models.values import EntryFilter
from journal_app.services.journal import PAGE_SIZE, Journal
from journal_app.store import driver as driver_mod

N_ENTRIES = 20_000
START = datetime(2015, 1, 1, 8, 0, tzinfo=UTC)


class _Counter:
    def __init__(self) -> None:
        self.rows = 0
        self.statements: list[tuple[str, tuple]] = []

    def reset(self) -> None:
        self.rows = 0
        self.statements.clear()


def _counting_connect(counter: _Counter):
    """sqlite3.connect whose cursors count every row handed to the caller."""

    class CountingCursor(sqlcipher.Cursor):
        def execute(self, sql, params=()):
            counter.statements.append((sql, tuple(params)))
            return super().execute(sql, params)

        def fetchone(self):
            row = super().fetchone()
            counter.rows += row is not None
            return row

        def fetchmany(self, size=None):
            rows = super().fetchmany(self.arraysize if size is None else size)
            counter.rows += len(rows)
            return rows

        def fetchall(self):
            rows = super().fetchall()
            counter.rows += len(rows)
            return rows

        def __next__(self):
            row = super().__next__()
            counter.rows += 1
            return row

    class CountingConnection(sqlcipher.Connection):
        def cursor(self, factory=CountingCursor):
            return super().cursor(factory)

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", CountingConnection)
        return sqlcipher.connect(*args, **kwargs)

    return connect


class _Sqlite3WithCounting:
    def __init__(self, counter: _Counter) -> None:
        self.connect = _counting_connect(counter)

    def __getattr__(self, name):
        return getattr(sqlcipher, name)


def _fill(path, n: int) -> int:
    """Insert n entries (and 1–2 trigger links each) in one transaction, straight into the schema."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        trigger_ids = [r[0] for r in con.execute("SELECT id FROM trigger ORDER BY id")]
        now = utc_text(datetime.now(UTC))
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO entry (id, uuid, occurred_at, created_at, updated_at, title, body, shared, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
            (
                (
                    i,
                    str(uuid.UUID(int=i)),
                    utc_text(START + timedelta(minutes=17 * i)),
                    now,
                    now,
                    f"Entry {i}",
                    f"Day {i}: what happened, how it felt, what I did. " * 8,
                    now if i % 50 == 0 else None,  # some in the Trash
                )
                for i in range(1, n + 1)
            ),
        )
        links = [(i, trigger_ids[i % 3], i % 11) for i in range(1, n + 1)]
        links += [(i, trigger_ids[(i + 1) % 3], None) for i in range(1, n + 1, 2)]
        con.executemany("INSERT INTO entry_trigger (entry_id, trigger_id, intensity) VALUES (?, ?, ?)", links)
        con.execute("COMMIT")
        return con.execute("SELECT count(*) FROM entry WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def big_journal_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big") / "journal"
    Journal.open(folder, create=True).close()
    started = time.perf_counter()
    live = _fill(folder / "journal.db", N_ENTRIES)
    assert live == N_ENTRIES - N_ENTRIES // 50
    assert time.perf_counter() - started < 10
    return folder


@pytest.mark.slow
def test_first_page_reads_one_page_not_the_journal(big_journal_dir, monkeypatch):
    counter = _Counter()
    monkeypatch.setattr(driver_mod, "driver", _Sqlite3WithCounting(counter))
    with Journal.open(big_journal_dir) as journal:
        # the first use of a connection also runs SQLAlchemy's one-off dialect checks: get them done
        assert journal.entry_count() == N_ENTRIES - N_ENTRIES // 50
        counter.reset()
        page = journal.page()
        rows_read = counter.rows
        statements = list(counter.statements)

        # newest first: the largest ids have the latest times; multiples of 50 are in the Trash
        expected_ids = [i for i in range(N_ENTRIES, 0, -1) if i % 50][:PAGE_SIZE]
        assert [r.id for r in page.rows] == expected_ids
        chips = sum(len(r.triggers) for r in page.rows)
        assert chips == sum(1 + i % 2 for i in expected_ids) == 151  # one chip each, odd ids a second one
        assert rows_read == PAGE_SIZE + chips
        assert all(len(r.preview) <= 280 for r in page.rows)

        counter.reset()
        second = journal.page(cursor=page.next_cursor)
        assert counter.rows == PAGE_SIZE + sum(len(r.triggers) for r in second.rows)
        assert second.rows[0].occurred_at < page.rows[-1].occurred_at

        counter.reset()
        searched = journal.page(EntryFilter(text="Entry 19999"))
        assert counter.rows <= PAGE_SIZE + 2 * PAGE_SIZE

    browse = [(sql, params) for sql, params in statements if "FROM entry e" in sql and "ORDER BY" in sql]
    assert len(browse) == 1
    assert searched.rows


def _plan(path, sql: str, params: tuple) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql, params)]
    finally:
        con.close()


def _browse_statement(journal_dir, monkeypatch, flt=EntryFilter(), page_no=1):
    counter = _Counter()
    monkeypatch.setattr(driver_mod, "driver", _Sqlite3WithCounting(counter))
    with Journal.open(journal_dir) as journal:
        cursor = None
        for _ in range(page_no):
            counter.reset()
            page = journal.page(flt, cursor=cursor)
            cursor = page.next_cursor
    found = [(s, p) for s, p in counter.statements if "FROM entry e" in s and "ORDER BY" in s]
    assert len(found) == 1
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("page_no", [1, 3])
def test_browse_query_uses_the_live_time_index(big_journal_dir, monkeypatch, page_no):
    sql, params = _browse_statement(big_journal_dir, monkeypatch, page_no=page_no)
    plan = _plan(big_journal_dir / "journal.db", sql, params)
    assert any("ix_entry_live_time" in step for step in plan), plan
    assert not any(step.startswith("SCAN e") and "INDEX" not in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan  # no sorting of the whole journal


@pytest.mark.slow
def test_browse_by_trigger_uses_the_live_time_index(big_journal_dir, monkeypatch):
    sql, params = _browse_statement(big_journal_dir, monkeypatch, EntryFilter(trigger_ids=(1, 2)))
    plan = _plan(big_journal_dir / "journal.db", sql, params)
    assert any("ix_entry_live_time" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


@pytest.mark.slow
def test_search_is_driven_by_the_full_text_index(big_journal_dir, monkeypatch):
    """With the app's own SQLite (SQLCipher's 3.51), the ranking query starts from the full-text index; the
    planner once chose to walk every entry and run the match per entry instead (seconds, not milliseconds)."""
    import sqlcipher3.dbapi2 as app_sqlite

    counter = _Counter()
    monkeypatch.setattr(driver_mod, "driver", _Sqlite3WithCounting(counter))
    with Journal.open(big_journal_dir) as journal:
        journal.page(EntryFilter(text="quiet"))
    ranking = [(s, p) for s, p in counter.statements if "bm25" in s]
    assert len(ranking) == 1
    sql, params = ranking[0]
    con = app_sqlite.connect(str(big_journal_dir / "journal.db"))
    try:
        plan = [r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql, params)]
    finally:
        con.close()
    # the window (CTE w) is read from the full-text index, in rowid order (no sort of every match), each
    # match's entry looked up by its id; no step walks the entries
    scan = plan.index("MATERIALIZE w") + 1
    assert plan[scan].startswith("SCAN entry_fts"), plan
    assert plan[scan + 1].startswith("SEARCH e USING INTEGER PRIMARY KEY"), plan
    assert not plan[scan + 2].startswith("USE TEMP B-TREE"), plan
    assert not any(step.startswith("SCAN e ") or step == "SCAN e" for step in plan), plan
