"""`journal-app export OUT`: a therapist summary (pdf, md, csv) or the complete backup (json)."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli import messages as say
from journal_app.cli.common import (
    checked,
    checked_path,
    data_dir_of,
    open_journal,
    out,
    stop_cleanly_on_signals,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, ntrans, trans
from journal_app.core.paths import refuse_inside_data_folder, shown
from journal_app.core.timeutil import parse_date

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers
    from journal_app.models.analytics_values import DateRange
    from journal_app.services.journal import Journal

FORMATS = {".pdf": "pdf", ".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json"}
PLAINTEXT_NOTE = msg("cli", "It is not encrypted: keep it somewhere private, and delete it when you no longer need it.")


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser(
        "export", parents=[common], help=trans("cli help", "write a summary (pdf, md, csv) or a full backup (json)"),
        description=trans("cli help", "Write a summary to share with your therapist (pdf, md, csv), or the whole "
                          "journal as JSON (every entry, shared or not; `journal-app import` can restore it). "
                          "Summaries hold only entries marked \"may share\" unless --include-unshared is given. The "
                          "file is not encrypted."))
    p.set_defaults(handler=cmd_export)
    p.add_argument("out", metavar="OUT", help=trans("cli help", "the file to write (its ending picks the format: "
                                                    ".pdf .md .csv .json)"))
    p.add_argument("--format", choices=("pdf", "md", "csv", "json"), help=trans("cli help", "the format, if OUT's "
                                                                                "ending does not say"))
    p.add_argument("--from", dest="start", metavar="DATE", help=trans("cli help", "first day (YYYY-MM-DD)"))
    p.add_argument("--to", dest="end", metavar="DATE", help=trans("cli help", "last day (YYYY-MM-DD; default: today)"))
    p.add_argument("--since-last-session", action="store_true",
                   help=trans("cli help", "from the day of your last therapy session to today (the default when "
                              "there is one)"))
    p.add_argument("--include-unshared", action="store_true",
                   help=trans("cli help", "also entries not marked \"may share\" (pdf, md, csv)"))
    p.add_argument("--count-private", action="store_true",
                   help=trans("cli help", "the numbers, sentences and charts count private entries too (their words "
                              "stay out unless --include-unshared); by default they count only entries marked \"may "
                              "share\""))
    p.add_argument("--people", choices=("name", "initial", "role"), default=None,
                   help=trans("cli help", "show people by name, initial (S.) or role such as partner, everywhere in "
                              "the summary (default: the export setting in the app's Settings, else by initial)"))
    p.add_argument("--cycle", action="store_true",
                   help=trans("cli help", "pdf, md: add the cycle (what you told yourself, what you did, what they "
                              "did, how you came back together) over the range; it counts what the numbers count"))
    p.add_argument("--with-questions", action="store_true", help=trans("cli help", "add your open \"things to bring "
                                                                       "up\""))
    p.add_argument("--note", metavar="TEXT", default="", help=trans("cli help", "a note to your therapist at the top"))
    p.add_argument("--bom", action="store_true", help=trans("cli help", "csv: start with a byte-order mark (for "
                                                            "spreadsheets)"))
    p.add_argument("--page", choices=("A4", "Letter"), help=trans("cli help", "pdf page size (default: from your "
                                                                  "locale)"))


def written_line(n: int, args: argparse.Namespace) -> str:
    """What went in: "3 entries marked "may share"; the numbers count the shared entries." and the like."""
    shared = ntrans("cli", "%n entry(s) marked \"may share\"", n)
    entries = say.entries(n) if args.include_unshared else shared
    if args.count_private:
        return trans("cli", "{entries}; the numbers count all entries, private ones too.", entries=entries)
    return trans("cli", "{entries}; the numbers count only the shared entries.", entries=entries)


def export_format(target: Path, given: str | None) -> str:
    if given:
        return given
    found = FORMATS.get(target.suffix.lower())
    if found is None:
        raise InvalidInput(msg("cli", "Which format should {name} be? Give --format pdf, md, csv or json, or end the "
                               "name with .pdf, .md, .csv or .json.", name=target.name))
    return found


def summary_range(journal: Journal, args: argparse.Namespace, today: date) -> tuple[DateRange, str]:
    """(DateRange, label): --from/--to, or since the last session, or the last 4 weeks."""
    from journal_app.models.analytics_values import DateRange  # when the command runs (not for list or add)
    from journal_app.services import therapy

    end = parse_date(args.end) if args.end else today
    if args.start:
        if args.since_last_session:
            raise InvalidInput(msg("cli", "Use either --from or --since-last-session, not both."))
        start = parse_date(args.start)
        if start > end:
            raise InvalidInput(msg("cli", "The --from date is after the --to date; please swap them."))
        return DateRange(start, end), ""
    last = therapy.last_session(journal, end)
    if last is None:
        if args.since_last_session:
            raise InvalidInput(msg("cli", "There is no therapy session on or before that day yet; add one in the app "
                                   "(Journal ▸ Sessions…) or give --from."))
        return DateRange(end - timedelta(days=27), end), trans("cli", "The last 4 weeks")
    return DateRange(last, end), trans("cli", "Since my last session")


def people_choice(args: argparse.Namespace) -> str:
    """--people, else the window's export setting (Settings ▸ Export), else the window's default (initial)."""
    from journal_app.core.settings import read_setting
    from journal_app.services.exporting.summary import DEFAULT_PEOPLE, PEOPLE_MODES

    given: str | None = args.people
    if given:
        return given
    stored = read_setting("export/people")
    return stored if stored in PEOPLE_MODES else DEFAULT_PEOPLE


def checked_args(args: argparse.Namespace) -> None:
    """Every text and path argument as UTF-8 text before anything is read or written (common.checked): bytes
    that are not UTF-8 or a lone surrogate are refused with exit 2, naming the argument."""
    args.out = checked_path(args.out, QT_TRANSLATE_NOOP("cli", "file name OUT"))
    args.note = checked(args.note, QT_TRANSLATE_NOOP("cli", "--note text"))
    for name, option in (("start", "--from date"), ("end", "--to date")):
        if getattr(args, name) is not None:
            setattr(args, name, checked(getattr(args, name), option))


def cmd_export(args: argparse.Namespace) -> int:
    from journal_app.core.files import check_target

    checked_args(args)
    target = Path(args.out)
    data_dir = data_dir_of(args)
    refuse_inside_data_folder(target, data_dir, "export")  # never the journal, its side files or backups
    check_target(target)  # a bad target fails before the journal is even opened
    fmt = export_format(target, args.format)
    with stop_cleanly_on_signals():
        return _export(args, target, fmt, data_dir)


def _export(args: argparse.Namespace, target: Path, fmt: str, data_dir: Path) -> int:
    from journal_app.core.files import write_atomic
    from journal_app.services import therapy

    with open_journal(args) as journal:
        if fmt == "json":
            from journal_app.services.exporting.json_backup import write_backup

            counted: list[int] = []
            path = write_atomic(target, lambda stream: counted.append(write_backup(journal, stream)),
                                data_dir=data_dir)
            out(trans("cli", "Wrote {path}: the whole journal, {entries}. {note}", path=shown(path),
                      entries=say.entries(counted[0]), note=PLAINTEXT_NOTE))
            return 0
        from journal_app.services.exporting.build import build_summary
        from journal_app.services.exporting.summary import DEFAULT_CHARTS, SummaryOptions, default_page_size

        rng, label = summary_range(journal, args, date.today())
        questions = tuple(i.text for i in therapy.agenda(journal)) if args.with_questions else ()
        options = SummaryOptions(rng, label, include_unshared=args.include_unshared, people=people_choice(args),
                                 count_private=args.count_private,
                                 questions=questions, note=args.note, page_size=args.page or default_page_size(),
                                 charts=() if fmt == "csv" else DEFAULT_CHARTS, include_cycle=args.cycle)
        summary = build_summary(journal, options)
    from journal_app.services.exporting.render import render

    data = render(summary, fmt, bom=args.bom)
    path = write_atomic(target, data, data_dir=data_dir)
    out(trans("cli", "Wrote {path}: {range}, {what} {note}", path=shown(path), range=summary.range_text,
              what=written_line(len(summary.entries), args), note=PLAINTEXT_NOTE))
    return 0
