"""Migration 0012: the index of the beliefs rated again later (ix_entry_belief_rerated, a partial index). A journal at
0011 is backed up, then gets the index; the later ratings it reads are exactly those a scan of every belief put on an
entry finds (worked out here in plain Python from the rows), and the query reads them from the index alone."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from journal_app.services.journal import Journal
from journal_app.store import cycle_summary_queries as sq
from journal_app.store import migrate, sql
from tests import cycle_builders as plan_mod

LO, HI = "2024-01-01", "2026-01-01"


def _rerate_some(journal: Journal) -> None:
    """A later rating on every third entry's first belief, a day after it, some not rated (a thought alone)."""
    with journal.querying() as conn:
        rows = sql.run(conn, "SELECT entry_id, min(belief_id) FROM entry_belief GROUP BY entry_id ORDER BY entry_id"
                       ).all()
    for k, (entry_id, belief_id) in enumerate(rows[::3]):
        journal.rerate_belief(entry_id, belief_id, balanced=f"thought {k}", strength=None if k % 4 == 3 else 10 + k,
                              at=datetime(2025, 7, 1, tzinfo=UTC) + timedelta(hours=k))


def _plain(con: sqlite3.Connection) -> list[tuple[int, int, str, int]]:
    """Every later rating with its time on a live entry in [LO, HI), from every row, sorted in Python."""
    live = {i: at for i, at, gone in con.execute("SELECT id, occurred_at, deleted_at FROM entry") if gone is None}
    out = [(b, e, at, r) for e, b, r, at in con.execute(
        "SELECT entry_id, belief_id, rerated, rerated_at FROM entry_belief")
        if r is not None and at and e in live and LO <= live[e] < HI]
    return sorted(out, key=lambda row: (row[0], row[2], row[1]))


def test_a_journal_at_0011_is_backed_up_and_gets_the_index(data_dir):
    with Journal.open(data_dir, create=True) as journal:
        plan_mod.build(journal)
        _rerate_some(journal)
    con = sqlite3.connect(data_dir / "journal.db", isolation_level=None)
    try:
        con.execute("DROP INDEX ix_entry_belief_rerated")
        con.execute("UPDATE alembic_version SET version_num = '0011_cycle_sums'")
    finally:
        con.close()

    with Journal.open(data_dir) as journal, journal.querying() as conn:
        found = [tuple(r) for r in sq.rerated(conn, LO, HI)]
    con = sqlite3.connect(data_dir / "journal.db", isolation_level=None)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD_REVISION,)]
        made = con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_entry_belief_rerated'").fetchone()
        assert made == (1,)
        want = _plain(con)
    finally:
        con.close()
    assert len(want) >= 5 and found == want
    assert [b.name for b in (data_dir / "backups").iterdir() if "before-upgrade-from-0011-cycle-sums" in b.name]


@pytest.mark.parametrize(("people", "shared_only"), [((), False), ((1,), False), ((), True)])
def test_the_later_ratings_are_read_from_the_index(journal, monkeypatch, people, shared_only):
    plan_mod.build(journal)
    asked: list[tuple[str, dict]] = []
    monkeypatch.setattr(sq, "_expand", lambda conn, statement, params: asked.append((statement, params)) or [])
    with journal.querying() as conn:
        sq.rerated(conn, LO, HI, people, shared_only)
        statement, params = sql.expand(*asked[0])
        plan = [str(row[-1]) for row in sql.run(conn, "EXPLAIN QUERY PLAN " + statement, params).all()]
    beliefs = [d for d in plan if " eb " in f"{d} "]
    assert beliefs and all("COVERING INDEX ix_entry_belief_rerated" in d for d in beliefs), plan
