"""The cycle's moments read from an index (issue 20, the cycle view's speed): `ix_entry_live_moment` holds each
entry's time, Trash mark, id, repair answer and "may share" flag, so the cycle's analytics
(store/cycle_report_queries.py, which name it with INDEXED BY) find every triggered moment in a range, how it ended
and whether it may be shared without reading the entries' rows (their text): on the encrypted bench journal of
36,500 entries that was 150 of the 370 ms the rows of "All time" took. Time comes first, not the Trash mark, so
every other query keeps `ix_entry_live_time` (SQLite prefers its equality on deleted_at).

Only an index: no data changes. Like every migration, it runs after the journal was backed up
(store/upgrade_backup.py: backup_before_migration) and in one transaction with the others.

Revision ID: 0009_cycle_moments
Revises: 0008_cycle
Create Date: 2026-12-07
"""

from alembic import op

revision = "0009_cycle_moments"
down_revision = "0008_cycle"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entry_live_moment", "entry", ["occurred_at", "deleted_at", "id", "repair", "shared"])


def downgrade() -> None:
    op.drop_index("ix_entry_live_moment", "entry")
