"""Restore the complete JSON backup (exporting/json_backup.py describes the format) into a journal that has no
entries yet, e.g. a new one on another computer.

The file is read as a stream, one item at a time (json's C decoder on a sliding buffer), never whole: memory
stays bounded by the largest single item, whatever the file's size. Two passes:
1. Check everything first (format name, schema version, every field, times, duplicate uuids, names that
   entries refer to) without touching the journal. `read_backup_preview` is this pass alone.
2. In ONE write transaction: triggers (by slug: the built-ins already in a new journal take the backup's
   name, colour, description, archived flag and order; a trigger of the same name with another slug is
   taken over; the rest are added), people (by name, any case), then the entries 500 at a time, then
   sessions and questions. Any failure, a cancel (raise from `progress`) or a file that changed since
   pass 1 rolls all of it back: the journal is then exactly as before.
Entry ids are given anew in the backup's order; uuids, timestamps (to the microsecond), text and links are
kept.
The FTS index is rebuilt once at the end of the transaction rather than row by row (see store/dump.py: many
times faster in an encrypted journal).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from sqlalchemy import Connection

from journal_app.core.errors import InvalidInput
from journal_app.core.palette import is_hex_colour
from journal_app.core.timeutil import to_utc
from journal_app.models import limits
from journal_app.models.values import RELATIONSHIP_KEYS, REPAIR_KEYS, RESPONSE_KEYS
from journal_app.services.importing.json_stream import CHUNK_CHARS, _Reader
from journal_app.services.importing.reading import open_regular
from journal_app.store import dump

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

FORMAT = "relationship-patterns-journal"
SCHEMA_VERSION = 1
LISTS = ("triggers", "people", "entries", "sessions", "questions")
BATCH = 500

_SURROGATE = re.compile("[\ud800-\udfff]")
_EXACT_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Preview:
    """What a backup holds, for the person to confirm before restoring it."""

    path: Path
    app_version: str | None
    exported_at: datetime | None  # UTC
    entries: int  # the Trash included
    trash: int
    first_occurred: datetime | None  # UTC; the span of all entries (None when there are none)
    last_occurred: datetime | None
    triggers: int
    people: int
    sessions: int
    questions: int


# -- checking every item ---------------------------------------------------------------------------------
def _fail(where: str, problem: str) -> InvalidInput:
    return InvalidInput(f"The backup cannot be restored: {where} {problem}. Nothing was changed.")


def _over(where: str, problem: str) -> InvalidInput:
    """A value outside the journal's limits (models/limits.py), named with its field and the limit."""
    return InvalidInput(f"The backup cannot be restored: {where}: {problem}. Nothing was changed.")


_V = TypeVar("_V")


def _checked(where: str, value: _V, check: Callable[..., str | None], *args: object) -> _V:
    """`value` when `check(value, *args)` (a models.limits *_problem function) finds nothing wrong."""
    problem = check(value, *args) if value is not None else None
    if problem:
        raise _over(where, problem)
    return value


Item = dict[str, object]  # one object of the backup, as json reads it


def _uuid(item: Item, key: str, where: str, *, required: bool = True) -> str:
    """A uuid field in its canonical form."""
    value = _checked(where, _text(item, key, where, required=required), limits.uuid_problem)
    canonical = limits.canonical_uuid(value)
    if canonical is None:  # pragma: no cover - uuid_problem refuses whatever canonical_uuid cannot read
        raise _fail(where, f'has a "{key}" that is not a uuid')
    return canonical


def _or_none(item: Item, key: str, where: str, read: Callable[[Item, str, str], _V]) -> _V | None:
    """None when the field is null (it must be there all the same), else what `read` makes of it."""
    if key not in item:
        raise _fail(where, f'has no "{key}" field')
    return None if item[key] is None else read(item, key, where)


