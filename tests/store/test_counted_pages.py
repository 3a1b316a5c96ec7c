"""The counted list (issue 17): `Journal.count` says how many rows a filter lists, and `Journal.page_at` reads the
rows at any position. Both must agree with reading the pages one after another (journal.page and its cursors)
for every kind of list: browsing, a trigger, a person, a period, the Trash, a full-text search (across several
ranking windows, with entries in the Trash among the matches) and the substring fallback."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.models.values import EntryFilter, EntryForm, TriggerMark
from journal_app.store import listing_queries as listing

WORDS = ("storm", "stormy", "walk", "quiet", "phone", "harbour", "call", "tea", "rain", "door")
START = datetime(2026, 1, 1, 12, tzinfo=UTC)


@pytest.fixture
def varied(journal):
    """160 entries of random words (seeded): many ties in time, saved out of time order, some with a trigger
    or a person, some with an emoji, some in the Trash."""
    rng = random.Random(23)
    trigger = journal.add_trigger("Silence").id
    person = journal.add_person("Sam").id
    ids = []
    for n in range(160):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 10)))
        if n % 7 == 0:
            body += " 🌧"
        at = START + timedelta(hours=rng.randint(0, 40) * 12)
        marks = (TriggerMark(trigger),) if n % 3 == 0 else ()
        people = (person,) if n % 4 == 0 else ()
        title = rng.choice(("", "Storm at sea", "A walk"))
        ids.append(journal.save(EntryForm(occurred_at=at, title=title, body=body, triggers=marks,
                                          person_ids=people)).id)
    for entry_id in ids[::9]:
        journal.move_to_trash(entry_id)
    return {"trigger": trigger, "person": person}


def _in_order(journal, flt, limit):
    """Every row id, reading the pages one after another, and the cursor each page started with."""
    ids, starts, cursor = [], [], None
    while True:
        starts.append(cursor)
        page = journal.page(flt, cursor, limit=limit)
        ids += [r.id for r in page.rows]
        if page.next_cursor is None:
            return ids, starts
        cursor = page.next_cursor


def _filters(varied):
    return [
        EntryFilter(),
        EntryFilter(trigger_ids=(varied["trigger"],)),
        EntryFilter(person_ids=(varied["person"],)),
        EntryFilter(start=date(2026, 1, 5), end=date(2026, 1, 15)),
        EntryFilter(trashed=True),
        EntryFilter(text="storm"),
        EntryFilter(text="walk quiet"),
        EntryFilter(text="sto"),
        EntryFilter(text="storm", trigger_ids=(varied["trigger"],)),
        EntryFilter(text="rain", start=date(2026, 1, 3), end=date(2026, 1, 12)),
        EntryFilter(text="storm", trashed=True),
        EntryFilter(text="🌧"),  # no full-text match: the substring fallback
        EntryFilter(text="🌧", person_ids=(varied["person"],)),
        EntryFilter(text="zebra"),  # nothing at all
    ]


@pytest.mark.parametrize("window", [7, 2000])
def test_count_and_any_page_agree_with_reading_in_order(journal, varied, monkeypatch, window):
    monkeypatch.setattr(listing, "RANK_WINDOW", window)
    seen_windows = False
    for flt in _filters(varied):
        for limit in (3, 50):
            ids, starts = _in_order(journal, flt, limit)
            total = journal.count(flt)
            assert total == len(ids), (flt, limit)
            for k, cursor in enumerate(starts):
                expected = ids[k * limit:(k + 1) * limit]
                assert [r.id for r in journal.page_at(flt, k * limit, limit=limit).rows] == expected, (flt, k)
                got = journal.page_at(flt, k * limit, total=total, limit=limit)
                assert [r.id for r in got.rows] == expected, (flt, k, "counted from the end")
                if cursor is not None:
                    assert [r.id for r in journal.page_at(flt, k * limit, cursor, limit=limit).rows] == expected
            for position in (1, 5, 13, total - 3, total - 1):  # pages that start anywhere
                if 0 < position < total:
                    got = journal.page_at(flt, position, total=total, limit=limit)
                    assert [r.id for r in got.rows] == ids[position:position + limit], (flt, position)
            assert journal.page_at(flt, total + limit, total=total, limit=limit).rows == ()
            seen_windows = seen_windows or (flt.is_search and total > window)
    assert window == 2000 or seen_windows  # the small windows are crossed


def test_the_words_alone_leave_out_matches_in_the_trash(journal, varied):
    """The quick count (the index's matches less those in the Trash) equals joining every match."""
    for text in ("storm", "rain door", "qu"):
        flt = EntryFilter(text=text)
        joined = journal.count(EntryFilter(text=text, start=date(2000, 1, 1), end=date(2100, 1, 1)))
        assert journal.count(flt) == joined == len(_in_order(journal, flt, 50)[0]) > 0
        assert journal.count(EntryFilter(text=text, trashed=True)) > 0
