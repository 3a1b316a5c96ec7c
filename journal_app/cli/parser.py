"""The `journal-app` argument parser: the options that come before any command, then each command group's
`register(subparsers, common)`, in the order `journal-app --help` lists them.

Each command's parser names the function that runs it (`set_defaults(handler=...)`), and a command that
changes the journal says what it is doing (`writes=`, see `common`); `main.run` calls the handler.
"""

from __future__ import annotations

import argparse

from journal_app import __version__
from journal_app.cli import (
    backup,
    crisis,
    entries,
    export,
    guidance,
    importing,
    init,
    keying,
    safety_plan,
    stats,
    trash,
)
from journal_app.cli import messages as say
from journal_app.cli.common import Parser, data_dir_option


def build_parser() -> Parser:
    parser = Parser(
        prog=say.PROG, allow_abbrev=False,
        description="Relationship Patterns Journal. Without a command, opens the journal window.",
        epilog=f"An encrypted journal asks for its passphrase in the terminal (nothing is shown as you type), "
               f"or reads it from ${keying.PASSPHRASE_ENV}. A journal without a passphrase never asks.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    data_dir_option(parser, None)
    menu = parser.add_mutually_exclusive_group()  # handled in __main__, without a command
    menu.add_argument("--install-desktop-entry", action="store_true",
                      help="add the app and its icon to your applications menu (for you only), then exit")
    menu.add_argument("--uninstall-desktop-entry", action="store_true",
                      help="take the app out of your applications menu again, then exit")
    # The same option after the command; SUPPRESS keeps a sub-command from erasing the global value.
    common = Parser(add_help=False)
    data_dir_option(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    init.register(sub, common)
    entries.register(sub, common)  # add, responses, list
    stats.register(sub, common)  # triggers, stats
    backup.register(sub, common)  # backup, restore
    export.register(sub, common)
    importing.register(sub, common)
    trash.register(sub, common)  # delete, restore-entry, trash, empty-trash
    crisis.register(sub)  # reads no journal: no --data-dir
    guidance.register(sub, common)
    safety_plan.register(sub, common)
    return parser
