"""The oracle (issue 15, acceptance): every number the Patterns view, the summary and `stats --json` state is
worked out again here from the raw entries, in plain Python (no SQL, no app code for time zones: local days come
from zoneinfo), and compared with the app's results on hypothesis-generated journals: dates across daylight-saving
changes, shared and private entries, some in the Trash, responses and repair present or absent, every range
preset including "All time", journals younger than the range, and counting all entries or only shared ones.

The sentences are checked too: each one is parsed, and every number in it must be the oracle's (counts,
changes, entries written in each period, shares with their denominators, means, the top person with ties, the
pair of triggers that came up together most often). A sentence that no check recognises fails the test, so no
number reaches the reader unchecked.

CI-sized: JOURNAL_APP_ORACLE_EXAMPLES examples (default 30)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journal_app.models.values import RESPONSE_KEYS, EntryForm, TriggerMark
from journal_app.services import analytics, insights

ZONE = ZoneInfo("Europe/Berlin")  # the suite's TZ (tests/conftest.py)
TODAY = date.today()
SLUGS = ("abandonment-fear", "withdrawal", "push-pull")
NAMES = {"abandonment-fear": "Abandonment fear", "withdrawal": "Withdrawal", "push-pull": "Push-pull"}
PEOPLE = ("Sam", "Alex", "Mum")
GROUPS = {"sought-reassurance": "reassurance", "kept-checking": "reassurance", "went-quiet": "withdrawing",
          "left-or-distracted": "withdrawing", "pushed-then-pulled": "push-pull", "named-my-need": "reaching-out",
          "paused-first": "reaching-out"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EXAMPLES = int(os.environ.get("JOURNAL_APP_ORACLE_EXAMPLES", "30"))


def _dst_days_back(limit: int = 800) -> list[int]:
    """How many days ago each daylight-saving change of the last `limit` days happened (local noon offsets)."""
    out = []
    for back in range(limit):
        day = TODAY - timedelta(days=back)
        noon = datetime.combine(day, time(12), ZONE).utcoffset()
        if noon != datetime.combine(day - timedelta(days=1), time(12), ZONE).utcoffset():
            out.append(back)
    return out


DST_BACK = _dst_days_back()
assert len(DST_BACK) >= 4  # spring and autumn, twice

ENTRY = st.fixed_dictionaries({
    "back": st.one_of(st.integers(0, 800), st.sampled_from(DST_BACK)),
    "minute": st.one_of(st.integers(0, 1439), st.integers(0, 240)),  # the small hours, when the clocks change
    "marks": st.dictionaries(st.sampled_from(SLUGS), st.one_of(st.none(), st.integers(0, 10)), max_size=3),
    "people": st.sets(st.sampled_from(PEOPLE), max_size=3),
    "shared": st.booleans(),
    "responses": st.sets(st.sampled_from(RESPONSE_KEYS), max_size=3),
    "repair": st.sampled_from([None, None, "yes", "partly", "not-yet", "not-needed"]),
    "trashed": st.sampled_from([False] * 7 + [True]),
})
JOURNAL = st.fixed_dictionaries({
    "age": st.sampled_from([3, 20, 45, 60, 120, 200, 800]),  # days back the journal may reach
    "entries": st.integers(0, 45).flatmap(lambda n: st.lists(ENTRY, min_size=n, max_size=n)),
    "session_back": st.one_of(st.none(), st.integers(0, 90)),
})


@dataclass(frozen=True)
class Raw:
    day: date  # local day, from zoneinfo
    marks: dict
    people: frozenset
    shared: bool
    responses: frozenset
    repair: str | None
    trashed: bool


# -- the oracle: plain Python over the raw entries -----------------------------------------------------------
def pct(n: int, m: int) -> int:
    return int(Fraction(100 * n, m) + Fraction(1, 2))


def share(n: int, m: int) -> float | None:
    return round(n / m, 3) if m else None


def mean2(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def responses_of(moments: list[Raw]) -> dict:
    triggered = [e for e in moments if e.marks]
    recorded = [e for e in triggered if e.responses]
    answered = [e for e in triggered if e.repair in ("yes", "partly", "not-yet")]
    return {
        "moments": len(triggered), "recorded": len(recorded),
        "groups": {g: sum(1 for e in triggered if any(GROUPS[r] == g for r in e.responses))
                   for g in dict.fromkeys(GROUPS.values())},
        "named": sum(1 for e in triggered if "named-my-need" in e.responses),
        "answered": len(answered), "repaired": sum(1 for e in answered if e.repair in ("yes", "partly")),
    }


@dataclass
class Expected:
    shared_only: bool
    rng: analytics.DateRange
    first: date | None
    entries: int
    previous: analytics.DateRange | None
    previous_entries: int | None
    count: dict
    previous_count: dict
    mean: dict
    previous_mean: dict
    people: dict  # (slug, person) -> entries with both
    together: dict  # (slug, slug) -> entries with both, diagonal included
    did: dict
    did_before: dict | None


def expect(raw: list[Raw], rng: analytics.DateRange, shared_only: bool) -> Expected:
    alive = [e for e in raw if not e.trashed]
    first = min((e.day for e in alive), default=None)
    counted = [e for e in alive if e.shared or not shared_only]
    now = [e for e in counted if rng.start <= e.day <= rng.end]
    days = (rng.end - rng.start).days + 1
    before_rng = analytics.DateRange(rng.start - timedelta(days=days), rng.start - timedelta(days=1))
    compared = first is not None and first <= before_rng.start
    before = [e for e in counted if before_rng.start <= e.day <= before_rng.end] if compared else []

    def counts(entries):
        return {s: sum(1 for e in entries if s in e.marks) for s in SLUGS}

    def means(entries):
        return {s: mean2([e.marks[s] for e in entries if e.marks.get(s) is not None]) for s in SLUGS}

    people = {}
    together = {}
    for e in now:
        for s in e.marks:
            for p in e.people:
                people[(s, p)] = people.get((s, p), 0) + 1
            for s2 in e.marks:
                together[(s, s2)] = together.get((s, s2), 0) + 1
    return Expected(
        shared_only=shared_only, rng=rng, first=first, entries=len(now), previous=before_rng if compared else None,
        previous_entries=len(before) if compared else None, count=counts(now),
        previous_count=counts(before) if compared else dict.fromkeys(SLUGS),
        mean=means(now), previous_mean=means(before) if compared else dict.fromkeys(SLUGS),
        people=people, together=together, did=responses_of(now),
        did_before=responses_of(before) if compared else None,
    )


# -- comparing the report's numbers --------------------------------------------------------------------------
def check_report(report, exp: Expected) -> None:
    assert report.range == exp.rng
    assert report.entries == exp.entries
    assert report.previous == exp.previous and report.previous_entries == exp.previous_entries
    totals = {t.slug: t for t in report.totals}
    assert set(totals) == set(SLUGS)
    for s in SLUGS:
        t = totals[s]
        assert (t.count, t.mean_intensity) == (exp.count[s], exp.mean[s]), s
        assert (t.previous_count, t.previous_mean_intensity) == (exp.previous_count[s], exp.previous_mean[s]), s
    m = report.trigger_person
    got = {(m.row_keys[r], m.column_labels[c]): v for r, row in enumerate(m.values) for c, v in enumerate(row) if v}
    assert got == exp.people
    m = report.co_occurrence
    got = {(m.row_keys[r], m.column_keys[c]): v for r, row in enumerate(m.values) for c, v in enumerate(row) if v}
    assert got == exp.together
    for did, want in ((report.responses, exp.did), (report.previous_responses, exp.did_before)):
        if want is None:
            assert did is None
            continue
        assert (did.moments, did.recorded, did.named_need, did.repair_answered, did.repaired) == (
            want["moments"], want["recorded"], want["named"], want["answered"], want["repaired"])
        assert {g: did.by_pattern.get(g, 0) for g in want["groups"]} == want["groups"]
        assert did.named_share == share(want["named"], want["recorded"])
        assert did.repair_share == share(want["repaired"], want["answered"])
        assert all(did.share(g) == share(n, want["recorded"]) for g, n in want["groups"].items())
    # the chart series add up to the totals
    assert sum(report.heatmap.entries) == exp.entries
    for s in SLUGS:
        assert sum(report.counts.counts[s]) == exp.count[s]
    series = report.response_series
    assert sum(series.moments) == exp.did["moments"] and sum(series.recorded) == exp.did["recorded"]
    assert sum(series.repair_answered) == exp.did["answered"] and sum(series.repaired) == exp.did["repaired"]


# -- checking every sentence --------------------------------------------------------------------------------
def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _entries(n: int) -> str:
    return f"{n} {'entry' if n == 1 else 'entries'}"


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def expected_sentences(exp: Expected, now: str, before: str) -> list[str]:
    """The sentences the rules promise, written from the oracle's numbers (see journal_app/services/insights.py)."""
    n = exp.entries
    kind = "shared " if exp.shared_only else ""
    if n == 0:
        return [f"There are no {kind}entries {now}, so there are no patterns to show yet."]
    out = []
    few = n < 5
    if n == 1:
        out.append(f"There is only 1 {kind}entry {now}, so this is an early glimpse, not a trend.")
    elif few:
        out.append(f"There are only {n} {kind}entries {now}, so these are early glimpses, not trends.")
    compare = False
    if not few:
        if exp.previous is None:
            if exp.first == exp.rng.start:
                out.append("There is nothing earlier to compare with: this period starts with your first entry.")
            elif exp.first > exp.rng.start:
                out.append(f"Your journal began on {_day(exp.first)}, within this period, so there is nothing "
                           "earlier to compare with.")
            else:
                out.append(f"Your journal began on {_day(exp.first)}, partway through the period before, so the "
                           "two periods are not compared.")
        elif exp.previous_entries == 0:
            out.append(f"There are no shared entries {before}, so there is nothing to compare with." if exp.shared_only
                       else f"You wrote no entries {before}, so there is nothing to compare with.")
        else:
            compare = True
            out.append(f"There are {n} shared entries {now} and {exp.previous_entries} {before}." if exp.shared_only
                       else f"You wrote {_entries(n)} {now} and {exp.previous_entries} {before}.")
    out += _trigger_sentences(exp, now, before, compare, few)
    if not few:
        out += _together_sentences(exp)
    out += _security_sentences(exp, now, before, compare)
    return out


