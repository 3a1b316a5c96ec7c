"""Importing from other journals: read a file (`load`), show what it holds (`preview`), write it
(`import_entries`, or `run_import` for any preview, this app's own backup included).

Everything is checked before anything is written (against the journal's limits, models/limits.py; the first
record that does not fit is named with its line or number and why, and nothing is imported); the entries
then go in within ONE write transaction, so a failure or a cancel (raise from `progress`) leaves the journal
exactly as it was.

An entry is skipped as a duplicate when its uuid is already in the journal, or when an entry with the same
minute (UTC), title and text is (in the journal or earlier in the file): importing a file twice adds nothing
the second time, whatever this machine's time zone was each time. A Day One entry's tags that become no
trigger are kept at the end of its text, on a line worded in the language of the moment ("Tags: Sam" or
"Schlagwörter: Sam", `tags_line`); that line is not part of what makes entries the same (`own_text` takes it
off again, in any shipped language), so the file imported again later, in another language or with another
mapping, is still recognised. Formats with time zones (Day One) give
instants and, mostly, uuids. Formats without (jrnl, this app's CSV) give wall-clock times: they are read in
the source's zone (`source_zone`, an IANA name; default this machine's), and an entry without a uuid gets
one derived from its wall-clock minute, title and text (`wall_uuid`), so the same entry imported again under
another zone, or from jrnl's text file after its JSON export, is still recognised."""

from __future__ import annotations

import hashlib
import re
import uuid as uuid_mod
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from journal_app.core import i18n
from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import msg, nmsg, trans
from journal_app.core.palette import next_colour
from journal_app.core.timeutil import now_utc, to_utc
from journal_app.models import limits
from journal_app.models.types import from_utc_text, utc_text
from journal_app.models.values import REPAIR_KEYS, RESPONSE_KEYS
from journal_app.services.importing import csv_import, dayone, jrnl
from journal_app.services.importing.detect import FORMATS, detect_format
from journal_app.services.importing.mapping import new_triggers, propose, resolve, with_choices
from journal_app.services.importing.model import (
    NOTHING_IMPORTED,
    ImportedEntry,
    ImportPreview,
    ImportResult,
    Words,
    fail,
)
from journal_app.services.journal import Journal, clean_name, slugify
from journal_app.store import catalog_queries as catalog
from journal_app.store import dump, import_queries, rollup_build

if TYPE_CHECKING:
    from journal_app.services.importing.json_restore import Preview as BackupPreview

BATCH = 500
_SURROGATE = re.compile("[\ud800-\udfff]")  # in a Python str, but not storable as UTF-8
PARSERS: dict[str, Callable[[Path], list[ImportedEntry]]] = {
    "jrnl-json": jrnl.parse_json, "jrnl-txt": jrnl.parse_txt, "dayone-json": dayone.parse,
    "csv": csv_import.parse,
}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Loaded:
    """A file read and checked, not yet compared with any journal."""

    path: Path
    format: str
    entries: tuple[ImportedEntry, ...] = ()
    backup: BackupPreview | None = None  # for this app's own backup ("json")
    warnings: tuple[Words, ...] = ()  # about the file (a cut-off last entry, old Mac line endings)


def load(path: Path | str, fmt: str | None = "auto") -> Loaded:
    """Read every entry of the file (format given, or detected for "auto"); InvalidInput names the line or
    entry and the field of the first problem."""
    path = Path(path)
    fmt = detect_format(path) if fmt in (None, "auto") else fmt
    if fmt not in FORMATS:
        raise InvalidInput(msg("import", "{fmt!r} is not a format this app imports; choose one of {join}.",
                               fmt=fmt, join=', '.join(FORMATS)))
    if fmt == "json":
        from journal_app.services.importing.json_restore import read_backup_preview

        return Loaded(path, fmt, backup=read_backup_preview(path))
    if fmt == "jrnl-txt":
        entries, warnings = jrnl.read_txt(path)
        return Loaded(path, fmt, tuple(entries), warnings=warnings)
    return Loaded(path, fmt, tuple(PARSERS[fmt](path)))


