"""What every command of the command line shares: the parser class and the options used by several commands,
argument checking, output, and opening the journal (with its writer lock).

Command modules import this one (and `messages`, `keying`); this module imports no command module, so the
package has no import cycle (tests/cli/test_cli_layout.py checks). A command that changes the journal says so
where its parser is registered: `parser.set_defaults(writes="adding an entry")` (the words name what waits
for the lock); `open_journal` then takes the lock, and refuses a journal that can only be read.

The services (and SQLAlchemy under them) are imported when a command runs, not at import time: `journal-app
--version`, `crisis` and the window's start do not wait for the database layer. The quickest commands (list,
add, stats) say `set_defaults(lean=True)` and open the journal without SQLAlchemy at all (store/lean.py: the
same checks, the same SQL); a journal that needs migrating still opens the usual way.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

from journal_app.cli import keying
from journal_app.cli import messages as say
from journal_app.core.errors import InvalidInput, ReadOnlyJournal
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Message, msg, trans, translate
from journal_app.core.paths import ENV_VAR, resolve_data_dir
from journal_app.core.timeutil import parse_date

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.system.instance_lock import JournalLock

LOCK_WAIT_S = 5.0  # how long a writing command waits for the lock before saying the journal is in use
_HELD: list[JournalLock] = []  # the lock, held until the command has finished (see release_locks)


# -- parsing ---------------------------------------------------------------------------------------
# argparse's own words, in the person's language: it looks each up through its module's `_` when it is shown
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "), QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"), QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def _argparse_words(text: str) -> str:
    return translate("argparse", text)


argparse._ = _argparse_words  # type: ignore[attr-defined]  # argparse's gettext hook (it has no catalog here)


class Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) instead of a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, say.usage_line(message, self.prog) + "\n")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        # Python < 3.12 drops a literal "--" even from `--search=--`, leaving [] as the value.
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            value = self._get_value(action, "--")
            self._check_value(action, value)
            return value
        return super()._get_values(action, arg_strings)


if TYPE_CHECKING:
    # what each command group's `register(subparsers, common)` adds its commands to
    Subparsers: TypeAlias = argparse._SubParsersAction[Parser]


def positive_int(text: str) -> int:
    """An argparse type: a whole number from 1 up (--limit N, an entry's ID)."""
    value = text.strip()
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(say.bad_limit(text))
    return int(value)


def data_dir_option(parser: argparse.ArgumentParser, default: str | None) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help=trans("cli help", "the journal folder (default: ${env_var}, else the app's per-user data folder)",
                   env_var=ENV_VAR),
    )


def range_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE", help=trans("cli help", "first day, YYYY-MM-DD (local "
                                                                           "time)"))
    parser.add_argument("--to", dest="end", metavar="DATE", help=trans("cli help", "last day, YYYY-MM-DD, included"))


# -- arguments -------------------------------------------------------------------------------------
def checked(text: str, what: str) -> str:
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
        raise InvalidInput(say.not_utf8(translate("cli", what))) from None


def checked_path(text: str, what: str, *, database: bool = False) -> str:
    """A file name from argv, refused (exit 2) unless it is UTF-8 text (`checked`), and otherwise kept as
    the operating system gave it, so the file is found whatever the locale. Show it with paths.shown().
    `database`: SQLite opens it, and SQLite takes only names it can write as UTF-8, which a non-ASCII name
    in an ASCII-only locale (LC_ALL=C with PYTHONUTF8=0) is not: refused calmly rather than half done."""
    if database and checked(text, what) != text:
        raise InvalidInput(msg("cli", "The {what} has letters outside plain ASCII, and this terminal's language "
                               "setting (an ASCII-only locale) cannot pass them on to the journal's database. Please "
                               "use a UTF-8 locale (for example LANG=C.UTF-8) or a plain name. Nothing was changed.",
                               what=what))
    checked(text, what)
    return text


def read_stdin() -> str:
    """Standard input as text (`-` for the text of `add` and `guidance --for`); refused unless UTF-8."""
    raw: str | bytes = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(say.STDIN_NOT_UTF8) from None


