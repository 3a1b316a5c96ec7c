"""`journal-app add`, `list` and `responses`: writing an entry, listing entries (a table or JSON), and the
keys `add --response` and `add --repair` take. The listing helpers serve `journal-app trash` too."""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from journal_app.cli import messages as say
from journal_app.cli.common import (
    checked,
    dates,
    dump,
    open_journal,
    out,
    positive_int,
    range_options,
    read_stdin,
)
from journal_app.core import i18n
from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, trans, translate
from journal_app.core.timeutil import iso_local, now_utc, parse_when, to_local
from journal_app.models.cycle_values import STRENGTH_MAX, BeliefMark, MoveMark
from journal_app.models.values import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    REPAIR,
    REPAIR_KEYS,
    RESPONSE_KEYS,
    RESPONSES,
    EntryDetail,
    EntryFilter,
    EntryForm,
    EntryRow,
    TriggerMark,
)

if TYPE_CHECKING:
    from journal_app.cli.common import Parser, Subparsers
    from journal_app.services.journal import Journal

HUMAN_LIST_LIMIT = 50
AHEAD_LIMIT = timedelta(days=1)  # `add --at` refuses a time further ahead of now than this
_INTENSITY_RE = re.compile(r"[0-9]{1,2}")
_STRENGTH_RE = re.compile(r"[0-9]{1,3}")


def register(sub: Subparsers, common: Parser) -> None:
    p = sub.add_parser("add", parents=[common], help=trans("cli help", "write a new entry; prints its id"),
                       description=trans("cli help", "Write a new entry and print its id. Unknown people are added "
                                         "as 'other'."))
    p.set_defaults(handler=cmd_add, writes="adding an entry", lean=True)
    p.add_argument("text", metavar="TEXT", help=trans("cli help", "the entry text, exactly as written; - reads "
                                                      "standard input"))
    p.add_argument("--title", metavar="T", help=trans("cli help", "a title for the entry"))
    p.add_argument("--trigger", metavar="SLUG[:INTENSITY]", action="append", default=[],
                   help=trans("cli help", "a trigger, optionally with intensity 0-10 (repeatable); see `journal-app "
                              "triggers`"))
    p.add_argument("--person", metavar="NAME", action="append", default=[],
                   help=trans("cli help", "someone this was about (repeatable)"))
    p.add_argument("--at", metavar="WHEN",
                   help=trans("cli help", "when it happened: 2026-03-14 or 2026-03-14T21:30 (local time) or with an "
                              "offset; default: now; at most a day ahead"))
    p.add_argument("--share", action="store_true",
                   help=trans("cli help", "mark the entry as one you may share with your therapist"))
    p.add_argument("--response", metavar="KEY", action="append", default=[],
                   help=trans("cli help", "what you did in the moment (repeatable); see `journal-app responses` for "
                              "the keys"))
    p.add_argument("--repair", choices=REPAIR_KEYS,
                   help=trans("cli help", "whether there was repair afterwards: yes, partly, not-yet or not-needed"))
    p.add_argument("--belief", metavar="TEXT[:STRENGTH]", action="append", default=[],
                   help=trans("cli help", "what you told yourself, optionally with how true it felt, 0-100 "
                              "(repeatable), e.g. \"They'll leave:80\"; a new one joins your list (see `journal-app "
                              "beliefs`)"))
    p.add_argument("--their-move", metavar="PERSON=MOVE", action="append", default=[],
                   help=trans("cli help", "what someone did (repeatable), e.g. Sam=went-quiet: reached-out, "
                              "went-quiet, criticised, reassured, pulled-away, or one of your own; the person is "
                              "added to the entry"))

    p = sub.add_parser("responses", parents=[common], help=trans("cli help", "list what you can record with add "
                                                                 "--response"),
                       description=trans("cli help", "List the keys of what-I-did (add --response KEY) and of repair "
                                         "(add --repair KEY), each with the words the app shows."))
    p.set_defaults(handler=cmd_responses)
    p.add_argument("--json", action="store_true", help=trans("cli help", "a JSON object"))

    p = sub.add_parser("list", parents=[common], help=trans("cli help", "list entries, newest first"),
                       description=trans("cli help", "List entries, newest first (with --search: best matches first)."))
    p.set_defaults(handler=cmd_list, lean=True)
    range_options(p)
    p.add_argument("--trigger", metavar="SLUG", action="append", default=[],
                   help=trans("cli help", "only entries with this trigger (repeatable: any of them)"))
    p.add_argument("--person", metavar="NAME", help=trans("cli help", "only entries about this person"))
    p.add_argument("--search", metavar="QUERY", help=trans("cli help", "only entries containing these words"))
    p.add_argument("--limit", metavar="N", type=positive_int,
                   help=trans("cli help", "at most N entries (default: {human_list_limit}; with --json: all)",
                              human_list_limit=HUMAN_LIST_LIMIT))
    p.add_argument("--json", action="store_true",
                   help=trans("cli help", "a JSON array with each entry's full text, what you did and repair"))


