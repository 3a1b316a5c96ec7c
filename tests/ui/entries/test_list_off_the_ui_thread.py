"""Issue 17 item 1: the window's entry list reads its pages on a worker (operations): the next page when the
list is scrolled to its end, and the first page of every new search or filter. The window keeps answering
while a page is read, a page is never asked for twice, an older search answering late is dropped, a failure
is said calmly where the list was, and a word typed letter by letter ends with the whole word's results."""

import threading

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import StorageError
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryFilter, EntryForm
from journal_app.ui.common import operations
from journal_app.ui.entries.entry_list_model import ID_ROLE, ROW_ROLE
from tests.builders import bulk_entries

pytestmark = pytest.mark.gui

UNREADABLE = "The journal could not be read just now. Nothing was changed."


class Gate:
    """Stands in for the journal as the list's source: notes each page asked for (its search words, position
    and thread) and makes the pages whose search words are in `hold` wait until `release()` ("words+more": a
    page after the first); `broken` words fail. The count is read through as it is."""

    def __init__(self, journal):
        self.journal = journal
        self.calls = []
        self.hold: dict[str, threading.Event] = {}
        self.broken: set[str] = set()

    def page_at(self, flt: EntryFilter, position=0, cursor=None, *, total=None, limit=100):
        self.calls.append((flt.text, position, threading.get_ident()))
        event = self.hold.get(flt.text if position == 0 else f"{flt.text}+more")
        if event is not None:
            assert event.wait(10)
        if flt.text in self.broken:
            raise StorageError(UNREADABLE)
        return self.journal.page_at(flt, position, cursor, total=total, limit=limit)

    def count(self, flt: EntryFilter) -> int:
        return self.journal.count(flt)

    def block(self, words: str) -> threading.Event:
        event = self.hold[words] = threading.Event()
        return event


def titles(window):
    return [window.model.index(i, 0).data(ROW_ROLE).title for i in range(window.model.rowCount())]


def answers(qtbot):
    """The UI thread runs its event loop: a timer set now fires."""
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    return True


@pytest.fixture
def gated(harness):
    journal = harness.journal
    for title, body in (("Phone", "He didn't call back"), ("Party", "I called it off"), ("Walk", "A calm walk")):
        journal.save(EntryForm(occurred_at=now_utc(), title=title, body=body))
    gate = Gate(journal)
    harness.window.model.set_source(gate)
    assert titles(harness.window) == ["Walk", "Party", "Phone"]  # the plain first page is read at once
    return gate


def test_the_window_answers_while_a_search_is_read(window, qtbot, gated):
    release = gated.block("walk")
    window.search_bar.search.setText("walk")
    qtbot.waitUntil(lambda: gated.calls and gated.calls[-1][0] == "walk", timeout=3000)
    assert answers(qtbot) and window.model.loading
    qtbot.keyClicks(window.editor.title, "typed while the search is read")
    assert window.editor.title.text() == "typed while the search is read"
    assert len(titles(window)) == 3  # the list shown stays as it was until the answer
    release.set()
    qtbot.waitUntil(lambda: titles(window) == ["Walk"], timeout=5000)
    assert not window.model.loading
    assert gated.calls[-1][2] != threading.get_ident()  # the search ran on a worker


def test_the_window_answers_while_a_page_further_down_is_read(qtbot, qtmodeltester, harness):
    harness.close()
    from journal_app.services.journal import Journal

    with Journal.open(harness.data_dir, create=True) as j:
        path = j.path
    bulk_entries(path, 250)
    window = harness.open()
    gate = Gate(harness.journal)
    # held from here: the model tester itself asks for every row, so the hold must be in place before it looks
    release = gate.block("+more")
    window.model.set_source(gate)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == 250 and not model.loading, timeout=5000)  # counted
    qtmodeltester.check(model, force_py=True)  # and it keeps watching the rows being filled in
    window.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: len(gate.calls) == 2, timeout=3000)
    assert gate.calls[1][1] > 0 and gate.calls[1][2] != threading.get_ident()  # further down, on a worker
    assert answers(qtbot) and model.busy
    assert model.entry_at(249) is None and model.index(249, 0).data(ROW_ROLE) is None  # "Loading…" meanwhile
    window.list_view.scrollToBottom()
    assert answers(qtbot) and len(gate.calls) == 2  # one page at a time, and none asked for twice
    release.set()
    qtbot.waitUntil(lambda: model.entry_at(249) is not None and not model.busy, timeout=5000)
    positions = [position for _text, position, _thread in gate.calls]
    assert len(positions) == len(set(positions))  # no page was read twice
    window.list_view.scrollTo(model.index(150, 0))
    qtbot.waitUntil(lambda: all(model.index(i, 0).data(ID_ROLE) for i in range(250)), timeout=5000)
    ids = [model.entry_at(i).id for i in range(250)]
    assert len(ids) == len(set(ids)) == 250


