"""Build a therapist Summary from the journal and the person's choices (Qt-free: the CLI uses it too)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, ntrans, short_date, trans, translate
from journal_app.core.timeutil import to_local, to_utc
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import CycleReport, Step
from journal_app.models.cycle_values import BeliefChip, RepairInfo
from journal_app.models.types import utc_text
from journal_app.models.values import REPAIR, RESPONSES, EntryDetail, PersonInfo
from journal_app.services import analytics, insights
from journal_app.services.exporting.names import Names
from journal_app.services.exporting.summary import (
    APP_FOOTER,
    PEOPLE_MODES,
    Summary,
    SummaryEntry,
    SummaryOptions,
    TriggerLevel,
)
from journal_app.store.summary_queries import entries_between

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

TITLE = QT_TRANSLATE_NOOP("export", "Between-session summary")
_RESPONSE_LABELS = {key: label for key, label, _pattern in RESPONSES}
_REPAIR_LABELS = dict(REPAIR)


def day_text(day: date) -> str:
    """'14 Mar 2026' (14.03.2026 in German)."""
    return short_date(day)


def _bounds(rng: DateRange) -> tuple[str, str]:
    lo = to_utc(datetime.combine(rng.start, time(0, 0)))
    hi = to_utc(datetime.combine(rng.end + timedelta(days=1), time(0, 0)))
    return utc_text(lo), utc_text(hi)


def range_entries(journal: Journal, rng: DateRange, *, shared_only: bool = False,
                  ids: tuple[int, ...] | None = None) -> list[EntryDetail]:
    """The entries of a range of local days (not in the Trash), oldest first."""
    lo, hi = _bounds(rng)
    with journal.reading() as conn:
        return entries_between(conn, lo, hi, shared_only=shared_only, ids=ids)


def person_text(person: PersonInfo, mode: str) -> str:
    """Sam, S. or partner (see exporting/names.py)."""
    return Names((person,), mode).person(person)


def _hours_text(hours: float) -> str:
    if hours < 48:
        return ntrans("export", "%n hour(s)", max(1, round(hours)))
    return ntrans("export", "%n day(s)", round(hours / 24))


def repaired_text(info: RepairInfo | None) -> str | None:
    """'after 30 hours; they reached out first' (None: no later entry repaired it)."""
    if info is None:
        return None
    time_text = _hours_text(info.hours)
    if info.reached_first == "me":
        return trans("export", "after {time}; I reached out first", time=time_text)
    if info.reached_first == "them":
        return trans("export", "after {time}; they reached out first", time=time_text)
    return trans("export", "after {time}", time=time_text)


def belief_text(belief: BeliefChip, names: Names) -> str:
    """'“They'll leave” (80%, later 30%)': the belief in the person's words (names as chosen), how true it felt."""
    text = names.text(belief.text)
    if belief.strength is not None and belief.rerated is not None:
        return trans("export", "“{belief}” ({strength}%, later {rerated}%)", belief=text, strength=belief.strength,
                     rerated=belief.rerated)
    if belief.strength is not None:
        return trans("export", "“{belief}” ({strength}%)", belief=text, strength=belief.strength)
    if belief.rerated is not None:
        return trans("export", "“{belief}” (later {rerated}%)", belief=text, rerated=belief.rerated)
    return trans("export", "“{belief}”", belief=text)


def moves_text(entry: EntryDetail, names: Names) -> tuple[str, ...]:
    """What each person did, 'S.: Went quiet, Criticised', people as chosen."""
    by_person: dict[int, list[str]] = {}
    for move in entry.moves:
        by_person.setdefault(move.person_id, []).append(names.text(move.name))
    people = {p.id: p for p in entry.people}
    return tuple(trans("export", "{person}: {moves}", person=names.person(people[pid]), moves=", ".join(did))
                 for pid, did in by_person.items() if pid in people)


def summary_entry(entry: EntryDetail, people_mode: str | Names, hide_text: bool) -> SummaryEntry:
    """One entry as the summary shows it: people as chosen, and no full name in its words either. Hidden words
    hide the beliefs and kinder thoughts too (they are the person's words)."""
    names = people_mode if isinstance(people_mode, Names) else Names(entry.people, people_mode)
    people = tuple(dict.fromkeys(names.person(p) for p in entry.people))
    return SummaryEntry(
        id=entry.id, occurred_at=to_local(entry.occurred_at),
        title=None if hide_text else names.text(entry.title), body=None if hide_text else names.text(entry.body),
        triggers=tuple(TriggerLevel(names.text(c.name), c.colour, c.intensity) for c in entry.triggers),
        people=people, responses=tuple(translate("messages", _RESPONSE_LABELS.get(r, r)) for r in entry.responses),
        repair=translate("messages", _REPAIR_LABELS[entry.repair]) if entry.repair in _REPAIR_LABELS else None,
        shared=entry.shared,
        beliefs=() if hide_text else tuple(belief_text(b, names) for b in entry.beliefs),
        kinder=() if hide_text else tuple(names.text(b.balanced) for b in entry.beliefs if b.balanced.strip()),
        moves=moves_text(entry, names), repaired=repaired_text(entry.repaired_by),
    )


def cycle_for(journal: Journal, options: SummaryOptions, names: Names, today: date) -> CycleReport:
    """The cycle over the summary's range, counting what the numbers count (shared entries, or all with
    `count_private`), people shown as chosen, the words of beliefs only from entries whose words may be shown,
    and its sentences said again with them, in the person's own first person (the summary is theirs to hand on;
    the screen says "you")."""
    from journal_app.services import cycle_sentences, cycles

    # no entry ids (the summary lists no chain's moments): the numbers from the per-day rollups when they can be read
    report = cycles.cycle_report(journal, options.date_range, options.cycle_people,
                                 shared_only=not options.count_private, today=today, entries=False)
    if options.cycle_people and not report.moments and not report.beliefs:  # say whom it is about
        return replace(report, sentences=(
            trans("export", "There are no shared moments with a trigger with the people chosen for the cycle in "
                            "this period yet.") if report.shared_only else
            trans("export", "There are no moments with a trigger with the people chosen for the cycle in this "
                            "period yet."),))
    kept = beliefs_kept_private(journal, options, report)
    if kept:  # before anything is said about them
        report = without_beliefs_words(report, kept)
    if names.hides:
        report = names.cycle(report)
    return replace(report, sentences=cycle_sentences.sentences(report, today=today, voice="me"))


def beliefs_kept_private(journal: Journal, options: SummaryOptions, report: CycleReport) -> frozenset[int]:
    """The beliefs of the cycle whose words the summary may not show: on no entry of the range (with the people
    chosen) that is marked "may share" and whose words are not left out. A private entry counted on purpose
    (`count_private`) still keeps its words, and a belief is the person's words."""
    if not options.count_private and not options.text_hidden:
        return frozenset()  # every moment counted is shared, its words shown
    from journal_app.store import cycle_report_queries

    ids = {t.belief_id for t in report.beliefs} | {
        int(s.key) for c in (*report.chains, *(c for p in report.people for c in p.chains)) for s in c.steps
        if s.kind == "belief" and s.key is not None}
    if not ids:
        return frozenset()
    lo, hi = _bounds(options.date_range)
    with journal.querying() as conn:
        shared = cycle_report_queries.ratings(conn, lo, hi, options.cycle_people, shared_only=True)
    return frozenset(ids - {r.belief_id for r in shared if r.entry_id not in options.text_hidden})


def without_beliefs_words(report: CycleReport, kept: frozenset[int]) -> CycleReport:
    """The cycle with the words of the beliefs in `kept` replaced by "a belief kept private" (their numbers stay)."""
    from journal_app.services.exporting.names import relabel_cycle

    words = trans("export", "a belief kept private")

    def step(s: Step) -> Step:
        return replace(s, label=words) if s.kind == "belief" and s.key is not None and int(s.key) in kept else s

    return relabel_cycle(report, step, lambda name: name,
                         lambda trend: words if trend.belief_id in kept else trend.text)


def counts_text(counted: int, count_private: bool, private_words_shown: bool = False) -> str:
    """The one sentence on page 1 that says which entries the numbers, sentences and charts count."""
    if not count_private:
        if counted == 0:
            return trans("export", "These numbers count only the entries I chose to share, and there are none "
                         "in this period.")
        return ntrans("export", "These numbers count the %n entry(s) I chose to share.", counted)
    if counted == 0:
        return trans("export", "These numbers count all entries, private ones too, and there are none in this "
                     "period.")
    if private_words_shown:
        return ntrans("export", "These numbers count all %n entry(s), private ones too.", counted)
    return ntrans("export", "These numbers count all %n entry(s); the words of private entries are not shown.",
                  counted)


def build_summary(journal: Journal, options: SummaryOptions, today: date | None = None) -> Summary:
    """What the summary holds. Entries: exactly `entry_ids` when given (the person ticked them), else every
    entry of the range with `include_unshared`, else only those marked "may share". The numbers, sentences and
    charts count only entries marked "may share", or every entry with `count_private`."""
    if options.people not in PEOPLE_MODES:
        raise InvalidInput(msg("export", "People can be shown by {modes}; not {mode}.",
                               modes=", ".join(PEOPLE_MODES), mode=repr(options.people)))
    if options.page_size not in ("A4", "Letter"):
        raise InvalidInput(msg("export", "The page size must be A4 or Letter."))
    rng = options.date_range
    if rng.end < rng.start:
        raise InvalidInput(msg("errors", "The start date is after the end date; please swap them."))
    today = today or date.today()
    names = Names(journal.people(), options.people)
    report = analytics.pattern_report(journal, rng, today=today, shared_only=not options.count_private)
    if names.hides:  # people relabelled before anything is drawn or said about them
        report = names.report(report)
    # "What stands out" in the person's own first person (the summary is theirs to hand on; the screen says "you")
    report = replace(report, insights=tuple(names.text(s) for s in insights.sentences(report, today=today,
                                                                                       voice="me")))
    entries: list[EntryDetail] = []
    if options.include_entries:
        if options.entry_ids is not None:
            entries = range_entries(journal, rng, ids=tuple(options.entry_ids))
        else:
            entries = range_entries(journal, rng, shared_only=not options.include_unshared)
    text = trans("export", "{start} to {end}", start=day_text(rng.start), end=day_text(rng.end))
    previous = insights.previous_words(report, today)
    used = [t for t in report.totals if t.count or t.previous_count]
    hidden = options.text_hidden
    # a chart with no share to show is left out, rather than printed empty with a hint about what to tick
    did = report.responses
    charts = tuple(key for key in options.charts
                   if key != "responses" or (did is not None and (did.recorded or did.repair_answered)))
    counted = options.include_numbers or options.include_insights or bool(options.charts)
    return Summary(
        title=translate("export", TITLE),
        range=rng,
        range_text=f"{options.range_label}: {text}" if options.range_label else text,
        prepared_on=today,
        entries_in_range=report.entries,
        totals=tuple(used) if options.include_numbers else (),
        previous_text=previous,
        insights=report.insights if options.include_insights else (),
        charts=charts,
        report=report if charts else None,
        entries=tuple(summary_entry(e, names, e.id in hidden) for e in entries),
        questions=tuple(names.text(q.strip()) for q in options.questions if q.strip()),
        note=names.text(options.note.strip()),
        page_size=options.page_size,
        footer=translate("export", APP_FOOTER),
        previous_entries=report.previous_entries,
        counts_text=counts_text(report.entries, options.count_private,
                                any(not e.shared and e.id not in hidden for e in entries)) if counted else "",
        cycle=cycle_for(journal, options, names, today) if options.include_cycle else None,
    )
