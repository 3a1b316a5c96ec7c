"""Reflection prompts on a new entry: the editor shows the questions themselves (bold, no ** markers), and
ticking them on and off again, even after autosave has had its pause, saves no empty "(untitled)" entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from journal_app.models.values import EntryFilter
from journal_app.services.templates import REFLECTION, TemplateStore

pytestmark = pytest.mark.gui


def _click(qtbot, picker):
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(8, picker.height() // 2))


def _entries(journal):
    return list(journal.page(EntryFilter()).rows)


@pytest.fixture
def editor(harness, qtbot):
    window = harness.window
    window.editor.set_template_store(TemplateStore(harness.data_dir))
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.editor_area)
    return window.editor


def test_prompts_read_as_questions_without_markdown(editor, qtbot):
    _click(qtbot, editor.prompts)
    shown = editor.body.toPlainText()
    assert "*" not in shown
    for prompt in REFLECTION.prompts:
        assert prompt in shown.split("\n")
        block = editor.body.document().find(prompt).block()
        assert {r.format.fontWeight() for r in block.layout().formats()} == {700}


def test_prompts_on_and_off_save_no_empty_entry(editor, harness, qtbot):
    window, journal = harness.window, harness.journal
    autosave = window.session.autosave
    _click(qtbot, editor.prompts)
    assert editor.prompts.isChecked()
    qtbot.waitUntil(lambda: not autosave.dirty, timeout=5000)  # autosave's pause came and went
    assert _entries(journal) == [] and editor.entry_id is None
    _click(qtbot, editor.prompts)
    assert not editor.prompts.isChecked() and editor.body_text() == ""
    window.session.save_now()
    qtbot.wait(50)
    assert _entries(journal) == [] and window.model.rowCount() == 0

    # with a word of their own the entry is saved, prompts and all
    _click(qtbot, editor.prompts)
    qtbot.keyClicks(editor.body, "She was late")
    window.session.save_now()
    [row] = _entries(journal)
    saved = journal.get(row.id)
    assert saved.body.startswith("What happened?\nShe was late\n")
