"""Kind, plain sentences about a CycleReport (services/cycles.py): the chain that came back most often with each
person, how repair went (and how it went in the period before, when the journal covered it), who reached out
first, and how true each belief felt over time. Qt-free.

Behaviour words only: what was felt, told, done; never a label for the person or for the people in their life.
Each sentence can be checked against the report's numbers. A person needs a few moments before a sentence is said
about them (FEW_MOMENTS), a belief a few ratings (FEW_RATINGS).

Every sentence is whole in the catalog (journal_app.core.i18n, context "cycle"), with its numbers and names as
named arguments and plurals by the language's rule. A chain is said as a lead and its steps, each step a phrase of
its own, joined by "; ", so a translation can order the words of each step its own way.

Two voices (`voice`): "you" on screen, where the app speaks to the person (Patterns ▸ Cycle), and "me" in the
summary they hand to their therapist, written in their own first person ("I told myself", "we came back together").
Each voice has its own catalog messages; the numbers and the order of the words are the same in both."""

from __future__ import annotations

from datetime import date
from typing import Literal

from journal_app.core.i18n import QT_TRANSLATE_NOOP, facts, ntrans, trans, translate
from journal_app.models.cycle_report import Chain, CycleReport, PersonCycle, RepairNumbers, Step
from journal_app.models.cycle_values import BUILTIN_MOVES

FEW_MOMENTS = 3
FEW_RATINGS = 3
STEADY_POINTS = 5  # a belief whose line moves less than this between its first and last rating "stayed about the same"
BELIEF_SENTENCES = 3
Voice = Literal["you", "me"]

# what I did, as a step of a chain (the keys of models.values.RESPONSES)
DID_PHRASES = {
    "sought-reassurance": QT_TRANSLATE_NOOP("cycle", "you sought reassurance"),
    "kept-checking": QT_TRANSLATE_NOOP("cycle", "you kept checking"),
    "went-quiet": QT_TRANSLATE_NOOP("cycle", "you went quiet"),
    "left-or-distracted": QT_TRANSLATE_NOOP("cycle", "you left or distracted yourself"),
    "pushed-then-pulled": QT_TRANSLATE_NOOP("cycle", "you pushed away, then pulled back"),
    "named-my-need": QT_TRANSLATE_NOOP("cycle", "you named your need directly"),
    "paused-first": QT_TRANSLATE_NOOP("cycle", "you paused and calmed yourself first"),
}
# the same in the summary, in the person's own first person
MY_DID_PHRASES = {
    "sought-reassurance": QT_TRANSLATE_NOOP("cycle", "I sought reassurance"),
    "kept-checking": QT_TRANSLATE_NOOP("cycle", "I kept checking"),
    "went-quiet": QT_TRANSLATE_NOOP("cycle", "I went quiet"),
    "left-or-distracted": QT_TRANSLATE_NOOP("cycle", "I left or distracted myself"),
    "pushed-then-pulled": QT_TRANSLATE_NOOP("cycle", "I pushed away, then pulled back"),
    "named-my-need": QT_TRANSLATE_NOOP("cycle", "I named my need directly"),
    "paused-first": QT_TRANSLATE_NOOP("cycle", "I paused and calmed myself first"),
}
# what they did, as a step of a chain (the built-in moves, under their own names)
THEY_PHRASES = {
    "reached-out": QT_TRANSLATE_NOOP("cycle", "{person} reached out"),
    "went-quiet": QT_TRANSLATE_NOOP("cycle", "{person} went quiet"),
    "criticised": QT_TRANSLATE_NOOP("cycle", "{person} criticised"),
    "reassured": QT_TRANSLATE_NOOP("cycle", "{person} reassured you"),
    "reassured-me": QT_TRANSLATE_NOOP("cycle", "{person} reassured me"),
    "pulled-away": QT_TRANSLATE_NOOP("cycle", "{person} pulled away"),
}
_BUILTIN_MOVE_NAMES = {m.slug: m.name for m in BUILTIN_MOVES}


def _mid(name: str) -> str:
    """A trigger's name inside a sentence: lower-case in English, as written in German (nouns capitalised)."""
    return name.lower() if facts().lower_case_names else name


def _first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _times(n: int) -> str:
    """'once', 'twice', '3 times'."""
    return trans("cycle", "twice") if n == 2 else ntrans("cycle", "%n time(s)", n)