def dates(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """--from and --to (`range_options`) as days, either of them None when not given."""
    start = parse_date(args.start) if args.start is not None else None
    end = parse_date(args.end) if args.end is not None else None
    if start and end and start > end:
        raise InvalidInput(msg("cli", "The --from date is after the --to date; please swap them."))
    return start, end


# -- output ----------------------------------------------------------------------------------------
def out(line: str | Message = "") -> None:
    """Print a line (or a block of lines) for a person; nothing in it can steer the terminal."""
    sys.stdout.write(say.terminal_safe(str(line)) + "\n")


def dump(value: object) -> str:
    """JSON as printed: readable UTF-8, with what a terminal would act on escaped (the same value)."""
    return say.json_safe(json.dumps(value, ensure_ascii=False, indent=2))


# -- the journal -----------------------------------------------------------------------------------
def data_dir_of(args: argparse.Namespace) -> Path:
    folder = resolve_data_dir(getattr(args, "data_dir", None))
    # SQLite takes UTF-8 paths only
    return Path(checked(str(folder), QT_TRANSLATE_NOOP("cli", "journal folder (--data-dir)")))


def writes(args: argparse.Namespace) -> str | None:
    """What the command changes ("adding an entry"), or None for a command that only reads."""
    what: str | None = getattr(args, "writes", None)
    return what


def lean(args: argparse.Namespace) -> bool:
    """Whether the command runs without SQLAlchemy (`parser.set_defaults(lean=True)`: list, add and stats,
    which would otherwise spend most of their time importing it). See Journal.open."""
    return bool(getattr(args, "lean", False))


def lock_if_writing(args: argparse.Namespace) -> None:
    """Commands that change the journal take its lock first (one writer at a time; see instance_lock.py)."""
    what = writes(args)
    if what is not None and not _HELD and data_dir_of(args).is_dir():  # no folder yet: nothing to share
        from journal_app.system.instance_lock import JournalLock

        lock = JournalLock(data_dir_of(args))
        # a moment's wait: another command may be just finishing (60 parallel adds all get their turn)
        lock.require(what, wait=LOCK_WAIT_S, on_wait=lambda: say.notice(say.WAITING_FOR_LOCK))
        _HELD.append(lock)


def release_locks() -> None:
    """Let go of the lock `lock_if_writing` took (once the command has finished)."""
    while _HELD:
        _HELD.pop().release()


def open_journal(args: argparse.Namespace) -> Journal:
    """The journal of --data-dir, opened (asking for its passphrase when it has one, see `keying`), locked
    when the command writes, with a calm note on standard error when it can only be read."""
    # first: a wrong passphrase leaves no lock file behind
    journal = keying.open_journal(data_dir_of(args), lean=lean(args))
    try:
        if journal.read_only:  # a folder that cannot be written here: reading works, saving cannot
            from journal_app.core import messages

            if writes(args) is not None:
                raise ReadOnlyJournal(messages.read_only_write())
            say.complain(translate("messages", messages.READ_ONLY_NOTE))
        if journal.open_warning:
            say.complain(journal.open_warning)
        lock_if_writing(args)
    except BaseException:
        journal.close()
        raise
    remove_export_leftovers(data_dir_of(args))  # plain text a killed export left behind
    return journal


# -- files written outside the journal (export, backup) --------------------------------------------
def remove_export_leftovers(data_dir: Path) -> None:
    """Remove what exports killed outright (SIGKILL, a power cut) left behind; say where anything is that
    could not be removed. Called once the journal has opened."""
    from journal_app.core.files import leftovers_note, remove_leftovers

    _removed, failed = remove_leftovers(data_dir)
    if failed:
        say.complain(leftovers_note(failed))


@contextmanager
def stop_cleanly_on_signals() -> Iterator[None]:
    """While a command writes a file outside the journal, SIGTERM and SIGHUP (logging out, closing the
    terminal) stop it cleanly: the unfinished file is removed at once (an export is plain text), the journal
    is closed as usual, and the command exits with 128 + the signal's number. (SIGKILL cannot be caught: the
    next run removes what it left, see core.files.remove_leftovers.) The earlier handlers come back
    afterwards."""
    import signal
    import threading

    from journal_app.core import files

    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return

    def stop(signum: int, _frame: FrameType | None) -> None:
        for other in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(other, signal.SIG_IGN)  # once is enough: let the clean-up below finish
        writing = files.in_progress()
        left = files.abandon_all()
        if left:
            say.complain(files.leftovers_note(left))
        elif writing:
            say.complain(trans("cli", "Stopped by {signal}: {stopped} Your journal is unchanged.",
                               signal=signal.Signals(signum).name, stopped=files.STOPPED))
        raise SystemExit(128 + signum)

    before = {signum: signal.signal(signum, stop) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
