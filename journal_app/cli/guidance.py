"""`journal-app guidance --for TEXT [--json]`: the reading the guidance panel would suggest for some words, with
the reasons the panel shows ("Because you wrote “need space”"), and the gentle safety cue when it would show.

It opens no journal and needs no passphrase. The panel's suggestions for words come from the built-in
articles' keywords alone; the links a person makes between their own triggers and articles only apply to
triggers ticked on an entry, which a piece of text does not have. So the answer here is the panel's answer for
the same words, journal or not. The words are read, matched and forgotten: nothing is written anywhere.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from journal_app.cli.common import checked, dump, out, read_stdin
from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg, trans, translate

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers

BLANK = msg("cli", "There are no words to look at: give a few after --for, or - to read them from standard input. "
            "Nothing was read from any journal.")
NOTHING = msg("cli", "No reading comes up for these words. `journal-app` opens the window, whose guidance library "
              "has every article.")
CRISIS_POINTER = msg("cli", "The crisis page: `journal-app crisis` (no passphrase needed), or Help > If you are in "
                     "crisis.")


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser(
        "guidance", parents=[common], help=trans("cli help", "the reading the guidance panel would suggest for some "
                                                 "words"),
        description=trans("cli help", "List the reading the guidance panel would suggest beside an entry with these "
                          "words, each with the reason it is shown. No journal is opened and no passphrase is asked "
                          "for; the words are not kept. When the words suggest self-harm, suicide or danger from "
                          "someone, the crisis page comes first with one calm line."),
    )
    p.set_defaults(handler=cmd_guidance)
    p.add_argument("--for", dest="text", metavar="TEXT", required=True,
                   help=trans("cli help", "the words to look at; - reads them from standard input"))
    p.add_argument("--json", action="store_true",
                   help=trans("cli help", "a JSON object: \"safety\" (true when the crisis page would come first) "
                              "and \"suggestions\""))


def _words(args: argparse.Namespace) -> str:
    text = read_stdin() if args.text == "-" else checked(args.text, QT_TRANSLATE_NOOP("cli", "text after --for"))
    if not text.strip():
        raise InvalidInput(BLANK)
    return text


def cmd_guidance(args: argparse.Namespace) -> int:
    from journal_app.services.guidance import Library  # when the command runs: see common's note
    from journal_app.services.safety_cue import CUE_LINE

    text = _words(args)
    guide = Library.load().guide(text)
    if args.json:
        out(dump({
            "safety": guide.safety,
            "safety_line": CUE_LINE if guide.safety else None,
            "crisis_page": "crisis" if guide.safety else None,
            "suggestions": [
                {"id": s.article.id, "title": s.article.title, "reason": s.reason, "summary": s.article.summary,
                 "topic": s.article.topic, "prompts": list(s.article.prompts)}
                for s in guide.suggestions
            ],
        }))
        return 0
    if guide.safety:
        out(translate("safety cue", CUE_LINE))
        out(f"  {CRISIS_POINTER}")
        out()
    if not guide.suggestions:
        out(NOTHING)
        return 0
    for n, s in enumerate(guide.suggestions, start=1):
        if n > 1:
            out()
        out(f"{n}. {s.article.title}  [{s.article.id}]")
        out(f"   {s.reason}")
        out(f"   {s.article.summary}")
    return 0
