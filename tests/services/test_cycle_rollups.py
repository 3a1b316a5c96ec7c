"""The cycle's per-day rollups (store/cycle_rollup.py, services/cycle_rollups.py) give exactly the report counted
from the entries (services/cycles.from_entries, the oracle): chains per person and everyone's (counts and order),
arrows, repair numbers with their times, the period before, the series, the beliefs.

Hypothesis makes journals with the cycle noted (beliefs with and without strengths, what each person did, repair
answers and links), then changes them the ways the app does: edits, moves to the Trash and back (the repairing
entry too), emptying the Trash, imports, repair links added, moved and removed, beliefs re-rated, a person
renamed, and a change of time zone. After every change that writes the rollups are ready at once; then, for
several ranges, for everyone, each person and only shared entries, the rollups' report equals the entries'.

CI-sized: JOURNAL_APP_ROLLUP_EXAMPLES examples (default 25)."""

from __future__ import annotations

import importlib
import sqlite3
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import POINTS_KEPT, Chain, CycleReport, RepairNumbers
from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import RESPONSE_KEYS, EntryForm, TriggerMark
from journal_app.services import analytics, cycle_rollups, cycles
from journal_app.services.importing.apply import import_entries
from journal_app.services.journal import Journal
from journal_app.store import session
from tests.services.test_rollups import ENTRY as PATTERN_ENTRY
from tests.services.test_rollups import (  # the pattern rollups' helpers
    EXAMPLES,
    PEOPLE,
    SLUGS,
    TODAY,
    ZONES,
    _imported,
    _zone_back,  # noqa: F401 (the suite's zone back after each test)
    built_elsewhere,
    entry_ids,
    is_ready,
    set_zone,
)

BELIEFS = ("They'll leave", "I'm too much", "I have to handle this alone")
ENTRY = st.fixed_dictionaries({
    "back": st.integers(0, 800),
    "minute": st.one_of(st.integers(0, 1439), st.integers(0, 240)),
    "marks": st.dictionaries(st.sampled_from(SLUGS), st.one_of(st.none(), st.integers(0, 10)), max_size=3),
    "people": st.sets(st.sampled_from(PEOPLE), max_size=3),
    "shared": st.booleans(),
    "responses": st.lists(st.sampled_from(RESPONSE_KEYS), max_size=3, unique=True),
    "repair": st.sampled_from([None, None, "yes", "partly", "not-yet", "not-needed"]),
    "beliefs": st.dictionaries(st.integers(0, len(BELIEFS) - 1), st.one_of(st.none(), st.integers(0, 100)),
                               max_size=3),
    "moves": st.lists(st.tuples(st.sampled_from(PEOPLE), st.integers(0, 4)), max_size=4),
})
CHANGE = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 1000), ENTRY),
    st.tuples(st.just("trash"), st.integers(0, 1000)),
    st.tuples(st.just("restore"), st.integers(0, 1000)),
    st.tuples(st.just("empty-trash")),
    st.tuples(st.just("import"), st.lists(PATTERN_ENTRY, max_size=8)),
    st.tuples(st.just("link"), st.integers(0, 1000), st.integers(0, 1000), st.sampled_from([None, "me", "them"])),
    st.tuples(st.just("unlink"), st.integers(0, 1000)),
    st.tuples(st.just("rerate"), st.integers(0, 1000), st.integers(0, 100)),
    st.tuples(st.just("rename"), st.sampled_from(PEOPLE), st.sampled_from(["sam", "Zoe", "alex", "Émile"])),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
)


def _form(journal: Journal, spec: dict, entry_id: int | None = None) -> EntryForm:
    tid = {t.slug: t.id for t in journal.triggers()}
    pid = {p.name: p.id for p in sorted(journal.people(), key=lambda p: p.id)[:len(PEOPLE)]}
    pid = dict(zip(PEOPLE, pid.values()))
    beliefs = {b.text: b.id for b in journal.beliefs()}
    moves = [m.id for m in journal.moves()]
    when = datetime.combine(TODAY - timedelta(days=spec["back"]), datetime.min.time()) + timedelta(
        minutes=spec["minute"])
    people = tuple(pid[p] for p in sorted(spec["people"]))
    return EntryForm(
        id=entry_id, occurred_at=when.astimezone(), title="t", body="b",
        triggers=tuple(TriggerMark(tid[s], level) for s, level in spec["marks"].items()),
        person_ids=people, shared=spec["shared"], responses=tuple(spec["responses"]), repair=spec["repair"],
        beliefs=tuple(BeliefMark(beliefs[BELIEFS[i]], strength) for i, strength in spec["beliefs"].items()),
        moves=tuple(dict.fromkeys(MoveMark(pid[p], moves[m]) for p, m in spec["moves"] if pid[p] in people)))


