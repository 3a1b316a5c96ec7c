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
the oracle). Repair links make an earlier moment's outcome depend on a later entry's Trash state: migration
0010's triggers note the earlier moment when that entry changes (0011's when its time changes).

Migration 0011 adds two more (services/cycle_summaries.py reads them; services/cycle_tally.py counts the same
from each row, the oracle):
- `rollup_belief`: per (period, scope, lens, day, person, belief, UTC year of the rating): how many times the
  belief was put on an entry (`rows`), how many of those were rated in the moment (`n`) and their sum, the first
  and last rated time, and the integer sums a least-squares line needs. A rating's time is its UTC year's start
  plus `d` days plus `r` seconds plus `u` microseconds; the sums of d, r, u, their products with each other and
  with the strength y stay far inside 64 bits over a year (d < 366, r < 86,400, u < 1,000,000), so the line is
  worked out exactly from them, and month and year rows are sums of day rows like every rollup's. `person_id`
  0 is every entry, another a person's entries (a belief is on any entry, triggered or not).
- `rollup_mend` (day rows only): per (scope, lens, day, person, moment) each triggered moment a later entry not
  in the Trash links back to as its repair, with the time to repair in microseconds (exact) and who reached out
  first: time to repair is a median, which no sum gives, so its rows are the moments themselves, a few small
  columns each instead of every entry of the range.

This module holds only SQL text and a check (store/rollup_build.py imports it; nothing here imports the rollups'
modules); reading the table is cycle_rollup_queries.py."""

from __future__ import annotations

from journal_app.store import sql
from journal_app.store.sql import Conn

TABLE = "rollup_chain"
BELIEFS, MENDS = "rollup_belief", "rollup_mend"  # migration 0011
DECADES = (TABLE,)  # the tables with decade rows too (migration 0013: fewer rows for a chain over all time)
KEYS = "person_id, trigger, belief, did, they, outcome"
# the integer sums of a belief's ratings for their least-squares line (see the module's note)
LINE_SUMS = ("d", "r", "u", "dd", "rr", "uu", "dr", "du", "ru", "dy", "ry", "uy")
# what rollup_build sums a month's or a year's rows with: (the key columns after the day, the aggregates)
SUMS = {TABLE: (f"{KEYS}, ", "sum(pairs), min(first)"),
        BELIEFS: ("person_id, belief_id, year, ",
                  "sum(rows), sum(n), sum(total), min(first), max(last), " + ", ".join(f"sum({c})" for c in LINE_SUMS))}

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

_RATED = "CASE WHEN eb.strength IS NULL THEN NULL ELSE {v} END"
# each belief on a counted entry, with its time's parts (see the module's note): once for every scope
_BELIEF_ROWS = (
    "CREATE TEMP TABLE cycle_rating AS SELECT f.id AS id, eb.belief_id AS belief, eb.strength AS y, "
    "substr(e.occurred_at, 1, 4) AS year, " + _RATED.format(v="e.occurred_at") + " AS t, "
    + _RATED.format(v="CAST(strftime('%j', e.occurred_at) AS INTEGER) - 1") + " AS d, "
    + _RATED.format(v="unixepoch(e.occurred_at) - unixepoch(substr(e.occurred_at, 1, 10))") + " AS r, "
    + _RATED.format(v="CAST(substr(e.occurred_at, 21, 6) AS INTEGER)") + " AS u "
    "FROM temp.rollup_fact f CROSS JOIN entry e ON e.id = f.id CROSS JOIN entry_belief eb ON eb.entry_id = f.id"
)
_PRODUCTS = {"dd": "x.d * x.d", "rr": "x.r * x.r", "uu": "x.u * x.u", "dr": "x.d * x.r", "du": "x.d * x.u",
             "ru": "x.r * x.u", "dy": "x.d * x.y", "ry": "x.r * x.y", "uy": "x.u * x.y"}
_BELIEF_INSERT = (
    f"INSERT INTO {BELIEFS} WITH pp(id, person_id) AS (SELECT id, 0 FROM temp.rollup_fact UNION ALL "
    "SELECT ep.entry_id, ep.person_id FROM temp.rollup_fact f CROSS JOIN entry_person ep ON ep.entry_id = f.id) "
    "SELECT 'day', v.scope, 0, f.day, pp.person_id, x.belief, x.year, count(*), count(x.y), coalesce(sum(x.y), 0), "
    "min(x.t), max(x.t), "
    + ", ".join(f"coalesce(sum({_PRODUCTS.get(c, 'x.' + c)}), 0)" for c in LINE_SUMS)
    + " FROM temp.rollup_view v JOIN temp.rollup_fact f ON f.id = v.id JOIN pp ON pp.id = v.id "
    "JOIN temp.cycle_rating x ON x.id = v.id WHERE v.lens = 0 GROUP BY v.scope, f.day, pp.person_id, x.belief, x.year"
)
# microseconds from the moment e to the repairing entry b, exactly
_TO_REPAIR = ("(unixepoch(b.occurred_at) - unixepoch(e.occurred_at)) * 1000000 "
              "+ CAST(substr(b.occurred_at, 21, 6) AS INTEGER) - CAST(substr(e.occurred_at, 21, 6) AS INTEGER)")
_MEND_INSERT = (
    f"INSERT INTO {MENDS} SELECT 'day', v.scope, 0, f.day, ep.person_id, e.id, {_TO_REPAIR}, r.reached_first "
    "FROM temp.rollup_view v JOIN temp.rollup_fact f ON f.id = v.id JOIN entry e ON e.id = v.id "
    "JOIN repair_link r ON r.repaired_id = e.id JOIN entry b ON b.id = r.entry_id AND b.deleted_at IS NULL "
    "JOIN entry_person ep ON ep.entry_id = e.id WHERE v.lens = 0 AND f.triggered"
)
SUM_INSERTS = ("DROP TABLE IF EXISTS temp.cycle_rating", _BELIEF_ROWS, _BELIEF_INSERT, "DROP TABLE temp.cycle_rating",
               _MEND_INSERT)


def present(conn: Conn) -> bool:
    """Whether the journal has the cycle's rollup table (a journal migrated to 0010)."""
    return sql.has_table(conn, TABLE)


def sums_present(conn: Conn) -> bool:
    """Whether the journal has the tables of the cycle's beliefs and repair times (a journal migrated to 0011)."""
    return sql.has_table(conn, BELIEFS)


def tables(conn: Conn) -> tuple[str, ...]:
    """The cycle's rollup tables this journal has."""
    return ((TABLE,) if present(conn) else ()) + ((BELIEFS, MENDS) if sums_present(conn) else ())


def inserts(conn: Conn, only: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The statements that count the cycle's day rows of the days in temp.rollup_fact, for the tables it has
    (with `only`, for those of them only)."""
    chains = present(conn) and (only is None or TABLE in only)
    sums = sums_present(conn) and (only is None or BELIEFS in only or MENDS in only)
    return (INSERTS if chains else ()) + (SUM_INSERTS if sums else ())
