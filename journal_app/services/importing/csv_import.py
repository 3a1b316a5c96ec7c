"""This app's CSV export (exporting/csv_export.py) read back as entries: the header is
Date,Time,Title,Text,<one column per trigger name>,People,What I did,Repair,Shared (a UTF-8 byte-order mark
may come first), perhaps followed by the cycle's columns (What I told myself,A kinder thought,What they did,Came
back together), which are read past: the complete backup (JSON) is the one that brings the cycle back. A trigger
cell holds an intensity, "not rated", or nothing (trigger not on the entry); people and what I did are
"; "-separated; labels are read back as the keys they stand for. Date and time are local, to the minute. An
entry whose words were kept private comes back with an empty title and text.

The export writes its header and labels in the language of the moment ("Datum,Uhrzeit,Titel,Text,…" and "nicht
angegeben" in German), so a file in any language the app ships is read back: the words of every language are
looked up in the catalog (`_vocabulary`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TypeVar

from journal_app.core.i18n import Message, available, language, msg, translate_in
from journal_app.models.values import INTENSITY_MAX, INTENSITY_MIN, REPAIR, RESPONSES
from journal_app.services.exporting.csv_export import _FORMULA_START
from journal_app.services.exporting.markdown import NOT_RATED
from journal_app.services.importing.model import ImportedEntry, Words, fail, line_of, shown
from journal_app.services.importing.reading import read_text, wall_datetime

# the header as exporting/csv_export.py writes it (in English here; through trans("export", ...) there)
FIRST = ("Date", "Time", "Title", "Text")
LAST = ("People", "What I did", "Repair", "Shared")
CYCLE = ("What I told myself", "A kinder thought", "What they did", "Came back together")  # after LAST, if there
SEPARATOR = "; "
FIELD_LIMIT = 1 << 26  # characters in one cell: above the longest entry a journal holds


class _Words:
    """The header and labels of a CSV export in one language."""

    def __init__(self, language: str) -> None:
        def word(context: str, text: str) -> str:
            return translate_in(language, context, text)

        self.first = tuple(word("export", w) for w in FIRST)
        self.last = tuple(word("export", w) for w in LAST)
        self.cycle = tuple(word("export", w) for w in CYCLE)
        self.not_rated = word("export", NOT_RATED).casefold()
        self.shared = {word("export", "yes").casefold(): True, word("export", "no").casefold(): False}
        self.responses = {word("messages", label).casefold(): key for key, label, _ in RESPONSES}
        self.repairs = {word("messages", label).casefold(): key for key, label in REPAIR}


@cache
def _vocabulary() -> tuple[_Words, ...]:
    """Every shipped language's words, English first."""
    return tuple(_Words(language) for language in available())


def header_starts() -> tuple[str, ...]:
    """'Date,Time,Title,Text,' in each shipped language: how an export of this app starts (importing/detect.py)."""
    return tuple(",".join(words.first) + "," for words in _vocabulary())


@cache
def _labels() -> tuple[dict[str, str], dict[str, str], dict[str, bool], frozenset[str]]:
    """(responses, repairs, shared, not rated): each label of every shipped language (and each key) -> what it
    stands for."""
    responses = {key: key for key, _, _ in RESPONSES}
    repairs = {key: key for key, _ in REPAIR}
    shared: dict[str, bool] = {}
    not_rated: set[str] = set()
    for words in _vocabulary():
        responses.update(words.responses)
        repairs.update(words.repairs)
        shared.update(words.shared)
        not_rated.add(words.not_rated)
    return responses, repairs, shared, frozenset(not_rated)


