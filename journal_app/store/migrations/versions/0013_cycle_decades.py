"""The cycle's chains per decade too (issue 20, the cycle view's speed): `rollup_chain` gets rows of period
'decade' (keyed by 1 January of a year ending in 0), the sums of its year rows, so a report over all time reads a
chain's row a decade instead of a row a year (store/rollup_queries.py Slice.widest). On the bench's
365,000-entry journal, a hundred years, "All time" read 130,000 rows of chains, 60% of its 800 ms; now 71,000
(its chains are many and spread over the years: most come back in most decades).

Only rows of a table that is derived data: built here from the year rows as they are (rollup_build.build_decades);
from now on every change is summed up to its decade with its year (rollup_build._count_periods), and a rebuild
builds them with the rest. Like every migration, it runs after the journal was backed up
(store/upgrade_backup.py: backup_before_migration) and in one transaction with the others.

Revision ID: 0013_cycle_decades
Revises: 0012_cycle_rerated
Create Date: 2026-12-08
"""

from alembic import op

revision = "0013_cycle_decades"
down_revision = "0012_cycle_rerated"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from journal_app.store import rollup_build

    rollup_build.build_decades(op.get_bind())


def downgrade() -> None:
    op.execute("DELETE FROM rollup_chain WHERE period = 'decade'")
