"""One change over many local days (store/rollup_build._count_days: Empty Trash, a restore, a batch of edits) sums
each changed month, then each of their years once, then each of their decades once: the rollups it keeps equal a
rebuild of every rollup from the entries, row for row."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.journal import Journal
from journal_app.store import rollup_build, session

START = datetime(1987, 3, 14, 21, 30).astimezone()  # entries over four decades


def _tables(journal: Journal) -> dict[str, list[tuple]]:
    with session.read(journal._engine) as conn:
        return {t: sorted(tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t}"))
                for t in rollup_build._tables(conn)}


def _fill(journal: Journal, rng: random.Random) -> list[int]:
    triggers = [t.id for t in journal.triggers()][:3]
    people = [journal.add_person(name).id for name in ("Sam", "Alex")]
    belief = journal.add_belief("I am too much").id
    move = journal.moves()[0].id
    ids = []
    for n in range(60):
        who = tuple(rng.sample(people, rng.randint(0, 2)))
        form = EntryForm(occurred_at=START + timedelta(days=rng.randint(0, 13_000), minutes=rng.randint(0, 1439)),
                         title=f"t{n}", triggers=tuple(TriggerMark(t, rng.choice((None, 3, 8)))
                                                      for t in rng.sample(triggers, rng.randint(0, 2))),
                         person_ids=who, shared=rng.random() < 0.5, responses=("named-my-need",) * rng.randint(0, 1),
                         repair=rng.choice((None, "yes", "not-yet")),
                         beliefs=(BeliefMark(belief, rng.choice((None, 40, 90))),) * rng.randint(0, 1),
                         moves=tuple(MoveMark(p, move) for p in who[:1]))
        saved = journal.save(form)
        assert saved is not None
        ids.append(saved.id)
    return ids


def test_a_change_over_many_months_years_and_decades_keeps_what_a_rebuild_makes(journal):
    rng = random.Random(20261208)
    ids = _fill(journal, rng)
    chosen = rng.sample(ids, 25)  # days in many months, years and decades, settled in one transaction
    with session.write(journal._engine) as conn:
        conn.exec_driver_sql(f"UPDATE entry SET shared = 1 - shared WHERE id IN ({','.join(map(str, chosen[:12]))})")
        conn.exec_driver_sql(f"DELETE FROM entry WHERE id IN ({','.join(map(str, chosen[12:]))})")
        assert len({r[0][:7] for r in conn.exec_driver_sql("SELECT at FROM rollup_dirty")}) > 15
        rollup_build.settle(conn)
    kept = _tables(journal)
    assert kept["rollup_chain"] and any(r[0] == "decade" for r in kept["rollup_chain"])
    with session.write(journal._engine) as conn:
        rollup_build.rebuild(conn)
    assert _tables(journal) == kept