def _get(item: Item, key: str, where: str, kind: type[_V]) -> _V:
    if key not in item:
        raise _fail(where, f'has no "{key}" field')
    value = item[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _fail(where, f'has a "{key}" that is not {_KIND_NAMES[kind]}')
    if isinstance(value, str) and _SURROGATE.search(value):
        raise _fail(where, f'has a "{key}" with broken characters (a lone surrogate)')
    return value


_KIND_NAMES: dict[type, str] = {
    str: "text", bool: "true or false", int: "a whole number", list: "a list", dict: "an object",
}


def _text(item: Item, key: str, where: str, *, required: bool = False) -> str:
    value = _get(item, key, where, str)
    if required and not value.strip():
        raise _fail(where, f'has an empty "{key}"')
    return value


def _whole(item: Item, key: str, where: str) -> int:
    return _get(item, key, where, int)


def _time(item: Item, key: str, where: str) -> str:
    """The stored form ('YYYY-MM-DD HH:MM:SS.ffffff', UTC) of an ISO 8601 time with a time zone."""
    value = _get(item, key, where, str)
    try:
        if _EXACT_TIME.fullmatch(value):
            parsed = datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)  # a real date and time
        else:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError("no time zone")
    except (ValueError, OverflowError):
        raise _fail(where, f'has a bad "{key}" time ({value[:40]!r}); times look like '
                           '"2026-03-14T20:15:00.000000Z"') from None
    _checked(where, parsed, limits.when_problem, f'"{key}" date')
    return to_utc(parsed).strftime("%Y-%m-%d %H:%M:%S.%f")


def _where(kind: str, index: int, item: object) -> str:
    label = item.get("uuid") or item.get("slug") or item.get("name") if isinstance(item, dict) else None
    return f"{kind} {index + 1}" + (f" ({str(label)[:40]})" if isinstance(label, str) else "")


def _object(item: object, kind: str, index: int) -> tuple[Item, str]:
    where = _where(kind, index, item)
    if not isinstance(item, dict):
        raise _fail(where, "is not an object")
    return item, where


def _trigger(item: object, index: int) -> dump.TriggerRow:
    item, where = _object(item, "trigger", index)
    slug = _checked(where, _text(item, "slug", where, required=True), limits.length_problem, "slug", "slugs",
                    limits.MAX_NAME_CHARS)
    colour = _text(item, "colour", where)
    if not is_hex_colour(colour):
        raise _fail(where, f"has a colour {colour[:20]!r} that is not like #0072B2")
    guidance = _get(item, "guidance", where, list)
    if not all(isinstance(a, str) and a.strip() for a in guidance):
        raise _fail(where, 'has a "guidance" list that is not a list of article ids')
    return dump.TriggerRow(
        slug, _checked(where, _text(item, "name", where, required=True), limits.name_problem, "trigger"),
        _checked(where, _text(item, "description", where), limits.description_problem), colour,
        _get(item, "builtin", where, bool), _get(item, "archived", where, bool),
        _or_none(item, "pattern", where, _text), _sort_order(item, where),
        _time(item, "created_at", where), tuple(guidance))


def _sort_order(item: Item, where: str) -> int:
    value = _get(item, "sort_order", where, int)
    if not -2**62 <= value <= 2**62:
        raise _fail(where, f'has a "sort_order" out of range ({str(value)[:20]})')
    return value


def _person(item: object, index: int) -> dump.PersonRow:
    item, where = _object(item, "person", index)
    relationship = _text(item, "relationship", where)
    if relationship not in RELATIONSHIP_KEYS:
        raise _fail(where, f"has a relationship {relationship[:20]!r} this app does not know")
    name = _checked(where, _text(item, "name", where, required=True), limits.name_problem, "person")
    return dump.PersonRow(name, relationship, _time(item, "created_at", where))


class _EntryColumns(NamedTuple):
    """An entry's columns but its id (given anew when it is written)."""

    uuid: str
    occurred_at: str
    created_at: str
    updated_at: str
    deleted_at: str | None
    title: str
    body: str
    shared: bool
    repair: str | None