# -- checking and shaping each entry ---------------------------------------------------------------------
@dataclass(frozen=True)
class _Row:
    uuid: str | None
    occurred: str  # stored form, UTC
    title: str
    body: str
    shared: bool
    repair: str | None
    responses: tuple[str, ...]
    marks: tuple[tuple[str, int | None], ...]  # (tag, intensity), mapped tags only
    people: tuple[str, ...]  # cleaned names, one per person
    digest: bytes
    blank: bool


def digest(occurred: str, title: str, body: str) -> bytes:
    """What makes two entries the same: the minute (UTC), the title and the text."""
    key = f"{occurred[:16]}\x00{len(title)}\x00{title}\x00{body}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()


TAGS_LINE = "Tags: {tags}"  # marked below, under "import"


def tags_line(tags: Iterable[str]) -> str:
    """'Tags: Sam, late night' in the current language: the tags of an entry that no trigger holds, kept in
    its words."""
    return trans("import", "Tags: {tags}", tags=", ".join(tags))


def tags_line_shapes() -> tuple[tuple[str, str], ...]:
    """(start, end) of the tags line in every language the app ships, and the pseudo-language: a journal keeps
    the line in the language it was imported in."""
    shapes: set[tuple[str, str]] = set()
    for text in [i18n.translate_in(code, "import", TAGS_LINE) for code in i18n.available()] + [i18n.pseudo(TAGS_LINE)]:
        start, found, end = text.partition("{tags}")
        if found and start:
            shapes.add((start, end))
    return tuple(sorted(shapes))


def own_text(body: str, shapes: Iterable[tuple[str, str]] | None = None) -> str | None:
    """The entry's own text when `body` ends with the tags line an import added (`tags_line`, in any of
    `shapes`, by default every shipped language's); None when it does not."""
    head, _, last = body.rpartition("\n\n")
    line = last if head.strip() else last.lstrip()  # an entry with no words of its own has the line alone
    if not line or "\n" in line:
        return None
    if not any(line.startswith(start) and line.endswith(end) and len(line) > len(start) + len(end)
               for start, end in (tags_line_shapes() if shapes is None else shapes)):
        return None
    return head if head.strip() else body[:len(body) - len(line)]


_WALL_CLOCK_NAMESPACE = uuid_mod.UUID("6f1d7c52-52a4-4c47-9d0e-4f3b5b7c1a90")


def wall_uuid(wall: datetime, title: str, body: str) -> str:
    """The uuid of an entry from a format without time zones: the same for the same wall-clock minute, title
    and text, whatever zone the import reads it in."""
    key = f"{wall:%Y-%m-%d %H:%M}\x00{len(title)}\x00{title}\x00{body}"
    return str(uuid_mod.uuid5(_WALL_CLOCK_NAMESPACE, key.encode("utf-8", "surrogatepass").hex()))


def zone_named(name: str | None) -> tzinfo | None:
    """The IANA zone called `name` (None: this machine's zone); InvalidInput for a name it does not know."""
    if name is None or not name.strip():
        return None
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(name.strip())
    except (ValueError, OSError, LookupError):  # ZoneInfoNotFoundError is a KeyError
        raise InvalidInput(msg("import", "{name!r} is not a time zone this computer knows; give one like "
                               "Europe/Berlin, America/New_York or UTC. {nothing_imported}",
                               name=name, nothing_imported=NOTHING_IMPORTED)) from None


def _when(entry: ImportedEntry, zone: tzinfo | None) -> datetime:
    if entry.wall_clock is None:
        return entry.occurred_at
    if zone is None:
        return entry.wall_clock.astimezone()  # this machine's zone, with the offset it had on that day
    return entry.wall_clock.replace(tzinfo=zone)


