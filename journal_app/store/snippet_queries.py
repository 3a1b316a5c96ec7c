"""The highlighted snippet under a search result, made in Python for just the page shown.

FTS5's snippet() has to run the whole full-text match again to find the page's rows (on 36,500 entries a
common word made that the slowest part of a search: ~30 ms); the words of one entry are cheap to find here.
Words are matched the way the index's unicode61 tokenizer (remove_diacritics 2) matches them: whole words,
letters and digits, ignoring case and accents, the last query word as a prefix when the query made it one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from journal_app.models.values import MATCH_END, MATCH_START

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """A word as the index compares it: accents removed, case folded."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def query_terms(raw: str) -> tuple[tuple[str, ...], str | None]:
    """(whole words, prefix word or None) from what the person typed, as listing.fts_query reads it."""
    words = [fold(m) for w in raw.replace("\x00", " ").split() for m in _WORD.findall(w)]
    if not words:
        return (), None
    typed_last = raw.split()[-1] if raw.split() else ""
    if len(typed_last) > 1:  # fts_query makes the last word a prefix once it has two letters
        return tuple(words[:-1]), words[-1]
    return tuple(words), None


def make_snippet(text: str, whole: tuple[str, ...], prefix: str | None, before: int, length: int) -> str | None:
    """About `length` characters of `text` around its first matching word, every matching word in it wrapped
    in the match markers; None when no word of the text matches (a title-only match shows the preview)."""
    first = _first_hit(text, whole, prefix)
    if first is None:
        return None
    start = max(0, first - before)
    if start > 0:  # start on a word boundary, not in the middle of one
        space = text.find(" ", start - 1, first)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + length)
    window = text[start:end + 40]  # a little beyond, so a word cut at the end is still whole
    out, pos = [], 0
    for m in _WORD.finditer(window):
        if start + m.start() >= end:
            break
        if _matches(fold(m.group()), whole, prefix):
            out += [window[pos:m.start()], MATCH_START, m.group(), MATCH_END]
            pos = m.end()
    cut = max(end - start, pos)
    out.append(window[pos:cut])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if start + cut < len(text) else "")


def _first_hit(text: str, whole: tuple[str, ...], prefix: str | None) -> int | None:
    """Where the first matching word starts. A quick case-insensitive search finds the candidates; each is
    checked the way the index compares words. Text whose matching words differ by accents from the query
    (café for cafe) is not found that way, so when it finds nothing every word is looked at."""
    quick = _quick_pattern(whole, prefix)
    for m in quick.finditer(text):
        word = _WORD.match(text, m.start())
        if word and _matches(fold(word.group()), whole, prefix):
            return m.start()
    if text.isascii() and all(w.isascii() for w in whole) and (prefix is None or prefix.isascii()):
        return None  # nothing an accent could hide
    for m in _WORD.finditer(text):
        if _matches(fold(m.group()), whole, prefix):
            return m.start()
    return None


@lru_cache(maxsize=256)
def _quick_pattern(whole: tuple[str, ...], prefix: str | None) -> re.Pattern[str]:
    words = [re.escape(w) for w in whole] + ([re.escape(prefix)] if prefix else [])
    return re.compile(r"(?<![^\W_])(?:" + "|".join(words) + ")", re.IGNORECASE)


def _matches(word: str, whole: tuple[str, ...], prefix: str | None) -> bool:
    return word in whole or (prefix is not None and word.startswith(prefix))
