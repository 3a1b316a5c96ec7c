"""The cycle's analytics (issue 20), Qt-free: over a range and per person, the chains that come back (trigger ->
what I told myself -> what I did -> what they did -> repaired or not), how true each belief felt over time (and
the slope of that line), and time to repair, with who reached out first. The numbers come from the rows of
store/cycle_report_queries.py; the kind sentences about them from services/cycle_sentences.py.

What counts (see models/cycle_report.py for the shapes):
- A moment is an entry not in the Trash with at least one trigger ("triggered moment", as in the Patterns view).
- A chain is a moment seen with one person on it (a moment with nobody on it has one chain, without a person);
  each step is the moment's main one: its most intense trigger (an unrated one counts lowest; a tie goes to the
  trigger listed first), the belief that felt truest (a tie: the first put on), the first thing recorded as what I
  did, that person's first recorded move, and how it ended.
- A moment was repaired when a later entry (not in the Trash) links back to it, or its repair answer is yes or
  partly; it needed repair when it was repaired or its answer is "not yet". Repair shares count only moments that
  needed repair; with none there is no share (None), never 0%.
- Time to repair is from the moment to the entry that repaired it, for moments with such a link.
- A belief's trend is a least-squares line through its in-the-moment ratings over their exact times (points of
  strength per 30 days); later re-ratings are kept beside it, not mixed in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import msg
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import (
    Arrow,
    BeliefTrend,
    Chain,
    CycleReport,
    MomentsAsked,
    PersonCycle,
    RepairNumbers,
)
from journal_app.services.cycle_tally import (  # the tallies, named here too as they always were
    OUTCOME_LABELS,
    SLOPE_DAYS,
    TOP_CHAINS,
    TOP_CHAINS_EVERYONE,
    Key,
    Steps,
    _Arrows,
    _bounds,
    _Chains,
    _hours,
    _Person,
    _previous,
    _Repair,
    belief_trends,
    chain_key,
    least_squares,
    outcome,
    repair_series,
    report_of,
)
from journal_app.store import cycle_report_queries as q
from journal_app.store.sql import Conn

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

__all__ = ["OUTCOME_LABELS", "SLOPE_DAYS", "TOP_CHAINS", "TOP_CHAINS_EVERYONE", "Key", "Steps", "_Arrows", "_Chains",
           "_Person", "_Repair", "_bounds", "_hours", "_previous", "arrows", "belief_trends", "belief_trends_all",
           "chain_entries", "chain_key", "chains", "cycle_report", "from_entries", "least_squares", "outcome",
           "person_cycle", "repair_numbers", "repair_series", "report_of"]


# -- counted from the entries (the direct reading, and the rollups' oracle) ----------------------------------
def chains(pairs: Iterable[q.Pair], top: int, steps: Steps) -> tuple[Chain, ...]:
    """The `top` most frequent chains among these (moment, person) pairs; ties: the one that came first."""
    held = _Chains()
    for pair in pairs:
        held.add(pair.person, chain_key(pair), pair.id)
    return held.top(top, steps)


def arrows(pairs: Iterable[q.Pair], steps: Steps) -> tuple[Arrow, ...]:
    """Every arrow between neighbouring steps, with its count and moments: in step order, most taken first."""
    held = _Arrows()
    for pair in pairs:
        held.add(pair.person, chain_key(pair), pair.id)
    return held.all(steps)


def repair_numbers(mine: Iterable[q.Pair]) -> RepairNumbers:
    """Repair over one person's moments (one pair per moment)."""
    repair = _Repair()
    for pair in mine:
        repair.add(pair)
    return repair.numbers()


def belief_trends_all(journal: Journal, *, shared_only: bool = False) -> tuple[BeliefTrend, ...]:
    """Each belief's trend over every entry not in the Trash (`journal-app beliefs`)."""
    with journal.querying() as conn:
        return belief_trends(q.ratings(conn, "", "9999", (), shared_only))  # every rating kept


# -- the report --------------------------------------------------------------------------------------------------
def person_cycle(mine: Sequence[q.Pair], before: Sequence[q.Pair] | None, rng: DateRange, steps: Steps,
                 top: int = TOP_CHAINS) -> PersonCycle:
    """The cycle with one person: `mine` are the range's moments with them (their pairs, at least one), `before`
    the period before's (None: not compared)."""
    first = mine[0]
    assert first.person_id is not None and first.person is not None
    person = _Person(first.person_id, first.person)
    for pair in mine:
        person.add(pair, chain_key(pair))
    return person.cycle(None if before is None else _repair_of(before), rng, steps, top)


def _repair_of(pairs: Iterable[q.Pair]) -> _Repair:
    repair = _Repair()
    for pair in pairs:
        repair.add(pair)
    return repair


