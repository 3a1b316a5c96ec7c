"""The first schema: entries, triggers (with the three built-ins), people, links, FTS5 index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

BUILTINS = (
    ("abandonment-fear", "Abandonment fear", "#D55E00", "anxious",
     "Worry that someone close is pulling away or will leave; wanting reassurance."),
    ("withdrawal", "Withdrawal", "#0072B2", "avoidant",
     "Going quiet, shutting down or needing distance when closeness feels like too much."),
    ("push-pull", "Push-pull", "#CC79A7", "disorganised",
     "Wanting closeness and fearing it at once; reaching out, then pushing away."),
)


def upgrade() -> None:
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("occurred_at", sa.String(26), nullable=False),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.Column("updated_at", sa.String(26), nullable=False),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("body", sa.String, nullable=False, server_default=""),
        sa.Column("shared", sa.Boolean, nullable=False),
        sa.Column("deleted_at", sa.String(26), nullable=True),
        sa.CheckConstraint("shared IN (0, 1)", name="ck_entry_shared_bool"),
    )
    op.create_index("ix_entry_live_time", "entry", ["deleted_at", "occurred_at", "id"])
    trigger = op.create_table(
        "trigger",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("description", sa.String, nullable=False, server_default=""),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("builtin", sa.Boolean, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("pattern", sa.String(20), nullable=True),
        sa.Column("sort_order", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(26), nullable=False),
        sa.CheckConstraint("builtin IN (0, 1) AND archived IN (0, 1)", name="ck_trigger_flags"),
    )
    op.create_table(
        "entry_trigger",
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("trigger_id", sa.Integer, sa.ForeignKey("trigger.id", ondelete="RESTRICT"), primary_key=True),
        sa.Column("intensity", sa.Integer, nullable=True),
        sa.CheckConstraint("intensity IS NULL OR intensity BETWEEN 0 AND 10", name="ck_entry_trigger_intensity"),
    )
    op.create_index("ix_entry_trigger_trigger", "entry_trigger", ["trigger_id", "entry_id"])
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120, collation="NOCASE"), nullable=False, unique=True),
        sa.Column("relationship", sa.String(20), nullable=False, server_default="other"),
        sa.Column("created_at", sa.String(26), nullable=False),
    )
    op.create_table(
        "entry_person",
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True),
    )
    op.create_index("ix_entry_person_person", "entry_person", ["person_id", "entry_id"])

    # Full-text index over title and body, external content, kept in sync by triggers.
    op.execute(
        "CREATE VIRTUAL TABLE entry_fts USING fts5("
        "title, body, content='entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER entry_fts_ai AFTER INSERT ON entry BEGIN "
        "INSERT INTO entry_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER entry_fts_ad AFTER DELETE ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER entry_fts_au AFTER UPDATE OF title, body ON entry BEGIN "
        "INSERT INTO entry_fts(entry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
        "INSERT INTO entry_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
    )

    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    op.bulk_insert(
        trigger,
        [
            {"slug": slug, "name": name, "colour": colour, "pattern": pattern, "description": desc,
             "builtin": True, "archived": False, "sort_order": i, "created_at": now}
            for i, (slug, name, colour, pattern, desc) in enumerate(BUILTINS)
        ],
    )


def downgrade() -> None:
    for name in ("entry_fts_au", "entry_fts_ad", "entry_fts_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS entry_fts")
    for table in ("entry_person", "person", "entry_trigger", "trigger", "entry"):
        op.drop_table(table)
