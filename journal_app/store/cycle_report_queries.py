"""The rows behind the cycle's analytics (services/cycles.py): triggered moments in a range with their triggers,
beliefs, responses, people, moves and repair; and beliefs' ratings. One pass per link table over the moments
chosen by a common table expression (no list of ids as parameters, whatever the range holds). On the small `Conn`
interface, so `journal-app stats` runs it without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from journal_app.store import sql
from journal_app.store.sql import Conn


@dataclass
class Moment:
    """A triggered moment, as stored (times UTC text), with its links in the order they were recorded."""

    id: int
    occurred_at: str
    repair: str | None
    triggers: list[tuple[str, str, int | None]] = field(default_factory=list)  # (slug, name, intensity), list order
    beliefs: list[tuple[int, str, int | None]] = field(default_factory=list)  # (belief id, text, strength)
    responses: list[str] = field(default_factory=list)
    people: list[tuple[int, str]] = field(default_factory=list)  # (person id, name)
    moves: dict[int, list[tuple[str, str]]] = field(default_factory=dict)  # person id -> [(slug, name)]
    repaired_by: tuple[int, str, str | None] | None = None  # (entry id, its occurred_at, reached first)


def _where(person_ids: Sequence[int], shared_only: bool, triggered: bool) -> str:
    # "id IN (subquery)", not EXISTS: SQLite 3.51.1's EXISTS-to-join rewrite returns a moment with two triggers
    # twice once a second EXISTS is added (see store/listing_queries.py)
    where = "e.deleted_at IS NULL AND e.occurred_at >= :lo AND e.occurred_at < :hi"
    if triggered:
        where += " AND e.id IN (SELECT t.entry_id FROM entry_trigger t)"
    if shared_only:
        where += " AND e.shared = 1"
    if person_ids:
        where += " AND e.id IN (SELECT f.entry_id FROM entry_person f WHERE f.person_id IN :people)"
    return where


def _params(lo: str, hi: str, person_ids: Sequence[int]) -> dict[str, object]:
    return {"lo": lo, "hi": hi, **({"people": list(person_ids)} if person_ids else {})}


def moments(conn: Conn, lo: str, hi: str, person_ids: Sequence[int] = (), shared_only: bool = False) -> list[Moment]:
    """Triggered moments not in the Trash in [lo, hi) (stored UTC text), oldest first; with `person_ids`, those with
    any of these people; with `shared_only`, those marked "may share"."""
    params = _params(lo, hi, person_ids)
    cte = f"WITH m AS (SELECT e.id AS id FROM entry e WHERE {_where(person_ids, shared_only, True)}) "
    found = {r.id: Moment(r.id, r.occurred_at, r.repair) for r in sql.run(
        conn, f"{cte}SELECT e.id AS id, e.occurred_at AS occurred_at, e.repair AS repair FROM m "
              "JOIN entry e ON e.id = m.id ORDER BY e.occurred_at, e.id", params)}
    for eid, slug, name, intensity in sql.run(conn, (
            f"{cte}SELECT et.entry_id, t.slug, t.name, et.intensity FROM m JOIN entry_trigger et ON et.entry_id = m.id "
            "JOIN trigger t ON t.id = et.trigger_id ORDER BY t.sort_order, t.id"), params):
        found[eid].triggers.append((slug, name, intensity))
    for eid, bid, text, strength in sql.run(conn, (
            f"{cte}SELECT eb.entry_id, eb.belief_id, b.text, eb.strength FROM m JOIN entry_belief eb "
            "ON eb.entry_id = m.id JOIN belief b ON b.id = eb.belief_id ORDER BY eb.rowid"), params):
        found[eid].beliefs.append((bid, text, strength))
    for eid, response in sql.run(conn, f"{cte}SELECT er.entry_id, er.response FROM m JOIN entry_response er "
                                       "ON er.entry_id = m.id ORDER BY er.rowid", params):
        found[eid].responses.append(response)
    for eid, pid, name in sql.run(conn, f"{cte}SELECT ep.entry_id, p.id, p.name FROM m JOIN entry_person ep "
                                        "ON ep.entry_id = m.id JOIN person p ON p.id = ep.person_id "
                                        "ORDER BY p.name COLLATE NOCASE, p.id", params):
        found[eid].people.append((pid, name))
    for eid, pid, slug, name in sql.run(conn, (
            f"{cte}SELECT em.entry_id, em.person_id, mv.slug, mv.name FROM m JOIN entry_move em ON em.entry_id = m.id "
            "JOIN their_move mv ON mv.id = em.move_id ORDER BY em.rowid"), params):
        found[eid].moves.setdefault(pid, []).append((slug, name))
    for eid, by, at, first in sql.run(conn, (
            f"{cte}SELECT r.repaired_id, r.entry_id, b.occurred_at, r.reached_first FROM m JOIN repair_link r "
            "ON r.repaired_id = m.id JOIN entry b ON b.id = r.entry_id AND b.deleted_at IS NULL"), params):
        found[eid].repaired_by = (by, at, first)
    return list(found.values())


@dataclass(frozen=True)
class Rating:
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
    return [Rating(*r) for r in sql.run(conn, (
        "SELECT eb.belief_id, b.text, e.id, e.occurred_at, eb.strength, eb.rerated, eb.rerated_at "
        "FROM entry_belief eb JOIN entry e ON e.id = eb.entry_id JOIN belief b ON b.id = eb.belief_id "
        f"WHERE {_where(person_ids, shared_only, False)} ORDER BY e.occurred_at, e.id, eb.rowid"),
        _params(lo, hi, person_ids))]
