"""Reading an import file: bytes with calm messages for missing or unreadable files, text that must be UTF-8
(with or without a byte-order mark; UTF-16 with its mark too), and JSON with the line of any mistake.

Only regular files are read: a FIFO, a device or a socket is refused at once (opened without blocking, then
checked), so an import never waits forever on a pipe nobody writes to or reads /dev/zero to the end of memory.
A file, or all the journal files of a zip together, may hold at most MAX_FILE_BYTES (256 MB): a zip's sizes
are added up before anything is inflated, and inflating stops as soon as the real bytes pass the limit, so a
zip that lies about its sizes (a "zip bomb") costs a few megabytes, never gigabytes."""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, BinaryIO

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import Message, msg
from journal_app.models.limits import day_problem
from journal_app.services.importing.model import NOTHING_IMPORTED, Words, fail, line_of, shown

MAX_FILE_BYTES = 256 << 20  # 256 MB: 36,500 entries of 7,000 characters; refused rather than read into memory
READ_CHUNK = 1 << 20


def _unreadable(path: Path, exc: OSError, safe: Words = NOTHING_IMPORTED) -> InvalidInput:
    if isinstance(exc, FileNotFoundError):
        return InvalidInput(msg("import", "There is no file {path}. {safe}", path=path, safe=safe))
    if isinstance(exc, IsADirectoryError):
        return InvalidInput(msg("import", "{path} is a folder; please choose the exported file. {safe}",
                                path=path, safe=safe))
    return InvalidInput(msg("import", "{path} cannot be read ({reason}). {safe}",
                            path=path, reason=exc.strerror or exc, safe=safe))


def _kind(mode: int) -> Message:
    if stat.S_ISFIFO(mode):
        return msg("import", "a pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return msg("import", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg("import", "a device")
    return msg("import", "not a regular file")


def open_regular(path: Path, safe: Words = NOTHING_IMPORTED) -> BinaryIO:
    """The file opened for reading, if it is a regular file. Opened without blocking (opening a FIFO would
    otherwise wait for a writer forever), checked, then read normally."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _unreadable(path, exc, safe) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise _unreadable(path, IsADirectoryError(), safe)
        if not stat.S_ISREG(mode):
            raise InvalidInput(msg("import", "{path} is {kind}, not a file; please choose the exported file. {safe}",
                                   path=path, kind=_kind(mode), safe=safe))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def too_large(name: str, safe: Words = NOTHING_IMPORTED) -> InvalidInput:
    return InvalidInput(msg("import", "{name} holds more than {value} MB, too much to be a journal export (it may be "
                            "damaged, or not an export). {safe}",
                            name=name, value=MAX_FILE_BYTES >> 20, safe=safe))


def read_capped(stream: IO[bytes], name: str, budget: int | None = None) -> bytes:
    """All of `stream`, read a megabyte at a time; refused as soon as it passes `budget` bytes (default
    MAX_FILE_BYTES), whatever any header said."""
    budget = MAX_FILE_BYTES if budget is None else budget
    chunks, total = [], 0
    while chunk := stream.read(READ_CHUNK):
        total += len(chunk)
        if total > budget:
            raise too_large(name)
        chunks.append(chunk)
    return b"".join(chunks)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes (only the first `limit` when given)."""
    try:
        with open_regular(path) as stream:
            if limit is not None:
                return stream.read(limit)
            if os.fstat(stream.fileno()).st_size > MAX_FILE_BYTES:
                raise too_large(path.name)
            return read_capped(stream, path.name)
    except OSError as exc:
        raise _unreadable(path, exc) from None


def decode(data: bytes, name: Words) -> str:
    """The text of a file: UTF-8 (a byte-order mark is dropped), or UTF-16 when it starts with its mark.
    Anything else is refused with the line of the first byte that is not UTF-8."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise fail(name, msg("import", "it starts like UTF-16 text but is damaged")) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise fail(line_of(name, line),
                   msg("import", "this is not UTF-8 text (byte 0x{byte}; perhaps it was saved as Latin-1 or "
                       "Windows-1252). Please save it as UTF-8 and try again", byte=f"{data[exc.start]:02X}")) from None


def read_text(path: Path) -> str:
    return decode(read_bytes(path), path.name)


def load_json(text: str, name: Words) -> object:
    """The parsed JSON; a mistake is reported with its line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise fail(line_of(name, exc.lineno), msg("import", "this is not valid JSON ({detail})",
                                                  detail=exc.msg.lower())) from None
    except (ValueError, RecursionError):  # a number thousands of digits long, nesting thousands deep
        raise fail(name, msg("import", "this is not JSON that an export would write")) from None


# -- fields --------------------------------------------------------------------------------------------------
_SURROGATE = re.compile("[\ud800-\udfff]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?")


def text_field(item: dict[str, object], key: str, where: Words, *, default: str | None = None) -> str:
    """A text field of a JSON object; missing is an error unless there is a default."""
    if key not in item or item[key] is None:
        if default is None:
            raise fail(where, msg("import", 'the "{key}" field is missing', key=key))
        return default
    value = item[key]
    if not isinstance(value, str):
        raise fail(where, msg("import", 'the "{key}" field is not text', key=key))
    if _SURROGATE.search(value):
        raise fail(where, msg("import", 'the "{key}" field has broken characters (a lone surrogate)', key=key))
    return value


def local_datetime(day: str, clock: str, where: Words) -> datetime:
    """A local date 'YYYY-MM-DD' and time ('21:30', '21:30:05', '09:30:05 PM') as an aware datetime in this
    machine's zone."""
    return wall_datetime(day, clock, where).astimezone()  # local time, with the offset it had on that day


def wall_datetime(day: str, clock: str, where: Words) -> datetime:
    """A date 'YYYY-MM-DD' and time ('21:30', '21:30:05', '09:30:05 PM') as written: a naive datetime."""
    if not _DAY.fullmatch(day):
        raise fail(where, msg("import", "the date {value} is not a date like 2026-03-14", value=shown(day)))
    try:
        value = date.fromisoformat(day)
    except ValueError:
        raise fail(where, msg("import", "the date {value} is not a real date", value=shown(day))) from None
    problem = day_problem(value, "date")
    if problem:
        raise fail(where, problem)
    found = _TIME.fullmatch(clock)
    if not found:
        raise fail(where, msg("import", "the time {value} is not a time like 21:30", value=shown(clock)))
    hour, minute, second = int(found[1]), int(found[2]), int(found[3] or 0)
    if found[4]:
        if not 1 <= hour <= 12:
            raise fail(where, _not_a_time(clock))
        hour = hour % 12 + (12 if found[4].lower() == "pm" else 0)
    try:
        return datetime.combine(value, time(hour, minute, second))
    except ValueError:
        raise fail(where, _not_a_time(clock)) from None


def _not_a_time(clock: str) -> Message:
    return msg("import", "the time {value} is not a real time", value=shown(clock))