def unsafe(cell: str) -> str:
    """The cell as written before the export defused it (a quote put before a would-be formula)."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1:].startswith(_FORMULA_START) else cell


def _header(row: list[str], name: str) -> tuple[list[str], int]:
    """The trigger columns, and how many of the cycle's columns follow "Shared" (0 in an export from before), in
    whichever shipped language the header is written."""
    cells = [unsafe(c) for c in row]
    words = next((w for w in _vocabulary() if tuple(cells[:4]) == w.first), _Words(language()))
    extra = len(CYCLE) if tuple(cells[-len(CYCLE):]) == words.cycle else 0
    cells = cells[:len(cells) - extra]
    if tuple(cells[:4]) != words.first or tuple(cells[-4:]) != words.last or len(cells) < 8:
        raise fail(line_of(name, 1), msg("import", "this is not a CSV export from Relationship Patterns Journal "
                                         "(its first line should be {first},…,{last})", first=",".join(words.first),
                                         last=",".join(words.last)))
    triggers = cells[4:-4]
    seen: set[str] = set()
    for trigger in triggers:
        if not trigger.strip() or trigger.strip().casefold() in seen:
            raise fail(line_of(name, 1), msg("import", "the trigger column {name} is empty or appears twice",
                                             name=shown(trigger)))
        seen.add(trigger.strip().casefold())
    return [t.strip() for t in triggers], extra


def parse(path: Path) -> list[ImportedEntry]:
    """Every row of the CSV as an entry, in file order."""
    name = path.name
    text = read_text(path)
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    entries: list[ImportedEntry] = []
    triggers: list[str] | None = None
    extra = 0
    line = 1
    try:
        for row in reader:
            where, line = line_of(name, line), reader.line_num + 1
            if triggers is None:
                triggers, extra = _header(row, name)
                continue
            if not row:
                continue
            if len(row) != len(triggers) + 8 + extra:
                raise fail(where, msg("import", "this row has {cells} cells where the header has {header}",
                                      cells=len(row), header=len(triggers) + 8 + extra))
            entries.append(_entry([unsafe(c) for c in row[:len(row) - extra]], triggers, where))
    except csv.Error as exc:
        raise fail(line_of(name, reader.line_num), msg("import", "this is not valid CSV ({detail})",
                                                       detail=exc)) from None
    if triggers is None:
        raise fail(name, msg("import", "the file is empty"))
    return entries


def _entry(cells: list[str], triggers: list[str], where: Words) -> ImportedEntry:
    day, clock, title, body = cells[:4]
    people, did, repair, shared = cells[-4:]
    responses, repairs, yes_no, _ = _labels()
    wall = wall_datetime(day.strip(), clock.strip(), where)  # local time as written: no zone in the file
    return ImportedEntry(
        occurred_at=wall.astimezone(), wall_clock=wall, title=title, body=body,
        triggers=tuple(_levels(triggers, cells[4:-4], where)),
        people=tuple(dict.fromkeys(p.strip() for p in people.split(SEPARATOR) if p.strip())),
        responses=tuple(dict.fromkeys(_known(r, responses, LAST[1], where)
                                      for r in did.split(SEPARATOR) if r.strip())),
        repair=_known(repair, repairs, LAST[2], where) if repair.strip() else None,
        shared=_known(shared, yes_no, LAST[3], where), where=where,
    )


def _levels(triggers: list[str], cells: list[str], where: Words) -> Iterator[tuple[str, int | None]]:
    for trigger, cell in zip(triggers, cells):
        cell = cell.strip()
        if not cell:
            continue
        if cell.casefold() in _labels()[3]:
            yield trigger, None
        elif cell.isascii() and cell.isdigit() and INTENSITY_MIN <= int(cell) <= INTENSITY_MAX:
            yield trigger, int(cell)
        else:
            raise fail(where, msg("import", 'the "{column}" column has {value}, which is not an intensity from '
                                  '{low} to {high} or "{not_rated}"', column=trigger, value=shown(cell),
                                  low=INTENSITY_MIN, high=INTENSITY_MAX, not_rated=Message("export", NOT_RATED)))


_K = TypeVar("_K")


def _known(cell: str, known: Mapping[str, _K], column: str, where: Words) -> _K:
    """What a label stands for; `column` is the column's English name (shown in the person's language)."""
    key = cell.strip().casefold()
    if key not in known:
        raise fail(where, msg("import", 'the "{column}" column has {value}, which this journal does not know',
                              column=Message("export", column), value=shown(cell.strip())))
    return known[key]
