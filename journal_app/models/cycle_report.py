"""Plain result types of the cycle's analytics (journal_app/services/cycles.py): the chains that come back, each
belief's strength over time, and time to repair per person. No ORM, no Qt, no matplotlib; the Patterns view's
cycle tab, the summary and `journal-app stats --json` read them.

A chain is one triggered moment seen with one person on it: trigger -> what I told myself -> what I did -> what
they did -> repaired or not. Each step is the moment's main one: its most intense trigger, the belief that felt
truest, the first thing I recorded doing, that person's first recorded move. A step with nothing recorded is
still a step (its key None), so a chain never invents what was not written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from journal_app.models.analytics_values import DateRange, share

# the steps of a chain, in order
STEPS = ("trigger", "belief", "did", "they", "outcome")
# how a moment ended: repaired (a later entry linked back, or repair answered yes or partly), not yet, or not
# needed; None when nothing was said
OUTCOMES = ("repaired", "not-yet", "not-needed")
WITHIN_A_DAY_HOURS = 24


@dataclass(frozen=True)
class Step:
    """One step of a chain: its kind (one of STEPS), its key (a trigger or move slug, a belief's id as text, a
    response key, an outcome; None: nothing recorded) and the words shown for it ("" when nothing recorded)."""

    kind: str
    key: str | None
    label: str = ""


@dataclass(frozen=True)
class Chain:
    """A chain that came back: the person (None: a moment with nobody on it), its five steps, how many moments it
    holds and which (entry ids, oldest first: the click-through)."""

    person: str | None
    steps: tuple[Step, ...]
    count: int
    entry_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Arrow:
    """An arrow of the diagram: from one step to the next, with how many moments took it and which."""

    person: str | None
    source: Step
    target: Step
    count: int
    entry_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class BeliefPoint:
    day: date  # local day
    strength: int
    entry_id: int


@dataclass(frozen=True)
class BeliefTrend:
    """How true one belief felt over time: in the moment (`points`) and when re-rated later (`after`, dated when
    it was re-rated). The slope is a least-squares line through `points` over exact times: points of strength per
    30 days (None with fewer than two moments at different times); `start` and `end` are the line's values at
    the first and the last moment, rounded."""

    belief_id: int
    text: str
    points: tuple[BeliefPoint, ...]
    after: tuple[BeliefPoint, ...] = ()
    slope_per_30_days: float | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class RepairPoint:
    """One moment repaired by a later entry: when it happened (local day), how long until the repair, who reached
    out first ('me', 'them' or None)."""

    day: date
    hours: float
    reached_first: str | None
    entry_id: int
    repair_entry_id: int


@dataclass(frozen=True)
class RepairNumbers:
    """Repair with one person (or everyone) over a range of triggered moments. A share counts only moments that
    needed repair: `needed` = repaired + not yet; `not-needed` and unanswered moments are left out."""

    moments: int
    needed: int
    repaired: int
    points: tuple[RepairPoint, ...] = ()  # the repaired moments with a linked repair, oldest first

    @property
    def share(self) -> float | None:
        return share(self.repaired, self.needed)

    @property
    def within_a_day(self) -> int:
        return sum(p.hours <= WITHIN_A_DAY_HOURS for p in self.points)

    @property
    def median_hours(self) -> float | None:
        hours = sorted(p.hours for p in self.points)
        if not hours:
            return None
        mid = len(hours) // 2
        return hours[mid] if len(hours) % 2 else (hours[mid - 1] + hours[mid]) / 2

    def reached_first(self) -> dict[str | None, int]:
        """How often I reached out first ('me'), they did ('them'), or it was not said (None)."""
        counts: dict[str | None, int] = {"me": 0, "them": 0, None: 0}
        for p in self.points:
            counts[p.reached_first] = counts.get(p.reached_first, 0) + 1
        return counts


@dataclass(frozen=True)
class RepairSeries:
    """Time to repair per bucket ('day', 'week' or 'month' as the Patterns charts bucket the range): the median
    hours of the moments in each bucket repaired by a later entry (None where there were none), and how many."""

    bucket: str
    starts: tuple[date, ...]
    median_hours: tuple[float | None, ...]
    counts: tuple[int, ...]


@dataclass(frozen=True)
class PersonCycle:
    """The cycle with one person over the range."""

    person_id: int
    name: str
    moments: int  # triggered moments with this person
    chains: tuple[Chain, ...]  # most frequent first
    arrows: tuple[Arrow, ...]
    repair: RepairNumbers
    previous_repair: RepairNumbers | None = None  # the period before (None: not compared)
    repair_series: RepairSeries | None = None


@dataclass(frozen=True)
class CycleReport:
    """The cycle over a range: per person, the chains of every moment (people and nobody), each belief's trend."""

    range: DateRange
    previous: DateRange | None
    moments: int  # triggered moments in the range (with or without people)
    people: tuple[PersonCycle, ...]
    chains: tuple[Chain, ...]  # every (moment, person) pair's chain, most frequent first
    beliefs: tuple[BeliefTrend, ...]
    sentences: tuple[str, ...] = field(default_factory=tuple)
    shared_only: bool = False
