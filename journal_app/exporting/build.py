"""Build a therapist Summary from the journal and the person's choices (Qt-free: the CLI uses it too)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from journal_app import analytics, insights
from journal_app.errors import InvalidInput
from journal_app.exporting.summary import PEOPLE_MODES, Summary, SummaryEntry, SummaryOptions, TriggerLevel
from journal_app.models.analytics_values import DateRange
from journal_app.models.types import utc_text
from journal_app.models.values import RELATIONSHIPS, REPAIR, RESPONSES, EntryDetail, PersonInfo
from journal_app.store import session
from journal_app.store.summary_queries import entries_between
from journal_app.timeutil import to_local, to_utc

if TYPE_CHECKING:
    from journal_app.journal import Journal

TITLE = "Between-session summary"
_RESPONSE_LABELS = {key: label for key, label, _pattern in RESPONSES}
_REPAIR_LABELS = dict(REPAIR)
_ROLE_LABELS = {key: label.lower() for key, label in RELATIONSHIPS} | {"other": "someone"}


def day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _bounds(rng: DateRange) -> tuple[str, str]:
    lo = to_utc(datetime.combine(rng.start, time(0, 0)))
    hi = to_utc(datetime.combine(rng.end + timedelta(days=1), time(0, 0)))
    return utc_text(lo), utc_text(hi)


def range_entries(journal: Journal, rng: DateRange, *, shared_only: bool = False,
                  ids: tuple[int, ...] | None = None) -> list[EntryDetail]:
    """The entries of a range of local days (not in the Trash), oldest first."""
    lo, hi = _bounds(rng)
    with session.read(journal._engine) as conn:
        return entries_between(conn, lo, hi, shared_only=shared_only, ids=ids)


def person_text(person: PersonInfo, mode: str) -> str:
    if mode == "initial":
        return f"{person.name[:1].upper()}."
    if mode == "role":
        return _ROLE_LABELS.get(person.relationship, "someone")
    return person.name


def summary_entry(entry: EntryDetail, people_mode: str, hide_text: bool) -> SummaryEntry:
    people = tuple(dict.fromkeys(person_text(p, people_mode) for p in entry.people))
    return SummaryEntry(
        id=entry.id, occurred_at=to_local(entry.occurred_at),
        title=None if hide_text else entry.title, body=None if hide_text else entry.body,
        triggers=tuple(TriggerLevel(c.name, c.colour, c.intensity) for c in entry.triggers),
        people=people, responses=tuple(_RESPONSE_LABELS.get(r, r) for r in entry.responses),
        repair=_REPAIR_LABELS.get(entry.repair) if entry.repair else None, shared=entry.shared,
    )


def build_summary(journal: Journal, options: SummaryOptions, today: date | None = None) -> Summary:
    """What the summary holds. Entries: exactly `entry_ids` when given (the person ticked them), else every
    entry of the range with `include_unshared`, else only those marked "may share"."""
    if options.people not in PEOPLE_MODES:
        raise InvalidInput(f"People can be shown by {', '.join(PEOPLE_MODES)}; not {options.people!r}.")
    if options.page_size not in ("A4", "Letter"):
        raise InvalidInput("The page size must be A4 or Letter.")
    rng = options.date_range
    if rng.end < rng.start:
        raise InvalidInput("The start date is after the end date; please swap them.")
    today = today or date.today()
    report = analytics.pattern_report(journal, rng, today=today)
    entries: list[EntryDetail] = []
    if options.include_entries:
        if options.entry_ids is not None:
            entries = range_entries(journal, rng, ids=tuple(options.entry_ids))
        else:
            entries = range_entries(journal, rng, shared_only=not options.include_unshared)
    text = f"{day_text(rng.start)} to {day_text(rng.end)}"
    previous = insights.range_words(report, today)[1].removeprefix("in ")
    used = [t for t in report.totals if t.count or t.previous_count]
    # a chart with no share to show is left out, rather than printed empty with a hint about what to tick
    did = report.responses
    charts = tuple(key for key in options.charts
                   if key != "responses" or (did is not None and (did.recorded or did.repair_answered)))
    return Summary(
        title=TITLE,
        range=rng,
        range_text=f"{options.range_label}: {text}" if options.range_label else text,
        prepared_on=today,
        entries_in_range=report.entries,
        totals=tuple(used) if options.include_numbers else (),
        previous_text=previous,
        insights=report.insights if options.include_insights else (),
        charts=charts,
        report=report if charts else None,
        entries=tuple(summary_entry(e, options.people, e.id in options.text_hidden) for e in entries),
        questions=tuple(q.strip() for q in options.questions if q.strip()),
        note=options.note.strip(),
        page_size=options.page_size,
        previous_entries=report.previous_entries,
    )
