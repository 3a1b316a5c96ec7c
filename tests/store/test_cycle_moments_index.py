"""Migration 0009: the index the cycle's analytics read their moments from (ix_entry_live_moment). A journal at
0008 is backed up, then gets the index, and its cycle numbers stay exactly the same; the moments of a range are
found from the index alone (the entries' rows, with their text, are not read), with and without people and the
"may share" filter."""

from __future__ import annotations

import importlib
import sqlite3
from datetime import date

import pytest

from journal_app.models.analytics_values import DateRange
from journal_app.services import cycles
from journal_app.services.journal import Journal
from journal_app.store import cycle_report_queries as q
from journal_app.store import migrate, sql
from tests import cycle_builders as plan_mod

HALF_YEAR = DateRange(date(2025, 1, 1), date(2025, 6, 30))


def _numbers(report):
    return (report.moments, [(c.person, [s.key for s in c.steps], c.count, c.entry_ids) for c in report.chains],
            [(p.name, p.repair.needed, p.repair.repaired, [(x.day, x.hours) for x in p.repair.points])
             for p in report.people],
            [(b.text, b.slope_per_30_days, b.start, b.end) for b in report.beliefs])


def test_a_journal_at_0008_is_backed_up_and_gets_the_index(data_dir):
    with Journal.open(data_dir, create=True) as journal:
        plan_mod.build(journal)
        before = _numbers(cycles.cycle_report(journal, HALF_YEAR))
    con = sqlite3.connect(data_dir / "journal.db", isolation_level=None)
    try:
        con.execute("DROP INDEX ix_entry_live_moment")
        for version in ("0010_cycle_rollups", "0011_cycle_sums"):
            for name in importlib.import_module(f"journal_app.store.migrations.versions.{version}").TRIGGERS:
                con.execute(f"DROP TRIGGER {name}")  # and 0010's and 0011's rollups
        for table in ("rollup_chain", "rollup_belief", "rollup_mend"):
            con.execute(f"DROP TABLE {table}")
        con.execute("UPDATE alembic_version SET version_num = '0008_cycle'")
    finally:
        con.close()

    with Journal.open(data_dir) as journal:
        assert _numbers(cycles.cycle_report(journal, HALF_YEAR)) == before
    con = sqlite3.connect(data_dir / "journal.db", isolation_level=None)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD_REVISION,)]
        assert con.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_entry_live_moment'").fetchone() == (
            "CREATE INDEX ix_entry_live_moment ON entry (occurred_at, deleted_at, id, repair, shared)",)
    finally:
        con.close()
    assert [b.name for b in (data_dir / "backups").iterdir() if "before-upgrade-from-0008-cycle" in b.name]


@pytest.mark.parametrize(("people", "shared_only"), [((), False), ((1,), False), ((), True), ((1, 2), True)])
def test_the_moments_come_from_the_index_alone(journal, people, shared_only):
    with journal.querying() as conn:
        plan = sql.run(conn, "EXPLAIN QUERY PLAN " + q.pairs_statement(people, shared_only),
                       {"lo": "2025", "hi": "2026", **({"people": list(people)} if people else {})}).all()
    details = [str(row[-1]) for row in plan]
    moments = [d for d in details if d.startswith(("SEARCH e ", "SCAN e "))]
    assert moments and all("COVERING INDEX ix_entry_live_moment" in d for d in moments), details
