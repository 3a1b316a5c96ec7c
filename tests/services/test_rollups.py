"""The per-day rollups (store/rollup_build.py and rollup_queries.py, issue 17) give the same numbers as counting the
entries.

Hypothesis makes journals (dates across daylight-saving changes and in the small hours, shared and private entries,
triggers with and without intensities, people, responses, repair), then changes them the ways the app does: edits,
moves to the Trash, restores from it, emptying it, imports, and a change of time zone. After every change that
writes, the rollups must be ready at once (updated in the same transaction as the change); after a time-zone change
they must not be read until rebuilt. Then, for every range preset and a few odd ranges (partial months at both ends,
weeks, single days), with and without a one-trigger filter, counting all entries or only shared ones, and with weeks
starting on Monday or Sunday, the rows read from the rollups equal the rows counted from the entries, and so do the
reports made of them.

CI-sized: JOURNAL_APP_ROLLUP_EXAMPLES examples (default 25)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.models.analytics_values import DateRange
from journal_app.models.values import RESPONSE_KEYS, EntryForm, TriggerMark
from journal_app.services import analytics
from journal_app.services.importing.apply import import_entries
from journal_app.services.importing.model import ImportedEntry
from journal_app.services.journal import Journal
from journal_app.store import rollup_build as rollups
from journal_app.store import session

TODAY = date.today()
SLUGS = ("abandonment-fear", "withdrawal", "push-pull")
PEOPLE = ("Sam", "Alex", "Mum")
# zones with half- and quarter-hour offsets, daylight saving in either hemisphere, or none
ZONES = ("America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns",
         "Europe/Berlin")
EXAMPLES = int(os.environ.get("JOURNAL_APP_ROLLUP_EXAMPLES", "25"))


def _dst_days_back(limit: int = 800) -> list[int]:
    zone, out = ZoneInfo("Europe/Berlin"), []
    for back in range(limit):
        day = TODAY - timedelta(days=back)
        noon = datetime.combine(day, datetime.min.time().replace(hour=12), zone).utcoffset()
        if noon != datetime.combine(day - timedelta(days=1), datetime.min.time().replace(hour=12), zone).utcoffset():
            out.append(back)
    return out


ENTRY = st.fixed_dictionaries({
    "back": st.one_of(st.integers(0, 800), st.sampled_from(_dst_days_back())),
    "minute": st.one_of(st.integers(0, 1439), st.integers(0, 240)),
    "marks": st.dictionaries(st.sampled_from(SLUGS), st.one_of(st.none(), st.integers(0, 10)), max_size=3),
    "people": st.sets(st.sampled_from(PEOPLE), max_size=3),
    "shared": st.booleans(),
    "responses": st.sets(st.sampled_from(RESPONSE_KEYS), max_size=3),
    "repair": st.sampled_from([None, None, "yes", "partly", "not-yet", "not-needed"]),
})
CHANGE = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 1000), ENTRY),
    st.tuples(st.just("trash"), st.integers(0, 1000)),
    st.tuples(st.just("restore"), st.integers(0, 1000)),
    st.tuples(st.just("empty-trash")),
    st.tuples(st.just("import"), st.lists(ENTRY, max_size=8)),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
)


@pytest.fixture(autouse=True)
def _zone_back():
    yield
    os.environ["TZ"] = "Europe/Berlin"  # the suite's zone (tests/conftest.py)
    time.tzset()


def set_zone(name: str) -> None:
    os.environ["TZ"] = name
    time.tzset()


def _form(journal: Journal, spec: dict, entry_id: int | None = None) -> EntryForm:
    tid = {t.slug: t.id for t in journal.triggers()}
    pid = {p.name: p.id for p in journal.people()}
    when = datetime.combine(TODAY - timedelta(days=spec["back"]), datetime.min.time()) + timedelta(
        minutes=spec["minute"])
    return EntryForm(id=entry_id, occurred_at=when.astimezone(), title="t", body="b",
                     triggers=tuple(TriggerMark(tid[s], level) for s, level in spec["marks"].items()),
                     person_ids=tuple(pid[p] for p in sorted(spec["people"])), shared=spec["shared"],
                     responses=tuple(sorted(spec["responses"])), repair=spec["repair"])


def _imported(spec: dict) -> ImportedEntry:
    when = datetime.combine(TODAY - timedelta(days=spec["back"]), datetime.min.time()) + timedelta(
        minutes=spec["minute"])
    return ImportedEntry(occurred_at=when.astimezone(), title="imported", body=f"{spec}",
                         triggers=tuple(spec["marks"].items()), people=tuple(sorted(spec["people"])),
                         shared=spec["shared"], responses=tuple(sorted(spec["responses"])), repair=spec["repair"])


def is_ready(journal: Journal) -> bool:
    with session.read(journal._engine) as conn:
        return rollups.ready(conn)


def built_elsewhere(journal: Journal) -> bool:
    """Whether the rollups were built in another zone than this process's (or are being rebuilt)."""
    with session.read(journal._engine) as conn:
        return conn.exec_driver_sql("SELECT zone FROM rollup_state").scalar() != rollups.zone_fingerprint()


