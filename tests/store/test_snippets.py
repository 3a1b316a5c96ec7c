"""Search snippets made in Python for the page shown: the same words FTS5 matched, marked."""

from journal_app.models.values import MATCH_END, MATCH_START
from journal_app.store.snippet_queries import make_snippet, query_terms


def marked(text: str, raw: str, before: int = 60, length: int = 200) -> list[str]:
    whole, prefix = query_terms(raw)
    snip = make_snippet(text, whole, prefix, before, length)
    assert snip is not None
    return [part.split(MATCH_END)[0] for part in snip.split(MATCH_START)[1:]]


def test_whole_words_ignore_case_and_accents():
    assert marked("We met at the Café and I felt CALM.", "cafe c") == ["Café"]
    assert marked("We met at the Café and I felt CALM.", "calm cafe") == ["Café", "CALM"]


def test_the_last_word_is_a_prefix_once_it_has_two_letters():
    assert marked("He walked off; walking helps; a walkway.", "walk") == ["walked", "walking", "walkway"]
    assert query_terms("wa") == ((), "wa")
    assert query_terms("w") == (("w",), None)  # one letter: a whole word, like fts_query
    # an earlier word is whole: "walk" does not mark "walked"
    assert marked("I walked, then a walk home.", "walk home") == ["walk", "home"]


def test_no_match_in_the_body_gives_none_so_the_preview_shows():
    whole, prefix = query_terms("argument")
    assert make_snippet("Nothing about it here.", whole, prefix, 60, 200) is None


def test_the_window_starts_near_the_first_match_on_a_word_boundary_and_says_it_was_cut():
    text = " ".join(f"word{i}" for i in range(200)) + " phone call " + " ".join(f"more{i}" for i in range(200))
    whole, prefix = query_terms("phone")
    snip = make_snippet(text, whole, prefix, 60, 200)
    assert snip.startswith("…") and snip.endswith("…")
    assert f"{MATCH_START}phone{MATCH_END} call" in snip
    first = snip[1:].split()[0]
    assert first.startswith("word") and first[4:].isdigit()  # a whole word, not the tail of one
    assert len(snip) < 240


def test_underscores_and_punctuation_split_words_like_the_index():
    assert marked("my_phone (phone) phones!", "phone") == ["phone", "phone", "phones"]