def _tally(pairs: Iterable[q.Pair], entries: bool = True) -> tuple[int, _Chains, dict[int, _Person]]:
    """One pass over the range's pairs (oldest first, a moment's rows together): the moments, everyone's chains
    and each person's tallies."""
    moments, last = 0, None
    everyone, people = _Chains(entries), dict[int, _Person]()
    for pair in pairs:
        if pair.id != last:
            moments, last = moments + 1, pair.id
        key = chain_key(pair)
        everyone.add(pair.person, key, pair.id)
        if pair.person_id is not None:
            person = people.get(pair.person_id)
            if person is None:
                assert pair.person is not None
                person = people[pair.person_id] = _Person(pair.person_id, pair.person, entries)
            person.add(pair, key)
    return moments, everyone, people


def _repair_before(pairs: Iterable[q.Pair], entries: bool = True) -> dict[int, _Repair]:
    found: dict[int, _Repair] = {}
    for pair in pairs:
        if pair.person_id is not None:
            found.setdefault(pair.person_id, _Repair(entries)).add(pair)
    return found


def cycle_report(journal: Journal, date_range: DateRange, person_ids: Iterable[int] = (), *,
                 shared_only: bool = False, today: date | None = None, entries: bool = True) -> CycleReport:
    """The cycle over `date_range` (local days, both included): with `person_ids`, only the moments with these
    people and their cycles; with `shared_only`, only entries marked "may share". The period before is compared
    (repair) only when the journal covered all of it. With `entries`, each chain and arrow carries its moments'
    ids (`journal-app stats --json`); without, the numbers come from the per-day rollups when they can be read
    (services/cycle_rollups.py; everyone or one person), else from the entries, one row at a time (see _Chains):
    nothing holds every moment of a long range at once. Both give the same numbers (tests/services)."""
    from journal_app.services import cycle_rollups, cycle_sentences
    from journal_app.services.analytics import _rollups_ready

    if date_range.end < date_range.start:
        raise InvalidInput(msg("errors", "The start date is after the end date; please swap them."))
    wanted = tuple(dict.fromkeys(person_ids))
    use_rollups = not entries and cycle_rollups.can_read(date_range, wanted) and _rollups_ready(journal)
    with journal.querying() as conn:
        report = cycle_rollups.from_rollups(conn, date_range, wanted, shared_only) if use_rollups else None
        if report is None:
            report = from_entries(conn, date_range, wanted, shared_only, entries=entries)
    return replace(report, sentences=cycle_sentences.sentences(report, today=today or date.today()))


def from_entries(conn: Conn, date_range: DateRange, wanted: Sequence[int] = (), shared_only: bool = False, *,
                 entries: bool = True) -> CycleReport:
    """The report (without its sentences) counted from the entries: the direct reading, and the rollups' oracle."""
    lo, hi = _bounds(date_range)
    previous = _previous(conn, date_range)
    moments, everyone, mine = _tally(q.each_pair(conn, lo, hi, wanted, shared_only), entries)
    before = (_repair_before(q.each_pair(conn, *_bounds(previous), wanted, shared_only), entries)
              if previous is not None else None)
    beliefs = belief_trends(q.ratings(conn, lo, hi, wanted, shared_only), date_range, keep=entries)
    return report_of(date_range, previous, moments, everyone, mine, before, beliefs, Steps(q.words(conn)),
                     shared_only)


def chain_entries(journal: Journal, date_range: DateRange, chains: Sequence[Chain | MomentsAsked], *,
                  shared_only: bool = False) -> tuple[int, ...]:
    """The moments over the range that took any of these chains, oldest first, each once: what a click on a box
    or an arrow of the chain diagram lists (the report does not keep them; see _Chains). A MomentsAsked among
    them (a click on a mean of the belief chart or a median of the time-to-repair chart) adds its moments."""
    asked = [c for c in chains if isinstance(c, MomentsAsked)]
    wanted = {(c.person, tuple(s.key for s in c.steps)) for c in chains if isinstance(c, Chain)}
    found: dict[int, None] = dict.fromkeys(_asked_entries(journal, date_range, asked, shared_only))
    if not wanted:
        return tuple(found)
    names = {person for person, _key in wanted}
    lo, hi = _bounds(date_range)
    with journal.querying() as conn:
        people = () if None in names else q.person_ids(conn, names)
        if names and None not in names and not people:
            return tuple(found)
        for pair in q.each_pair(conn, lo, hi, people, shared_only):
            if (pair.person, chain_key(pair)) in wanted:
                found[pair.id] = None
    return tuple(found)


def _asked_entries(journal: Journal, date_range: DateRange, asked: Sequence[MomentsAsked], shared_only: bool
                   ) -> list[int]:
    """The moments of each MomentsAsked over its days within the range, oldest first."""
    from journal_app.services.cycle_buckets import bounds, spans_of
    from journal_app.store import cycle_summary_queries as sq

    out: list[int] = []
    for item in asked:
        start, end = max(item.start, date_range.start), min(item.end, date_range.end)
        if end < start:
            continue
        days = DateRange(start, end)
        with journal.querying() as conn:
            if item.kind == "belief" and item.belief_id is not None:
                out += sq.belief_moments(conn, *bounds(days), item.belief_id, item.people, shared_only)
            elif item.kind == "repair" and item.person is not None:
                people = q.person_ids(conn, [item.person])
                out += sq.repaired_moments(conn, spans_of(days), people, shared_only) if people else ()
    return out
