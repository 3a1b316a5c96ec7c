"""The `journal-app` command line: argparse front end over the `Journal` service (no Qt, no store).

`journal_app.__main__` parses with `build_parser()` (journal_app.cli.parser), opens the window when no command
was given, and otherwise calls `run(args)`, which runs the command's handler. A command that reads or changes
the journal opens it and closes it again (journal_app.cli.common.open_journal); passphrases (for encrypted
journals only) come from journal_app.cli.keying.

Where things are: one module per command group (parser.py lists them in `journal-app --help` order), each
with its `register(subparsers, ...)` and its `cmd_*` functions; `common` for what they share; `keying` for
passphrases; `messages` for the words and the output streams.
"""

from __future__ import annotations

import argparse
import atexit
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from journal_app.cli.common import data_dir_of, lean, release_locks
from journal_app.cli.messages import guarded
from journal_app.cli.parser import build_parser

__all__ = ["build_parser", "data_dir_of", "end", "guarded", "run"]  # what journal_app.__main__ uses


def run(args: argparse.Namespace) -> int:
    """Run the parsed command (the handler its parser set); returns the exit status."""

    def command() -> int:
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)

    try:
        return guarded(command)
    finally:
        release_locks()


def end(status: int, args: argparse.Namespace) -> NoReturn:
    """End the process with `status` after `run(args)` (journal_app.__main__ only: never for a caller in the
    same process). A quick command (list, add, stats: common.lean) then ends at once, without the interpreter
    tearing down the few hundred modules it loaded (about 6 ms, a tenth of `list`): it has closed its journal
    (saved, and the write-ahead log folded into the file) and let go of the lock; the exit handlers run as they
    would, then its output is flushed. Anything unusual ends the usual way: another thread still running,
    output that could not be flushed (a closed pipe, reported as before), another command."""
    if lean(args) and _alone() and _run_exit_handlers():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            sys.exit(status)
        os._exit(status)
    sys.exit(status)


def _run_exit_handlers() -> bool:
    """Run what was registered with atexit, as the interpreter would at exit; False when it cannot be done
    here (then the process ends the usual way, which runs them)."""
    run: Callable[[], None] | None = getattr(atexit, "_run_exitfuncs", None)
    if run is None:
        return False
    run()
    return True


def _alone() -> bool:
    """Whether this is the only thread (the interpreter would otherwise wait for the others at exit)."""
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1
