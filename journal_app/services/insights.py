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
- Ties are named as ties: "Sam and Alex, 3 each"."""

from __future__ import annotations

from datetime import date

from journal_app.models.analytics_values import PatternReport, ResponseTotals, TriggerTotals

FEW_ENTRIES = 5
INTENSITY_STEP = 0.5  # a smaller change in mean intensity is not worth a sentence
RATE_GAP = 0.25  # entry counts differing by more than this share of the larger: sentences give shares too
_NAMED_RANGES = {28: "4 weeks", 91: "3 months", 365: "12 months"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def range_words(report: PatternReport, today: date | None = None) -> tuple[str, str]:
    """('in the last 4 weeks', 'in the 4 weeks before') for a preset ending today, else
    ('in this period', 'in the period before')."""
    span = _NAMED_RANGES.get(report.range.days)
    if span and report.range.end == (today or date.today()):
        return f"in the last {span}", f"in the {span} before"
    return "in this period", "in the period before"


def percent(part: int, whole: int) -> int:
    """part / whole as a whole percentage, halves rounded up (5 of 8 is 63%)."""
    return (200 * part + whole) // (2 * whole)


def rates_differ(entries: int, previous: int) -> bool:
    """True when the numbers of entries written differ by more than a quarter of the larger."""
    return abs(entries - previous) > RATE_GAP * max(entries, previous)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def joined(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _day(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _mid(name: str) -> str:
    """A trigger's name inside a sentence: lower-case (names are written like 'Abandonment fear')."""
    return name.lower()


def _first(name: str) -> str:
    return name[:1].upper() + name[1:]


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _in_entries(n: int, entries: int) -> str:
    """'6 of 20 entries (30%)'."""
    return f"{n} of {plural(entries, 'entry', 'entries')} ({percent(n, entries)}%)"


def comparison_note(report: PatternReport, before: str) -> str | None:
    """Why there is no comparison, when there is none."""
    if report.previous is not None:
        if report.previous_entries == 0:
            if report.shared_only:
                return f"There are no shared entries {before}, so there is nothing to compare with."
            return f"You wrote no entries {before}, so there is nothing to compare with."
        return None
    first = report.first_day
    if first is None or first == report.range.start:
        return "There is nothing earlier to compare with: this period starts with your first entry."
    if first > report.range.start:
        return f"Your journal began on {_day(first)}, within this period, so there is nothing earlier to compare with."
    return (f"Your journal began on {_day(first)}, partway through the period before, so the two periods "
            "are not compared.")


def _entries_sentence(report: PatternReport, now: str, before: str) -> str:
    n, p = report.entries, report.previous_entries or 0
    if report.shared_only:  # the numbers count only what the person marked "may share": say so, not "wrote"
        return (f"There {'is' if n == 1 else 'are'} {plural(n, 'shared entry', 'shared entries')} "
                f"{now} and {p} {before}.")
    return f"You wrote {plural(n, 'entry', 'entries')} {now} and {p} {before}."


def _count_sentence(t: TriggerTotals, now: str, before: str, compare: bool,
                    entries: tuple[int, int] | None = None) -> str:
    """One trigger's count, compared with the period before when `compare`; with `entries` (entries written
    in this period and the one before) differing by more than a quarter, as shares of the entries too."""
    name = _first(t.name)
    n, p = entries or (0, 0)
    prev = t.previous_count or 0
    rates = compare and entries is not None and rates_differ(n, p)
    if t.count == 0:
        then = f"in {_in_entries(prev, p)}" if rates else _times(prev)
        return f"{name} did not come up {now}; it came up {then} {before}."
    if not compare:
        return f"{name} came up {_times(t.count)} {now}."
    if rates:
        head = f"{name} came up in {_in_entries(t.count, n)} {now}"
        if prev == 0:
            return f"{head}, and in none of the {plural(p, 'entry', 'entries')} {before}."
        return f"{head}, against {prev} of {p} ({percent(prev, p)}%) {before}."
    head = f"{name} came up {_times(t.count)} {now}"
    if prev == 0:
        return f"{head}, and not at all {before}."
    if prev == t.count:
        return f"{head}, the same as {before}."
    direction = "down" if t.count < prev else "up"
    return f"{head}, {direction} from {prev} {before}."