# -- add -------------------------------------------------------------------------------------------
def parse_trigger_arg(value: str) -> tuple[str, int | None]:
    """`slug` or `slug:intensity` (a whole number 0-10)."""
    slug, colon, level = value.partition(":")
    if not colon:
        return slug, None
    if not _INTENSITY_RE.fullmatch(level) or not INTENSITY_MIN <= int(level) <= INTENSITY_MAX:
        raise InvalidInput(say.bad_trigger_intensity(value, level))
    return slug, int(level)


def check_not_ahead(occurred: datetime, given: str) -> datetime:
    """An entry is about something that happened: a time more than a day ahead of now is refused (exit 2)."""
    if occurred - now_utc() > AHEAD_LIMIT:
        raise InvalidInput(say.too_far_ahead(given))
    return occurred


def response_keys(given: list[str]) -> tuple[str, ...]:
    """--response keys, each once, in the order given; an unknown one is refused before anything is saved."""
    keys = tuple(dict.fromkeys(checked(key, QT_TRANSLATE_NOOP("cli", "response")).strip() for key in given))
    unknown = [key for key in keys if key not in RESPONSE_KEYS]
    if unknown:
        raise InvalidInput(say.unknown_response(unknown[0]))
    return keys


def parse_belief_arg(value: str) -> tuple[str, int | None]:
    """`text` or `text:strength` (a whole number 0-100); a colon followed by anything else is part of the text."""
    text, colon, level = value.rpartition(":")
    if not colon or not level.strip().isdigit():
        return value, None
    if not _STRENGTH_RE.fullmatch(level.strip()) or int(level) > STRENGTH_MAX:
        raise InvalidInput(say.bad_belief_strength(value, level))
    return text, int(level)


def parse_move_arg(value: str) -> tuple[str, str]:
    """`PERSON=MOVE` (a move's key or name)."""
    person, equals, move = value.partition("=")
    if not equals or not person.strip() or not move.strip():
        raise InvalidInput(say.bad_their_move(value))
    return person, move.strip()


def _cycle_marks(journal: Journal, beliefs: list[tuple[str, int | None]], moves: list[tuple[str, str]],
                 person_ids: dict[str, int]) -> tuple[tuple[BeliefMark, ...], tuple[MoveMark, ...]]:
    """The entry's beliefs (new ones join the person's list) and moves, once its people exist."""
    held = tuple(BeliefMark(journal.add_belief(text).id, level) for text, level in beliefs)
    did = tuple(MoveMark(person_ids[name.casefold()], journal.move(key).id) for name, key in moves)
    return held, did


