"""The cycle's part of the one door (issue 20): Journal's methods for beliefs, what the other person did (moves),
the second step of a thought record, and repair links. Journal (journal.py) takes them in as a base class; they
reach the store only through its units of work (`querying`, `changing`), so they run on a journal opened lean too.

Words for the person are marked for the catalog (context "errors") and turned into their language when shown."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.i18n import msg
from journal_app.core.timeutil import now_utc, to_utc
from journal_app.models import limits
from journal_app.models.cycle_values import (
    REACHED_FIRST_KEYS,
    BeliefInfo,
    BeliefMark,
    MoveInfo,
    MoveMark,
    RepairCandidate,
    RepairChoice,
    RepairInfo,
    belief_examples,
)
from journal_app.models.types import utc_text
from journal_app.models.values import EntryDetail, EntryForm
from journal_app.services.naming import SURROGATE, clean_name, slugify
from journal_app.store import cycle_queries as cq
from journal_app.store import entry_queries as entries
from journal_app.store.sql import Conn

REPAIR_LOOKBACK = timedelta(days=30)  # the moments offered for "this repaired" reach this far back by default
SUGGESTIONS = 8


def clean_belief(text: str) -> str:
    """A belief's words with spaces tidied; refused when empty, too long or holding a broken character."""
    text = " ".join((text or "").replace("\x00", "").split())
    if not text:
        raise InvalidInput(msg("errors", "A belief needs a few words; nothing was saved."))
    if SURROGATE.search(text):
        raise InvalidInput(msg("errors", "The belief holds a broken character that cannot be stored; please "
                                         "retype it. Nothing was saved."))
    problem = limits.belief_problem(text)
    if problem:
        raise limits.refusal(problem)
    return text


def _clean_thought(text: str) -> str:
    """A kinder thought, kept as written (only trimmed); refused when too long or broken."""
    text = (text or "").replace("\x00", "").strip()
    if SURROGATE.search(text):
        raise InvalidInput(msg("errors", "The kinder thought holds a broken character that cannot be stored; "
                                         "please retype it. Nothing was saved."))
    problem = limits.thought_problem(text)
    if problem:
        raise limits.refusal(problem)
    return text


def _strength(value: int | None) -> int | None:
    problem = limits.strength_problem(value)
    if problem:
        raise limits.refusal(problem)
    return value


def checked_cycle(form: EntryForm) -> EntryForm:
    """The form's beliefs and moves checked and tidied (Journal.validate calls this): strengths 0-100, thoughts
    within their limit, each belief once (the last given wins), each move once, and a move only for a person on
    the entry."""
    beliefs = form.beliefs
    if beliefs is not None:
        seen: dict[int, BeliefMark] = {}
        for mark in beliefs:
            at = to_utc(mark.rerated_at) if mark.rerated_at is not None else None
            seen[mark.belief_id] = BeliefMark(mark.belief_id, _strength(mark.strength),
                                              _clean_thought(mark.balanced), _strength(mark.rerated), at)
        beliefs = tuple(seen.values())
    moves = form.moves
    if moves is not None:
        people = set(form.person_ids)
        if any(m.person_id not in people for m in moves):
            raise InvalidInput(msg("errors", "What someone did can be recorded only for a person on the entry; "
                                             "add them to it first. Nothing was saved."))
        moves = tuple(dict.fromkeys(MoveMark(m.person_id, m.move_id) for m in moves))
    return replace(form, beliefs=beliefs, moves=moves)


def missing_cycle_parts(conn: Conn, form: EntryForm) -> bool:
    """Whether a belief or move the form names is no longer in the journal."""
    return bool(cq.missing_belief_ids(conn, [b.belief_id for b in form.beliefs or ()])
                or cq.missing_move_ids(conn, [m.move_id for m in form.moves or ()]))


