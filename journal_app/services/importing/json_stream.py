"""Reading a big JSON file piece by piece (json's C decoder on a sliding buffer), one value at a time, so
memory stays bounded by the largest single value whatever the file's size. Used by json_restore.py."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import msg

CHUNK_CHARS = 1 << 20
MAX_ITEM_CHARS = 128 << 20  # one item (an entry of 10 million characters, escaped) fits well within this
_WS = re.compile(r"[ \t\n\r]*")


def _skip_space(text: str, pos: int) -> int:
    """Where the JSON whitespace at `pos` ends (`pos` itself when there is none)."""
    found = _WS.match(text, pos)
    return found.end() if found else pos


class _Reader:
    """The members of the top-level JSON object, the items of array members one at a time."""

    def __init__(self, text: io.TextIOWrapper, name: str, chunk_chars: int = CHUNK_CHARS) -> None:
        self._text = text
        self._name = name
        self._chunk = chunk_chars
        self._buf, self._pos, self._eof, self._line = "", 0, False, 1
        self._decoder = json.JSONDecoder()

    def _fill(self, at_least: int = 0) -> None:
        if self._pos:
            self._line += self._buf.count("\n", 0, self._pos)
            self._buf, self._pos = self._buf[self._pos:], 0
        if len(self._buf) > MAX_ITEM_CHARS:
            raise InvalidInput(msg("import", "{name} holds an item too large to be part of a journal backup (near "
                                   "line {line}); it is damaged or not a backup. Nothing was changed.",
                                   name=self._name, line=self._line))
        try:
            more = self._text.read(max(at_least, self._chunk))
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":
                raise self._cut_short() from None
            raise InvalidInput(msg("import", "{name} is not a JSON file (it is not UTF-8 text), so it is not a "
                                   "journal backup. Nothing was changed.",
                                   name=self._name)) from None
        self._eof = not more
        self._buf += more

    def _cut_short(self) -> InvalidInput:
        return InvalidInput(msg("import", "{name} ends too early: the backup was cut short (an interrupted copy or a "
                                "full disk?) and cannot be restored. Nothing was changed.",
                                name=self._name))

    def _bad_json(self, pos: int) -> InvalidInput:
        line = self._line + self._buf.count("\n", 0, pos)
        return InvalidInput(msg("import", "{name} is not valid JSON (near line {line}), so it cannot be restored; it "
                                "may be damaged or edited by hand. Nothing was changed.",
                                name=self._name, line=line))

    def _peek(self) -> str:
        while True:
            self._pos = _skip_space(self._buf, self._pos)
            if self._pos < len(self._buf) or self._eof:
                return self._buf[self._pos:self._pos + 1]
            self._fill()

    def _take(self, allowed: str) -> str:
        ch = self._peek()
        if not ch:
            raise self._cut_short()
        if ch not in allowed:
            raise self._bad_json(self._pos)
        self._pos += 1
        return ch

    def _value(self) -> object:
        self._peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                if not self._eof:
                    self._fill(len(self._buf))  # doubles the buffer: a big item costs linear time
                    continue
                if exc.msg.startswith(("Unterminated", "Invalid \\u")) or exc.pos >= len(self._buf.rstrip()):
                    raise self._cut_short() from None
                raise self._bad_json(exc.pos) from None
            except (ValueError, RecursionError):  # a number of thousands of digits; nesting thousands deep
                raise self._bad_json(self._pos) from None
            if end == len(self._buf) and not self._eof:  # a number may go on in the next chunk
                self._fill()
                continue
            self._pos = end
            return value

    def first_char(self) -> str:
        return self._peek()

    def members(self) -> Iterator[tuple[str, object]]:
        """(key, value) for each member; an array value comes as an iterator over its items, which is drained
        if the caller leaves it unfinished."""
        self._take("{")
        if self._peek() == "}":
            self._pos += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise self._bad_json(self._pos)
                self._take(":")
                if self._peek() == "[":
                    self._pos += 1
                    items = self._items()
                    yield key, items
                    for _ in items:
                        pass
                else:
                    yield key, self._value()
                if self._take(",}") == "}":
                    break
        if self._peek():
            raise self._bad_json(self._pos)

    def _items(self) -> Iterator[object]:
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            yield self._value()
            if self._take(",]") == "]":
                return
