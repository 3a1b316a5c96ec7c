"""Quick capture: a moment jotted in a few seconds becomes a full entry; nothing typed is lost on the way."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.core.errors import StorageError
from journal_app.models.values import EntryFilter
from journal_app.ui.common import operations

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tray(window):
    """The window's own tray controller, as the app builds it (attach gave it the journal)."""
    assert window.tray.journal is window.journal
    return window.tray


def entries(journal):
    return [journal.get(row.id) for row in journal.page(EntryFilter()).rows]


def open_by_keyboard(qtbot, window, tray):
    window.activateWindow()  # (a desktop gives it back when quick capture closes; offscreen does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    quick = tray.quick
    assert quick is not None
    qtbot.waitUntil(quick.what.hasFocus)
    operations.wait_all()  # its trigger list is read on a worker
    return quick


def test_the_journal_menu_offers_it_right_after_new_entry(window, tray):
    actions = window.journal_menu.actions()
    assert actions[actions.index(window.new_action) + 1] is tray.quick_action
    assert tray.quick_action.shortcut().toString() == "Ctrl+Shift+N"
    assert tray.quick_action.isEnabled()
    tray.quick_action.trigger()
    assert tray.quick.isVisible()
    assert tray.quick.parent() is window


def test_a_moment_with_a_trigger_and_intensity_becomes_an_entry(qtbot, window, tray):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "He went quiet at dinner")
    qtbot.keyClick(quick.what, Qt.Key.Key_Return)  # Enter moves on to the note; it does not save
    assert quick.isVisible() and quick.note.hasFocus()
    qtbot.keyClicks(quick.note, "I kept asking if he was angry.")
    check = quick.check_for("withdrawal")
    assert check is not None and check.accessibleName() == "Trigger Withdrawal"
    assert not quick.intensity.isEnabled()  # a strength belongs to a trigger
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert check.isChecked() and quick.intensity.isEnabled()
    assert quick.intensity_value.text() == "Not rated"
    quick.intensity.setFocus()
    for _ in range(7):
        qtbot.keyClick(quick.intensity, Qt.Key.Key_Right)
    assert quick.intensity_value.text() == "7 of 10"
    with qtbot.waitSignal(quick.saved) as saved, qtbot.waitSignal(window.model.reloaded):
        qtbot.keyClick(quick.note, Qt.Key.Key_Return, CTRL)
    assert not quick.isVisible()
    [entry] = entries(window.journal)
    assert saved.args == [entry.id]
    assert (entry.title, entry.body) == ("He went quiet at dinner", "I kept asking if he was angry.")
    assert [(c.slug, c.intensity) for c in entry.triggers] == [("withdrawal", 7)]
    assert window.model.row_of(entry.id) >= 0  # the list shows it
    assert window.statusBar().currentMessage() == "Saved to your journal."
    # the next capture starts empty
    quick = open_by_keyboard(qtbot, window, tray)
    assert (quick.what.text(), quick.note.toPlainText(), quick.form().triggers) == ("", "", ())


