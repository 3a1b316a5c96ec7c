"""The beliefs rated again later, read from an index (issue 20, the cycle view's speed): `ix_entry_belief_rerated`
holds only the rows of entry_belief with a later rating and its time (a partial index), with the belief, when, the
entry and how true it felt then, so the Cycle tab's belief chart finds its open circles
(store/cycle_summary_queries.py `rerated`, which names it with INDEXED BY) without reading every belief put on
every entry: on the bench's 365,000-entry journal that read 95,000 rows for none, 90 of the 800 ms "All time" took.

Only an index: no data changes. Like every migration, it runs after the journal was backed up
(store/upgrade_backup.py: backup_before_migration) and in one transaction with the others.

Revision ID: 0012_cycle_rerated
Revises: 0011_cycle_sums
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_cycle_rerated"
down_revision = "0011_cycle_sums"
branch_labels = None
depends_on = None

# the rows it holds: those store/cycle_summary_queries.py `rerated` asks for (the same words, so SQLite uses it)
WHERE = "rerated IS NOT NULL AND rerated_at IS NOT NULL AND rerated_at <> ''"


def upgrade() -> None:
    op.create_index("ix_entry_belief_rerated", "entry_belief", ["belief_id", "rerated_at", "entry_id", "rerated"],
                    sqlite_where=sa.text(WHERE), if_not_exists=True)  # (a journal taken back by hand may have it)


def downgrade() -> None:
    op.drop_index("ix_entry_belief_rerated", "entry_belief", if_exists=True)
