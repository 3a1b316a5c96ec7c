"""The `journal-app` command line: argparse front end over the `Journal` service (no Qt, no store).

`journal_app.__main__` parses with `build_parser()`, opens the window when no command was given, and
otherwise calls `run(args)`. Every command but `init` opens an existing journal and closes it again;
passphrases (for encrypted journals only) come from `journal_app.cli.keying`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from journal_app import __version__
from journal_app.cli import (
    crisis as cli_crisis,
)
from journal_app.cli import (
    export as cli_export,
)
from journal_app.cli import (
    guidance as cli_guidance,
)
from journal_app.cli import (
    importing as cli_import,
)
from journal_app.cli import keying as keying
from journal_app.cli import messages as say
from journal_app.cli import (
    safety_plan as cli_safety_plan,
)
from journal_app.cli import (
    stats as cli_stats,
)
from journal_app.cli import trash as cli_trash
from journal_app.cli.messages import guarded, use_utf8_streams  # noqa: F401 - called by __main__
from journal_app.core.errors import InvalidInput, WrongPassphrase
from journal_app.core.paths import ENV_VAR, refuse_inside_data_folder, resolve_data_dir, shown
from journal_app.core.timeutil import iso_local, now_utc, parse_date, parse_when, to_local
from journal_app.models.values import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    REPAIR,
    REPAIR_KEYS,
    RESPONSE_KEYS,
    RESPONSES,
    EntryDetail,
    EntryFilter,
    EntryForm,
    EntryRow,
    TriggerMark,
)

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

# The service (and SQLAlchemy under it) is imported when a command runs, not at import time: opening the
# window through `journal-app` must not wait for the database layer before the window is on screen.


def _service():
    from journal_app.services import journal

    return journal

HUMAN_LIST_LIMIT = 50
AHEAD_LIMIT = timedelta(days=1)  # `add --at` refuses a time further ahead of now than this
_INTENSITY_RE = re.compile(r"[0-9]{1,2}")


# -- parsing ---------------------------------------------------------------------------------------
class Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) instead of a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, say.usage_line(message, self.prog) + "\n")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]):
        # Python < 3.12 drops a literal "--" even from `--search=--`, leaving [] as the value.
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)


def _positive_int(text: str) -> int:
    value = text.strip()
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(say.bad_limit(text))
    return int(value)


def _data_dir_option(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help=f"the journal folder (default: ${ENV_VAR}, else the app's per-user data folder)",
    )


def _range_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD (local time)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD, included")


def build_parser() -> Parser:
    parser = Parser(
        prog=say.PROG, allow_abbrev=False,
        description="Relationship Patterns Journal. Without a command, opens the journal window.",
        epilog=f"An encrypted journal asks for its passphrase in the terminal (nothing is shown as you type), "
               f"or reads it from ${keying.PASSPHRASE_ENV}. A journal without a passphrase never asks.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _data_dir_option(parser, None)
    menu = parser.add_mutually_exclusive_group()  # handled in __main__, without a command
    menu.add_argument("--install-desktop-entry", action="store_true",
                      help="add the app and its icon to your applications menu (for you only), then exit")
    menu.add_argument("--uninstall-desktop-entry", action="store_true",
                      help="take the app out of your applications menu again, then exit")
    # The same option after the command; SUPPRESS keeps a sub-command from erasing the global value.
    common = argparse.ArgumentParser(add_help=False)
    _data_dir_option(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser(
        "init", parents=[common], help="create a new, encrypted journal in the folder",
        description=f"Create a new, empty journal, encrypted with a passphrase you choose (typed twice in the "
                    f"terminal, or read from ${keying.PASSPHRASE_ENV}). Passphrases that are easy to guess are "
                    "refused. Refuses if a journal is already there.",
    )
    p.add_argument("--no-passphrase", action="store_true",
                   help="do not encrypt: anyone who can read the folder can read the journal")

    p = sub.add_parser("add", parents=[common], help="write a new entry; prints its id",
                       description="Write a new entry and print its id. Unknown people are added as 'other'.")
    p.add_argument("text", metavar="TEXT", help="the entry text, exactly as written; - reads standard input")
    p.add_argument("--title", metavar="T", help="a title for the entry")
    p.add_argument("--trigger", metavar="SLUG[:INTENSITY]", action="append", default=[],
                   help="a trigger, optionally with intensity 0-10 (repeatable); see `journal-app triggers`")
    p.add_argument("--person", metavar="NAME", action="append", default=[],
                   help="someone this was about (repeatable)")
    p.add_argument("--at", metavar="WHEN",
                   help="when it happened: 2026-03-14 or 2026-03-14T21:30 (local time) or with an offset; "
                        "default: now; at most a day ahead")
    p.add_argument("--share", action="store_true",
                   help="mark the entry as one you may share with your therapist")
    p.add_argument("--response", metavar="KEY", action="append", default=[],
                   help="what you did in the moment (repeatable); see `journal-app responses` for the keys")
    p.add_argument("--repair", choices=REPAIR_KEYS,
                   help="whether there was repair afterwards: yes, partly, not-yet or not-needed")

    p = sub.add_parser("responses", parents=[common], help="list what you can record with add --response",
                       description="List the keys of what-I-did (add --response KEY) and of repair "
                                   "(add --repair KEY), each with the words the app shows.")
    p.add_argument("--json", action="store_true", help="a JSON object")

    p = sub.add_parser("list", parents=[common], help="list entries, newest first",
                       description="List entries, newest first (with --search: best matches first).")
    _range_options(p)
    p.add_argument("--trigger", metavar="SLUG", action="append", default=[],
                   help="only entries with this trigger (repeatable: any of them)")
    p.add_argument("--person", metavar="NAME", help="only entries about this person")
    p.add_argument("--search", metavar="QUERY", help="only entries containing these words")
    p.add_argument("--limit", metavar="N", type=_positive_int,
                   help=f"at most N entries (default: {HUMAN_LIST_LIMIT}; with --json: all)")
    p.add_argument("--json", action="store_true",
                   help="a JSON array with each entry's full text, what you did and repair")

    p = sub.add_parser("triggers", parents=[common], help="list triggers with their entry counts",
                       description="List triggers: slug, name, built-in, archived, number of entries.")
    p.add_argument("--json", action="store_true", help="a JSON array")

    p = sub.add_parser("stats", parents=[common], help="counts and mean intensity per trigger",
                       description="How many entries, and per trigger how often and how intense.")
    _range_options(p)
    p.add_argument("--json", action="store_true", help="a JSON object")

    p = sub.add_parser("backup", parents=[common], help="make a verified backup; prints its path",
                       description="Make a verified backup, encrypted like the journal, and print its path. "
                                   "Without OUT it goes to the journal's backups folder (the newest ten are kept).")
    p.add_argument("out", metavar="OUT", nargs="?",
                   help="write the backup to this new file instead (an existing file is never overwritten)")

    p = sub.add_parser("restore", parents=[common], help="replace the journal with a backup",
                       description="Replace the journal with a backup file. The journal as it is now is backed "
                                   "up first. The backup must open with the journal's passphrase, or have none; "
                                   "the restored journal keeps your current passphrase.")
    p.add_argument("file", metavar="FILE", help="the backup file to restore")
    cli_export.add_parser(sub, common)
    cli_import.add_parser(sub, common)
    cli_trash.add_parsers(sub, common)
    cli_crisis.add_parser(sub)
    cli_guidance.add_parser(sub, common)
    cli_safety_plan.add_parser(sub, common)
    return parser


def data_dir_of(args: argparse.Namespace) -> Path:
    folder = resolve_data_dir(getattr(args, "data_dir", None))
    return Path(_checked(str(folder), "journal folder (--data-dir)"))  # SQLite takes UTF-8 paths only


# -- running ---------------------------------------------------------------------------------------
def run(args: argparse.Namespace) -> int:
    """Run the parsed command; returns the exit status."""
    try:
        return guarded(lambda: COMMANDS[args.command](args))
    finally:
        while _HELD:
            _HELD.pop().release()


def _out(line: str = "") -> None:
    """Print a line (or a block of lines) for a person; nothing in it can steer the terminal."""
    sys.stdout.write(say.terminal_safe(line) + "\n")


def _dump(value) -> str:
    """JSON as printed: readable UTF-8, with what a terminal would act on escaped (the same value)."""
    return say.json_safe(json.dumps(value, ensure_ascii=False, indent=2))


def _checked(text: str, what: str) -> str:
    """Text from argv as the user typed it. Bytes the locale could not decode arrive as lone surrogates:
    UTF-8 typed in a C/ASCII locale is recovered exactly; anything else is refused, never mangled."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(text).decode("utf-8")
    except UnicodeError:
        raise InvalidInput(say.not_utf8(what)) from None


