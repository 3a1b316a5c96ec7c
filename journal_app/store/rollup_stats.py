"""`journal-app stats`'s counts read from the per-day rollups (store/rollup_build.py): the same JournalStats as
store/stats_queries.journal_stats, which counts them from the entries, in a few small aggregate queries instead
of a join over every entry of the range (about 100 ms at 36,500 entries, and growing with the journal).

The rollups keep the local days FIRST_DAY..LAST_DAY. A range open on one side (no --from, no --to), or reaching
past those days, is read from them only when no entry outside the Trash lies beyond them; otherwise, and when
the rollups are not ready (rollup_build.ready), `journal_stats` answers None and the caller counts from the
entries. tests/cli/test_cli_stats_rollups.py checks both ways give the same numbers."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.models.types import utc_text
from journal_app.models.values import JournalStats, TriggerStats, shown_trigger_name
from journal_app.store import rollup_build, sql
from journal_app.store import rollup_queries as rollups
from journal_app.store.analytics_queries import local_midnight
from journal_app.store.sql import Conn

_DAY = timedelta(days=1)


def _held(conn: Conn, start: date | None, end: date | None) -> tuple[date, date] | None:
    """The local days the rollups must be read over for start..end (None on a side: open), or None when
    some entry outside the Trash in that range falls on a day the rollups do not keep."""
    early = start is None or start < rollups.FIRST_DAY  # the range reaches before the rollups' first day
    late = end is None or end > rollups.LAST_DAY
    first = rollups.FIRST_DAY if early or start is None else start
    last = rollups.LAST_DAY if late or end is None else end
    if early or late:
        lo, hi = sql.run(conn, "SELECT min(occurred_at), max(occurred_at) FROM entry WHERE deleted_at IS NULL").one()
        if early and lo is not None and lo < utc_text(local_midnight(rollups.FIRST_DAY)):
            return None
        if late and hi is not None and hi >= utc_text(local_midnight(rollups.LAST_DAY + _DAY)):
            return None
    return (first, last) if first <= last else None


def journal_stats(conn: Conn, start: date | None, end: date | None) -> JournalStats | None:
    """The entries not in the Trash on the local days start..end (either side None: open), and per trigger how
    many of them it tagged and their mean intensity (rounded to 2 places; None when none was rated), for the
    triggers in use or with entries, in the triggers' order: what stats_queries.journal_stats gives for the
    same days. None when the rollups cannot stand for the entries here (see the module's note)."""
    if not rollup_build.ready(conn):
        return None
    days = _held(conn, start, end)
    if days is None:
        return None
    where = rollups.Slice(0, 0, *days)
    entries = rollups.entry_count(conn, where)
    tagged = {tid: (n, mean) for tid, n, mean in rollups.trigger_totals(conn, where)}
    found = []
    for tid, slug, name, archived in sql.run(
            conn, "SELECT id, slug, name, archived FROM trigger ORDER BY sort_order, id").all():
        count, mean = tagged.get(tid, (0, None))
        if count > 0 or not archived:
            found.append(TriggerStats(slug, shown_trigger_name(slug, name), count,
                                      round(mean, 2) if mean is not None else None))
    return JournalStats(entries=entries, triggers=tuple(found))
