"""`journal-app link-repair` and `journal-app beliefs`: saying that a later entry repaired an earlier moment, and
the person's own beliefs with how true each felt over time (the cycle, issue 20). `add --belief` and
`add --their-move` are in cli/entries.py; `stats --json` carries the cycle's numbers (cli/stats.py)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from journal_app.cli import messages as say
from journal_app.cli.common import dump, open_journal, out
from journal_app.core.i18n import ntrans, number, short_date, trans
from journal_app.models.cycle_values import REACHED_FIRST_KEYS

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers
    from journal_app.models.cycle_report import BeliefTrend
    from journal_app.models.cycle_values import BeliefInfo


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser("link-repair", parents=[common],
                       help=trans("cli help", "say that an entry repaired an earlier moment"),
                       description=trans("cli help", "Say that entry ENTRY_ID repaired the earlier moment EARLIER_ID "
                                         "(one repair per moment: linking it again moves the link). The time to "
                                         "repair and who reached out first show in `journal-app stats --json`."))
    p.set_defaults(handler=cmd_link_repair, writes="linking a repair")
    p.add_argument("entry_id", metavar="ENTRY_ID", type=int,
                   help=trans("cli help", "the later entry, where you came back together"))
    p.add_argument("--repairs", metavar="EARLIER_ID", type=int, required=True,
                   help=trans("cli help", "the earlier moment it repaired"))
    p.add_argument("--first", choices=REACHED_FIRST_KEYS, help=trans("cli help", "who reached out first: me or them"))

    p = sub.add_parser("beliefs", parents=[common],
                       help=trans("cli help", "list your beliefs and how true each felt over time"),
                       description=trans("cli help", "List your own beliefs (what you told yourself in a moment, add "
                                         "--belief): on how many entries, how true each felt at first and lately, "
                                         "and since when."))
    p.set_defaults(handler=cmd_beliefs)
    p.add_argument("--json", action="store_true", help=trans("cli help", "a JSON array"))


def cmd_link_repair(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        link = journal.link_repair(args.entry_id, args.repairs, reached_first=args.first)
    out(trans("cli", "Entry {entry} repaired entry {earlier}, {time} later.", entry=link.entry_id,
              earlier=link.repaired_id, time=_duration(link.hours)))
    return 0


def _duration(hours: float) -> str:
    if hours < 48:
        return ntrans("cli", "%n hour(s)", round(hours))
    return ntrans("cli", "%n day(s)", round(hours / 24))


def belief_json(info: BeliefInfo, trend: BeliefTrend | None) -> dict[str, object]:
    """A belief with its ratings over all time: in the moment (points) and later (rerated), the line's slope."""
    points = trend.points if trend else ()
    return {
        "text": info.text, "archived": info.archived, "entries": info.entry_count,
        "ratings": [[p.day.isoformat(), p.strength, p.entry_id] for p in points],
        "rerated": [[p.day.isoformat(), p.strength, p.entry_id] for p in (trend.after if trend else ())],
        "slope_per_30_days": trend.slope_per_30_days if trend else None,
        "start": trend.start if trend else None, "end": trend.end if trend else None,
    }


def cmd_beliefs(args: argparse.Namespace) -> int:
    from journal_app.services import cycles  # when the command runs: see common's note

    with open_journal(args) as journal:
        own = journal.beliefs(with_counts=True)
        trends = {t.belief_id: t for t in cycles.belief_trends_all(journal)}
        examples = journal.suggest_beliefs() if not own else []
    if args.json:
        out(dump([belief_json(b, trends.get(b.id)) for b in own]))
        return 0
    if not own:
        out(trans("cli", "No beliefs yet. When a moment comes back to you, add what you told yourself: "
                         "journal-app add \"…\" --belief \"TEXT:HOW TRUE 0-100\". For example:"))
        for text in examples:
            out(f"  {say.printable(text)}")
        return 0
    rows = [_row(b, trends.get(b.id)) for b in own]
    header = (trans("cli", "BELIEF"), trans("cli", "ENTRIES"), trans("cli", "HOW TRUE"), trans("cli", "SINCE"))
    for line in say.table(header, rows, right=(1,)):
        out(line)
    return 0


def _row(info: BeliefInfo, trend: BeliefTrend | None) -> tuple[str, str, str, str]:
    text = say.printable(info.text) + (" " + trans("cli", "(put away)") if info.archived else "")
    if trend is None or not trend.points:
        return text, number(info.entry_count), "–", "–"
    first, last = trend.points[0], trend.points[-1]
    if trend.start is not None and trend.end is not None:
        how = trans("cli", "about {start}% → {end}%", start=trend.start, end=trend.end)
    else:
        how = trans("cli", "{strength}%", strength=last.strength)
    return text, number(info.entry_count), how, short_date(first.day)