@dataclass
class _Entry:
    row: _EntryColumns
    responses: tuple[str, ...]
    marks: tuple[tuple[str, int | None], ...]
    people: tuple[str, ...]  # casefolded


def _entry(item: object, index: int) -> _Entry:
    item, where = _object(item, "entry", index)
    repair = _or_none(item, "repair", where, _text)
    if repair is not None and repair not in REPAIR_KEYS:
        raise _fail(where, f"has a repair answer {repair[:20]!r} this app does not know")
    responses = _get(item, "responses", where, list)
    if any(r not in RESPONSE_KEYS for r in responses) or len(set(responses)) != len(responses):
        raise _fail(where, 'has a "responses" list with unknown or repeated responses')
    marks = _marks(item, where)
    people = _get(item, "people", where, list)
    if not all(isinstance(p, str) for p in people):
        raise _fail(where, 'has a "people" list that is not a list of names')
    folded = tuple(p.casefold() for p in people)
    if len({s for s, _ in marks}) != len(marks) or len(set(folded)) != len(folded):
        raise _fail(where, "names the same trigger or person twice")
    row = _EntryColumns(
        _uuid(item, "uuid", where), _time(item, "occurred_at", where),
        _time(item, "created_at", where), _time(item, "updated_at", where),
        _or_none(item, "deleted_at", where, _time),
        _checked(where, _text(item, "title", where), limits.title_problem),
        _checked(where, _text(item, "body", where), limits.body_problem), _get(item, "shared", where, bool),
        repair)
    return _Entry(row, tuple(responses), tuple(marks), folded)


def _marks(item: Item, where: str) -> list[tuple[str, int | None]]:
    """An entry's triggers: (slug, intensity or None)."""
    marks = []
    for mark in _get(item, "triggers", where, list):
        if not isinstance(mark, dict):
            raise _fail(where, 'has a "triggers" list that is not a list of objects')
        trigger = _text(mark, "trigger", where, required=True)
        intensity = _checked(where, _or_none(mark, "intensity", where, _whole), limits.intensity_problem,
                             trigger[:40])
        marks.append((trigger, intensity))
    return marks


def _session(item: object, index: int) -> dump.SessionRow:
    item, where = _object(item, "session", index)
    held_on = _text(item, "held_on", where)
    try:
        if not _DAY.fullmatch(held_on):
            raise ValueError(held_on)
        day = date.fromisoformat(held_on)
    except ValueError:
        raise _fail(where, f"has a bad day {held_on[:20]!r} (days look like 2026-03-14)") from None
    _checked(where, day, limits.day_problem, "session's day")
    return dump.SessionRow(
        _uuid(item, "uuid", where), held_on, _checked(where, _text(item, "note", where), limits.note_problem),
        _time(item, "created_at", where), _time(item, "updated_at", where))


def _question(item: object, index: int) -> dump.QuestionRow:
    item, where = _object(item, "question", index)
    return dump.QuestionRow(
        _uuid(item, "uuid", where), _checked(where, _text(item, "text", where), limits.item_problem),
        _or_none(item, "entry", where, _any_uuid), _time(item, "created_at", where),
        _or_none(item, "done_at", where, _time))


def _any_uuid(item: Item, key: str, where: str) -> str:
    return _uuid(item, key, where, required=False)


@dataclass
class _Contents:
    """Everything in the backup except the entries themselves (counted and checked, not kept)."""

    app_version: str | None = None
    exported_at: str | None = None
    triggers: list[dump.TriggerRow] = field(default_factory=list)
    people: list[dump.PersonRow] = field(default_factory=list)
    sessions: list[dump.SessionRow] = field(default_factory=list)
    questions: list[dump.QuestionRow] = field(default_factory=list)
    entries: int = 0
    trash: int = 0
    first: str | None = None
    last: str | None = None

    def same_as(self, other: _Contents) -> bool:
        keys = ("triggers", "people", "sessions", "questions", "entries", "first", "last")
        return all(getattr(self, k) == getattr(other, k) for k in keys)


