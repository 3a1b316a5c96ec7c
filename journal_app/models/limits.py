"""What one journal holds: the limits, and the one place that checks them (no database, no Qt).

Every door checks an entry, a session or a thing to bring up with these functions before it writes: the editor
and the CLI (through `Journal.validate`), every importer (importing/apply.py) and the JSON restore
(importing/json_restore.py). Each `*_problem` function returns None when the value is fine, else a clause
naming the field and the limit ("the title is 301 characters long; titles can be up to 300"), which the caller
turns into a sentence with what is safe: `refusal(problem)` -> "The title is 301 characters long; titles can
be up to 300. Nothing was saved.", or `importing.model.fail(where, problem)` for a record of a file.

The limits (the README's "Limits" lists them for people):
- a date and time from 1 January 1900 to 31 December 2200 (UTC): every moment of a life, and room for an
  entry dated ahead; outside it, local-time conversions and charts of the years between break down;
- a title up to 300 characters (a line, not a page: the list shows it on one line);
- an entry's text up to 1,000,000 characters (about 300 pages; a pasted 300 KB chat log fits three times);
- names of triggers and people up to 80 characters, a trigger's description up to 2,000;
- a session note up to 20,000 characters, a thing to bring up up to 2,000;
- intensities are whole numbers from 0 to 10;
- a belief up to 200 characters, the kinder thought written beside it up to 2,000; how true a belief felt is a
  whole number from 0 to 100 (per cent);
- uuids are real UUIDs (stored in their canonical form, 0f8fad5b-d9cb-469f-a165-70867728950e).
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import UTC, date, datetime

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, medium_date, number, trans, translate
from journal_app.core.timeutil import EARLIEST_YEAR, LATEST_YEAR, to_utc

MAX_TITLE_CHARS = 300
MAX_BODY_CHARS = 1_000_000
MAX_NAME_CHARS = 80
MAX_DESCRIPTION_CHARS = 2_000
MAX_NOTE_CHARS = 20_000
MAX_ITEM_CHARS = 2_000
INTENSITY_MIN, INTENSITY_MAX = 0, 10
MAX_BELIEF_CHARS = 200
MAX_THOUGHT_CHARS = 2_000
STRENGTH_MIN, STRENGTH_MAX = 0, 100
EARLIEST = datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC)
LATEST = datetime(LATEST_YEAR + 1, 1, 1, tzinfo=UTC)  # not included: up to the end of LATEST_YEAR
DATE_RANGE = f"1 January {EARLIEST_YEAR} to 31 December {LATEST_YEAR}"  # as the README says it
NOTHING_SAVED = QT_TRANSLATE_NOOP("limits", "Nothing was saved.")
SHORTEN = QT_TRANSLATE_NOOP("limits", "Please shorten it; nothing was saved.")
SESSION_DAY = QT_TRANSLATE_NOOP("limits", "session's day")  # a noun for when_problem / day_problem


def date_range() -> str:
    """'1 January 1900 to 31 December 2200', in the person's language."""
    return trans("limits", "{first} to {last}", first=medium_date(date(EARLIEST_YEAR, 1, 1)),
                 last=medium_date(date(LATEST_YEAR, 12, 31)))


def refusal(problem: str, safe: str = NOTHING_SAVED) -> InvalidInput:
    """The problem as a sentence for the person, with what is safe after it (both in the person's language)."""
    return InvalidInput(f"{problem[:1].upper()}{problem[1:]}. {translate('limits', safe)}")


def _over(value: str, limit: int) -> dict[str, str] | None:
    """The length and the limit, written as numbers of the language, when `value` is over `limit`."""
    return None if len(value) <= limit else {"length": number(len(value)), "limit": number(limit)}


def length_problem(value: str, noun: str, plural: str, limit: int) -> str | None:
    """'the slug is 81 characters long; slugs can be up to 80' when `value` is over `limit` (fields a person does
    not write: the nouns as given)."""
    over = _over(value, limit)
    if not over:
        return None
    return trans("limits", "the {what} is {length} characters long; {plural} can be up to {limit}",
                 what=noun, plural=plural, **over)


def title_problem(title: str) -> str | None:
    """'the title is 301 characters long; titles can be up to 300' when it is too long."""
    over = _over(title, MAX_TITLE_CHARS)
    if not over:
        return None
    return trans("limits", "the title is {length} characters long; titles can be up to {limit}", **over)


def body_problem(body: str) -> str | None:
    over = _over(body, MAX_BODY_CHARS)
    if not over:
        return None
    return trans("limits", "the text is {length} characters long; an entry's text can be up to {limit} "
                 "(please split it into two entries; nothing was cut)", **over)


