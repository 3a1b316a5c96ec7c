"""Words, layout and output streams for the command line (no Qt, no store): one clear line per
problem, tables that fit the terminal, and text made safe to show without changing what was stored."""

from __future__ import annotations

import codecs
import math
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from journal_app.core.errors import JournalError
from journal_app.core.i18n import Message, msg, ntrans, trans

PROG = "journal-app"

# Sentences in the person's language (journal_app.core.i18n, context "cli"): fixed ones are Messages, worded where
# they are printed; the others are worded when made.
BLANK_TEXT = msg("cli", "The entry text is empty; write a few words (or pass - to read them from standard input).")
BLANK_TITLE = msg("cli", "The title is empty; leave out --title, or give it a few words.")
STDIN_NOT_UTF8 = msg("cli", "The text on standard input is not valid UTF-8, so it was not saved.")
NO_ENTRIES = msg("cli", "No entries match.")
INTERRUPTED = msg("cli", "Stopped.")


def unexpected(kind: str) -> str:
    return trans("cli", "Something unexpected went wrong ({kind}). Nothing else was changed; please try again, and "
                 "report it if it happens again.", kind=kind)


def not_utf8(what: str) -> str:
    return trans("cli", "The {what} is not valid UTF-8 text, so it was not used.", what=what)


def bad_limit(value: str) -> str:
    return trans("cli", "{value} is not a whole number of 1 or more.", value=repr(value))


def bad_trigger_intensity(arg: str, level: str) -> str:
    return trans("cli", "In --trigger {arg}, the intensity {level} is not a whole number from 0 to 10.",
                 arg=repr(arg), level=repr(level))


def too_far_ahead(given: str) -> str:
    return trans("cli", "{given} is more than a day ahead of now. An entry is about something that happened; give "
                 "a time up to a day from now (or leave out --at for now). Nothing was saved.", given=repr(given))


def bad_belief_strength(arg: str, level: str) -> str:
    return trans("cli", "In --belief {arg}, how true it felt ({level}) is not a whole number from 0 to 100. Nothing "
                 "was saved.", arg=repr(arg), level=repr(level))


def bad_their_move(arg: str) -> str:
    return trans("cli", "--their-move {arg} is not PERSON=MOVE, like Sam=went-quiet. Nothing was saved.",
                 arg=repr(arg))


def unknown_response(key: str) -> str:
    return trans("cli", "{key} is not one of the things the journal can record that you did; `journal-app "
                 "responses` lists them. Nothing was saved.", key=repr(key))


def created(path: str, encrypted: bool = False) -> str:
    if encrypted:
        return trans("cli", "Created a new encrypted journal in {path}. Keep your passphrase somewhere safe: "
                     "without it nobody, not even you, can open the journal.", path=path)
    return trans("cli", "Created a new journal in {path} (without a passphrase).", path=path)


# -- passphrases, backups, restore -----------------------------------------------------------------
LOCKED = msg("cli", "this journal is locked: set JOURNAL_APP_PASSPHRASE or run in a terminal")
NEW_PASSPHRASE_NEEDS_TERMINAL = msg(
    "cli",
    "A new encrypted journal needs a passphrase, typed twice in a terminal, and there is no terminal here. Set "
    "JOURNAL_APP_PASSPHRASE to the passphrase you choose, run `journal-app init` in a terminal, or add "
    "--no-passphrase for a journal without one. Nothing was created."
)
NO_PASSPHRASE_TYPED = msg("cli", "No passphrase was typed, so the journal stays locked. Nothing was changed.")
PASSPHRASE_ENV_NOT_UTF8 = msg("cli", "JOURNAL_APP_PASSPHRASE is not valid UTF-8 text, so it was not used.")
PASSPHRASES_DIFFER = msg("cli", "The two passphrases are not the same, so no journal was created. Please try again.")
PROMPT_PASSPHRASE = msg("cli", "Passphrase: ")
PROMPT_CHOOSE = msg("cli", "Choose a passphrase: ")
PROMPT_AGAIN = msg("cli", "Type it again: ")


def waiting_after_failures(failures: int, seconds: int) -> str:
    return ntrans("cli", "Too many wrong passphrases in a row ({failures}), so this try waits %n second(s) first "
                  "(Ctrl+C stops it). Nothing was changed.", seconds, failures=failures)


def after_wrong_passphrase(message: str, failures: int, wait: float) -> str:
    """The service's wrong-passphrase sentence, and what the next try will cost once tries are slowed."""
    if wait <= 0:
        return message
    return ntrans("cli", "{message} After {failures} wrong passphrases in a row, the next try waits %n second(s).",
                  math.ceil(wait), message=message, failures=failures)


WAITING_FOR_LOCK = msg("cli", "Waiting for the journal: another window or command is using it…")


def weak_passphrase(reason: str, hint: str) -> str:
    return " ".join(part for part in (
        trans("cli", "That passphrase is too easy to guess, so no journal was created."), reason.strip(),
        hint.strip(),
    ) if part)


def folder_is_a_file(path: str) -> str:
    return trans("cli", "{path} is a file, not a journal folder.", path=path)


