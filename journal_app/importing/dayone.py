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
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from journal_app.errors import InvalidInput
from journal_app.importing.model import ImportedEntry, canonical_uuid, fail, shown
from journal_app.importing.reading import MAX_FILE_BYTES, decode, load_json, read_bytes, text_field
from journal_app.models.values import MAX_TITLE_CHARS
from journal_app.timeutil import EARLIEST_YEAR, LATEST_YEAR

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
    data = read_bytes(path)
    if not data.startswith(_ZIP_MAGIC):
        return _entries(decode(data, path.name), path.name)
    entries: list[ImportedEntry] = []
    for name, text in _zip_members(path):
        entries += _entries(text, name)
    return entries


def _zip_members(path: Path) -> list[tuple[str, str]]:
    """(label, text) of each .json file at the top of the zip or in one folder."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [info for info in archive.infolist() if _is_journal_file(info.filename)]
            if not infos:
                raise fail(path.name, "this zip holds no Day One JSON export (a Journal.json file)")
            members = []
            for info in sorted(infos, key=lambda i: i.filename):
                label = f"{PurePosixPath(info.filename).name} in {path.name}"
                if info.file_size > MAX_FILE_BYTES:
                    raise fail(label, "this file is too large to be a Day One export")
                members.append((label, decode(archive.read(info), label)))
            return members
    except InvalidInput:
        raise
    except (zipfile.BadZipFile, NotImplementedError, EOFError, zlib.error, struct.error, OSError,
            ValueError) as exc:  # damaged: zipfile reports it in all of these ways
        raise fail(path.name, f"this zip file is damaged or cannot be read ({type(exc).__name__})") from None
    except RuntimeError:  # an encrypted member
        raise fail(path.name, "this zip file is protected with a password; please export it again "
                              "without one") from None


def _is_journal_file(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (name.lower().endswith(".json") and 1 <= len(parts) <= 2
            and not any(part.startswith((".", "__MACOSX")) for part in parts))


def _entries(text: str, name: str) -> list[ImportedEntry]:
    data = load_json(text, name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise fail(name, 'this is not a Day One JSON export (it has no "entries" list)')
    return [_entry(item, f"{name}, entry {number}") for number, item in enumerate(data["entries"], 1)]


def _entry(item, where: str) -> ImportedEntry:
    if not isinstance(item, dict):
        raise fail(where, "this is not an entry (not a JSON object)")
    title, body = split_heading(text_field(item, "text", where, default=""))
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail(where, f'the "tags" field is not a list of tags ({shown(tags)})')
    for tag in tags:
        text_field({"tags": tag}, "tags", where)  # no broken characters
    return ImportedEntry(
        occurred_at=_created(item, where), title=title, body=body,
        tags=tuple(dict.fromkeys(" ".join(t.split()) for t in tags if t.strip())), tags_in_text=False,
        uuid=canonical_uuid(item.get("uuid")), where=where,
    )


def _created(item: dict, where: str) -> datetime:
    raw = text_field(item, "creationDate", where)
    try:
        value = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise fail(where, f'the "creationDate" {shown(raw)} is not a date and time like '
                          "2026-03-14T20:30:00Z") from None
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise fail(where, f'the "creationDate" {shown(raw)} is outside the years {EARLIEST_YEAR}–'
                          f"{LATEST_YEAR} this journal accepts")
    if value.tzinfo is None:
        value = value.replace(tzinfo=_zone(item.get("timeZone")))
    return value.astimezone(timezone.utc)


def _zone(name) -> timezone:
    """The entry's time zone (an IANA name such as Europe/Berlin); UTC when it has none or an unknown one."""
    from zoneinfo import ZoneInfo

    if isinstance(name, str) and name.strip():
        try:
            return ZoneInfo(name.strip())
        except (ValueError, OSError, LookupError):  # ZoneInfoNotFoundError is a KeyError
            pass
    return timezone.utc
