"""The entry list: paging, search, filters, Trash."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.core.timeutil import now_utc
from journal_app.models.values import MATCH_END, MATCH_START, EntryFilter, EntryForm, TriggerMark
from journal_app.ui.common import operations
from journal_app.ui.entries.entry_list_model import ID_ROLE, ROW_ROLE, EntryListModel
from journal_app.ui.entries.trash_dialog import TrashDialog
from tests.builders import bulk_entries


def add(journal, title, body, *, slug=None, intensity=None, people=()):
    marks = (TriggerMark(journal.trigger(slug).id, intensity),) if slug else ()
    ids = tuple(journal.add_person(p).id for p in people)
    return journal.save(EntryForm(occurred_at=now_utc(), title=title, body=body, triggers=marks, person_ids=ids))


def titles(window):
    return [window.model.index(i, 0).data(ROW_ROLE).title for i in range(window.model.rowCount())]


@pytest.fixture
def filled(harness):
    j = harness.journal
    add(j, "Phone", "He didn't call back and I spiralled", slug="abandonment-fear", intensity=8, people=["Sam"])
    add(j, "Dinner", "I went quiet at dinner with Mum", slug="withdrawal", intensity=5, people=["Mum"])
    add(j, "Party", "Hot then cold with Alex, I called it off", slug="push-pull", intensity=6, people=["Alex"])
    add(j, "Walk", "A calm walk. Nothing happened.")
    harness.window.attach(j)  # re-read filters and list, as after opening
    return harness


def test_list_newest_first_with_chips(filled):
    window = filled.window
    assert titles(window) == ["Walk", "Party", "Dinner", "Phone"]
    row = window.model.index(1, 0).data(ROW_ROLE)
    assert [(c.slug, c.intensity) for c in row.triggers] == [("push-pull", 6)]


def test_search_narrows_as_you_type_and_highlights(qtbot, filled):
    window = filled.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.search.hasFocus()
    qtbot.keyClicks(window.search_bar.search, "cal")
    qtbot.waitUntil(lambda: titles(window) and set(titles(window)) == {"Phone", "Party", "Walk"}, timeout=2000)
    qtbot.keyClicks(window.search_bar.search, "led")
    qtbot.waitUntil(lambda: set(titles(window)) == {"Party"}, timeout=2000)
    snippet = window.model.index(0, 0).data(ROW_ROLE).snippet
    assert f"{MATCH_START}called{MATCH_END}" in snippet
    window.search_bar.search.clear()
    qtbot.waitUntil(lambda: len(titles(window)) == 4, timeout=2000)


def test_the_list_shows_prompts_without_their_markdown(qtbot, harness, monkeypatch):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = harness.window
    add(harness.journal, "", "**What happened?**\nSam said he *needed* space tonight.")
    window.model.reload()
    index = window.model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "What happened?"
    assert index.data(ROW_ROLE).rest == "Sam said he needed space tonight."
    assert "**" not in index.data(Qt.ItemDataRole.AccessibleTextRole)
    drawn = []
    option = QStyleOptionViewItem()
    option.initFrom(window.list_view)
    option.rect = window.list_view.visualRect(index)
    option.rect.moveTo(0, 0)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    real = QPainter.drawText

    def spy(self, *args):
        drawn.append(args[-1])
        return real(self, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    window.list_view.itemDelegate().paint(painter, option, index)
    monkeypatch.undo()
    painter.end()
    assert "What happened?" in drawn and not any("*" in str(text) for text in drawn)


def test_no_match_shows_a_kind_empty_state(qtbot, filled):
    window = filled.window
    qtbot.keyClicks(window.search_bar.search, "zebra")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=2000)
    assert window.list_stack.currentWidget() is window.list_empty
    assert "Nothing matches" in window.list_empty.text()


def test_trigger_and_person_filters(qtbot, filled):
    window = filled.window
    bar = window.search_bar
    bar.trigger.setCurrentIndex(bar.trigger.findText("Withdrawal"))
    qtbot.waitUntil(lambda: titles(window) == ["Dinner"], timeout=2000)  # read on a worker
    bar.trigger.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(titles(window)) == 4, timeout=2000)
    bar.person.setCurrentIndex(bar.person.findText("Alex"))
    qtbot.waitUntil(lambda: titles(window) == ["Party"], timeout=2000)
    # combined with search: Alex's entries that mention dinner: none
    qtbot.keyClicks(bar.search, "dinner")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=2000)


def test_date_filter(qtbot, filled):
    from datetime import timedelta

    from PySide6.QtCore import QDate

    j = filled.journal
    j.save(EntryForm(occurred_at=now_utc() - timedelta(days=400), title="Old", body="from last year"))
    window = filled.window
    window.model.reload()
    assert "Old" in titles(window)
    bar = window.search_bar
    bar.period.setCurrentIndex(bar.period.findData("30d"))
    qtbot.waitUntil(lambda: "Old" not in titles(window) and len(titles(window)) == 4, timeout=2000)
    bar.period.setCurrentIndex(bar.period.findData("custom"))
    assert bar.start.isVisible()
    old_day = (now_utc() - timedelta(days=400)).astimezone().date()
    bar.start.setDate(QDate(old_day.year, old_day.month, old_day.day))
    bar.end.setDate(QDate(old_day.year, old_day.month, old_day.day))
    qtbot.waitUntil(lambda: titles(window) == ["Old"], timeout=2000)


def test_trash_and_restore(qtbot, filled, monkeypatch):
    window = filled.window
    j = filled.journal
    window.list_view.setCurrentIndex(window.model.index(0, 0))  # "Walk"
    operations.wait_all()  # the entry is read on a worker
    assert window.editor.title.text() == "Walk"
    window.trash_action.trigger()
    qtbot.waitUntil(lambda: titles(window) == ["Party", "Dinner", "Phone"], timeout=10000)  # on a worker
    assert window.right.currentWidget() is window.placeholder

    dialog = TrashDialog(j, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # the Trash is read on a worker
    assert dialog.model.rowCount() == 1
    dialog.view.selectionModel().select(dialog.model.index(0, 0), dialog.view.selectionModel().SelectionFlag.Select)
    reloaded = []
    dialog.trashChanged.connect(lambda: reloaded.append(True))
    dialog.trashChanged.connect(window.model.reload)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reloaded) and not dialog.busy and not dialog.loading, timeout=10000)  # on a worker
    assert reloaded and dialog.model.rowCount() == 0
    assert titles(window) == ["Walk", "Party", "Dinner", "Phone"]


def test_empty_trash_asks_first(qtbot, filled, monkeypatch):
    j = filled.journal
    phone = next(r for r in j.page().rows if r.title == "Phone")
    j.move_to_trash(phone.id)
    dialog = TrashDialog(j, filled.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # the Trash is read on a worker
    asked = []

    def no(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", no)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Delete the entry in the Trash") and "1 entries" not in asked[0]
    assert j.trash_count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.loading)  # emptied, then read again, on a worker
    assert j.trash_count() == 0
    assert dialog.model.rowCount() == 0
    assert not dialog.empty_button.isEnabled()


def test_delete_key_in_list_moves_to_trash(qtbot, filled):
    window = filled.window
    window.list_view.setFocus()
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    operations.wait_all()  # the entry is read on a worker
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10000)  # trashed on a worker
    assert filled.journal.trash_count() == 1


def test_model_passes_qtmodeltester(qtmodeltester, filled):
    qtmodeltester.check(filled.window.model, force_py=True)


def test_big_journal_is_counted_and_read_a_page_at_a_time(qtbot, qtmodeltester, harness):
    harness.close()
    from journal_app.services.journal import Journal

    with Journal.open(harness.data_dir, create=True) as j:
        path = j.path
    bulk_entries(path, 20_000)
    window = harness.open()
    model = window.model
    assert model.pages_fetched == 1  # the list opens with its first page
    assert model.index(0, 0).data(ROW_ROLE).title == "Moment 19999"
    qtbot.waitUntil(lambda: model.rowCount() == 20_000, timeout=5000)  # then the count, read on a worker
    last = model.index(19_999, 0)
    assert last.data(ROW_ROLE) is None and last.data(ID_ROLE) is None  # not read yet: a quiet placeholder
    assert last.data(Qt.ItemDataRole.DisplayRole) == "Loading…"
    qtbot.waitUntil(lambda: model.index(19_999, 0).data(ROW_ROLE) is not None, timeout=5000)
    assert model.index(19_999, 0).data(ROW_ROLE).title == "Moment 0"
    assert model.index(19_900, 0).data(ROW_ROLE).title == "Moment 99"
    assert model.pages_fetched == 2  # the last page alone, not the 198 before it
    qtmodeltester.check(model, force_py=True)


def test_pages_in_memory_stay_few_however_far_you_scroll(qtbot, harness):
    harness.close()
    from journal_app.services.journal import Journal
    from journal_app.ui.entries.entry_list_model import MAX_PAGES

    with Journal.open(harness.data_dir, create=True) as j:
        path = j.path
    bulk_entries(path, 5_000)
    window = harness.open()
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == 5_000, timeout=5000)
    for row in range(0, 5_000, 100):  # every page once, as a slow scroll would
        model.index(row, 0).data(ROW_ROLE)
        qtbot.waitUntil(lambda r=row: model.index(r, 0).data(ROW_ROLE) is not None, timeout=5000)
        assert model.index(row, 0).data(ROW_ROLE).title == f"Moment {4_999 - row}"
    assert len(model.pages_in_memory()) <= MAX_PAGES
    assert model.entry_at(49 * 100) is not None  # the newest read is kept
    assert model.entry_at(5 * 100) is None  # one read long ago was let go; it is read again when shown
    assert model.index(500, 0).data(ROW_ROLE) is None
    qtbot.waitUntil(lambda: model.index(500, 0).data(ROW_ROLE) is not None, timeout=5000)
    assert model.entry_at(500).title == "Moment 4499"


def test_model_fills_in_the_end_when_scrolled_there(qtbot, harness):
    harness.close()
    from journal_app.services.journal import Journal

    with Journal.open(harness.data_dir, create=True) as j:
        path = j.path
    bulk_entries(path, 350)
    window = harness.open()
    qtbot.waitUntil(lambda: window.model.rowCount() == 350, timeout=5000)
    window.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.entry_at(349) is not None, timeout=5000)
    assert window.model.entry_at(349).title == "Moment 0"
    window.list_view.scrollToTop()
    qtbot.waitUntil(lambda: all(window.model.entry_at(i) is not None for i in range(100)), timeout=5000)
    ids = [window.model.index(i, 0).data(ID_ROLE) for i in (*range(100), *range(300, 350))]
    assert len(ids) == len(set(ids)) and None not in ids


class Broken:
    def count(self, flt):
        return 500

    def page_at(self, flt, position=0, cursor=None, *, total=None, limit=100):
        from journal_app.core.errors import StorageError

        raise StorageError("The journal could not be saved or read because the disk reported a read or write error.")


def test_model_reports_read_failure_calmly(qtbot):
    model = EntryListModel()
    messages = []
    model.failed.connect(messages.append)
    model.set_source(Broken())
    assert model.rowCount() == 0
    assert messages and "read or write error" in messages[0]
    assert model.error == messages[0]
    assert model.filter == EntryFilter()


@pytest.fixture
def thousand(harness):
    harness.close()
    from journal_app.services.journal import Journal

    with Journal.open(harness.data_dir, create=True) as j:
        path = j.path
    bulk_entries(path, 1_000)
    window = harness.open()
    harness.qtbot.waitUntil(lambda: window.model.rowCount() == 1_000 and not window.model.loading, timeout=5000)
    return window


def test_end_jumps_to_the_oldest_entry_and_opens_it_once_read(qtbot, thousand):
    window, model = thousand, thousand.model
    view = window.list_view
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    operations.wait_all()  # the entry is read on a worker
    assert window.editor.title.text() == "Moment 999"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == 999
    qtbot.waitUntil(lambda: window.editor.title.text() == "Moment 0", timeout=5000)  # opened when its page came
    assert view.selectionModel().isSelected(model.index(999, 0))
    assert model.pages_fetched == 2  # the first page and the last: none in between
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.editor.title.text() == "Moment 1", timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.editor.title.text() == "Moment 999", timeout=5000)


def test_rows_being_read_say_so_to_screen_readers(qtbot, thousand):
    model = thousand.model
    row = model.index(555, 0)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole) == "Loading…"
    qtbot.waitUntil(lambda: model.entry_at(555) is not None, timeout=5000)
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).endswith(": Moment 444")
    assert row.data(Qt.ItemDataRole.DisplayRole) == "Moment 444"


def test_a_loading_row_is_painted_quietly(qtbot, thousand, monkeypatch):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = thousand.list_view
    index = thousand.model.index(777, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(thousand.model.index(0, 0))
    option.rect.moveTo(0, 0)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    drawn = []
    real = QPainter.drawText
    monkeypatch.setattr(QPainter, "drawText", lambda self, *args: drawn.append(args[-1]) or real(self, *args))
    view.itemDelegate().paint(painter, option, index)
    monkeypatch.undo()
    painter.end()
    assert drawn == ["Loading…"]


def test_the_entry_in_the_editor_stays_chosen_when_the_list_is_read_again(qtbot, thousand):
    window, model = thousand, thousand.model
    window.list_view.setCurrentIndex(model.index(3, 0))
    operations.wait_all()  # the entry is read on a worker
    chosen = window.editor.entry_id
    assert window.editor.title.text() == "Moment 996"
    window.model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1_000 and not model.loading, timeout=5000)
    assert window.list_view.currentIndex().row() == 3 and model.entry_at(3).id == chosen
    assert window.editor.entry_id == chosen


def test_typing_in_the_list_goes_to_an_entry_read_without_reading_every_page(qtbot, filled):
    window = filled.window
    view = window.list_view
    view.setFocus()
    view.setCurrentIndex(window.model.index(0, 0))  # "Walk"
    qtbot.keyClicks(view, "di")
    assert window.model.index(view.currentIndex().row(), 0).data(ROW_ROLE).title == "Dinner"
    operations.wait_all()  # the entry is read on a worker
    assert window.editor.title.text() == "Dinner"
    assert window.model.match(window.model.index(0, 0), Qt.ItemDataRole.DisplayRole, "zebra") == []


def test_tab_leaves_the_list_and_rows_keep_the_delegates_height(qtbot, filled):
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = filled.window
    view = window.list_view
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    height = view.itemDelegate().sizeHint(option, window.model.index(0, 0)).height()
    assert [view.rowHeight(r) for r in range(4)] == [height] * 4
    assert view.visualRect(window.model.index(0, 0)).width() == view.viewport().width()  # as wide as the list
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)  # a bigger text size: taller rows
    assert view.rowHeight(0) > height
    assert not view.tabKeyNavigation()