def _row(entry: ImportedEntry, mapping: Mapping[str, str | None], number: int,
         zone: tzinfo | None = None) -> _Row:
    where = entry.where or msg("import", "entry {number}", number=number)
    if not isinstance(entry.occurred_at, datetime):
        raise fail(where, msg("import", "the entry has no date and time"))
    when = _when(entry, zone)
    problem = limits.when_problem(when) or limits.title_problem(entry.title)
    if problem:
        raise fail(where, problem)
    if _SURROGATE.search(entry.title) or _SURROGATE.search(entry.body):
        raise fail(where, msg("import", "the title or text holds a broken character (a lone surrogate) that cannot "
                              "be stored"))
    body = entry.body
    unmapped = [t for t in entry.tags if not mapping.get(t)]
    if unmapped and not entry.tags_in_text:  # kept in the words, since no trigger holds them
        body += ("\n\n" if body.strip() else "") + tags_line(unmapped)
    problem = limits.body_problem(body)
    if problem:
        raise fail(where, problem)
    marks: list[tuple[str, int | None]] = [(t, None) for t in entry.tags if mapping.get(t)]
    for tag, level in entry.triggers:
        problem = limits.intensity_problem(level, tag)
        if problem:
            raise fail(where, problem)
        if mapping.get(tag):
            marks.append((tag, level))
    if any(r not in RESPONSE_KEYS for r in entry.responses) or (entry.repair not in (None, *REPAIR_KEYS)):
        raise fail(where, msg("import", "what I did or the repair answer is not one this journal knows"))
    people: dict[str, str] = {}
    for name in entry.people:
        try:
            cleaned = clean_name(name, "person")
        except InvalidInput:
            raise fail(where, limits.name_problem(name.strip(), "person") or msg(
                "import", "a person's name is empty or holds a broken character")) from None
        people.setdefault(cleaned.casefold(), cleaned)
    occurred = utc_text(to_utc(when))
    uuid = limits.canonical_uuid(entry.uuid)
    if uuid is None and entry.wall_clock is not None:
        uuid = wall_uuid(entry.wall_clock, entry.title, entry.body)
    responses = tuple(dict.fromkeys(entry.responses))
    blank = not (entry.title.strip() or body.strip() or marks or people or responses or entry.repair)
    return _Row(uuid, occurred, entry.title, body, bool(entry.shared), entry.repair,
                responses, tuple(marks), tuple(people.values()), digest(occurred, entry.title, entry.body),
                blank)


def _rows(entries: Iterable[ImportedEntry], mapping: Mapping[str, str | None],
          zone: tzinfo | None = None) -> list[_Row]:
    return [_row(entry, mapping, number, zone) for number, entry in enumerate(entries, 1)]


def _sort_out(conn: Connection, rows: list[_Row]) -> tuple[list[_Row], int, int]:
    """(rows to add, duplicates, blank rows)."""
    live = [r for r in rows if not r.blank]
    if not live:
        return [], 0, len(rows)
    taken = import_queries.existing_uuids(conn, [r.uuid for r in live if r.uuid])
    incoming = {r.digest for r in live}
    lo = min(r.occurred for r in live)[:16]  # to the minute, as stored text
    hi = max(r.occurred for r in live)[:16] + ";"  # ';' sorts right after ':', so the whole last minute is in
    present: set[bytes] = set()
    shapes = tags_line_shapes()
    starts = tuple(start for start, _end in shapes)
    for occurred, title, body in import_queries.entries_between(conn, lo, hi):
        own = own_text(body, shapes) if any(start in body for start in starts) else None  # a quick look first
        for text in (body, own):
            if text is not None and (found := digest(occurred, title, text)) in incoming:
                present.add(found)
    fresh: list[_Row] = []
    for row in live:
        if (row.uuid and row.uuid in taken) or row.digest in present:
            continue
        fresh.append(row)
        present.add(row.digest)
        if row.uuid:
            taken.add(row.uuid)
    return fresh, len(live) - len(fresh), len(rows) - len(live)


