"""The cycle (issue 20): beliefs (the person's own list; per entry how true each felt, and later a kinder thought
and a second rating), what the other person did (moves, with five built-ins, per entry per person), and repair
links (a later entry repaired an earlier moment; who reached out first).

Nothing the per-day rollups count changes: they are left as they are. Like every migration, it runs after the
journal was backed up (store/upgrade_backup.py: backup_before_migration) and in one transaction with the others.

Revision ID: 0008_cycle
Revises: 0007_daily_rollups
Create Date: 2026-12-10
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008_cycle"
down_revision = "0007_daily_rollups"
branch_labels = None
depends_on = None

# the built-in moves as this revision writes them (models/cycle_values.py: BUILTIN_MOVES shows them)
BUILTIN_MOVES = (
    ("reached-out", "Reached out"),
    ("went-quiet", "Went quiet"),
    ("criticised", "Criticised"),
    ("reassured", "Reassured"),
    ("pulled-away", "Pulled away"),
)


def upgrade() -> None:
    op.create_table(
        "belief",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("text", sa.String(200, collation="NOCASE"), nullable=False, unique=True),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.CheckConstraint("archived IN (0, 1)", name="ck_belief_archived"),
    )
    op.create_table(
        "entry_belief",
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("belief_id", sa.Integer, sa.ForeignKey("belief.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("strength", sa.Integer, nullable=True),
        sa.Column("balanced", sa.String, nullable=False, server_default=""),
        sa.Column("rerated", sa.Integer, nullable=True),
        sa.Column("rerated_at", sa.String(26), nullable=True),
        sa.CheckConstraint("strength IS NULL OR strength BETWEEN 0 AND 100", name="ck_entry_belief_strength"),
        sa.CheckConstraint("rerated IS NULL OR rerated BETWEEN 0 AND 100", name="ck_entry_belief_rerated"),
    )
    op.create_index("ix_entry_belief_belief", "entry_belief", ["belief_id", "entry_id"])
    moves = op.create_table(
        "their_move",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("builtin", sa.Boolean, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.CheckConstraint("builtin IN (0, 1) AND archived IN (0, 1)", name="ck_their_move_flags"),
    )
    op.create_table(
        "entry_move",
        sa.Column("entry_id", sa.Integer, primary_key=True),
        sa.Column("person_id", sa.Integer, primary_key=True),
        sa.Column("move_id", sa.Integer, sa.ForeignKey("their_move.id", ondelete="RESTRICT"), primary_key=True),
        sa.ForeignKeyConstraint(["entry_id", "person_id"], ["entry_person.entry_id", "entry_person.person_id"],
                                ondelete="CASCADE"),
    )
    op.create_index("ix_entry_move_move", "entry_move", ["move_id", "entry_id"])
    op.create_table(
        "repair_link",
        sa.Column("repaired_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reached_first", sa.String(8), nullable=True),
        sa.CheckConstraint("repaired_id <> entry_id", name="ck_repair_link_other"),
        sa.CheckConstraint("reached_first IS NULL OR reached_first IN ('me', 'them')", name="ck_repair_link_first"),
    )
    op.create_index("ix_repair_link_entry", "repair_link", ["entry_id"])
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    op.bulk_insert(moves, [
        {"slug": slug, "name": name, "builtin": True, "archived": False, "sort_order": i, "created_at": now}
        for i, (slug, name) in enumerate(BUILTIN_MOVES)
    ])


def downgrade() -> None:
    op.drop_index("ix_repair_link_entry", "repair_link")
    op.drop_table("repair_link")
    op.drop_index("ix_entry_move_move", "entry_move")
    op.drop_table("entry_move")
    op.drop_table("their_move")
    op.drop_index("ix_entry_belief_belief", "entry_belief")
    op.drop_table("entry_belief")
    op.drop_table("belief")
