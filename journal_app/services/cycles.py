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

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, translate
from journal_app.core.timeutil import local_day_bounds, to_local
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import (
    STEPS,
    Arrow,
    BeliefPoint,
    BeliefTrend,
    Chain,
    CycleReport,
    PersonCycle,
    RepairNumbers,
    RepairPoint,
    RepairSeries,
    Step,
)
from journal_app.models.cycle_values import shown_move_name
from journal_app.models.types import from_utc_text, utc_text
from journal_app.models.values import RESPONSES, shown_trigger_name
from journal_app.store import analytics_queries
from journal_app.store import cycle_report_queries as q
from journal_app.store.sql import Conn

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

TOP_CHAINS = 5  # per person
TOP_CHAINS_EVERYONE = 10
SLOPE_DAYS = 30  # a belief's slope is given in points of strength per this many days
OUTCOME_LABELS = {
    "repaired": QT_TRANSLATE_NOOP("cycle", "Repaired"),
    "not-yet": QT_TRANSLATE_NOOP("cycle", "Not repaired yet"),
    "not-needed": QT_TRANSLATE_NOOP("cycle", "No repair needed"),
}
_RESPONSE_LABELS = {key: label for key, label, _group in RESPONSES}

Key = tuple[str | None, ...]  # a chain's step keys: trigger slug, belief id, response key, move slug, outcome


# -- one moment's steps ----------------------------------------------------------------------------------------
def outcome(pair: q.Pair) -> str | None:
    """How the moment ended: 'repaired', 'not-yet', 'not-needed', or None (nothing said)."""
    if pair.repaired_by is not None or pair.repair in ("yes", "partly"):
        return "repaired"
    return pair.repair if pair.repair in ("not-yet", "not-needed") else None


def chain_key(pair: q.Pair) -> Key:
    """The keys of the chain of one moment seen with one person (see the module's note for how each is chosen)."""
    return (pair.trigger, None if pair.belief is None else str(pair.belief), pair.did, pair.they, outcome(pair))


class Steps:
    """The words shown for each step's key, looked up once per key (not once per moment), in the language of the
    moment the report is made."""

    def __init__(self, words: q.Words) -> None:
        self._stored = words
        self._words: dict[tuple[int, str], str] = {}

    def _word(self, index: int, key: str) -> str:
        stored = self._stored
        if index == 0:
            return shown_trigger_name(*stored.triggers.get(key, (key, key)))
        if index == 1:
            return stored.beliefs.get(int(key), "")
        if index == 2:
            return translate("messages", _RESPONSE_LABELS.get(key, key))
        if index == 3:
            return shown_move_name(*stored.moves.get(key, (key, key)))
        return translate("cycle", OUTCOME_LABELS[key])

    def step(self, index: int, key: str | None) -> Step:
        if key is None:
            return Step(STEPS[index], None)
        word = self._words.get((index, key))
        if word is None:
            word = self._words[(index, key)] = self._word(index, key)
        return Step(STEPS[index], key, word)

    def steps(self, key: Key) -> tuple[Step, ...]:
        return tuple(self.step(i, k) for i, k in enumerate(key))


# -- chains, arrows and repair, counted as the moments go by ----------------------------------------------------
# The report reads its moments one row at a time and keeps only these tallies (the ids of each chain and arrow, the
# repaired moments' points): all time on a 365,000-entry journal is some 300,000 rows, which as a list of rows held
# about 200 MB at once.
class _Chains:
    """Chains counted as pairs go by: (person, keys) -> the moments' ids, the first seen first."""

    def __init__(self) -> None:
        self.held: dict[tuple[str | None, Key], list[int]] = {}

    def add(self, person: str | None, key: Key, entry_id: int) -> None:
        self.held.setdefault((person, key), []).append(entry_id)

    def top(self, top: int, steps: Steps) -> tuple[Chain, ...]:
        held = self.held
        order = sorted(held, key=lambda k: -len(held[k]))  # stable: first seen first among ties
        return tuple(Chain(k[0], steps.steps(k[1]), len(held[k]), tuple(held[k])) for k in order[:top])