class CycleDoor:
    """Journal's methods for the cycle (see the module's note)."""

    if TYPE_CHECKING:
        def querying(self) -> AbstractContextManager[Conn]: ...

        def changing(self) -> AbstractContextManager[Conn]: ...

        def get(self, entry_id: int) -> EntryDetail: ...

    # -- beliefs -----------------------------------------------------------------------------------------
    def beliefs(self, *, with_counts: bool = False) -> list[BeliefInfo]:
        """The person's own beliefs, in the order they were added."""
        with self.querying() as conn:
            return cq.list_beliefs(conn, with_counts=with_counts)

    def belief(self, text: str) -> BeliefInfo:
        """The belief with these words (any case)."""
        with self.querying() as conn:
            found = cq.belief_by_text(conn, " ".join(text.split()))
        if found is None:
            raise InvalidInput(msg("errors", "There is no belief “{text}” in this journal yet.", text=text))
        return found

    def add_belief(self, text: str) -> BeliefInfo:
        """The belief with these words (any case), added if new; one put away comes back to the list."""
        text = clean_belief(text)
        with self.changing() as conn:
            found = cq.belief_by_text(conn, text)
            if found is None:
                return cq.insert_belief(conn, text)
            if found.archived:
                cq.update_belief(conn, found.id, archived=False)
                return replace(found, archived=False)
            return found

    def rename_belief(self, belief_id: int, text: str) -> BeliefInfo:
        """New words for a belief (every entry that holds it shows them)."""
        text = clean_belief(text)
        with self.changing() as conn:
            if cq.belief_by_text(conn, text, except_id=belief_id) is not None:
                raise InvalidInput(msg("errors", "You already have the belief “{text}”.", text=text))
            if not cq.update_belief(conn, belief_id, text=text):
                raise NotFound(msg("errors", "That belief is no longer in this journal."))
            return self._require_belief(conn, belief_id)

    def set_belief_archived(self, belief_id: int, archived: bool) -> BeliefInfo:
        """Put a belief away (no longer suggested; entries keep it), or bring it back."""
        with self.changing() as conn:
            if not cq.update_belief(conn, belief_id, archived=archived):
                raise NotFound(msg("errors", "That belief is no longer in this journal."))
            return self._require_belief(conn, belief_id)

    @staticmethod
    def _require_belief(conn: Conn, belief_id: int) -> BeliefInfo:
        found = cq.belief_by_id(conn, belief_id)
        if found is None:
            raise NotFound(msg("errors", "That belief is no longer in this journal."))
        return found

    def suggest_beliefs(self, typed: str = "", limit: int = SUGGESTIONS) -> list[str]:
        """Beliefs to offer as the person types: their own first (the most used first), then the gentle examples
        (in their language) they do not have yet; each holding what was typed, in any case."""
        want = " ".join(typed.split()).casefold()
        own = [b for b in self.beliefs(with_counts=True) if not b.archived]
        own.sort(key=lambda b: -b.entry_count)
        have = {b.text.casefold() for b in self.beliefs()}
        words = [b.text for b in own] + [e for e in belief_examples() if e.casefold() not in have]
        return [w for w in words if want in w.casefold()][:limit]

    # -- what the other person did -----------------------------------------------------------------------
    def moves(self, *, with_counts: bool = False) -> list[MoveInfo]:
        """What another person can be recorded as doing: the built-ins, then the person's own."""
        with self.querying() as conn:
            return cq.list_moves(conn, with_counts=with_counts)

    def move(self, key: str) -> MoveInfo:
        """The move with this slug, or this name (any case, as stored or as shown)."""
        key = " ".join(key.split())
        with self.querying() as conn:
            found = cq.move_by_slug(conn, key) or cq.move_by_name(conn, key)
            if found is None:
                slugs = ", ".join(m.slug for m in cq.list_moves(conn) if not m.archived)
                raise InvalidInput(msg("errors", "“{key}” is not in your list of what someone did; choose one of "
                                                 "{slugs}, or add it first.", key=key, slugs=slugs))
            return found

    def add_move(self, name: str) -> MoveInfo:
        """A move of the person's own ("cancelled plans")."""
        name = clean_name(name, "move")
        with self.changing() as conn:
            if cq.move_by_name(conn, name) is not None:
                raise InvalidInput(msg("errors", "There is already a move called “{name}”.", name=name))
            base = slugify(name) or "move"
            slug, n = base, 2
            while cq.move_slug_exists(conn, slug):
                slug, n = f"{base}-{n}", n + 1
            return self._require_move(conn, cq.insert_move(conn, slug=slug, name=name))

    def rename_move(self, move_id: int, name: str) -> MoveInfo:
        name = clean_name(name, "move")
        with self.changing() as conn:
            if cq.move_by_name(conn, name, except_id=move_id) is not None:
                raise InvalidInput(msg("errors", "There is already a move called “{name}”.", name=name))
            if not cq.update_move(conn, move_id, name=name):
                raise NotFound(msg("errors", "That move is no longer in this journal."))
            return self._require_move(conn, move_id)

    def set_move_archived(self, move_id: int, archived: bool) -> MoveInfo:
        """Hide a move from the choices (entries keep it), or bring it back."""
        with self.changing() as conn:
            if not cq.update_move(conn, move_id, archived=archived):
                raise NotFound(msg("errors", "That move is no longer in this journal."))
            return self._require_move(conn, move_id)

    @staticmethod
    def _require_move(conn: Conn, move_id: int) -> MoveInfo:
        found = cq.move_by_id(conn, move_id)
        if found is None:
            raise NotFound(msg("errors", "That move is no longer in this journal."))
        return found

    # -- the thought record's second step ------------------------------------------------------------------
    def rerate_belief(self, entry_id: int, belief_id: int, *, balanced: str, strength: int | None,
                      at: datetime | None = None) -> EntryDetail:
        """Once the moment has passed: a kinder, more balanced thought beside a belief on an entry, and how true
        the belief feels now (0-100; None: not rated). `at`: when (default now). Returns the entry."""
        thought, rated = _clean_thought(balanced), _strength(strength)
        when = to_utc(at) if at is not None else now_utc()
        with self.changing() as conn:
            if entries.get_entry(conn, entry_id) is None:
                raise NotFound(msg("errors", "There is no entry {id}.", id=entry_id))
            if not cq.rerate(conn, entry_id, belief_id, balanced=thought, rerated=rated, at=when):
                raise InvalidInput(msg("errors", "Entry {id} does not hold that belief.", id=entry_id))
            conn.exec_driver_sql("UPDATE entry SET updated_at = ? WHERE id = ?", (utc_text(now_utc()), entry_id))
            found = entries.get_entry(conn, entry_id)
        assert found is not None  # read in the same transaction that found it
        return found

    # -- repair ------------------------------------------------------------------------------------------
    def link_repair(self, entry_id: int, repairs: int, *, reached_first: str | None = None) -> RepairInfo:
        """Entry `entry_id` repaired the earlier moment `repairs`; `reached_first`: 'me', 'them' or None (not
        said). A moment has one repair: linking it again moves the link to this entry."""
        with self.changing() as conn:
            return _link(conn, entry_id, repairs, reached_first)

    def set_repairs(self, entry_id: int, choices: Sequence[RepairChoice]) -> tuple[RepairInfo, ...]:
        """Every earlier moment entry `entry_id` repaired, as the editor holds them, written in one transaction:
        each choice linked (a moment linked to another entry moves here), the entry's other links removed. All
        or nothing: when one is refused, the links the journal had stay. Returns the entry's links, in order."""
        with self.changing() as conn:
            infos = tuple(_link(conn, entry_id, c.repaired_id, c.reached_first) for c in choices)
            kept = {c.repaired_id for c in choices}
            current = entries.get_entry(conn, entry_id)
            for link in current.repairs if current is not None else ():
                if link.repaired_id not in kept:
                    cq.remove_repair(conn, link.repaired_id)
        return infos

    def unlink_repair(self, repaired_id: int) -> None:
        """The moment `repaired_id` is no longer linked to an entry that repaired it."""
        with self.changing() as conn:
            if not cq.remove_repair(conn, repaired_id):
                raise NotFound(msg("errors", "Entry {id} is not linked to a repair.", id=repaired_id))

    def repair_candidates(self, entry_id: int, *, lookback: timedelta = REPAIR_LOOKBACK,
                          limit: int = 20) -> list[RepairCandidate]:
        """The moments entry `entry_id` may have repaired: earlier triggered moments with the same person (any,
        when the entry names nobody) within `lookback`, newest first."""
        entry = self.get(entry_id)
        with self.querying() as conn:
            return cq.repair_candidates(conn, entry_id, utc_text(entry.occurred_at - lookback), limit)


