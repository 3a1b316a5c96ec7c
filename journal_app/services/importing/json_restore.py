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
from journal_app.core.i18n import msg, ntrans, number, trans
from journal_app.core.palette import is_hex_colour
from journal_app.models import limits
from journal_app.models.values import RELATIONSHIP_KEYS, REPAIR_KEYS, RESPONSE_KEYS
from journal_app.services.importing import json_cycle
from journal_app.services.importing import json_fields as jf
from journal_app.services.importing.json_fields import Item, Words
from journal_app.services.importing.json_stream import CHUNK_CHARS, _Reader
from journal_app.services.importing.model import NOTHING_CHANGED
from journal_app.services.importing.reading import open_regular
from journal_app.store import dump

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

FORMAT = "relationship-patterns-journal"
SCHEMA_VERSION = 2  # 2 added the cycle (importing/json_cycle.py); a backup of format 1 still reads
LISTS = ("triggers", "people", "entries", "sessions", "questions")
BATCH = 500

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

def _trigger(item: object, index: int) -> dump.TriggerRow:
    item, where = jf.obj(item, "trigger", index)
    slug = jf.checked(where, jf.text(item, "slug", where, required=True), limits.length_problem, "slug", "slugs",
                    limits.MAX_NAME_CHARS)
    colour = jf.text(item, "colour", where)
    if not is_hex_colour(colour):
        raise jf.fail(where, msg("import", "has a colour {value} that is not like #0072B2", value=repr(colour[:20])))
    guidance = jf.get(item, "guidance", where, list)
    if not all(isinstance(a, str) and a.strip() for a in guidance):
        raise jf.fail(where, msg("import", 'has a "guidance" list that is not a list of article ids'))
    return dump.TriggerRow(
        slug, jf.checked(where, jf.text(item, "name", where, required=True), limits.name_problem, "trigger"),
        jf.checked(where, jf.text(item, "description", where), limits.description_problem), colour,
        jf.get(item, "builtin", where, bool), jf.get(item, "archived", where, bool),
        jf.or_none(item, "pattern", where, jf.text), _sort_order(item, where),
        jf.time_field(item, "created_at", where), tuple(guidance))


def _sort_order(item: Item, where: Words) -> int:
    value = jf.get(item, "sort_order", where, int)
    if not -2**62 <= value <= 2**62:
        raise jf.fail(where, msg("import", 'has a "sort_order" out of range ({value})', value=str(value)[:20]))
    return value


def _person(item: object, index: int) -> dump.PersonRow:
    item, where = jf.obj(item, "person", index)
    relationship = jf.text(item, "relationship", where)
    if relationship not in RELATIONSHIP_KEYS:
        raise jf.fail(where, msg("import", "has a relationship {value} this app does not know",
                                 value=repr(relationship[:20])))
    name = jf.checked(where, jf.text(item, "name", where, required=True), limits.name_problem, "person")
    return dump.PersonRow(name, relationship, jf.time_field(item, "created_at", where))


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
    beliefs: tuple[dump.BeliefLink, ...] = ()
    moves: tuple[tuple[str, str], ...] = ()  # (casefolded person, move slug)


def _entry(item: object, index: int, cycle: json_cycle.CycleContents) -> _Entry:
    item, where = jf.obj(item, "entry", index)
    repair = jf.or_none(item, "repair", where, jf.text)
    if repair is not None and repair not in REPAIR_KEYS:
        raise jf.fail(where, msg("import", "has a repair answer {value} this app does not know",
                                 value=repr(repair[:20])))
    responses = jf.get(item, "responses", where, list)
    if any(r not in RESPONSE_KEYS for r in responses) or len(set(responses)) != len(responses):
        raise jf.fail(where, msg("import", 'has a "responses" list with unknown or repeated responses'))
    marks = _marks(item, where)
    people = jf.get(item, "people", where, list)
    if not all(isinstance(p, str) for p in people):
        raise jf.fail(where, msg("import", 'has a "people" list that is not a list of names'))
    folded = tuple(p.casefold() for p in people)
    if len({s for s, _ in marks}) != len(marks) or len(set(folded)) != len(folded):
        raise jf.fail(where, msg("import", "names the same trigger or person twice"))
    row = _EntryColumns(
        jf.uuid_field(item, "uuid", where), jf.time_field(item, "occurred_at", where),
        jf.time_field(item, "created_at", where), jf.time_field(item, "updated_at", where),
        jf.or_none(item, "deleted_at", where, jf.time_field),
        jf.checked(where, jf.text(item, "title", where), limits.title_problem),
        jf.checked(where, jf.text(item, "body", where), limits.body_problem), jf.get(item, "shared", where, bool),
        repair)
    return _Entry(row, tuple(responses), tuple(marks), folded, json_cycle.entry_beliefs(item, where, cycle),
                  json_cycle.entry_moves(item, where, folded, cycle))