def _duration(hours: float) -> str:
    """'3 hours', '2 days': whole hours up to two days, whole days after."""
    if hours < 48:
        return ntrans("cycle", "%n hour(s)", max(1, round(hours)))
    return ntrans("cycle", "%n day(s)", round(hours / 24))


def _they(step: Step, person: str, voice: Voice = "you") -> str:
    """What the person did, as a step: a built-in move under its own name in words of its own, else their name for
    it in quotes."""
    phrase = THEY_PHRASES.get("reassured-me" if voice == "me" and step.key == "reassured" else step.key or "")
    if phrase is not None and _BUILTIN_MOVE_NAMES.get(step.key or "") is not None:
        built = translate("moves", _BUILTIN_MOVE_NAMES[step.key or ""])
        if step.label == built:  # not renamed by the person
            return translate("cycle", phrase).format(person=person)
    return trans("cycle", "{person} did this: “{move}”", person=person, move=step.label)


def step_phrase(step: Step, person: str | None, voice: Voice = "you") -> str | None:
    """One step of a chain in words (None when nothing was recorded for it), in the voice asked for."""
    me = voice == "me"
    if step.key is None:
        return None
    if step.kind == "trigger":
        return trans("cycle", "{trigger} came up", trigger=_mid(step.label))
    if step.kind == "belief":
        return (trans("cycle", "I told myself “{belief}”", belief=step.label) if me else
                trans("cycle", "you told yourself “{belief}”", belief=step.label))
    if step.kind == "did":
        phrase = (MY_DID_PHRASES if me else DID_PHRASES).get(step.key)
        if phrase:
            return translate("cycle", phrase)
        return (trans("cycle", "I did this: “{did}”", did=step.label) if me else
                trans("cycle", "you did this: “{did}”", did=step.label))
    if step.kind == "they":
        return _they(step, person or "", voice)
    if step.key == "repaired":
        return trans("cycle", "we came back together") if me else trans("cycle", "you came back together")
    if step.key == "not-yet":
        return (trans("cycle", "we had not come back together yet") if me else
                trans("cycle", "it was not repaired yet"))
    return trans("cycle", "no repair was needed") if step.key == "not-needed" else None


def chain_sentence(cycle: PersonCycle, chain: Chain, voice: Voice = "you") -> str:
    """'With Sam, this came back most often, in 6 of 10 moments: abandonment fear came up; you told yourself
    “They'll leave”; you kept checking; Sam went quiet; you came back together.'"""
    lead = ntrans("cycle", "With {person}, this came back most often, in {n} of %n moment(s):", cycle.moments,
                  person=cycle.name, n=chain.count)
    phrases = [p for p in (step_phrase(s, cycle.name, voice) for s in chain.steps) if p]
    return f"{lead} {'; '.join(phrases)}."


def repair_sentences(cycle: PersonCycle, voice: Voice = "you") -> list[str]:
    """How repair went with one person: within a day over the moments that needed it (compared with the period
    before when it can be), how long half of the repairs took, and who reached out first. When no later entry
    links back to a repair, its time is not known: then only how many were repaired."""
    now, before = cycle.repair, cycle.previous_repair
    if not now.needed:
        return []
    me = voice == "me"
    if not now.linked:
        return [ntrans("cycle", "With {person}, we came back together in {k} of %n moment(s) that needed repair.",
                       now.needed, person=cycle.name, k=now.repaired) if me else
                ntrans("cycle", "With {person}, {k} of %n moment(s) that needed repair came to a repair.",
                       now.needed, person=cycle.name, k=now.repaired)]
    out = [_we_within_a_day(cycle.name, now, before) if me else _within_a_day(cycle.name, now, before)]
    median = now.median_hours
    if median is not None:
        out.append(ntrans("cycle", "Half of the %n repair(s) with {person} came within {time}.", now.linked,
                          person=cycle.name, time=_duration(median)))
    first = now.reached_first()
    if first["me"] or first["them"]:
        mine, theirs = _times(first["me"]), _times(first["them"])
        out.append(trans("cycle", "Who reached out first with {person}: I did {me}, {person} {them}.",
                         person=cycle.name, me=mine, them=theirs) if me else
                   trans("cycle", "Who reached out first with {person}: you {me}, {person} {them}.",
                         person=cycle.name, me=mine, them=theirs))
    return out