def _link(conn: Conn, entry_id: int, repairs: int, reached_first: str | None) -> RepairInfo:
    """Link entry `entry_id` as the repair of the earlier moment `repairs`, in the caller's transaction, once it is
    sure both are there, out of the Trash, and in that order."""
    if reached_first is not None and reached_first not in REACHED_FIRST_KEYS:
        raise InvalidInput(msg("errors", "“{value}” is not who reached out first; choose me or them.",
                               value=reached_first))
    if entry_id == repairs:
        raise InvalidInput(msg("errors", "An entry cannot repair itself; choose an earlier moment."))
    later, earlier = entries.get_entry(conn, entry_id), entries.get_entry(conn, repairs)
    for wanted, found in ((entry_id, later), (repairs, earlier)):
        if found is None:
            raise NotFound(msg("errors", "There is no entry {id}.", id=wanted))
        if found.deleted_at is not None:
            raise InvalidInput(msg("errors", "Entry {id} is in the Trash; restore it first.", id=wanted))
    assert later is not None and earlier is not None
    if (later.occurred_at, later.id) < (earlier.occurred_at, earlier.id):
        raise InvalidInput(msg("errors", "Entry {later} happened before entry {earlier}; a repair comes "
                                         "after the moment it mends.", later=entry_id, earlier=repairs))
    cq.set_repair(conn, repairs, entry_id, reached_first)
    return RepairInfo(repairs, entry_id, earlier.occurred_at, later.occurred_at, reached_first)
