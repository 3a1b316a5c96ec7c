"""The cycle's analytics (services/cycles.py) on a journal with known, planted cycles (tests/cycle_builders.py):
the chains, counts, slopes and repair times it finds are exactly those the plan says, computed here independently
in plain Python from the plan; and the same on journals planned at random. The sentences say the planted cycle."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta
from fractions import Fraction
from statistics import median

import pytest

from journal_app.core import i18n
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import STEPS, MomentsAsked
from journal_app.services import cycles
from journal_app.services.journal import Journal
from tests import cycle_builders as plan_mod
from tests.cycle_builders import PLAN, Moment

SPRING = DateRange(date(2025, 4, 1), date(2025, 6, 30))  # 91 days; the 91 before are in the journal
HALF_YEAR = DateRange(date(2025, 1, 1), date(2025, 6, 30))


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cycle") / "journal"
    journal = Journal.open(folder, create=True)
    ids = plan_mod.build(journal)
    yield journal, ids
    journal.close()


# -- what the plan says, worked out here in plain Python ------------------------------------------------------------
def _day(at: datetime) -> date:
    return at.astimezone(plan_mod.BERLIN).date()


def _in(m: Moment, rng: DateRange, shared_only: bool = False) -> bool:
    return (not m.trashed and bool(m.triggers) and rng.start <= _day(m.at) <= rng.end
            and (m.shared or not shared_only))


def _main(items):
    """The first item with the highest value (None lowest)."""
    best = None
    for name, value in items:
        if best is None or (value is not None and (best[1] is None or value > best[1])):
            best = (name, value)
    return best[0] if best else None


def _outcome(m: Moment) -> str | None:
    if m.repaired_after is not None or m.repair in ("yes", "partly"):
        return "repaired"
    return m.repair if m.repair in ("not-yet", "not-needed") else None


def _chain(m: Moment, person: str | None) -> tuple:
    moves = m.moves.get(person, ()) if person else ()
    return (_main(m.triggers), _main(m.beliefs), m.did[0] if m.did else None, moves[0] if moves else None,
            _outcome(m))


def expected_pairs(plan, rng, person=None, shared_only=False):
    """(moment, person) pairs in time order, as the report counts them."""
    out = []
    for m in sorted((m for m in plan if _in(m, rng, shared_only)), key=lambda m: m.at):
        if person is None and not m.people:
            out.append((m, None))
        out += [(m, p) for p in sorted(m.people, key=str.casefold) if person is None or p == person]
    return out


def expected_chains(pairs, ids, top):
    held: dict = {}
    for m, person in pairs:
        held.setdefault((person, _chain(m, person)), []).append(ids[m.at])
    order = sorted(held, key=lambda k: -len(held[k]))
    return [(k[0], k[1], len(held[k]), tuple(held[k])) for k in order[:top]]


def expected_arrows(pairs, ids):
    held: Counter = Counter()
    for m, person in pairs:
        chain = _chain(m, person)
        for i in range(4):
            held[(i, person, chain[i], chain[i + 1])] += 1
    return held


def expected_repair(plan, rng, person):
    mine = [m for m in plan if _in(m, rng) and person in m.people]
    ends = [_outcome(m) for m in mine]
    hours = [(_day(m.at), m.repaired_after, m.reached_first) for m in mine if m.repaired_after is not None]
    return len(mine), sum(e in ("repaired", "not-yet") for e in ends), ends.count("repaired"), hours


def expected_trend(plan, rng, text):
    """(points, slope per 30 days, start, end) of a belief, the line fitted here by the normal equations."""
    rated = sorted((m.at, v) for m in plan if not m.trashed and rng.start <= _day(m.at) <= rng.end
                   for b, v in m.beliefs if b == text and v is not None)
    xs = [(at - rated[0][0]).total_seconds() / 86400 for at, _ in rated]
    ys = [v for _, v in rated]
    n = len(xs)
    sx, sy, sxx, sxy = sum(xs), sum(ys), sum(x * x for x in xs), sum(x * y for x, y in zip(xs, ys))
    slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    intercept = (sy - slope * sx) / n
    return [(_day(at), v) for at, v in rated], slope * 30, round(intercept), round(intercept + slope * xs[-1])


def _shown(chain) -> tuple:
    """A chain of the report as the plan writes it: slugs and keys, the belief by its words."""
    return tuple(s.label if s.kind == "belief" and s.key is not None else s.key for s in chain.steps)


def _person_id(journal, name):
    return journal.person(name).id


# -- the planted cycles --------------------------------------------------------------------------------------------
def test_the_dominant_chains_are_found_with_their_counts(planted):
    journal, ids = planted
    report = cycles.cycle_report(journal, HALF_YEAR)
    sam, alex = report.people
    assert (sam.name, sam.moments, alex.name, alex.moments) == ("Sam", 21, "Alex", 13)
    # planted: Sam's dominant chain 14 of 21, Alex's 10 of 13
    assert (_shown(sam.chains[0]), sam.chains[0].count) == (
        ("abandonment-fear", "They'll leave", "kept-checking", "went-quiet", "repaired"), 14)
    assert (_shown(alex.chains[0]), alex.chains[0].count) == (
        ("withdrawal", "I have to handle this alone", "went-quiet", "reached-out", "repaired"), 10)
    for cycle in (sam, alex):
        want = expected_chains(expected_pairs(PLAN, HALF_YEAR, cycle.name), ids, cycles.TOP_CHAINS)
        assert [(c.person, _shown(c), c.count, c.entry_ids) for c in cycle.chains] == want
    everyone = expected_chains(expected_pairs(PLAN, HALF_YEAR), ids, cycles.TOP_CHAINS_EVERYONE)
    assert [(c.person, _shown(c), c.count, c.entry_ids) for c in report.chains] == everyone
    assert report.moments == sum(_in(m, HALF_YEAR) for m in PLAN) == 20 + 12 + 1 + 3


def test_the_moment_with_both_takes_its_first_listed_trigger_and_belief_on_a_tie(planted):
    journal, _ids = planted
    sam = cycles.cycle_report(journal, HALF_YEAR).people[0]
    both = [c for c in sam.chains if c.steps[3].key == "reassured"]
    assert [_shown(c) for c in both] == [
        ("abandonment-fear", "I'm too much", "sought-reassurance", "reassured", "repaired")]
    assert [s.label for s in both[0].steps] == ["Abandonment fear", "I'm too much", "Sought reassurance", "Reassured",
                                                "Repaired"]


def test_the_arrows_carry_the_counts(planted):
    journal, ids = planted
    report = cycles.cycle_report(journal, HALF_YEAR)
    for cycle in report.people:
        got = Counter()
        for a in cycle.arrows:
            i = STEPS.index(a.source.kind)
            key = (a.source.label if a.source.kind == "belief" and a.source.key else a.source.key,
                   a.target.label if a.target.kind == "belief" and a.target.key else a.target.key)
            got[(i, a.person, *key)] += a.count
            assert len(a.entry_ids) == a.count
        assert got == expected_arrows(expected_pairs(PLAN, HALF_YEAR, cycle.name), ids)
    sam = report.people[0]
    first = [a for a in sam.arrows if a.source.kind == "trigger" and a.source.key == "abandonment-fear"]
    assert [(a.target.label, a.count) for a in first] == [("They'll leave", 14), ("I'm too much", 1)]


def test_belief_strengths_fall_on_the_planted_schedule(planted):
    journal, _ids = planted
    trends = {t.text: t for t in cycles.cycle_report(journal, HALF_YEAR).beliefs}
    assert list(trends) == ["They'll leave", "I have to handle this alone", "I'm too much", "Nobody comes"]
    for text, trend in trends.items():
        points, slope, start, end = (expected_trend(PLAN, HALF_YEAR, text) if len(trend.points) > 1
                                     else (None, None, None, None))
        if points is None:
            assert (trend.slope_per_30_days, trend.start) == (None, None)
            continue
        assert [(p.day, p.strength) for p in trend.points] == points
        assert trend.slope_per_30_days == round(slope, 2)
        assert (trend.start, trend.end) == (start, end)
    # planted: 3 points a week down from 90 (14 ratings, the last in week 19), 4 every two weeks down from 70
    leave, alone = trends["They'll leave"], trends["I have to handle this alone"]
    assert (leave.slope_per_30_days, leave.start, leave.end, len(leave.points)) == (round(-3 / 7 * 30, 2), 90, 33, 14)
    assert (alone.slope_per_30_days, alone.start, alone.end, len(alone.points)) == (round(-4 / 14 * 30, 2), 70, 26,
                                                                                    10)


def test_repair_times_per_person_and_who_reached_out_first(planted):
    journal, _ids = planted
    report = cycles.cycle_report(journal, HALF_YEAR)
    for cycle in report.people:
        moments, needed, repaired, hours = expected_repair(PLAN, HALF_YEAR, cycle.name)
        r = cycle.repair
        assert (r.moments, r.needed, r.repaired) == (moments, needed, repaired)
        assert [(p.day, p.hours, p.reached_first) for p in r.points] == hours
        assert r.median_hours == (median(h for _, h, _ in hours) if hours else None)
        assert r.within_a_day == sum(h <= 24 for _, h, _ in hours)
        assert r.share == round(repaired / needed, 3)
        assert r.reached_first() == {"me": sum(f == "me" for *_, f in hours),
                                     "them": sum(f == "them" for *_, f in hours), None: 0}
    sam, alex = report.people
    # planted: Sam 14 links (7 after 36 hours, 7 after 6), 15 of 21 repaired; Alex answered yes, never linked
    assert (sam.repair.needed, sam.repair.repaired, len(sam.repair.points), sam.repair.median_hours) == (21, 15, 14, 21)
    assert (alex.repair.needed, alex.repair.repaired, alex.repair.points) == (11, 11, ())
    # the journal began in June 2024: the half year before is compared, and nothing in it needed repair
    assert report.previous == DateRange(date(2024, 7, 4), date(2024, 12, 31))
    assert (sam.previous_repair.moments, sam.previous_repair.needed) == (0, 0)


def test_repair_compared_with_the_period_before(planted):
    journal, _ids = planted
    report = cycles.cycle_report(journal, SPRING)
    assert report.previous == DateRange(date(2024, 12, 31), date(2025, 3, 31))
    sam = next(c for c in report.people if c.name == "Sam")
    before = expected_repair(PLAN, report.previous, "Sam")
    assert (sam.previous_repair.moments, sam.previous_repair.needed, sam.previous_repair.repaired) == before[:3]
    assert (sam.repair.within_a_day, sam.repair.needed, sam.previous_repair.within_a_day,
            sam.previous_repair.needed) == (5, 7, 2, 14)
    assert ("With Sam, repair came within a day in 5 of 7 moments that needed it, up from 2 of 14 in the period "
            "before.") in report.sentences
    series = sam.repair_series
    assert series.bucket == "week" and sum(series.counts) == 5
    weekly = {s: (m, n) for s, m, n in zip(series.starts, series.median_hours, series.counts) if n}
    # planted: Sam's dominant Mondays in spring (weeks 13, 15, 16, 18 and 19), each repaired after 6 hours
    assert weekly == {date(2025, 4, 7): (6, 1), date(2025, 4, 21): (6, 1), date(2025, 4, 28): (6, 1),
                      date(2025, 5, 12): (6, 1), date(2025, 5, 19): (6, 1)}


def test_the_sentences_say_the_planted_cycle(planted):
    journal, _ids = planted
    said = cycles.cycle_report(journal, HALF_YEAR).sentences
    assert said == (
        "With Sam, this came back most often, in 14 of 21 moments: abandonment fear came up; you told yourself "
        "“They'll leave”; you kept checking; Sam went quiet; you came back together.",
        "With Sam, repair came within a day in 7 of 21 moments that needed it.",
        "Half of the 14 repairs with Sam came within 21 hours.",
        "Who reached out first with Sam: you 7 times, Sam 7 times.",
        "With Alex, this came back most often, in 10 of 13 moments: withdrawal came up; you told yourself “I have to "
        "handle this alone”; you went quiet; Alex reached out; you came back together.",
        "With Alex, 11 of 11 moments that needed repair were repaired.",  # answered yes: no time known
        "How true “They'll leave” felt went down from about 90% to about 33% over 14 ratings.",
        "How true “I have to handle this alone” felt went down from about 70% to about 26% over 10 ratings.",
        _im_too_much_sentence(),
    )


def _im_too_much_sentence() -> str:
    _points, _slope, start, end = expected_trend(PLAN, HALF_YEAR, "I'm too much")
    if end <= start - 5:
        return f"How true “I'm too much” felt went down from about {start}% to about {end}% over 7 ratings."
    if end >= start + 5:
        return f"How true “I'm too much” felt went up from about {start}% to about {end}% over 7 ratings."
    return f"How true “I'm too much” felt stayed about the same, near {round((6 * 50 + 40) / 7)}%, over 7 ratings."


def test_the_sentences_in_german(planted):
    journal, _ids = planted
    i18n.set_language("de")
    try:
        said = cycles.cycle_report(journal, SPRING).sentences
    finally:
        i18n.set_language("en")
    assert ("Mit Sam habt ihr in 5 von 7 Momenten, die eine Wiederannäherung brauchten, innerhalb eines Tages "
            "wieder zueinandergefunden, öfter als in der Zeit davor (2 von 14).") in said
    assert ("Mit Sam kam das am häufigsten wieder, in 5 von 7 Momenten: Verlustangst kam auf; du hast dir „They'll "
            "leave“ gesagt; du hast immer wieder aufs Handy geschaut; Sam ist still geworden; ihr habt wieder "
            "zueinandergefunden.") in said
    assert "Die Hälfte der 5 Wiederannäherungen mit Sam kam innerhalb von 6 Stunden." in said
    assert "Wer sich zuerst gemeldet hat (mit Sam): du zweimal, Sam 3-mal." in said  # weeks 16 and 18: me first


def test_a_person_filter_and_shared_entries_only(planted):
    journal, ids = planted
    alex = _person_id(journal, "Alex")
    report = cycles.cycle_report(journal, HALF_YEAR, (alex,))
    assert [c.name for c in report.people] == ["Alex"] and report.moments == 13
    assert [(c.person, _shown(c), c.count) for c in report.chains] == [
        (p, k, n) for p, k, n, _ in expected_chains(expected_pairs(PLAN, HALF_YEAR, "Alex"), ids, 10)]
    assert {t.text for t in report.beliefs} == {"I have to handle this alone", "I'm too much", "Nobody comes"}
    shared = cycles.cycle_report(journal, HALF_YEAR, shared_only=True)
    assert (shared.moments, shared.people, shared.beliefs) == (0, (), ())
    assert shared.sentences == ("There are no shared moments with a trigger in this period yet.",)


def test_an_empty_range(planted):
    journal, _ids = planted
    report = cycles.cycle_report(journal, DateRange(date(2030, 1, 1), date(2030, 1, 31)))
    assert (report.moments, report.people, report.chains, report.beliefs) == (0, (), (), ())
    assert report.sentences == ("There are no moments with a trigger in this period yet. Once there are, the cycle "
                                "shows here.",)


# -- journals planned at random --------------------------------------------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_journals_match_the_plan(tmp_path, seed):
    plan = plan_mod.random_plan(seed)
    with Journal.open(tmp_path / "journal", create=True) as journal:
        ids = plan_mod.build(journal, plan)
        year = DateRange(date(2025, 1, 1), date(2025, 12, 31))
        for shared_only in (False, True):
            report = cycles.cycle_report(journal, year, shared_only=shared_only)
            pairs = expected_pairs(plan, year, shared_only=shared_only)
            assert report.moments == sum(_in(m, year, shared_only) for m in plan)
            assert [(c.person, _shown(c), c.count, c.entry_ids) for c in report.chains] == expected_chains(
                pairs, ids, cycles.TOP_CHAINS_EVERYONE)
        report = cycles.cycle_report(journal, year)
        for cycle in report.people:
            moments, needed, repaired, hours = expected_repair(plan, year, cycle.name)
            assert (cycle.moments, cycle.repair.needed, cycle.repair.repaired) == (moments, needed, repaired)
            assert sorted((p.day, p.hours, p.reached_first) for p in cycle.repair.points) == sorted(hours)
            assert [(c.person, _shown(c), c.count, c.entry_ids) for c in cycle.chains] == expected_chains(
                expected_pairs(plan, year, cycle.name), ids, cycles.TOP_CHAINS)
        for trend in report.beliefs:
            if trend.slope_per_30_days is not None:
                points, slope, start, end = expected_trend(plan, year, trend.text)
                assert [(p.day, p.strength) for p in trend.points] == points
                assert trend.slope_per_30_days == pytest.approx(round(slope, 2), abs=0.011)
                assert (trend.start, trend.end) == (start, end)


def test_the_least_squares_line():
    assert cycles.least_squares([0, 1, 2], [5, 7, 9]) == (2, 5)
    assert cycles.least_squares([3, 3], [1, 2]) is None  # one time only: no line
    assert cycles.least_squares([0], [1]) is None


# -- the report the window gets: beliefs and repair times summed up (services/cycle_summaries.py) ------------------
def _bucket_of(day: date, bucket: str) -> date:
    if bucket == "day":
        return day
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    return date(day.year, day.month, 1) if bucket == "month" else date(day.year, 1, 1)


def _exact_trend(plan, rng, text):
    """(ratings in time order, slope per 30 days, start, end) with the line worked out exactly in fractions."""
    rated = sorted((m.at, v) for m in plan if not m.trashed and rng.start <= _day(m.at) <= rng.end
                   for b, v in m.beliefs if b == text and v is not None)
    if not rated:
        return rated, None, None, None
    xs = [Fraction((at - rated[0][0]) // timedelta(microseconds=1)) for at, _ in rated]
    ys = [Fraction(v) for _, v in rated]
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return rated, None, None, None
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    intercept = my - slope * mx
    return rated, float(round(slope * 86_400_000_000 * 30, 2)), round(intercept), round(intercept + slope * xs[-1])


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_journals_summed_up_match_the_plan(tmp_path, seed):
    plan = plan_mod.random_plan(seed, 160)
    with Journal.open(tmp_path / "journal", create=True) as journal:
        plan_mod.build(journal, plan)
        for rng, bucket in ((DateRange(date(2025, 1, 1), date(2025, 12, 31)), "month"),
                            (DateRange(date(2025, 3, 10), date(2025, 6, 1)), "week"),
                            (DateRange(date(2025, 5, 3), date(2025, 5, 30)), "day")):
            report = cycles.cycle_report(journal, rng, entries=False)
            texts = {text for m in plan for text, _v in m.beliefs if _in_range(m, rng)}
            assert {t.text for t in report.beliefs} == texts
            for trend in report.beliefs:
                rated, slope, start, end = _exact_trend(plan, rng, trend.text)
                values = [v for _at, v in rated]
                assert (trend.ratings, trend.mean) == (len(values), sum(values) / len(values) if values else None)
                assert (trend.slope_per_30_days, trend.start, trend.end) == (slope, start, end)
                assert (trend.first_day, trend.last_day) == ((_day(rated[0][0]), _day(rated[-1][0])) if rated
                                                             else (None, None))
                means: dict[date, list[int]] = {}
                for at, v in rated:
                    means.setdefault(_bucket_of(_day(at), bucket), []).append(v)
                assert trend.summary is not None and trend.summary.bucket == bucket
                assert [(m.start, m.ratings, m.total) for m in trend.summary.means] == [
                    (d, len(vs), sum(vs)) for d, vs in sorted(means.items())]
                kept = len(values) <= 24
                assert [(p.day, p.strength) for p in trend.points] == (
                    [(_day(at), v) for at, v in rated] if kept else [])
            for cycle in report.people:
                moments, needed, repaired, hours = expected_repair(plan, rng, cycle.name)
                r = cycle.repair
                assert (r.moments, r.needed, r.repaired, r.points) == (moments, needed, repaired, ())
                assert (r.linked, r.within_a_day) == (len(hours), sum(h <= 24 for _, h, _ in hours))
                assert r.median_hours == (median(h for _, h, _ in hours) if hours else None)
                assert r.reached_first() == {key: sum(f == key for *_, f in hours) for key in ("me", "them", None)}
                series = cycle.repair_series
                assert series is not None and series.bucket == bucket
                per: dict[date, list[float]] = {}
                for day, h, _f in hours:
                    per.setdefault(_bucket_of(day, bucket), []).append(h)
                assert {s: (m, n) for s, m, n in zip(series.starts, series.median_hours, series.counts) if n} == {
                    s: (median(hs), len(hs)) for s, hs in per.items()}


def _in_range(m: Moment, rng: DateRange) -> bool:
    return not m.trashed and rng.start <= _day(m.at) <= rng.end


def test_the_moments_behind_a_beliefs_mean_are_looked_up(planted):
    journal, ids = planted
    leave = journal.belief("They'll leave").id
    april = DateRange(date(2025, 4, 1), date(2025, 4, 30))
    want = tuple(sorted(ids[m.at] for m in PLAN if not m.trashed and _day(m.at).month == 4
                        and any(b == "They'll leave" and v is not None for b, v in m.beliefs)))
    assert want
    asked = MomentsAsked("belief", april.start, april.end, belief_id=leave)
    assert cycles.chain_entries(journal, HALF_YEAR, [asked]) == want
    alex = (journal.person("Alex").id,)
    assert cycles.chain_entries(journal, HALF_YEAR, [replace(asked, people=alex)]) == tuple(
        i for i, m in zip(want, sorted((m for m in PLAN if ids.get(m.at) in want), key=lambda m: ids[m.at]))
        if "Alex" in m.people)
