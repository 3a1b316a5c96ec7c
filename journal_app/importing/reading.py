"""Reading an import file: bytes with calm messages for missing or unreadable files, text that must be UTF-8
(with or without a byte-order mark; UTF-16 with its mark too), and JSON with the line of any mistake."""

from __future__ import annotations

import codecs
import json
import re
from datetime import date, datetime, time
from pathlib import Path

from journal_app.errors import InvalidInput
from journal_app.importing.model import NOTHING_IMPORTED, fail, shown
from journal_app.timeutil import EARLIEST_YEAR, LATEST_YEAR

MAX_FILE_BYTES = 2 << 30  # 2 GB: far above any journal export; refused rather than read into memory


def _unreadable(path: Path, exc: OSError) -> InvalidInput:
    if isinstance(exc, FileNotFoundError):
        return InvalidInput(f"There is no file {path}. {NOTHING_IMPORTED}")
    if isinstance(exc, IsADirectoryError):
        return InvalidInput(f"{path} is a folder; please choose the exported file. {NOTHING_IMPORTED}")
    return InvalidInput(f"{path} cannot be read ({exc.strerror or exc}). {NOTHING_IMPORTED}")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (only the first `limit` when given)."""
    try:
        with open(path, "rb") as stream:
            if limit is not None:
                return stream.read(limit)
            if path.stat().st_size > MAX_FILE_BYTES:
                raise InvalidInput(f"{path.name} is larger than 2 GB, too large to be a journal export. "
                                   f"{NOTHING_IMPORTED}")
            return stream.read()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def decode(data: bytes, name: str) -> str:
    """The text of a file: UTF-8 (a byte-order mark is dropped), or UTF-16 when it starts with its mark.
    Anything else is refused with the line of the first byte that is not UTF-8."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise fail(name, "it starts like UTF-16 text but is damaged") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise fail(f"{name}, line {line}",
                   f"this is not UTF-8 text (byte 0x{data[exc.start]:02X}; perhaps it was saved as Latin-1 "
                   "or Windows-1252). Please save it as UTF-8 and try again") from None


def read_text(path: Path) -> str:
    return decode(read_bytes(path), path.name)


def load_json(text: str, name: str):
    """The parsed JSON; a mistake is reported with its line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise fail(f"{name}, line {exc.lineno}", f"this is not valid JSON ({exc.msg.lower()})") from None
    except (ValueError, RecursionError):  # a number thousands of digits long, nesting thousands deep
        raise fail(name, "this is not JSON that an export would write") from None


# -- fields --------------------------------------------------------------------------------------------------
_SURROGATE = re.compile("[\ud800-\udfff]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?")


def text_field(item: dict, key: str, where: str, *, default: str | None = None) -> str:
    """A text field of a JSON object; missing is an error unless there is a default."""
    if key not in item or item[key] is None:
        if default is None:
            raise fail(where, f'the "{key}" field is missing')
        return default
    value = item[key]
    if not isinstance(value, str):
        raise fail(where, f'the "{key}" field is not text')
    if _SURROGATE.search(value):
        raise fail(where, f'the "{key}" field has broken characters (a lone surrogate)')
    return value


def local_datetime(day: str, clock: str, where: str) -> datetime:
    """A local date 'YYYY-MM-DD' and time ('21:30', '21:30:05', '09:30:05 PM') as an aware datetime."""
    if not _DAY.fullmatch(day):
        raise fail(where, f"the date {shown(day)} is not a date like 2026-03-14")
    try:
        value = date.fromisoformat(day)
    except ValueError:
        raise fail(where, f"the date {shown(day)} is not a real date") from None
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise fail(where, f"the date {shown(day)} is outside the years {EARLIEST_YEAR}–{LATEST_YEAR} this "
                          "journal accepts")
    found = _TIME.fullmatch(clock)
    if not found:
        raise fail(where, f"the time {shown(clock)} is not a time like 21:30")
    hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
    if found[4]:
        if not 1 <= hour <= 12:
            raise fail(where, f"the time {shown(clock)} is not a real time")
        hour = hour % 12 + (12 if found[4].lower() == "pm" else 0)
    try:
        naive = datetime.combine(value, time(hour, minute, second))
    except ValueError:
        raise fail(where, f"the time {shown(clock)} is not a real time") from None
    return naive.astimezone()  # local time, with the offset it had on that day