def _pick(ids: list[int], n: int) -> int | None:
    return ids[n % len(ids)] if ids else None


def apply(journal: Journal, ids: list[int], change: tuple) -> None:
    """Make one change, as the app does (a change the app refuses is skipped)."""
    kind, entry = change[0], _pick(ids, change[1]) if len(change) > 1 and isinstance(change[1], int) else None
    if kind == "zone":
        set_zone(change[1])
        return
    try:
        if kind == "edit" and entry is not None:
            journal.save(_form(journal, change[2], entry))
        elif kind == "trash" and entry is not None:
            journal.move_to_trash(entry)
        elif kind == "restore" and entry is not None:
            journal.restore(entry)
        elif kind == "empty-trash":
            journal.empty_trash()
        elif kind == "import":
            import_entries(journal, [_imported(spec) for spec in change[1]], {s: s for s in SLUGS})
        elif kind == "link" and entry is not None:
            earlier, later = sorted((entry, _pick(ids, change[2]) or entry),
                                    key=lambda i: (journal.get(i).occurred_at, i))
            if earlier != later:
                journal.link_repair(later, earlier, reached_first=change[3])
        elif kind == "unlink" and entry is not None:
            journal.unlink_repair(entry)
        elif kind == "rerate" and entry is not None:
            for chip in journal.get(entry).beliefs[:1]:
                journal.rerate_belief(entry, chip.belief_id, balanced="kinder", strength=change[2])
        elif kind == "rename":
            person = journal.person(change[1]) if change[1] in {p.name for p in journal.people()} else None
            if person is not None and change[2] not in {p.name for p in journal.people()}:
                journal.update_person(person.id, name=change[2], relationship="other")
    except (InvalidInput, NotFound):  # refused as the app refuses it (in the Trash, not linked, ...)
        pass
    ids[:] = entry_ids(journal)
    assert is_ready(journal) or built_elsewhere(journal)


def ranges(journal: Journal) -> list[DateRange]:
    first = analytics.first_entry_day(journal) or TODAY
    out = [analytics.preset_range(key, TODAY, first_day=first) for key in ("last-3-months", "last-12-months",
                                                                           "all-time")]
    return [*out, DateRange(TODAY - timedelta(days=400), TODAY - timedelta(days=35)),
            DateRange(TODAY - timedelta(days=3), TODAY - timedelta(days=3)),
            DateRange(date(TODAY.year - 2, 1, 1), date(TODAY.year - 1, 12, 31))]


def check_same(journal: Journal) -> None:
    """The rollups are ready (after a rebuild when the zone changed) and give the entries' report."""
    cycles.cycle_report(journal, DateRange(TODAY, TODAY), entries=False, today=TODAY)  # rebuilds them when due
    assert is_ready(journal)
    people = [(), *((p.id,) for p in journal.people())]
    for rng in ranges(journal):
        for wanted in people:
            for shared_only in (False, True):
                with session.read(journal._engine) as conn:
                    fast = cycle_rollups.from_rollups(conn, rng, wanted, shared_only)
                    slow = cycles.from_entries(conn, rng, wanted, shared_only, entries=False)
                assert fast == slow, (rng, wanted, shared_only)
    everything = ranges(journal)[2]
    assert cycles.cycle_report(journal, everything, entries=False, today=TODAY) == _without_ids(
        cycles.cycle_report(journal, everything, entries=True, today=TODAY))


def _without_ids(report: CycleReport) -> CycleReport:
    """The report as the window gets it: the chains and arrows without their moments' ids, the repairs' times
    summed up without each one, a belief's ratings kept only when there are few."""
    def bare(chains: tuple[Chain, ...]) -> tuple[Chain, ...]:
        return tuple(replace(c, entry_ids=()) for c in chains)

    def summed(numbers: RepairNumbers | None) -> RepairNumbers | None:
        return None if numbers is None else replace(numbers, points=(), times=numbers.summed)

    return replace(report, chains=bare(report.chains), people=tuple(
        replace(p, chains=bare(p.chains), arrows=tuple(replace(a, entry_ids=()) for a in p.arrows),
                repair=summed(p.repair), previous_repair=summed(p.previous_repair))
        for p in report.people), beliefs=tuple(
        t if len(t.points) <= POINTS_KEPT else replace(t, points=()) for t in report.beliefs))