def _intensity_sentence(t: TriggerTotals) -> str | None:
    now, before = t.mean_intensity, t.previous_mean_intensity
    if now is None or before is None or abs(now - before) < INTENSITY_STEP:
        return None
    feel, direction = ("less", "down") if now < before else ("more", "up")
    return (f"{_first(t.name)} moments felt {feel} intense on average: {now:.1f}, "
            f"{direction} from {before:.1f}.")


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
    who = joined(names)
    if top == t.count:
        return f"All {t.count} {_mid(t.name)} moments involved {who}."
    if len(names) == 1:
        return f"Most {_mid(t.name)} moments involved {who} ({top} of {t.count})."
    return f"Most {_mid(t.name)} moments involved {who}, {top} each (of {t.count})."


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
        return f"{_first(a)} and {_mid(b)} came up together in {n} entries."
    named = [f"{_mid(a)} with {_mid(b)}" for a, b in pairs]
    return f"These came up together in {n} entries each: {joined(named)}."


def sentences(report: PatternReport, today: date | None = None) -> tuple[str, ...]:
    now, before = range_words(report, today)
    kind = "shared " if report.shared_only else ""
    if report.entries == 0:
        return (f"There are no {kind}entries {now}, so there are no patterns to show yet.",)
    out: list[str] = []
    few = report.entries < FEW_ENTRIES
    if report.entries == 1:
        out.append(f"There is only 1 {kind}entry {now}, so this is an early glimpse, not a trend.")
    elif few:
        out.append(f"There are only {report.entries} {kind}entries {now}, so these are early glimpses, not trends.")
    note = None if few else comparison_note(report, before)  # few entries: the hedge above says enough
    compare = note is None and not few
    if note:
        out.append(note)
    elif compare:
        out.append(_entries_sentence(report, now, before))
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
    out.extend(_security_sentences(report, now, before, compare))
    return tuple(out)


def _share(n: int, m: int) -> str:
    return f"{n} of {m} ({percent(n, m)}%)"


NOTHING_RECORDED = ("Nothing is noted yet about what you did in these triggered moments. Ticking what you did, "
                    "and whether there was repair, lets this show how it changes over time.")


def _security_sentences(report: PatternReport, now: str, before: str, compare: bool) -> list[str]:
    """Naming a need directly (over moments where what-I-did was recorded) and repair (over moments where repair
    was needed and answered), each compared only when the period before is compared and has its own."""
    cur = report.responses
    prev: ResponseTotals | None = report.previous_responses if compare else None
    if cur is None or cur.moments == 0:
        return []
    if cur.recorded == 0 and cur.repair_answered == 0:
        return [NOTHING_RECORDED]
    out = []
    if cur.recorded:
        head = (f"In the triggered moments where you noted what you did {now}, you named your need directly in "
                f"{_share(cur.named_need, cur.recorded)}")
        if prev is not None and prev.recorded:
            out.append(f"{head}, against {_share(prev.named_need, prev.recorded)} {before}.")
        elif prev is not None:
            out.append(f"{head}; nothing was noted {before}.")
        else:
            out.append(head + ".")
    else:
        out.append(f"What you did was not noted in any triggered moment {now}, so there is no share for naming "
                   "a need yet.")
    if cur.repair_answered:
        head = (f"Of the moments that needed repair {now}, {_share(cur.repaired, cur.repair_answered)} were "
                "repaired fully or partly")
        if prev is not None and prev.repair_answered:
            out.append(f"{head}, against {_share(prev.repaired, prev.repair_answered)} {before}.")
        else:
            out.append(head + ".")
    else:
        out.append(f"Repair was not noted for any moment that needed it {now}, so there is no repair share yet.")
    return out
