"""The draft: words typed in the editor and not yet saved, kept so a crash cannot take them.

Revision ID: 0005_drafts
Revises: 0004_sessions
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_drafts"
down_revision = "0004_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), nullable=True),
        sa.Column("data", sa.String, nullable=False),
        sa.Column("saved_at", sa.String(26), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_draft_single"),
    )


def downgrade() -> None:
    op.drop_table("draft")