def _marks(item: Item, where: Words) -> list[tuple[str, int | None]]:
    """An entry's triggers: (slug, intensity or None)."""
    marks = []
    for mark in jf.get(item, "triggers", where, list):
        if not isinstance(mark, dict):
            raise jf.fail(where, msg("import", 'has a "triggers" list that is not a list of objects'))
        trigger = jf.text(mark, "trigger", where, required=True)
        intensity = jf.checked(where, jf.or_none(mark, "intensity", where, jf.whole), limits.intensity_problem,
                             trigger[:40])
        marks.append((trigger, intensity))
    return marks


def _session(item: object, index: int) -> dump.SessionRow:
    item, where = jf.obj(item, "session", index)
    held_on = jf.text(item, "held_on", where)
    try:
        if not _DAY.fullmatch(held_on):
            raise ValueError(held_on)
        day = date.fromisoformat(held_on)
    except ValueError:
        raise jf.fail(where, msg("import", "has a bad day {value} (days look like 2026-03-14)",
                                 value=repr(held_on[:20]))) from None
    jf.checked(where, day, limits.day_problem, "session's day")
    return dump.SessionRow(
        jf.uuid_field(item, "uuid", where), held_on,
        jf.checked(where, jf.text(item, "note", where), limits.note_problem),
        jf.time_field(item, "created_at", where), jf.time_field(item, "updated_at", where))


def _question(item: object, index: int) -> dump.QuestionRow:
    item, where = jf.obj(item, "question", index)
    return dump.QuestionRow(
        jf.uuid_field(item, "uuid", where), jf.checked(where, jf.text(item, "text", where), limits.item_problem),
        jf.or_none(item, "entry", where, _any_uuid), jf.time_field(item, "created_at", where),
        jf.or_none(item, "done_at", where, jf.time_field))


def _any_uuid(item: Item, key: str, where: Words) -> str:
    return jf.uuid_field(item, key, where, required=False)


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
    cycle: json_cycle.CycleContents = field(default_factory=json_cycle.CycleContents)

    def same_as(self, other: _Contents) -> bool:
        keys = ("triggers", "people", "sessions", "questions", "entries", "first", "last")
        return all(getattr(self, k) == getattr(other, k) for k in keys) and self.cycle.same_as(other.cycle)


def _scan(path: Path, on_entries: Callable[[list[_Entry]], None] | None = None) -> _Contents:
    """Read and check the whole backup; `on_entries` gets the entries in batches, in order."""
    name = path.name
    stream = open_regular(path, NOTHING_CHANGED)  # a FIFO or device is refused, never waited on
    with io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="") as text:
        reader = _Reader(text, name, CHUNK_CHARS)
        first = reader.first_char()
        if first != "{":
            if not first:
                raise InvalidInput(msg("import", "{name} is empty, so it is not a journal backup. Nothing was "
                                       "changed.",
                                       name=name))
            if first in '["-0123456789tfn':
                raise _not_ours(name)
            raise InvalidInput(msg("import", "{name} is not a JSON file, so it is not a journal backup. Nothing was "
                                   "changed.", name=name))
        return _scan_members(reader, name, on_entries)


def _not_ours(name: str) -> InvalidInput:
    return InvalidInput(msg("import", "{name} is not a backup made by Relationship Patterns Journal (it is JSON, but "
                            "not in this app's backup format). Nothing was changed.",
                            name=name))


def _scan_members(reader: _Reader, name: str, on_entries: Callable[[list[_Entry]], None] | None) -> _Contents:
    """Check the backup's fields in order: its format and version first, then its lists."""
    out, scan = _Contents(), _Scan()
    seen: set[str] = set()
    for key, value in reader.members():
        if key in seen:
            raise jf.broken(msg("import", 'the "{key}" field appears twice', key=key))
        seen.add(key)
        if key in ("format", "schema_version") or "schema_version" not in seen:
            _check_header(key, value, seen, name)
        elif key == "exported_at":
            out.exported_at = jf.or_none({key: value}, key, msg("import", "it"), jf.time_field)
        elif key == "app_version":
            out.app_version = value if isinstance(value, str) else None
        elif key in LISTS or key in json_cycle.LISTS:  # a field this version does not know is skipped
            if not isinstance(value, Iterator):
                raise jf.broken(msg("import", 'its "{key}" is not a list', key=key))
            if key in json_cycle.LISTS:
                json_cycle.scan_list(key, value, out.cycle)
            else:
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
        raise jf.broken(msg("import", 'it has no "schema_version" right after its "format"'))
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise jf.broken(msg("import", 'its "schema_version" ({value}) is not a version number', value=str(value)[:20]))
    if value > SCHEMA_VERSION:
        raise InvalidInput(
            msg("import", "{name} was made by a newer version of Relationship Patterns Journal (backup format "
                "{value}; this version reads format {schema_version}). Please update the app, then restore it. "
                "Nothing was changed.",
                name=name, value=value, schema_version=SCHEMA_VERSION))


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
            raise jf.twice(msg("import", "the trigger {value}", value=repr(trigger.slug[:60])))
        if trigger.name.casefold() in scan.names:
            raise jf.twice(msg("import", "the trigger name {value}", value=repr(trigger.name[:60])))
        scan.slugs.add(trigger.slug)
        scan.names.add(trigger.name.casefold())
        out.triggers.append(trigger)


