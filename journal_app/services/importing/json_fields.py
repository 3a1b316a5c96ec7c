"""Reading the fields of this app's JSON backup (importing/json_restore.py): each field checked for its kind, its
limits (models/limits.py) and broken characters, with a sentence that names the item and the field when it does
not fit. Nothing is changed by reading."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Message, msg, trans
from journal_app.core.timeutil import to_utc
from journal_app.models import limits

SURROGATE = re.compile("[\ud800-\udfff]")
_EXACT_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")


Words = str | Message  # worded in the person's language when shown


def fail(where: Words, problem: Words) -> InvalidInput:
    """'The backup cannot be restored: entry 3 (…) has no "uuid" field. Nothing was changed.'"""
    return InvalidInput(msg("import", "The backup cannot be restored: {where} {problem}. Nothing was changed.",
                            where=where, problem=problem))


def broken(problem: Words) -> InvalidInput:
    """'The backup cannot be restored: it has no "schema_version". Nothing was changed.'"""
    return InvalidInput(msg("import", "The backup cannot be restored: {problem}. Nothing was changed.",
                            problem=problem))


def twice(what: Message) -> InvalidInput:
    """`what` (the trigger 'x', say) is in the backup more than once."""
    return fail(what, msg("import", "appears more than once (the file was edited or damaged)"))


def over(where: Words, problem: Words) -> InvalidInput:
    """A value outside the journal's limits (models/limits.py), named with its field and the limit."""
    return InvalidInput(msg("import", "The backup cannot be restored: {where}: {problem}. Nothing was changed.",
                            where=where, problem=problem))


_V = TypeVar("_V")


def checked(where: Words, value: _V, check: Callable[..., str | None], *args: object) -> _V:
    """`value` when `check(value, *args)` (a models.limits *_problem function) finds nothing wrong."""
    problem = check(value, *args) if value is not None else None
    if problem:
        raise over(where, problem)
    return value


Item = dict[str, object]  # one object of the backup, as json reads it


def uuid_field(item: Item, key: str, where: Words, *, required: bool = True) -> str:
    """A uuid field in its canonical form."""
    value = checked(where, text(item, key, where, required=required), limits.uuid_problem)
    canonical = limits.canonical_uuid(value)
    if canonical is None:  # pragma: no cover - uuid_problem refuses whatever canonical_uuid cannot read
        raise fail(where, msg("import", 'has a "{key}" that is not a uuid', key=key))
    return canonical


def or_none(item: Item, key: str, where: Words, read: Callable[[Item, str, Words], _V]) -> _V | None:
    """None when the field is null (it must be there all the same), else what `read` makes of it."""
    if key not in item:
        raise fail(where, _no_field(key))
    return None if item[key] is None else read(item, key, where)


def _no_field(key: str) -> Message:
    return msg("import", 'has no "{key}" field', key=key)


def get(item: Item, key: str, where: Words, kind: type[_V]) -> _V:
    if key not in item:
        raise fail(where, _no_field(key))
    value = item[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise fail(where, msg("import", 'has a "{key}" that is not {kind}', key=key,
                              kind=Message("import", _KIND_NAMES[kind])))
    if isinstance(value, str) and SURROGATE.search(value):
        raise fail(where, msg("import", 'has a "{key}" with broken characters (a lone surrogate)', key=key))
    return value


_KIND_NAMES: dict[type, str] = {
    str: QT_TRANSLATE_NOOP("import", "text"), bool: QT_TRANSLATE_NOOP("import", "true or false"),
    int: QT_TRANSLATE_NOOP("import", "a whole number"), list: QT_TRANSLATE_NOOP("import", "a list"),
    dict: QT_TRANSLATE_NOOP("import", "an object"),
}


def text(item: Item, key: str, where: Words, *, required: bool = False) -> str:
    value = get(item, key, where, str)
    if required and not value.strip():
        raise fail(where, msg("import", 'has an empty "{key}"', key=key))
    return value


def whole(item: Item, key: str, where: Words) -> int:
    return get(item, key, where, int)


def time_field(item: Item, key: str, where: Words) -> str:
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
        raise fail(where, msg("import", 'has a bad "{key}" time ({value}); times look like '
                              '"2026-03-14T20:15:00.000000Z"', key=key, value=repr(value[:40]))) from None
    checked(where, parsed, limits.when_problem, trans("import", '"{key}" date', key=key))
    return to_utc(parsed).strftime("%Y-%m-%d %H:%M:%S.%f")


# the items of a backup, numbered from 1 ("entry 3"), as the messages name them
ITEMS = {
    "trigger": QT_TRANSLATE_NOOP("import", "trigger {number}"),
    "person": QT_TRANSLATE_NOOP("import", "person {number}"),
    "entry": QT_TRANSLATE_NOOP("import", "entry {number}"),
    "session": QT_TRANSLATE_NOOP("import", "session {number}"),
    "question": QT_TRANSLATE_NOOP("import", "thing to bring up {number}"),
    "belief": QT_TRANSLATE_NOOP("import", "belief {number}"), "move": QT_TRANSLATE_NOOP("import", "move {number}"),
    "repair": QT_TRANSLATE_NOOP("import", "repair link {number}"),
}


def where_of(kind: str, index: int, item: object) -> Message:
    """'entry 3 (0f8fad5b-…)': the item's number in its list, and its uuid, slug or name when it has one."""
    label = item.get("uuid") or item.get("slug") or item.get("name") if isinstance(item, dict) else None
    numbered = Message("import", ITEMS[kind], (("number", index + 1),))
    return msg("import", "{item} ({label})", item=numbered, label=label[:40]) if isinstance(label, str) else numbered


def obj(item: object, kind: str, index: int) -> tuple[Item, Message]:
    where = where_of(kind, index, item)
    if not isinstance(item, dict):
        raise fail(where, msg("import", "is not an object"))
    return item, where
