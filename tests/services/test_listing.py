"""Pages of the entry list: keyset paging, filters, full-text search and its fallbacks."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from journal_app.models.values import MATCH_END, MATCH_START, EntryFilter, EntryForm, TriggerMark

BASE = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def _ids(page):
    return [r.id for r in page.rows]


def _all_pages(journal, flt=EntryFilter(), limit=100):
    pages, cursor = [], None
    while True:
        page = journal.page(flt, cursor=cursor, limit=limit)
        pages.append(page)
        if page.next_cursor is None:
            return pages
        cursor = page.next_cursor
        assert len(pages) < 50, "paging does not end"


def test_250_entries_page_100_100_50_newest_first(journal):
    # groups of five share one occurred_at, so order inside a group comes from the id tie-break;
    # saved in a shuffled time order so ids and times disagree
    ids_by_time = {}
    order = [(i * 37) % 50 for i in range(50)]  # a permutation of 0..49
    for group in order:
        at = BASE + timedelta(hours=group)
        for k in range(5):
            saved = journal.save(EntryForm(occurred_at=at, body=f"group {group} item {k}"))
            ids_by_time.setdefault(at, []).append(saved.id)
    assert journal.entry_count() == 250

    pages = _all_pages(journal)
    assert [len(p.rows) for p in pages] == [100, 100, 50]
    rows = [r for p in pages for r in p.rows]
    keys = [(r.occurred_at, r.id) for r in rows]
    assert len({r.id for r in rows}) == 250
    assert keys == sorted(keys, reverse=True)
    assert all(a > b for a, b in itertools.pairwise(keys)), "strictly newest first"
    expected = [i for at in sorted(ids_by_time, reverse=True) for i in sorted(ids_by_time[at], reverse=True)]
    assert [r.id for r in rows] == expected


def test_page_boundary_inside_a_group_of_equal_times(journal):
    ids = [journal.save(EntryForm(occurred_at=BASE, body=f"same {i}")).id for i in range(7)]
    pages = _all_pages(journal, limit=3)
    assert [_ids(p) for p in pages] == [ids[::-1][0:3], ids[::-1][3:6], ids[::-1][6:]]


def test_exact_multiple_of_page_size_ends_with_empty_page(journal):
    for i in range(4):
        journal.save(EntryForm(occurred_at=BASE + timedelta(minutes=i), body=f"e{i}"))
    pages = _all_pages(journal, limit=2)
    assert [len(p.rows) for p in pages] == [2, 2, 0]


def test_rows_carry_preview_and_chips(journal):
    fear = journal.trigger("abandonment-fear")
    body = "first line\n" + "x" * 1000
    saved = journal.save(EntryForm(occurred_at=BASE, body=body, triggers=(TriggerMark(fear.id, 4),), shared=True))
    (row,) = journal.page().rows
    assert (row.id, row.uuid, row.occurred_at, row.shared) == (saved.id, saved.uuid, BASE, True)
    assert row.preview == body[:280]
    assert row.heading == "first line"
    assert [(c.slug, c.name, c.colour, c.intensity) for c in row.triggers] == [
        ("abandonment-fear", "Abandonment fear", "#D55E00", 4)
    ]
    assert row.snippet is None


@pytest.fixture
def tagged(journal):
    """Six entries over six days with different triggers and people."""
    fear = journal.trigger("abandonment-fear")
    withdrawal = journal.trigger("withdrawal")
    pull = journal.trigger("push-pull")
    sam = journal.add_person("Sam", "partner")
    mum = journal.add_person("Mum", "parent")
    spec = [
        # day, title, triggers, people
        (1, "harbour walk", (fear,), (sam,)),
        (2, "phone call", (withdrawal,), (mum,)),
        (3, "harbour dinner", (pull, fear), (sam, mum)),
        (4, "quiet morning", (), ()),
        (5, "harbour again", (withdrawal,), (sam,)),
        (6, "texting", (pull,), ()),
    ]
    ids = {}
    for day, title, trigs, people in spec:
        saved = journal.save(EntryForm(
            occurred_at=datetime(2026, 5, day, 9, 0),  # local time
            title=title, body=f"body of {title}",
            triggers=tuple(TriggerMark(t.id, 5) for t in trigs), person_ids=tuple(p.id for p in people),
        ))
        ids[day] = saved.id
    return journal, ids, {"fear": fear, "withdrawal": withdrawal, "pull": pull, "sam": sam, "mum": mum}


def test_filter_by_any_of_the_triggers(tagged):
    journal, ids, t = tagged
    assert _ids(journal.page(EntryFilter(trigger_ids=(t["fear"].id,)))) == [ids[3], ids[1]]
    assert _ids(journal.page(EntryFilter(trigger_ids=(t["fear"].id, t["withdrawal"].id)))) == [
        ids[5], ids[3], ids[2], ids[1]
    ]


def test_filter_by_person(tagged):
    journal, ids, t = tagged
    assert _ids(journal.page(EntryFilter(person_ids=(t["sam"].id,)))) == [ids[5], ids[3], ids[1]]
    assert _ids(journal.page(EntryFilter(person_ids=(t["mum"].id,)))) == [ids[3], ids[2]]
    assert _ids(journal.page(EntryFilter(person_ids=(t["sam"].id, t["mum"].id)))) == [ids[5], ids[3], ids[2], ids[1]]
    assert journal.people_names([ids[3], ids[4], ids[1]]) == {ids[3]: ("Mum", "Sam"), ids[1]: ("Sam",)}


def test_filter_by_date_range(tagged):
    journal, ids, _ = tagged
    assert _ids(journal.page(EntryFilter(start=date(2026, 5, 2), end=date(2026, 5, 4)))) == [ids[4], ids[3], ids[2]]
    assert _ids(journal.page(EntryFilter(start=date(2026, 5, 5)))) == [ids[6], ids[5]]
    assert _ids(journal.page(EntryFilter(end=date(2026, 5, 1)))) == [ids[1]]


def test_filters_combined_with_search(tagged):
    journal, ids, t = tagged
    assert sorted(_ids(journal.page(EntryFilter(text="harbour")))) == sorted([ids[1], ids[3], ids[5]])
    assert _ids(journal.page(EntryFilter(text="harbour", trigger_ids=(t["fear"].id,), person_ids=(t["mum"].id,)))) == [
        ids[3]
    ]
    assert _ids(journal.page(EntryFilter(text="harbour", start=date(2026, 5, 4)))) == [ids[5]]
    assert sorted(_ids(journal.page(EntryFilter(text="harbour", person_ids=(t["sam"].id,),
                                                end=date(2026, 5, 3))))) == sorted([ids[1], ids[3]])
    assert _ids(journal.page(EntryFilter(text="harbour", trigger_ids=(t["pull"].id,), start=date(2026, 5, 4)))) == []
    # the substring fallback honours filters too
    assert _ids(journal.page(EntryFilter(text="arbou", trigger_ids=(t["withdrawal"].id,)))) == [ids[5]]


def test_title_match_ranks_above_body_match(journal):
    for i in range(10):  # bm25 needs a corpus where the word is rare, or every IDF is ~0
        journal.save(EntryForm(occurred_at=BASE - timedelta(days=i + 1), title=f"Day {i}",
                               body="an ordinary day with nothing much to say about it"))
    body_only = journal.save(EntryForm(occurred_at=BASE + timedelta(days=1), title="Tuesday",
                                       body="jealous, then calmer"))
    title = journal.save(EntryForm(occurred_at=BASE, title="Feeling jealous at the party",
                                   body="we talked it through later that night, it was fine"))
    rows = journal.page(EntryFilter(text="jealous")).rows
    assert [r.id for r in rows] == [title.id, body_only.id]
    # and this order really comes from the 4:1 column weights: with equal weights it flips
    con = sqlite3.connect(journal.path)
    try:
        equal = [r[0] for r in con.execute(
            "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'jealous' ORDER BY bm25(entry_fts, 1.0, 1.0)")]
    finally:
        con.close()
    assert equal == [body_only.id, title.id]


def test_snippet_marks_the_matched_word(journal):
    journal.save(EntryForm(occurred_at=BASE, body="We argued and I felt abandoned when she left early."))
    (row,) = journal.page(EntryFilter(text="abandoned")).rows
    assert f"{MATCH_START}abandoned{MATCH_END}" in row.snippet
    assert row.snippet.count(MATCH_START) == row.snippet.count(MATCH_END) == 1


def test_prefix_search(journal):
    saved = journal.save(EntryForm(occurred_at=BASE, body="I felt abandoned again."))
    journal.save(EntryForm(occurred_at=BASE, body="Nothing relevant here."))
    (row,) = journal.page(EntryFilter(text="aband")).rows
    assert row.id == saved.id
    assert f"{MATCH_START}abandoned{MATCH_END}" in row.snippet
    (row,) = journal.page(EntryFilter(text="felt aband")).rows
    assert row.id == saved.id


def test_search_ignores_diacritics_and_case(journal):
    cafe = journal.save(EntryForm(occurred_at=BASE, title="Café", body="Wir saßen im Café über der Straße"))
    plain = journal.save(EntryForm(occurred_at=BASE, body="met at the cafe"))
    assert sorted(_ids(journal.page(EntryFilter(text="cafe")))) == sorted([cafe.id, plain.id])
    assert sorted(_ids(journal.page(EntryFilter(text="CAFÉ")))) == sorted([cafe.id, plain.id])
    assert _ids(journal.page(EntryFilter(text="über"))) == [cafe.id]
    assert _ids(journal.page(EntryFilter(text="uber"))) == [cafe.id]


@pytest.mark.parametrize("query, needle", [("💔", "💔"), ("?!", "?!"), ("💔💔", "💔💔"), ("…", "…")])
def test_emoji_and_punctuation_fall_back_to_substring(journal, query, needle):
    hit = journal.save(EntryForm(occurred_at=BASE, body=f"she said no{needle} and left"))
    journal.save(EntryForm(occurred_at=BASE, body="an ordinary day"))
    rows = journal.page(EntryFilter(text=query)).rows
    assert [r.id for r in rows] == [hit.id]
    assert f"{MATCH_START}{query}{MATCH_END}" in rows[0].snippet


def test_emoji_in_title_only_is_found(journal):
    hit = journal.save(EntryForm(occurred_at=BASE, title="🌧", body="a grey day"))
    assert _ids(journal.page(EntryFilter(text="🌧"))) == [hit.id]


NASTY_QUERIES = [
    '"', '""', '"unterminated', 'AND', 'OR', 'NOT', 'a AND', 'AND b', 'NEAR(', 'NEAR(a b', 'NEAR', '*', '**',
    '-', '-abc', 'a -b', '^', '^start', '(', ')', '()', 'title:', 'body:x', ':', '{title body}:x', '+', '\'',
    "it's", 'a"b', '\\', '%', '_', 'col:"x"*', '\x00', 'a\x00b', '\x00\x00', 'é', '\u200b', '\ue000', 'NEAR/3',
]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_query_syntax_never_raises(journal, query):
    journal.save(EntryForm(occurred_at=BASE, title="AND OR NOT", body='quotes " and stars * and -dash (paren)'))
    page = journal.page(EntryFilter(text=query))
    assert isinstance(page.rows, tuple)
    journal.page(EntryFilter(text=query, trigger_ids=(1,), start=date(2026, 1, 1)))


@pytest.mark.parametrize("query", ["(paren)", "-dash", '"', "*", "quotes \""])
def test_punctuation_queries_find_their_text(journal, query):
    hit = journal.save(EntryForm(occurred_at=BASE, body='quotes " and stars * and -dash (paren)'))
    journal.save(EntryForm(occurred_at=BASE, body="nothing to see"))
    assert _ids(journal.page(EntryFilter(text=query))) == [hit.id]


def test_search_pages_without_duplicates(journal):
    ids = set()
    for i in range(150):
        ids.add(journal.save(EntryForm(occurred_at=BASE + timedelta(minutes=i), body=f"harbour note {i}")).id)
        journal.save(EntryForm(occurred_at=BASE, body=f"unrelated {i}")) if i % 10 == 0 else None
    pages = _all_pages(journal, EntryFilter(text="harbour"))
    assert [len(p.rows) for p in pages] == [100, 50]
    seen = [r.id for p in pages for r in p.rows]
    assert len(seen) == 150 and set(seen) == ids


def test_substring_fallback_pages_without_duplicates(journal):
    ids = {journal.save(EntryForm(occurred_at=BASE + timedelta(minutes=i), body=f"{i} 💔")).id for i in range(7)}
    pages = _all_pages(journal, EntryFilter(text="💔"), limit=3)
    assert [len(p.rows) for p in pages] == [3, 3, 1]
    seen = [r.id for p in pages for r in p.rows]
    assert len(seen) == 7 and set(seen) == ids
    assert seen == sorted(seen, reverse=True)  # newest first (times grow with ids here)
