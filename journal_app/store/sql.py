"""What the query modules need of a connection, with no SQLAlchemy: one copy of each SQL statement runs on
either connection.

`Conn` is the part of a connection the query modules use: `exec_driver_sql(statement, parameters)`, SQL with
`:name` parameters and a dict of values, returning rows that are read by name (`row.id`) or unpacked. Two
connections have it: SQLAlchemy's own `Connection` (the window, and every command that is not lean), and
store/lean.py's thin DB-API connection (`journal-app list`, `add` and `stats`, which then start without
importing SQLAlchemy). `run()` expands a list or tuple value into an IN-list first (`IN :ids` ->
`IN (:ids_0, :ids_1)`), which the driver does not do by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

Params = Mapping[str, object]
# also accepted by exec_driver_sql (SQLAlchemy's and store/lean.py's): `?` values, one run or one per tuple
Positional = tuple[object, ...] | Sequence[tuple[object, ...]]
_NAME = re.compile(r"(?<![:\w]):(\w+)")
_EMPTY_SET = "(SELECT NULL WHERE 0)"  # `x IN ()` is not SQL: an empty list matches nothing


class Result(Protocol):
    """The rows of one statement (SQLAlchemy's CursorResult, or store/lean.py's LeanResult)."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int: ...

    def all(self) -> Sequence[Any]: ...

    def first(self) -> Any: ...

    def one(self) -> Any: ...

    def scalar(self) -> Any: ...

    def scalar_one(self) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...


class Conn(Protocol):
    """A connection the query modules run SQL on (see the module's note)."""

    def exec_driver_sql(
        self, statement: str, parameters: Params | list[Params] | Positional | None = None
    ) -> Result: ...


def expand(statement: str, params: Params | None) -> tuple[str, dict[str, object]]:
    """`statement` and `params` with every list or tuple value spread into its own parameters."""
    values = dict(params or {})
    lists = {name for name, value in values.items() if isinstance(value, (list, tuple))}
    if not lists:
        return statement, values

    def spread(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in lists:
            return match.group(0)
        items = values[name]
        assert isinstance(items, (list, tuple))
        if not items:
            return _EMPTY_SET
        return "(" + ", ".join(f":{name}_{i}" for i in range(len(items))) + ")"

    expanded = _NAME.sub(spread, statement)
    for name in lists:
        items = values.pop(name)
        assert isinstance(items, (list, tuple))
        values.update({f"{name}_{i}": item for i, item in enumerate(items)})
    return expanded, values


def run(conn: Conn, statement: str, params: Params | list[Params] | None = None) -> Result:
    """Run `statement` on `conn`, list values expanded into IN-lists (see `expand`). A list of dicts runs
    the statement once for each (executemany)."""
    if isinstance(params, list):
        return conn.exec_driver_sql(statement, params)
    return conn.exec_driver_sql(*expand(statement, params))


def has_table(conn: Conn, name: str) -> bool:
    """Whether the journal has the table `name` (one a migration made)."""
    return run(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name", {"name": name}).first() \
        is not None
