"""Trash (move, restore, empty for good) and counts over local-day ranges."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.models.values import EntryFilter, EntryForm, TriggerMark

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


def _ids(page):
    return [r.id for r in page.rows]


def _raw(journal, sql, params=()):
    con = sqlite3.connect(journal.path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_trash_restore_and_empty(journal):
    fear = journal.trigger("abandonment-fear")
    sam = journal.add_person("Sam")
    keep = journal.save(EntryForm(occurred_at=WHEN, title="keep", body="lighthouse"))
    gone = journal.save(EntryForm(occurred_at=WHEN, title="gone", body="lighthouse harbour",
                                  triggers=(TriggerMark(fear.id, 5),), person_ids=(sam.id,)))
    also = journal.save(EntryForm(occurred_at=WHEN, title="also", body="harbour"))

    journal.move_to_trash(gone.id)
    assert sorted(_ids(journal.page())) == [keep.id, also.id]
    assert _ids(journal.page(EntryFilter(trashed=True))) == [gone.id]
    assert journal.trash_count() == 1 and journal.entry_count() == 2
    assert journal.get(gone.id).deleted_at is not None
    assert _ids(journal.page(EntryFilter(text="lighthouse"))) == [keep.id]
    assert _ids(journal.page(EntryFilter(text="lighthouse", trashed=True))) == [gone.id]

    journal.restore(gone.id)
    assert sorted(_ids(journal.page())) == [keep.id, gone.id, also.id]
    assert journal.page(EntryFilter(trashed=True)).rows == ()
    assert journal.get(gone.id).deleted_at is None
    assert [c.intensity for c in journal.get(gone.id).triggers] == [5]

    journal.move_to_trash(gone.id)
    journal.move_to_trash(also.id)
    assert journal.trash_count() == 2
    assert journal.empty_trash() == 2
    assert journal.trash_count() == 0
    assert _ids(journal.page()) == [keep.id]
    for entry_id in (gone.id, also.id):
        with pytest.raises(NotFound):
            journal.get(entry_id)
    # gone from the links and from the search index too
    assert _raw(journal, "SELECT count(*) FROM entry_trigger") == [(0,)]
    assert _raw(journal, "SELECT count(*) FROM entry_person") == [(0,)]
    assert _raw(journal, "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'harbour'") == []
    assert _raw(journal, "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'lighthouse'") == [(keep.id,)]
    assert _raw(journal, "SELECT count(*) FROM entry_fts") == [(1,)]
    assert journal.page(EntryFilter(text="harbour")).rows == ()
    # the person and trigger themselves stay
    assert journal.person("Sam") == sam
    assert journal.empty_trash() == 0


def test_trash_of_missing_entry(journal):
    with pytest.raises(NotFound):
        journal.move_to_trash(123)
    with pytest.raises(NotFound):
        journal.restore(123)


def test_trash_lists_most_recently_deleted_first(journal):
    ids = [journal.save(EntryForm(occurred_at=WHEN, body=f"e{i}")).id for i in range(5)]
    for entry_id in (ids[2], ids[0], ids[4]):
        journal.move_to_trash(entry_id)
    assert _ids(journal.page(EntryFilter(trashed=True))) == [ids[4], ids[0], ids[2]]
    first = journal.page(EntryFilter(trashed=True), limit=2)
    second = journal.page(EntryFilter(trashed=True), cursor=first.next_cursor, limit=2)
    assert _ids(first) + _ids(second) == [ids[4], ids[0], ids[2]]
    assert second.next_cursor is None


def _local(y, m, d, hh, mm):
    return datetime(y, m, d, hh, mm)  # naive: local (Europe/Berlin in the tests)


def test_stats_over_local_days(journal):
    fear = journal.trigger("abandonment-fear")
    pull = journal.trigger("push-pull")
    jealousy = journal.add_trigger("Jealousy")
    unused = journal.add_trigger("Old one")
    journal.set_trigger_archived(unused.id, True)

    def add(when, *marks, trash=False):
        e = journal.save(EntryForm(occurred_at=when, body="x", triggers=tuple(TriggerMark(t.id, i) for t, i in marks)))
        if trash:
            journal.move_to_trash(e.id)
        return e

    # 2026-03-10 00:30 in Berlin (UTC+1) is 2026-03-09 23:30 UTC: it belongs to the 10th locally.
    add(_local(2026, 3, 10, 0, 30), (fear, 8), (pull, 3))
    add(_local(2026, 3, 10, 23, 59), (fear, 5))
    add(_local(2026, 3, 12, 12, 0), (fear, None), (jealousy, 2))
    add(_local(2026, 3, 11, 0, 0), (fear, 10), trash=True)  # trashed: never counted
    add(_local(2026, 3, 9, 23, 59), (pull, 9))  # the day before
    add(_local(2026, 3, 13, 0, 0), (jealousy, 7))  # the day after

    s = journal.stats(date(2026, 3, 10), date(2026, 3, 12))
    assert s.entries == 3
    table = {t.slug: (t.count, t.mean_intensity) for t in s.triggers}
    assert table == {
        "abandonment-fear": (3, 6.5),  # 8 and 5; the unrated one counts but has no intensity
        "withdrawal": (0, None),
        "push-pull": (1, 3.0),
        "jealousy": (1, 2.0),
    }
    assert "old-one" not in table  # archived and unused in the range

    day10 = journal.stats(date(2026, 3, 10), date(2026, 3, 10))
    assert day10.entries == 2
    assert {t.slug: t.count for t in day10.triggers}["abandonment-fear"] == 2
    day9 = journal.stats(date(2026, 3, 9), date(2026, 3, 9))
    assert day9.entries == 1
    assert {t.slug: (t.count, t.mean_intensity) for t in day9.triggers}["push-pull"] == (1, 9.0)

    assert journal.stats().entries == 5
    assert journal.stats(start=date(2026, 3, 12)).entries == 2
    assert journal.stats(end=date(2026, 3, 9)).entries == 1
    everything = {t.slug: (t.count, t.mean_intensity) for t in journal.stats().triggers}
    assert everything["push-pull"] == (2, 6.0)
    assert everything["jealousy"] == (2, 4.5)


def test_stats_mean_is_rounded(journal):
    fear = journal.trigger("abandonment-fear")
    for i in (1, 2, 2):
        journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(fear.id, i),)))
    assert {t.slug: t.mean_intensity for t in journal.stats().triggers}["abandonment-fear"] == 1.67


def test_stats_archived_trigger_with_entries_in_range_is_kept(journal):
    t = journal.add_trigger("Jealousy")
    journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(t.id, 4),)))
    journal.set_trigger_archived(t.id, True)
    assert {x.slug: x.count for x in journal.stats().triggers}["jealousy"] == 1
    assert "jealousy" not in {x.slug for x in journal.stats(date(2020, 1, 1), date(2020, 1, 2)).triggers}


def test_stats_range_across_dst_change(journal):
    # Clocks go forward in Berlin on 2026-03-29 at 02:00: the day has 23 hours.
    journal.save(EntryForm(occurred_at=_local(2026, 3, 29, 0, 30), body="early"))  # 23:30 UTC on the 28th
    journal.save(EntryForm(occurred_at=_local(2026, 3, 29, 23, 30), body="late"))  # 21:30 UTC on the 29th
    journal.save(EntryForm(occurred_at=_local(2026, 3, 30, 0, 15), body="next"))  # 22:15 UTC on the 29th
    assert journal.stats(date(2026, 3, 29), date(2026, 3, 29)).entries == 2
    assert journal.stats(date(2026, 3, 30), date(2026, 3, 30)).entries == 1


def test_start_after_end_is_refused(journal):
    with pytest.raises(InvalidInput):
        journal.stats(date(2026, 3, 12), date(2026, 3, 10))
    with pytest.raises(InvalidInput):
        journal.page(EntryFilter(start=date(2026, 3, 12), end=date(2026, 3, 10)))
