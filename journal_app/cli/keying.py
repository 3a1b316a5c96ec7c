"""Passphrases for the command line (no Qt, no store): from $JOURNAL_APP_PASSPHRASE, else typed in a
terminal without echo, else a calm refusal. Only encrypted journals are asked for one.

Wrong passphrases in a row are counted on disk (journal_app.services.unlock_attempts, the same count the window
keeps): after the third, a command waits before its try (2 s, 4 s ... up to a minute), saying so on
standard error. It waits rather than refusing, so a script with the right passphrase still succeeds;
Ctrl+C stops the wait.

Like the rest of the command line (see journal_app.cli.common), this imports the journal service when a
command runs, never at import time.
"""

from __future__ import annotations

import math
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli import messages as say
from journal_app.core.errors import (
    InvalidInput,
    JournalExists,
    NotAJournal,
    PassphraseRequired,
    WrongPassphrase,
)
from journal_app.core.i18n import Message
from journal_app.core.paths import database_path

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.services.unlock_attempts import UnlockAttempts

PASSPHRASE_ENV = "JOURNAL_APP_PASSPHRASE"

# the wall clock and the sleep the wait after wrong passphrases uses (tests put their own in)
clock = time.time
sleep = time.sleep


def _from_environment() -> str | None:
    """$JOURNAL_APP_PASSPHRASE as text (None when unset or empty). Bytes the locale could not decode
    arrive as lone surrogates: UTF-8 in a C/ASCII locale is recovered exactly, anything else refused."""
    value = os.environ.get(PASSPHRASE_ENV)
    if not value:
        return None
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(value).decode("utf-8")
    except UnicodeError:
        raise InvalidInput(say.PASSPHRASE_ENV_NOT_UTF8) from None


def _in_a_terminal() -> bool:
    try:
        return bool(sys.stdin and sys.stdin.isatty())
    except (AttributeError, ValueError):  # no stdin, or a closed one
        return False


def _ask(prompt: str | Message) -> str:
    import getpass  # (only when a terminal is asked)

    try:
        return getpass.getpass(str(prompt))
    except EOFError:
        raise PassphraseRequired(say.NO_PASSPHRASE_TYPED) from None


def passphrase_to_open() -> str:
    """The passphrase of an encrypted journal: the environment, else the terminal, else refused."""
    found = _from_environment()
    if found is not None:
        return found
    if not _in_a_terminal():
        raise PassphraseRequired(say.LOCKED)
    return _ask(say.PROMPT_PASSPHRASE)


def open_journal(folder: Path, *, lean: bool = False) -> Journal:
    """Open the journal in `folder`, asking for a passphrase only when it is encrypted. A plain journal
    opens without one (the environment variable is ignored for it). After several wrong passphrases in a
    row, waits first (see the module's note); a right one resets the count. `lean`: see Journal.open."""
    from journal_app.services.journal import Journal  # when a command runs (see the module's note)

    if Journal.state(folder) != "encrypted":
        return Journal.open(folder, passphrase=None, lean=lean)
    from journal_app.services.unlock_attempts import UnlockAttempts  # encrypted journals only

    attempts = UnlockAttempts(folder, clock=clock)
    wait_for_turn(attempts)  # before asking: nobody types a passphrase only to be told to wait
    passphrase = passphrase_to_open()
    try:
        journal = Journal.open(folder, passphrase=passphrase, lean=lean)
    except PassphraseRequired:
        raise PassphraseRequired(say.LOCKED) from None
    except WrongPassphrase as exc:
        attempts.failed()
        raise WrongPassphrase(say.after_wrong_passphrase(str(exc), attempts.failures,
                                                         attempts.remaining())) from None
    attempts.reset()
    return journal


def wait_for_turn(attempts: UnlockAttempts) -> None:
    """Sleep out the wait due after wrong passphrases (saying so once on standard error)."""
    remaining = attempts.remaining()
    if remaining <= 0:
        return
    say.notice(say.waiting_after_failures(attempts.failures, math.ceil(remaining)))
    while remaining > 0:
        sleep(min(remaining, 1.0))
        remaining = attempts.remaining()


def refuse_if_taken(folder: Path) -> None:
    """Before asking for a new passphrase: say now if `init` cannot create a journal in `folder`."""
    if folder.exists() and not folder.is_dir():
        raise NotAJournal(say.folder_is_a_file(str(folder)))
    if os.path.lexists(database_path(folder)):
        raise JournalExists(say.journal_exists(str(folder)))


def new_passphrase() -> str:
    """A passphrase for a new journal: the environment, else typed twice in a terminal; a weak one, or
    two that differ, is refused (exit 2) before anything is created."""
    chosen = _from_environment()
    if chosen is None:
        if not _in_a_terminal():
            raise PassphraseRequired(say.NEW_PASSPHRASE_NEEDS_TERMINAL)
        chosen = _ask(say.PROMPT_CHOOSE)
        if _ask(say.PROMPT_AGAIN) != chosen:
            raise InvalidInput(say.PASSPHRASES_DIFFER)
    from journal_app.services import security

    verdict = security.assess(chosen)
    if not verdict.acceptable:
        raise InvalidInput(say.weak_passphrase(verdict.reason, verdict.hints[0] if verdict.hints else ""))
    return chosen
