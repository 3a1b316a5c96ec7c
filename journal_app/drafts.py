"""Unsaved writing survives a crash: while the person types, the editor's content is kept as a draft in the
journal (encrypted like everything else), and the next start offers it back. Qt-free."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from journal_app.models.values import EntryForm, TriggerMark
from journal_app.store import drafts as q
from journal_app.store import session
from journal_app.timeutil import now_utc, to_utc

if TYPE_CHECKING:
    from journal_app.journal import Journal


@dataclass(frozen=True)
class Draft:
    form: EntryForm  # form.id: the entry it was an edit of (None: a new entry)
    saved_at: datetime  # UTC, aware


def _encode(form: EntryForm) -> str:
    return json.dumps({
        "id": form.id, "occurred_at": to_utc(form.occurred_at).isoformat(), "title": form.title,
        "body": form.body, "triggers": [[m.trigger_id, m.intensity] for m in form.triggers],
        "person_ids": list(form.person_ids), "shared": form.shared, "responses": list(form.responses),
        "repair": form.repair,
    })  # ASCII: a lone surrogate typed or pasted is kept (escaped) instead of failing to encode


def _decode(data: str) -> EntryForm | None:
    try:
        d = json.loads(data)
        return EntryForm(
            id=d["id"], occurred_at=datetime.fromisoformat(d["occurred_at"]), title=d["title"], body=d["body"],
            triggers=tuple(TriggerMark(int(t), None if i is None else int(i)) for t, i in d["triggers"]),
            person_ids=tuple(int(p) for p in d["person_ids"]), shared=bool(d["shared"]),
            responses=tuple(d["responses"]), repair=d["repair"],
        )
    except (ValueError, KeyError, TypeError):
        return None  # a draft this version cannot read: nothing to offer


def keep(journal: Journal, form: EntryForm) -> None:
    """Keep the editor's content as the draft (replacing any earlier one)."""
    with session.write(journal._engine) as conn:
        q.put(conn, form.id, _encode(form), now_utc())


def load(journal: Journal) -> Draft | None:
    """The draft, if there is one worth offering (one for an entry that is gone is dropped)."""
    with session.read(journal._engine) as conn:
        row = q.get(conn)
    if row is None:
        return None
    form = _decode(row[1])
    if form is None:
        return None
    return Draft(form, row[2])


def discard(journal: Journal) -> None:
    with session.write(journal._engine) as conn:
        q.clear(conn)
