"""Sessions and things to bring up in the window: the dialog adds, edits, ticks and deletes; the editor's
"Bring up next time" takes the selected words; the Patterns view counts from the last session."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from journal_app.services import therapy
from journal_app.ui.common import operations
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui


def test_sessions_dialog_add_edit_tick_delete(window, harness, qtbot, monkeypatch):
    from journal_app.ui.common.formatting import date_text
    from journal_app.ui.therapy.sessions_dialog import SessionsDialog

    journal = harness.journal
    today = date(2026, 3, 20)
    dialog = SessionsDialog(journal, window, today=today)
    qtbot.addWidget(dialog)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))

    def click(button):  # each change is saved, and the lists read again, on a worker
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        operations.wait_all()

    dialog.day.setDate(QDate(2026, 3, 17))
    qtbot.keyClicks(dialog.note, "Talked about the quiet weekend.")
    click(dialog.add_session_button)
    dialog.day.setDate(QDate(2026, 3, 24))
    dialog.note.clear()
    click(dialog.add_session_button)
    assert [s.held_on for s in therapy.sessions(journal)] == [date(2026, 3, 24), date(2026, 3, 17)]
    assert dialog.sessions.item(0).text() == f"{date_text(date(2026, 3, 24))} — in 4 days"
    assert dialog.sessions.item(1).text().startswith(f"{date_text(date(2026, 3, 17))}\nTalked about the quiet weekend.")

    dialog.sessions.setCurrentRow(1)
    assert dialog.note.toPlainText() == "Talked about the quiet weekend."
    dialog.note.setPlainText("Talked about Sam.")
    click(dialog.save_session_button)
    assert therapy.sessions(journal)[1].note == "Talked about Sam."

    qtbot.keyClicks(dialog.new_item, "Why do I go quiet with Mum?")
    qtbot.keyClick(dialog.new_item, Qt.Key.Key_Return)
    operations.wait_all()
    assert dialog.items.count() == 1 and [i.text for i in therapy.agenda(journal)] == ["Why do I go quiet with Mum?"]
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)  # talked about it
    operations.wait_all()
    assert therapy.agenda(journal) == [] and dialog.items.count() == 0
    dialog.show_done.setChecked(True)
    operations.wait_all()
    assert dialog.items.count() == 1 and dialog.items.item(0).checkState() == Qt.CheckState.Checked

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog.sessions.setCurrentRow(0)
    click(dialog.delete_session_button)
    assert [s.held_on for s in therapy.sessions(journal)] == [date(2026, 3, 17)]
    assert changes


def test_bring_up_next_time_takes_the_selected_words(window, harness, qtbot):
    window.new_action.trigger()
    editor = window.editor
    qtbot.keyClicks(editor.body, "We fought again. Why do I always go quiet when Mum raises her voice?")
    cursor = editor.body.textCursor()
    cursor.setPosition(17)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)
    qtbot.mouseClick(editor.bring_up, Qt.MouseButton.LeftButton)
    operations.wait_all()  # written on a worker
    items = therapy.agenda(harness.journal)
    assert [i.text for i in items] == ["Why do I always go quiet when Mum raises her voice?"]
    assert items[0].entry_id == editor.entry_id is not None  # the new entry was saved first, and linked
    assert "Added to things to bring up" in window.statusBar().currentMessage()

    cursor.clearSelection()
    editor.body.setTextCursor(cursor)
    qtbot.mouseClick(editor.bring_up, Qt.MouseButton.LeftButton)  # nothing selected: the first sentence
    operations.wait_all()
    assert therapy.agenda(harness.journal)[-1].text == "We fought again."


def test_patterns_start_since_the_last_session(window, harness, qtbot):
    journal = harness.journal
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    view = window.patterns
    since = view.range.findData("since-last-session")
    assert view.range.view().isRowHidden(since) and view.range.currentData() == "last-4-weeks"
    window.patterns_action.trigger()  # back

    last = date.today() - timedelta(days=9)
    therapy.add_session(journal, last, "")  # behind the window's back: read again as Patterns opens
    window.patterns_action.trigger()
    qtbot.waitUntil(lambda: view.range.currentData() == "since-last-session")  # the day is read on a worker
    assert not view.range.view().isRowHidden(since)
    qtbot.waitUntil(lambda: not view.loading)  # the report comes from a worker
    assert (view.report.range.start, view.report.range.end) == (last, date.today())
    assert view.range.currentText() == f"Since my last session ({last.day} {last:%b})"
