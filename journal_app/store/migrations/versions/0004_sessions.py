"""Therapy sessions (past and upcoming, with a private note) and things to bring up next time.

Revision ID: 0004_sessions
Revises: 0003_guidance_links
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_sessions"
down_revision = "0003_guidance_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "therapy_session",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("held_on", sa.String(10), nullable=False),
        sa.Column("note", sa.String, nullable=False, server_default=""),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.Column("updated_at", sa.String(26), nullable=False),
    )
    op.create_index("ix_therapy_session_held_on", "therapy_session", ["held_on"])
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.Column("done_at", sa.String(26), nullable=True),
    )
    op.create_index("ix_agenda_item_open", "agenda_item", ["done_at", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_agenda_item_open", "agenda_item")
    op.drop_table("agenda_item")
    op.drop_index("ix_therapy_session_held_on", "therapy_session")
    op.drop_table("therapy_session")
