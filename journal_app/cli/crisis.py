"""`journal-app crisis [--country CC]`: the crisis page in the terminal. It reads no journal and asks for no
passphrase, so it works while the journal is locked, encrypted, or not there at all. The country is an ISO
3166 code; without --country it comes from the locale (LC_ALL, LC_MESSAGES, LANG)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from journal_app.cli.common import checked, out
from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, trans
from journal_app.services import crisis

if TYPE_CHECKING:
    from journal_app.cli.common import Subparsers


def register(sub: Subparsers) -> None:
    """The crisis page reads no journal: no --data-dir (no `common` options)."""
    p = sub.add_parser(
        "crisis", help=trans("cli help", "where to get help now, by country (no passphrase needed)"),
        description=trans("cli help", "Show emergency and crisis numbers for a country, and what to do anywhere. "
                          "This app is not an emergency service: nothing is dialled, and the journal is not opened. "
                          "Known countries: {join}.", join=', '.join(crisis.known_codes())),
    )
    p.set_defaults(handler=cmd_crisis)
    p.add_argument("--country", metavar="CC",
                   help=trans("cli help", "a two-letter country code such as GB, US or DE (default: from your locale)"))


def unknown_country(typed: str) -> InvalidInput:
    return InvalidInput(msg(
        "cli", "This app has no numbers for the country code '{code}'. Known codes: {codes}. Wherever you are, you "
        "can call your local emergency number, go to the nearest emergency department, or look up a helpline at "
        "{directory}. Your journal was not opened.", code=typed.strip(), codes=", ".join(crisis.known_codes()),
        directory=crisis.DIRECTORY))


def cmd_crisis(args: argparse.Namespace) -> int:
    if args.country is not None:
        code = crisis.normalise(checked(args.country, QT_TRANSLATE_NOOP("cli", "country code (--country)")))
        if code is None:
            raise unknown_country(args.country)
    else:
        code = crisis.normalise(crisis.country_from_environment())  # unlisted or none: the advice for anywhere
    out(crisis.page_text(code).rstrip("\n"))
    if code is None:
        out()
        out(trans("cli", "For a country's numbers: journal-app crisis --country CC ({codes}).",
                  codes=", ".join(crisis.known_codes())))
    return 0