def _dupe(kind: str, value: str) -> InvalidInput:
    return _fail(f"{kind} {value[:60]!r}", "appears more than once (the file was edited or damaged)")


def _scan(path: Path, on_entries: Callable[[list[_Entry]], None] | None = None) -> _Contents:
    """Read and check the whole backup; `on_entries` gets the entries in batches, in order."""
    name = path.name
    stream = open_regular(path, "Nothing was changed.")  # a FIFO or device is refused, never waited on
    with io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="") as text:
        reader = _Reader(text, name, CHUNK_CHARS)
        first = reader.first_char()
        if first != "{":
            if not first:
                raise InvalidInput(f"{name} is empty, so it is not a journal backup. Nothing was changed.")
            if first in '["-0123456789tfn':
                raise _not_ours(name)
            raise InvalidInput(f"{name} is not a JSON file, so it is not a journal backup. "
                               "Nothing was changed.")
        return _scan_members(reader, name, on_entries)


def _not_ours(name: str) -> InvalidInput:
    return InvalidInput(f"{name} is not a backup made by Relationship Patterns Journal (it is JSON, but not "
                        "in this app's backup format). Nothing was changed.")


def _scan_members(reader: _Reader, name: str, on_entries: Callable[[list[_Entry]], None] | None) -> _Contents:
    """Check the backup's fields in order: its format and version first, then its lists."""
    out, scan = _Contents(), _Scan()
    seen: set[str] = set()
    for key, value in reader.members():
        if key in seen:
            raise _fail(f'the "{key}" field', "appears twice")
        seen.add(key)
        if key in ("format", "schema_version") or "schema_version" not in seen:
            _check_header(key, value, seen, name)
        elif key == "exported_at":
            out.exported_at = _or_none({key: value}, key, "it", _time)
        elif key == "app_version":
            out.app_version = value if isinstance(value, str) else None
        elif key in LISTS:  # a field this version does not know is skipped
            if not isinstance(value, Iterator):
                raise _fail(f'its "{key}"', "is not a list")
            _scan_list(key, value, out, scan, on_entries)
    _check_complete(seen, out, scan, name)
    return out


@dataclass
class _Scan:
    """What the lists named so far, for the checks across lists (an entry's triggers and people, a question's
    entry, uuids and names that must be unique)."""

    slugs: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # the triggers', casefolded
    people: set[str] = field(default_factory=set)  # casefolded
    entry_uuids: set[str] = field(default_factory=set)
    used_slugs: set[str] = field(default_factory=set)
    used_names: set[str] = field(default_factory=set)


def _check_header(key: str, value: object, seen: set[str], name: str) -> None:
    """The "format" field must come first, then "schema_version", a version this app reads."""
    if "format" not in seen:
        raise _not_ours(name)
    if key == "format":
        if value != FORMAT:
            raise _not_ours(name)
        return
    if key != "schema_version":
        raise _fail("it", 'has no "schema_version" right after its "format"')
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise _fail("its", f'"schema_version" ({str(value)[:20]}) is not a version number')
    if value > SCHEMA_VERSION:
        raise InvalidInput(
            f"{name} was made by a newer version of Relationship Patterns Journal (backup format "
            f"{value}; this version reads format {SCHEMA_VERSION}). Please update the app, then "
            "restore it. Nothing was changed.")


def _scan_list(key: str, items: Iterator[object], out: _Contents, scan: _Scan,
               on_entries: Callable[[list[_Entry]], None] | None) -> None:
    if key == "triggers":
        _scan_triggers(items, out, scan)
    elif key == "people":
        _scan_people(items, out, scan)
    elif key == "entries":
        _scan_entries(items, out, scan, on_entries)
    elif key == "sessions":
        out.sessions = _unique_uuids(key, [_session(item, i) for i, item in enumerate(items)])
    else:
        out.questions = _unique_uuids(key, [_question(item, i) for i, item in enumerate(items)])