def _trigger_sentences(exp: Expected, now: str, before: str, compare: bool, few: bool) -> list[str]:
    out = []
    n = exp.entries
    p = exp.previous_entries or 0
    rates = compare and abs(n - p) * 4 > max(n, p)
    shown = [s for s in SLUGS if exp.count[s] or (compare and exp.previous_count[s])]
    shown.sort(key=lambda s: -exp.count[s])
    for s in shown:
        name, c, pc = NAMES[s], exp.count[s], exp.previous_count[s] or 0
        if c == 0:
            then = f"in {pc} of {_entries(p)} ({pct(pc, p)}%)" if rates else _times(pc)
            out.append(f"{name} did not come up {now}; it came up {then} {before}.")
        elif not compare:
            out.append(f"{name} came up {_times(c)} {now}.")
        elif rates:
            head = f"{name} came up in {c} of {_entries(n)} ({pct(c, n)}%) {now}"
            out.append(f"{head}, and in none of the {_entries(p)} {before}." if pc == 0
                       else f"{head}, against {pc} of {p} ({pct(pc, p)}%) {before}.")
        else:
            head = f"{name} came up {_times(c)} {now}"
            out.append(f"{head}, and not at all {before}." if pc == 0 else f"{head}, the same as {before}."
                       if pc == c else f"{head}, {'down' if c < pc else 'up'} from {pc} {before}.")
        if few:
            continue
        mn, pm = exp.mean[s], exp.previous_mean[s]
        if compare and mn is not None and pm is not None and abs(mn - pm) >= 0.5:
            feel, way = ("less", "down") if mn < pm else ("more", "up")
            out.append(f"{name} moments felt {feel} intense on average: {mn:.1f}, {way} from {pm:.1f}.")
        row = {p_: v for (s_, p_), v in exp.people.items() if s_ == s}
        top = max(row.values(), default=0)
        if c >= 2 and top * 2 > c:
            order = sorted({p_ for (_s, p_) in exp.people},
                           key=lambda who: (-sum(v for (_s, w), v in exp.people.items() if w == who), who.casefold()))
            who = _joined([w for w in order if row.get(w) == top])
            tied = sum(1 for v in row.values() if v == top) > 1
            stop = "" if who.endswith(".") and not who.endswith("..") else "."  # an initial brings its own
            out.append(f"All {c} {name.lower()} moments involved {who}{stop}" if top == c else
                       f"Most {name.lower()} moments involved {who}, {top} each (of {c})." if tied else
                       f"Most {name.lower()} moments involved {who} ({top} of {c}).")
    return out