# commands that change the journal take its lock first (one writer at a time; see instance_lock.py)
WRITERS = {"init": "creating a journal", "add": "adding an entry", "restore": "restoring a backup",
           "import": "importing", **cli_trash.WRITERS}
_HELD: list = []  # the lock, held until the process ends
LOCK_WAIT_S = 5.0  # how long a writing command waits for the lock before saying the journal is in use


def _lock_if_writing(args: argparse.Namespace) -> None:
    what = WRITERS.get(getattr(args, "command", None))
    if what is not None and not _HELD and data_dir_of(args).is_dir():  # no folder yet: nothing to share
        from journal_app.system.instance_lock import JournalLock

        lock = JournalLock(data_dir_of(args))
        # a moment's wait: another command may be just finishing (60 parallel adds all get their turn)
        lock.require(what, wait=LOCK_WAIT_S, on_wait=lambda: say.notice(say.WAITING_FOR_LOCK))
        _HELD.append(lock)


def _open(args: argparse.Namespace) -> Journal:
    journal = keying.open_journal(data_dir_of(args))  # first: a wrong passphrase leaves no lock file behind
    try:
        if journal.read_only:  # a folder that cannot be written here: reading works, saving cannot
            from journal_app.core import messages

            if getattr(args, "command", None) in WRITERS:
                from journal_app.core.errors import ReadOnlyJournal

                raise ReadOnlyJournal(messages.read_only_write())
            say.complain(messages.READ_ONLY_NOTE)
        if journal.open_warning:
            say.complain(journal.open_warning)
        _lock_if_writing(args)
    except BaseException:
        journal.close()
        raise
    cli_export.remove_export_leftovers(data_dir_of(args))  # plain text a killed export left behind
    return journal