def _scan_triggers(items: Iterator[object], out: _Contents, scan: _Scan) -> None:
    for i, item in enumerate(items):
        trigger = _trigger(item, i)
        if trigger.slug in scan.slugs:
            raise _dupe("the trigger", trigger.slug)
        if trigger.name.casefold() in scan.names:
            raise _dupe("the trigger name", trigger.name)
        scan.slugs.add(trigger.slug)
        scan.names.add(trigger.name.casefold())
        out.triggers.append(trigger)


def _scan_people(items: Iterator[object], out: _Contents, scan: _Scan) -> None:
    for i, item in enumerate(items):
        person = _person(item, i)
        if person.name.casefold() in scan.people:
            raise _dupe("the person", person.name)
        scan.people.add(person.name.casefold())
        out.people.append(person)


def _scan_entries(items: Iterator[object], out: _Contents, scan: _Scan,
                  on_entries: Callable[[list[_Entry]], None] | None) -> None:
    batch: list[_Entry] = []
    for i, item in enumerate(items):
        entry = _entry(item, i)
        uuid, occurred = entry.row.uuid, entry.row.occurred_at
        if uuid in scan.entry_uuids:
            raise _dupe("the entry uuid", uuid)
        scan.entry_uuids.add(uuid)
        scan.used_slugs.update(s for s, _ in entry.marks)
        scan.used_names.update(entry.people)
        out.entries += 1
        out.trash += entry.row.deleted_at is not None
        out.first = occurred if out.first is None or occurred < out.first else out.first
        out.last = occurred if out.last is None or occurred > out.last else out.last
        batch.append(entry)
        if len(batch) == BATCH:
            if on_entries:
                on_entries(batch)
            batch = []
    if batch and on_entries:
        on_entries(batch)


_Uuided = TypeVar("_Uuided", dump.SessionRow, dump.QuestionRow)


def _unique_uuids(key: str, rows: list[_Uuided]) -> list[_Uuided]:
    uuids = set()
    for row in rows:
        if row.uuid in uuids:
            raise _dupe(f"the {key[:-1]} uuid", row.uuid)
        uuids.add(row.uuid)
    return rows


def _check_complete(seen: set[str], out: _Contents, scan: _Scan, name: str) -> None:
    """Every field and list is there, and what the entries and questions name is in the backup."""
    if "format" not in seen:
        raise _not_ours(name)
    if "schema_version" not in seen:
        raise _fail("it", 'has no "schema_version"')
    missing = [k for k in LISTS if k not in seen]
    if missing:
        raise _fail("it", f'has no "{missing[0]}" list (incomplete or edited)')
    for slug in scan.used_slugs - scan.slugs:
        raise _fail(f"an entry's trigger {slug[:60]!r}", 'is not in the backup\'s "triggers"')
    for person in scan.used_names - scan.people:
        raise _fail(f"an entry's person {person[:60]!r}", 'is not in the backup\'s "people"')
    for question in out.questions:
        if question.entry_uuid is not None and question.entry_uuid not in scan.entry_uuids:
            raise _fail(f"the question {question.uuid[:40]!r}", "refers to an entry that is not in the backup")


def _utc(stored: str | None) -> datetime | None:
    return None if stored is None else datetime.fromisoformat(stored).replace(tzinfo=UTC)


# -- the two use cases -----------------------------------------------------------------------------------
def read_backup_preview(path: Path | str) -> Preview:
    """Read and check the whole backup at `path` (changing nothing) and say what it holds. Raises InvalidInput
    with a sentence for the person when it is not a backup, is from a newer app, damaged or cut short."""
    path = Path(path)
    c = _scan(path)
    return Preview(path, c.app_version, _utc(c.exported_at), c.entries, c.trash, _utc(c.first), _utc(c.last),
                   len(c.triggers), len(c.people), len(c.sessions), len(c.questions))


