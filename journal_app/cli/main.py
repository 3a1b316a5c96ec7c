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
from collections.abc import Callable

from journal_app.cli.common import data_dir_of, release_locks
from journal_app.cli.messages import guarded
from journal_app.cli.parser import build_parser

__all__ = ["build_parser", "data_dir_of", "guarded", "run"]  # what journal_app.__main__ uses


def run(args: argparse.Namespace) -> int:
    """Run the parsed command (the handler its parser set); returns the exit status."""

    def command() -> int:
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)

    try:
        return guarded(command)
    finally:
        release_locks()
