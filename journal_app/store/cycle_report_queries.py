"""The rows behind the cycle's analytics (services/cycles.py): each triggered moment in a range with each person on
it, the keys of its chain's steps chosen in SQL (a few rows per moment, not its every link), how it ended and when
a later entry repaired it; the words of those keys; and beliefs' ratings. On the small `Conn` interface, so
`journal-app stats` runs it without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from journal_app.store import sql
from journal_app.store.sql import Conn


class Pair(NamedTuple):
    """A triggered moment seen with one person on it (person None: nobody is on it), with the keys of its chain's
    steps worked out in SQL (services/cycles.py says how each is chosen) and how it ended. Times as stored. (A
    NamedTuple: one is made for every moment of a range, five times faster than a frozen dataclass.)"""

    id: int
    occurred_at: str
    person_id: int | None
    person: str | None
    trigger: str | None  # slug: the most intense trigger (an unrated one lowest; a tie: the first listed)
    belief: int | None  # id: the belief that felt truest (a tie: the first put on)
    did: str | None  # the first response recorded
    they: str | None  # move slug: that person's first recorded move
    repair: str | None  # the repair answer
    repaired_by: int | None  # the later entry (not in the Trash) that links back to it
    repaired_at: str | None  # when that entry happened
    reached_first: str | None


def _where(person_ids: Sequence[int], shared_only: bool, triggered: bool) -> str:
    return "e.occurred_at >= :lo AND e.occurred_at < :hi AND " + moment_filters(person_ids, shared_only, triggered)


def moment_filters(person_ids: Sequence[int], shared_only: bool, triggered: bool) -> str:
    """The entries (alias e) the cycle counts: not in the Trash; triggered, shared, with these people, as asked."""
    # "id IN (subquery)", not EXISTS: SQLite 3.51.1's EXISTS-to-join rewrite returns a moment with two triggers
    # twice once a second EXISTS is added (see store/listing_queries.py)
    where = "e.deleted_at IS NULL"
    if triggered:
        where += " AND e.id IN (SELECT t.entry_id FROM entry_trigger t)"
    if shared_only:
        where += " AND e.shared = 1"
    if person_ids:
        where += " AND e.id IN (SELECT f.entry_id FROM entry_person f WHERE f.person_id IN :people)"
    return where


def _params(lo: str, hi: str, person_ids: Sequence[int]) -> dict[str, object]:
    return {"lo": lo, "hi": hi, **({"people": list(person_ids)} if person_ids else {})}


def _steps(person: str) -> str:
    """The chain's step keys of moment e with the person `person` (a column, or NULL), as columns."""
    return (
        "(SELECT t.slug FROM entry_trigger et JOIN trigger t ON t.id = et.trigger_id WHERE et.entry_id = e.id "
        "ORDER BY et.intensity IS NULL, et.intensity DESC, t.sort_order, t.id LIMIT 1), "
        "(SELECT eb.belief_id FROM entry_belief eb WHERE eb.entry_id = e.id "
        "ORDER BY eb.strength IS NULL, eb.strength DESC, eb.rowid LIMIT 1), "
        "(SELECT er.response FROM entry_response er WHERE er.entry_id = e.id ORDER BY er.rowid LIMIT 1), "
        "(SELECT mv.slug FROM entry_move em JOIN their_move mv ON mv.id = em.move_id "
        f"WHERE em.entry_id = e.id AND em.person_id = {person} ORDER BY em.rowid LIMIT 1), "
        "e.repair, b.id, b.occurred_at, CASE WHEN b.id IS NULL THEN NULL ELSE r.reached_first END "
    )


# the moments from migration 0009's index alone (time first, so other queries keep ix_entry_live_time): their
# rows, with the text, are never read
_BY_MOMENT = "INDEXED BY ix_entry_live_moment"
_REPAIRED = ("LEFT JOIN repair_link r ON r.repaired_id = e.id "
             "LEFT JOIN entry b ON b.id = r.entry_id AND b.deleted_at IS NULL")


def pairs(conn: Conn, lo: str, hi: str, person_ids: Sequence[int] = (), shared_only: bool = False) -> list[Pair]:
    """Each triggered moment not in the Trash in [lo, hi) (stored UTC text) with each person on it, oldest first
    (people by name); with `person_ids`, only these people (and only moments with them); a moment with nobody on
    it once, without a person, when no person is asked for. With `shared_only`, moments marked "may share"."""
    return list(each_pair(conn, lo, hi, person_ids, shared_only))


def each_pair(conn: Conn, lo: str, hi: str, person_ids: Sequence[int] = (), shared_only: bool = False
              ) -> Iterator[Pair]:
    """What `pairs` lists, one at a time as the rows are read (a long range has hundreds of thousands); read it
    to the end before the connection runs anything else."""
    for row in sql.run(conn, pairs_statement(person_ids, shared_only), _params(lo, hi, person_ids)):
        yield Pair._make(row)


