"""What I did in the moment (responses) and whether there was repair.

Revision ID: 0002_responses
Revises: 0001_initial
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_responses"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("entry", sa.Column("repair", sa.String(12), nullable=True))
    op.create_table(
        "entry_response",
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("response", sa.String(40), primary_key=True),
    )
    op.create_index("ix_entry_response_response", "entry_response", ["response", "entry_id"])


def downgrade() -> None:
    op.drop_index("ix_entry_response_response", "entry_response")
    op.drop_table("entry_response")
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("repair")
