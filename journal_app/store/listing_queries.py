"""Pages of entry rows for the list: browse (keyset on time), full-text search (FTS5, bm25-ranked, with
highlighted snippets) and a substring fallback for text FTS cannot tokenise (emoji, symbols).

The window's list is counted: `count_rows` says how many rows a filter lists, and `fetch_page_at` reads the
page that starts at any position, so jumping to the end reads one page, not every page before it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from journal_app.models.types import from_utc_text, utc_text
from journal_app.models.values import (
    MATCH_END,
    MATCH_START,
    EntryFilter,
    EntryRow,
    Page,
    PageCursor,
    SearchCursor,
)
from journal_app.store import snippet_queries as snippets
from journal_app.store import sql
from journal_app.store.entry_queries import chips_for
from journal_app.store.sql import Conn

PREVIEW_CHARS = 280
# Previews and substring snippets are cut from the body as bytes: SQLite's substr() on text stops at a NUL
# (an entry starting with one would list as empty), on a blob it does not. UTF-8 takes at most 4 bytes a
# character; the text is decoded and cut to characters in Python.
PREVIEW_BYTES = PREVIEW_CHARS * 4
SNIPPET_BEFORE, SNIPPET_CHARS = 60, 200
RANK_WINDOW = 2000  # matches ranked together (see _search_fts)
SNIPPET_SCAN_BYTES = 256 * 1024  # a match further into a very long entry shows the preview instead
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def fts_query(raw: str) -> str | None:
    """User words as quoted FTS5 phrases (so no character is an operator), the last one as a prefix
    (as you type) once it has two letters: a one-letter prefix matches nearly every entry."""
    words = raw.replace("\x00", " ").split()
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    if len(words[-1]) > 1:
        phrases[-1] += "*"
    return " ".join(phrases)


def _utf8(blob: bytes | None) -> str:
    """Text from bytes cut out of a UTF-8 body; a character the cut split at either end is dropped."""
    return bytes(blob or b"").decode("utf-8", "ignore")


def _ascii_lower(value: str) -> str:
    """Lower-case the way SQLite's lower() does (ASCII only), so positions line up."""
    return value.translate(_ASCII_LOWER)


Params = dict[str, object]


def _conditions(flt: EntryFilter, lo: datetime | None, hi: datetime | None, params: Params) -> list[str]:
    # "id IN (subquery)", not "EXISTS (...)": SQLite 3.51.1's EXISTS-to-join rewrite returns an entry
    # twice when it matches two of the chosen ids (tests/services/test_listing.py catches it).
    conds = ["e.deleted_at IS NOT NULL" if flt.trashed else "e.deleted_at IS NULL"]
    if lo is not None:
        conds.append("e.occurred_at >= :lo")
        params["lo"] = utc_text(lo)
    if hi is not None:
        conds.append("e.occurred_at < :hi")
        params["hi"] = utc_text(hi)
    if flt.trigger_ids:
        conds.append(
            "e.id IN (SELECT et.entry_id FROM entry_trigger et WHERE et.trigger_id IN :tids)"
        )
        params["tids"] = list(flt.trigger_ids)
    if flt.person_ids:
        conds.append(
            "e.id IN (SELECT ep.entry_id FROM entry_person ep WHERE ep.person_id IN :pids)"
        )
        params["pids"] = list(flt.person_ids)
    if flt.entry_ids:
        conds.append("e.id IN :eids")
        params["eids"] = list(flt.entry_ids)
    return conds


def _run(conn: Conn, statement: str, params: Params) -> Sequence[Any]:
    return sql.run(conn, statement, params).all()


_ROW_COLUMNS = (
    "e.id AS id, e.uuid AS uuid, e.occurred_at AS occurred_at, e.title AS title, "
    "substr(CAST(e.body AS BLOB), 1, :preview) AS preview, e.shared AS shared, e.deleted_at AS deleted_at"
)


def _rows(conn: Conn, raw_rows: Sequence[Any], snippets: Sequence[str | None]) -> tuple[EntryRow, ...]:
    chips = chips_for(conn, [r.id for r in raw_rows])
    return tuple(
        EntryRow(
            id=r.id, uuid=r.uuid, occurred_at=from_utc_text(r.occurred_at), title=r.title,
            preview=_utf8(r.preview)[:PREVIEW_CHARS],
            shared=bool(r.shared), deleted_at=from_utc_text(r.deleted_at) if r.deleted_at else None,
            triggers=chips.get(r.id, ()), snippet=snip,
        )
        for r, snip in zip(raw_rows, snippets)
    )


