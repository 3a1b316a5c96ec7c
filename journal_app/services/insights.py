"""Plain, kind sentences about a PatternReport. Each one can be checked against the report's numbers; no
diagnoses, no advice. With few entries the sentences say so instead of claiming a trend. Qt-free.

Honest numbers (issue 15):
- A period is compared with the one before only when the journal covered all of it (report.previous is set);
  otherwise one sentence says there is nothing earlier to compare with, and no count says "up" or "down".
- Every comparison says how many entries were written in each period. When those numbers differ by more than
  a quarter (of the larger), counts alone would mislead, so each trigger's sentence gives its share of the
  entries too: "in 6 of 20 entries (30%), against 4 of 8 (50%)".
- Naming a need is a share of the triggered moments where what-I-did was recorded; repair a share of the
  moments where repair was needed and answered. With nothing recorded there is no share, and a kind sentence
  says what would fill it.
- Ties are named as ties: "Sam and Alex, 3 each".

Every sentence is whole in the catalog (journal_app.core.i18n, context "insights"), its numbers and names as named
arguments and its plurals by the language's rule, so a translation can order the words its own way.

Two voices (`voice`), as in services/cycle_sentences.py: "you" on screen (Patterns, `journal-app stats`), where the
app speaks to the person, and "me" in the summary they hand to their therapist, in their own first person ("I wrote
6 entries", "my journal began", "we came back together"). Each voice has its own catalog messages; the numbers and
their order are the same in both."""

from __future__ import annotations

from datetime import date
from typing import Literal

from journal_app.core.i18n import QT_TRANSLATE_NOOP, facts, ntrans, number, short_date, trans, translate
from journal_app.models.analytics_values import PatternReport, ResponseTotals, TriggerTotals

FEW_ENTRIES = 5
INTENSITY_STEP = 0.5  # a smaller change in mean intensity is not worth a sentence
RATE_GAP = 0.25  # entry counts differing by more than this share of the larger: sentences give shares too
Voice = Literal["you", "me"]


def range_words(report: PatternReport, today: date | None = None) -> tuple[str, str]:
    """('in the last 4 weeks', 'in the 4 weeks before') for a preset ending today, else
    ('in this period', 'in the period before')."""
    if report.range.end == (today or date.today()):
        if report.range.days == 28:
            return trans("insights", "in the last 4 weeks"), trans("insights", "in the 4 weeks before")
        if report.range.days == 91:
            return trans("insights", "in the last 3 months"), trans("insights", "in the 3 months before")
        if report.range.days == 365:
            return trans("insights", "in the last 12 months"), trans("insights", "in the 12 months before")
    return trans("insights", "in this period"), trans("insights", "in the period before")


def previous_words(report: PatternReport, today: date | None = None) -> str:
    """The period before, as a table's heading says it: 'the 4 weeks before', or 'the period before'."""
    if report.range.end == (today or date.today()):
        if report.range.days == 28:
            return trans("insights", "the 4 weeks before")
        if report.range.days == 91:
            return trans("insights", "the 3 months before")
        if report.range.days == 365:
            return trans("insights", "the 12 months before")
    return trans("insights", "the period before")


def percent(part: int, whole: int) -> int:
    """part / whole as a whole percentage, halves rounded up (5 of 8 is 63%)."""
    return (200 * part + whole) // (2 * whole)


def rates_differ(entries: int, previous: int) -> bool:
    """True when the numbers of entries written differ by more than a quarter of the larger."""
    return abs(entries - previous) > RATE_GAP * max(entries, previous)


