"""Therapy sessions and things to bring up: stored, ordered, checked, and "since my last session"."""

from datetime import date, datetime

import pytest

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.models.values import EntryForm
from journal_app.services import analytics, therapy


def test_sessions_newest_first_with_last_and_next(journal):
    therapy.add_session(journal, date(2026, 3, 3), "Talked about Sam.")
    therapy.add_session(journal, "2026-03-17")
    therapy.add_session(journal, date(2026, 3, 31), "Upcoming")
    assert [s.held_on for s in therapy.sessions(journal)] == [date(2026, 3, 31), date(2026, 3, 17), date(2026, 3, 3)]
    assert therapy.last_session(journal, date(2026, 3, 20)) == date(2026, 3, 17)
    assert therapy.last_session(journal, date(2026, 3, 17)) == date(2026, 3, 17)  # today counts
    assert therapy.next_session(journal, date(2026, 3, 20)) == date(2026, 3, 31)
    assert therapy.last_session(journal, date(2026, 3, 1)) is None
    last = therapy.last_session(journal, date(2026, 3, 20))
    rng = analytics.preset_range("since-last-session", date(2026, 3, 20), last)
    assert (rng.start, rng.end) == (date(2026, 3, 17), date(2026, 3, 20))


def test_session_edit_delete_and_bad_input(journal):
    s = therapy.add_session(journal, date(2026, 3, 3), "  private words  ")
    assert s.note == "private words"
    s = therapy.update_session(journal, s.id, date(2026, 3, 4), "changed")
    assert (s.held_on, s.note) == (date(2026, 3, 4), "changed")
    with pytest.raises(InvalidInput, match="is not a date like"):
        therapy.add_session(journal, "next tuesday")
    with pytest.raises(InvalidInput, match="20,001 characters long; session notes can be up to 20,000"):
        therapy.add_session(journal, date(2026, 3, 5), "x" * (therapy.MAX_NOTE_CHARS + 1))
    therapy.delete_session(journal, s.id)
    assert therapy.sessions(journal) == []
    with pytest.raises(NotFound):
        therapy.delete_session(journal, s.id)


def test_things_to_bring_up_open_then_ticked(journal):
    entry = journal.save(EntryForm(occurred_at=datetime(2026, 3, 3, 20, 0), body="Why do I go quiet?"))
    a = therapy.add_item(journal, "Why do I go quiet with Mum?", entry.id)
    b = therapy.add_item(journal, "Ask about EFT")
    assert [i.text for i in therapy.agenda(journal)] == ["Why do I go quiet with Mum?", "Ask about EFT"]
    assert therapy.agenda(journal)[0].entry_id == entry.id
    therapy.set_item_done(journal, a.id)
    assert [i.id for i in therapy.agenda(journal)] == [b.id]
    assert [(i.id, i.done) for i in therapy.agenda(journal, include_done=True)] == [(b.id, False), (a.id, True)]
    therapy.set_item_done(journal, a.id, False)
    assert len(therapy.agenda(journal)) == 2
    assert therapy.edit_item(journal, b.id, "Ask about MBT").text == "Ask about MBT"
    with pytest.raises(InvalidInput, match="empty"):
        therapy.add_item(journal, "   ")
    assert therapy.add_item(journal, "gone entry", entry_id=99999).entry_id is None  # words kept, link dropped
    therapy.delete_item(journal, b.id)
    with pytest.raises(NotFound):
        therapy.set_item_done(journal, b.id)


def test_item_keeps_its_words_when_the_entry_is_deleted(journal):
    entry = journal.save(EntryForm(occurred_at=datetime(2026, 3, 3, 20, 0), body="x"))
    therapy.add_item(journal, "from that entry", entry.id)
    journal.move_to_trash(entry.id)
    journal.empty_trash()
    assert [(i.text, i.entry_id) for i in therapy.agenda(journal)] == [("from that entry", None)]
