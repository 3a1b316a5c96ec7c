"""Guarantee 8: any passphrase works exactly as typed: quotes, backslashes, emoji, spaces at either end,
200 characters."""

from __future__ import annotations

import pytest

from journal_app.core.errors import WrongPassphrase
from journal_app.services import security
from journal_app.services.journal import Journal

from .conftest import make_entries, read_entries

AWKWARD = {
    "quotes": """it's "quoted" ''' and \"\"\" ; PRAGMA rekey='x'; --""",
    "backslashes": "C:\\Users\\me\\\\n\\' back\\slash \\x00notnul",
    "emoji": "🔐🦊 heart ❤️‍🔥 family 👩‍👩‍👧 flag 🏳️‍🌈",
    "spaces": "  leading and trailing spaces  ",
    "long": ("correct horse battery staple ✓ " * 7)[:200],
}
PAIRS = [("quotes", "emoji"), ("backslashes", "spaces"), ("long", "quotes"), ("spaces", "backslashes")]


def test_the_long_one_is_200_characters():
    assert len(AWKWARD["long"]) == 200
    assert AWKWARD["spaces"] != AWKWARD["spaces"].strip()


@pytest.mark.parametrize(("first", "second"), PAIRS, ids=[f"{a}-then-{b}" for a, b in PAIRS])
def test_init_reopen_change_reopen(data_dir, first, second):
    one, two = AWKWARD[first], AWKWARD[second]
    with Journal.init(data_dir, passphrase=one) as journal:
        saved = make_entries(journal, 3)
    with Journal.open(data_dir, passphrase=one) as journal:
        assert journal.entry_count() == 3
        security.change_passphrase(journal, two)
    with pytest.raises(WrongPassphrase):
        Journal.open(data_dir, passphrase=one)
    with Journal.open(data_dir, passphrase=two) as journal:
        assert {i: journal.get(i).body for i in saved} == saved
    assert read_entries(data_dir / "journal.db", two) == saved


@pytest.mark.parametrize("name", ["spaces", "quotes", "emoji"])
def test_near_misses_do_not_open(data_dir, name):
    """Used byte for byte: not stripped, not normalised, not truncated."""
    exact = AWKWARD[name]
    with Journal.init(data_dir, passphrase=exact):
        pass
    import unicodedata

    misses = {exact.strip(), exact[:-1], exact + " ", unicodedata.normalize("NFKD", exact).replace("'", "’")}
    misses.discard(exact)
    for miss in misses:
        with pytest.raises(WrongPassphrase):
            Journal.open(data_dir, passphrase=miss)
    with Journal.open(data_dir, passphrase=exact):
        pass
