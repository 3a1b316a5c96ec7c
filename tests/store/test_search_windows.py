"""On a very big journal, search ranks its matches in windows, newest written first: every match is still
found exactly once while paging, each window is best-first, and a small journal ranks all of its matches."""

from datetime import UTC, datetime, timedelta

import pytest

from journal_app.models.values import EntryFilter, EntryForm
from journal_app.store import listing_queries as listing


@pytest.fixture
def twelve(journal):
    """Entries 1..12 (oldest first); odd ones say "storm" three times (a strong match), even ones once."""
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    ids = []
    for n in range(1, 13):
        words = "storm storm storm" if n % 2 else "storm"
        ids.append(journal.save(EntryForm(occurred_at=start + timedelta(days=n), title=f"Day {n}",
                                          body=f"{words} and a walk afterwards, number {n}")).id)
    return ids


def all_pages(journal, text, limit):
    seen, cursor = [], None
    while True:
        page = journal.page(EntryFilter(text=text), cursor, limit=limit)
        seen.append([row.id for row in page.rows])
        cursor = page.next_cursor
        if cursor is None:
            return seen


def test_small_journals_rank_every_match_together(journal, twelve):
    [ranked] = all_pages(journal, "storm", 50)
    strong = {twelve[i] for i in range(0, 12, 2)}
    assert set(ranked[:6]) == strong  # all six strong matches first, whatever their age


def test_big_journals_rank_the_newest_window_first_and_page_through_every_match_once(journal, twelve, monkeypatch):
    monkeypatch.setattr(listing, "RANK_WINDOW", 4)
    pages = all_pages(journal, "storm", 3)
    flat = [i for page in pages for i in page]
    assert sorted(flat) == sorted(twelve)  # every match, once
    windows = [flat[0:4], flat[4:8], flat[8:12]]
    assert [sorted(w) for w in windows] == [sorted(twelve[8:12]), sorted(twelve[4:8]), sorted(twelve[0:4])]
    for window in windows:  # best first inside each window: the two strong matches lead
        assert set(window[:2]) == {i for i in window if twelve.index(i) % 2 == 0}


def test_filters_still_apply_inside_windows(journal, twelve, monkeypatch):
    monkeypatch.setattr(listing, "RANK_WINDOW", 4)
    journal.move_to_trash(twelve[11])
    flat = [i for page in all_pages(journal, "storm", 5) for i in page]
    assert sorted(flat) == sorted(twelve[:11])