def entry_ids(journal: Journal) -> list[int]:
    """Every entry's id, the Trash included."""
    with session.read(journal._engine) as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM entry ORDER BY id")]


def apply(journal: Journal, ids: list[int], change: tuple) -> None:
    """Make one change, as the app does. The rollups are ready right after a change that writes (updated in
    its transaction), unless they were built in another zone: then they are not read until rebuilt."""
    kind = change[0]
    if kind == "zone":
        set_zone(change[1])
        if built_elsewhere(journal):
            assert not is_ready(journal)
        return
    if kind == "edit" and ids:
        journal.save(_form(journal, change[2], ids[change[1] % len(ids)]))
    elif kind == "trash" and ids:
        journal.move_to_trash(ids[change[1] % len(ids)])
    elif kind == "restore" and ids:
        journal.restore(ids[change[1] % len(ids)])
    elif kind == "empty-trash":
        journal.empty_trash()
    elif kind == "import":
        import_entries(journal, [_imported(spec) for spec in change[1]], {s: s for s in SLUGS})
    ids[:] = entry_ids(journal)
    assert is_ready(journal) or built_elsewhere(journal)


def requests(journal: Journal) -> list[analytics.ReportRequest]:
    first = analytics.first_entry_day(journal) or TODAY
    ranges = [analytics.preset_range(key, TODAY, first_day=first)
              for key in ("last-4-weeks", "last-3-months", "last-12-months", "all-time")]
    ranges += [DateRange(TODAY - timedelta(days=400), TODAY - timedelta(days=35)),  # partial months at both ends
               DateRange(TODAY - timedelta(days=100), TODAY - timedelta(days=20)),  # weeks
               DateRange(TODAY - timedelta(days=3), TODAY - timedelta(days=3)),
               DateRange(date(TODAY.year - 2, 1, 1), date(TODAY.year - 1, 12, 31)),  # whole years
               DateRange(date(TODAY.year - 2, 2, 1), date(TODAY.year - 1, 1, 31))]  # whole months, a year apart
    fear = journal.trigger("abandonment-fear").id
    out = []
    for rng in ranges:
        for ids in ((), (fear,)):
            for shared_only in (False, True):
                out.append(analytics.ReportRequest(rng, ids, 0, shared_only))
        out.append(analytics.ReportRequest(rng, (), 6, False))
    return out


def _sorted(numbers: analytics.ReportNumbers) -> dict:
    return {k: sorted(v, key=repr) if isinstance(v, list) else v for k, v in vars(numbers).items()}


def check_same(journal: Journal) -> None:
    """The rollups are ready (after a rebuild when the zone changed) and give the entries' numbers."""
    analytics.pattern_report(journal, DateRange(TODAY, TODAY), today=TODAY)  # rebuilds them when due
    assert is_ready(journal)
    for ask in requests(journal):
        with session.read(journal._engine) as conn:
            fast = analytics.from_rollups(conn, ask)
            slow = analytics.from_entries(conn, ask)
        assert fast is not None
        assert _sorted(fast) == _sorted(slow), ask
        assert analytics.shape(ask, fast) == analytics.shape(ask, slow), ask


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(ENTRY, max_size=30), changes=st.lists(CHANGE, max_size=6))
def test_rollups_equal_the_entries_after_every_kind_of_change(entries, changes):
    set_zone("Europe/Berlin")
    with tempfile.TemporaryDirectory() as tmp, Journal.open(Path(tmp) / "j", create=True) as journal:
        for name in PEOPLE:
            journal.add_person(name)
        for spec in entries:
            journal.save(_form(journal, spec))
        assert is_ready(journal)
        ids = entry_ids(journal)
        for change in changes:
            apply(journal, ids, change)
        check_same(journal)


def _year_spread_journal(folder: Path) -> Journal:
    journal = Journal.open(folder, create=True)
    fear = journal.trigger("abandonment-fear").id
    for back in range(0, 4 * 365, 9):
        journal.save(EntryForm(occurred_at=(datetime.combine(TODAY - timedelta(days=back), datetime.min.time())
                                            + timedelta(hours=23, minutes=30)).astimezone(),
                               title="t", body="b", triggers=((TriggerMark(fear, back % 11),) if back % 2 else ()),
                               shared=back % 3 == 0, responses=("named-my-need",) if back % 4 else ()))
    return journal