def _scan_people(items: Iterator[object], out: _Contents, scan: _Scan) -> None:
    for i, item in enumerate(items):
        person = _person(item, i)
        if person.name.casefold() in scan.people:
            raise jf.twice(msg("import", "the person {value}", value=repr(person.name[:60])))
        scan.people.add(person.name.casefold())
        out.people.append(person)


def _scan_entries(items: Iterator[object], out: _Contents, scan: _Scan,
                  on_entries: Callable[[list[_Entry]], None] | None) -> None:
    batch: list[_Entry] = []
    for i, item in enumerate(items):
        entry = _entry(item, i, out.cycle)
        uuid, occurred = entry.row.uuid, entry.row.occurred_at
        if uuid in scan.entry_uuids:
            raise jf.twice(msg("import", "the entry uuid {value}", value=repr(uuid[:60])))
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
            raise jf.twice(msg("import", "the session uuid {value}", value=repr(row.uuid[:60])) if key == "sessions"
                           else msg("import", "the question uuid {value}", value=repr(row.uuid[:60])))
        uuids.add(row.uuid)
    return rows


def _check_complete(seen: set[str], out: _Contents, scan: _Scan, name: str) -> None:
    """Every field and list is there, and what the entries and questions name is in the backup."""
    if "format" not in seen:
        raise _not_ours(name)
    if "schema_version" not in seen:
        raise jf.broken(msg("import", 'it has no "schema_version"'))
    missing = [k for k in LISTS if k not in seen]
    if missing:
        raise jf.broken(msg("import", 'it has no "{key}" list (incomplete or edited)', key=missing[0]))
    for slug in scan.used_slugs - scan.slugs:
        raise jf.broken(msg("import", "an entry's trigger {value} is not in the backup's \"triggers\"",
                            value=repr(slug[:60])))
    for person in scan.used_names - scan.people:
        raise jf.broken(msg("import", "an entry's person {value} is not in the backup's \"people\"",
                            value=repr(person[:60])))
    for question in out.questions:
        if question.entry_uuid is not None and question.entry_uuid not in scan.entry_uuids:
            raise jf.broken(msg("import", "the question {value} refers to an entry that is not in the backup",
                                value=repr(question.uuid[:40])))
    json_cycle.check_complete(out.cycle, scan.entry_uuids)


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
    what = []
    if held["entries"]:
        what.append(ntrans("import", "%n entry(s)", held["entries"]))
        if held["trash"]:
            what[0] += " " + trans("import", "({count} in the Trash)", count=number(held["trash"]))
    if held["sessions"]:
        what.append(ntrans("import", "%n session(s)", held["sessions"]))
    if held["questions"]:
        what.append(ntrans("import", "%n thing(s) to bring up", held["questions"]))
    if what:
        raise InvalidInput(
            msg("import", "A backup can be restored only into an empty journal, and this one already holds {join}. "
                "Please restore into a new journal. Nothing was changed.",
                join=', '.join(what)))


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
        belief_ids = json_cycle.merge_beliefs(conn, checked.cycle.beliefs)
        move_ids = json_cycle.merge_moves(conn, checked.cycle.moves)
        next_id, done = dump.next_entry_id(conn), 0
        trigger_sql = dump.defer_search_index(conn)
        tick(0, checked.entries)

        def write(batch: list[_Entry]) -> None:
            nonlocal next_id, done
            rows: list[dump.NewEntry] = []
            responses: list[tuple[int, str]] = []
            marks: list[tuple[int, int, int | None]] = []
            people: list[tuple[int, int]] = []
            held: list[tuple[int, int, int | None, str, int | None, str | None]] = []
            moves: list[tuple[int, int, int]] = []
            for entry in batch:
                rows.append(dump.NewEntry(next_id, *entry.row))
                responses += [(next_id, r) for r in entry.responses]
                marks += [(next_id, trigger_ids[s], level) for s, level in entry.marks]
                people += [(next_id, person_ids[p]) for p in entry.people]
                held += [(next_id, belief_ids[b.text.casefold()], b.strength, b.balanced, b.rerated, b.rerated_at)
                         for b in entry.beliefs]
                moves += [(next_id, person_ids[p], move_ids[slug]) for p, slug in entry.moves]
                next_id += 1
            dump.insert_entries(conn, rows, responses, marks, people)
            dump.insert_cycle_links(conn, held, moves)
            done += len(batch)
            tick(done, checked.entries)

        again = _scan(path, write)
        if not again.same_as(checked):
            raise InvalidInput(msg("import", "{file} changed while it was being restored, so nothing was restored. "
                                   "Please try again.",
                                   file=path.name))
        dump.rebuild_search_index(conn, trigger_sql)
        dump.insert_sessions(conn, again.sessions)
        dump.insert_agenda_items(conn, again.questions)
        dump.insert_repairs(conn, again.cycle.repairs)
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
