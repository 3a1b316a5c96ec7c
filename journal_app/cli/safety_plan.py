"""`journal-app safety-plan [--show | --pdf OUT]`: the person's safety plan in the terminal, or as a PDF.

A plan kept readable while locked (its own file in the journal's folder) is read without a passphrase and
without opening the journal. A plan kept inside the journal needs the journal opened, so an encrypted journal
asks for its passphrase first. The plan is written in the window (Help ▸ My safety plan…)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli.common import checked, data_dir_of, open_journal, out
from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, trans

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers
    from journal_app.services.safety_plan import SafetyPlan

NO_PLAN = msg("cli", "You have not written a safety plan yet. You can write one in the app (Help ▸ My safety "
              "plan…), ideally with your therapist. If you need help now: journal-app crisis")


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser(
        "safety-plan", parents=[common], help=trans("cli help", "show your safety plan, or save it as PDF"),
        description=trans("cli help", "Show your safety plan, or save it as a PDF to print. A plan you chose to keep "
                          "readable while locked opens without your passphrase; one kept inside the journal asks for "
                          "it. The plan is written in the app: Help ▸ My safety plan…."),
    )
    p.set_defaults(handler=cmd_safety_plan)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--show", action="store_true", help=trans("cli help", "print the plan here (the default)"))
    what.add_argument("--pdf", metavar="OUT",
                      help=trans("cli help", "save the plan as a PDF to print (a new file outside the journal's "
                                 "folder)"))


def _find(args: argparse.Namespace) -> SafetyPlan | None:
    """The plan (read without a passphrase when it is kept readable while locked), or None."""
    from journal_app.services import safety_plan
    from journal_app.services.journal import Journal

    data_dir = data_dir_of(args)
    plan = safety_plan.read_file(data_dir)
    if plan is not None or Journal.state(data_dir) == "missing":
        return plan
    journal = open_journal(args)
    try:
        return safety_plan.load(journal)
    finally:
        journal.close()


def cmd_safety_plan(args: argparse.Namespace) -> int:
    from journal_app.services import safety_plan  # here, not at the top: `journal-app --help` stays light

    target = None
    if args.pdf is not None:
        target = Path(checked(args.pdf, QT_TRANSLATE_NOOP("cli", "file name (--pdf)"))).expanduser()
        safety_plan.refuse_target(target, data_dir_of(args))  # before anything is read or asked for
        if target.exists():
            raise InvalidInput(msg("cli", "{file} already exists; please choose a new file name. Nothing was written.",
                                   file=str(target)))
    plan = _find(args)
    if plan is None:
        out(NO_PLAN)
        return 0
    if target is None:
        out(safety_plan.plain_text(plan).rstrip("\n"))
        return 0
    from journal_app.core.files import write_atomic
    from journal_app.services.exporting.pdf import render_safety_plan_pdf

    written = write_atomic(target, render_safety_plan_pdf(plan, safety_plan.page_size()),
                           data_dir=data_dir_of(args), what="export")
    out(trans("cli", "Your safety plan was saved as {file} (readable only by you). It is not encrypted: keep it "
              "where you want it, and delete it when you no longer need it.", file=str(written)))
    return 0
