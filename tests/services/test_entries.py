"""Journal.save / get: validation, blank entries, links, time zones."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.models import limits
from journal_app.models.values import MAX_TITLE_CHARS, EntryForm, TriggerMark

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


def _raw_rows(journal, sql, params=()):
    con = sqlite3.connect(journal.path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_save_new_entry(journal):
    saved = journal.save(EntryForm(occurred_at=WHEN, title="At the station", body="He was late.\nI froze."))
    assert saved.id is not None
    assert len(saved.uuid) == 36
    assert (saved.title, saved.body, saved.occurred_at, saved.shared, saved.deleted_at) == (
        "At the station", "He was late.\nI froze.", WHEN, False, None,
    )
    assert saved.created_at == saved.updated_at
    assert abs(saved.created_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert journal.get(saved.id) == saved
    assert journal.entry_count() == 1


def test_update_entry_keeps_identity(journal):
    first = journal.save(EntryForm(occurred_at=WHEN, body="draft"))
    later = WHEN + timedelta(hours=2)
    second = journal.save(EntryForm(id=first.id, occurred_at=later, title="Now titled", body="final", shared=True))
    assert (second.id, second.uuid, second.created_at) == (first.id, first.uuid, first.created_at)
    assert (second.title, second.body, second.occurred_at, second.shared) == ("Now titled", "final", later, True)
    assert second.updated_at >= first.updated_at
    assert journal.entry_count() == 1
    assert journal.get(first.id).body == "final"


def test_update_of_missing_entry_is_refused(journal):
    with pytest.raises(NotFound):
        journal.save(EntryForm(id=999, occurred_at=WHEN, body="ghost"))
    assert journal.entry_count() == 0


@pytest.mark.parametrize("title, body", [("", ""), ("   ", "\n\t "), ("\u3000", "")])
def test_blank_new_entry_is_not_saved(journal, title, body):
    assert journal.save(EntryForm(occurred_at=WHEN, title=title, body=body)) is None
    assert journal.entry_count() == 0
    assert _raw_rows(journal, "SELECT count(*) FROM entry") == [(0,)]


def test_entry_with_only_a_trigger_is_saved(journal):
    trig = journal.trigger("withdrawal")
    saved = journal.save(EntryForm(occurred_at=WHEN, triggers=(TriggerMark(trig.id, 4),)))
    assert saved is not None
    assert [(c.slug, c.intensity) for c in saved.triggers] == [("withdrawal", 4)]


def test_blank_update_is_saved(journal):
    # Emptying an existing entry is an edit, not a blank new entry: it is kept (the user can trash it).
    saved = journal.save(EntryForm(occurred_at=WHEN, body="words"))
    emptied = journal.save(EntryForm(id=saved.id, occurred_at=WHEN, body=""))
    assert emptied.body == ""
    assert journal.entry_count() == 1


@pytest.mark.parametrize("bad", [-1, 11, 100, True, 5.5, "5"])
def test_intensity_outside_range_is_refused(journal, bad):
    trig = journal.trigger("abandonment-fear")
    with pytest.raises(InvalidInput):
        journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(trig.id, bad),)))
    assert journal.entry_count() == 0


@pytest.mark.parametrize("good", [0, 10, None])
def test_intensity_bounds_are_accepted(journal, good):
    trig = journal.trigger("abandonment-fear")
    saved = journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(trig.id, good),)))
    assert saved.triggers[0].intensity == good


def test_title_length_limit(journal):
    assert MAX_TITLE_CHARS == 300
    ok = journal.save(EntryForm(occurred_at=WHEN, title="t" * 300))
    assert len(ok.title) == 300
    with pytest.raises(InvalidInput):
        journal.save(EntryForm(occurred_at=WHEN, title="t" * 301))
    with pytest.raises(InvalidInput):
        journal.save(EntryForm(id=ok.id, occurred_at=WHEN, title="t" * 301))
    assert journal.get(ok.id).title == "t" * 300
    assert journal.entry_count() == 1


def test_body_length_limit(journal, monkeypatch):
    monkeypatch.setattr(limits, "MAX_BODY_CHARS", 50)
    ok = journal.save(EntryForm(occurred_at=WHEN, body="b" * 50))
    assert len(ok.body) == 50
    with pytest.raises(InvalidInput, match="nothing was cut"):
        journal.save(EntryForm(occurred_at=WHEN, body="b" * 51))
    with pytest.raises(InvalidInput):
        journal.save(EntryForm(id=ok.id, occurred_at=WHEN, body="c" * 51))
    assert journal.get(ok.id).body == "b" * 50
    assert journal.entry_count() == 1


def test_duplicate_trigger_marks_collapse(journal):
    fear = journal.trigger("abandonment-fear")
    pull = journal.trigger("push-pull")
    saved = journal.save(EntryForm(
        occurred_at=WHEN, body="x",
        triggers=(TriggerMark(fear.id, 3), TriggerMark(pull.id, 2), TriggerMark(fear.id, 7)),
    ))
    assert [(c.slug, c.intensity) for c in saved.triggers] == [("abandonment-fear", 7), ("push-pull", 2)]
    assert _raw_rows(journal, "SELECT trigger_id, intensity FROM entry_trigger ORDER BY trigger_id") == [
        (fear.id, 7), (pull.id, 2),
    ]


def test_duplicate_people_collapse(journal):
    sam = journal.add_person("Sam", "partner")
    mum = journal.add_person("Mum", "parent")
    saved = journal.save(EntryForm(occurred_at=WHEN, body="x", person_ids=(sam.id, mum.id, sam.id)))
    assert [p.name for p in saved.people] == ["Mum", "Sam"]
    assert _raw_rows(journal, "SELECT count(*) FROM entry_person") == [(2,)]


def test_links_are_replaced_on_update(journal):
    sam = journal.add_person("Sam")
    fear = journal.trigger("abandonment-fear")
    pull = journal.trigger("push-pull")
    saved = journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(fear.id, 1),),
                                   person_ids=(sam.id,)))
    updated = journal.save(replace_form(saved.to_form(), triggers=(TriggerMark(pull.id, 9),), person_ids=()))
    assert [(c.slug, c.intensity) for c in updated.triggers] == [("push-pull", 9)]
    assert updated.people == ()
    assert _raw_rows(journal, "SELECT entry_id, trigger_id FROM entry_trigger") == [(saved.id, pull.id)]


def replace_form(form, **changes):
    from dataclasses import replace

    return replace(form, **changes)


def test_unknown_trigger_or_person_is_invalid_input(journal):
    with pytest.raises(InvalidInput, match="no longer exists"):
        journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(4242, 3),)))
    with pytest.raises(InvalidInput, match="no longer exists"):
        journal.save(EntryForm(occurred_at=WHEN, body="x", person_ids=(4242,)))
    assert journal.entry_count() == 0


def test_naive_time_is_local_and_stored_utc(journal):
    # Europe/Berlin in summer is UTC+2: 21:30 local is 19:30 UTC.
    saved = journal.save(EntryForm(occurred_at=datetime(2026, 7, 1, 21, 30), body="summer"))
    assert saved.occurred_at.tzinfo is not None
    assert saved.occurred_at.utcoffset() == timedelta(0)
    assert saved.occurred_at == datetime(2026, 7, 1, 19, 30, tzinfo=UTC)
    assert _raw_rows(journal, "SELECT occurred_at FROM entry") == [("2026-07-01 19:30:00.000000",)]
    # and in winter UTC+1
    winter = journal.save(EntryForm(occurred_at=datetime(2026, 1, 15, 8, 0), body="winter"))
    assert winter.occurred_at == datetime(2026, 1, 15, 7, 0, tzinfo=UTC)


def test_aware_time_in_another_zone_is_the_same_instant(journal):
    india = timezone(timedelta(hours=5, minutes=30))
    at = datetime(2026, 3, 14, 23, 45, 12, 345678, tzinfo=india)
    saved = journal.save(EntryForm(occurred_at=at, body="far away"))
    got = journal.get(saved.id).occurred_at
    assert got == at
    assert got.utcoffset() == timedelta(0)
    assert (got.hour, got.minute, got.microsecond) == (18, 15, 345678)
    assert _raw_rows(journal, "SELECT occurred_at FROM entry") == [("2026-03-14 18:15:12.345678",)]


@pytest.mark.parametrize("year", [1899, 2201])
def test_years_outside_range_are_refused(journal, year):
    with pytest.raises(InvalidInput):
        journal.save(EntryForm(occurred_at=datetime(year, 6, 1, 12, tzinfo=UTC), body="x"))


def test_occurred_at_must_be_a_datetime(journal):
    with pytest.raises(InvalidInput):
        journal.save(EntryForm(occurred_at="2026-03-14", body="x"))  # type: ignore[arg-type]


def test_get_missing_entry(journal):
    with pytest.raises(NotFound):
        journal.get(1)