class _Arrows:
    """Arrows between neighbouring steps counted as pairs go by, with their moments' ids."""

    def __init__(self) -> None:
        self.held: dict[tuple[int, str | None, str | None, str | None], list[int]] = {}

    def add(self, person: str | None, key: Key, entry_id: int) -> None:
        for i in range(len(key) - 1):
            self.held.setdefault((i, person, key[i], key[i + 1]), []).append(entry_id)

    def all(self, steps: Steps) -> tuple[Arrow, ...]:
        held = self.held
        order = sorted(held, key=lambda k: (k[0], -len(held[k])))
        return tuple(Arrow(k[1], steps.step(k[0], k[2]), steps.step(k[0] + 1, k[3]), len(held[k]), tuple(held[k]))
                     for k in order)


class _Repair:
    """Repair counted as one person's moments go by (one pair per moment)."""

    def __init__(self) -> None:
        self.moments = self.needed = self.repaired = 0
        self.points: list[RepairPoint] = []

    def add(self, p: q.Pair) -> None:
        end = outcome(p)
        self.moments += 1
        self.needed += end in ("repaired", "not-yet")
        self.repaired += end == "repaired"
        if p.repaired_by is not None and p.repaired_at is not None:
            self.points.append(RepairPoint(to_local(from_utc_text(p.occurred_at)).date(),
                                           _hours(p.occurred_at, p.repaired_at), p.reached_first, p.id,
                                           p.repaired_by))

    def numbers(self) -> RepairNumbers:
        return RepairNumbers(self.moments, self.needed, self.repaired, tuple(self.points))


class _Person:
    """One person's moments in the range, counted as they go by."""

    def __init__(self, person_id: int, name: str) -> None:
        self.person_id, self.name = person_id, name
        self.chains, self.arrows, self.repair = _Chains(), _Arrows(), _Repair()

    def add(self, pair: q.Pair, key: Key) -> None:
        self.chains.add(pair.person, key, pair.id)
        self.arrows.add(pair.person, key, pair.id)
        self.repair.add(pair)

    def cycle(self, before: _Repair | None, rng: DateRange, steps: Steps, top: int = TOP_CHAINS) -> PersonCycle:
        repair = self.repair.numbers()
        return PersonCycle(self.person_id, self.name, self.repair.moments, self.chains.top(top, steps),
                           self.arrows.all(steps), repair, None if before is None else before.numbers(),
                           repair_series(repair, rng))


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


def _hours(start: str, end: str) -> float:
    return (from_utc_text(end) - from_utc_text(start)).total_seconds() / 3600


def repair_numbers(mine: Iterable[q.Pair]) -> RepairNumbers:
    """Repair over one person's moments (one pair per moment)."""
    repair = _Repair()
    for pair in mine:
        repair.add(pair)
    return repair.numbers()


def repair_series(numbers: RepairNumbers, rng: DateRange) -> RepairSeries:
    """Median time to repair per bucket of the range (bucketed as the Patterns charts are)."""
    from journal_app.services.analytics import bucket_for, bucket_starts

    bucket = bucket_for(rng)
    starts = bucket_starts(rng, bucket)
    hours: list[list[float]] = [[] for _ in starts]
    for p in numbers.points:
        i = max(bisect_right(starts, p.day) - 1, 0)  # the last bucket starting by that day
        hours[i].append(p.hours)
    medians = tuple(RepairNumbers(0, 0, 0, tuple(RepairPoint(s, h, None, 0, 0) for h in hs)).median_hours
                    for s, hs in zip(starts, hours))
    return RepairSeries(bucket, starts, medians, tuple(len(hs) for hs in hours))


# -- beliefs -----------------------------------------------------------------------------------------------------
def least_squares(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float] | None:
    """(slope, intercept) of the least-squares line; None with fewer than two different xs."""
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    return slope, my - slope * mx


