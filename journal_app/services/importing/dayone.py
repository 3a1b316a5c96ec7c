"""Day One: its JSON export, as the .zip Day One writes (Journal.json, or one .json per journal, at the top
or in one folder) or as the .json itself: {"metadata": ..., "entries": [{"uuid", "text", "creationDate",
"timeZone", "tags", "starred", ...}]}.

The text is Markdown in which Day One escapes punctuation (`\\.` `\\-` `\\!`); the escapes are removed. A
first line that is a heading (`# Title`) becomes the title. creationDate is UTC; a time without an offset is
read in the entry's timeZone. Photos and other attachments are not imported (their links stay in the text)."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from datetime import UTC, datetime, tzinfo
from pathlib import Path, PurePosixPath

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import msg
from journal_app.core.timeutil import to_utc
from journal_app.models.limits import MAX_TITLE_CHARS, when_problem
from journal_app.services.importing import reading
from journal_app.services.importing.model import ImportedEntry, Words, entry_of, fail, shown, source_uuid
from journal_app.services.importing.reading import (
    decode,
    load_json,
    open_regular,
    read_bytes,
    read_capped,
    text_field,
    too_large,
)

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_ZIP_MAGIC = b"PK\x03\x04"


def unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def split_heading(text: str) -> tuple[str, str]:
    """(title, body): the first line becomes the title when it is a Markdown heading."""
    first, _, rest = text.partition("\n")
    found = _HEADING.fullmatch(first.rstrip("\r"))
    if not found or not found[1].strip() or len(unescape(found[1]).strip()) > MAX_TITLE_CHARS:
        return "", unescape(text)
    return unescape(found[1]).strip(), unescape(rest.lstrip("\r\n"))


def parse(path: Path) -> list[ImportedEntry]:
    """Every entry of a Day One JSON export (.zip or .json), journal files in name order."""
    if not read_bytes(path, len(_ZIP_MAGIC)).startswith(_ZIP_MAGIC):
        return _entries(decode(read_bytes(path), path.name), path.name)
    entries: list[ImportedEntry] = []
    for name, text in _zip_members(path):
        entries += _entries(text, name)
    return entries


def _zip_members(path: Path) -> list[tuple[Words, str]]:
    """(label, text) of each .json file at the top of the zip or in one folder. Their sizes together may be at
    most MAX_FILE_BYTES: checked from the zip's directory before inflating anything, and again while
    inflating, a megabyte at a time, in case the directory lies."""
    try:
        with open_regular(path) as stream, zipfile.ZipFile(stream) as archive:
            infos = [info for info in archive.infolist() if _is_journal_file(info.filename)]
            if not infos:
                raise fail(path.name, msg("import", "this zip holds no Day One JSON export (a Journal.json file)"))
            if sum(info.file_size for info in infos) > reading.MAX_FILE_BYTES:
                raise too_large(path.name)
            members: list[tuple[Words, str]] = []
            budget = reading.MAX_FILE_BYTES
            for info in sorted(infos, key=lambda i: i.filename):
                label = msg("import", "{member} in {archive}", member=PurePosixPath(info.filename).name,
                            archive=path.name)
                with archive.open(info) as member:
                    data = read_capped(member, path.name, budget)
                budget -= len(data)
                members.append((label, decode(data, label)))
                del data
            return members
    except InvalidInput:
        raise
    except (zipfile.BadZipFile, NotImplementedError, EOFError, zlib.error, struct.error, OSError,
            ValueError) as exc:  # damaged: zipfile reports it in all of these ways
        raise fail(path.name, msg("import", "this zip file is damaged or cannot be read ({kind})",
                                  kind=type(exc).__name__)) from None
    except RuntimeError:  # an encrypted member
        raise fail(path.name, msg("import", "this zip file is protected with a password; please export it "
                                  "again without one")) from None


def _is_journal_file(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (name.lower().endswith(".json") and 1 <= len(parts) <= 2
            and not any(part.startswith((".", "__MACOSX")) for part in parts))


def _entries(text: str, name: Words) -> list[ImportedEntry]:
    data = load_json(text, name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise fail(name, msg("import", 'this is not a Day One JSON export (it has no "entries" list)'))
    return [_entry(item, entry_of(name, number)) for number, item in enumerate(data["entries"], 1)]


def _entry(item: object, where: Words) -> ImportedEntry:
    if not isinstance(item, dict):
        raise fail(where, msg("import", "this is not an entry (not a JSON object)"))
    title, body = split_heading(text_field(item, "text", where, default=""))
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail(where, msg("import", 'the "tags" field is not a list of tags ({value})', value=shown(tags)))
    for tag in tags:
        text_field({"tags": tag}, "tags", where)  # no broken characters
    return ImportedEntry(
        occurred_at=_created(item, where), title=title, body=body,
        tags=tuple(dict.fromkeys(" ".join(t.split()) for t in tags if t.strip())), tags_in_text=False,
        uuid=source_uuid(item.get("uuid"), where), where=where,
    )


def _created(item: dict[str, object], where: Words) -> datetime:
    raw = text_field(item, "creationDate", where)
    try:
        value = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise fail(where, msg("import", 'the "creationDate" {value} is not a date and time like '
                              "2026-03-14T20:30:00Z", value=shown(raw))) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=_zone(item.get("timeZone")))
    value = to_utc(value)
    problem = when_problem(value, '"creationDate"')
    if problem:
        raise fail(where, problem)
    return value


def _zone(name: object) -> tzinfo:
    """The entry's time zone (an IANA name such as Europe/Berlin); UTC when it has none or an unknown one."""
    from zoneinfo import ZoneInfo

    if isinstance(name, str) and name.strip():
        try:
            return ZoneInfo(name.strip())
        except (ValueError, OSError, LookupError):  # ZoneInfoNotFoundError is a KeyError
            pass
    return UTC
