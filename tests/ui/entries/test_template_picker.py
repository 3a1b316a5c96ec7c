"""Reflection prompts in the editor: ticking adds them, answers are typed under them, unticking takes out only
the empty ones, the saved entry keeps the answers; and "Edit templates…" adds a template that appears in the
menu."""

from __future__ import annotations

import stat
from datetime import UTC

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from journal_app.services import templates
from journal_app.services.templates import REFLECTION, Template, TemplateStore
from journal_app.ui.common import operations
from journal_app.ui.entries.template_picker import TemplatePicker
from journal_app.ui.entries.templates_dialog import TemplatesDialog

pytestmark = pytest.mark.gui


def _click(qtbot, picker):
    """Click the button's own part (not its menu arrow), where a person would."""
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(8, picker.height() // 2))


def _cursor_under(edit: QPlainTextEdit, prompt: str) -> None:
    cursor = edit.document().find(templates.heading(prompt))
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    edit.setTextCursor(cursor)


def _menu_actions(picker):
    picker.menu().aboutToShow.emit()
    return {a.text(): a for a in picker.menu().actions() if a.text()}


@pytest.fixture
def editor(harness, qtbot):
    window = harness.window
    window.editor.set_template_store(TemplateStore(harness.data_dir))
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.editor_area)
    return window.editor


def test_a_template_entry_keeps_answers_and_drops_empty_prompts(editor, harness, qtbot):
    picker = editor.prompts
    assert picker.text() == "Reflection prompts" and picker.accessibleName() and not picker.isChecked()
    qtbot.keyClicks(editor.body, "We argued.")
    _click(qtbot, picker)
    assert picker.isChecked()
    body = editor.body_text()
    assert body.startswith("We argued.\n\nWhat happened?\n")
    assert all(templates.heading(p) in body for p in REFLECTION.prompts)
    qtbot.keyClicks(editor.body, "She was late")  # the cursor waits under the first prompt
    _cursor_under(editor.body, "What did I need?")
    qtbot.keyClicks(editor.body, "To be asked")

    _click(qtbot, picker)
    assert not picker.isChecked()
    expected = "We argued.\n\nWhat happened?\nShe was late\n\nWhat did I need?\nTo be asked"
    assert editor.body_text() == expected
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not harness.window.session.autosave.dirty, timeout=10000)  # saved on a worker
    saved = harness.journal.get(editor.entry_id)
    assert saved.body == expected

    # ticked again: only the missing prompts come back, and one undo takes them out
    _click(qtbot, picker)
    body = editor.body_text()
    assert body.count("What happened?") == 1 and templates.has_all_prompts(body, REFLECTION)
    assert "She was late" in body and "To be asked" in body
    editor.body.undo()
    assert editor.body_text() == expected


def test_the_tick_follows_the_entry_shown(harness, qtbot):
    window = harness.window
    journal = harness.journal
    from datetime import datetime

    from journal_app.models.values import EntryForm

    journal.save(EntryForm(occurred_at=datetime(2026, 3, 1, 9, tzinfo=UTC), title="With prompts",
                           body="Intro\n\n" + templates.render(REFLECTION)))
    journal.save(EntryForm(occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC), title="Plain",
                           body="Calm."))
    window.model.reload()
    titles = [window.model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(2)]
    with_prompts = next(r for r, t in enumerate(titles) if "With prompts" in str(t))
    window.list_view.setCurrentIndex(window.model.index(with_prompts, 0))
    operations.wait_all()  # the entry is read on a worker
    assert window.editor.prompts.isChecked()
    assert window.editor.body_text().startswith("Intro")  # loading never adds or strips anything
    window.list_view.setCurrentIndex(window.model.index(1 - with_prompts, 0))
    operations.wait_all()  # the entry is read on a worker
    assert not window.editor.prompts.isChecked()
    assert window.editor.body_text() == "Calm."