def test_a_zone_change_rebuilds_a_quarter_per_transaction_and_keeps_the_changes_made_meanwhile(data_dir):
    journal = _year_spread_journal(data_dir)
    try:
        set_zone("Asia/Kolkata")  # 23:30 in Berlin is the next day here
        assert not is_ready(journal)
        with session.write(journal._engine) as conn:
            assert rollups.rebuild_step(conn) is False  # a quarter done, more to go
        assert not is_ready(journal)
        moved = journal.page(limit=1).rows[0].id
        journal.save(_form(journal, {"back": 2, "minute": 5, "marks": {"withdrawal": 4}, "people": set(),
                                     "shared": True, "responses": set(), "repair": "yes"}, moved))
        journal.move_to_trash(journal.page(limit=3).rows[2].id)
        with session.read(journal._engine) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM rollup_dirty").scalar() > 0  # kept for the rebuild
        steps = 1
        while True:
            with session.write(journal._engine) as conn:
                steps += 1
                if rollups.rebuild_step(conn):
                    break
        assert steps >= 16  # four years and more, a quarter at a time
        assert is_ready(journal)
        check_same(journal)
    finally:
        journal.close()


def test_a_rebuild_cut_short_goes_on_where_it_stopped(data_dir):
    journal = _year_spread_journal(data_dir)
    try:
        set_zone("America/New_York")
        with session.write(journal._engine) as conn:
            rollups.rebuild_step(conn)
        with session.read(journal._engine) as conn:
            building, built_to = conn.exec_driver_sql("SELECT building, built_to FROM rollup_state").one()
        assert building == rollups.zone_fingerprint() and built_to is not None
        journal.close()
        journal = Journal.open(data_dir)
        with session.write(journal._engine) as conn:
            rollups.rebuild_step(conn)
        with session.read(journal._engine) as conn:
            assert conn.exec_driver_sql("SELECT built_to FROM rollup_state").scalar() > built_to
        check_same(journal)
    finally:
        journal.close()


def test_the_rollups_are_not_read_when_not_ready_and_the_journal_cannot_be_written(data_dir, monkeypatch):
    journal = _year_spread_journal(data_dir)
    try:
        want = analytics.pattern_report(journal, DateRange(TODAY - timedelta(days=500), TODAY), today=TODAY)
        set_zone("Pacific/Chatham")
        monkeypatch.setattr(Journal, "read_only", property(lambda self: True))
        read: list[object] = []
        real = analytics.from_rollups
        monkeypatch.setattr(analytics, "from_rollups", lambda *a: read.append(a) or real(*a))
        rng = DateRange(TODAY - timedelta(days=500), TODAY)
        got = analytics.pattern_report(journal, rng, today=TODAY)
        assert read == [] and not is_ready(journal)
        with session.read(journal._engine) as conn:  # counted from the entries, in this zone
            counted = analytics.shape(analytics.ReportRequest(rng, (), 0, False),
                                      analytics.from_entries(conn, analytics.ReportRequest(rng, (), 0, False)))
        assert got.heatmap == counted.heatmap and got.heatmap != want.heatmap  # other local days here
        set_zone("Europe/Berlin")
        assert analytics.pattern_report(journal, DateRange(TODAY - timedelta(days=500), TODAY), today=TODAY) == want
    finally:
        journal.close()


def test_a_filter_of_two_triggers_is_counted_from_the_entries(journal, monkeypatch):
    for spec in ({"abandonment-fear": 3}, {"withdrawal": 5, "abandonment-fear": None}, {"push-pull": 2}):
        journal.save(_form(journal, {"back": 1, "minute": 600, "marks": spec, "people": set(), "shared": False,
                                     "responses": set(), "repair": None}))
    ids = (journal.trigger("abandonment-fear").id, journal.trigger("withdrawal").id)
    monkeypatch.setattr(analytics, "from_rollups", lambda *a: pytest.fail("read the rollups"))
    report = analytics.pattern_report(journal, DateRange(TODAY - timedelta(days=6), TODAY), ids, today=TODAY)
    assert report.entries == 2


