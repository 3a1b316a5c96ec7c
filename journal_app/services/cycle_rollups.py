"""The cycle's report from the per-day rollups (issue 20 "Speed"): the same CycleReport services/cycles.py counts
from the entries (its `from_entries`, the oracle), read from a row a day, a month or a year per chain
(store/cycle_rollup_queries.py) instead of every moment. The repaired moments' times and the beliefs' ratings
are summed up in SQL per bucket of the range (services/cycle_summaries.py): the report keeps their counts, means,
medians and lines, not each one. Qt-free.

The rollups answer for everyone or for one person: the moments with any of two or more people cannot be summed
from per-person rows (a moment with both would count twice), so such a report is counted from the entries."""

from __future__ import annotations

from collections.abc import Sequence

from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import CycleReport
from journal_app.services import cycle_summaries
from journal_app.services import cycle_tally as cycles
from journal_app.store import cycle_report_queries as q
from journal_app.store import cycle_rollup, rollup_build
from journal_app.store import cycle_rollup_queries as rq
from journal_app.store.sql import Conn


def can_read(date_range: DateRange, wanted: Sequence[int]) -> bool:
    """Whether the rollups could answer for this range and these people (everyone, or one person)."""
    return (len(wanted) <= 1 and date_range.start >= rollup_build.FIRST_DAY
            and date_range.end <= rollup_build.LAST_DAY)


def _key(row: rq.ChainRow) -> cycles.Key:
    return (row.trigger, None if row.belief is None else str(row.belief), row.did, row.they, row.outcome)


def _tally(rows: Sequence[rq.ChainRow]) -> tuple[cycles._Chains, dict[int, cycles._Person]]:
    """Everyone's chains and each person's tallies from the chains of a range, first met first."""
    everyone, people = cycles._Chains(entries=False), dict[int, cycles._Person]()
    for row in rows:
        key = _key(row)
        everyone.add(row.person, key, 0, row.pairs)
        if row.person_id is not None:
            person = people.get(row.person_id)
            if person is None:
                person = people[row.person_id] = cycles._Person(row.person_id, row.person or "", entries=False)
            person.chains.add(row.person, key, 0, row.pairs)
            person.arrows.add(row.person, key, 0, row.pairs)
            person.repair.count(row.outcome, row.pairs)
    return everyone, people


def _times(conn: Conn, rng: DateRange, wanted: Sequence[int], shared_only: bool, repairs: dict[int, cycles._Repair],
           series: bool) -> None:
    """The repaired moments' times summed up in SQL, each with its person's repair."""
    for pid, (times, by_bucket) in cycle_summaries.repair_times(conn, rng, wanted, shared_only, series).items():
        repair = repairs.get(pid)
        if repair is not None:
            repair.times, repair.series = times, by_bucket


def from_rollups(conn: Conn, date_range: DateRange, wanted: Sequence[int] = (), shared_only: bool = False
                 ) -> CycleReport | None:
    """The report (without its sentences) from the rollups; None when they cannot be read in this transaction
    (not ready, never built, or the range or the period before reaches outside the days they hold)."""
    if (not can_read(date_range, wanted) or not rollup_build.ready(conn) or not cycle_rollup.present(conn)
            or not cycle_rollup.sums_present(conn)):
        return None
    previous = cycles._previous(conn, date_range)
    if previous is not None and previous.start < rollup_build.FIRST_DAY:
        return None
    scope, person = int(shared_only), (wanted[0] if wanted else None)
    rows = rq.chain_rows(conn, rq.Slice(scope, 0, date_range.start, date_range.end), person)
    moments = (sum(r.pairs for r in rows) if person is not None
               else rq.moments(conn, rq.Slice(scope, 0, date_range.start, date_range.end)))
    everyone, mine = _tally(rows)
    _times(conn, date_range, wanted, shared_only, {pid: p.repair for pid, p in mine.items()}, True)
    before: dict[int, cycles._Repair] | None = None
    if previous is not None:
        before = {}
        for pid, end, pairs in rq.outcomes(conn, rq.Slice(scope, 0, previous.start, previous.end), person):
            before.setdefault(pid, cycles._Repair(keep=False)).count(end, pairs)
        _times(conn, previous, wanted, shared_only, before, False)
    words = q.words(conn)
    beliefs = cycle_summaries.belief_trends(conn, date_range, wanted, shared_only, words.beliefs)
    return cycles.report_of(date_range, previous, moments, everyone, mine, before, beliefs, cycles.Steps(words),
                            shared_only)
