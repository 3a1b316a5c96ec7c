"""The window's editor saves through the same limits as everything else (models/limits.py): a title or a
text over the limit is not saved, the status line says which field and what the limit is, and the words stay
in the editor."""

from PySide6.QtCore import Qt

from journal_app.models import limits
from tests.ui.entries.test_editing import type_entry


def test_a_title_over_the_limit_is_not_saved_and_says_why(qtbot, harness):
    window = harness.window
    editor = type_entry(qtbot, window, "", "Words worth keeping.")
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, "t" * 301)
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.session.autosave.saving, timeout=10000)  # Ctrl+S saves on a worker
    status = window.save_status.text()
    assert "The title is 301 characters long; titles can be up to 300." in status, status
    assert "Your text is still here" in status
    assert harness.journal.entry_count() == 0
    assert editor.title.text() == "t" * 301 and editor.body.toPlainText() == "Words worth keeping."
    editor.title.backspace()  # one character less: now it fits and saves
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.session.autosave.saving, timeout=10000)
    assert harness.journal.entry_count() == 1
    assert harness.journal.get(editor.entry_id).title == "t" * 300


def test_a_text_over_the_limit_is_not_saved_and_says_why(qtbot, harness):
    window = harness.window
    line = "A long evening, written down line by line.\n"  # lines: one megabyte-long line is slow to lay out
    body = (line * (limits.MAX_BODY_CHARS // len(line) + 1))[:limits.MAX_BODY_CHARS + 1]
    editor = type_entry(qtbot, window, "Long", body)
    window.session.save_now()
    status = window.save_status.text()
    assert "The text is 1,000,001 characters long; an entry's text can be up to 1,000,000" in status, status
    assert harness.journal.entry_count() == 0
    assert len(editor.body.toPlainText()) == limits.MAX_BODY_CHARS + 1  # nothing was cut
    window.session.autosave.reset("")  # leave without the "Close anyway?" question