def _journal(folder: Path) -> Journal:
    journal = Journal.open(folder, create=True)
    for name in PEOPLE:
        journal.add_person(name)
    for text in BELIEFS:
        journal.add_belief(text)
    return journal


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(ENTRY, max_size=30), changes=st.lists(CHANGE, max_size=8))
def test_the_cycle_rollups_equal_the_entries_after_every_kind_of_change(entries, changes):
    set_zone("Europe/Berlin")
    with tempfile.TemporaryDirectory() as tmp, _journal(Path(tmp) / "j") as journal:
        for spec in entries:
            journal.save(_form(journal, spec))
        ids = entry_ids(journal)
        for i in range(0, len(ids) - 1, 3):  # some repairs linked from the start
            apply(journal, ids, ("link", i, i + 1, "me"))
        assert is_ready(journal)
        for change in changes:
            apply(journal, ids, change)
        check_same(journal)


def test_trashing_and_purging_the_repairing_entry_changes_the_repaired_moments_outcome(data_dir):
    with _journal(data_dir) as journal:
        spec = {"back": 5, "minute": 600, "marks": {"withdrawal": 6}, "people": {"Sam"}, "shared": True,
                "responses": ["went-quiet"], "repair": None, "beliefs": {0: 80}, "moves": [("Sam", 1)]}
        moment = journal.save(_form(journal, spec)).id
        later = journal.save(_form(journal, {**spec, "back": 4, "marks": {}})).id
        journal.link_repair(later, moment, reached_first="them")
        rng = DateRange(TODAY - timedelta(days=30), TODAY)

        def outcome() -> str | None:
            report = cycles.cycle_report(journal, rng, entries=False, today=TODAY)
            assert is_ready(journal)
            with session.read(journal._engine) as conn:
                assert cycle_rollups.from_rollups(conn, rng) == cycles.from_entries(conn, rng, entries=False)
            return report.chains[0].steps[4].key

        assert outcome() == "repaired"
        journal.move_to_trash(later)
        assert outcome() is None
        journal.restore(later)
        assert outcome() == "repaired"
        journal.move_to_trash(later)
        journal.empty_trash()
        assert outcome() is None


def _back_to(folder: Path, revision: str) -> None:
    """The journal in `folder` back at schema `revision` (0009 or 0010): the later migrations' tables and triggers
    dropped."""
    later = ["0011_cycle_sums"] + (["0010_cycle_rollups"] if revision == "0009_cycle_moments" else [])
    con = sqlite3.connect(folder / "journal.db", isolation_level=None)
    try:
        for name in later:
            migration = importlib.import_module(f"journal_app.store.migrations.versions.{name}")
            for trigger in migration.TRIGGERS:
                con.execute(f"DROP TRIGGER {trigger}")
        con.execute("DROP TABLE rollup_belief")
        con.execute("DROP TABLE rollup_mend")
        if revision == "0009_cycle_moments":
            con.execute("DROP TABLE rollup_chain")
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        con.close()


def test_a_journal_at_0009_is_backed_up_and_gets_the_cycle_rollups(data_dir):
    with _journal(data_dir) as journal:
        for back in range(0, 400, 7):
            spec = {"back": back, "minute": 1300, "marks": {"withdrawal": back % 11}, "people": {"Sam", "Alex"},
                    "shared": back % 2 == 0, "responses": ["went-quiet"], "repair": "not-yet" if back % 3 else None,
                    "beliefs": {back % 3: back % 101}, "moves": [("Sam", back % 5)]}
            journal.save(_form(journal, spec))
        rng = DateRange(TODAY - timedelta(days=500), TODAY)
        want = cycles.cycle_report(journal, rng, entries=False, today=TODAY)
    _back_to(data_dir, "0009_cycle_moments")
    with Journal.open(data_dir) as journal:
        assert any("before-upgrade-from-0009" in p.name for p in (data_dir / "backups").iterdir())
        assert is_ready(journal)
        with session.read(journal._engine) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM rollup_chain").scalar() > 0
            assert cycle_rollups.from_rollups(conn, rng) is not None
        assert cycles.cycle_report(journal, rng, entries=False, today=TODAY) == want
        check_same(journal)


