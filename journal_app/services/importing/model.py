"""What the importers hand over: plain values, no database, no Qt.

A parser turns a file into `ImportedEntry` values (or raises InvalidInput naming the line or entry and the
field); `apply.preview` sums them up as an `ImportPreview` for the person to check and adjust; and
`apply.import_entries` writes them, returning an `ImportResult`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import Message, msg, ntrans, number, trans
from journal_app.models.limits import canonical_uuid, uuid_problem

NOTHING_IMPORTED = msg("import", "Nothing was imported.")
NOTHING_CHANGED = msg("import", "Nothing was changed.")
Words = str | Message  # a sentence or clause for the person: worded in their language when it is shown


@dataclass(frozen=True)
class ImportedEntry:
    """One entry read from another journal. Tags are labels as the source writes them ("@work" in jrnl,
    "work" in Day One); CSV trigger columns come as (name, intensity) pairs in `triggers`. Both become
    triggers through the mapping the person confirms."""

    occurred_at: datetime  # aware (for a format without time zones: the wall clock in this machine's zone)
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    tags_in_text: bool = True  # jrnl keeps tags inline; Day One apart (added to the text when unmapped)
    triggers: tuple[tuple[str, int | None], ...] = ()  # (trigger name, intensity or None: not rated)
    people: tuple[str, ...] = ()
    shared: bool = False
    responses: tuple[str, ...] = ()  # keys of models.values.RESPONSES
    repair: str | None = None  # a key of models.values.REPAIR
    uuid: str | None = None  # canonical, when the source gives one; else the entry gets a new uuid
    where: Words = ""  # "journal.txt, line 214" (line_of): for messages about this entry
    wall_clock: datetime | None = None  # naive: the time as the file writes it, for formats without zones


@dataclass(frozen=True)
class ImportPreview:
    """What a file holds, before anything is written. `mapping` says which trigger each tag becomes: the slug
    of a trigger in the journal, the name of a new trigger, or None (not mapped)."""

    path: Path
    format: str  # one of detect.FORMATS
    count: int  # entries in the file
    first: datetime | None  # UTC; None when there are no entries
    last: datetime | None
    tags: dict[str, int]  # tag as written -> number of entries with it
    mapping: dict[str, str | None]
    notes: tuple[Words, ...] = ()  # things worth knowing that do not stop the import (`problems`: worded)
    duplicates: int = 0  # entries already in the journal (skipped on import)
    empty: int = 0  # entries with nothing in them (skipped on import)
    new_triggers: tuple[str, ...] = ()  # names of the triggers the mapping would create
    entries: tuple[ImportedEntry, ...] = field(default=(), repr=False)
    source_zone: str | None = None  # the zone the file's times are read in (None: this machine's)
    has_zones: bool = True  # False: the format writes wall-clock times, so the source's zone matters
    warnings: tuple[Words, ...] = ()  # about the file itself (a cut-off end, CR line endings), also in notes

    @property
    def problems(self) -> tuple[str, ...]:
        """The notes in the language of the moment (read again after Settings ▸ Language)."""
        return tuple(str(note) for note in self.notes)

    @property
    def to_add(self) -> int:
        return self.count - self.duplicates - self.empty


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped_duplicates: int
    new_triggers: tuple[str, ...] = ()  # names of the triggers created
    skipped_empty: int = 0
    warnings: tuple[Words, ...] = ()  # about the file (a cut-off end), said again after importing

    def summary(self) -> str:
        """'Imported 1,234 entries (3 already in the journal were skipped). New triggers: Jealousy.'"""
        if self.skipped_duplicates:
            line = ntrans("import", "Imported %n entry(s) ({skipped} already in the journal were skipped).",
                          self.added, skipped=number(self.skipped_duplicates))
        else:
            line = ntrans("import", "Imported %n entry(s).", self.added)
        if self.new_triggers:
            line += " " + trans("import", "New triggers: {names}.", names=", ".join(self.new_triggers))
        return " ".join((line, *(str(w) for w in self.warnings)))


def fail(where: Words, problem: Words) -> InvalidInput:
    """'journal.txt, line 214: the date '2026-13-01' is not a real date. Nothing was imported.' (worded in the
    person's language when it is shown: `where` and `problem` are Messages, or words already in it)."""
    return InvalidInput(msg("import", "{where}: {problem}. {nothing_imported}", where=where, problem=problem,
                            nothing_imported=NOTHING_IMPORTED))


def line_of(name: Words, line: int) -> Message:
    """'journal.txt, line 214': where in a file a problem is."""
    return msg("import", "{file}, line {line}", file=name, line=line)


def entry_of(name: Words, entry: int) -> Message:
    """'export.json, entry 12': which entry of a file a problem is in."""
    return msg("import", "{file}, entry {number}", file=name, number=entry)


def shown(value: object, limit: int = 40) -> str:
    """A value from the file, quoted and cut short for a one-line message."""
    text = value if isinstance(value, str) else repr(value)
    return repr(text[:limit]) + ("…" if len(text) > limit else "")


def source_uuid(value: object, where: Words) -> str | None:
    """The canonical form of an entry's uuid in the source file (None when it has none); a uuid that is not
    a UUID is refused, naming the entry."""
    if value is None or value == "":
        return None
    problem = uuid_problem(value)
    if problem:
        raise fail(where, problem)
    return canonical_uuid(value)
