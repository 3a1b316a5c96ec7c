"""`journal-app import FILE`: entries from jrnl, Day One or this app's CSV export, or this app's own backup
(JSON, restored into an empty journal). Shows what the file holds first; --dry-run stops there."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli.common import checked, checked_path, data_dir_of, open_journal, out
from journal_app.cli.messages import printable
from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, ntrans, number, short_date, trans, translate
from journal_app.core.paths import refuse_inside_data_folder, shown
from journal_app.core.timeutil import to_local
from journal_app.models.values import TriggerInfo

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers
    from journal_app.services.importing.model import ImportPreview

FORMATS = ("auto", "jrnl-json", "jrnl-txt", "dayone-json", "csv", "json")
UNMAPPED = {"jrnl-json": QT_TRANSLATE_NOOP("cli", "not mapped (stays in the text)"),
            "jrnl-txt": QT_TRANSLATE_NOOP("cli", "not mapped (stays in the text)"),
            "dayone-json": QT_TRANSLATE_NOOP("cli", "not mapped (added to the end of the text)"),
            "csv": QT_TRANSLATE_NOOP("cli", "not imported")}


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser(
        "import", parents=[common], help=trans("cli help", "add entries from jrnl, Day One or a CSV export; restore "
                                               "a backup"),
        description=trans("cli help", "Add the entries of another journal: jrnl (its JSON export or its journal "
                          "file), Day One (its JSON export, .zip or .json) or this app's CSV export; or restore this "
                          "app's JSON backup into an empty journal. What the file holds is shown first; all of it is "
                          "imported or, if anything is wrong with it, nothing. Entries already in the journal are "
                          "skipped, so importing a file twice adds nothing the second time."))
    p.set_defaults(handler=cmd_import, writes="importing")
    p.add_argument("file", metavar="FILE", help=trans("cli help", "the file to import"))
    p.add_argument("--format", choices=FORMATS, default="auto",
                   help=trans("cli help", "the kind of file (default: auto, from its contents and name)"))
    p.add_argument("--map-tag", metavar="TAG=SLUG", action="append", default=[],
                   help=trans("cli help", "make a tag (with or without its @ or #) this trigger; a name that is no "
                              "trigger yet creates one; TAG= leaves the tag unmapped (repeatable)"))
    p.add_argument("--source-timezone", metavar="ZONE", default=None,
                   help=trans("cli help", "the time zone a jrnl or CSV file was written in, such as Europe/Berlin "
                              "(their times have none; default: this computer's zone)"))
    p.add_argument("--dry-run", action="store_true", help=trans("cli help", "show what would be imported; write "
                                                                "nothing"))


def parse_map_tags(values: list[str]) -> dict[str, str | None]:
    """{tag: target or None} from TAG=SLUG arguments."""
    choices: dict[str, str | None] = {}
    for value in values:
        value = checked(value, "--map-tag")
        tag, equals, target = value.partition("=")
        if not equals or not tag.strip():
            raise InvalidInput(msg("cli", "--map-tag {value} should look like TAG=SLUG, for example "
                                   "@jealous=jealousy.", value=repr(value)))
        choices[tag.strip()] = target.strip() or None
    return choices


def _day(value: datetime) -> str:
    """The day as the language writes it: 14 Mar 2026, 14.03.2026."""
    return short_date(to_local(value).date())


def preview_lines(preview: ImportPreview, triggers: Iterable[TriggerInfo]) -> list[str]:
    """The preview in words: what the file holds and which trigger each tag becomes."""
    from journal_app.services.importing.detect import FORMAT_NAMES
    from journal_app.services.importing.mapping import resolve

    span = trans("cli", ", {first} to {last}", first=_day(preview.first), last=_day(preview.last)
                 ) if preview.first and preview.last else ""
    lines = [ntrans("cli", "{file}: a {format} with %n entry(s){span}.", preview.count,
                    file=printable(shown(preview.path.name)), format=translate("import", FORMAT_NAMES[preview.format]),
                    span=span)]
    if preview.tags:
        lines.append(trans("cli", "Tags, and the triggers they become:"))
        width = min(30, max(len(tag) for tag in preview.tags))
        for tag, n in preview.tags.items():
            target = preview.mapping.get(tag)
            if target is None:
                becomes = translate("cli", UNMAPPED[preview.format])
            else:
                found = resolve(target, triggers)
                becomes = (trans("cli", 'new trigger "{name}"', name=found) if isinstance(found, str)
                           else f"{found.name} ({found.slug})")
            lines.append(f"  {printable(tag):<{width}}  {number(n):>6}  -> {printable(becomes)}")
    if not preview.has_zones:
        zone = (trans("cli", "{zone} time", zone=printable(preview.source_zone)) if preview.source_zone
                else trans("cli", "this computer's time zone (--source-timezone ZONE if it was written elsewhere)"))
        lines.append(trans("cli", "Its times have no time zone; they are read in {zone}.", zone=zone))
    if preview.duplicates:
        lines.append(ntrans("cli", "%n already in the journal will be skipped.", preview.duplicates))
    lines += [printable(p) for p in preview.problems]
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from journal_app.services.importing import apply  # when the command runs: see common's note

    choices = parse_map_tags(args.map_tag)
    zone = checked(args.source_timezone, "--source-timezone") if args.source_timezone else None
    apply.zone_named(zone)  # a zone it does not know is refused before any passphrase
    source = Path(checked_path(args.file, QT_TRANSLATE_NOOP("cli", "file name")))
    refuse_inside_data_folder(source, data_dir_of(args), "import")
    loaded = apply.load(source, args.format)  # before any passphrase
    if loaded.format == "json" and choices:
        raise InvalidInput(msg("cli", "A backup from this app keeps its own triggers; --map-tag does not apply to it."))
    with open_journal(args) as journal:
        preview = apply.preview(journal, loaded, mapping=choices, source_zone=zone)
        for line in preview_lines(preview, journal.triggers()):
            out(line)
        if args.dry_run:
            out(trans("cli", "Dry run: nothing was written."))
            return 0
        result = apply.run_import(journal, preview)
    if preview.format == "json":
        out(ntrans("cli", "Restored %n entry(s) with their triggers, people, sessions and questions.", result.added))
    else:
        out(result.summary())
    return 0
