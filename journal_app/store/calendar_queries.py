"""Dots for the calendar's month view, in one SQL query over the days shown (never the whole journal).

Days are local, entries are stored in UTC: the service passes each local day with its own UTC bounds
[local 00:00, next local 00:00), worked out in Python with the real time-zone rules
(timeutil.local_day_bounds, the same bounds the entry list's date filter uses, so a day's dots and the list
for that day always agree, on the days the clocks change too). The days travel as one JSON text read with
`json_each`, MATERIALIZED (as in analytics_queries.py) so SQLite walks the entry index
(`ix_entry_live_time`: deleted_at, occurred_at) once per day instead of re-reading the JSON for every entry.
"""

from __future__ import annotations

import json

from journal_app.store import sql
from journal_app.store.sql import Conn

# days: [local day 'YYYY-MM-DD', lo UTC text, hi UTC text]
_SQL = (
    "WITH days(d, lo, hi) AS MATERIALIZED (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
    "json_extract(value, '$[2]') FROM json_each(:days)), "
    "ranked(d, id, rn, n) AS (SELECT days.d, e.id, "
    "row_number() OVER (PARTITION BY days.d ORDER BY e.occurred_at, e.id), "
    "count(*) OVER (PARTITION BY days.d) "
    "FROM days JOIN entry e ON e.deleted_at IS NULL "
    "AND e.occurred_at >= days.lo AND e.occurred_at < days.hi) "
    # the strongest trigger: highest intensity first, unrated last, then the triggers' own order
    "SELECT r.d, r.n, (SELECT t.colour FROM entry_trigger et JOIN trigger t ON t.id = et.trigger_id "
    "WHERE et.entry_id = r.id ORDER BY et.intensity IS NULL, et.intensity DESC, t.sort_order, t.id LIMIT 1) "
    "FROM ranked r WHERE r.rn <= :cap ORDER BY r.d, r.rn"
)


def day_dots(conn: Conn, days: list[list[str]], cap: int) -> list[tuple[str, int, str | None]]:
    """(local day, entries that day, dot colour or None for an entry without a trigger) for the first `cap`
    entries (in time order) of every day in `days` that has entries not in the Trash."""
    if not days:
        return []
    return [tuple(row) for row in sql.run(conn, _SQL, {"days": json.dumps(days), "cap": cap}).all()]
