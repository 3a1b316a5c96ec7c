"""Unsaved writing survives a crash: while the person types, the editor's content (and, apart from it, what is
in the quick-capture window) is kept as a draft in the journal (encrypted like everything else), and the next
start offers it back. Qt-free.

The store keeps one draft row; its data holds a draft per kind ({"v": 2, "editor": {...}, "quick": {...}},
each with its own saved_at). A row written before kinds existed is the editor's draft."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from journal_app.core.timeutil import now_utc, to_utc
from journal_app.models.cycle_values import BeliefMark, MoveMark, RepairChoice
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.store import draft_queries as q
from journal_app.store.sql import Conn

if TYPE_CHECKING:
    from journal_app.services.journal import Journal


EDITOR = "editor"  # the main window's editor
QUICK = "quick"  # the quick-capture window
KINDS = (EDITOR, QUICK)
FORMAT = 2
DraftRow = tuple[int | None, str, datetime]  # the stored row: (entry id, data, saved_at)


@dataclass(frozen=True)
class Draft:
    form: EntryForm  # form.id: the entry it was an edit of (None: a new entry)
    saved_at: datetime  # UTC, aware
    repair: tuple[RepairChoice, ...] = ()  # "this repaired" as the editor held it (not part of the form)
    repair_kept: bool = False  # False: a draft from before the editor held it (leave the entry's link as it is)


Stored = dict[str, Any]  # one kind's draft as stored: {"form": {...}, "saved_at": ...} (json)


def _form_dict(form: EntryForm) -> dict[str, object]:
    return {
        "id": form.id, "occurred_at": to_utc(form.occurred_at).isoformat(), "title": form.title,
        "body": form.body, "triggers": [[m.trigger_id, m.intensity] for m in form.triggers],
        "person_ids": list(form.person_ids), "shared": form.shared, "responses": list(form.responses),
        "repair": form.repair,
        # the cycle (None: the form leaves the entry's as they are; a draft from before the cycle has neither)
        "beliefs": None if form.beliefs is None else [
            [b.belief_id, b.strength, b.balanced, b.rerated,
             None if b.rerated_at is None else to_utc(b.rerated_at).isoformat()] for b in form.beliefs],
        "moves": None if form.moves is None else [[m.person_id, m.move_id] for m in form.moves],
    }


def _number(value: Any) -> int | None:
    return None if value is None else int(value)


def _beliefs(rows: Any) -> tuple[BeliefMark, ...] | None:
    if rows is None:
        return None
    return tuple(BeliefMark(int(b), _number(s), str(t), _number(r), None if at is None else datetime.fromisoformat(at))
                 for b, s, t, r, at in rows)


def _form(d: Any) -> EntryForm | None:
    try:
        moves = d.get("moves")
        return EntryForm(
            id=d["id"], occurred_at=datetime.fromisoformat(d["occurred_at"]), title=d["title"], body=d["body"],
            triggers=tuple(TriggerMark(int(t), None if i is None else int(i)) for t, i in d["triggers"]),
            person_ids=tuple(int(p) for p in d["person_ids"]), shared=bool(d["shared"]),
            responses=tuple(d["responses"]), repair=d["repair"], beliefs=_beliefs(d.get("beliefs")),
            moves=None if moves is None else tuple(MoveMark(int(p), int(m)) for p, m in moves),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # a draft this version cannot read: nothing to offer


def _repair_dict(choices: tuple[RepairChoice, ...]) -> list[list[object]]:
    return [[c.repaired_id, c.reached_first] for c in choices]


def _repair(stored: Any) -> tuple[RepairChoice, ...]:
    """The "this repaired" choices kept beside the form (none when there are none, or they cannot be read); a
    draft from before an entry could repair more than one moment kept one as [id, who reached out first]."""
    if not isinstance(stored, list) or not stored:
        return ()
    pairs = stored if isinstance(stored[0], list) else [stored]
    try:
        return tuple(RepairChoice(int(repaired_id), None if first is None else str(first))
                     for repaired_id, first in pairs)
    except (ValueError, TypeError):
        return ()


def _unpack(row: DraftRow | None) -> dict[str, Stored]:
    """The drafts in a stored row by kind, each {"form": ..., "saved_at": ...} as stored."""
    if row is None:
        return {}
    _entry_id, stored, _saved_at = row
    try:
        data = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    if data.get("v") != FORMAT:  # written before there were kinds: the editor's
        return {EDITOR: {"form": data, "saved_at": None}}
    return {kind: data[kind] for kind in KINDS if isinstance(data.get(kind), dict)}


def _write(conn: Conn, kept: dict[str, Stored]) -> None:
    if not kept:
        q.clear(conn)
        return
    editor = _form(kept[EDITOR].get("form")) if EDITOR in kept else None
    # ASCII json: a lone surrogate typed or pasted is kept (escaped) instead of failing to encode
    q.put(conn, editor.id if editor is not None else None, json.dumps({"v": FORMAT, **kept}), now_utc())


def keep(journal: Journal, form: EntryForm, kind: str = EDITOR, repair: tuple[RepairChoice, ...] = ()) -> None:
    """Keep `kind`'s content as its draft (replacing its earlier one; the other kind's stays); `repair`: the
    earlier moments the editor says this entry repaired, kept with it."""
    with journal.changing() as conn:
        kept = _unpack(q.get(conn))
        kept[kind] = {"form": _form_dict(form), "saved_at": now_utc().isoformat(), "repair": _repair_dict(repair)}
        _write(conn, kept)


def load(journal: Journal, kind: str = EDITOR) -> Draft | None:
    """`kind`'s draft, if there is one worth offering (one for an entry that is gone is dropped)."""
    with journal.querying() as conn:
        row: DraftRow | None = q.get(conn)
    found = _unpack(row).get(kind)
    if found is None or row is None:
        return None
    form = _form(found.get("form"))
    if form is None:
        return None
    _entry_id, _data, row_saved_at = row
    try:
        saved_at = datetime.fromisoformat(found["saved_at"]) if found.get("saved_at") else row_saved_at
    except (TypeError, ValueError):
        saved_at = row_saved_at
    return Draft(form, saved_at, _repair(found.get("repair")), "repair" in found)


def discard(journal: Journal, kind: str = EDITOR) -> None:
    """Let `kind`'s draft go (the other kind's stays)."""
    with journal.changing() as conn:
        row = q.get(conn)
        if row is None:
            return
        kept = _unpack(row)
        if kept.pop(kind, None) is not None or not kept:
            _write(conn, kept)
