"""Plain, kind sentences about a PatternReport. Each one can be checked against the report's numbers; no
diagnoses, no advice. With few entries the sentences say so instead of claiming a trend. Qt-free."""

from __future__ import annotations

from datetime import date

from journal_app.models.analytics_values import PatternReport, TriggerTotals

FEW_ENTRIES = 5
INTENSITY_STEP = 0.5  # a smaller change in mean intensity is not worth a sentence
_NAMED_RANGES = {28: "4 weeks", 91: "3 months", 365: "12 months"}


def range_words(report: PatternReport, today: date | None = None) -> tuple[str, str]:
    """('in the last 4 weeks', 'in the 4 weeks before') for a preset ending today, else
    ('in this period', 'in the period before')."""
    span = _NAMED_RANGES.get(report.range.days)
    if span and report.range.end == (today or date.today()):
        return f"in the last {span}", f"in the {span} before"
    return "in this period", "in the period before"


def _mid(name: str) -> str:
    """A trigger's name inside a sentence: lower-case (names are written like 'Abandonment fear')."""
    return name.lower()


def _first(name: str) -> str:
    return name[:1].upper() + name[1:]


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _count_sentence(t: TriggerTotals, now: str, before: str, compare: bool) -> str:
    name = _first(t.name)
    if t.count == 0:
        return f"{name} did not come up {now}; it came up {_times(t.previous_count)} {before}."
    head = f"{name} came up {_times(t.count)} {now}"
    if not compare:
        return head + "."
    if t.previous_count == 0:
        return f"{head}, and not at all {before}."
    if t.previous_count == t.count:
        return f"{head}, the same as {before}."
    direction = "down" if t.count < t.previous_count else "up"
    return f"{head}, {direction} from {t.previous_count} {before}."


def _intensity_sentence(t: TriggerTotals) -> str | None:
    now, before = t.mean_intensity, t.previous_mean_intensity
    if now is None or before is None or abs(now - before) < INTENSITY_STEP:
        return None
    feel, direction = ("less", "down") if now < before else ("more", "up")
    return (f"{_first(t.name)} moments felt {feel} intense on average: {now:.1f}, "
            f"{direction} from {before:.1f}.")


def _person_sentence(report: PatternReport, t: TriggerTotals) -> str | None:
    m = report.trigger_person
    if t.slug not in m.row_keys or t.count < 2:
        return None
    row = m.values[m.row_keys.index(t.slug)]
    if not row:
        return None
    top = max(row)
    if top * 2 <= t.count or row.count(top) > 1:
        return None
    if top == t.count:
        return f"All {t.count} {_mid(t.name)} moments involved {m.column_labels[row.index(top)]}."
    return f"Most {_mid(t.name)} moments involved {m.column_labels[row.index(top)]} ({top} of {t.count})."


def _together_sentence(report: PatternReport) -> str | None:
    m = report.co_occurrence
    best = None
    for i in range(len(m.row_keys)):
        for j in range(i + 1, len(m.row_keys)):
            if m.values[i][j] >= 2 and (best is None or m.values[i][j] > best[0]):
                best = (m.values[i][j], i, j)
    if best is None:
        return None
    n, i, j = best
    return f"{_first(m.row_labels[i])} and {_mid(m.row_labels[j])} came up together in {n} entries."


def sentences(report: PatternReport, today: date | None = None) -> tuple[str, ...]:
    now, before = range_words(report, today)
    if report.entries == 0:
        return (f"There are no entries {now}, so there are no patterns to show yet.",)
    out: list[str] = []
    few = report.entries < FEW_ENTRIES
    if report.entries == 1:
        out.append(f"There is only 1 entry {now}, so this is an early glimpse, not a trend.")
    elif few:
        out.append(f"There are only {report.entries} entries {now}, so these are early glimpses, not trends.")
    totals = sorted(
        (t for t in report.totals if t.count or (t.previous_count and not few)),
        key=lambda t: -t.count,  # stable: ties keep the journal's trigger order
    )
    for t in totals:
        out.append(_count_sentence(t, now, before, compare=not few))
        if not few:
            for extra in (_intensity_sentence(t), _person_sentence(report, t)):
                if extra:
                    out.append(extra)
    if not few:
        together = _together_sentence(report)
        if together:
            out.append(together)
    out.extend(_security_sentences(report, now, before, compare=not few))
    return tuple(out)


def _of(n: int, m: int) -> str:
    return f"{n} of {m} triggered moment{'s' if m != 1 else ''}"


def _security_sentences(report: PatternReport, now: str, before: str, compare: bool) -> list[str]:
    """The "earned security" numbers: naming a need directly, and repair. Only once responses were logged."""
    cur, prev = report.responses, report.previous_responses
    if cur is None or cur.moments == 0 or not (cur.by_pattern or cur.repaired or (prev and prev.by_pattern)):
        return []
    out = []
    has_prev = compare and prev is not None and prev.moments > 0
    head = f"You named your need directly in {_of(cur.named_need, cur.moments)} {now}"
    if has_prev and (cur.named_need or prev.named_need):
        out.append(f"{head}, compared with {_of(prev.named_need, prev.moments)} {before}.")
    elif cur.named_need:
        out.append(head + ".")
    if cur.repaired or (has_prev and prev.repaired):
        head = f"There was repair, fully or partly, after {_of(cur.repaired, cur.moments)} {now}"
        out.append(f"{head}, compared with {_of(prev.repaired, prev.moments)} {before}." if has_prev else head + ".")
    return out