def _together_sentences(exp: Expected) -> list[str]:
    out = []
    used = [s for s in SLUGS if exp.count[s]]
    pairs = [(a, b) for i, a in enumerate(used) for b in used[i + 1:]]
    top = max((exp.together.get(pair, 0) for pair in pairs), default=0)
    best = [pair for pair in pairs if exp.together.get(pair, 0) == top]
    if top >= 2 and len(best) == 1:
        out.append(f"{NAMES[best[0][0]]} and {NAMES[best[0][1]].lower()} came up together in {top} entries.")
    elif top >= 2:
        named = [f"{NAMES[a].lower()} with {NAMES[b].lower()}" for a, b in best]
        out.append(f"These came up together in {top} entries each: {_joined(named)}.")
    return out


def _security_sentences(exp: Expected, now: str, before: str, compare: bool) -> list[str]:
    out = []
    did, was = exp.did, exp.did_before if compare else None
    if did["moments"] and not did["recorded"] and not did["answered"]:
        out.append(insights.NOTHING_RECORDED)
    elif did["moments"]:
        r = did["recorded"]
        if r:
            head = (f"In the triggered moments where you noted what you did {now}, you named your need directly "
                    f"in {did['named']} of {r} ({pct(did['named'], r)}%)")
            if was is not None and was["recorded"]:
                w = was["recorded"]
                out.append(f"{head}, against {was['named']} of {w} ({pct(was['named'], w)}%) {before}.")
            elif was is not None:
                out.append(f"{head}; nothing was noted {before}.")
            else:
                out.append(head + ".")
        else:
            out.append(f"What you did was not noted in any triggered moment {now}, so there is no share for "
                       "naming a need yet.")
        a = did["answered"]
        if a:
            head = (f"Of the moments that needed repair {now}, {did['repaired']} of {a} "
                    f"({pct(did['repaired'], a)}%) were repaired fully or partly")
            if was is not None and was["answered"]:
                w = was["answered"]
                out.append(f"{head}, against {was['repaired']} of {w} ({pct(was['repaired'], w)}%) {before}.")
            else:
                out.append(head + ".")
        else:
            out.append(f"Repair was not noted for any moment that needed it {now}, so there is no repair share "
                       "yet.")
    return out