def name_problem(name: str, what: str) -> str | None:
    """`what`: "person" or "trigger"."""
    over = _over(name, MAX_NAME_CHARS)
    if not over:
        return None
    if what == "trigger":
        return trans("limits", "the trigger's name is {length} characters long; names can be up to {limit}", **over)
    if what == "person":
        return trans("limits", "the person's name is {length} characters long; names can be up to {limit}", **over)
    return trans("limits", "the name is {length} characters long; names can be up to {limit}", **over)


def description_problem(text: str) -> str | None:
    over = _over(text, MAX_DESCRIPTION_CHARS)
    if not over:
        return None
    return trans("limits", "the trigger's description is {length} characters long; descriptions can be up "
                 "to {limit}", **over)


def note_problem(note: str) -> str | None:
    over = _over(note, MAX_NOTE_CHARS)
    if not over:
        return None
    return trans("limits", "the session note is {length} characters long; session notes can be up to "
                 "{limit}", **over)


def item_problem(text: str) -> str | None:
    over = _over(text, MAX_ITEM_CHARS)
    if not over:
        return None
    return trans("limits", "the thing to bring up is {length} characters long; things to bring up can be "
                 "up to {limit}", **over)


def belief_problem(text: str) -> str | None:
    over = _over(text, MAX_BELIEF_CHARS)
    if not over:
        return None
    return trans("limits", "the belief is {length} characters long; beliefs can be up to {limit}", **over)


def thought_problem(text: str) -> str | None:
    over = _over(text, MAX_THOUGHT_CHARS)
    if not over:
        return None
    return trans("limits", "the kinder thought is {length} characters long; kinder thoughts can be up to "
                 "{limit}", **over)


def strength_problem(value: object) -> str | None:
    """How true a belief felt: None (not rated) or a whole number from 0 to 100."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)
                         and STRENGTH_MIN <= value <= STRENGTH_MAX):
        return None
    return trans("limits", "how true the belief felt is {value}; it is a whole number from {low} to {high} (per "
                 "cent)", value=repr(value)[:20], low=STRENGTH_MIN, high=STRENGTH_MAX)


def when_problem(value: datetime | None, noun: str = "date") -> str | None:
    """An aware (or local, when naive) date and time outside EARLIEST..LATEST."""
    if not isinstance(value, datetime):
        return trans("limits", "the date is missing") if noun == "date" else trans(
            "limits", "the {what} is missing", what=noun)
    if EARLIEST <= to_utc(value) < LATEST:
        return None
    return trans("limits", "the {what} {day} is outside the dates this journal holds ({range})", what=_noun(noun),
                 day=_shown_day(value), range=date_range())


def _noun(noun: str) -> str:
    """The noun in the person's language: "date", "day" and the marked nouns (SESSION_DAY) are in the catalog; a
    noun given already worded (an importer's field name) is shown as it is."""
    if noun == "date":
        return trans("limits", "date")
    if noun == "day":
        return trans("limits", "day")
    return translate("limits", noun)


def day_problem(value: date, noun: str = "day") -> str | None:
    if EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        return None
    return trans("limits", "the {what} {day} is outside the dates this journal holds ({range})", what=_noun(noun),
                 day=value.isoformat(), range=date_range())


def _shown_day(value: datetime) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def intensity_problem(value: object, trigger: str = "") -> str | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)
                         and INTENSITY_MIN <= value <= INTENSITY_MAX):
        return None
    words = {"value": repr(value)[:20], "low": INTENSITY_MIN, "high": INTENSITY_MAX}
    if trigger:
        return trans("limits", "the intensity of {trigger} is {value}; intensities are whole numbers from {low} to "
                     "{high}", trigger=trigger, **words)
    return trans("limits", "the intensity is {value}; intensities are whole numbers from {low} to {high}", **words)


def canonical_uuid(value: object) -> str | None:
    """The canonical form of a uuid ('0f8fad5b-d9cb-469f-a165-70867728950e'), from that form (any case) or
    32 hex digits (Day One's); None for anything else."""
    if not isinstance(value, str) or len(value) not in (32, 36):
        return None
    try:
        parsed = uuid_mod.UUID(value)
    except ValueError:
        return None
    text = str(parsed)
    return text if value.lower() in (text, parsed.hex) else None


def uuid_problem(value: object) -> str | None:
    if canonical_uuid(value) is not None:
        return None
    return trans("limits", "the uuid {value} is not a UUID (uuids look like 0f8fad5b-d9cb-469f-a165-70867728950e)",
                 value=repr(str(value)[:40]))


def entry_problem(occurred_at: datetime, title: str, body: str,
                  intensities: tuple[tuple[str, object], ...] = ()) -> str | None:
    """The first problem of an entry's fields (None when it fits): date, title, text, intensities."""
    return (when_problem(occurred_at) or title_problem(title) or body_problem(body)
            or next((p for name, level in intensities if (p := intensity_problem(level, name))), None))
