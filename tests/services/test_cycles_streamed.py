"""Issue 17 (flat memory): the cycle report reads its moments one row at a time and counts them as they go, never
listing them all (all time on a 365,000-entry journal is some 300,000 rows: listed, they held about 200 MB); what it
counts is what the listing functions count from the same rows."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.models.analytics_values import DateRange
from journal_app.services import cycles
from journal_app.services.journal import Journal
from journal_app.store import cycle_report_queries as q
from tests import cycle_builders as plan_mod

SPRING = DateRange(date(2025, 4, 1), date(2025, 6, 30))


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cycle-streamed") / "journal"
    journal = Journal.open(folder, create=True)
    plan_mod.build(journal)
    yield journal
    journal.close()


def test_the_report_never_lists_every_moment(planted, monkeypatch):
    def listed(*_args, **_kw):
        raise AssertionError("the cycle report listed every moment")

    monkeypatch.setattr(q, "pairs", listed)
    read: list[int] = []
    real = q.each_pair

    def each_pair(*args, **kw):
        for pair in real(*args, **kw):
            read.append(pair.id)
            yield pair

    monkeypatch.setattr(q, "each_pair", each_pair)
    report = cycles.cycle_report(planted, SPRING)
    assert report.moments > 0 and read  # (the range and the period before, one row at a time)


def test_what_is_counted_as_it_goes_is_what_the_listing_counts(planted):
    report = cycles.cycle_report(planted, SPRING)
    lo, hi = cycles._bounds(SPRING)
    previous = report.previous
    assert previous is not None
    with planted.querying() as conn:
        pairs = q.pairs(conn, lo, hi)
        before = q.pairs(conn, *cycles._bounds(previous))
        steps = cycles.Steps(q.words(conn))
    assert report.moments == len({p.id for p in pairs})
    assert report.chains == cycles.chains(pairs, cycles.TOP_CHAINS_EVERYONE, steps)
    for person in report.people:
        mine = [p for p in pairs if p.person_id == person.person_id]
        theirs = [p for p in before if p.person_id == person.person_id]
        assert person == cycles.person_cycle(mine, theirs, SPRING, steps)
        assert person.repair == cycles.repair_numbers(mine) and person.arrows == cycles.arrows(mine, steps)