def belief_trends(ratings: Sequence[q.Rating]) -> tuple[BeliefTrend, ...]:
    """Each belief's ratings over time, the most rated first."""
    by_belief: dict[int, list[q.Rating]] = {}
    for r in ratings:
        by_belief.setdefault(r.belief_id, []).append(r)
    trends = []
    for belief_id, rows in by_belief.items():
        rated = [r for r in rows if r.strength is not None]
        times = [from_utc_text(r.occurred_at) for r in rated]
        points = tuple(BeliefPoint(to_local(t).date(), int(r.strength or 0), r.entry_id) for t, r in zip(times, rated))
        after = sorted((from_utc_text(r.rerated_at), r) for r in rows if r.rerated is not None and r.rerated_at)
        trend = BeliefTrend(belief_id, rows[-1].text, points,
                            tuple(BeliefPoint(to_local(t).date(), int(r.rerated or 0), r.entry_id) for t, r in after))
        days = [(t - times[0]).total_seconds() / 86400 for t in times] if times else []
        line = least_squares(days, [p.strength for p in points])
        if line is not None:
            slope, intercept = line
            trend = replace(trend, slope_per_30_days=round(slope * SLOPE_DAYS, 2), start=round(intercept),
                            end=round(intercept + slope * days[-1]))
        trends.append(trend)
    trends.sort(key=lambda t: (-len(t.points), t.text.casefold()))
    return tuple(trends)


def belief_trends_all(journal: Journal, *, shared_only: bool = False) -> tuple[BeliefTrend, ...]:
    """Each belief's trend over every entry not in the Trash (`journal-app beliefs`)."""
    with journal.querying() as conn:
        return belief_trends(q.ratings(conn, "", "9999", (), shared_only))


# -- the report --------------------------------------------------------------------------------------------------
def _bounds(rng: DateRange) -> tuple[str, str]:
    lo, hi = local_day_bounds(rng.start, rng.end)
    assert lo is not None and hi is not None
    return utc_text(lo), utc_text(hi)


def _previous(conn: Conn, rng: DateRange) -> DateRange | None:
    from journal_app.services.analytics import compared_range

    first = analytics_queries.first_entry_time(conn)
    return compared_range(rng, to_local(from_utc_text(first)).date() if first else None)


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


def _tally(pairs: Iterable[q.Pair]) -> tuple[int, _Chains, dict[int, _Person]]:
    """One pass over the range's pairs (oldest first, a moment's rows together): the moments, everyone's chains
    and each person's tallies."""
    moments, last = 0, None
    everyone, people = _Chains(), dict[int, _Person]()
    for pair in pairs:
        if pair.id != last:
            moments, last = moments + 1, pair.id
        key = chain_key(pair)
        everyone.add(pair.person, key, pair.id)
        if pair.person_id is not None:
            person = people.get(pair.person_id)
            if person is None:
                assert pair.person is not None
                person = people[pair.person_id] = _Person(pair.person_id, pair.person)
            person.add(pair, key)
    return moments, everyone, people


def _repair_before(pairs: Iterable[q.Pair]) -> dict[int, _Repair]:
    found: dict[int, _Repair] = {}
    for pair in pairs:
        if pair.person_id is not None:
            found.setdefault(pair.person_id, _Repair()).add(pair)
    return found


def cycle_report(journal: Journal, date_range: DateRange, person_ids: Iterable[int] = (), *,
                 shared_only: bool = False, today: date | None = None) -> CycleReport:
    """The cycle over `date_range` (local days, both included): with `person_ids`, only the moments with these
    people and their cycles; with `shared_only`, only entries marked "may share". The period before is compared
    (repair) only when the journal covered all of it. The rows are read one at a time and counted as they go
    (see _Chains): nothing holds every moment of a long range at once."""
    from journal_app.services import cycle_sentences

    if date_range.end < date_range.start:
        raise InvalidInput(msg("errors", "The start date is after the end date; please swap them."))
    wanted = tuple(dict.fromkeys(person_ids))
    lo, hi = _bounds(date_range)
    with journal.querying() as conn:
        previous = _previous(conn, date_range)
        moments, everyone, mine = _tally(q.each_pair(conn, lo, hi, wanted, shared_only))
        before = (_repair_before(q.each_pair(conn, *_bounds(previous), wanted, shared_only))
                  if previous is not None else None)
        ratings = q.ratings(conn, lo, hi, wanted, shared_only)
        steps = Steps(q.words(conn))
    people = sorted(mine.values(), key=lambda p: (-p.repair.moments, p.name.casefold(), p.person_id))
    report = CycleReport(
        range=date_range, previous=previous, moments=moments,
        people=tuple(person.cycle(None if before is None else before.get(person.person_id, _Repair()), date_range,
                                  steps) for person in people),
        chains=everyone.top(TOP_CHAINS_EVERYONE, steps), beliefs=belief_trends(ratings), shared_only=shared_only,
    )
    return replace(report, sentences=cycle_sentences.sentences(report, today=today or date.today()))
