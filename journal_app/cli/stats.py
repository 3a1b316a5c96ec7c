"""`journal-app triggers` and `journal-app stats`: the numbers, as a table or JSON, with the insight sentences."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from journal_app.cli import messages as say
from journal_app.cli.common import dates, dump, open_journal, out, range_options
from journal_app.core.i18n import number, trans

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers
    from journal_app.models.analytics_values import CountSeries, PatternReport, ResponseTotals
    from journal_app.models.cycle_report import Chain, CycleReport, RepairNumbers, Step
    from journal_app.models.values import JournalStats
    from journal_app.services.journal import Journal


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser("triggers", parents=[common], help=trans("cli help", "list triggers with their entry counts"),
                       description=trans("cli help", "List triggers: slug, name, built-in, archived, number of "
                                         "entries."))
    p.set_defaults(handler=cmd_triggers)
    p.add_argument("--json", action="store_true", help=trans("cli help", "a JSON array"))

    p = sub.add_parser("stats", parents=[common], help=trans("cli help", "counts and mean intensity per trigger"),
                       description=trans("cli help", "How many entries, and per trigger how often and how intense."))
    p.set_defaults(handler=cmd_stats, lean=True)
    range_options(p)
    p.add_argument("--json", action="store_true", help=trans("cli help", "a JSON object"))


def cmd_triggers(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        found = journal.triggers(with_counts=True)
    if args.json:
        out(dump([
            {"slug": t.slug, "name": t.name, "builtin": t.builtin, "archived": t.archived,
             "entries": t.entry_count, "colour": t.colour}
            for t in found
        ]))
        return 0
    rows = [
        (t.slug, say.printable(t.name), trans("cli", "built-in") if t.builtin else trans("cli", "own"),
         trans("cli", "archived") if t.archived else trans("cli", "in use"), number(t.entry_count))
        for t in found
    ]
    header = (trans("cli", "SLUG"), trans("cli", "NAME"), trans("cli", "KIND"), trans("cli", "STATUS"),
              trans("cli", "ENTRIES"))
    for line in say.table(header, rows, right=(4,)):
        out(line)
    return 0


def _patterns(journal: Journal, start: date | None, end: date | None,
              weekly: bool) -> tuple[CountSeries | None, PatternReport]:
    """The weekly series (Monday weeks; only when `weekly`, for --json) and the insight sentences over the stats
    range: all time (first entry to today) unless --from/--to say otherwise."""
    from journal_app.models.analytics_values import DateRange
    from journal_app.services import analytics  # when the command runs: see common's note

    today = date.today()
    if start is None:
        first = analytics.first_entry_day(journal) or today
        start = min(first, end) if end is not None else min(first, today)
    if end is None:
        end = max(today, start)
    rng = DateRange(start, end)
    series = analytics.weekly_counts(journal, rng) if weekly else None
    return series, analytics.pattern_report(journal, rng, today=today)


def _cycle(journal: Journal, report: PatternReport) -> CycleReport:
    """The cycle over the same range as the report (only for --json)."""
    from journal_app.services import cycles  # when the command runs: see common's note

    return cycles.cycle_report(journal, report.range)


def _counts(journal: Journal, start: date | None, end: date | None) -> JournalStats:
    """The entries and per-trigger numbers over --from/--to: from the per-day rollups when they can stand for
    the entries (store/rollup_stats.py; the report above has just brought them up to date if it could), else
    counted from the entries."""
    from journal_app.store import rollup_stats

    with journal.querying() as conn:
        found = rollup_stats.journal_stats(conn, start, end)
    return found if found is not None else journal.stats(start, end)


def _responses(did: ResponseTotals | None) -> dict[str, object] | None:
    """What was done in triggered moments, each share with its denominator; a share is null (never 0) when
    its denominator is 0."""
    from journal_app.services.analytics import RESPONSE_GROUPS

    if did is None:
        return None
    return {
        "moments": did.moments,
        "recorded": did.recorded,  # moments where what-I-did was ticked: the denominator of the groups and needs
        "groups": {g: {"moments": did.by_pattern.get(g, 0), "share": did.share(g)} for g in RESPONSE_GROUPS},
        "named_need": {"moments": did.named_need, "of": did.recorded, "share": did.named_share},
        "repair": {"repaired": did.repaired, "of": did.repair_answered, "share": did.repair_share},
    }


def stats_numbers(report: PatternReport) -> dict[str, object]:
    """The comparison (null when the journal did not cover the whole period before), each trigger's count in
    both periods with its share of the entries, and the what-I-did numbers of both periods."""
    def rate(n: int, of: int | None) -> float | None:
        return round(n / of, 3) if of else None

    prev = report.previous
    return {
        "range": {"from": report.range.start.isoformat(), "to": report.range.end.isoformat(),
                  "entries": report.entries},
        "previous": None if prev is None else {"from": prev.start.isoformat(), "to": prev.end.isoformat(),
                                               "entries": report.previous_entries},
        "counts": {
            t.slug: {"count": t.count, "share_of_entries": rate(t.count, report.entries),
                     "mean_intensity": t.mean_intensity, "previous_count": t.previous_count,
                     "previous_share_of_entries": None if t.previous_count is None
                     else rate(t.previous_count, report.previous_entries),
                     "previous_mean_intensity": t.previous_mean_intensity}
            for t in report.totals
        },
        "responses": _responses(report.responses),
        "previous_responses": _responses(report.previous_responses),
    }


def _step(step: Step) -> dict[str, object]:
    return {"kind": step.kind, "key": step.key, "label": step.label or None}


def _chain(chain: Chain) -> dict[str, object]:
    return {"person": chain.person, "steps": [_step(s) for s in chain.steps], "count": chain.count,
            "entries": list(chain.entry_ids)}


def _repair(numbers: RepairNumbers | None) -> dict[str, object] | None:
    """Repair over triggered moments with one person: the share over the moments that needed it (null when none
    did), and each repair linked from a later entry with its time."""
    if numbers is None:
        return None
    first = numbers.reached_first()
    return {
        "moments": numbers.moments, "needed": numbers.needed, "repaired": numbers.repaired, "share": numbers.share,
        "within_a_day": numbers.within_a_day, "median_hours": numbers.median_hours,
        "reached_first": {"me": first["me"], "them": first["them"], "not_said": first[None]},
        "times": [{"day": p.day.isoformat(), "hours": round(p.hours, 2), "reached_first": p.reached_first,
                   "entry": p.entry_id, "repaired_by": p.repair_entry_id} for p in numbers.points],
    }


def cycle_numbers(cycle: CycleReport) -> dict[str, object]:
    """The cycle over the range (issue 20): the chains per person and everyone's, each belief's strength over time
    and its slope, time to repair per person (with the period before when it is compared)."""
    return {
        "cycles": {
            "moments": cycle.moments, "chains": [_chain(c) for c in cycle.chains],
            "people": {p.name: {"moments": p.moments, "chains": [_chain(c) for c in p.chains],
                                "arrows": [{"from": _step(a.source), "to": _step(a.target), "count": a.count,
                                            "entries": list(a.entry_ids)} for a in p.arrows]}
                       for p in cycle.people},
            "insights": list(cycle.sentences),
        },
        "beliefs": [
            {"text": t.text, "ratings": [[p.day.isoformat(), p.strength] for p in t.points],
             "rerated": [[p.day.isoformat(), p.strength] for p in t.after], "slope_per_30_days": t.slope_per_30_days,
             "start": t.start, "end": t.end}
            for t in cycle.beliefs
        ],
        "repair_times": {p.name: {**(_repair(p.repair) or {}), "previous": _repair(p.previous_repair)}
                         for p in cycle.people},
    }


def cmd_stats(args: argparse.Namespace) -> int:
    start, end = dates(args)
    with open_journal(args) as journal:
        weekly, report = _patterns(journal, start, end, weekly=args.json)
        result = _counts(journal, start, end)
        cycle = _cycle(journal, report) if args.json else None
    sentences = report.insights
    if args.json:
        assert weekly is not None  # asked for with --json
        out(dump({
            "entries": result.entries,
            "triggers": {
                t.slug: {"count": t.count, "mean_intensity": t.mean_intensity} for t in result.triggers
            },
            "weekly": {
                t.slug: [[d.isoformat(), n] for d, n in zip(weekly.starts, weekly.counts.get(t.slug, ()))]
                for t in result.triggers
            },
            "insights": list(sentences),
            **stats_numbers(report),
            **(cycle_numbers(cycle) if cycle is not None else {}),
        }))
        return 0
    out(trans("cli", "Entries: {n}", n=number(result.entries)))
    if result.triggers:
        out()
        rows = [
            (say.printable(t.name), number(t.count), "–" if t.mean_intensity is None else number(t.mean_intensity, 1))
            for t in result.triggers
        ]
        header = (trans("cli", "TRIGGER"), trans("cli", "ENTRIES"), trans("cli", "MEAN INTENSITY"))
        for line in say.table(header, rows, right=(1, 2)):
            out(line)
    if sentences:
        out()
        for sentence in sentences:
            out(say.printable(sentence))
    return 0
