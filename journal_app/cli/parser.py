"""The `journal-app` argument parser: the options that come before any command, then each command group's
`register(subparsers, common)`, in the order `journal-app --help` lists them.

Each command's parser names the function that runs it (`set_defaults(handler=...)`), and a command that
changes the journal says what it is doing (`writes=`, see `common`); `main.run` calls the handler.

Given the command line, `build_parser(argv)` registers only the group of the command it names (one module
imported, a few parsers built, instead of all of them): the quick commands (list, add, stats) start sooner.
Everything else (--help, --version, no command, a command it does not know) gets the whole parser, so
what is printed never depends on it; tests/cli/test_cli_parser.py checks that GROUPS lists what each
group registers, and that each command parses and explains itself the same either way.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from importlib import import_module

from journal_app import __version__
from journal_app.cli import keying
from journal_app.cli import messages as say
from journal_app.cli.common import Parser, data_dir_option
from journal_app.core.i18n import trans

# each command group's module (journal_app.cli.<module>) and the commands it registers, in --help order
GROUPS: dict[str, tuple[str, ...]] = {
    "init": ("init",),
    "entries": ("add", "responses", "list"),
    "cycle": ("link-repair", "beliefs"),
    "stats": ("triggers", "stats"),
    "backup": ("backup", "restore"),
    "export": ("export",),
    "importing": ("import",),
    "trash": ("delete", "restore-entry", "trash", "empty-trash"),
    "crisis": ("crisis",),  # reads no journal: no --data-dir
    "guidance": ("guidance",),
    "safety_plan": ("safety-plan",),
}
_GROUP_OF = {command: group for group, commands in GROUPS.items() for command in commands}
_NO_JOURNAL = {"crisis"}
_FLAGS = ("--install-desktop-entry", "--uninstall-desktop-entry")  # the options before a command with no value


def command_named(argv: Sequence[str]) -> str | None:
    """The command the arguments name, read the way the parser reads them (--data-dir DIR or --data-dir=DIR
    and the menu flags may come first); None when there is none, or anything else comes first (--help,
    --version, an option it does not know), which the whole parser then answers."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--data-dir":
            i += 2
        elif arg.startswith("--data-dir=") or arg in _FLAGS:
            i += 1
        elif arg.startswith("-"):
            return None
        else:
            return arg if arg in _GROUP_OF else None
    return None


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The parser of every command; with `argv`, of the command it names only (see the module's note)."""
    named = command_named(argv) if argv is not None else None
    groups = [_GROUP_OF[named]] if named is not None else list(GROUPS)
    parser = Parser(
        prog=say.PROG, allow_abbrev=False,
        description=trans("cli help", "Relationship Patterns Journal. Without a command, opens the journal window."),
        epilog=trans("cli help", "An encrypted journal asks for its passphrase in the terminal (nothing is shown as "
                     "you type), or reads it from ${passphrase_env}. A journal without a passphrase never asks.",
                     passphrase_env=keying.PASSPHRASE_ENV),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    data_dir_option(parser, None)
    menu = parser.add_mutually_exclusive_group()  # handled in __main__, without a command
    menu.add_argument("--install-desktop-entry", action="store_true",
                      help=trans("cli help", "add the app and its icon to your applications menu (for you only), "
                                 "then exit"))
    menu.add_argument("--uninstall-desktop-entry", action="store_true",
                      help=trans("cli help", "take the app out of your applications menu again, then exit"))
    # The same option after the command; SUPPRESS keeps a sub-command from erasing the global value.
    common = Parser(add_help=False)
    data_dir_option(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in groups:
        module = import_module(f"journal_app.cli.{group}")
        if group in _NO_JOURNAL:
            module.register(sub)
        else:
            module.register(sub, common)
    return parser
