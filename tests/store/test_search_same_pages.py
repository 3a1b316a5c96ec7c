"""The one-pass ranked window (listing_queries._rank_window) shows the same entries in the same order, page by
page, as the two-query version it replaced (kept here as the reference): the window's floor found first by
walking the index, then the window ranked with bm25 in SQL."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.core.timeutil import local_day_bounds
from journal_app.models.values import EntryFilter, EntryForm, TriggerMark
from journal_app.store import listing_queries as listing
from journal_app.store import session, sql

WORDS = ("storm", "stormy", "walk", "quiet", "phone", "harbour", "call", "tea", "rain", "door")
START = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _old_window_floor(conn, query, ceiling):
    params = {"q": query, "skip": listing.RANK_WINDOW}
    below = ""
    if ceiling is not None:
        below, params["ceiling"] = " AND rowid <= :ceiling", ceiling
    row = sql.run(conn, f"SELECT rowid AS id FROM entry_fts WHERE entry_fts MATCH :q{below} "
                        "ORDER BY rowid DESC LIMIT 1 OFFSET :skip", params).first()
    return int(row.id) if row else None


def _old_rank_window(conn, flt, lo, hi, query, floor, ceiling, offset, limit):
    params = {"limit": limit, "offset": offset, "q": query}
    conds = ["entry_fts MATCH :q", *listing._conditions(flt, lo, hi, params)]
    if floor is not None:
        conds.append("entry_fts.rowid > :floor")
        params["floor"] = floor
    if ceiling is not None:
        conds.append("entry_fts.rowid <= :ceiling")
        params["ceiling"] = ceiling
    return [r.id for r in sql.run(
        conn,
        f"SELECT e.id FROM entry_fts CROSS JOIN entry e ON e.id = entry_fts.rowid WHERE {' AND '.join(conds)} "
        "ORDER BY bm25(entry_fts, 4.0, 1.0), e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset",
        params,
    ).all()]


def _old_page_ids(conn, flt, lo, hi, cursor, limit):
    """The ids and next cursor of one page, as the two-query _search_fts computed them."""
    query = listing.fts_query(flt.text)
    offset, ceiling = (cursor[1], cursor[2]) if cursor else (0, None)
    ranked, nxt = [], None
    while True:
        floor = _old_window_floor(conn, query, ceiling)
        wanted = limit - len(ranked)
        got = _old_rank_window(conn, flt, lo, hi, query, floor, ceiling, offset, wanted)
        ranked += got
        if len(got) == wanted:
            nxt = ("fts", offset + wanted, ceiling)
            break
        if floor is None:
            break
        offset, ceiling = 0, floor
    return ranked, nxt


@pytest.fixture
def varied(journal):
    """150 entries of random words (seeded): many ties in time and in score, saved out of time order, some
    with a trigger, some in the Trash, some with the word only in the title."""
    rng = random.Random(17)
    trigger = journal.add_trigger("Silence").id
    ids = []
    for n in range(150):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
        title = rng.choice(("", "", "Storm at sea", "A walk", "Quiet"))
        at = START + timedelta(hours=rng.randint(0, 40) * 12)  # few distinct times: many ties
        marks = (TriggerMark(trigger),) if n % 3 == 0 else ()
        ids.append(journal.save(EntryForm(occurred_at=at, title=title, body=body, triggers=marks)).id)
    for entry_id in ids[::11]:
        journal.move_to_trash(entry_id)
    return {"trigger": trigger}


def _new_pages(journal, flt, limit):
    pages, cursor = [], None
    while True:
        page = journal.page(flt, cursor, limit=limit)
        pages.append(([r.id for r in page.rows], page.next_cursor))
        if page.next_cursor is None:
            return pages
        cursor = page.next_cursor


def _old_pages(journal, flt, limit):
    lo, hi = local_day_bounds(flt.start, flt.end)
    pages, cursor = [], None
    with session.read(journal._engine) as conn:
        while True:
            ids, cursor = _old_page_ids(conn, flt, lo, hi, cursor, limit)
            pages.append((ids, cursor))
            if cursor is None:
                return pages


@pytest.mark.parametrize("window", [7, 40, 2000])
@pytest.mark.parametrize("text", ["storm", "sto", "walk quiet", "quiet st", "harbour", "rain door tea"])
def test_pages_match_the_two_query_reference(journal, varied, monkeypatch, window, text):
    monkeypatch.setattr(listing, "RANK_WINDOW", window)
    filters = [
        EntryFilter(text=text),
        EntryFilter(text=text, trigger_ids=(varied["trigger"],)),
        EntryFilter(text=text, trashed=True),
        EntryFilter(text=text, start=date(2026, 1, 5), end=date(2026, 1, 15)),
    ]
    for flt in filters:
        for limit in (1, 4, 50):
            new, old = _new_pages(journal, flt, limit), _old_pages(journal, flt, limit)
            assert new == old, (flt, limit)
            assert new[0][0], (flt, limit)  # something was found: the comparison is not between two blanks


def test_reference_sees_the_windows(journal, varied, monkeypatch):
    """With a small window the order differs from ranking everything at once: the windows are exercised."""
    flt = EntryFilter(text="storm")
    monkeypatch.setattr(listing, "RANK_WINDOW", 7)
    windowed = [i for ids, _ in _new_pages(journal, flt, 50) for i in ids]
    monkeypatch.setattr(listing, "RANK_WINDOW", 2000)
    whole = [i for ids, _ in _new_pages(journal, flt, 50) for i in ids]
    assert sorted(windowed) == sorted(whole)
    assert windowed != whole