def _dates(args: argparse.Namespace):
    start = parse_date(args.start) if args.start is not None else None
    end = parse_date(args.end) if args.end is not None else None
    if start and end and start > end:
        raise InvalidInput("The --from date is after the --to date; please swap them.")
    return start, end


# -- init ------------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    folder = data_dir_of(args)
    _lock_if_writing(args)
    passphrase = None
    if not args.no_passphrase:
        keying.refuse_if_taken(folder)  # before asking for a passphrase that could not be used
        passphrase = keying.new_passphrase()
    _service().Journal.init(folder, passphrase=passphrase).close()
    _out(say.created(str(folder), encrypted=passphrase is not None))
    return 0


# -- add -------------------------------------------------------------------------------------------
def _read_stdin() -> str:
    raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(say.STDIN_NOT_UTF8) from None


def parse_trigger_arg(value: str) -> tuple[str, int | None]:
    """`slug` or `slug:intensity` (a whole number 0-10)."""
    slug, colon, level = value.partition(":")
    if not colon:
        return slug, None
    if not _INTENSITY_RE.fullmatch(level) or not INTENSITY_MIN <= int(level) <= INTENSITY_MAX:
        raise InvalidInput(say.bad_trigger_intensity(value, level))
    return slug, int(level)


def check_not_ahead(occurred: datetime, given: str) -> datetime:
    """An entry is about something that happened: a time more than a day ahead of now is refused (exit 2)."""
    if occurred - now_utc() > AHEAD_LIMIT:
        raise InvalidInput(say.too_far_ahead(given))
    return occurred