def test_cursor_lands_right_after_emoji(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    picker = TemplatePicker(edit)
    qtbot.addWidget(picker)
    edit.setPlainText("😔 a hard day 😔")
    picker.setChecked(True)
    qtbot.keyClicks(edit, "x")
    assert "What happened?\nx\n" in picker_text(edit)
    picker.setChecked(False)
    assert picker_text(edit) == "😔 a hard day 😔\n\nWhat happened?\nx"


def picker_text(edit):
    return edit.document().toRawText().replace("\u2029", "\n")


def _drive_dialog(qtbot, monkeypatch, steps):
    """Replace TemplatesDialog.ask with one that builds the real dialog and lets `steps` work it."""
    seen = {}

    def ask(parent, store):
        dialog = TemplatesDialog(store, parent)
        qtbot.addWidget(dialog)
        seen["dialog"] = dialog
        steps(dialog)
        return store.templates() if dialog.result() == QDialog.DialogCode.Accepted else None

    monkeypatch.setattr(TemplatesDialog, "ask", staticmethod(ask))
    return seen


def test_edit_templates_adds_one_that_appears_in_the_menu(editor, harness, qtbot, monkeypatch):
    def steps(dialog):
        assert dialog.name.isReadOnly() and not dialog.delete_button.isEnabled()  # the built-in
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "After a fight")
        dialog.prompts.setFocus()
        qtbot.keyClicks(dialog.prompts, "What did I want to say?")
        qtbot.keyClick(dialog.prompts, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.prompts, "What do I want now?")
        assert dialog.list.currentItem().text() == "After a fight"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = _drive_dialog(qtbot, monkeypatch, steps)
    picker = editor.prompts
    _menu_actions(picker)["Edit templates…"].trigger()
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    path = harness.data_dir / "templates.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    actions = _menu_actions(picker)
    assert list(actions)[:2] == ["Reflection", "After a fight"]
    actions["After a fight"].trigger()
    assert picker.isChecked() and picker.text() == "After a fight prompts"
    assert editor.body_text() == "What did I want to say?\n\n\nWhat do I want now?\n"
    actions = _menu_actions(picker)
    assert actions["After a fight"].isChecked()
    actions["Reflection"].trigger()  # switching: the empty prompts of the other set go
    assert "want now" not in editor.body_text() and templates.has_all_prompts(editor.body_text(), REFLECTION)


def test_dialog_copies_the_builtin_refuses_a_repeated_name_and_deletes(tmp_path, qtbot):
    store = TemplateStore(tmp_path)
    dialog = TemplatesDialog(store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.list.currentItem().text() == "Reflection (my copy)" and not dialog.name.isReadOnly()
    assert dialog.prompts.toPlainText() == "\n".join(REFLECTION.prompts)
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "reflection")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisibleTo(dialog) and "already a template" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and not store.path.exists()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and store.templates() == (REFLECTION,)


def test_an_unreadable_templates_file_is_said_calmly(tmp_path, qtbot):
    (tmp_path / "templates.json").write_text("{oops", encoding="utf-8")
    store = TemplateStore(tmp_path)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    picker = TemplatePicker(edit)
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.message) as said:
        picker.set_store(store)
    assert "templates.json" in said.args[0]
    assert [t.name for t in picker.templates()] == ["Reflection"]
    dialog = TemplatesDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.problem.isVisibleTo(dialog) and "still here" in dialog.problem.text()
    assert Template("x", ("y",)) not in picker.templates()


def test_prompt_lines_show_in_bold(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    picker = TemplatePicker(edit)
    qtbot.addWidget(picker)
    edit.setPlainText("Plain words")
    picker.setChecked(True)
    block = edit.document().findBlock(edit.document().find("What did I feel?").position() - 1)
    weights = {r.format.fontWeight() for r in block.layout().formats()}
    assert weights == {700}
    assert not edit.document().firstBlock().layout().formats()  # the person's words are left as they are
    assert picker.without_prompts(picker_text(edit)).strip() == "Plain words"


def test_the_reflection_prompts_button_follows_a_change_of_language(qtbot):
    from PySide6.QtWidgets import QApplication

    from journal_app.core import i18n
    from journal_app.ui.common.i18n import change_language

    edit = QPlainTextEdit()
    picker = TemplatePicker(edit)
    qtbot.addWidget(edit)
    qtbot.addWidget(picker)
    assert picker.text() == "Reflection prompts"
    try:
        change_language(QApplication.instance(), "de")
        german = i18n.translate("templates", "Reflection")
        assert german != "Reflection"
        assert picker.current().name == german and picker.current().builtin
        assert picker.text() == i18n.translate("TemplatePicker", "{name} prompts").format(name=german)
        assert "Reflection" not in picker.text() and "Reflection" not in picker.toolTip()
    finally:
        change_language(QApplication.instance(), "en")
    assert picker.text() == "Reflection prompts" and picker.current().name == "Reflection"
