"""`journal-app init [--no-passphrase]`: a new, empty journal, encrypted with a passphrase chosen in the terminal
(see `keying`) unless --no-passphrase is given."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from journal_app.cli import keying
from journal_app.cli import messages as say
from journal_app.cli.common import data_dir_of, lock_if_writing, out
from journal_app.core.i18n import trans

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser(
        "init", parents=[common], help=trans("cli help", "create a new, encrypted journal in the folder"),
        description=trans("cli help", "Create a new, empty journal, encrypted with a passphrase you choose (typed "
                          "twice in the terminal, or read from ${passphrase_env}). Passphrases that are easy to "
                          "guess are refused. Refuses if a journal is already there.",
                          passphrase_env=keying.PASSPHRASE_ENV),
    )
    p.set_defaults(handler=cmd_init, writes="creating a journal")
    p.add_argument("--no-passphrase", action="store_true",
                   help=trans("cli help", "do not encrypt: anyone who can read the folder can read the journal"))


def cmd_init(args: argparse.Namespace) -> int:
    from journal_app.services.journal import Journal  # when the command runs: see common's note

    folder = data_dir_of(args)
    lock_if_writing(args)
    passphrase = None
    if not args.no_passphrase:
        keying.refuse_if_taken(folder)  # before asking for a passphrase that could not be used
        passphrase = keying.new_passphrase()
    Journal.init(folder, passphrase=passphrase).close()
    out(say.created(str(folder), encrypted=passphrase is not None))
    return 0