def _refuse_if_not_empty(conn: Connection) -> None:
    held = dump.restore_blockers(conn)
    what = [f"{held[key]:,} {one if held[key] == 1 else many}" for key, one, many in (
        ("entries", "entry", "entries"), ("sessions", "session", "sessions"),
        ("questions", "thing to bring up", "things to bring up")) if held[key]]
    if what:
        if held["trash"]:
            what[0] += f" ({held['trash']:,} in the Trash)"
        raise InvalidInput(
            "A backup can be restored only into an empty journal, and this one already holds "
            f"{', '.join(what)}. Please restore into a new journal. Nothing was changed.")


def restore_backup(journal: Journal, path: Path | str,
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Restore the backup at `path` into `journal`, which must hold no entries (the Trash included), sessions
    or questions; returns the number of entries restored. All or nothing, in one transaction.
    `progress(done, total)`: first (0, 0) while the file is checked (a busy indicator), then entries written
    of the total. Raising from it cancels; the journal is then unchanged."""
    from journal_app.store import dump, rollup_build

    path = Path(path)
    tick = progress or (lambda done, total: None)
    with journal.reading() as conn:
        _refuse_if_not_empty(conn)
    tick(0, 0)
    checked = _scan(path, lambda batch: tick(0, 0))
    with journal.writing() as conn:
        _refuse_if_not_empty(conn)
        trigger_ids = _merge_triggers(conn, checked.triggers)
        person_ids = _merge_people(conn, checked.people)
        next_id, done = dump.next_entry_id(conn), 0
        trigger_sql = dump.defer_search_index(conn)
        tick(0, checked.entries)

        def write(batch: list[_Entry]) -> None:
            nonlocal next_id, done
            rows: list[dump.NewEntry] = []
            responses: list[tuple[int, str]] = []
            marks: list[tuple[int, int, int | None]] = []
            people: list[tuple[int, int]] = []
            for entry in batch:
                rows.append(dump.NewEntry(next_id, *entry.row))
                responses += [(next_id, r) for r in entry.responses]
                marks += [(next_id, trigger_ids[s], level) for s, level in entry.marks]
                people += [(next_id, person_ids[p]) for p in entry.people]
                next_id += 1
            dump.insert_entries(conn, rows, responses, marks, people)
            done += len(batch)
            tick(done, checked.entries)

        again = _scan(path, write)
        if not again.same_as(checked):
            raise InvalidInput(f"{path.name} changed while it was being restored, so nothing was restored. "
                               "Please try again.")
        dump.rebuild_search_index(conn, trigger_sql)
        dump.insert_sessions(conn, again.sessions)
        dump.insert_agenda_items(conn, again.questions)
        rollup_build.settle(conn)  # the Patterns rollups, in the same transaction
    return done


def _merge_triggers(conn: Connection, triggers: list[dump.TriggerRow]) -> dict[str, int]:
    """Slug -> id in the journal for each of the backup's triggers, written as in the backup."""
    existing = dump.existing_triggers(conn)
    by_slug = {slug: tid for tid, slug, _ in existing}
    ids = {row.slug: by_slug[row.slug] for row in triggers if row.slug in by_slug}
    taken = set(ids.values())
    by_name = {name.casefold(): tid for tid, _, name in existing if tid not in taken}
    for row in triggers:
        slug = row.slug
        if slug not in ids and row.name.casefold() in by_name:
            ids[slug] = by_name.pop(row.name.casefold())
        if slug in ids:
            dump.update_trigger(conn, ids[slug], row)
        else:
            ids[slug] = dump.insert_trigger(conn, row)
        dump.add_guidance_links(conn, ids[slug], row.guidance)
    return ids


def _merge_people(conn: Connection, people: list[dump.PersonRow]) -> dict[str, int]:
    """Casefolded name -> id in the journal for each of the backup's people, written as in the backup."""
    by_name = {name.casefold(): pid for pid, name in dump.existing_people(conn)}
    ids: dict[str, int] = {}
    for name, relationship, created_at in people:
        key = name.casefold()
        if key in by_name:
            dump.update_person(conn, by_name[key], name, relationship, created_at)
            ids[key] = by_name[key]
        else:
            ids[key] = dump.insert_person(conn, name, relationship, created_at)
    return ids
