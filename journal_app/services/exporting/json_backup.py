"""The complete backup as JSON: every entry (the Trash too), trigger, person, session, thing to bring up, belief,
move and repair link, nothing lost, readable by any JSON tool and restored by importing/json_restore.py.

The document (UTF-8, no BOM; text is written as is, not as \\u escapes; one item per line)::

    {
      "format": "relationship-patterns-journal",      always first: readers check it before anything else
      "schema_version": 2,                             always second; a reader refuses a newer version
                                                       (2 added the cycle: beliefs, moves, repairs)
      "app_version": "0.1.0",                          the app that wrote it (informational)
      "exported_at": "2026-03-14T20:15:00.123456Z",
      "triggers": [
        {"slug": "abandonment-fear", "name": "Abandonment fear", "description": "…", "colour": "#D55E00",
         "builtin": true, "archived": false, "pattern": "anxious" | null, "sort_order": 0,
         "created_at": TIME, "guidance": ["article-id", …]}                 articles linked to it, in order
      ],
      "people": [{"name": "Sam", "relationship": "partner", "created_at": TIME}],
      "beliefs": [{"text": "I'm too much", "archived": false, "created_at": TIME}],     the person's own list
      "moves": [{"slug": "went-quiet", "name": "Went quiet", "builtin": true, "archived": false,
                 "sort_order": 1, "created_at": TIME}],                     what another person did
      "entries": [
        {"uuid": "…", "occurred_at": TIME, "created_at": TIME, "updated_at": TIME,
         "deleted_at": TIME | null,                                          set: the entry is in the Trash
         "title": "…", "body": "…",                                          exact text (CRLF, tabs kept)
         "shared": false, "repair": "yes" | "partly" | "not-yet" | "not-needed" | null,
         "responses": ["named-my-need", …],
         "triggers": [{"trigger": "abandonment-fear", "intensity": 7 | null}, …],   slugs from "triggers"
         "people": ["Sam", …],                                                      names from "people"
         "beliefs": [{"belief": "I'm too much", "strength": 80 | null,              texts from "beliefs"
                      "balanced": "…", "rerated": 30 | null, "rerated_at": TIME | null}, …],
         "moves": [{"person": "Sam", "move": "went-quiet"}, …]}                     slugs from "moves"
      ],
      "sessions": [{"uuid": "…", "held_on": "2026-03-10", "note": "…", "created_at": TIME,
                    "updated_at": TIME}],
      "questions": [{"uuid": "…", "text": "…", "entry": "entry uuid" | null, "created_at": TIME,
                     "done_at": TIME | null}],
      "repairs": [{"entry": "uuid of the later entry", "repaired": "uuid of the moment it repaired",
                   "reached_first": "me" | "them" | null}]
    }

TIME is ISO 8601 in UTC with exactly six decimals and a Z, e.g. "2026-03-14T20:15:00.123456Z": the stored
instant to the microsecond. "held_on" is the session's local calendar day. Entries come in id order (oldest
first); links keep the order they were made in. Relationship, response and repair keys are those of
journal_app.models.values; "reached_first" those of models.cycle_values. A backup of format 1 (before the cycle)
has no "beliefs", "moves" or "repairs": they are empty.

`write_backup` reads the journal from one snapshot (a read transaction), entries 500 at a time, and writes
each batch as it goes, so memory stays flat whatever the journal's size. Write it through
exporting.files.write_atomic (with the journal's folder as `data_dir`) so a failure or a cancel (raise from
`progress`) leaves no partial file, and a signal or a kill leaves none past the next run.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, BinaryIO

from journal_app import __version__
from journal_app.core.errors import JournalError, StorageError
from journal_app.core.i18n import msg

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

FORMAT = "relationship-patterns-journal"
SCHEMA_VERSION = 2


def iso_time(stored: str | None) -> str | None:
    """A stored UTC time ('YYYY-MM-DD HH:MM:SS.ffffff') as ISO 8601 with six decimals and a Z."""
    if stored is None:
        return None
    if len(stored) == 26 and stored[10] == " " and stored[19] == ".":
        return f"{stored[:10]}T{stored[11:]}Z"
    try:  # not the usual fixed width (should not happen): parse it, so what is written is still exact
        value = datetime.fromisoformat(stored)
    except ValueError:
        raise StorageError(msg("json_backup", "A stored time ({stored!r}) is damaged; the backup was not written.",
                               stored=stored)) from None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"


class _StreamFailed(JournalError):
    """Carries an OSError from the output stream past the store's error translation (which would blame the
    journal file), so the caller sees the original OSError (files.write_atomic names the target and why)."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(str(exc))
        self.exc = exc


