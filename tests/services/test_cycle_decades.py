"""The cycle's chains per decade (migration 0013; store/rollup_queries.py Slice.widest): over ranges that hold
whole decades the rollups' report still equals the report counted from the entries (services/cycles.from_entries,
the oracle), after every kind of change; each decade row is the sum of its year rows; the pieces a range is read
in cover each of its days once; and a journal at 0012 is backed up and gets the decade rows, its numbers unchanged.

Journals here span some 35 years (the cycle rollups' own tests span two). CI-sized: JOURNAL_APP_ROLLUP_EXAMPLES."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.models.analytics_values import DateRange
from journal_app.services import analytics, cycle_rollups, cycles
from journal_app.services.journal import Journal
from journal_app.store import migrate, session
from journal_app.store.rollup_queries import _pieces
from tests.services.test_cycle_rollups import CHANGE, ENTRY, _form, _journal, apply
from tests.services.test_rollups import EXAMPLES, TODAY, _zone_back, entry_ids, is_ready, set_zone  # noqa: F401

YEARS = 35
LONG_ENTRY = st.builds(lambda spec, back: {**spec, "back": back}, ENTRY, st.integers(0, 365 * YEARS))


def _ranges(journal: Journal) -> list[DateRange]:
    first = analytics.first_entry_day(journal) or TODAY
    decade = TODAY.year // 10 * 10
    out = [analytics.preset_range("all-time", TODAY, first_day=first), DateRange(date(decade - 20, 1, 1), TODAY),
           DateRange(date(decade - 30, 1, 1), date(decade - 1, 12, 31)),
           DateRange(date(decade - 25, 3, 5), date(decade - 3, 10, 9)),
           DateRange(first, date(decade - 11, 12, 31))]
    return [r for r in out if r.start <= r.end]


def _decade_rows_are_year_sums(conn) -> None:
    decades = conn.exec_driver_sql(
        "SELECT scope, lens, day, person_id, trigger, belief, did, they, outcome, pairs, first FROM rollup_chain "
        "WHERE period = 'decade' ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9").all()
    held: dict[tuple, list] = {}
    for *key, pairs, first in conn.exec_driver_sql(
            "SELECT scope, lens, day, person_id, trigger, belief, did, they, outcome, pairs, first FROM rollup_chain "
            "WHERE period = 'year'").all():
        key[2] = f"{key[2][:3]}0-01-01"
        cell = held.setdefault(tuple(key), [0, first])
        cell[0] += pairs
        cell[1] = min(cell[1], first)
    assert [tuple(r) for r in decades] == sorted((*k, n, f) for k, (n, f) in held.items())


def check_same(journal: Journal) -> None:
    cycles.cycle_report(journal, DateRange(TODAY, TODAY), entries=False, today=TODAY)  # rebuilds them when due
    assert is_ready(journal)
    people = [(), *((p.id,) for p in journal.people())]
    with session.read(journal._engine) as conn:
        _decade_rows_are_year_sums(conn)
        for rng in _ranges(journal):
            for wanted in people:
                for shared_only in (False, True):
                    fast = cycle_rollups.from_rollups(conn, rng, wanted, shared_only)
                    slow = cycles.from_entries(conn, rng, wanted, shared_only, entries=False)
                    assert fast == slow, (rng, wanted, shared_only)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries=st.lists(LONG_ENTRY, min_size=1, max_size=25), changes=st.lists(CHANGE, max_size=5))
def test_over_whole_decades_the_rollups_equal_the_entries_after_every_kind_of_change(entries, changes):
    set_zone("Europe/Berlin")
    with tempfile.TemporaryDirectory() as tmp, _journal(Path(tmp) / "j") as journal:
        for spec in entries:
            journal.save(_form(journal, spec))
        ids = entry_ids(journal)
        for i in range(0, len(ids) - 1, 3):
            apply(journal, ids, ("link", i, i + 1, "me"))
        for change in changes:
            apply(journal, ids, change)
        check_same(journal)


@given(first=st.dates(date(1900, 1, 1), date(2200, 12, 31)), days=st.integers(0, 365 * 120))
def test_a_range_is_read_in_pieces_that_cover_each_day_once(first, days):
    last = min(first + timedelta(days=days), date(2200, 12, 31))
    covered = []
    for period, a, b in _pieces(first, last, "decade"):
        if period == "decade":
            assert a.year % 10 == 0 and (a.month, a.day) == (1, 1) and b.year % 10 == 0
            covered += [(date(y, 1, 1), date(y + 9, 12, 31)) for y in range(a.year, b.year + 1, 10)]
        elif period == "year":
            covered += [(date(y, 1, 1), date(y, 12, 31)) for y in range(a.year, b.year + 1)]
        elif period == "month":
            month = a
            while month <= b:
                nxt = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
                covered.append((month, nxt - timedelta(days=1)))
                month = nxt
        else:
            covered.append((a, b))
    covered.sort()
    assert covered[0][0] == first and covered[-1][1] == last
    assert all(b + timedelta(days=1) == c for (_a, b), (c, _d) in pairwise(covered))


def test_a_journal_at_0012_is_backed_up_and_gets_the_decade_rows(data_dir):
    set_zone("Europe/Berlin")
    with _journal(data_dir) as journal:
        for back in range(0, 365 * 25, 97):
            journal.save(_form(journal, {"back": back, "minute": 600, "marks": {"withdrawal": back % 11},
                                         "people": {"Sam"} if back % 2 else set(), "shared": back % 3 == 0,
                                         "responses": ["went-quiet"], "repair": "yes" if back % 5 == 0 else None,
                                         "beliefs": {back % 3: back % 101}, "moves": [("Sam", back % 5)]}))
        rng = analytics.preset_range("all-time", TODAY, first_day=analytics.first_entry_day(journal))
        want = cycles.cycle_report(journal, rng, entries=False, today=TODAY)
    con = sqlite3.connect(data_dir / "journal.db", isolation_level=None)
    try:
        assert con.execute("DELETE FROM rollup_chain WHERE period = 'decade'").rowcount > 0
        con.execute("UPDATE alembic_version SET version_num = '0012_cycle_rerated'")
    finally:
        con.close()
    with Journal.open(data_dir) as journal:
        assert any("before-upgrade-from-0012" in p.name for p in (data_dir / "backups").iterdir())
        assert is_ready(journal) and migrate.HEAD_REVISION == "0013_cycle_decades"
        with session.read(journal._engine) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM rollup_chain WHERE period = 'decade'").scalar() > 0
            _decade_rows_are_year_sums(conn)
        assert cycles.cycle_report(journal, rng, entries=False, today=TODAY) == want