def check_sentences(sentences, exp: Expected, today: date) -> None:
    span = {28: "4 weeks", 91: "3 months", 365: "12 months"}.get((exp.rng.end - exp.rng.start).days + 1)
    now, before = ((f"in the last {span}", f"in the {span} before") if span and exp.rng.end == today
                   else ("in this period", "in the period before"))
    assert list(sentences) == expected_sentences(exp, now, before)
    for sentence in sentences:  # a comparison never reaches before the first entry
        if exp.previous is None or exp.previous_entries == 0:
            assert not re.search(r"\b(up|down) from\b|against|not at all|the same as", sentence), sentence


# -- building the journal -------------------------------------------------------------------------------------
def build(folder: Path, spec: dict) -> tuple[list[Raw], date | None]:
    from journal_app.services.journal import Journal

    raw = []
    with Journal.open(folder, create=True) as journal:
        ids = {t.slug: t.id for t in journal.triggers()}
        people = {name: journal.add_person(name).id for name in PEOPLE}
        for i, e in enumerate(spec["entries"]):
            back = e["back"] % (spec["age"] + 1) if e["back"] not in DST_BACK else min(e["back"], spec["age"])
            local = datetime.combine(TODAY - timedelta(days=back), time(0)) + timedelta(minutes=e["minute"])
            saved = journal.save(EntryForm(
                occurred_at=local, title=f"moment {i}",
                triggers=tuple(TriggerMark(ids[s], level) for s, level in e["marks"].items()),
                person_ids=tuple(people[p] for p in sorted(e["people"])), shared=e["shared"],
                responses=tuple(sorted(e["responses"])), repair=e["repair"]))
            if e["trashed"]:
                journal.move_to_trash(saved.id)
            at = saved.occurred_at
            assert at.tzinfo is not None
            raw.append(Raw(at.astimezone(ZONE).date(), dict(e["marks"]), frozenset(e["people"]), e["shared"],
                           frozenset(e["responses"]), e["repair"], e["trashed"]))
        session = None
        if spec["session_back"] is not None:
            session = TODAY - timedelta(days=spec["session_back"])
    return raw, session


def oracle_ranges(raw: list[Raw], session: date | None) -> dict[str, analytics.DateRange]:
    first = min((e.day for e in raw if not e.trashed), default=TODAY)
    out = {"last-4-weeks": analytics.DateRange(TODAY - timedelta(days=27), TODAY),
           "last-3-months": analytics.DateRange(TODAY - timedelta(days=90), TODAY),
           "last-12-months": analytics.DateRange(TODAY - timedelta(days=364), TODAY),
           "all-time": analytics.DateRange(min(first, TODAY), TODAY)}
    if session is not None:
        out["since-last-session"] = analytics.DateRange(session, TODAY)
    return out


