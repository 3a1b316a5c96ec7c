"""Managing triggers from the window: add, rename, recolour, archive custom ones; hide built-ins. The list is read
and every change is saved on a worker (the operations layer): each step waits for its answer."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog

from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.ui.common import operations
from journal_app.ui.entries.trigger_manager import TriggerManagerDialog
from tests.ui.opening import open_entry


def select(dialog, name):
    for i in range(dialog.list.count()):
        if dialog.list.item(i).data(Qt.ItemDataRole.UserRole).name == name:
            dialog.list.setCurrentRow(i)
            return dialog.current()
    raise AssertionError(f"{name} not listed")


def click(qtbot, button):
    """Click, and wait for the change to be saved and the list read again (both on a worker)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    operations.wait_all()


def test_add_rename_recolour_archive(qtbot, harness, monkeypatch):
    window, j = harness.window, harness.journal
    dialog = TriggerManagerDialog(j, window)
    qtbot.addWidget(dialog)
    dialog.triggersChanged.connect(window._on_triggers_changed)
    qtbot.keyClicks(dialog.new_name, "Feeling criticised")
    click(qtbot, dialog.add_button)
    added = j.trigger("feeling-criticised")
    assert added.name == "Feeling criticised" and not added.builtin
    # the editor offers it a moment later (the triggers are read again on a worker)
    qtbot.waitUntil(lambda: window.editor.triggers.row_for("feeling-criticised") is not None, timeout=5000)

    select(dialog, "Feeling criticised")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Criticism", True))
    click(qtbot, dialog.rename_button)
    assert j.trigger("feeling-criticised").name == "Criticism"  # slug stays, name changes

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#009e73"))
    click(qtbot, dialog.colour_button)
    assert j.trigger("feeling-criticised").colour == "#009E73"

    # tag an entry, then archive: the entry keeps it, new entries are not offered it
    entry = j.save(EntryForm(occurred_at=now_utc(), body="x", triggers=(TriggerMark(added.id, 4),)))
    select(dialog, "Criticism")
    assert dialog.archive_button.text() == "Archive"
    click(qtbot, dialog.archive_button)
    assert j.trigger("feeling-criticised").archived
    assert [c.slug for c in j.get(entry.id).triggers] == ["feeling-criticised"]
    operations.wait_all()  # the window reads the triggers again on a worker
    window.session.new_entry()
    assert window.editor.triggers.row_for("feeling-criticised") is None
    open_entry(window, entry.id)
    row = window.editor.triggers.row_for("feeling-criticised")
    assert row is not None and row.check.isChecked() and row.spin.value() == 4


def test_builtins_can_be_hidden_not_deleted(qtbot, harness):
    j = harness.journal
    dialog = TriggerManagerDialog(j, harness.window)
    qtbot.addWidget(dialog)
    operations.wait_all()
    select(dialog, "Withdrawal")
    assert dialog.archive_button.text() == "Hide"
    assert "not deleted" in dialog.note.text()
    click(qtbot, dialog.archive_button)
    assert j.trigger("withdrawal").archived
    assert dialog.archive_button.text() == "Show again"
    assert "(built-in, hidden)" in dialog.list.currentItem().text()
    click(qtbot, dialog.archive_button)
    assert not j.trigger("withdrawal").archived
    assert {t.slug for t in j.triggers()} >= {"abandonment-fear", "withdrawal", "push-pull"}


def test_duplicate_name_is_refused_kindly(qtbot, harness):
    dialog = TriggerManagerDialog(harness.journal, harness.window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_name, "withdrawal")
    click(qtbot, dialog.add_button)
    assert dialog.problem.isVisibleTo(dialog) and "already a trigger" in dialog.problem.text()
    assert dialog.new_name.text() == "withdrawal"  # kept, to be changed
    assert len(harness.journal.triggers()) == 3
    qtbot.keyClicks(dialog.new_name, " at night")
    click(qtbot, dialog.add_button)  # the next try clears the message
    assert not dialog.problem.isVisibleTo(dialog) and len(harness.journal.triggers()) == 4
