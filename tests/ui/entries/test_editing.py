"""Writing entries in the real window: typing, triggers, people, autosave, undo, reopening."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from journal_app.core import messages
from journal_app.services.journal import Journal
from journal_app.ui.common import operations
from journal_app.ui.entries.entry_list_model import ROW_ROLE
from tests.ui.opening import open_entry

BODY = "Sam didn't text back.\nI checked my phone thirty times — 😔 ça va, שלום, e\u0301.\r\nThen I breathed."


def type_entry(qtbot, window, title, body):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert window.right.currentWidget() is window.editor_area
    qtbot.keyClicks(editor.title, title)
    editor.body.setFocus()
    editor.body.insertPlainText(body)  # keyClicks cannot send CR/emoji reliably; insertPlainText is what paste does
    return editor


def tick(qtbot, editor, slug, intensity):
    row = editor.triggers.row_for(slug)
    qtbot.waitUntil(row.check.isVisible)
    # click on the box itself, where a person would (the row may be wider than its label)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton, pos=QPoint(8, row.check.height() // 2))
    assert row.check.isChecked()
    row.spin.setFocus()
    row.spin.selectAll()
    qtbot.keyClicks(row.spin, str(intensity))


def test_write_entry_with_trigger_survives_reopen(qtbot, harness):
    window = harness.window
    editor = type_entry(qtbot, window, "He didn't call", BODY)
    tick(qtbot, editor, "abandonment-fear", 7)
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.save_status.text() == messages.SAVED, timeout=10000)  # saved on a worker
    assert window.model.rowCount() == 1
    row = window.model.index(0, 0).data(ROW_ROLE)
    assert row.title == "He didn't call"
    assert [(c.slug, c.intensity) for c in row.triggers] == [("abandonment-fear", 7)]

    harness.close()
    window = harness.open()
    assert window.model.rowCount() == 1
    window.list_view.setCurrentIndex(window.model.index(0, 0))
    operations.wait_all()  # the entry is read on a worker
    editor = window.editor
    assert editor.title.text() == "He didn't call"
    # QPlainTextEdit shows \r\n as one line break; the stored text is what was typed, byte for byte
    stored = harness.journal.get(editor.entry_id)
    assert stored.body == editor.body.toPlainText()
    assert stored.body == BODY.replace("\r\n", "\n")
    assert [(c.slug, c.intensity) for c in stored.triggers] == [("abandonment-fear", 7)]


def test_autosave_after_pause_without_ctrl_s(qtbot, harness):
    window = harness.window
    editor = type_entry(qtbot, window, "", "Went quiet at dinner again.")
    assert window.save_status.text() == messages.UNSAVED
    with Journal.open(harness.data_dir) as other:
        assert other.entry_count() == 0
    qtbot.waitUntil(lambda: window.save_status.text() == messages.SAVED, timeout=4000)
    with Journal.open(harness.data_dir) as other:
        assert other.entry_count() == 1
        assert other.get(editor.entry_id).body == "Went quiet at dinner again."
    # further typing updates the same entry, not a new one
    qtbot.keyClicks(editor.body, " Then I said so.")
    qtbot.waitUntil(lambda: window.save_status.text() == messages.SAVED, timeout=4000)
    assert harness.journal.entry_count() == 1
    assert harness.journal.get(editor.entry_id).body == "Went quiet at dinner again. Then I said so."


def test_blank_new_entry_is_not_saved(qtbot, harness):
    window = harness.window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.body, "   ")
    window.session.save_now()
    assert window.save_status.text() == messages.NOTHING_TO_SAVE
    assert harness.journal.entry_count() == 0
    assert window.model.rowCount() == 0


def test_switching_entries_saves_first(qtbot, harness):
    window = harness.window
    type_entry(qtbot, window, "First", "one")
    window.session.save_now()
    editor = type_entry(qtbot, window, "Second", "two")  # Ctrl+N flushes nothing pending; second is dirty
    first_row = window.model.row_of(harness.journal.page().rows[-1].id)
    window.list_view.setCurrentIndex(window.model.index(first_row, 0))
    operations.wait_all()  # the entry is read on a worker
    titles = sorted(r.title for r in harness.journal.page().rows)
    assert titles == ["First", "Second"]
    assert editor.title.text() == "First"


def test_closing_saves_pending_text(qtbot, harness):
    window = harness.window
    type_entry(qtbot, window, "", "Typed right before closing")
    assert window.session.autosave.dirty
    harness.close()
    with Journal.open(harness.data_dir) as j:
        assert [r.preview for r in j.page().rows] == ["Typed right before closing"]


def test_undo_in_text(qtbot, harness):
    window = harness.window
    editor = type_entry(qtbot, window, "Kept", "")
    qtbot.keyClicks(editor.body, "words I regret")
    assert editor.body.toPlainText() == "words I regret"
    qtbot.keySequence(editor.body, QKeySequence.StandardKey.Undo)
    assert editor.body.toPlainText() == ""
    window.redo_action.trigger()  # the Edit menu reaches the focused text box
    assert editor.body.toPlainText() == "words I regret"
    window.undo_action.trigger()
    assert editor.body.toPlainText() == ""
    # undo never reaches back into another entry's text: loading an entry starts a fresh history
    qtbot.keyClicks(editor.body, "final words")
    window.session.save_now()
    entry_id = editor.entry_id
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(entry_id), 0))
    operations.wait_all()  # the entry is read on a worker
    editor.body.setFocus()
    qtbot.keySequence(editor.body, QKeySequence.StandardKey.Undo)
    assert editor.body.toPlainText() == "final words"


def test_add_person_on_the_fly_and_share(qtbot, harness):
    window = harness.window
    editor = type_entry(qtbot, window, "Dinner", "with family")
    picker = editor.people
    qtbot.keyClicks(picker.name_edit, "Mum")
    picker.relationship.setCurrentIndex(picker.relationship.findData("parent"))
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(picker.chosen_ids()) == 1, timeout=5000)  # added on a worker, then chosen
    qtbot.mouseClick(editor.shared, Qt.MouseButton.LeftButton)
    window.session.save_now()
    saved = harness.journal.get(editor.entry_id)
    assert [(p.name, p.relationship) for p in saved.people] == [("Mum", "parent")]
    assert saved.shared is True
    # a known person is reused (any case), not duplicated
    qtbot.keyClicks(picker.name_edit, "mum")
    assert not picker.relationship.isEnabled()
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: picker.name_edit.text() == "", timeout=5000)
    assert len(harness.journal.people()) == 1


def test_share_toggle_is_off_by_default(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.shared.isChecked() is False


def test_edit_date_and_time(qtbot, harness):
    from datetime import datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    window = harness.window
    editor = type_entry(qtbot, window, "Back-dated", "it happened last spring")
    editor.when.setDateTime(QDateTime(QDate(2026, 4, 3), QTime(22, 15)))
    window.session.save_now()
    saved = harness.journal.get(editor.entry_id)
    local = saved.occurred_at.astimezone()
    assert (local.year, local.month, local.day, local.hour, local.minute) == (2026, 4, 3, 22, 15)
    assert local.utcoffset().total_seconds() == 7200  # Berlin summer time
    assert isinstance(saved.occurred_at, datetime) and saved.occurred_at.tzinfo is not None


def test_text_written_elsewhere_stays_byte_for_byte_when_only_tags_change(qtbot, harness):
    """CRLF, lone CR, no-break spaces and line separators from the CLI survive an edit of something else."""
    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm

    odd = "line one\r\nline two\rthree\u00a0nbsp\u2028sep \u200f\u05e9\u05dc\u05d5\u05dd e\u0301 😔\n"
    j = harness.journal
    entry = j.save(EntryForm(occurred_at=now_utc(), title="  spaced\u00a0title ", body=odd))
    window = harness.window
    window.model.reload()
    window.list_view.setCurrentIndex(window.model.index(window.model.row_of(entry.id), 0))
    tick(qtbot, window.editor, "withdrawal", 3)
    window.session.save_now()
    saved = j.get(entry.id)
    assert saved.body == odd and saved.title == "  spaced\u00a0title "
    assert [(c.slug, c.intensity) for c in saved.triggers] == [("withdrawal", 3)]


def test_typed_no_break_space_is_kept(qtbot, harness):
    window = harness.window
    editor = type_entry(qtbot, window, "", "")
    qtbot.keyClicks(editor.body, "a\u00a0b")
    window.session.save_now()
    assert harness.journal.get(editor.entry_id).body == "a\u00a0b"


def test_what_i_did_and_repair_are_saved_and_shown_again(qtbot, harness):
    window = harness.window
    editor = type_entry(qtbot, window, "Asked for a call", "I told her I needed to hear from her.")
    picker = editor.responses
    box = picker.checks["named-my-need"]
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    picker.repair.setCurrentIndex(picker.repair.findData("yes"))
    window.session.save_now()
    saved = harness.journal.get(editor.entry_id)
    assert saved.responses == ("named-my-need",) and saved.repair == "yes"
    window.session.new_entry()
    assert picker.responses() == () and picker.repair_value() is None
    open_entry(window, saved.id)
    assert picker.responses() == ("named-my-need",) and picker.repair_value() == "yes"