def test_an_older_journal_gets_its_rollups_in_the_migration(data_dir):
    journal = _year_spread_journal(data_dir)
    rng = DateRange(TODAY - timedelta(days=800), TODAY)
    want = analytics.pattern_report(journal, rng, today=TODAY)
    journal.close()
    con = sqlite3.connect(data_dir / "journal.db", isolation_level=None)  # back to schema 0006
    try:
        for kind in ("trigger", "table"):
            names = con.execute("SELECT name FROM sqlite_master WHERE type = ? AND name LIKE 'rollup%'",
                                (kind,)).fetchall()
            for (name,) in names:
                con.execute(f"DROP {kind.upper()} {name}")
        for name in ("repair_link", "entry_move", "their_move", "entry_belief", "belief"):  # and 0008's tables
            con.execute(f"DROP TABLE {name}")
        con.execute("DROP INDEX ix_entry_live_moment")  # and 0009's index
        con.execute("UPDATE alembic_version SET version_num = '0006_safety_plan'")
    finally:
        con.close()
    with Journal.open(data_dir) as journal:
        assert any("before-upgrade-from-0006" in p.name for p in (data_dir / "backups").iterdir())
        assert is_ready(journal)
        with session.read(journal._engine) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM rollup_day").scalar() > 0
        assert analytics.pattern_report(journal, rng, today=TODAY) == want
        check_same(journal)


def test_a_write_that_did_not_settle_costs_speed_never_a_wrong_number(journal):
    spec = {"back": 1, "minute": 600, "marks": {"withdrawal": 6}, "people": set(), "shared": True,
            "responses": {"went-quiet"}, "repair": "partly"}
    journal.save(_form(journal, spec))
    with session.write(journal._engine) as conn:  # a change made without rollup_queries.settle
        conn.exec_driver_sql("UPDATE entry SET shared = 0, repair = 'yes'")
    assert not is_ready(journal)  # noted in rollup_dirty: not read until applied
    report = analytics.pattern_report(journal, DateRange(TODAY - timedelta(days=6), TODAY), today=TODAY,
                                      shared_only=True)
    assert report.entries == 0 and is_ready(journal)
    check_same(journal)


def test_the_rollups_and_their_triggers_survive_a_passphrase_change(journal):
    from journal_app.services import security

    journal.save(_form(journal, {"back": 3, "minute": 60, "marks": {"push-pull": 2}, "people": set(),
                                 "shared": False, "responses": set(), "repair": None}))
    security.change_passphrase(journal, "a long enough passphrase for this test 42")
    assert journal.encrypted and is_ready(journal)
    journal.save(_form(journal, {"back": 2, "minute": 90, "marks": {"abandonment-fear": 7}, "people": set(),
                                 "shared": True, "responses": {"named-my-need"}, "repair": "yes"}))
    assert is_ready(journal)
    check_same(journal)


def _repair_tallies(journal: Journal) -> tuple[tuple[int, int], tuple[int, int]]:
    """(repaired, needed repair) over every triggered moment, from the entries and from the rollups."""
    ask = analytics.ReportRequest(DateRange(TODAY - timedelta(days=30), TODAY), (), 0, False)
    analytics.pattern_report(journal, DateRange(TODAY, TODAY), today=TODAY)  # settles the rollups when due
    with session.read(journal._engine) as conn:
        fast = analytics.from_rollups(conn, ask)
        slow = analytics.from_entries(conn, ask)
    assert fast is not None
    return tuple((sum(r[3] for r in n.did_when), sum(r[5] for r in n.did_when)) for n in (slow, fast))  # type: ignore[return-value]


def test_a_moment_a_later_entry_links_back_to_counts_as_repaired(journal):
    """Written in the moment as 'not yet', then linked from a later entry ("this repaired…"): the patterns count
    it as repaired, as the cycle does, so the summary never says 0 of 2 came back together beside a cycle page
    that says 1 of 2 did; the link's entry in the Trash takes it back, a restore brings it again."""
    set_zone("Europe/Berlin")
    journal.add_person("Sam")
    spec = {"back": 3, "minute": 600, "marks": {"withdrawal": 6}, "people": ["Sam"], "shared": True,
            "responses": [], "repair": "not-yet"}
    first = journal.save(_form(journal, spec)).id
    journal.save(_form(journal, {**spec, "minute": 700}))
    talk = journal.save(_form(journal, {**spec, "back": 1, "marks": {}, "repair": None})).id
    assert _repair_tallies(journal) == ((0, 2), (0, 2))
    journal.link_repair(talk, first, reached_first="me")
    assert _repair_tallies(journal) == ((1, 2), (1, 2))
    journal.move_to_trash(talk)
    assert _repair_tallies(journal) == ((0, 2), (0, 2))
    journal.restore(talk)
    assert _repair_tallies(journal) == ((1, 2), (1, 2))
    journal.unlink_repair(first)
    assert _repair_tallies(journal) == ((0, 2), (0, 2))
    check_same(journal)
