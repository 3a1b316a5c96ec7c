"""The cycle's part of the JSON backup's restore (issue 20; importing/json_restore.py does the rest): the person's
beliefs, the list of moves, each entry's beliefs and moves, and the repair links, each checked like every other
field (importing/json_fields.py), then merged into the journal in the restore's one transaction.

A backup of format 1 (before the cycle) has none of these: they are read as empty."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection

from journal_app.core.i18n import msg
from journal_app.models import limits
from journal_app.models.cycle_values import REACHED_FIRST_KEYS
from journal_app.services.importing import json_fields as jf
from journal_app.services.importing.json_fields import Item, Words
from journal_app.store import dump

LISTS = ("beliefs", "moves", "repairs")  # the backup's lists of the cycle (not in a backup of format 1)


@dataclass
class CycleContents:
    """The cycle's lists of a backup, and what its entries name (for the checks across lists)."""

    beliefs: list[dump.BeliefRow] = field(default_factory=list)
    moves: list[dump.MoveRow] = field(default_factory=list)
    repairs: list[dump.RepairRow] = field(default_factory=list)
    used_beliefs: set[str] = field(default_factory=set)  # casefolded
    used_moves: set[str] = field(default_factory=set)

    def same_as(self, other: CycleContents) -> bool:
        return (self.beliefs, self.moves, self.repairs) == (other.beliefs, other.moves, other.repairs)


# -- the lists -------------------------------------------------------------------------------------------
def scan_list(key: str, items: Iterator[object], out: CycleContents) -> None:
    """Read and check one of the cycle's lists (`key` in LISTS)."""
    if key == "beliefs":
        seen: set[str] = set()
        for i, item in enumerate(items):
            row = _belief(item, i)
            if row.text.casefold() in seen:
                raise jf.twice(msg("import", "the belief {value}", value=repr(row.text[:60])))
            seen.add(row.text.casefold())
            out.beliefs.append(row)
    elif key == "moves":
        slugs: set[str] = set()
        for i, item in enumerate(items):
            move = _move(item, i)
            if move.slug in slugs:
                raise jf.twice(msg("import", "the move {value}", value=repr(move.slug[:60])))
            slugs.add(move.slug)
            out.moves.append(move)
    else:
        repaired: set[str] = set()
        for i, item in enumerate(items):
            link = _repair(item, i)
            if link.repaired_uuid in repaired:
                raise jf.twice(msg("import", "the repaired moment {value}", value=repr(link.repaired_uuid[:60])))
            repaired.add(link.repaired_uuid)
            out.repairs.append(link)


def _belief(item: object, index: int) -> dump.BeliefRow:
    item, where = jf.obj(item, "belief", index)
    text = jf.checked(where, jf.text(item, "text", where, required=True), limits.belief_problem)
    return dump.BeliefRow(" ".join(text.split()), jf.get(item, "archived", where, bool),
                          jf.time_field(item, "created_at", where))


def _move(item: object, index: int) -> dump.MoveRow:
    item, where = jf.obj(item, "move", index)
    slug = jf.checked(where, jf.text(item, "slug", where, required=True), limits.length_problem, "slug", "slugs",
                      limits.MAX_NAME_CHARS)
    sort_order = jf.get(item, "sort_order", where, int)
    if not -2**62 <= sort_order <= 2**62:
        raise jf.fail(where, msg("import", 'has a "sort_order" out of range ({value})', value=str(sort_order)[:20]))
    return dump.MoveRow(
        slug, jf.checked(where, jf.text(item, "name", where, required=True), limits.name_problem, "move"),
        jf.get(item, "builtin", where, bool), jf.get(item, "archived", where, bool), sort_order,
        jf.time_field(item, "created_at", where))


def _repair(item: object, index: int) -> dump.RepairRow:
    item, where = jf.obj(item, "repair", index)
    first = jf.or_none(item, "reached_first", where, jf.text)
    if first is not None and first not in REACHED_FIRST_KEYS:
        raise jf.fail(where, msg("import", 'has a "reached_first" {value} this app does not know',
                                 value=repr(first[:20])))
    row = dump.RepairRow(jf.uuid_field(item, "entry", where), jf.uuid_field(item, "repaired", where), first)
    if row.entry_uuid == row.repaired_uuid:
        raise jf.fail(where, msg("import", "says an entry repaired itself"))
    return row


