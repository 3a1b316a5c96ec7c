"""Per-day rollups of the cycle's beliefs and repair times (issue 17 "Patterns at any range", issue 20 "Speed"):
the tables `rollup_belief` and `rollup_mend` (store/cycle_rollup.py describes them), so the Cycle tab's belief and
time-to-repair charts over all time read a row a year per belief and a row per repaired moment instead of every
entry of the range. One SQL trigger more notes, in `rollup_dirty`, the moments an entry repaired when its time
changes (their time to repair changes with it); everything else that changes them (a belief put on, taken off or
rated again in the moment, an entry's time, people, "may share" flag or Trash mark, a repair link, the repairing
entry to or from the Trash) is noted by the triggers of migrations 0007 and 0010.

Then the two tables are built (rollup_build.build_tables: the other rollups are up to date; rebuilding them all
took ten minutes on the bench's 365,000-entry journal). Like every migration, it runs after the journal was
backed up (store/upgrade_backup.py: backup_before_migration) and in one transaction with the others.

Revision ID: 0011_cycle_sums
Revises: 0010_cycle_rollups
Create Date: 2026-12-07
"""

from alembic import op

revision = "0011_cycle_sums"
down_revision = "0010_cycle_rollups"
branch_labels = None
depends_on = None

_N = "INTEGER NOT NULL"
_SUMS = ", ".join(f"{name} {_N}" for name in ("d", "r", "u", "dd", "rr", "uu", "dr", "du", "ru", "dy", "ry", "uy"))
TABLES = (
    "CREATE TABLE rollup_belief (period TEXT NOT NULL, scope INTEGER NOT NULL, lens INTEGER NOT NULL, "
    f"day TEXT NOT NULL, person_id {_N}, belief_id {_N}, year TEXT NOT NULL, rows {_N}, n {_N}, total {_N}, "
    f"first TEXT, last TEXT, {_SUMS}, "
    "PRIMARY KEY (period, scope, lens, day, person_id, belief_id, year)) WITHOUT ROWID",
    "CREATE TABLE rollup_mend (period TEXT NOT NULL, scope INTEGER NOT NULL, lens INTEGER NOT NULL, "
    f"day TEXT NOT NULL, person_id {_N}, moment_id {_N}, us {_N}, reached_first TEXT, "
    "PRIMARY KEY (period, scope, lens, day, person_id, moment_id)) WITHOUT ROWID",
)
# the live moments entry new repaired, when its time changes
TRIGGERS = {
    "rollup_entry_mend_time_au": (
        "AFTER UPDATE OF occurred_at ON entry WHEN old.occurred_at IS NOT new.occurred_at BEGIN "
        "INSERT OR IGNORE INTO rollup_dirty (at) SELECT DISTINCT t.at FROM (SELECT e.occurred_at AS at "
        "FROM repair_link l JOIN entry e ON e.id = l.repaired_id WHERE l.entry_id = new.id AND e.deleted_at IS NULL) t "
        "WHERE t.at NOT IN (SELECT at FROM rollup_dirty); END"),
}


def upgrade() -> None:
    from journal_app.store import rollup_build

    for statement in TABLES:
        op.execute(statement)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    rollup_build.build_tables(op.get_bind(), ("rollup_belief", "rollup_mend"))


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS rollup_mend")
    op.execute("DROP TABLE IF EXISTS rollup_belief")