def response_keys(given: list[str]) -> tuple[str, ...]:
    """--response keys, each once, in the order given; an unknown one is refused before anything is saved."""
    keys = tuple(dict.fromkeys(_checked(key, "response").strip() for key in given))
    unknown = [key for key in keys if key not in RESPONSE_KEYS]
    if unknown:
        raise InvalidInput(say.unknown_response(unknown[0]))
    return keys


def cmd_add(args: argparse.Namespace) -> int:
    body = _read_stdin() if args.text == "-" else _checked(args.text, "entry text")
    if not body.strip():
        raise InvalidInput(say.BLANK_TEXT)
    title = ""
    if args.title is not None:
        title = _checked(args.title, "title")
        if not title.strip():
            raise InvalidInput(say.BLANK_TITLE)
    wanted = [parse_trigger_arg(_checked(v, "trigger")) for v in args.trigger]
    names = [_service().clean_name(_checked(n, "person's name"), "person") for n in args.person]
    occurred = now_utc()
    if args.at is not None:
        given = _checked(args.at, "time")
        occurred = check_not_ahead(parse_when(given), given)
    responses = response_keys(args.response)
    with _open(args) as journal:
        marks = tuple(TriggerMark(journal.trigger(slug).id, level) for slug, level in wanted)
        # Check everything before creating anybody, so a bad entry leaves no new people behind.
        form = EntryForm(occurred_at=occurred, title=title, body=body, triggers=marks, shared=args.share,
                         responses=responses, repair=args.repair)
        journal.validate(form)
        person_ids = tuple(journal.add_person(name).id for name in names)
        saved = journal.save(replace(form, person_ids=person_ids))
    if saved is None:  # cannot happen for non-blank text; say so calmly rather than print nothing
        raise InvalidInput(say.BLANK_TEXT)
    _out(str(saved.id))
    return 0


# -- list ------------------------------------------------------------------------------------------
def _filter(journal: Journal, args: argparse.Namespace, start, end) -> EntryFilter:
    trigger_ids = tuple(journal.trigger(slug).id for slug in args.trigger)
    person_ids = (journal.person(args.person).id,) if args.person is not None else ()
    return EntryFilter(text=args.search or "", trigger_ids=trigger_ids, person_ids=person_ids,
                       start=start, end=end)


def iter_rows(journal: Journal, flt: EntryFilter, limit: int | None) -> Iterator[EntryRow]:
    """Rows page by page (never the whole journal at once), stopping after `limit` rows."""
    cursor, given = None, 0
    while limit is None or given < limit:
        page_size = _service().PAGE_SIZE
        size = page_size if limit is None else min(page_size, limit - given)
        page = journal.page(flt, cursor, size)
        for row in page.rows:
            yield row
            given += 1
        cursor = page.next_cursor
        if cursor is None or not page.rows:
            return


def entry_json(detail: EntryDetail) -> dict:
    return {
        "id": detail.id,
        "uuid": detail.uuid,
        "occurred_at": iso_local(detail.occurred_at),
        "title": detail.title,
        "body": detail.body,
        "triggers": [{"slug": c.slug, "name": c.name, "intensity": c.intensity} for c in detail.triggers],
        "people": [p.name for p in detail.people],
        "shared": detail.shared,
        "responses": list(detail.responses),
        "repair": detail.repair,
    }


def _row_line(row: EntryRow, width: int) -> str:
    when = to_local(row.occurred_at).strftime("%Y-%m-%d %H:%M")
    chips = ",".join(c.slug if c.intensity is None else f"{c.slug}:{c.intensity}" for c in row.triggers)
    parts = [f"{row.id:>5}", when] + ([chips] if chips else []) + [say.printable(row.heading)]
    return say.fit("  ".join(parts), width)