def test_the_repair_times_are_the_direct_readings_even_for_a_repair_moved_before_its_moment(data_dir):
    from journal_app.store import cycle_report_queries as q

    with _journal(data_dir) as journal:
        ids = []
        for back in range(60, 0, -1):
            spec = {"back": back, "minute": 600, "marks": {"withdrawal": 5}, "people": {"Sam", "Alex"},
                    "shared": True, "responses": [], "repair": None, "beliefs": {}, "moves": []}
            ids.append(journal.save(_form(journal, spec)).id)
        for earlier, later in zip(ids[::2], ids[1::2]):
            journal.link_repair(later, earlier, reached_first="me")
        journal.move_to_trash(ids[25])  # a repairing entry in the Trash repairs nothing
        journal.save(_form(journal, {**spec, "back": 90}, ids[27]))  # moved before the range: still repairs
        lo, hi = cycles._bounds(DateRange(TODAY - timedelta(days=40), TODAY))
        with session.read(journal._engine) as conn:
            found = q.mends(conn, lo, hi)
            direct = [q.Mend(p.id, p.occurred_at, p.person_id, p.repaired_by, p.repaired_at, p.reached_first)
                      for p in q.each_pair(conn, lo, hi) if p.repaired_by is not None and p.repaired_at is not None]
        assert sorted(found) == sorted(direct) and found == sorted(found, key=lambda m: (m.occurred_at, m.id))
        assert ids[27] in {m.repaired_by for m in found} and ids[25] not in {m.repaired_by for m in found}


def test_a_journal_at_0010_is_backed_up_and_gets_the_sums_of_beliefs_and_repair_times(data_dir):
    with _journal(data_dir) as journal:
        ids = []
        for back in range(0, 400, 5):
            spec = {"back": back, "minute": 1300 - back, "marks": {"withdrawal": back % 11}, "people": {"Sam"},
                    "shared": back % 2 == 0, "responses": [], "repair": None, "beliefs": {back % 3: back % 101},
                    "moves": []}
            ids.append(journal.save(_form(journal, spec)).id)
        for later, earlier in zip(ids[::2], ids[1::2]):
            journal.link_repair(later, earlier, reached_first="them")
        rng = DateRange(TODAY - timedelta(days=500), TODAY)
        want = cycles.cycle_report(journal, rng, entries=False, today=TODAY)
    _back_to(data_dir, "0010_cycle_rollups")
    with Journal.open(data_dir) as journal:
        assert any("before-upgrade-from-0010" in p.name for p in (data_dir / "backups").iterdir())
        assert is_ready(journal)
        with session.read(journal._engine) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM rollup_belief").scalar() > 0
            assert conn.exec_driver_sql("SELECT count(*) FROM rollup_mend").scalar() > 0
            assert cycle_rollups.from_rollups(conn, rng) is not None
        report = cycles.cycle_report(journal, rng, entries=False, today=TODAY)
        assert report == want and report.people[0].repair.linked == 40
        check_same(journal)


def test_moving_a_repairing_entry_in_time_changes_the_time_to_repair(data_dir):
    with _journal(data_dir) as journal:
        spec = {"back": 10, "minute": 600, "marks": {"withdrawal": 6}, "people": {"Sam"}, "shared": True,
                "responses": [], "repair": None, "beliefs": {0: 80}, "moves": []}
        moment = journal.save(_form(journal, spec)).id
        later = journal.save(_form(journal, {**spec, "back": 9, "marks": {}})).id
        journal.link_repair(later, moment)
        rng = DateRange(TODAY - timedelta(days=30), TODAY)

        def hours() -> float | None:
            report = cycles.cycle_report(journal, rng, entries=False, today=TODAY)
            with session.read(journal._engine) as conn:
                assert cycle_rollups.from_rollups(conn, rng) == cycles.from_entries(conn, rng, entries=False)
            return report.people[0].repair.median_hours

        assert hours() == 24
        journal.save(_form(journal, {**spec, "back": 7, "minute": 660, "marks": {}}, later))
        assert hours() == 3 * 24 + 1
