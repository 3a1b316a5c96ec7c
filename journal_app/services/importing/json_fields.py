"""Reading the fields of this app's JSON backup (importing/json_restore.py): each field checked for its kind, its
limits (models/limits.py) and broken characters, with a sentence that names the item and the field when it does
not fit. Nothing is changed by reading."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import msg
from journal_app.core.timeutil import to_utc
from journal_app.models import limits

SURROGATE = re.compile("[\ud800-\udfff]")
_EXACT_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")


def fail(where: str, problem: str) -> InvalidInput:
    return InvalidInput(msg("import", "The backup cannot be restored: {where} {problem}. Nothing was changed.",
                            where=where, problem=problem))


def over(where: str, problem: str) -> InvalidInput:
    """A value outside the journal's limits (models/limits.py), named with its field and the limit."""
    return InvalidInput(msg("import", "The backup cannot be restored: {where}: {problem}. Nothing was changed.",
                            where=where, problem=problem))


_V = TypeVar("_V")


def checked(where: str, value: _V, check: Callable[..., str | None], *args: object) -> _V:
    """`value` when `check(value, *args)` (a models.limits *_problem function) finds nothing wrong."""
    problem = check(value, *args) if value is not None else None
    if problem:
        raise over(where, problem)
    return value


Item = dict[str, object]  # one object of the backup, as json reads it


def uuid_field(item: Item, key: str, where: str, *, required: bool = True) -> str:
    """A uuid field in its canonical form."""
    value = checked(where, text(item, key, where, required=required), limits.uuid_problem)
    canonical = limits.canonical_uuid(value)
    if canonical is None:  # pragma: no cover - uuid_problem refuses whatever canonical_uuid cannot read
        raise fail(where, f'has a "{key}" that is not a uuid')
    return canonical


def or_none(item: Item, key: str, where: str, read: Callable[[Item, str, str], _V]) -> _V | None:
    """None when the field is null (it must be there all the same), else what `read` makes of it."""
    if key not in item:
        raise fail(where, f'has no "{key}" field')
    return None if item[key] is None else read(item, key, where)


def get(item: Item, key: str, where: str, kind: type[_V]) -> _V:
    if key not in item:
        raise fail(where, f'has no "{key}" field')
    value = item[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise fail(where, f'has a "{key}" that is not {_KIND_NAMES[kind]}')
    if isinstance(value, str) and SURROGATE.search(value):
        raise fail(where, f'has a "{key}" with broken characters (a lone surrogate)')
    return value


_KIND_NAMES: dict[type, str] = {
    str: "text", bool: "true or false", int: "a whole number", list: "a list", dict: "an object",
}


def text(item: Item, key: str, where: str, *, required: bool = False) -> str:
    value = get(item, key, where, str)
    if required and not value.strip():
        raise fail(where, f'has an empty "{key}"')
    return value


def whole(item: Item, key: str, where: str) -> int:
    return get(item, key, where, int)


def time_field(item: Item, key: str, where: str) -> str:
    """The stored form ('YYYY-MM-DD HH:MM:SS.ffffff', UTC) of an ISO 8601 time with a time zone."""
    value = get(item, key, where, str)
    try:
        if _EXACT_TIME.fullmatch(value):
            parsed = datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)  # a real date and time
        else:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError("no time zone")
    except (ValueError, OverflowError):
        raise fail(where, f'has a bad "{key}" time ({value[:40]!r}); times look like '
                           '"2026-03-14T20:15:00.000000Z"') from None
    checked(where, parsed, limits.when_problem, f'"{key}" date')
    return to_utc(parsed).strftime("%Y-%m-%d %H:%M:%S.%f")


def where_of(kind: str, index: int, item: object) -> str:
    label = item.get("uuid") or item.get("slug") or item.get("name") if isinstance(item, dict) else None
    return f"{kind} {index + 1}" + (f" ({str(label)[:40]})" if isinstance(label, str) else "")


def obj(item: object, kind: str, index: int) -> tuple[Item, str]:
    where = where_of(kind, index, item)
    if not isinstance(item, dict):
        raise fail(where, "is not an object")
    return item, where
