"""Big and odd input, end to end through the Journal service: save, get, list, search, trash, and the
full-text index checked after each change.

What the journal does with it (decided here, and kept by these tests):
- A body up to MAX_BODY_CHARS (1,000,000 characters) is stored exactly; a longer one is refused with a
  message that says so and that nothing was cut. Never truncated.
- NUL and every other control character (C0, DEL, C1, line and paragraph separators, BOM, bidi controls,
  zero-width characters, noncharacters) are ordinary text: stored and returned exactly, the list preview is
  exactly the first 280 characters, and the words on either side can be searched. A search for text with a
  NUL in it searches for the words around it.
- A lone surrogate (which a Python str can hold but UTF-8 cannot) is refused with InvalidInput naming the
  field and position; nothing is saved and an existing entry stays as it was.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.models import limits
from journal_app.models.values import MAX_BODY_CHARS, MAX_TITLE_CHARS, EntryFilter, EntryForm, TriggerMark
from journal_app.services.journal import Journal
from journal_app.store import session
from journal_app.store.listing_queries import PREVIEW_CHARS

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)
CONTROLS = "".join(chr(c) for c in range(0x01, 0x20)) + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
ODD = (
    CONTROLS
    + "\u2028\u2029\ufeff\u202e\u202d\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\u00ad"
    + "\ufffe\uffff\ue000\U0010ffff\U000e0001\u0301\r\n\r"
)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fts_consistent(journal: Journal) -> None:
    """FTS5's own checks: the index is well formed, and (rank = 1) it matches the entry table exactly,
    so a value indexed one way and deleted another (say, cut at a NUL) would be caught."""
    with session.write(journal._db.engine) as conn:
        conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts) VALUES('integrity-check')")
        conn.exec_driver_sql("INSERT INTO entry_fts(entry_fts, rank) VALUES('integrity-check', 1)")


def found(journal: Journal, text: str) -> list[int]:
    return [r.id for r in journal.page(EntryFilter(text=text)).rows]


def assert_exact(journal: Journal, entry_id: int, title: str, body: str) -> None:
    got = journal.get(entry_id)
    assert got.title == title, "title changed"
    assert len(got.body) == len(body) and sha(got.body) == sha(body), "body changed"
    assert got.body == body


# -- big -----------------------------------------------------------------------------------------------------
def longest_entry() -> str:
    """MAX_BODY_CHARS characters exactly (more than 1 MB as UTF-8), with two words to search for."""
    paragraph = "Today the old fear came back when the message went unanswered. 💔 Ich wartete; 我等了。\n"
    end = " harbourmaster at the very end"
    text = (paragraph * (MAX_BODY_CHARS // len(paragraph) + 1))[:MAX_BODY_CHARS - len(end) - 18]
    return text[:400_000] + " lighthousekeeper " + text[400_000:] + end


def test_longest_entry_saves_loads_and_is_found(data_dir):
    body = longest_entry()
    assert len(body) == MAX_BODY_CHARS and len(body.encode("utf-8")) > 1024 * 1024
    title = "A long night " + "🌊" * 50
    with Journal.open(data_dir, create=True) as journal:
        withdrawal = journal.trigger("withdrawal").id
        marks = (TriggerMark(withdrawal, 7),)
        saved = journal.save(EntryForm(occurred_at=WHEN, title=title, body=body, triggers=marks))
        assert sha(saved.body) == sha(body)
        assert_exact(journal, saved.id, title, body)
        assert found(journal, "lighthousekeeper") == [saved.id]
        assert found(journal, "harbourmaster") == [saved.id]
        (row,) = journal.page().rows
        assert row.preview == body[:PREVIEW_CHARS]
        fts_consistent(journal)

        edited = body[:-4] + "end!"  # one character changed at the very end
        journal.save(EntryForm(id=saved.id, occurred_at=WHEN, title=title, body=edited))
        assert_exact(journal, saved.id, title, edited)
        assert found(journal, "harbourmaster") == [saved.id]
        fts_consistent(journal)
    with Journal.open(data_dir) as journal:  # and again from the file
        assert_exact(journal, saved.id, title, edited)


def test_body_above_the_limit_is_refused_never_cut(journal):
    kept = journal.save(EntryForm(occurred_at=WHEN, title="kept", body="as it was"))
    too_long = "x" * (MAX_BODY_CHARS + 1)
    for form in (EntryForm(occurred_at=WHEN, body=too_long),
                 EntryForm(id=kept.id, occurred_at=WHEN, title="kept", body=too_long)):
        with pytest.raises(InvalidInput) as caught:
            journal.save(form)
        message = str(caught.value)
        assert f"{MAX_BODY_CHARS:,}" in message and "nothing was cut" in message, message
    assert journal.entry_count() == 1
    assert_exact(journal, kept.id, "kept", "as it was")
    with pytest.raises(InvalidInput, match=str(MAX_TITLE_CHARS)):
        journal.save(EntryForm(occurred_at=WHEN, title="t" * (MAX_TITLE_CHARS + 1), body="b"))
    assert_exact(journal, journal.save(EntryForm(occurred_at=WHEN, title="t" * MAX_TITLE_CHARS)).id,
                 "t" * MAX_TITLE_CHARS, "")


def test_the_limit_is_exact(journal, monkeypatch):
    # The same check with a small limit, so the boundary costs nothing to test: at the limit saved whole,
    # one character more refused. Characters are code points: emoji count one each.
    monkeypatch.setattr(limits, "MAX_BODY_CHARS", 1_000)
    at_limit = "💔" * 1_000
    saved = journal.save(EntryForm(occurred_at=WHEN, body=at_limit))
    assert_exact(journal, saved.id, "", at_limit)
    with pytest.raises(InvalidInput, match="nothing was cut"):
        journal.save(EntryForm(occurred_at=WHEN, body=at_limit + "x"))
    assert journal.entry_count() == 1


# -- NUL -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("nul\x00title", "before\x00afterword tail\x00"),
        ("", "\x00starts with a NUL and the list still shows it"),
        ("\x00", "\x00\x00 only NULs before lighthouse"),
    ],
)
def test_nul_is_kept_and_searchable(journal, title, body):
    other = journal.save(EntryForm(occurred_at=WHEN, title="other", body="unrelated words"))
    saved = journal.save(EntryForm(occurred_at=WHEN, title=title, body=body))
    assert_exact(journal, saved.id, title, body)
    row = next(r for r in journal.page().rows if r.id == saved.id)
    assert row.preview == body[:PREVIEW_CHARS] and row.title == title
    for chunk in body.replace("\x00", " ").split():
        assert saved.id in found(journal, chunk), chunk
    if "before\x00afterword" in body:
        assert found(journal, "before\x00afterword") == [saved.id]  # the words on either side of the NUL
    # a search of only NULs has no words: it lists everything, like an empty search
    assert sorted(found(journal, "\x00")) == sorted([other.id, saved.id])
    fts_consistent(journal)

    journal.save(EntryForm(id=saved.id, occurred_at=WHEN, title=title, body=body.replace("\x00", "\x00\x00")))
    assert_exact(journal, saved.id, title, body.replace("\x00", "\x00\x00"))
    fts_consistent(journal)
    journal.move_to_trash(saved.id)
    assert journal.empty_trash() == 1
    fts_consistent(journal)
    assert journal.entry_count() == 1


def test_nul_next_to_text_only_the_substring_search_finds(journal):
    # an emoji is no word for the full-text index; the substring fallback finds it past a NUL
    saved = journal.save(EntryForm(occurred_at=WHEN, title="t", body="first\x00second 💔 third"))
    (row,) = journal.page(EntryFilter(text="💔")).rows
    assert row.id == saved.id
    assert "💔" in (row.snippet or ""), row.snippet
    assert row.preview == "first\x00second 💔 third"


# -- control and other odd characters ------------------------------------------------------------------------
def test_control_and_format_characters_round_trip(journal):
    title = "odd " + ODD[:40]
    body = f"start {ODD} middle\r\nline two\rline three {ODD} finish"
    saved = journal.save(EntryForm(occurred_at=WHEN, title=title, body=body))
    assert_exact(journal, saved.id, title, body)
    (row,) = journal.page().rows
    assert row.preview == body[:PREVIEW_CHARS]
    for word in ("start", "middle", "two", "three", "finish"):
        assert found(journal, word) == [saved.id], word
    fts_consistent(journal)
    journal.save(EntryForm(id=saved.id, occurred_at=WHEN, title=title, body=body[::-1]))
    assert_exact(journal, saved.id, title, body[::-1])
    fts_consistent(journal)
    journal.move_to_trash(saved.id)
    journal.empty_trash()
    fts_consistent(journal)


@pytest.mark.parametrize("char", list(ODD), ids=lambda c: f"U+{ord(c):04X}")
def test_each_odd_character_alone(journal, char):
    saved = journal.save(EntryForm(occurred_at=WHEN, title=char, body=char * 3 + "word" + char))
    assert_exact(journal, saved.id, char, char * 3 + "word" + char)
    assert found(journal, "word") == [saved.id]
    fts_consistent(journal)


# -- lone surrogates -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["title", "body"])
@pytest.mark.parametrize(
    "broken", ["\ud800", "\udfff", "\udce9", "\ud83d\udc94"], ids=["D800", "DFFF", "DCE9", "pair"]
)
def test_lone_surrogates_are_refused_clearly(journal, where, broken):
    """A surrogate cannot be stored as UTF-8: refused with a clear InvalidInput (never a UnicodeEncodeError,
    which the editor would not catch), nothing saved, an existing entry unchanged. Even a well-formed
    UTF-16 pair as two code points is refused: a Python str holds the character itself (💔), not halves."""
    kept = journal.save(EntryForm(occurred_at=WHEN, title="kept", body="as it was 💔"))
    text = "café " + broken + " au lait"
    forms = [
        EntryForm(occurred_at=WHEN, **{"title": "t", "body": "b", where: text}),
        EntryForm(id=kept.id, occurred_at=WHEN, **{"title": "kept", "body": "as it was 💔", where: text}),
    ]
    for form in forms:
        with pytest.raises(InvalidInput) as caught:
            journal.save(form)
        message = str(caught.value)
        assert f"U+{ord(broken[0]):04X}" in message and "character 6" in message, message
        assert ("title" if where == "title" else "text") in message, message
        assert "nothing was saved" in message, message
    assert journal.entry_count() == 1
    assert_exact(journal, kept.id, "kept", "as it was 💔")
    fts_consistent(journal)


def test_validate_alone_refuses_a_surrogate(journal):
    with pytest.raises(InvalidInput, match="broken character"):
        journal.validate(EntryForm(occurred_at=WHEN, body="x" * 10 + "\udc80"))


def test_names_with_a_broken_character_are_refused_clearly(journal):
    from journal_app.core.errors import InvalidInput

    for add in (journal.add_person, journal.add_trigger):
        with pytest.raises(InvalidInput, match="broken character"):
            add("Sa\ud800m")
    assert journal.add_person("Sa\x00m").name == "Sam"