def pairs_statement(person_ids: Sequence[int] = (), shared_only: bool = False) -> str:
    """The SQL of `pairs` (its parameters: lo, hi and, with people, :people). The moments come from the index
    ix_entry_live_moment (migration 0009) alone (_BY_MOMENT)."""
    where = _where(person_ids, shared_only, True)
    statement = (
        f"SELECT e.id AS id, e.occurred_at AS at, ep.person_id AS pid, pe.name AS name, {_steps('ep.person_id')}"
        f"FROM entry e {_BY_MOMENT} JOIN entry_person ep ON ep.entry_id = e.id JOIN person pe ON pe.id = ep.person_id "
        f"{_REPAIRED} WHERE {where}" + (" AND ep.person_id IN :people" if person_ids else ""))
    if not person_ids:
        statement += (f" UNION ALL SELECT e.id, e.occurred_at, NULL, NULL, {_steps('NULL')}FROM entry e {_BY_MOMENT} "
                      f"{_REPAIRED} WHERE {where} AND e.id NOT IN (SELECT entry_id FROM entry_person)")
    return statement + " ORDER BY at, id, name COLLATE NOCASE, pid"


@dataclass(frozen=True)
class Words:
    """The words of the keys a chain holds, as stored: triggers' and moves' names by slug, beliefs by id."""

    triggers: dict[str, tuple[str, str]] = field(default_factory=dict)  # slug -> (slug, name)
    beliefs: dict[int, str] = field(default_factory=dict)
    moves: dict[str, tuple[str, str]] = field(default_factory=dict)


def words(conn: Conn) -> Words:
    return Words(
        {slug: (slug, name) for slug, name in sql.run(conn, "SELECT slug, name FROM trigger").all()},
        {int(bid): str(text) for bid, text in sql.run(conn, "SELECT id, text FROM belief").all()},
        {slug: (slug, name) for slug, name in sql.run(conn, "SELECT slug, name FROM their_move").all()},
    )


class Rating(NamedTuple):
    """A belief rated on an entry: in the moment (`strength`) and perhaps again later (`rerated`, `rerated_at`)."""

    belief_id: int
    text: str
    entry_id: int
    occurred_at: str
    strength: int | None
    rerated: int | None
    rerated_at: str | None


def ratings(conn: Conn, lo: str, hi: str, person_ids: Sequence[int] = (), shared_only: bool = False) -> list[Rating]:
    """Every belief on entries not in the Trash in [lo, hi) (any entry, triggered or not), oldest entry first."""
    return [Rating._make(r) for r in sql.run(conn, (
        "SELECT eb.belief_id, b.text, e.id, e.occurred_at, eb.strength, eb.rerated, eb.rerated_at "
        "FROM entry_belief eb JOIN entry e ON e.id = eb.entry_id JOIN belief b ON b.id = eb.belief_id "
        f"WHERE {_where(person_ids, shared_only, False)} ORDER BY e.occurred_at, e.id, eb.rowid"),
        _params(lo, hi, person_ids)).all()]


class Mend(NamedTuple):
    """A triggered moment with one person on it, repaired by a later entry not in the Trash (time to repair)."""

    id: int
    occurred_at: str
    person_id: int
    repaired_by: int
    repaired_at: str
    reached_first: str | None


def mends(conn: Conn, lo: str, hi: str, person_ids: Sequence[int] = (), shared_only: bool = False) -> list[Mend]:
    """The repaired moments (`pairs` with a person and `repaired_by`) in [lo, hi), oldest first: the few rows the
    cycle's rollups cannot sum (time to repair is a median). In two reads: the moments with a link (from
    ix_entry_live_moment alone), then the live repairing entries' times, from the index since lo (reading their
    rows, with their text, took twice as long at 36,500 entries and five times as long at 365,000), and by id
    (NOT INDEXED: SQLite would scan ix_entry_live_time for them) the few that are not there."""
    linked = sql.run(conn, (
        "SELECT e.id, e.occurred_at, ep.person_id, r.entry_id, r.reached_first "
        f"FROM entry e {_BY_MOMENT} JOIN repair_link r ON r.repaired_id = e.id "
        f"JOIN entry_person ep ON ep.entry_id = e.id WHERE {_where(person_ids, shared_only, True)}"
        + (" AND ep.person_id IN :people" if person_ids else "") + " ORDER BY e.occurred_at, e.id, ep.person_id"),
        _params(lo, hi, person_ids)).all()
    if not linked:
        return []
    later = dict(sql.run(conn, (  # the repairs since lo, from the index (a repair comes after its moment) ...
        f"SELECT b.id, b.occurred_at FROM entry b {_BY_MOMENT} WHERE b.deleted_at IS NULL AND b.occurred_at >= :lo "
        "AND b.id IN (SELECT entry_id FROM repair_link)"), {"lo": lo}).all())
    missing = list({row[3] for row in linked} - later.keys())
    if missing:  # ... and by id any other (moved before its moment by an edit; or in the Trash: none then)
        later.update(sql.run(conn, "SELECT b.id, b.occurred_at FROM entry b NOT INDEXED WHERE b.deleted_at IS NULL "
                                   "AND b.id IN :ids", {"ids": missing}).all())
    return [Mend(mid, at, pid, by, later[by], first) for mid, at, pid, by, first in linked if by in later]


def person_ids(conn: Conn, names: Iterable[str | None]) -> tuple[int, ...]:
    """The ids of the people with these names (as stored)."""
    wanted = [n for n in names if n is not None]
    if not wanted:
        return ()
    return tuple(int(r[0]) for r in sql.run(conn, "SELECT id FROM person WHERE name IN :names ORDER BY id",
                                            {"names": wanted}).all())