def test_a_trigger_without_a_rating_is_saved_unrated(qtbot, window, tray):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.mouseClick(quick.check_for("push-pull"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(quick.saved):
        qtbot.mouseClick(quick.save_button, Qt.MouseButton.LeftButton)
    [entry] = entries(window.journal)
    assert [(c.slug, c.intensity) for c in entry.triggers] == [("push-pull", None)]


def test_only_active_triggers_are_offered(qtbot, window, tray):
    journal = window.journal
    hidden = journal.trigger("push-pull")
    journal.set_trigger_archived(hidden.id, True)
    mine = journal.add_trigger("Feeling dismissed")
    quick = open_by_keyboard(qtbot, window, tray)
    assert quick.check_for("push-pull") is None
    assert quick.check_for(mine.slug).text() == "Feeling dismissed"


def test_saving_nothing_says_so_gently(qtbot, window, tray):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClick(quick.what, Qt.Key.Key_Return, CTRL)
    assert quick.isVisible() and quick.problem.isVisible()
    assert "Write a few words" in quick.problem.text()
    assert entries(window.journal) == []


def test_escape_with_words_asks_and_keeping_them_keeps_them(qtbot, window, tray, monkeypatch):
    asked = []

    def answer(choice):
        def question(parent, title, text, *args):
            asked.append(text)
            return choice
        return question

    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Mum cancelled again")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(quick.what, Qt.Key.Key_Escape)
    assert asked and quick.isVisible() and quick.what.text() == "Mum cancelled again"
    # discarding is a choice the person makes, never a default
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(quick.what, Qt.Key.Key_Escape)
    assert not quick.isVisible()
    assert entries(window.journal) == []
    quick = open_by_keyboard(qtbot, window, tray)
    assert quick.what.text() == ""


def test_escape_with_words_can_save_them(qtbot, window, tray, monkeypatch):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Texted first, felt okay")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(quick.saved):
        qtbot.keyClick(quick.what, Qt.Key.Key_Escape)
    assert [e.title for e in entries(window.journal)] == ["Texted first, felt okay"]


def test_escape_when_empty_just_closes(qtbot, window, tray, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("nothing to ask about"))
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClick(quick.what, Qt.Key.Key_Escape)
    assert not quick.isVisible()


def test_a_failed_save_shows_calmly_and_keeps_every_word(qtbot, window, tray, monkeypatch):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Felt left out")
    qtbot.keyClicks(quick.note, "At the party.")
    quick.check_for("abandonment-fear").setChecked(True)

    def full(form):
        raise StorageError("The journal could not be saved: the disk is full. Nothing was lost.")

    monkeypatch.setattr(window.journal, "save", full)
    with qtbot.assertNotEmitted(quick.saved):
        qtbot.keyClick(quick.note, Qt.Key.Key_Return, CTRL)
        operations.wait_all()  # saved on a worker
    assert quick.isVisible() and quick.note.isEnabled()
    assert quick.problem.isVisible() and "disk is full" in quick.problem.text()
    assert (quick.what.text(), quick.note.toPlainText()) == ("Felt left out", "At the party.")
    assert quick.check_for("abandonment-fear").isChecked()
    monkeypatch.undo()
    with qtbot.waitSignal(quick.saved):
        qtbot.keyClick(quick.note, Qt.Key.Key_Return, CTRL)
    assert [e.title for e in entries(window.journal)] == ["Felt left out"]
    assert not quick.problem.isVisible()


def test_locked_journal_disables_it_and_keeps_what_was_typed_as_an_entry(qtbot, window, tray):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Half a thought")
    journal = window.journal
    tray.set_journal(None)  # what MainWindow.detach does, before the journal closes
    assert not quick.isVisible()
    assert not tray.quick_action.isEnabled() and not tray.tray_quick_action.isEnabled()
    assert [e.title for e in entries(journal)] == ["Half a thought"]
    assert tray.open_quick_capture() is None  # locked: shows the journal window (to unlock) instead
    tray.set_journal(journal)
    assert tray.quick_action.isEnabled()


def test_closing_the_window_saves_what_quick_capture_holds(qtbot, harness, tray):
    window, journal = harness.window, harness.journal
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Before bed")
    window.close()
    assert [e.title for e in entries(journal)] == ["Before bed"]


def test_words_that_cannot_be_saved_at_lock_wait_hidden_and_come_back(qtbot, window, tray, monkeypatch):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Almost said it")
    journal = window.journal

    def full(form):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(journal, "save", full)
    tray.set_journal(None)
    assert not quick.isVisible()  # nothing of the journal on screen while it is locked
    assert "kept for when you unlock" in window.statusBar().currentMessage()
    monkeypatch.undo()
    tray.set_journal(journal)
    assert quick.isVisible() and quick.what.text() == "Almost said it"


def test_closing_the_window_when_quick_capture_cannot_save_keeps_both_open(qtbot, window, tray, monkeypatch):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Not lost")
    quick.hide()  # (it was behind the main window)

    def full(form):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(window.journal, "save", full)
    assert not window.close()
    assert window.isVisible() and quick.isVisible()
    assert quick.what.text() == "Not lost" and "disk is full" in quick.problem.text()
    monkeypatch.undo()


def test_closing_while_locked_with_unsaved_words_asks_without_showing_them(qtbot, window, tray, monkeypatch):
    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Private")
    journal = window.journal

    def full(form):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(journal, "save", full)
    tray.set_journal(None)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked and "Private" not in asked[0] and not quick.isVisible()
    monkeypatch.undo()
    tray.set_journal(journal)
    with qtbot.waitSignal(quick.saved):
        qtbot.keyClick(quick.what, Qt.Key.Key_Return, CTRL)


def test_what_it_holds_is_kept_as_a_crash_draft_until_saved(qtbot, window, tray):
    from journal_app.services import drafts

    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "He went quiet")
    quick.check_for("withdrawal").click()
    qtbot.waitUntil(lambda: drafts.load(window.journal, drafts.QUICK) is not None, timeout=3000)
    kept = drafts.load(window.journal, drafts.QUICK).form
    assert kept.title == "He went quiet"
    assert [m.trigger_id for m in kept.triggers] == [window.journal.trigger("withdrawal").id]
    assert drafts.load(window.journal) is None  # the editor's draft is another one
    with qtbot.waitSignal(quick.saved):
        qtbot.keyClick(quick.what, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: drafts.load(window.journal, drafts.QUICK) is None, timeout=5000)  # let go on a worker
    assert [e.title for e in entries(window.journal)] == ["He went quiet"]


def test_letting_the_words_go_lets_the_draft_go(qtbot, window, tray, monkeypatch):
    from journal_app.services import drafts

    quick = open_by_keyboard(qtbot, window, tray)
    qtbot.keyClicks(quick.what, "Never mind")
    tray.quick_drafts.keep()  # (without waiting for the pause)
    assert tray.quick_drafts.writes.drain()  # written on a worker
    assert drafts.load(window.journal, drafts.QUICK) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(quick.what, Qt.Key.Key_Escape)
    assert not quick.isVisible() and tray.quick_drafts.writes.drain()
    assert drafts.load(window.journal, drafts.QUICK) is None and entries(window.journal) == []


def test_a_draft_left_by_a_crash_comes_back_in_quick_capture(qtbot, harness):
    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm, TriggerMark
    from journal_app.services import drafts

    journal = harness.journal
    fear = journal.trigger("abandonment-fear")
    drafts.keep(journal, EntryForm(occurred_at=now_utc(), title="Left on read", body="Again.",
                                   triggers=(TriggerMark(fear.id, 7),)), drafts.QUICK)
    harness.close()
    window = harness.open()
    qtbot.waitUntil(lambda: window.tray.quick is not None and window.tray.quick.isVisible(), timeout=2000)
    quick = window.tray.quick
    assert (quick.what.text(), quick.note.toPlainText()) == ("Left on read", "Again.")
    assert quick.check_for("abandonment-fear").isChecked() and quick.intensity_value.text() == "7 of 10"
    assert quick.restored.isVisible() and window.journal.entry_count() == 0
    with qtbot.waitSignal(quick.saved):
        quick.save_button.click()
    saved = entries(window.journal)[0]
    assert saved.title == "Left on read" and [(t.slug, t.intensity) for t in saved.triggers] == [
        ("abandonment-fear", 7)]
    qtbot.waitUntil(lambda: drafts.load(window.journal, drafts.QUICK) is None, timeout=5000)  # let go on a worker
