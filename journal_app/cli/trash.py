"""`journal-app delete ID`, `restore-entry ID`, `trash` and `empty-trash`: the window's Trash on the command
line. Deleting moves an entry to the Trash (it can come back); only emptying the Trash deletes for good, and
it asks first (on a terminal; `--yes` for scripts)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from journal_app.cli import keying
from journal_app.cli.common import data_dir_of, lock_if_writing, open_journal, out, positive_int
from journal_app.cli.entries import iter_rows, list_json, row_line, terminal_width
from journal_app.core.errors import InvalidInput, JournalError, NotFound
from journal_app.core.i18n import msg, nmsg, ntrans, trans
from journal_app.models.values import EntryDetail, EntryFilter

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers
    from journal_app.services.journal import Journal


def after_emptying(n: int) -> str:
    return ntrans("cli", "Their words are erased from the journal file and its search index. Backups made before now "
                  "still hold them until newer backups replace them.", n)


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser("delete", parents=[common], help=trans("cli help", "move an entry to the Trash"),
                       description=trans("cli help", "Move an entry to the Trash. It stays there, out of lists, "
                                         "search and numbers, until you restore it (`journal-app restore-entry ID`) "
                                         "or empty the Trash."))
    p.set_defaults(handler=cmd_delete, writes="moving an entry to the Trash")
    p.add_argument("id", metavar="ID", type=positive_int, help=trans("cli help", "the entry's id (`journal-app list` "
                                                                     "shows it)"))

    p = sub.add_parser("restore-entry", parents=[common], help=trans("cli help", "bring an entry back from the Trash"),
                       description=trans("cli help", "Bring an entry back from the Trash into the journal."))
    p.set_defaults(handler=cmd_restore_entry, writes="restoring an entry from the Trash")
    p.add_argument("id", metavar="ID", type=positive_int, help=trans("cli help", "the entry's id (`journal-app "
                                                                     "trash` shows it)"))

    p = sub.add_parser("trash", parents=[common], help=trans("cli help", "list the entries in the Trash"),
                       description=trans("cli help", "List the entries in the Trash, newest first."))
    p.set_defaults(handler=cmd_trash)
    p.add_argument("--json", action="store_true", help=trans("cli help", "a JSON array with each entry's full text"))

    p = sub.add_parser("empty-trash", parents=[common], help=trans("cli help", "delete the entries in the Trash for "
                                                                   "good"),
                       description=trans("cli help", "Delete every entry in the Trash for good: the entries, and "
                                         "their words in the search index, are erased from the journal file. Backups "
                                         "made before still hold them. Asks first on a terminal."))
    p.set_defaults(handler=cmd_empty_trash, writes="emptying the Trash")
    p.add_argument("--yes", action="store_true", help=trans("cli help", "do not ask (for scripts)"))


def _no_entry(entry_id: int) -> NotFound:
    return NotFound(msg("cli", "There is no entry {id} in this journal or its Trash (`journal-app list` and "
                        "`journal-app trash` show the ids). Nothing was changed.", id=entry_id))


def _find(journal: Journal, entry_id: int) -> EntryDetail:
    try:
        return journal.get(entry_id)
    except NotFound:
        raise _no_entry(entry_id) from None


def cmd_delete(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        if _find(journal, args.id).deleted_at is not None:
            out(trans("cli", "Entry {id} is already in the Trash. `journal-app restore-entry {id}` brings it back.",
                      id=args.id))
            return 0
        journal.move_to_trash(args.id)
    out(trans("cli", "Moved entry {id} to the Trash. `journal-app restore-entry {id}` brings it back.", id=args.id))
    return 0


def cmd_restore_entry(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        if _find(journal, args.id).deleted_at is None:
            out(trans("cli", "Entry {id} is not in the Trash; it is in your journal already. Nothing was changed.",
                      id=args.id))
            return 0
        journal.restore(args.id)
    out(trans("cli", "Entry {id} is back in your journal.", id=args.id))
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
    flt = EntryFilter(trashed=True)
    with open_journal(args) as journal:
        if args.json:
            list_json(journal, flt, None)
            return 0
        width = terminal_width()
        shown = 0
        for row in iter_rows(journal, flt, None):
            out(row_line(row, width))
            shown += 1
    if not shown:
        out(trans("cli", "The Trash is empty."))
    return 0


def _in_a_terminal() -> bool:
    try:
        return bool(sys.stdin and sys.stdin.isatty())
    except (AttributeError, ValueError):  # no stdin, or a closed one
        return False


def _ask(question: str) -> bool:
    """A yes/no question on the terminal (asked on stderr, so stdout stays for results); no is the default."""
    sys.stderr.write(f"{question} {trans('cli', '[y/N]')} ")
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes", trans("cli", "y"), trans("cli", "yes"))


def cmd_empty_trash(args: argparse.Namespace) -> int:
    # Opened without the writer lock while the question waits for an answer, so a window can still start;
    # the lock is taken before anything is deleted.
    with keying.open_journal(data_dir_of(args)) as journal:
        count = journal.trash_count()
        if count == 0:
            out(trans("cli", "The Trash is empty; nothing was deleted."))
            return 0
        if not args.yes:
            if not _in_a_terminal():
                raise InvalidInput(nmsg(
                    "cli", "Emptying the Trash deletes its %n entry(s) for good, so it asks first: run it in a "
                    "terminal, or add --yes. Nothing was deleted.", count))
            if not _ask(ntrans("cli", "Delete the %n entry(s) in the Trash for good? This cannot be undone.", count)):
                out(trans("cli", "Nothing was deleted; the Trash is as it was."))
                return 0
        lock_if_writing(args)
        if journal.trash_count() != count:
            raise JournalError(nmsg(
                "cli", "The Trash changed while you were answering (it now holds %n entry(s)), so nothing was "
                "deleted. Please look at it again (`journal-app trash`).", journal.trash_count()))
        removed = journal.empty_trash()
    out(ntrans("cli", "Deleted %n entry(s) for good. {after}", removed, after=after_emptying(removed)))
    return 0