def test_an_older_search_answering_late_is_dropped(window, qtbot, gated):
    release = gated.block("walk")
    reloads = []
    window.model.reloaded.connect(lambda: reloads.append(titles(window)))
    window.search_bar.search.setText("walk")
    qtbot.waitUntil(lambda: gated.calls[-1][0] == "walk", timeout=3000)
    window.search_bar.search.setText("party")  # asked after, answers first
    qtbot.waitUntil(lambda: titles(window) == ["Party"], timeout=5000)
    release.set()  # the walk's answer now arrives, too late
    operations.wait_all()
    assert titles(window) == ["Party"] and reloads == [["Party"]]
    assert window.model.filter.text == "party"


def test_a_search_that_cannot_be_read_says_so_where_the_list_was(window, qtbot, gated):
    gated.broken.add("walk")
    window.search_bar.search.setText("walk")
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.list_empty, timeout=5000)
    assert window.list_empty.text() == UNREADABLE
    assert window.statusBar().currentMessage() == UNREADABLE
    assert window.model.rowCount() == 0 and not window.model.canFetchMore()
    window.search_bar.search.setText("party")  # the next search is read again, and shown
    qtbot.waitUntil(lambda: titles(window) == ["Party"], timeout=5000)
    assert window.model.error == "" and window.list_stack.currentWidget() is window.list_view


def test_a_word_typed_letter_by_letter_ends_with_the_whole_words_results(window, qtbot, gated):
    first = gated.block("c")  # the first letter's search is slow: it answers after all the others
    window.search_bar.search.setFocus()
    qtbot.keyClicks(window.search_bar.search, "called", delay=200)  # each letter outlasts the pause
    qtbot.waitUntil(lambda: window.model.filter.text == "called" and not window.model.loading, timeout=5000)
    first.set()
    operations.wait_all()
    asked = [text for text, _position, _thread in gated.calls]
    assert asked[0] == "" and "c" in asked and asked[-1] == "called" and len(asked) >= 4
    assert titles(window) == ["Party"]


def test_a_save_while_a_search_is_read_keeps_the_newest_answer(window, qtbot, gated):
    release = gated.block("walk")
    window.search_bar.search.setText("walk")
    qtbot.waitUntil(lambda: gated.calls[-1][0] == "walk", timeout=3000)
    window.journal.save(EntryForm(occurred_at=now_utc(), title="Walk again", body="another walk"))
    window.model.reload()  # as after a save: the search is asked again, the one in flight dropped
    qtbot.waitUntil(lambda: len(gated.calls) == 3, timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=5000)
    operations.wait_all()
    assert titles(window) == ["Walk again", "Walk"]



def test_a_row_chosen_before_its_page_arrives_opens_when_it_does(qtbot, harness):
    from PySide6.QtCore import Qt

    harness.close()
    from journal_app.services.journal import Journal

    with Journal.open(harness.data_dir, create=True) as j:
        path = j.path
    bulk_entries(path, 500)
    window = harness.open()
    gate = Gate(harness.journal)
    window.model.set_source(gate)
    qtbot.waitUntil(lambda: window.model.rowCount() == 500 and not window.model.loading, timeout=5000)
    view = window.list_view
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, 0))
    operations.wait_all()  # the entry is read on a worker
    assert window.editor.title.text() == "Moment 499"
    release = gate.block("+more")
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: len(gate.calls) == 2, timeout=3000)  # the last page is being read
    assert view.currentIndex().row() == 499 and window.model.entry_at(499) is None
    assert window.editor.title.text() == "Moment 499"  # nothing else opened meanwhile
    assert not window.list_delete.isEnabled()  # Delete would trash the entry shown, not the row chosen
    release.set()
    qtbot.waitUntil(lambda: window.editor.title.text() == "Moment 0", timeout=5000)
    assert window.list_delete.isEnabled()
