"""Names and short texts as the journal keeps them: spaces tidied, broken characters refused, limits checked, and
slugs made from names. Shared by the journal's door (journal.py, journal_cycle.py) and the importers."""

from __future__ import annotations

import re
import unicodedata

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import Message, msg
from journal_app.models import limits

# A lone (unpaired) surrogate can sit in a Python str (bytes the locale could not decode, broken pasted text)
# but not in UTF-8, so SQLite cannot store it: refused with a clear message, never dropped or replaced.
SURROGATE = re.compile("[\ud800-\udfff]")


def slugify(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\W_]+", "-", folded).strip("-")[:60]


def clean_name(name: str, what: str) -> str:
    """The name tidied; `what` says whose it is: "person", "trigger" or "move" (one thing another person did)."""
    name = " ".join((name or "").replace("\x00", "").split())
    if not name:
        raise InvalidInput(_needs_name(what))
    if SURROGATE.search(name):
        raise InvalidInput(msg("journal", "The name holds a broken character that cannot be stored; please retype "
                               "it."))
    problem = limits.name_problem(name, what)
    if problem:
        raise limits.refusal(problem, limits.SHORTEN)
    return name


def _needs_name(what: str) -> Message:
    if what == "person":
        return msg("journal", "The person needs a name.")
    if what == "trigger":
        return msg("journal", "The trigger needs a name.")
    if what == "move":
        return msg("journal", "What they did needs a name.")
    return msg("journal", "The name is empty; please write one.")