def cmd_add(args: argparse.Namespace) -> int:
    from journal_app.services.journal import clean_name  # when the command runs: see common's note
    from journal_app.services.journal_cycle import clean_belief

    body = read_stdin() if args.text == "-" else checked(args.text, QT_TRANSLATE_NOOP("cli", "entry text"))
    if not body.strip():
        raise InvalidInput(say.BLANK_TEXT)
    title = ""
    if args.title is not None:
        title = checked(args.title, QT_TRANSLATE_NOOP("cli", "title"))
        if not title.strip():
            raise InvalidInput(say.BLANK_TITLE)
    wanted = [parse_trigger_arg(checked(v, QT_TRANSLATE_NOOP("cli", "trigger"))) for v in args.trigger]
    beliefs = [parse_belief_arg(checked(v, QT_TRANSLATE_NOOP("cli", "belief"))) for v in args.belief]
    beliefs = [(clean_belief(text), level) for text, level in beliefs]
    moves = [parse_move_arg(checked(v, QT_TRANSLATE_NOOP("cli", "move"))) for v in args.their_move]
    moves = [(clean_name(name, "person"), key) for name, key in moves]
    names = [clean_name(checked(n, QT_TRANSLATE_NOOP("cli", "person's name")), "person") for n in args.person]
    names += [name for name, _ in moves if name.casefold() not in {n.casefold() for n in names}]
    occurred = now_utc()
    if args.at is not None:
        given = checked(args.at, QT_TRANSLATE_NOOP("cli", "time"))
        occurred = check_not_ahead(parse_when(given), given)
    responses = response_keys(args.response)
    with open_journal(args) as journal:
        marks = tuple(TriggerMark(journal.trigger(slug).id, level) for slug, level in wanted)
        # Check everything before creating anybody, so a bad entry leaves no new people behind.
        form = EntryForm(occurred_at=occurred, title=title, body=body, triggers=marks, shared=args.share,
                         responses=responses, repair=args.repair)
        journal.validate(form)
        for _name, key in moves:
            journal.move(key)  # an unknown move is refused before anybody is added
        people = {name.casefold(): journal.add_person(name).id for name in names}
        held, did = _cycle_marks(journal, beliefs, moves, people)
        saved = journal.save(replace(form, person_ids=tuple(dict.fromkeys(people.values())), beliefs=held,
                                     moves=did))
    if saved is None:  # cannot happen for non-blank text; say so calmly rather than print nothing
        raise InvalidInput(say.BLANK_TEXT)
    out(str(saved.id))
    return 0


# -- list ------------------------------------------------------------------------------------------
def _filter(journal: Journal, args: argparse.Namespace, start: date | None, end: date | None) -> EntryFilter:
    trigger_ids = tuple(journal.trigger(slug).id for slug in args.trigger)
    person_ids = (journal.person(args.person).id,) if args.person is not None else ()
    return EntryFilter(text=args.search or "", trigger_ids=trigger_ids, person_ids=person_ids,
                       start=start, end=end)


def iter_rows(journal: Journal, flt: EntryFilter, limit: int | None) -> Iterator[EntryRow]:
    """Rows page by page (never the whole journal at once), stopping after `limit` rows."""
    from journal_app.services.journal import PAGE_SIZE

    cursor, given = None, 0
    while limit is None or given < limit:
        size = PAGE_SIZE if limit is None else min(PAGE_SIZE, limit - given)
        page = journal.page(flt, cursor, size)
        for row in page.rows:
            yield row
            given += 1
        cursor = page.next_cursor
        if cursor is None or not page.rows:
            return


def entry_json(detail: EntryDetail) -> dict[str, object]:
    return {
        "id": detail.id,
        "uuid": detail.uuid,
        "occurred_at": iso_local(detail.occurred_at),
        "title": detail.title,
        "body": detail.body,
        "triggers": [{"slug": c.slug, "name": c.name, "intensity": c.intensity} for c in detail.triggers],
        "people": [p.name for p in detail.people],
        "shared": detail.shared,
        "responses": list(detail.responses),
        "repair": detail.repair,
        "beliefs": [{"belief": b.text, "strength": b.strength, "balanced": b.balanced, "rerated": b.rerated,
                     "rerated_at": iso_local(b.rerated_at) if b.rerated_at else None} for b in detail.beliefs],
        "moves": [{"person": m.person_name, "move": m.slug, "name": m.name} for m in detail.moves],
        "repaired_by": None if detail.repaired_by is None else {
            "entry": detail.repaired_by.entry_id, "hours": round(detail.repaired_by.hours, 2),
            "reached_first": detail.repaired_by.reached_first},
        "repairs": [r.repaired_id for r in detail.repairs],
    }


