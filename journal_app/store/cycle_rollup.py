"""Per-day rollups of the cycle (issue 20 "Speed", issue 17 "Patterns at any range"): the chains of the cycle's
analytics (services/cycles.py) counted per local day, so a report over any range reads a few rows a day, a month
or a year instead of every moment. Kept with the pattern rollups, the same way (store/rollup_build.py describes
it: built in migration 0010, SQL triggers note changed times in `rollup_dirty`, `settle` before commit, rebuilt
in another time zone, not read while dirty), in one more table:

- `rollup_chain`: per (period, scope, lens, day, person, the chain's five step keys): how many (triggered
  moment, person) pairs took that chain, and the first of them (`first`: its time and id as one text, so the
  smallest is the pair seen first, as the direct count orders them). `person_id` 0 is a moment with nobody on
  it; a step with nothing recorded has the key '' (0 for the belief). `lens` is always 0 (the cycle has no
  trigger filter); it is there so the rollups' machinery reads and sums this table as its others.

How each step's key is chosen is services/cycles.py's (and store/cycle_report_queries.py's, the direct reading:
the oracle). What cannot be summed stays out: the repair times (their medians) and the beliefs' ratings are read
from the few rows that hold them (cycle_report_queries). Repair links make an earlier moment's outcome depend on
a later entry's Trash state: migration 0010's triggers note the earlier moment when that entry changes.

This module holds only SQL text and a check (store/rollup_build.py imports it; nothing here imports the rollups'
modules); reading the table is cycle_rollup_queries.py."""

from __future__ import annotations

from journal_app.store import sql
from journal_app.store.sql import Conn

TABLE = "rollup_chain"
KEYS = "person_id, trigger, belief, did, they, outcome"
# what rollup_build sums a month's or a year's rows with: (the key columns after the day, the aggregates)
SUMS = {TABLE: (f"{KEYS}, ", "sum(pairs), min(first)")}

# a pair's time and id as one text that sorts as (time, id): char(1) sorts below every character of a time
FIRST = "e.occurred_at || char(1) || printf('%015d', e.id)"
# how a moment ended (services/cycles.py: outcome), '' when nothing was said
OUTCOME = ("CASE WHEN b.id IS NOT NULL OR e.repair IN ('yes', 'partly') THEN 'repaired' "
           "WHEN e.repair IN ('not-yet', 'not-needed') THEN e.repair ELSE '' END")


def steps(person: str) -> str:
    """The step keys of moment e with the person `person` (a column, or NULL) as columns trigger, belief, did,
    they: chosen exactly as store/cycle_report_queries.py chooses them ('' or 0 for nothing recorded)."""
    return (
        "coalesce((SELECT t.slug FROM entry_trigger et JOIN trigger t ON t.id = et.trigger_id WHERE et.entry_id = e.id "
        "ORDER BY et.intensity IS NULL, et.intensity DESC, t.sort_order, t.id LIMIT 1), '') AS trigger, "
        "coalesce((SELECT eb.belief_id FROM entry_belief eb WHERE eb.entry_id = e.id "
        "ORDER BY eb.strength IS NULL, eb.strength DESC, eb.rowid LIMIT 1), 0) AS belief, "
        "coalesce((SELECT er.response FROM entry_response er WHERE er.entry_id = e.id ORDER BY er.rowid LIMIT 1), '') "
        "AS did, "
        "coalesce((SELECT mv.slug FROM entry_move em JOIN their_move mv ON mv.id = em.move_id "
        f"WHERE em.entry_id = e.id AND em.person_id = {person} ORDER BY em.rowid LIMIT 1), '') AS they"
    )


# the pairs of the triggered moments being counted (temp.rollup_fact: see rollup_build._fill), once for both scopes
_PAIRS = (
    "CREATE TEMP TABLE cycle_pair AS SELECT f.id AS id, coalesce(ep.person_id, 0) AS person_id, "
    f"{steps('ep.person_id')}, {OUTCOME} AS outcome, {FIRST} AS first "
    "FROM temp.rollup_fact f JOIN entry e ON e.id = f.id LEFT JOIN entry_person ep ON ep.entry_id = e.id "
    "LEFT JOIN repair_link r ON r.repaired_id = e.id LEFT JOIN entry b ON b.id = r.entry_id AND b.deleted_at IS NULL "
    "WHERE f.triggered"
)
_INSERT = (
    f"INSERT INTO {TABLE} SELECT 'day', v.scope, 0, f.day, {', '.join(f'c.{k.strip()}' for k in KEYS.split(','))}, "
    "count(*), min(c.first) FROM temp.rollup_view v JOIN temp.rollup_fact f ON f.id = v.id "
    "JOIN temp.cycle_pair c ON c.id = v.id WHERE v.lens = 0 "
    f"GROUP BY v.scope, f.day, {', '.join(f'c.{k.strip()}' for k in KEYS.split(','))}"
)
INSERTS = ("DROP TABLE IF EXISTS temp.cycle_pair", _PAIRS, _INSERT, "DROP TABLE temp.cycle_pair")


def present(conn: Conn) -> bool:
    """Whether the journal has the cycle's rollup table (a journal migrated to 0010)."""
    return sql.has_table(conn, TABLE)