# -- an entry's beliefs and moves --------------------------------------------------------------------------
def entry_beliefs(item: Item, where: Words, out: CycleContents) -> tuple[dump.BeliefLink, ...]:
    """An entry's "beliefs" (none when the field is missing: a backup of format 1)."""
    links: list[dump.BeliefLink] = []
    for mark in jf.get(item, "beliefs", where, list) if "beliefs" in item else ():
        if not isinstance(mark, dict):
            raise jf.fail(where, msg("import", 'has a "beliefs" list that is not a list of objects'))
        text = " ".join(jf.text(mark, "belief", where, required=True).split())
        strength = jf.checked(where, jf.or_none(mark, "strength", where, jf.whole), limits.strength_problem)
        rerated = jf.checked(where, jf.or_none(mark, "rerated", where, jf.whole), limits.strength_problem)
        links.append(dump.BeliefLink(
            text, strength, jf.checked(where, jf.text(mark, "balanced", where), limits.thought_problem), rerated,
            jf.or_none(mark, "rerated_at", where, jf.time_field)))
    folded = [b.text.casefold() for b in links]
    if len(set(folded)) != len(folded):
        raise jf.fail(where, msg("import", "names the same belief twice"))
    out.used_beliefs.update(folded)
    return tuple(links)


def entry_moves(item: Item, where: Words, people: Iterable[str], out: CycleContents) -> tuple[tuple[str, str], ...]:
    """An entry's "moves" as (casefolded person, move slug); each person must be one of the entry's `people`
    (casefolded)."""
    on_entry = set(people)
    moves: list[tuple[str, str]] = []
    for mark in jf.get(item, "moves", where, list) if "moves" in item else ():
        if not isinstance(mark, dict):
            raise jf.fail(where, msg("import", 'has a "moves" list that is not a list of objects'))
        person = jf.text(mark, "person", where, required=True).casefold()
        if person not in on_entry:
            raise jf.fail(where, msg("import", 'has a move of someone who is not in its "people"'))
        moves.append((person, jf.text(mark, "move", where, required=True)))
    if len(set(moves)) != len(moves):
        raise jf.fail(where, msg("import", "names the same move of the same person twice"))
    out.used_moves.update(slug for _, slug in moves)
    return tuple(moves)


def check_complete(out: CycleContents, entry_uuids: set[str]) -> None:
    """What the entries and repair links name is in the backup."""
    texts = {b.text.casefold() for b in out.beliefs}
    for text in out.used_beliefs - texts:
        raise jf.broken(msg("import", "an entry's belief {value} is not in the backup's \"beliefs\"",
                            value=repr(text[:60])))
    for slug in out.used_moves - {m.slug for m in out.moves}:
        raise jf.broken(msg("import", "an entry's move {value} is not in the backup's \"moves\"",
                            value=repr(slug[:60])))
    for link in out.repairs:
        if link.entry_uuid not in entry_uuids or link.repaired_uuid not in entry_uuids:
            raise jf.broken(msg("import", "the repair of {value} refers to an entry that is not in the backup",
                                value=repr(link.repaired_uuid[:40])))


# -- writing ---------------------------------------------------------------------------------------------
def merge_beliefs(conn: Connection, rows: list[dump.BeliefRow]) -> dict[str, int]:
    """Casefolded text -> id in the journal for each of the backup's beliefs, written as in the backup."""
    by_text = {text.casefold(): bid for bid, text in dump.existing_beliefs(conn)}
    ids: dict[str, int] = {}
    for row in rows:
        key = row.text.casefold()
        if key in by_text:
            dump.update_belief(conn, by_text[key], row)
            ids[key] = by_text[key]
        else:
            ids[key] = dump.insert_belief(conn, row)
    return ids


def merge_moves(conn: Connection, rows: list[dump.MoveRow]) -> dict[str, int]:
    """Slug -> id in the journal for each of the backup's moves (the built-ins already there by slug, a move of the
    same name by name), written as in the backup."""
    existing = dump.existing_moves(conn)
    by_slug = {slug: mid for mid, slug, _ in existing}
    ids = {row.slug: by_slug[row.slug] for row in rows if row.slug in by_slug}
    taken = set(ids.values())
    by_name = {name.casefold(): mid for mid, _, name in existing if mid not in taken}
    for row in rows:
        if row.slug not in ids and row.name.casefold() in by_name:
            ids[row.slug] = by_name.pop(row.name.casefold())
        if row.slug in ids:
            dump.update_move(conn, ids[row.slug], row)
        else:
            ids[row.slug] = dump.insert_move(conn, row)
    return ids