def joined(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(items) == 1:
        return items[0]
    return trans("insights", "{items} and {last}", items=", ".join(items[:-1]), last=items[-1])


def _mid(name: str) -> str:
    """A trigger's name inside a sentence: lower-case in English (names are written like 'Abandonment fear'),
    as written where the language capitalises nouns (German)."""
    return name.lower() if facts().lower_case_names else name


def _first(name: str) -> str:
    return name[:1].upper() + name[1:]


def _times(n: int) -> str:
    """'once', 'twice', '3 times'."""
    return trans("insights", "twice") if n == 2 else ntrans("insights", "%n time(s)", n)


def _in_entries(n: int, entries: int) -> str:
    """'6 of 20 entries (30%)'."""
    return ntrans("insights", "{n} of %n entry(s) ({percent}%)", entries, n=n, percent=percent(n, entries))


def comparison_note(report: PatternReport, before: str, voice: Voice = "you") -> str | None:
    """Why there is no comparison, when there is none."""
    me = voice == "me"
    if report.previous is not None:
        if report.previous_entries == 0:
            if report.shared_only:
                return trans("insights", "There are no shared entries {before}, so there is nothing to compare "
                             "with.", before=before)
            return (trans("insights", "I wrote no entries {before}, so there is nothing to compare with.",
                          before=before) if me else
                    trans("insights", "You wrote no entries {before}, so there is nothing to compare with.",
                          before=before))
        return None
    first = report.first_day
    if first is None or first == report.range.start:
        return (trans("insights", "There is nothing earlier to compare with: this period starts with my first "
                      "entry.") if me else
                trans("insights", "There is nothing earlier to compare with: this period starts with your first "
                      "entry."))
    day = short_date(first)
    if first > report.range.start:
        return (trans("insights", "My journal began on {date}, within this period, so there is nothing earlier "
                      "to compare with.", date=day) if me else
                trans("insights", "Your journal began on {date}, within this period, so there is nothing earlier "
                      "to compare with.", date=day))
    return (trans("insights", "My journal began on {date}, partway through the period before, so the two "
                  "periods are not compared.", date=day) if me else
            trans("insights", "Your journal began on {date}, partway through the period before, so the two "
                  "periods are not compared.", date=day))


def _entries_sentence(report: PatternReport, now: str, before: str, voice: Voice = "you") -> str:
    n, p = report.entries, report.previous_entries or 0
    if report.shared_only:  # the numbers count only what the person marked "may share": say so, not "wrote"
        return ntrans("insights", "There are %n shared entry(s) {now} and {previous} {before}.", n,
                      now=now, previous=p, before=before)
    if voice == "me":
        return ntrans("insights", "I wrote %n entry(s) {now} and {previous} {before}.", n,
                      now=now, previous=p, before=before)
    return ntrans("insights", "You wrote %n entry(s) {now} and {previous} {before}.", n,
                  now=now, previous=p, before=before)


def _count_sentence(t: TriggerTotals, now: str, before: str, compare: bool,
                    entries: tuple[int, int] | None = None) -> str:
    """One trigger's count, compared with the period before when `compare`; with `entries` (entries written
    in this period and the one before) differing by more than a quarter, as shares of the entries too."""
    name = _first(t.name)
    n, p = entries or (0, 0)
    prev = t.previous_count or 0
    if compare and entries is not None and rates_differ(n, p):
        return _count_share_sentence(t, name, now, before, (n, p))
    if t.count == 0:
        return trans("insights", "{name} did not come up {now}; it came up {times} {before}.", name=name, now=now,
                     times=_times(prev), before=before)
    if not compare:
        return trans("insights", "{name} came up {times} {now}.", name=name, times=_times(t.count), now=now)
    words = {"name": name, "times": _times(t.count), "now": now, "before": before, "previous": prev}
    if prev == 0:
        return trans("insights", "{name} came up {times} {now}, and not at all {before}.", **words)
    if prev == t.count:
        return trans("insights", "{name} came up {times} {now}, the same as {before}.", **words)
    if t.count < prev:
        return trans("insights", "{name} came up {times} {now}, down from {previous} {before}.", **words)
    return trans("insights", "{name} came up {times} {now}, up from {previous} {before}.", **words)


def _count_share_sentence(t: TriggerTotals, name: str, now: str, before: str, entries: tuple[int, int]) -> str:
    """_count_sentence when the entries written differ by more than a quarter: shares of the entries too."""
    n, p = entries
    prev = t.previous_count or 0
    if t.count == 0:
        return trans("insights", "{name} did not come up {now}; it came up in {share} {before}.", name=name,
                     now=now, share=_in_entries(prev, p), before=before)
    share = _in_entries(t.count, n)
    if prev == 0:
        return ntrans("insights", "{name} came up in {share} {now}, and in none of the %n entry(s) {before}.", p,
                      name=name, share=share, now=now, before=before)
    return trans("insights", "{name} came up in {share} {now}, against {previous} {before}.", name=name,
                 share=share, now=now, previous=_share(prev, p), before=before)


def _intensity_sentence(t: TriggerTotals) -> str | None:
    now, before = t.mean_intensity, t.previous_mean_intensity
    if now is None or before is None or abs(now - before) < INTENSITY_STEP:
        return None
    words = {"name": _first(t.name), "now": number(now, 1), "before": number(before, 1)}
    if now < before:
        return trans("insights", "{name} moments felt less intense on average: {now}, down from {before}.",
                     **words)
    return trans("insights", "{name} moments felt more intense on average: {now}, up from {before}.", **words)


def top_people(report: PatternReport, slug: str) -> tuple[list[str], int]:
    """The people most often in a trigger's moments (several when tied) and how many moments each."""
    m = report.trigger_person
    if slug not in m.row_keys:
        return [], 0
    row = m.values[m.row_keys.index(slug)]
    top = max(row, default=0)
    return ([m.column_labels[i] for i, v in enumerate(row) if v == top] if top else []), top


def _person_sentence(report: PatternReport, t: TriggerTotals) -> str | None:
    """Who was there most often, when more than half of the moments involved them; ties named as ties."""
    if t.count < 2:
        return None
    names, top = top_people(report, t.slug)
    if not names or top * 2 <= t.count:
        return None
    words = {"trigger": _mid(t.name), "who": joined(names), "top": top}
    if top == t.count:  # (a name shown by its initial ends with its own full stop: "... involved S.")
        return _one_full_stop(ntrans("insights", "All %n {trigger} moments involved {who}.", t.count, **words))
    if len(names) == 1:
        return ntrans("insights", "Most {trigger} moments involved {who} ({top} of %n).", t.count, **words)
    return ntrans("insights", "Most {trigger} moments involved {who}, {top} each (of %n).", t.count, **words)


def _one_full_stop(sentence: str) -> str:
    """The sentence ending in one full stop where a name ending in one (an initial) came just before it."""
    return sentence[:-1] if sentence.endswith("..") and not sentence.endswith("...") else sentence


def top_pairs(report: PatternReport) -> tuple[list[tuple[str, str]], int]:
    """The pairs of triggers that came up together most often (several when tied), when at least twice."""
    m = report.co_occurrence
    pairs = [(m.values[i][j], i, j) for i in range(len(m.row_keys)) for j in range(i + 1, len(m.row_keys))]
    top = max((v for v, _i, _j in pairs), default=0)
    if top < 2:
        return [], top
    return [(m.row_labels[i], m.row_labels[j]) for v, i, j in pairs if v == top], top


def _together_sentence(report: PatternReport) -> str | None:
    pairs, n = top_pairs(report)
    if not pairs:
        return None
    if len(pairs) == 1:
        a, b = pairs[0]
        return ntrans("insights", "{first} and {second} came up together in %n entry(s).", n, first=_first(a),
                      second=_mid(b))
    named = [trans("insights", "{first} with {second}", first=_mid(a), second=_mid(b)) for a, b in pairs]
    return ntrans("insights", "These came up together in %n entry(s) each: {pairs}.", n, pairs=joined(named))


def _opening(report: PatternReport, now: str) -> str | None:
    """The sentence that says how little there is to go on: no entries, or fewer than FEW_ENTRIES."""
    n = report.entries
    if report.shared_only:
        if n == 0:
            return trans("insights", "There are no shared entries {now}, so there are no patterns to show yet.",
                         now=now)
        return ntrans("insights", "There are only %n shared entry(s) {now}, so these are early glimpses, not "
                      "trends.", n, now=now) if n < FEW_ENTRIES else None
    if n == 0:
        return trans("insights", "There are no entries {now}, so there are no patterns to show yet.", now=now)
    return ntrans("insights", "There are only %n entry(s) {now}, so these are early glimpses, not trends.", n,
                  now=now) if n < FEW_ENTRIES else None


def sentences(report: PatternReport, today: date | None = None, voice: Voice = "you") -> tuple[str, ...]:
    """The sentences about a report: `voice` "you" on screen and in `journal-app stats`, "me" in the summary (the
    person's own words to their therapist)."""
    now, before = range_words(report, today)
    opening = _opening(report, now)
    if report.entries == 0:
        return (str(opening),)
    out: list[str] = [opening] if opening else []
    few = report.entries < FEW_ENTRIES
    note = None if few else comparison_note(report, before, voice)  # few entries: the hedge above says enough
    compare = note is None and not few
    if note:
        out.append(note)
    elif compare:
        out.append(_entries_sentence(report, now, before, voice))
    totals = sorted(
        (t for t in report.totals if t.count or (t.previous_count and compare)),
        key=lambda t: -t.count,  # stable: ties keep the journal's trigger order
    )
    for t in totals:
        out.append(_count_sentence(t, now, before, compare, (report.entries, report.previous_entries or 0)))
        if not few:
            for extra in (_intensity_sentence(t) if compare else None, _person_sentence(report, t)):
                if extra:
                    out.append(extra)
    if not few:
        together = _together_sentence(report)
        if together:
            out.append(together)
    out.extend(_security_sentences(report, now, before, compare, voice))
    return tuple(out)


def _share(n: int, m: int) -> str:
    """'6 of 20 (30%)'."""
    return trans("insights", "{n} of {total} ({percent}%)", n=n, total=m, percent=percent(n, m))


NOTHING_RECORDED = QT_TRANSLATE_NOOP(
    "insights",
    "Nothing is noted yet about what you did in these triggered moments. Ticking what you did, and whether there "
    "was repair, lets this show how it changes over time.")
# the same in the summary, in the person's own first person (no advice on what to tick: it is their report)
NOTHING_RECORDED_MINE = QT_TRANSLATE_NOOP(
    "insights",
    "Nothing is noted yet about what I did in these triggered moments, or whether we came back together "
    "afterwards.")


def _security_sentences(report: PatternReport, now: str, before: str, compare: bool,
                        voice: Voice = "you") -> list[str]:
    """Naming a need directly (over moments where what-I-did was recorded) and repair (over moments where repair
    was needed and answered), each compared only when the period before is compared and has its own."""
    cur = report.responses
    prev: ResponseTotals | None = report.previous_responses if compare else None
    if cur is None or cur.moments == 0:
        return []
    if cur.recorded == 0 and cur.repair_answered == 0:
        return [translate("insights", NOTHING_RECORDED_MINE if voice == "me" else NOTHING_RECORDED)]
    if voice == "me":
        return [_my_need_sentence(cur, prev, now, before), _our_repair_sentence(cur, prev, now, before)]
    return [_need_sentence(cur, prev, now, before), _repair_sentence(cur, prev, now, before)]


def _need_sentence(cur: ResponseTotals, prev: ResponseTotals | None, now: str, before: str) -> str:
    if not cur.recorded:
        return trans("insights", "What you did was not noted in any triggered moment {now}, so there is no share "
                     "for naming a need yet.", now=now)
    words = {"now": now, "share": _share(cur.named_need, cur.recorded), "before": before}
    if prev is not None and prev.recorded:
        return trans("insights", "In the triggered moments where you noted what you did {now}, you named your "
                     "need directly in {share}, against {previous} {before}.",
                     previous=_share(prev.named_need, prev.recorded), **words)
    if prev is not None:
        return trans("insights", "In the triggered moments where you noted what you did {now}, you named your "
                     "need directly in {share}; nothing was noted {before}.", **words)
    return trans("insights", "In the triggered moments where you noted what you did {now}, you named your need "
                 "directly in {share}.", **words)


def _repair_sentence(cur: ResponseTotals, prev: ResponseTotals | None, now: str, before: str) -> str:
    if not cur.repair_answered:
        return trans("insights", "Repair was not noted for any moment that needed it {now}, so there is no repair "
                     "share yet.", now=now)
    share = _share(cur.repaired, cur.repair_answered)
    if prev is not None and prev.repair_answered:
        return trans("insights", "Of the moments that needed repair {now}, {share} were repaired fully or partly, "
                     "against {previous} {before}.", now=now, share=share,
                     previous=_share(prev.repaired, prev.repair_answered), before=before)
    return trans("insights", "Of the moments that needed repair {now}, {share} were repaired fully or partly.",
                 now=now, share=share)


def _my_need_sentence(cur: ResponseTotals, prev: ResponseTotals | None, now: str, before: str) -> str:
    """_need_sentence in the person's first person, for the summary."""
    if not cur.recorded:
        return trans("insights", "What I did was not noted in any triggered moment {now}, so there is no share "
                     "for naming a need yet.", now=now)
    words = {"now": now, "share": _share(cur.named_need, cur.recorded), "before": before}
    if prev is not None and prev.recorded:
        return trans("insights", "In the triggered moments where I noted what I did {now}, I named my need "
                     "directly in {share}, against {previous} {before}.",
                     previous=_share(prev.named_need, prev.recorded), **words)
    if prev is not None:
        return trans("insights", "In the triggered moments where I noted what I did {now}, I named my need "
                     "directly in {share}; nothing was noted {before}.", **words)
    return trans("insights", "In the triggered moments where I noted what I did {now}, I named my need "
                 "directly in {share}.", **words)


def _our_repair_sentence(cur: ResponseTotals, prev: ResponseTotals | None, now: str, before: str) -> str:
    """_repair_sentence in the person's first person, for the summary: "we came back together"."""
    if not cur.repair_answered:
        return trans("insights", "Repair was not noted for any moment that needed it {now}, so there is no repair "
                     "share yet.", now=now)
    share = _share(cur.repaired, cur.repair_answered)
    if prev is not None and prev.repair_answered:
        return trans("insights", "Of the moments that needed repair {now}, we came back together fully or partly "
                     "in {share}, against {previous} {before}.", now=now, share=share,
                     previous=_share(prev.repaired, prev.repair_answered), before=before)
    return trans("insights", "Of the moments that needed repair {now}, we came back together fully or partly in "
                 "{share}.", now=now, share=share)
