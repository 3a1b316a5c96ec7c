"""Plain result types of the cycle's analytics (journal_app/services/cycles.py): the chains that come back, each
belief's strength over time, and time to repair per person. No ORM, no Qt, no matplotlib; the Patterns view's
cycle tab, the summary and `journal-app stats --json` read them.

A chain is one triggered moment seen with one person on it: trigger -> what I told myself -> what I did -> what
they did -> repaired or not. Each step is the moment's main one: its most intense trigger, the belief that felt
truest, the first thing I recorded doing, that person's first recorded move. A step with nothing recorded is
still a step (its key None), so a chain never invents what was not written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from journal_app.models.analytics_values import DateRange, share

# the steps of a chain, in order
STEPS = ("trigger", "belief", "did", "they", "outcome")
# how a moment ended: repaired (a later entry linked back, or repair answered yes or partly), not yet, or not
# needed; None when nothing was said
OUTCOMES = ("repaired", "not-yet", "not-needed")
WITHIN_A_DAY_HOURS = 24
POINTS_KEPT = 24  # a belief with up to this many ratings keeps each one (its line joins them); more: per bucket
YEARLY_AFTER = 120  # months: over a longer range the cycle's charts sum up per year instead of per month


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
class BeliefMean:
    """A belief's in-the-moment ratings over one bucket of the range (its first local day `start`): how many
    and their sum (the mean drawn is `total / ratings`)."""

    start: date
    ratings: int
    total: int

    @property
    def mean(self) -> float:
        return self.total / self.ratings


@dataclass(frozen=True)
class BeliefSummary:
    """A belief's in-the-moment ratings summed up (what a report over a range keeps instead of each rating): how
    many, their sum, the local days of the first and the last, and per bucket of the range ('day', 'week',
    'month' or 'year', as the range's length asks) how many and their sum, in time order (buckets without one
    left out)."""

    ratings: int
    total: int
    first: date | None
    last: date | None
    bucket: str = "month"
    means: tuple[BeliefMean, ...] = ()


@dataclass(frozen=True)
class BeliefTrend:
    """How true one belief felt over time: in the moment (`points`) and when re-rated later (`after`, dated when
    it was re-rated). The slope is a least-squares line through the in-the-moment ratings over their exact
    times, worked out exactly (in fractions) and rounded: points of strength per 30 days (None with fewer than
    two moments at different times); `start` and `end` are the line's values at the first and the last moment,
    rounded. `summary` sums the ratings up; a report over a range keeps `points` only for a belief with at most
    POINTS_KEPT ratings, or when asked for every one (`journal-app stats --json`). Without a summary (a trend
    made of its points alone) the points are the summary."""

    belief_id: int
    text: str
    points: tuple[BeliefPoint, ...]
    after: tuple[BeliefPoint, ...] = ()
    slope_per_30_days: float | None = None
    start: int | None = None
    end: int | None = None
    summary: BeliefSummary | None = None

    @property
    def ratings(self) -> int:
        """How many in-the-moment ratings (whether or not `points` keeps them)."""
        return self.summary.ratings if self.summary is not None else len(self.points)

    @property
    def mean(self) -> float | None:
        """The mean of the in-the-moment ratings (None without one)."""
        if self.summary is not None:
            return self.summary.total / self.summary.ratings if self.summary.ratings else None
        return sum(p.strength for p in self.points) / len(self.points) if self.points else None

    @property
    def first_day(self) -> date | None:
        return self.summary.first if self.summary is not None else (self.points[0].day if self.points else None)

    @property
    def last_day(self) -> date | None:
        return self.summary.last if self.summary is not None else (self.points[-1].day if self.points else None)


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
class RepairTimes:
    """The times of the repaired moments with a linked repair, summed up: how many, how many within a day, the
    median hours (the middle one, or the mean of the middle two; None without one) and who reached out first."""

    linked: int
    within_a_day: int
    median_hours: float | None
    me: int
    them: int
    not_said: int

    @classmethod
    def of(cls, points: Sequence[RepairPoint]) -> RepairTimes:
        """Summed up from each point (plain Python)."""
        hours = sorted(p.hours for p in points)
        mid = len(hours) // 2
        median = None if not hours else hours[mid] if len(hours) % 2 else (hours[mid - 1] + hours[mid]) / 2
        firsts = [p.reached_first for p in points]
        return cls(len(hours), sum(h <= WITHIN_A_DAY_HOURS for h in hours), median, firsts.count("me"),
                   firsts.count("them"), len(firsts) - firsts.count("me") - firsts.count("them"))


@dataclass(frozen=True)
class RepairNumbers:
    """Repair with one person (or everyone) over a range of triggered moments. A share counts only moments that
    needed repair: `needed` = repaired + not yet; `not-needed` and unanswered moments are left out. The times of
    the repairs a later entry links back to are summed up in `times` (the report over a range keeps only that);
    `points` lists each one when the report is asked for them (`journal-app stats --json`). Without `times`, the
    points are summed up when asked."""

    moments: int
    needed: int
    repaired: int
    points: tuple[RepairPoint, ...] = ()  # the repaired moments with a linked repair, oldest first (when kept)
    times: RepairTimes | None = None

    @property
    def summed(self) -> RepairTimes:
        return self.times if self.times is not None else RepairTimes.of(self.points)

    @property
    def share(self) -> float | None:
        return share(self.repaired, self.needed)

    @property
    def linked(self) -> int:
        """How many repaired moments a later entry links back to (their time is known)."""
        return self.summed.linked

    @property
    def within_a_day(self) -> int:
        return self.summed.within_a_day

    @property
    def median_hours(self) -> float | None:
        return self.summed.median_hours

    def reached_first(self) -> dict[str | None, int]:
        """How often I reached out first ('me'), they did ('them'), or it was not said (None)."""
        times = self.summed
        return {"me": times.me, "them": times.them, None: times.not_said}


@dataclass(frozen=True)
class RepairSeries:
    """Time to repair per bucket ('day', 'week' or 'month' as the Patterns charts bucket the range; 'year' over
    more than YEARLY_AFTER months): the median hours of the moments in each bucket repaired by a later entry
    (None where there were none), and how many."""

    bucket: str
    starts: tuple[date, ...]
    median_hours: tuple[float | None, ...]
    counts: tuple[int, ...]


@dataclass(frozen=True)
class MomentsAsked:
    """The moments behind one point of the belief or time-to-repair chart that the report does not list (a
    bucket's mean rating of a belief, a bucket's median time to repair), asked for when it is clicked: `kind`
    'belief' (the entries rated with `belief_id`, with one of `people` when the report was for them) or 'repair'
    (the moments with `person` a later entry links back to), over the local days start..end."""

    kind: str
    start: date
    end: date
    belief_id: int | None = None
    person: str | None = None
    people: tuple[int, ...] = ()


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