class _Output:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def write(self, data: bytes) -> None:
        try:
            self._stream.write(data)
        except OSError as exc:
            raise _StreamFailed(exc) from None


def _dump(item: object) -> bytes:
    return json.dumps(item, ensure_ascii=False, separators=(", ", ": ")).encode("utf-8")


def _array(stream: _Output, key: str, items: Iterable[object], last: bool = False) -> None:
    stream.write(f'  "{key}": ['.encode())
    first = True
    for item in items:
        stream.write(b"\n    " if first else b",\n    ")
        stream.write(_dump(item))
        first = False
    stream.write((b"" if first else b"\n  ") + (b"]\n" if last else b"],\n"))


def write_backup(journal: Journal, stream: BinaryIO,
                 progress: Callable[[int, int], None] | None = None) -> int:
    """Write the whole journal to `stream` as the JSON document described above; returns the number of
    entries written (the Trash included). `progress(done, total)` is called after each batch of entries."""
    try:
        return _write(journal, _Output(stream), progress)
    except _StreamFailed as failed:
        raise failed.exc from None


def _write(journal: Journal, stream: _Output, progress: Callable[[int, int], None] | None) -> int:
    from journal_app.store import dump

    with journal.reading() as conn:
        total = dump.counts(conn)["entry"]
        header = {"format": FORMAT, "schema_version": SCHEMA_VERSION, "app_version": __version__,
                  "exported_at": iso_time(datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"))}
        stream.write(b"{\n" + b"".join(b"  %s: %s,\n" % (_dump(k), _dump(v)) for k, v in header.items()))
        _array(stream, "triggers", (
            {"slug": t.slug, "name": t.name, "description": t.description, "colour": t.colour,
             "builtin": t.builtin, "archived": t.archived, "pattern": t.pattern, "sort_order": t.sort_order,
             "created_at": iso_time(t.created_at), "guidance": list(t.guidance)}
            for t in dump.triggers(conn)
        ))
        _array(stream, "people", (
            {"name": p.name, "relationship": p.relationship, "created_at": iso_time(p.created_at)}
            for p in dump.people(conn)
        ))
        _array(stream, "beliefs", ({"text": b.text, "archived": b.archived, "created_at": iso_time(b.created_at)}
                                   for b in dump.beliefs(conn)))
        _array(stream, "moves", (
            {"slug": m.slug, "name": m.name, "builtin": m.builtin, "archived": m.archived, "sort_order": m.sort_order,
             "created_at": iso_time(m.created_at)}
            for m in dump.moves(conn)
        ))
        if progress:
            progress(0, total)
        done = 0
        stream.write(b'  "entries": [')
        for batch in dump.entry_batches(conn):
            pieces = []
            for e in batch:
                pieces.append(b",\n    " if done else b"\n    ")
                pieces.append(_dump({
                    "uuid": e.uuid, "occurred_at": iso_time(e.occurred_at),
                    "created_at": iso_time(e.created_at), "updated_at": iso_time(e.updated_at),
                    "deleted_at": iso_time(e.deleted_at),
                    "title": e.title, "body": e.body, "shared": e.shared, "repair": e.repair,
                    "responses": list(e.responses),
                    "triggers": [{"trigger": slug, "intensity": level} for slug, level in e.triggers],
                    "people": list(e.people),
                    "beliefs": [{"belief": b.text, "strength": b.strength, "balanced": b.balanced,
                                 "rerated": b.rerated, "rerated_at": iso_time(b.rerated_at)} for b in e.beliefs],
                    "moves": [{"person": person, "move": move} for person, move in e.moves],
                }))
                done += 1
            stream.write(b"".join(pieces))
            if progress:
                progress(done, total)
        stream.write(b"\n  ],\n" if done else b"],\n")
        _array(stream, "sessions", (
            {"uuid": s.uuid, "held_on": s.held_on, "note": s.note, "created_at": iso_time(s.created_at),
             "updated_at": iso_time(s.updated_at)}
            for s in dump.sessions(conn)
        ))
        _array(stream, "questions", (
            {"uuid": q.uuid, "text": q.text, "entry": q.entry_uuid, "created_at": iso_time(q.created_at),
             "done_at": iso_time(q.done_at)}
            for q in dump.agenda_items(conn)
        ))
        _array(stream, "repairs", (
            {"entry": r.entry_uuid, "repaired": r.repaired_uuid, "reached_first": r.reached_first}
            for r in dump.repairs(conn)
        ), last=True)
        stream.write(b"}\n")
    return done
