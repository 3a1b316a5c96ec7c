"""Counts over a date range, computed in SQL."""

from __future__ import annotations

from datetime import datetime

from journal_app.models.types import utc_text
from journal_app.models.values import JournalStats, TriggerStats, shown_trigger_name
from journal_app.store import sql
from journal_app.store.sql import Conn


def journal_stats(conn: Conn, lo: datetime | None, hi: datetime | None) -> JournalStats:
    params: dict[str, str] = {}
    conds = ["e.deleted_at IS NULL"]
    if lo is not None:
        conds.append("e.occurred_at >= :lo")
        params["lo"] = utc_text(lo)
    if hi is not None:
        conds.append("e.occurred_at < :hi")
        params["hi"] = utc_text(hi)
    where = " AND ".join(conds)
    entries = sql.run(conn, f"SELECT count(*) FROM entry e WHERE {where}", params).scalar_one()
    rows = sql.run(
        conn, (
            "SELECT t.slug, t.name, count(et.entry_id), avg(et.intensity) FROM trigger t "
            f"LEFT JOIN (entry_trigger et JOIN entry e ON e.id = et.entry_id AND {where}) ON et.trigger_id = t.id "
            "GROUP BY t.id HAVING count(et.entry_id) > 0 OR t.archived = 0 ORDER BY t.sort_order, t.id"
        ),
        params,
    )
    return JournalStats(
        entries=entries,
        triggers=tuple(
            TriggerStats(slug, shown_trigger_name(slug, name), count, round(mean, 2) if mean is not None else None)
            for slug, name, count, mean in rows
        ),
    )
