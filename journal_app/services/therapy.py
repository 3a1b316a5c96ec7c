"""Therapy sessions (past and upcoming, each with a private note) and the running list of things to bring up
next time. Qt-free; the window and the CLI call these. "Since my last session" counts from `last_session`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.i18n import msg
from journal_app.core.timeutil import now_utc
from journal_app.models import limits
from journal_app.models.values import AgendaItemInfo, SessionInfo
from journal_app.store import therapy_queries as q

MAX_ITEM_CHARS = limits.MAX_ITEM_CHARS  # for callers: the window's and the command line's limits
MAX_NOTE_CHARS = limits.MAX_NOTE_CHARS

if TYPE_CHECKING:
    from journal_app.services.journal import Journal


def _clean(value: str, check: Callable[[str], str | None], required: bool) -> str:
    """The text without NULs and outer spaces, checked by `check` (a models.limits *_problem function); a thing
    to bring up (`required`) must hold something."""
    value = (value or "").replace("\x00", "").strip()
    if required and not value:
        raise InvalidInput(msg("therapy", "The thing to bring up is empty; please write something first."))
    problem = check(value)
    if problem:
        raise limits.refusal(problem, limits.SHORTEN)
    return value


def _day(value: object) -> date:
    """A date, or its text (2026-03-14): what the window or the command line was given."""
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip())
        except ValueError:
            raise InvalidInput(msg("therapy", "{value!r} is not a date like 2026-03-14.",
                                   value=value)) from None
    problem = limits.day_problem(value, limits.SESSION_DAY)
    if problem:
        raise limits.refusal(problem)
    return value


# -- sessions ----------------------------------------------------------------------------------------
def sessions(journal: Journal) -> list[SessionInfo]:
    """Every session, newest first."""
    with journal.reading() as conn:
        return q.list_sessions(conn)


def add_session(journal: Journal, held_on: object, note: str = "") -> SessionInfo:
    day, note = _day(held_on), _clean(note, limits.note_problem, False)
    with journal.writing() as conn:
        return _session_now(conn, q.insert_session(conn, day, note))


def update_session(journal: Journal, session_id: int, held_on: object, note: str = "") -> SessionInfo:
    day, note = _day(held_on), _clean(note, limits.note_problem, False)
    with journal.writing() as conn:
        if not q.update_session(conn, session_id, day, note):
            raise NotFound(msg("therapy", "That session is no longer in the journal."))
        return _session_now(conn, session_id)


def delete_session(journal: Journal, session_id: int) -> None:
    with journal.writing() as conn:
        if not q.delete_session(conn, session_id):
            raise NotFound(msg("therapy", "That session is no longer in the journal."))


def last_session(journal: Journal, today: date | None = None) -> date | None:
    """The day of the most recent session on or before today (None when there is none)."""
    with journal.reading() as conn:
        return q.last_session_on_or_before(conn, today or date.today())


def next_session(journal: Journal, today: date | None = None) -> date | None:
    """The day of the first session after today."""
    with journal.reading() as conn:
        return q.first_session_after(conn, today or date.today())


# -- things to bring up ------------------------------------------------------------------------------
def agenda(journal: Journal, include_done: bool = False) -> list[AgendaItemInfo]:
    """Open items, oldest first; with `include_done`, then the ticked-off ones."""
    with journal.reading() as conn:
        return q.list_items(conn, include_done)


def add_item(journal: Journal, text: str, entry_id: int | None = None) -> AgendaItemInfo:
    text = _clean(text, limits.item_problem, True)
    with journal.writing() as conn:
        if entry_id is not None and conn.exec_driver_sql(
                "SELECT 1 FROM entry WHERE id = ?", (entry_id,)).first() is None:
            entry_id = None  # the entry is gone: keep the words
        return _item_now(conn, q.insert_item(conn, text, entry_id))


def edit_item(journal: Journal, item_id: int, text: str) -> AgendaItemInfo:
    text = _clean(text, limits.item_problem, True)
    with journal.writing() as conn:
        if not q.update_item(conn, item_id, text=text):
            raise NotFound(msg("therapy", "That item is no longer on the list."))
        return _item_now(conn, item_id)


def set_item_done(journal: Journal, item_id: int, done: bool = True) -> AgendaItemInfo:
    with journal.writing() as conn:
        if not q.update_item(conn, item_id, done_at=now_utc() if done else None):
            raise NotFound(msg("therapy", "That item is no longer on the list."))
        return _item_now(conn, item_id)


def _session_now(conn: Connection, session_id: int) -> SessionInfo:
    """The session as it is now, within the transaction that just wrote it."""
    found = q.session_by_id(conn, session_id)
    if found is None:
        raise NotFound(msg("therapy", "That session is no longer in the journal."))
    return found


def _item_now(conn: Connection, item_id: int) -> AgendaItemInfo:
    found = q.item_by_id(conn, item_id)
    if found is None:
        raise NotFound(msg("therapy", "That item is no longer on the list."))
    return found


def delete_item(journal: Journal, item_id: int) -> None:
    with journal.writing() as conn:
        if not q.delete_item(conn, item_id):
            raise NotFound(msg("therapy", "That item is no longer on the list."))
