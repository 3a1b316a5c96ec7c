"""Property: any Unicode text survives save/get unchanged and can be found again by a search."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.models.values import MAX_TITLE_CHARS, EntryFilter, EntryForm
from journal_app.services.journal import Journal

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)

# Every code point except surrogates (which a Python str can hold but UTF-8 cannot store); NUL included.
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]))
# Words made mostly of separators and rare characters, so chunking and tokenising get exercised.
TRICKY = st.text(
    st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from(list(" \t\n\r\x00\x1c\u2028\u3000\u00a0\"*-()^:é💔\ue000\ue001ǅǲẞß")),
    ),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.one_of(ANY_TEXT, TRICKY).map(lambda t: t[:MAX_TITLE_CHARS]), body=st.one_of(ANY_TEXT, TRICKY),
       data=st.data())
def test_any_text_round_trips_and_is_found(title, body, data):
    with tempfile.TemporaryDirectory() as tmp, Journal.open(f"{tmp}/journal", create=True) as journal:
        form = EntryForm(occurred_at=WHEN, title=title, body=body)
        saved = journal.save(form)
        if form.is_blank():
            assert saved is None
            assert journal.entry_count() == 0
            return
        got = journal.get(saved.id)
        assert got.title == title
        assert got.body == body

        chunks = (title + " " + body).split()
        chunks = [c for c in chunks if c.replace("\x00", "")]  # a chunk of only NULs holds no word
        if not chunks:
            return
        chunk = data.draw(st.sampled_from(chunks), label="chunk")
        rows = journal.page(EntryFilter(text=chunk)).rows
        assert [r.id for r in rows] == [saved.id], chunk
