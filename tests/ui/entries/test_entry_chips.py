"""The entry list at the default window size: "may share" stays whole, the trigger chips come strongest first
with "+N" for the ones that do not fit (none is cut), and a search snippet shows the word found on its line."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from journal_app.core.timeutil import now_utc
from journal_app.models.values import MATCH_END, MATCH_START, EntryForm, TriggerMark
from journal_app.ui.entries.entry_list_delegate import trim_to_match
from journal_app.ui.entries.entry_list_model import ROW_ROLE

pytestmark = pytest.mark.gui

TITLE = "After the long phone call with Sam about moving in together next spring"
BODY = ("We started calmly and I felt hopeful. Then he mentioned his sister would visit first, and something in "
        "me went cold. I told myself it was nothing and kept nodding. Later I replayed the whole conversation "
        "twice and called him back to check he still wanted it. He did.")
MARKS = {"abandonment-fear": 6, "criticism": 8, "withdrawal": 4, "jealousy": None}


@pytest.fixture
def listed(harness, qtbot):
    journal, window = harness.journal, harness.window
    journal.add_trigger("Criticism")
    journal.add_trigger("Jealousy")
    journal.save(EntryForm(occurred_at=now_utc() - timedelta(days=1), title="Quiet day", body="Nothing much."))
    journal.save(EntryForm(
        occurred_at=now_utc(), title=TITLE, body=BODY, shared=True,
        triggers=tuple(TriggerMark(journal.trigger(s).id, v) for s, v in MARKS.items())))
    window.attach(journal)
    window.resize(1200, 780)  # the default size
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    return window


def _layout(window, row_number: int):
    view = window.list_view
    index = window.model.index(row_number, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegate()
    delegate.initStyleOption(option, index)
    return delegate.layout(option, index.data(ROW_ROLE)), option


def _inside(outer: QRect, inner: QRect) -> bool:
    return inner.left() >= outer.left() and inner.right() <= outer.right()


@pytest.mark.parametrize("list_width", [None, 230, 190])
def test_share_note_chips_and_snippet_fit_the_row(listed, qtbot, list_width):
    window = listed
    if list_width is not None:
        window.content.setSizes([list_width, 1200 - list_width])
    qtbot.wait(10)
    window.search_bar.search.setText("called")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    lay, option = _layout(window, 0)
    assert lay.rect.width() < 400  # a narrow list line, as on screen

    assert lay.share == "may share" and _inside(lay.rect, lay.share_rect)
    assert lay.when_rect.right() < lay.share_rect.left()  # the date gives way, not the note

    shown = [(c.slug, c.intensity) for c, _label, _r in lay.chips]
    order = [("criticism", 8), ("abandonment-fear", 6), ("withdrawal", 4), ("jealousy", None)]
    assert shown == order[: len(shown)] and shown  # strongest first, the strongest always there
    hidden = len(order) - len(shown)
    assert lay.more == (f"+{hidden}" if hidden else "")
    for _chip, label, rect in lay.chips:
        assert (_inside(lay.rect, rect) and "…" not in label) or len(shown) == 1
    if hidden:
        assert _inside(lay.rect, lay.more_rect)
        assert lay.more_rect.left() > max(r.right() for _c, _l, r in lay.chips)

    assert f"{MATCH_START}called{MATCH_END}" in lay.snippet
    before = lay.snippet[: lay.snippet.index(MATCH_START)]
    fm = QFontMetrics(option.font)
    assert fm.horizontalAdvance(before + "called") < lay.rect.width()  # the word found is on the line
    window.list_view.grab()  # and it paints


def test_without_search_a_private_entry_has_no_note(listed):
    lay, _ = _layout(listed, 1)
    assert lay.share == "" and lay.snippet is None and lay.chips == [] and lay.more == ""


def test_trim_to_match_keeps_the_match_and_whole_words():
    marked = f"we said many things and then I {MATCH_START}called{MATCH_END} him"
    assert trim_to_match(marked, 12) == f"…and then I {MATCH_START}called{MATCH_END} him"
    assert trim_to_match(marked, 80) == marked
    assert trim_to_match("no match", 0) == "no match"
    assert trim_to_match(f"…long{MATCH_START}w{MATCH_END}", 0) == f"…{MATCH_START}w{MATCH_END}"