def fetch_page(
    conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, cursor: PageCursor, limit: int
) -> Page:
    """The page after `cursor` (None: the first), and the cursor of the page after it (see PageCursor)."""
    if flt.is_search and fts_query(flt.text) is not None:  # text of only NULs has no words: browse
        search = cursor if isinstance(cursor, tuple) else None
        mode = search[0] if search else "fts"
        if mode == "fts":
            page = _search_fts(conn, flt, lo, hi, search, limit)
            if page.rows or search:
                return page
        return _search_substring(conn, flt, lo, hi, search[1] if search else 0, limit)
    if flt.trashed:
        return _trash(conn, flt, lo, hi, cursor if isinstance(cursor, int) else 0, limit)
    return _browse(conn, flt, lo, hi, cursor if isinstance(cursor, tuple) and len(cursor) == 2 else None, limit)


def count_rows(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None) -> int:
    """How many rows the list has for `flt`: as many as its pages hold, read one after another."""
    query = fts_query(flt.text) if flt.is_search else None
    if query is not None:
        found = _count_fts(conn, flt, lo, hi, query)
        if found:
            return found
    params: Params = {}
    conds = _conditions(flt, lo, hi, params)
    if flt.is_search:  # no full-text match: the substring fallback lists what contains the words
        conds += _substring_conditions(flt, params)
    return int(sql.run(conn, f"SELECT count(*) FROM entry e WHERE {' AND '.join(conds)}", params).scalar_one())