# -- the two steps ---------------------------------------------------------------------------------------
def preview(journal: Journal, source: Path | str | Loaded, fmt: str | None = "auto",
            mapping: Mapping[str, str | None] | None = None, source_zone: str | None = None) -> ImportPreview:
    """What importing `source` (a path, or what `load` read) would do: entries, their span, the tags and the
    triggers they would become (the proposal, with `mapping`'s choices over it), duplicates and empty entries
    that would be skipped. Writes nothing. `preview.mapping` is what `import_entries` takes. `source_zone`
    (an IANA name; None: this machine's zone) is the zone a format without zones (jrnl, CSV) was written
    in; `preview.has_zones` says whether it matters. InvalidInput names the first record that does not fit
    the journal and why."""
    loaded = source if isinstance(source, Loaded) else load(source, fmt)
    if loaded.backup is not None:  # this app's own backup ("json")
        return _backup_preview(journal, loaded.path, loaded.backup, mapping)
    zone = zone_named(source_zone)
    entries = loaded.entries
    counts = Counter(tag for e in entries for tag in dict.fromkeys((*e.tags, *(n for n, _ in e.triggers))))
    triggers = journal.triggers()
    chosen, missing = with_choices(propose(counts, triggers, create=loaded.format == "csv"), mapping)
    rows = _rows(entries, chosen, zone)
    with journal.reading() as conn:
        fresh, duplicates, empty = _sort_out(conn, rows)
    notes: list[Words] = list(loaded.warnings)
    notes += [msg("import", "The tag {tag} you mapped is not in {file}.", tag=tag, file=loaded.path.name)
              for tag in missing]
    if empty:
        notes.append(nmsg("import", "%n empty entry(s) will be skipped.", empty))
    times = [r.occurred for r in rows]
    return ImportPreview(
        path=loaded.path, format=loaded.format, count=len(entries),
        first=from_utc_text(min(times)) if times else None, last=from_utc_text(max(times)) if times else None,
        tags=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))), mapping=chosen,
        notes=tuple(notes), duplicates=duplicates, empty=empty,
        new_triggers=new_triggers({t: chosen[t] for r in fresh for t, _ in r.marks}, triggers),
        entries=entries, source_zone=source_zone.strip() if source_zone and source_zone.strip() else None,
        has_zones=not any(e.wall_clock is not None for e in entries), warnings=loaded.warnings,
    )


def _backup_preview(journal: Journal, path: Path, backup: BackupPreview,
                    mapping: Mapping[str, str | None] | None) -> ImportPreview:
    if mapping:
        raise InvalidInput(msg("import", "A backup from this app keeps its own triggers; tags cannot be mapped. "
                               "Nothing was imported."))
    with journal.reading() as conn:
        held = dump.restore_blockers(conn)
    notes: list[Words] = []
    if any(held[k] for k in ("entries", "sessions", "questions")):
        notes.append(msg("import", "A backup can be restored only into an empty journal, and this one is not "
                           "empty."))
    return ImportPreview(path=path, format="json", count=backup.entries, first=backup.first_occurred,
                         last=backup.last_occurred, tags={}, mapping={}, notes=tuple(notes))


