"""Per-day rollups of the cycle (issue 20 "Speed"): the table `rollup_chain` (store/cycle_rollup.py describes it)
and the SQL triggers that note, in `rollup_dirty`, the time of every moment whose chain a change may alter:
- a belief put on or taken off an entry, or its in-the-moment strength changed (which belief felt truest);
- what someone did recorded or removed (entry_move);
- a repair link added, moved or removed: the earlier, repaired moment's time;
- an entry that repaired an earlier moment moved to or from the Trash, or purged: the earlier moment's time too
  (a repair counts only while the repairing entry is out of the Trash);
- a trigger's slug or place in the list changed (which trigger is the main one on a tie), a move's slug changed.
The entry itself, its triggers, people and responses were already noted by migration 0007's triggers.

Then every rollup is built again (rollup_build.rebuild, as migration 0007 does), the cycle's included. Like every
migration, it runs after the journal was backed up (store/upgrade_backup.py: backup_before_migration) and in one
transaction with the others.

Revision ID: 0010_cycle_rollups
Revises: 0009_cycle_moments
Create Date: 2026-12-07
"""

from alembic import op

revision = "0010_cycle_rollups"
down_revision = "0009_cycle_moments"
branch_labels = None
depends_on = None

_N = "INTEGER NOT NULL"
TABLE = (
    "CREATE TABLE rollup_chain (period TEXT NOT NULL, scope INTEGER NOT NULL, lens INTEGER NOT NULL, "
    f"day TEXT NOT NULL, person_id {_N}, trigger TEXT NOT NULL, belief {_N}, did TEXT NOT NULL, they TEXT NOT NULL, "
    f"outcome TEXT NOT NULL, pairs {_N}, first TEXT NOT NULL, "
    "PRIMARY KEY (period, scope, lens, day, person_id, trigger, belief, did, they, outcome)) WITHOUT ROWID"
)


def _note(times: str) -> str:
    """Note these stored times (a SELECT of one column) in rollup_dirty. Each time once, and only when not
    noted yet: a statement with its own ON CONFLICT clause (set_repair's upsert) overrides the trigger's OR
    IGNORE, so a time noted twice would fail it."""
    return (f"INSERT OR IGNORE INTO rollup_dirty (at) SELECT DISTINCT t.at FROM ({times}) t "
            "WHERE t.at NOT IN (SELECT at FROM rollup_dirty);")


# the live entry of a link row
_LINKED = _note("SELECT occurred_at AS at FROM entry WHERE id = {row}.entry_id AND deleted_at IS NULL")
# the live moment a repair link mends
_REPAIRED = _note("SELECT occurred_at AS at FROM entry WHERE id = {row}.repaired_id AND deleted_at IS NULL")
# the live moments entry {row} repaired
_MENDED = _note("SELECT e.occurred_at AS at FROM repair_link l JOIN entry e ON e.id = l.repaired_id "
                "WHERE l.entry_id = {row}.id AND e.deleted_at IS NULL")
# every live moment tagged with trigger new, or with move new
_TAGGED = _note("SELECT e.occurred_at AS at FROM entry_trigger et JOIN entry e ON e.id = et.entry_id "
                "WHERE et.trigger_id = new.id AND e.deleted_at IS NULL")
_MOVED = _note("SELECT e.occurred_at AS at FROM entry_move em JOIN entry e ON e.id = em.entry_id "
               "WHERE em.move_id = new.id AND e.deleted_at IS NULL")

TRIGGERS = {
    "rollup_entry_belief_ai": f"AFTER INSERT ON entry_belief BEGIN {_LINKED.format(row='new')} END",
    "rollup_entry_belief_ad": f"AFTER DELETE ON entry_belief BEGIN {_LINKED.format(row='old')} END",
    "rollup_entry_belief_au": (f"AFTER UPDATE OF entry_id, belief_id, strength ON entry_belief BEGIN "
                               f"{_LINKED.format(row='old')} {_LINKED.format(row='new')} END"),
    "rollup_entry_move_ai": f"AFTER INSERT ON entry_move BEGIN {_LINKED.format(row='new')} END",
    "rollup_entry_move_ad": f"AFTER DELETE ON entry_move BEGIN {_LINKED.format(row='old')} END",
    "rollup_entry_move_au": (f"AFTER UPDATE ON entry_move BEGIN {_LINKED.format(row='old')} "
                             f"{_LINKED.format(row='new')} END"),
    "rollup_repair_link_ai": f"AFTER INSERT ON repair_link BEGIN {_REPAIRED.format(row='new')} END",
    "rollup_repair_link_ad": f"AFTER DELETE ON repair_link BEGIN {_REPAIRED.format(row='old')} END",
    "rollup_repair_link_au": (f"AFTER UPDATE ON repair_link BEGIN {_REPAIRED.format(row='old')} "
                              f"{_REPAIRED.format(row='new')} END"),
    # the repairing entry to or from the Trash, or purged (before its links go with it)
    "rollup_entry_mends_au": f"AFTER UPDATE OF deleted_at ON entry BEGIN {_MENDED.format(row='new')} END",
    "rollup_entry_mends_bd": f"BEFORE DELETE ON entry BEGIN {_MENDED.format(row='old')} END",
    "rollup_trigger_order_au": ("AFTER UPDATE OF slug, sort_order ON trigger WHEN old.slug IS NOT new.slug "
                                f"OR old.sort_order IS NOT new.sort_order BEGIN {_TAGGED} END"),
    "rollup_their_move_au": f"AFTER UPDATE OF slug ON their_move WHEN old.slug IS NOT new.slug BEGIN {_MOVED} END",
}


def upgrade() -> None:
    from journal_app.store import rollup_build

    op.execute(TABLE)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    rollup_build.rebuild(op.get_bind())


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS rollup_chain")