def stats_json(folder: Path, *argv: str) -> dict:
    from journal_app.cli import main as cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.run(cli.build_parser().parse_args(["--data-dir", str(folder), "stats", "--json", *argv]))
    assert code == 0
    return json.loads(out.getvalue())


def check_stats(data: dict, raw: list[Raw], rng: analytics.DateRange) -> None:
    """`stats --json` (which counts every entry, shared or not) against the oracle."""
    exp = expect(raw, rng, shared_only=False)
    alive = [e for e in raw if not e.trashed and rng.start <= e.day <= rng.end]
    assert data["entries"] == len(alive) == exp.entries
    for s in SLUGS:
        assert data["triggers"][s] == {"count": exp.count[s], "mean_intensity": exp.mean[s]}
        monday = rng.start - timedelta(days=rng.start.weekday())
        weeks = []
        while monday <= rng.end:
            weeks.append([monday.isoformat(), sum(1 for e in alive if s in e.marks
                                                  and monday <= e.day < monday + timedelta(days=7))])
            monday += timedelta(days=7)
        assert data["weekly"][s] == weeks
        c = data["counts"][s]
        assert c["count"] == exp.count[s] and c["share_of_entries"] == share(exp.count[s], exp.entries)
        assert c["previous_count"] == exp.previous_count[s]
        assert c["previous_share_of_entries"] == (None if exp.previous is None
                                                  else share(exp.previous_count[s], exp.previous_entries))
        assert (c["mean_intensity"], c["previous_mean_intensity"]) == (exp.mean[s], exp.previous_mean[s])
    assert data["range"] == {"from": rng.start.isoformat(), "to": rng.end.isoformat(), "entries": exp.entries}
    assert data["previous"] == (None if exp.previous is None else {
        "from": exp.previous.start.isoformat(), "to": exp.previous.end.isoformat(),
        "entries": exp.previous_entries})
    for key, want in (("responses", exp.did), ("previous_responses", exp.did_before)):
        if want is None:
            assert data[key] is None  # null, not 0
            continue
        r = want["recorded"]
        assert data[key] == {
            "moments": want["moments"], "recorded": r,
            "groups": {g: {"moments": want["groups"][g], "share": share(want["groups"][g], r)}
                       for g in ("reassurance", "withdrawing", "push-pull", "reaching-out")},
            "named_need": {"moments": want["named"], "of": r, "share": share(want["named"], r)},
            "repair": {"repaired": want["repaired"], "of": want["answered"],
                       "share": share(want["repaired"], want["answered"])},
        }
    check_sentences(data["insights"], exp, TODAY)


def _events(exp: Expected) -> None:
    """What kinds of case the examples reached (shown with --hypothesis-show-statistics)."""
    n, p = exp.entries, exp.previous_entries
    if exp.previous is None:
        event("no comparison (nothing earlier)")
    elif n >= 5 and p:
        event("compared, with shares of entries" if abs(n - p) * 4 > max(n, p) else "compared, counts only")
    if exp.did["moments"] and not exp.did["recorded"]:
        event("triggered moments, nothing noted")
    tops = [sorted(v for (s_, _p), v in exp.people.items() if s_ == s)[-2:] for s in SLUGS]
    if any(len(t) == 2 and t[0] == t[1] for t in tops):
        event("a tie for the top person")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=JOURNAL)
def test_every_number_matches_the_oracle(spec):
    from journal_app.services.journal import Journal

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        raw, session = build(folder, spec)
        ranges = oracle_ranges(raw, session)
        with Journal.open(folder) as journal:
            first = analytics.first_entry_day(journal)
            for key, rng in ranges.items():
                assert analytics.preset_range(key, TODAY, session, first_day=first) == rng
                for shared_only in (False, True):
                    report = analytics.pattern_report(journal, rng, today=TODAY, shared_only=shared_only)
                    exp = expect(raw, rng, shared_only)
                    _events(exp)
                    check_report(report, exp)
                    check_sentences(report.insights, exp, TODAY)
            assert analytics.compared_range(ranges["all-time"], first) is None  # "All time" has nothing before
        check_stats(stats_json(folder), raw, ranges["all-time"])
        four = ranges["last-4-weeks"]
        check_stats(stats_json(folder, "--from", four.start.isoformat(), "--to", four.end.isoformat()), raw, four)
