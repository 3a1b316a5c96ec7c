"""`journal-app delete ID`, `restore-entry ID`, `trash` and `empty-trash`: the window's Trash on the command
line. Deleting moves an entry to the Trash (it can come back); only emptying the Trash deletes for good, and
it asks first (on a terminal; `--yes` for scripts)."""

from __future__ import annotations

import argparse
import sys

from journal_app.core.errors import InvalidInput, JournalError, NotFound

# commands that change the journal: they take its writer lock (see cli._lock_if_writing)
WRITERS = {"delete": "moving an entry to the Trash", "restore-entry": "restoring an entry from the Trash",
           "empty-trash": "emptying the Trash"}

def after_emptying(n: int) -> str:
    if n == 1:
        return ("Its words are erased from the journal file and its search index. Backups made before now still "
                "hold it until newer backups replace them.")
    return ("Their words are erased from the journal file and its search index. Backups made before now still "
            "hold them until newer backups replace them.")


def _cli():
    """The shared helpers of the command line (imported when a command runs: cli imports this module)."""
    from journal_app.cli import main as cli

    return cli


def add_parsers(sub, common) -> None:
    from journal_app.cli.main import _positive_int

    p = sub.add_parser("delete", parents=[common], help="move an entry to the Trash",
                       description="Move an entry to the Trash. It stays there, out of lists, search and "
                                   "numbers, until you restore it (`journal-app restore-entry ID`) or empty the "
                                   "Trash.")
    p.add_argument("id", metavar="ID", type=_positive_int, help="the entry's id (`journal-app list` shows it)")

    p = sub.add_parser("restore-entry", parents=[common], help="bring an entry back from the Trash",
                       description="Bring an entry back from the Trash into the journal.")
    p.add_argument("id", metavar="ID", type=_positive_int, help="the entry's id (`journal-app trash` shows it)")

    p = sub.add_parser("trash", parents=[common], help="list the entries in the Trash",
                       description="List the entries in the Trash, newest first.")
    p.add_argument("--json", action="store_true", help="a JSON array with each entry's full text")

    p = sub.add_parser("empty-trash", parents=[common], help="delete the entries in the Trash for good",
                       description="Delete every entry in the Trash for good: the entries, and their words in "
                                   "the search index, are erased from the journal file. Backups made before "
                                   "still hold them. Asks first on a terminal.")
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")


def _no_entry(entry_id: int) -> NotFound:
    return NotFound(f"There is no entry {entry_id} in this journal or its Trash (`journal-app list` and "
                    "`journal-app trash` show the ids). Nothing was changed.")


def _find(journal, entry_id: int):
    try:
        return journal.get(entry_id)
    except NotFound:
        raise _no_entry(entry_id) from None


def cmd_delete(args: argparse.Namespace) -> int:
    cli = _cli()
    with cli._open(args) as journal:
        if _find(journal, args.id).deleted_at is not None:
            cli._out(f"Entry {args.id} is already in the Trash. `journal-app restore-entry {args.id}` brings it "
                     "back.")
            return 0
        journal.move_to_trash(args.id)
    cli._out(f"Moved entry {args.id} to the Trash. `journal-app restore-entry {args.id}` brings it back.")
    return 0


def cmd_restore_entry(args: argparse.Namespace) -> int:
    cli = _cli()
    with cli._open(args) as journal:
        if _find(journal, args.id).deleted_at is None:
            cli._out(f"Entry {args.id} is not in the Trash; it is in your journal already. Nothing was changed.")
            return 0
        journal.restore(args.id)
    cli._out(f"Entry {args.id} is back in your journal.")
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
    import shutil

    from journal_app.models.values import EntryFilter

    cli = _cli()
    flt = EntryFilter(trashed=True)
    with cli._open(args) as journal:
        if args.json:
            cli._list_json(journal, flt, None)
            return 0
        width = max(20, shutil.get_terminal_size((100, 24)).columns)
        shown = 0
        for row in cli.iter_rows(journal, flt, None):
            cli._out(cli._row_line(row, width))
            shown += 1
    if not shown:
        cli._out("The Trash is empty.")
    return 0


def _in_a_terminal() -> bool:
    try:
        return bool(sys.stdin and sys.stdin.isatty())
    except (AttributeError, ValueError):  # no stdin, or a closed one
        return False


def _ask(question: str) -> bool:
    """A yes/no question on the terminal (asked on stderr, so stdout stays for results); no is the default."""
    sys.stderr.write(f"{question} [y/N] ")
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):
        return False
    return answer.strip().lower() in ("y", "yes")


def _entries(n: int) -> str:
    return "1 entry" if n == 1 else f"{n} entries"


def cmd_empty_trash(args: argparse.Namespace) -> int:
    from journal_app.cli import keying as cli_keying

    cli = _cli()
    # Opened without the writer lock while the question waits for an answer, so a window can still start;
    # the lock is taken before anything is deleted.
    with cli_keying.open_journal(cli.data_dir_of(args)) as journal:
        count = journal.trash_count()
        if count == 0:
            cli._out("The Trash is empty; nothing was deleted.")
            return 0
        if not args.yes:
            if not _in_a_terminal():
                raise InvalidInput(
                    f"Emptying the Trash deletes its {_entries(count)} for good, so it asks first: run it in a "
                    "terminal, or add --yes. Nothing was deleted."
                )
            if not _ask(f"Delete the {_entries(count)} in the Trash for good? This cannot be undone."):
                cli._out("Nothing was deleted; the Trash is as it was.")
                return 0
        cli._lock_if_writing(args)
        if journal.trash_count() != count:
            raise JournalError(
                f"The Trash changed while you were answering (it now holds {_entries(journal.trash_count())}), "
                "so nothing was deleted. Please look at it again (`journal-app trash`)."
            )
        removed = journal.empty_trash()
    cli._out(f"Deleted {_entries(removed)} for good. {after_emptying(removed)}")
    return 0


COMMANDS = {"delete": cmd_delete, "restore-entry": cmd_restore_entry, "trash": cmd_trash,
            "empty-trash": cmd_empty_trash}