def cmd_list(args: argparse.Namespace) -> int:
    start, end = _dates(args)
    if args.search is not None:
        args.search = _checked(args.search, "search text")
    args.trigger = [_checked(slug, "trigger") for slug in args.trigger]
    if args.person is not None:
        args.person = _checked(args.person, "person's name")
    limit = args.limit if args.limit is not None else (None if args.json else HUMAN_LIST_LIMIT)
    with _open(args) as journal:
        flt = _filter(journal, args, start, end)
        if args.json:
            _list_json(journal, flt, limit)
        else:
            _list_human(journal, flt, limit)
    return 0


def _list_json(journal: Journal, flt: EntryFilter, limit: int | None) -> None:
    """A JSON array written as it is read, one entry at a time (each with its full text)."""
    first = True
    sys.stdout.write("[")
    for row in iter_rows(journal, flt, limit):
        item = _dump(entry_json(journal.get(row.id))).replace("\n", "\n  ")
        sys.stdout.write(("\n  " if first else ",\n  ") + item)
        first = False
    sys.stdout.write("]\n" if first else "\n]\n")


def _list_human(journal: Journal, flt: EntryFilter, limit: int) -> None:
    width = max(20, shutil.get_terminal_size((100, 24)).columns)
    shown = 0
    for row in iter_rows(journal, flt, limit + 1):
        if shown == limit:
            _out(say.more_entries(limit))
            return
        _out(_row_line(row, width))
        shown += 1
    if not shown:
        _out(say.NO_ENTRIES)


# -- responses -------------------------------------------------------------------------------------
def cmd_responses(args: argparse.Namespace) -> int:
    """The keys `add --response` and `add --repair` take, with the words the window shows for them."""
    responses = [{"key": key, "label": label} for key, label, _group in RESPONSES]
    repair = [{"key": key, "label": label} for key, label in REPAIR]
    if args.json:
        _out(_dump({"responses": responses, "repair": repair}))
        return 0
    _out("What I did (add --response KEY, repeatable):")
    _out("\n".join("  " + line for line in say.table(("KEY", "SHOWN AS"),
                                                     [(r["key"], r["label"]) for r in responses])))
    _out()
    _out("Repair (add --repair KEY):")
    _out("\n".join("  " + line for line in say.table(("KEY", "SHOWN AS"), [(r["key"], r["label"]) for r in repair])))
    return 0


# -- backup and restore ----------------------------------------------------------------------------
def cmd_backup(args: argparse.Namespace) -> int:
    from journal_app.services import backup

    if args.out is not None:  # the target is checked before the journal is opened
        args.out = cli_export.checked_path(args.out, "file name OUT", database=True)
        refuse_inside_data_folder(args.out, data_dir_of(args), "backup")
    with cli_export.stop_cleanly_on_signals(), _open(args) as journal:
        if args.out is None:
            path = backup.make_backup(journal, reason="manual").path
        else:
            path = backup.export_backup(journal, Path(args.out))
    _out(shown(path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from journal_app.services import backup

    source = Path(cli_export.checked_path(args.file, "file name FILE", database=True))
    refuse_inside_data_folder(source, data_dir_of(args), "restore", allow_backups=True)
    if not source.is_file():
        raise InvalidInput(say.no_backup_file(shown(source)))
    with _open(args) as journal:
        try:
            note = backup.restore(journal, source)
        except InvalidInput as exc:
            if type(exc) is not InvalidInput:  # NotAJournal, NotFound: already clear, exit 2
                raise
            raise WrongPassphrase(say.backup_did_not_open(shown(source))) from None
    before = next((b.path for b in backup.list_backups(data_dir_of(args)) if b.reason == "before-restore"), None)
    _out(say.restored(shown(source), shown(before) if before else None, note))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "add": cmd_add,
    "list": cmd_list,
    "responses": cmd_responses,
    "triggers": cli_stats.cmd_triggers,
    "stats": cli_stats.cmd_stats,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export": cli_export.cmd_export,
    "import": cli_import.cmd_import,
    **cli_trash.COMMANDS,
    **cli_crisis.COMMANDS,
    **cli_guidance.COMMANDS,
    **cli_safety_plan.COMMANDS,
}
