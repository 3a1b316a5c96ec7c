"""Guidance articles a person linked to their own triggers.

Revision ID: 0003_guidance_links
Revises: 0002_responses
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_guidance_links"
down_revision = "0002_responses"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trigger_guidance",
        sa.Column("trigger_id", sa.Integer, sa.ForeignKey("trigger.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.String(80), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("trigger_guidance")