def row_line(row: EntryRow, width: int) -> str:
    """One entry as a line of the table: id, when, triggers and the heading, cut to `width` columns."""
    local = to_local(row.occurred_at)
    # English keeps the sortable 2026-12-06 (what scripts read); another language writes its own (06.12.2026)
    day = local.strftime("%Y-%m-%d") if i18n.language() == i18n.SOURCE_LANGUAGE else i18n.short_date(local.date())
    when = f"{day} {local:%H:%M}"
    chips = ",".join(c.slug if c.intensity is None else f"{c.slug}:{c.intensity}" for c in row.triggers)
    parts = [f"{row.id:>5}", when] + ([chips] if chips else []) + [say.printable(row.heading)]
    return say.fit("  ".join(parts), width)


def terminal_width() -> int:
    return max(20, shutil.get_terminal_size((100, 24)).columns)


def cmd_list(args: argparse.Namespace) -> int:
    start, end = dates(args)
    if args.search is not None:
        args.search = checked(args.search, QT_TRANSLATE_NOOP("cli", "search text"))
    args.trigger = [checked(slug, QT_TRANSLATE_NOOP("cli", "trigger")) for slug in args.trigger]
    if args.person is not None:
        args.person = checked(args.person, QT_TRANSLATE_NOOP("cli", "person's name"))
    with open_journal(args) as journal:
        flt = _filter(journal, args, start, end)
        if args.json:
            list_json(journal, flt, args.limit)
        else:
            _list_human(journal, flt, args.limit if args.limit is not None else HUMAN_LIST_LIMIT)
    return 0


def list_json(journal: Journal, flt: EntryFilter, limit: int | None) -> None:
    """A JSON array written as it is read, one entry at a time (each with its full text)."""
    first = True
    sys.stdout.write("[")
    for row in iter_rows(journal, flt, limit):
        item = dump(entry_json(journal.get(row.id))).replace("\n", "\n  ")
        sys.stdout.write(("\n  " if first else ",\n  ") + item)
        first = False
    sys.stdout.write("]\n" if first else "\n]\n")


def _list_human(journal: Journal, flt: EntryFilter, limit: int) -> None:
    width = terminal_width()
    shown = 0
    for row in iter_rows(journal, flt, limit + 1):
        if shown == limit:
            out(say.more_entries(limit))
            return
        out(row_line(row, width))
        shown += 1
    if not shown:
        out(say.NO_ENTRIES)


# -- responses -------------------------------------------------------------------------------------
def cmd_responses(args: argparse.Namespace) -> int:
    """The keys `add --response` and `add --repair` take, with the words the window shows for them."""
    responses = [{"key": key, "label": label} for key, label, _group in RESPONSES]
    repair = [{"key": key, "label": label} for key, label in REPAIR]
    if args.json:
        out(dump({"responses": responses, "repair": repair}))
        return 0
    header = (trans("cli", "KEY"), trans("cli", "SHOWN AS"))
    out(trans("cli", "What I did (add --response KEY, repeatable):"))
    shown = [(key, translate("messages", label)) for key, label, _group in RESPONSES]
    out("\n".join("  " + line for line in say.table(header, shown)))
    out()
    out(trans("cli", "Repair (add --repair KEY):"))
    shown = [(key, translate("messages", label)) for key, label in REPAIR]
    out("\n".join("  " + line for line in say.table(header, shown)))
    return 0
