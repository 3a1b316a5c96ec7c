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
    hits = [m for m in _WORD.finditer(text) if _matches(fold(m.group()), whole, prefix)]
    if not hits:
        return None
    start = max(0, hits[0].start() - before)
    # start and end on a word boundary, not in the middle of one
    if start > 0:
        space = text.find(" ", start - 1, hits[0].start())
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + length)
    out, pos = [], start
    for m in hits:
        if m.start() >= end:
            break
        out += [text[pos:m.start()], MATCH_START, text[m.start():m.end()], MATCH_END]
        pos = m.end()
    out.append(text[pos:max(end, pos)])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if max(end, pos) < len(text) else "")


def _matches(word: str, whole: tuple[str, ...], prefix: str | None) -> bool:
    return word in whole or (prefix is not None and word.startswith(prefix))