def import_entries(journal: Journal, entries: Iterable[ImportedEntry], mapping: Mapping[str, str | None],
                   progress: Progress | None = None, source_zone: str | None = None) -> ImportResult:
    """Add the entries to the journal in one transaction, tags becoming triggers as `mapping` says (a target
    that names no trigger creates one). `progress(done, total)`: (0, entries given) once they are checked,
    then (done, entries to add) after each batch of 500; raising from it cancels, and then, as after any
    failure, the journal is unchanged. `source_zone`: as for `preview`."""
    tick = progress or (lambda done, total: None)
    rows = _rows(entries, mapping, zone_named(source_zone))
    tick(0, len(rows))
    now = utc_text(now_utc())
    with journal.writing() as conn:
        fresh, duplicates, empty = _sort_out(conn, rows)
        tick(0, len(fresh))
        wanted = {t: target for r in fresh for t, _ in r.marks if (target := mapping[t])}
        trigger_ids, created = _trigger_ids(conn, wanted)
        person_ids = _person_ids(conn, [name for r in fresh for name in r.people])
        first = next_id = dump.next_entry_id(conn)
        trigger_sql = dump.defer_search_index(conn)
        for start in range(0, len(fresh), BATCH):
            batch, entry_rows = fresh[start:start + BATCH], []
            responses: list[tuple[int, str]] = []
            marks: list[tuple[int, int, int | None]] = []
            people: list[tuple[int, int]] = []
            for row in batch:
                entry_rows.append(dump.NewEntry(next_id, row.uuid or _new_uuid(), row.occurred, now, now, None,
                                                row.title, row.body, bool(row.shared), row.repair))
                responses += [(next_id, r) for r in row.responses]
                marks += [(next_id, tid, level) for tid, level in _levels(row.marks, trigger_ids)]
                people += [(next_id, person_ids[name.casefold()]) for name in row.people]
                next_id += 1
            dump.insert_entries(conn, entry_rows, responses, marks, people)
            tick(start + len(batch), len(fresh))
        import_queries.index_new_entries(conn, first, trigger_sql)
        rollup_build.settle(conn)  # the Patterns rollups, in the same transaction
    return ImportResult(len(fresh), duplicates, created, empty)


def _new_uuid() -> str:
    import uuid

    return str(uuid.uuid4())


def _levels(marks: Iterable[tuple[str, int | None]], trigger_ids: dict[str, int]) -> list[tuple[int, int | None]]:
    """One (trigger id, intensity) per trigger; a rated mark wins over an unrated one, the higher over the
    lower."""
    levels: dict[int, int | None] = {}
    for tag, level in marks:
        tid = trigger_ids[tag]
        if tid not in levels:
            levels[tid] = level
        elif level is not None:
            old = levels[tid]
            if old is None or level > old:
                levels[tid] = level
    return list(levels.items())


def _trigger_ids(conn: Connection, mapping: Mapping[str, str]) -> tuple[dict[str, int], tuple[str, ...]]:
    """{tag: trigger id} for the mapped tags, creating the new triggers (as Journal.add_trigger would, but
    within this transaction); and the names of those created."""
    triggers = catalog.list_triggers(conn)
    ids: dict[str, int] = {}
    made: dict[str, int] = {}
    created: list[str] = []
    for tag, target in mapping.items():
        found = resolve(target, triggers)
        if not isinstance(found, str):
            ids[tag] = found.id
            continue
        if found.casefold() not in made:
            base = slugify(found) or "trigger"
            slug, n = base, 2
            while catalog.slug_exists(conn, slug):
                slug, n = f"{base}-{n}", n + 1
            colour = next_colour(catalog.used_colours(conn)).upper()
            made[found.casefold()] = catalog.insert_trigger(conn, slug=slug, name=found, colour=colour)
            created.append(found)
        ids[tag] = made[found.casefold()]
    return ids, tuple(created)


def _person_ids(conn: Connection, names: list[str]) -> dict[str, int]:
    """{casefolded name: person id}, adding the people not yet in the journal (relationship "other")."""
    ids: dict[str, int] = {}
    for name in names:
        key = name.casefold()
        if key not in ids:
            person = catalog.person_by_name(conn, name) or catalog.insert_person(conn, name, "other")
            ids[key] = person.id
    return ids


def run_import(journal: Journal, preview: ImportPreview, mapping: Mapping[str, str | None] | None = None,
               progress: Progress | None = None) -> ImportResult:
    """Import what `preview` read, with `mapping` (default: the preview's). This app's own backup is restored
    (into an empty journal only) with its triggers, people, sessions and questions."""
    if preview.format == "json":
        from journal_app.services.importing.json_restore import restore_backup

        return ImportResult(restore_backup(journal, preview.path, progress), 0)
    result = import_entries(journal, preview.entries, preview.mapping if mapping is None else mapping,
                            progress, preview.source_zone)
    return replace(result, warnings=preview.warnings)
