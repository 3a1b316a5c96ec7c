"""jrnl (jrnl.sh): its JSON export (`jrnl --export json`) and its plain-text journal file.

The text file: an entry starts with a line `[2026-03-14 21:30] Title` (jrnl 2 and later; jrnl 4 writes
`[2026-03-14 09:30:00 PM] Title` by default) or, in files from jrnl 1, `2026-03-14 21:30 Title` without
brackets; the first entry line decides which style the whole file uses. As jrnl reads it, the rest of that
line is the title (a trailing " *" marks a starred entry and is dropped) and the lines up to the next entry
line are the body. Times have no zone (see apply.py for how they are read). Tags (@word or #word) stay in the
text where jrnl keeps them.

Line endings: LF, CRLF or a lone CR each end a line, as in jrnl (Python's universal newlines), so a file with
old Mac line endings (CR only) reads as the same entries rather than as one long entry; the preview says so.
A cut-off file: jrnl ends every entry it writes with a line break, so a file whose last byte is not one was
most likely cut short (an interrupted copy or sync, a full disk); its last entry is still imported as it
stands, and the preview and the import say which entry to check."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from journal_app.core.i18n import Message, msg
from journal_app.models.values import MAX_TITLE_CHARS
from journal_app.services.importing.model import ImportedEntry, Words, entry_of, fail, line_of, source_uuid
from journal_app.services.importing.reading import load_json, read_text, text_field, wall_datetime

_WHEN = r"(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)"
_BRACKETED = re.compile(r"\[" + _WHEN + r"\] ?(.*)")
_PLAIN = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)(?: (.*))?")
_TAG = re.compile(r"(?<!\S)([#@][-+*#/\w]+)")  # jrnl's own tag pattern with its default tag symbols
# jrnl's sentence end (after Segtok): a terminal, an optional closing quote and brackets, then spaces.
_SENTENCE_END = re.compile(r"[.!?\u2026\u203C\u203D\u2047\u2048\u2049\u22EF\uFE52\uFE57]"
                           r"['\u2019\"\u201D]?[\])]*\s+|[\uFF01\uFF0E\uFF1F\uFF61\u3002]")


def tags_in(text: str) -> tuple[str, ...]:
    """The tags jrnl sees in a text, lower-cased as jrnl does, in order of first appearance."""
    return tuple(dict.fromkeys(tag.lower() for tag in _TAG.findall(text)))


def _fit_title(title: str, body: str) -> tuple[str, str]:
    """A first line too long for a title keeps only its first sentence as the title, or moves into the body
    whole: nothing is cut."""
    if len(title) <= MAX_TITLE_CHARS:
        return title, body
    end = _SENTENCE_END.search(title)
    if end and len(title[:end.end()].strip()) <= MAX_TITLE_CHARS:
        return title[:end.end()].strip(), _lines(title[end.end():].strip(), body)
    return "", _lines(title, body)


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


def _entry(title: str, body: str, wall: datetime, where: Words, uuid: str | None = None) -> ImportedEntry:
    """jrnl writes times without a zone: `wall` is naive, read in the zone the import is told (apply.py)."""
    title, body = _fit_title(title, body)
    return ImportedEntry(occurred_at=wall.astimezone(), title=title, body=body, tags=tags_in(title + " " + body),
                         uuid=uuid, where=where, wall_clock=wall)


# -- the text file ---------------------------------------------------------------------------------------
def parse_txt(path: Path) -> list[ImportedEntry]:
    """Every entry of a jrnl journal file, in file order."""
    return read_txt(path)[0]


def read_txt(path: Path) -> tuple[list[ImportedEntry], tuple[Message, ...]]:
    """Every entry of a jrnl journal file, in file order, and what is worth knowing about the file itself
    (old Mac line endings; an end that looks cut off), worded when shown."""
    text = read_text(path)
    entries, last = _parse_txt_text(text, path.name)
    warnings: list[Message] = []
    if "\r" in text and "\n" not in text:
        warnings.append(msg("import", "{file} ends its lines the old Mac way (CR only); they were read as lines.",
                            file=path.name))
    if entries and text and text[-1] not in "\r\n":
        warnings.append(msg("import", "{file} does not end with a line break, as jrnl always writes one: it may "
                            "have been cut off. Please check the last entry (line {line}) after importing.",
                            file=path.name, line=last))
    return entries, tuple(warnings)


def _parse_txt_text(text: str, name: str) -> tuple[list[ImportedEntry], int]:
    """The entries, and the line the last one starts on (0 when there are none)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    entries: list[ImportedEntry] = []
    pattern = None
    head: tuple[int, str, str, str] | None = None  # line number, date, time, rest of the line
    body: list[str] = []

    def finish() -> None:
        if head is None:
            return
        number, day, clock, title = head
        where = line_of(name, number)
        when = wall_datetime(day, clock, where)
        title = title.strip()
        if title == "*" or title.endswith(" *"):
            title = title[:-1].rstrip()
        entries.append(_entry(title, "\n".join(body).strip(), when, where))

    for number, line in enumerate(lines, 1):
        found = None
        for candidate in ((pattern,) if pattern else (_BRACKETED, _PLAIN)):
            found = candidate.fullmatch(line)
            if found:
                pattern = candidate
                break
        if found:
            finish()
            head, body = (number, found[1], found[2], found[3] or ""), []
        elif head is not None:
            body.append(line)
        elif line.strip():
            raise fail(line_of(name, number), msg("import", "this does not start like a jrnl journal (an entry "
                                                        "begins with a line like '[2026-03-14 21:30] Title')"))
    finish()
    return entries, head[0] if head else 0


# -- the JSON export -------------------------------------------------------------------------------------
def parse_json(path: Path) -> list[ImportedEntry]:
    """Every entry of `jrnl --export json`: {"tags": {...}, "entries": [{"title", "body", "date", "time",
    "tags", "starred"}, ...]} (and "uuid" for journals kept in Day One)."""
    name = path.name
    data = load_json(read_text(path), name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise fail(name, msg("import", 'this is not a jrnl JSON export (it has no "entries" list)'))
    entries = []
    for number, item in enumerate(data["entries"], 1):
        where = entry_of(name, number)
        if not isinstance(item, dict):
            raise fail(where, msg("import", "this is not an entry (not a JSON object)"))
        title = text_field(item, "title", where)
        body = text_field(item, "body", where, default="")
        when = wall_datetime(text_field(item, "date", where), text_field(item, "time", where), where)
        # jrnl's "tags" list is what it found in the text; reading the text again finds the same.
        entries.append(_entry(title.strip(), body.strip(), when, where, source_uuid(item.get("uuid"), where)))
    return entries
