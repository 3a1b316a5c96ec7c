"""The safety plan, when the person keeps it inside the (encrypted) journal: one row, its sections as JSON.

Revision ID: 0006_safety_plan
Revises: 0005_drafts
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_safety_plan"
down_revision = "0005_drafts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_plan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("data", sa.String, nullable=False),
        sa.Column("saved_at", sa.String(26), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_safety_plan_single"),
    )


def downgrade() -> None:
    op.drop_table("safety_plan")
