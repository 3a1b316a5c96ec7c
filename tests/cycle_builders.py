"""A journal with known, planted cycles (issue 20), built through the one door, and the plan it was built from.

The plan (`PLAN`, a list of Moment) says everything the journal holds about each moment: its triggers with
intensity, beliefs with strength, what I did, what each person did, how it ended and, when a later entry repaired
it, how many hours later and who reached out first. Tests compute what the analytics must find from the plan
alone, in plain Python, and compare.

Planted, per person:
- Sam: a moment every Monday at 09:00 UTC for 20 weeks from 6 Jan 2025 (10:00 in Berlin, 11:00 after the clocks
  change on 30 March: the schedule is exact in time, the days are local). The dominant chain (14 of 20):
  abandonment fear (7) -> "They'll leave" -> kept checking -> Sam went quiet -> repaired by a later entry, 36 hours
  later in the first ten weeks and 6 hours later after; who reached out first alternates, me first. "They'll leave"
  falls 3 points a week, from 90. The other six (weeks 2, 5, 8, 11, 14, 17): withdrawal (4) -> "I'm too much"
  (50) -> went quiet -> Sam criticised -> not repaired yet.
- Alex: a moment every other Wednesday at 19:00 UTC, 12 of them from 8 Jan 2025. The dominant chain (10 of 12):
  withdrawal (5) -> "I have to handle this alone" -> went quiet -> Alex reached out -> repaired (answered yes, no
  link). The belief falls 4 points a moment from 70. The other two (moments 3 and 9): push-pull (8), no belief,
  pushed away then pulled back, Alex pulled away, no repair needed.
- Both: one moment with Sam and Alex (1 Feb 2025, 21:00): abandonment fear (9) and push-pull (9) (a tie: the
  first listed wins), "I'm too much" (40) and "Nobody comes" (40), sought reassurance then named my need, Sam
  reassured, Alex went quiet (and then reached out), answered "partly".
- Nobody: three moments with push-pull (2) and nothing else.
- Not counted: a moment in the Trash (Sam's dominant chain), an entry with no trigger (1 June 2024, which starts
  the journal early so a spring range has a period before to compare with), and the repairing entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")  # the tests' zone (tests/conftest.py)


@dataclass(frozen=True)
class Moment:
    at: datetime  # aware
    triggers: tuple[tuple[str, int | None], ...]  # (slug, intensity), in the built-ins' order
    beliefs: tuple[tuple[str, int | None], ...] = ()  # (text, strength), in the order put on
    did: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    moves: dict[str, tuple[str, ...]] = field(default_factory=dict)  # person -> move slugs, in order
    repair: str | None = None  # the repair answer
    repaired_after: float | None = None  # hours until the entry that repaired it
    reached_first: str | None = None
    trashed: bool = False
    shared: bool = False


def _local(y: int, m: int, d: int, h: int) -> datetime:
    return datetime(y, m, d, h, tzinfo=BERLIN)


def _sam() -> list[Moment]:
    out = []
    for week in range(20):
        at = datetime(2025, 1, 6, 9, tzinfo=UTC) + timedelta(days=7 * week)
        if week in (2, 5, 8, 11, 14, 17):
            out.append(Moment(at, (("withdrawal", 4),), (("I'm too much", 50),), ("went-quiet",), ("Sam",),
                              {"Sam": ("criticised",)}, "not-yet"))
        else:
            out.append(Moment(at, (("abandonment-fear", 7),), (("They'll leave", 90 - 3 * week),), ("kept-checking",),
                              ("Sam",), {"Sam": ("went-quiet",)}, None, 36 if week < 10 else 6,
                              "me" if week % 2 == 0 else "them"))
    return out


def _alex() -> list[Moment]:
    out = []
    for i in range(12):
        at = datetime(2025, 1, 8, 19, tzinfo=UTC) + timedelta(days=14 * i)
        if i in (3, 9):
            out.append(Moment(at, (("push-pull", 8),), (), ("pushed-then-pulled",), ("Alex",),
                              {"Alex": ("pulled-away",)}, "not-needed"))
        else:
            out.append(Moment(at, (("withdrawal", 5),), (("I have to handle this alone", 70 - 4 * i),),
                              ("went-quiet",), ("Alex",), {"Alex": ("reached-out",)}, "yes"))
    return out


def _others() -> list[Moment]:
    both = Moment(_local(2025, 2, 1, 21), (("abandonment-fear", 9), ("push-pull", 9)),
                  (("I'm too much", 40), ("Nobody comes", 40)), ("sought-reassurance", "named-my-need"),
                  ("Sam", "Alex"), {"Sam": ("reassured",), "Alex": ("went-quiet", "reached-out")}, "partly")
    nobody = [Moment(_local(2025, 3, 3 + 7 * i, 8), (("push-pull", 2),)) for i in range(3)]
    trashed = Moment(_local(2025, 2, 12, 10), (("abandonment-fear", 7),), (("They'll leave", 95),),
                     ("kept-checking",), ("Sam",), {"Sam": ("went-quiet",)}, "yes", trashed=True)
    return [both, *nobody, trashed]


PLAN: tuple[Moment, ...] = (*_sam(), *_alex(), *_others())
EARLY = _local(2024, 6, 1, 12)  # an entry without a trigger that starts the journal


def build(journal: Journal, plan: tuple[Moment, ...] = PLAN) -> dict[datetime, int]:
    """Write the plan into `journal` (after EARLY); returns {moment's time: its entry id}."""
    people = {name: journal.add_person(name).id for m in plan for name in m.people}
    triggers = {t.slug: t.id for t in journal.triggers()}
    moves = {m.slug: m.id for m in journal.moves()}
    beliefs = {text: journal.add_belief(text).id for m in plan for text, _ in m.beliefs}
    journal.save(EntryForm(occurred_at=EARLY, body="Starting this journal."))
    ids = {}
    for m in plan:
        form = EntryForm(
            occurred_at=m.at, body=f"A moment on {m.at:%d %b}.", shared=m.shared,
            triggers=tuple(TriggerMark(triggers[slug], level) for slug, level in m.triggers),
            person_ids=tuple(people[p] for p in m.people), responses=m.did, repair=m.repair,
            beliefs=tuple(BeliefMark(beliefs[text], strength) for text, strength in m.beliefs),
            moves=tuple(MoveMark(people[p], moves[slug]) for p, slugs in m.moves.items() for slug in slugs))
        saved = journal.save(form)
        assert saved is not None
        ids[m.at] = saved.id
        if m.repaired_after is not None:
            later = m.at.astimezone(UTC) + timedelta(hours=m.repaired_after)  # exact hours, across DST too
            talk = journal.save(EntryForm(occurred_at=later, body="We talked it through.",
                                          person_ids=tuple(people[p] for p in m.people)))
            assert talk is not None
            journal.link_repair(talk.id, saved.id, reached_first=m.reached_first)
        if m.trashed:
            journal.move_to_trash(saved.id)
    return ids


RANDOM_PEOPLE = ("Sam", "Alex", "Jo")
RANDOM_BELIEFS = ("They'll leave", "I'm too much", "Nobody comes", "I have to handle this alone")
TRIGGERS = ("abandonment-fear", "withdrawal", "push-pull")
RESPONSES = ("sought-reassurance", "kept-checking", "went-quiet", "named-my-need", "paused-first")
MOVES = ("reached-out", "went-quiet", "criticised", "reassured", "pulled-away")


def random_plan(seed: int, n: int = 80) -> tuple[Moment, ...]:
    """`n` moments at random over 2025 (distinct times): any number of triggers (none too: not a moment), ratings
    and ties, people and their moves, every repair answer, repairs after 1-100 hours, shared ones, the Trash."""
    import random

    rng = random.Random(seed)
    minutes = rng.sample(range(365 * 24 * 60), n)
    plan = []
    for minute in sorted(minutes):
        at = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minute)
        triggers = tuple((t, rng.choice((None, 3, 5, 5, 9))) for t in TRIGGERS if rng.random() < 0.45)
        people = tuple(p for p in RANDOM_PEOPLE if rng.random() < 0.4)
        repaired = rng.random() < 0.3
        plan.append(Moment(
            at, triggers,
            tuple((b, rng.choice((None, 20, 40, 40, 80))) for b in rng.sample(RANDOM_BELIEFS, rng.choice((0, 1, 2)))),
            tuple(rng.sample(RESPONSES, rng.choice((0, 1, 2)))), people,
            {p: tuple(rng.sample(MOVES, rng.choice((0, 1, 2)))) for p in people},
            rng.choice((None, "yes", "partly", "not-yet", "not-needed")),
            rng.choice((1, 5.5, 24, 30, 100)) if repaired else None,
            rng.choice((None, "me", "them")) if repaired else None,
            trashed=rng.random() < 0.05, shared=rng.random() < 0.4))
    return tuple(plan)