def journal_exists(path: str) -> str:
    return trans("cli", "A journal already exists in {path}; nothing was changed.", path=path)


def restored(source: str, before: str | None, note: str | None = None) -> str:
    line = trans("cli", "Restored from {source}.", source=source)
    if before:
        line += " " + trans("cli", "Your journal as it was before is kept in {before}.", before=before)
    if note:  # the backup was protected differently (see backup.restore)
        line += f" {note}"
    return line


def no_backup_file(path: str) -> str:
    return trans("cli", "There is no backup file at {path}. Nothing was changed.", path=path)


def backup_did_not_open(source: str) -> str:
    return trans("cli", "The backup {source} did not open with this journal's passphrase, or it is damaged. Nothing "
                 "was changed.", source=source)


def entries(n: int) -> str:
    """1 entry, 2 entries, 1,200 entries."""
    return ntrans("cli", "%n entry(s)", n)


def more_entries(shown: int) -> str:
    return ntrans("cli", "(showing the first %n; use --limit N to see more)", shown)


def os_failure(exc: OSError) -> str:
    reason = exc.strerror or type(exc).__name__
    if getattr(exc, "filename", None):
        return trans("cli", "The operating system refused ({file}): {reason}.", file=exc.filename, reason=reason)
    return trans("cli", "The operating system refused: {reason}.", reason=reason)


def one_line(message: str | Message) -> str:
    """Any message as a single line (argparse and a few services write several)."""
    return " ".join(str(message).split()) or trans("cli", "(no details)")


def error_line(message: str | Message) -> str:
    return f"{PROG}: {printable(one_line(message))}"


def usage_line(message: str, prog: str) -> str:
    return f"{PROG}: {one_line(message)} " + trans("cli", "(see '{command} --help')", command=prog)


# -- showing text in a terminal --------------------------------------------------------------------
# Direction controls (embeddings, overrides, isolates and the marks): U+202E in a title would turn the rest
# of the line around, ids and dates included. They are left out of what the terminal shows (--json keeps
# them, written as \u escapes).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_BUT_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")  # keeps \t and \n
_JSON_RAW = re.compile(f"[\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}]")  # what json.dumps leaves as it is


def printable(text: str) -> str:
    """For a one-line display only (never for JSON or storage): control characters become spaces and
    direction controls are left out, so an entry's text cannot move the cursor, recolour the terminal or
    reorder the line."""
    return _CONTROL.sub(" ", _BIDI.sub("", text))


def terminal_safe(text: str) -> str:
    """Any text about to reach the terminal (the last guard, on every line printed): like printable(),
    but tabs and line breaks stay."""
    return _CONTROL_BUT_LINES.sub(" ", _BIDI.sub("", text))


def json_safe(text: str) -> str:
    """JSON text from json.dumps(ensure_ascii=False) with the characters it leaves raw that a terminal
    acts on (C1 controls such as CSI, direction controls, line and paragraph separators) written as
    \\uXXXX escapes instead: the same JSON value, safe to show."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def fit(text: str, width: int) -> str:
    """Cut `text` to at most `width` terminal columns, ending with an ellipsis when cut."""
    if width <= 0:
        return ""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], right: tuple[int, ...] = ()) -> list[str]:
    """Columns aligned by display width; the columns listed in `right` are right-aligned."""
    cells = [header, *rows]
    widths = [max(display_width(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for row in cells:
        parts = []
        for i, cell in enumerate(row):
            gap = " " * max(0, widths[i] - display_width(cell))
            parts.append(gap + cell if i in right else cell + gap)
        lines.append("  ".join(parts).rstrip())
    return lines


# -- streams ---------------------------------------------------------------------------------------
@runtime_checkable
class _Reconfigurable(Protocol):
    """A text stream whose encoding can change (io.TextIOWrapper, what sys.stdout and sys.stderr usually are)."""

    def reconfigure(self, *, encoding: str, errors: str) -> None: ...


def use_utf8_streams() -> None:
    """stdout in UTF-8 whatever the locale; stderr too, never failing on an odd character."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        try:
            wrong = codecs.lookup(stream.encoding or "ascii").name != "utf-8" or stream.errors != errors
            if wrong and isinstance(stream, _Reconfigurable):  # a stream without reconfigure stays as it is
                stream.reconfigure(encoding="utf-8", errors=errors)
        except (AttributeError, ValueError, LookupError, OSError):
            pass


def complain(message: str | Message) -> None:
    try:
        print(error_line(message), file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def notice(message: str | Message) -> None:
    """A line on standard error that is not a failure (the command goes on)."""
    complain(message)


def silence_stdout() -> None:
    """After a closed pipe (`journal-app list | head`), keep Python from failing again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def guarded(action: Callable[[], int | None]) -> int:
    """Run `action`, turning every failure into one calm line on stderr and an exit status."""
    try:
        return action() or 0
    except JournalError as exc:
        complain(str(exc))
        return exc.exit_status
    except BrokenPipeError:
        silence_stdout()
        return 1
    except OSError as exc:
        complain(os_failure(exc))
        return 1
    except KeyboardInterrupt:
        complain(INTERRUPTED)
        return 130
    except Exception as exc:
        complain(unexpected(type(exc).__name__))
        return 1