def _within_a_day(person: str, now: RepairNumbers, before: RepairNumbers | None) -> str:
    k, n = now.within_a_day, now.needed
    if before is None or not before.needed:
        return ntrans("cycle", "With {person}, repair came within a day in {k} of %n moment(s) that needed it.", n,
                      person=person, k=k)
    k0, n0 = before.within_a_day, before.needed
    if k * n0 > k0 * n:
        return ntrans("cycle", "With {person}, repair came within a day in {k} of %n moment(s) that needed it, "
                               "up from {k0} of {n0} in the period before.", n, person=person, k=k, k0=k0, n0=n0)
    if k * n0 < k0 * n:
        return ntrans("cycle", "With {person}, repair came within a day in {k} of %n moment(s) that needed it, "
                               "down from {k0} of {n0} in the period before.", n, person=person, k=k, k0=k0, n0=n0)
    return ntrans("cycle", "With {person}, repair came within a day in {k} of %n moment(s) that needed it, as "
                           "often as in the period before ({k0} of {n0}).", n, person=person, k=k, k0=k0, n0=n0)


def _we_within_a_day(person: str, now: RepairNumbers, before: RepairNumbers | None) -> str:
    """_within_a_day in the person's first person, for the summary."""
    k, n = now.within_a_day, now.needed
    if before is None or not before.needed:
        return ntrans("cycle", "With {person}, we came back together within a day in {k} of %n moment(s) that "
                               "needed it.", n, person=person, k=k)
    k0, n0 = before.within_a_day, before.needed
    if k * n0 > k0 * n:
        return ntrans("cycle", "With {person}, we came back together within a day in {k} of %n moment(s) that "
                               "needed it, up from {k0} of {n0} in the period before.", n,
                      person=person, k=k, k0=k0, n0=n0)
    if k * n0 < k0 * n:
        return ntrans("cycle", "With {person}, we came back together within a day in {k} of %n moment(s) that "
                               "needed it, down from {k0} of {n0} in the period before.", n,
                      person=person, k=k, k0=k0, n0=n0)
    return ntrans("cycle", "With {person}, we came back together within a day in {k} of %n moment(s) that needed "
                           "it, as often as in the period before ({k0} of {n0}).", n, person=person, k=k, k0=k0, n0=n0)


def belief_sentences(report: CycleReport) -> list[str]:
    """How true the most rated beliefs felt over time: down, up, or about the same."""
    out: list[str] = []
    for trend in report.beliefs:
        if len(out) == BELIEF_SENTENCES:
            break
        n = trend.ratings
        if n < FEW_RATINGS or trend.start is None or trend.end is None:
            continue
        if trend.end <= trend.start - STEADY_POINTS:
            out.append(ntrans("cycle", "How true “{belief}” felt went down from about {start}% to about {end}% "
                                       "over %n rating(s).", n, belief=trend.text, start=trend.start, end=trend.end))
        elif trend.end >= trend.start + STEADY_POINTS:
            out.append(ntrans("cycle", "How true “{belief}” felt went up from about {start}% to about {end}% "
                                       "over %n rating(s).", n, belief=trend.text, start=trend.start, end=trend.end))
        else:
            mean = round(trend.mean or 0)
            out.append(ntrans("cycle", "How true “{belief}” felt stayed about the same, near {mean}%, over %n "
                                       "rating(s).", n, belief=trend.text, mean=mean))
    return out


def sentences(report: CycleReport, today: date | None = None, voice: Voice = "you") -> tuple[str, ...]:
    """The sentences about a report, people with the most moments first, then beliefs: `voice` "you" on screen,
    "me" in the summary (the person's own words to their therapist)."""
    if not report.moments and not report.beliefs:
        if report.shared_only:
            return (trans("cycle", "There are no shared moments with a trigger in this period yet."),)
        return (trans("cycle", "There are no moments with a trigger in this period yet. Once there are, the cycle "
                               "shows here."),)
    out: list[str] = []
    for cycle in report.people:
        if cycle.moments < FEW_MOMENTS:
            continue
        top = cycle.chains[0] if cycle.chains else None
        if top is not None and top.count >= 2 and any(s.key is not None for s in top.steps[1:4]):
            out.append(chain_sentence(cycle, top, voice))
        out += repair_sentences(cycle, voice)
    out += belief_sentences(report)
    if not out:
        out.append(trans("cycle", "There are only a few moments so far; the cycle shows once a few more are "
                                  "written."))
    return tuple(_first(s) for s in out)