def _count_fts(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, query: str) -> int:
    """Full-text matches the list keeps. Words alone: the index counts its matches (it walks only its own
    lists), less those in the Trash (looked up one by one: the Trash is small); with a filter beside the
    words, every match is joined to its entry."""
    if flt.trigger_ids or flt.person_ids or flt.entry_ids or lo is not None or hi is not None or flt.trashed:
        params: Params = {"q": query}
        conds = _conditions(flt, lo, hi, params)
        return int(sql.run(
            conn,
            "SELECT count(*) FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid "
            f"WHERE entry_fts MATCH :q AND {' AND '.join(conds)}",
            params,
        ).scalar_one())
    matches = sql.run(conn, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH :q", {"q": query}).scalar_one()
    if not matches:
        return 0
    trashed = sql.run(
        conn,
        "SELECT count(*) FROM entry e CROSS JOIN entry_fts ON entry_fts.rowid = e.id "
        "WHERE e.deleted_at IS NOT NULL AND entry_fts MATCH :q",
        {"q": query},
    ).scalar_one()
    return int(matches) - int(trashed)


def fetch_page_at(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, position: int,
                  limit: int, total: int | None = None) -> Page:
    """The page of rows `position` to `position + limit` (the same rows as paging there one page after another),
    and the cursor of the page after it. `total` (the list's count, when known) lets a browse near the end
    count from the end."""
    if position <= 0:
        return fetch_page(conn, flt, lo, hi, None, limit)
    query = fts_query(flt.text) if flt.is_search else None
    if query is not None:
        place = _fts_place(conn, flt, lo, hi, query, position)
        if place == "none":  # no full-text match is listed: the substring fallback's pages
            return fetch_page(conn, flt, lo, hi, ("substring", position), limit)
        return fetch_page(conn, flt, lo, hi, place, limit) if isinstance(place, tuple) else Page((), None)
    if flt.trashed:
        return fetch_page(conn, flt, lo, hi, position, limit)
    key = _browse_key(conn, flt, lo, hi, position - 1, total)
    return Page((), None) if key is None else fetch_page(conn, flt, lo, hi, key, limit)


def _browse_key(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, row: int,
                total: int | None) -> tuple[str, int] | None:
    """The keyset cursor (occurred_at, id) of the row at `row`, newest first: the index is walked from the
    nearer end (it holds both columns, so no entry is read on the way)."""
    params: Params = {}
    conds = _conditions(flt, lo, hi, params)
    order, params["skip"] = ("DESC", row)
    if total is not None and row > total // 2:
        order, params["skip"] = "ASC", max(total - 1 - row, 0)
    found = sql.run(
        conn,
        f"SELECT e.occurred_at AS occurred_at, e.id AS id FROM entry e WHERE {' AND '.join(conds)} "
        f"ORDER BY e.occurred_at {order}, e.id {order} LIMIT 1 OFFSET :skip",
        params,
    ).first()
    return None if found is None else (found.occurred_at, int(found.id))


def _fts_place(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, query: str,
               position: int) -> SearchCursor | str:
    """The search cursor of the kept match at `position` (see _search_fts): the ranking windows are walked
    from the newest, counting what each keeps. "end" when the matches end before it, "none" when no match is
    kept at all (the substring fallback lists instead)."""
    if not (flt.trigger_ids or flt.person_ids or flt.entry_ids or lo is not None or hi is not None
            or flt.trashed):
        return _fts_place_words(conn, query, position)
    left, ceiling, kept_any = position, None, False
    while True:
        kept, floor = _window_kept(conn, flt, lo, hi, query, ceiling)
        kept_any = kept_any or kept > 0
        if left < kept:
            return ("fts", left, ceiling)
        left -= kept
        if floor is None:
            return "end" if kept_any else "none"
        ceiling = floor


def _fts_place_words(conn: Conn, query: str, position: int) -> SearchCursor | str:
    """_fts_place for words alone, without joining a match to its entry: a window keeps all its matches but
    those in the Trash (as _count_fts counts them). The window is found from the position (it is no earlier
    than position // RANK_WINDOW, as the Trash only takes matches away): one walk of the index to it, and on
    while the Trash's matches push the position further."""
    matches = int(sql.run(conn, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH :q", {"q": query}).scalar_one())
    trashed = [int(r.id) for r in _run(
        conn,
        "SELECT e.id AS id FROM entry e CROSS JOIN entry_fts ON entry_fts.rowid = e.id "
        "WHERE e.deleted_at IS NOT NULL AND entry_fts MATCH :q",
        {"q": query},
    )]
    if matches <= len(trashed):
        return "none"
    window = min(position // RANK_WINDOW, (matches - 1) // RANK_WINDOW)
    while True:
        ids = [int(r.id) for r in _run(
            conn,
            "SELECT rowid AS id FROM entry_fts WHERE entry_fts MATCH :q ORDER BY rowid DESC LIMIT :take OFFSET :skip",
            {"q": query, "take": RANK_WINDOW + 1, "skip": window * RANK_WINDOW},
        )]
        top, below = ids[0], ids[RANK_WINDOW] if len(ids) > RANK_WINDOW else None  # below: the next window's
        before = window * RANK_WINDOW - sum(1 for t in trashed if t > top)  # kept in the windows before
        kept = min(len(ids), RANK_WINDOW) - sum(1 for t in trashed if t <= top and (below is None or t > below))
        if position < before + kept:
            return ("fts", position - before, None if window == 0 else top)
        if below is None:
            return "end"
        window += 1


def _window_kept(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, query: str,
                 ceiling: int | None) -> tuple[int, int | None]:
    """How many matches the window of RANK_WINDOW matches ending at `ceiling` keeps, and the rowid just
    below it (None at the oldest match), as _rank_window counts them, without ranking."""
    params: Params = {"q": query, "take": RANK_WINDOW + 1, "size": RANK_WINDOW}
    keep = " AND ".join(["e.id IS NOT NULL", *_conditions(flt, lo, hi, params)])
    below = ""
    if ceiling is not None:
        below, params["ceiling"] = " AND entry_fts.rowid <= :ceiling", ceiling
    row = sql.run(
        conn,
        "WITH w AS MATERIALIZED (SELECT entry_fts.rowid AS id, "
        f"CASE WHEN {keep} THEN 1 ELSE 0 END AS keep "
        f"FROM entry_fts LEFT JOIN entry e ON e.id = entry_fts.rowid WHERE entry_fts MATCH :q{below} "
        "ORDER BY entry_fts.rowid DESC LIMIT :take), "
        "f AS (SELECT CASE WHEN count(*) > :size THEN min(id) END AS floor FROM w) "
        "SELECT coalesce(sum(w.keep), 0) AS kept, f.floor AS floor FROM w, f "
        "WHERE f.floor IS NULL OR w.id > f.floor",
        params,
    ).one()
    return int(row.kept), None if row.floor is None else int(row.floor)


def _browse(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None,
            cursor: tuple[str, int] | None, limit: int) -> Page:
    params: Params = {"preview": PREVIEW_BYTES, "limit": limit}
    conds = _conditions(flt, lo, hi, params)
    if cursor:
        conds.append("(e.occurred_at, e.id) < (:c_at, :c_id)")
        params["c_at"], params["c_id"] = cursor
    rows = _run(
        conn,
        f"SELECT {_ROW_COLUMNS} FROM entry e WHERE {' AND '.join(conds)} "
        "ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit",
        params,
    )
    nxt = (rows[-1].occurred_at, rows[-1].id) if len(rows) == limit else None
    return Page(_rows(conn, rows, [None] * len(rows)), nxt)


def _trash(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, offset: int,
           limit: int) -> Page:
    params: Params = {"preview": PREVIEW_BYTES, "limit": limit, "offset": offset}
    conds = _conditions(flt, lo, hi, params)
    rows = _run(
        conn,
        f"SELECT {_ROW_COLUMNS} FROM entry e WHERE {' AND '.join(conds)} "
        "ORDER BY e.deleted_at DESC, e.id DESC LIMIT :limit OFFSET :offset",
        params,
    )
    nxt = offset + limit if len(rows) == limit else None
    return Page(_rows(conn, rows, [None] * len(rows)), nxt)


def _search_fts(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None,
                cursor: SearchCursor | None, limit: int) -> Page:
    """Rank first (ids only), then build snippets for just this page: snippet() on every match would cost
    far more than the ranking itself on a big journal.

    Ranking computes bm25 for every match, so a common word on a very big journal costs tens of milliseconds.
    Matches are therefore ranked in windows of RANK_WINDOW, newest written first: best matches among the
    newest 2,000 matches, then among the 2,000 before them, and so on (with fewer matches, simply all of them
    best first). The cursor is ("fts", offset in the window, the window's highest rowid or None)."""
    query = fts_query(flt.text) or ""  # fetch_page searches only text with words
    offset, ceiling = (cursor[1], cursor[2] if len(cursor) > 2 else None) if cursor else (0, None)
    ranked: list[int] = []
    nxt: SearchCursor | None = None
    while True:
        wanted = limit - len(ranked)
        got, floor = _rank_window(conn, flt, lo, hi, query, ceiling, offset, wanted)
        ranked += got
        if len(got) == wanted:
            nxt = ("fts", offset + wanted, ceiling)
            break
        if floor is None:  # the oldest window: no more matches
            break
        offset, ceiling = 0, floor  # on into the next older window
    if not ranked:
        return Page((), None)
    detail = {
        r.id: r
        for r in _run(
            conn,
            f"SELECT {_ROW_COLUMNS}, substr(CAST(e.body AS BLOB), 1, :scan) AS scanned FROM entry e "
            "WHERE e.id IN :ids",
            {"ids": ranked, "preview": PREVIEW_BYTES, "scan": SNIPPET_SCAN_BYTES},
        )
    }
    rows = [detail[i] for i in ranked if i in detail]
    # the snippet from the body; a title-only match has none: the usual preview shows instead
    whole, prefix = snippets.query_terms(flt.text)
    marked = [snippets.make_snippet(_utf8(r.scanned), whole, prefix, SNIPPET_BEFORE, SNIPPET_CHARS) for r in rows]
    return Page(_rows(conn, rows, marked), nxt)


def _rank_window(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, query: str,
                 ceiling: int | None, offset: int, limit: int) -> tuple[list[int], int | None]:
    """Ids `offset` to `offset + limit` of the window of RANK_WINDOW matches ending at `ceiling` (None: the
    newest), best first, and the rowid just below the window (None when it reaches the oldest match).

    One pass over the index: FTS5 walks it in rowid order, newest first, and stops after RANK_WINDOW + 1
    rows, so bm25 is computed for the window only. Every match counts towards the window, kept by the
    filter or not, so windows do not move with the filter."""
    params: Params = {"q": query, "take": RANK_WINDOW + 1, "size": RANK_WINDOW, "offset": offset,
                      "limit": limit}
    keep = " AND ".join(["e.id IS NOT NULL", *_conditions(flt, lo, hi, params)])
    below = ""
    if ceiling is not None:
        below, params["ceiling"] = " AND entry_fts.rowid <= :ceiling", ceiling
    rows = _run(
        conn,
        # LEFT JOIN: the index drives (left to itself SQLite 3.51 walks every entry and runs the full-text
        # match once per entry), and a match counts even without its entry row
        "WITH w AS MATERIALIZED (SELECT entry_fts.rowid AS id, bm25(entry_fts, 4.0, 1.0) AS score, "
        f"e.occurred_at AS occurred_at, CASE WHEN {keep} THEN 1 ELSE 0 END AS keep "
        f"FROM entry_fts LEFT JOIN entry e ON e.id = entry_fts.rowid WHERE entry_fts MATCH :q{below} "
        "ORDER BY entry_fts.rowid DESC LIMIT :take), "
        "f AS (SELECT CASE WHEN count(*) > :size THEN min(id) END AS floor FROM w) "
        "SELECT w.id AS id, f.floor AS floor FROM w, f WHERE w.keep AND (f.floor IS NULL OR w.id > f.floor) "
        "ORDER BY w.score, w.occurred_at DESC, w.id DESC LIMIT :limit OFFSET :offset",
        params,
    )
    # an empty page carries no floor: then walk the index for it alone (the end of a window, or a filter
    # keeping none of it)
    floor = rows[0].floor if rows else _window_floor(conn, query, ceiling)
    return [int(r.id) for r in rows], None if floor is None else int(floor)


def _window_floor(conn: Conn, query: str, ceiling: int | None) -> int | None:
    """The rowid just below the window of RANK_WINDOW matches ending at `ceiling` (None: the newest); None
    when the window reaches the oldest match. FTS5 walks its index in rowid order for this: no ranking."""
    params: Params = {"q": query, "skip": RANK_WINDOW}
    below = ""
    if ceiling is not None:
        below, params["ceiling"] = " AND rowid <= :ceiling", ceiling
    row = sql.run(
        conn, (f"SELECT rowid AS id FROM entry_fts WHERE entry_fts MATCH :q{below} ORDER BY rowid DESC LIMIT 1 "
             "OFFSET :skip"),
        params,
    ).first()
    return int(row.id) if row else None


def _search_substring(conn: Conn, flt: EntryFilter, lo: datetime | None, hi: datetime | None, offset: int,
                      limit: int) -> Page:
    words = _words(flt)
    params: Params = {"preview": PREVIEW_BYTES, "limit": limit, "offset": offset}
    conds = _conditions(flt, lo, hi, params) + _substring_conditions(flt, params)
    params["before"], params["window"] = SNIPPET_BEFORE * 4, SNIPPET_CHARS * 4
    rows = _run(
        conn,
        # byte positions (lower() folds ASCII only, so they line up with the body's)
        f"SELECT {_ROW_COLUMNS}, substr(CAST(e.body AS BLOB), "
        "max(1, instr(CAST(lower(e.body) AS BLOB), CAST(:w0 AS BLOB)) - :before), :window) AS around "
        f"FROM entry e WHERE {' AND '.join(conds)} ORDER BY e.occurred_at DESC, e.id DESC "
        "LIMIT :limit OFFSET :offset",
        params,
    )
    snippets = [_mark(_around(_utf8(r.around), words[0]), words) if r.around else None for r in rows]
    nxt: SearchCursor | None = ("substring", offset + limit) if len(rows) == limit else None
    return Page(_rows(conn, rows, snippets), nxt)


def _words(flt: EntryFilter) -> list[str]:
    return [_ascii_lower(w) for w in flt.text.replace("\x00", " ").split()]


def _substring_conditions(flt: EntryFilter, params: Params) -> list[str]:
    """Each word in the title or the body (ASCII case-insensitive); sets :w0, :w1, …"""
    conds = []
    for i, word in enumerate(_words(flt)):
        params[f"w{i}"] = word
        conds.append(f"(instr(lower(e.title), :w{i}) > 0 OR instr(lower(e.body), :w{i}) > 0)")
    return conds


def _around(text: str, word: str) -> str:
    """SNIPPET_CHARS characters of `text`, starting SNIPPET_BEFORE before the first match of `word`."""
    at = _ascii_lower(text).find(word)
    start = max(0, at - SNIPPET_BEFORE) if at >= 0 else 0
    return text[start:start + SNIPPET_CHARS]


def _mark(snippet: str, words: list[str]) -> str:
    """Wrap each occurrence of the words in match markers (ASCII case-insensitive, like the query)."""
    lowered = _ascii_lower(snippet)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = lowered.find(word)
        while start != -1 and word:
            spans.append((start, start + len(word)))
            start = lowered.find(word, start + len(word))
    if not spans:
        return snippet
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[str] = []
    pos = 0
    for s, e in merged:
        out += [snippet[pos:s], MATCH_START, snippet[s:e], MATCH_END]
        pos = e
    out.append(snippet[pos:])
    return "".join(out)
