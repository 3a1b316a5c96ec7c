"""Per-day rollups of the pattern analytics (issue 17), built here for the entries already in the journal.

The tables are derived data (see store/rollup_build.py, which builds them, and rollup_queries.py): per period ('day'
for one local day, 'month' for a whole local month, keyed by its first day, 'year' for a whole local year,
keyed by 1 January), scope (0 every entry, 1 shared only) and lens (0 every entry, or the trigger an entry is
tagged with). Triggers on the entries and their links note the time of each changed entry in `rollup_dirty`;
`rollup_state.zone` names the time zone the rollups were built in (NULL: not built, or being rebuilt:
`building` names the zone being built, `built_to` the last local day done).

The build uses the app's rollup_build.rebuild as it is in the version that runs this migration: a later
version that changes these tables changes them in its own migration, and its RECIPE makes it rebuild them.

Revision ID: 0007_daily_rollups
Revises: 0006_safety_plan
Create Date: 2026-12-07
"""

from alembic import op

revision = "0007_daily_rollups"
down_revision = "0006_safety_plan"
branch_labels = None
depends_on = None

_KEY = "period TEXT NOT NULL, scope INTEGER NOT NULL, lens INTEGER NOT NULL, day TEXT NOT NULL"
_N = "INTEGER NOT NULL"
_ROLLUP_DAY = (
    f"CREATE TABLE rollup_day ({_KEY}, entries {_N}, peak INTEGER, weekday INTEGER, night {_N}, morning {_N}, "
    f"afternoon {_N}, evening {_N}, moments {_N}, named {_N}, repaired {_N}, recorded {_N}, answered {_N}, "
    f"reaching_out {_N}, reassurance {_N}, withdrawing {_N}, push_pull {_N}, "
    "PRIMARY KEY (period, scope, lens, day)) WITHOUT ROWID"
)
_ROLLUP_MARK = (
    f"CREATE TABLE rollup_mark ({_KEY}, trigger_id {_N}, entries {_N}, total INTEGER, rated {_N}, low INTEGER, "
    "high INTEGER, PRIMARY KEY (period, scope, lens, day, trigger_id)) WITHOUT ROWID"
)
_ROLLUP_PERSON = (
    f"CREATE TABLE rollup_person ({_KEY}, trigger_id {_N}, person_id {_N}, entries {_N}, "
    "PRIMARY KEY (period, scope, lens, day, trigger_id, person_id)) WITHOUT ROWID"
)
_ROLLUP_PAIR = (
    f"CREATE TABLE rollup_pair ({_KEY}, first_id {_N}, second_id {_N}, entries {_N}, "
    "PRIMARY KEY (period, scope, lens, day, first_id, second_id)) WITHOUT ROWID"
)
_ROLLUP_WEEKDAY = (  # month rows only: a month's entries per weekday and quarter of the day
    f"CREATE TABLE rollup_weekday ({_KEY}, weekday {_N}, night {_N}, morning {_N}, afternoon {_N}, evening {_N}, "
    "PRIMARY KEY (period, scope, lens, day, weekday)) WITHOUT ROWID"
)
TABLES = (
    _ROLLUP_DAY, _ROLLUP_MARK, _ROLLUP_PERSON, _ROLLUP_PAIR, _ROLLUP_WEEKDAY,
    "CREATE TABLE rollup_state (id INTEGER PRIMARY KEY CHECK (id = 1), zone TEXT, building TEXT, built_to TEXT)",
    "INSERT INTO rollup_state (id, zone) VALUES (1, NULL)",
    "CREATE TABLE rollup_dirty (at TEXT PRIMARY KEY) WITHOUT ROWID",
)

# the stored time of a live entry whose link row changed
_LINKED = ("INSERT OR IGNORE INTO rollup_dirty (at) SELECT occurred_at FROM entry WHERE id = {row}.entry_id "
           "AND deleted_at IS NULL;")
TRIGGERS = {
    "rollup_entry_ai": "AFTER INSERT ON entry WHEN new.deleted_at IS NULL BEGIN "
                       "INSERT OR IGNORE INTO rollup_dirty (at) VALUES (new.occurred_at); END",
    "rollup_entry_au": "AFTER UPDATE OF occurred_at, deleted_at, shared, repair ON entry BEGIN "
                       "INSERT OR IGNORE INTO rollup_dirty (at) SELECT old.occurred_at WHERE old.deleted_at IS NULL; "
                       "INSERT OR IGNORE INTO rollup_dirty (at) SELECT new.occurred_at WHERE new.deleted_at IS NULL; "
                       "END",
    "rollup_entry_ad": "AFTER DELETE ON entry WHEN old.deleted_at IS NULL BEGIN "
                       "INSERT OR IGNORE INTO rollup_dirty (at) VALUES (old.occurred_at); END",
}
for _table in ("entry_trigger", "entry_person", "entry_response"):
    TRIGGERS[f"rollup_{_table}_ai"] = f"AFTER INSERT ON {_table} BEGIN {_LINKED.format(row='new')} END"
    TRIGGERS[f"rollup_{_table}_ad"] = f"AFTER DELETE ON {_table} BEGIN {_LINKED.format(row='old')} END"
    TRIGGERS[f"rollup_{_table}_au"] = (f"AFTER UPDATE ON {_table} BEGIN {_LINKED.format(row='old')} "
                                       f"{_LINKED.format(row='new')} END")


def upgrade() -> None:
    from journal_app.store import rollup_build

    for sql in TABLES:
        op.execute(sql)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    rollup_build.rebuild(op.get_bind())


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("rollup_dirty", "rollup_state", "rollup_weekday", "rollup_pair", "rollup_person", "rollup_mark",
                  "rollup_day"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
