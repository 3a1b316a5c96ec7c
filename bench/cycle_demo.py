"""Fill a journal folder with a realistic year of the cycle (issue 20), for screenshots of the Patterns view's
Cycle tab and the summary: about three moments a week with Sam, Mum and Priya, each with its triggers, what I
told myself (and how true it felt, easing over the year), what I did, what they did, and repairs linked from
later entries that come sooner as the months pass. Seeded: the same journal every time.

    python bench/cycle_demo.py DIR [--days 365]     (encrypted when JOURNAL_APP_PASSPHRASE is set)
"""

from __future__ import annotations

import argparse
import os
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.journal import Journal

BELIEFS = ("They'll leave", "I'm too much", "I have to handle this alone", "If I need something, I'll be let down")
# per person: (trigger, belief, what I did, what they did, how often in a week, what the moment is about)
PEOPLE = {
    "Sam": [("abandonment-fear", "They'll leave", "kept-checking", "went-quiet", 1.4,
             "Sam went quiet after work and I kept checking my phone."),
            ("push-pull", "I'm too much", "pushed-then-pulled", "pulled-away", 0.4,
             "A close evening, then I picked a fight and Sam stepped back.")],
    "Mum": [("withdrawal", "I have to handle this alone", "went-quiet", "criticised", 0.6,
             "Mum criticised the plans again and I went quiet.")],
    "Priya": [("abandonment-fear", "If I need something, I'll be let down", "sought-reassurance", "reassured",
               0.5, "Priya cancelled and I asked twice whether we were okay.")],
}
LATER = ("Sam", "named-my-need", "reached-out")  # from the middle of the year: a new move shows up


def _moments(days: int, rng: random.Random) -> list[tuple[datetime, str, tuple]]:
    start = datetime.now(UTC).replace(hour=19, minute=0, second=0, microsecond=0) - timedelta(days=days)
    out = []
    for day in range(days):
        for person, chains in PEOPLE.items():
            for chain in chains:
                if rng.random() < chain[4] / 7:
                    at = start + timedelta(days=day, hours=rng.choice((-9, -4, 0, 2, 3)), minutes=rng.randrange(60))
                    out.append((at, person, chain))
    return sorted(out, key=lambda m: m[0])


def fill(journal: Journal, days: int = 365, seed: int = 2026) -> int:
    """Write the year into `journal`; returns how many moments."""
    rng = random.Random(seed)
    people = {name: journal.add_person(name).id for name in PEOPLE}
    triggers = {t.slug: t.id for t in journal.triggers()}
    moves = {m.slug: m.id for m in journal.moves()}
    beliefs = {text: journal.add_belief(text).id for text in BELIEFS}
    moments = _moments(days, rng)
    for n, (at, person, (trigger, belief, did, they, _rate, words)) in enumerate(moments):
        progress = n / max(len(moments) - 1, 1)  # 0 at the start of the year, 1 at its end
        if person == LATER[0] and progress > 0.5 and rng.random() < progress - 0.3:
            did, they = LATER[1], LATER[2]
        strength = max(5, min(100, round(85 - 45 * progress + rng.gauss(0, 7))))
        needs_repair = they in ("went-quiet", "criticised", "pulled-away")
        form = EntryForm(
            occurred_at=at, body=words, shared=rng.random() < 0.6,
            triggers=(TriggerMark(triggers[trigger], rng.choice((4, 5, 6, 7, 8))),),
            person_ids=(people[person],), responses=(did,), beliefs=(BeliefMark(beliefs[belief], strength),),
            moves=(MoveMark(people[person], moves[they]),),
            repair="not-yet" if needs_repair else "not-needed")  # a repair linked later says it came
        saved = journal.save(form)
        assert saved is not None
        if needs_repair and rng.random() < 0.55 + 0.35 * progress:
            hours = max(0.5, rng.gauss(40 - 30 * progress, 6))
            talk = journal.save(EntryForm(occurred_at=at + timedelta(hours=hours), person_ids=(people[person],),
                                          body="We talked it through and came back together."))
            assert talk is not None
            journal.link_repair(talk.id, saved.id, reached_first=rng.choice(("me", "them")))
    return len(moments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    journal = Journal.open(args.folder, create=True, passphrase=os.environ.get("JOURNAL_APP_PASSPHRASE"))
    try:
        print(f"{fill(journal, args.days)} moments written to {args.folder}")
    finally:
        journal.close()


if __name__ == "__main__":
    main()
