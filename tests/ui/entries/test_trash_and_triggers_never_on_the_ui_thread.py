"""Issue 17: the Trash and the trigger manager call the journal only from workers (the operations layer). Each
is driven through everything it does, with every Journal method noting the thread it ran on; none ran on the UI
thread. (Each read and write is held on a worker while the window answers in test_trash_off_the_ui_thread.py and
test_list_editor.py.)"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox

from journal_app.models.values import EntryForm
from journal_app.ui.common import operations
from journal_app.ui.entries.trash_dialog import TrashDialog
from journal_app.ui.entries.trigger_manager import TriggerManagerDialog
from journal_app.ui.guidance.guidance_links_dialog import GuidanceLinksDialog
from tests.ui.journal_calls import JournalCalls

pytestmark = pytest.mark.gui
WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    operations.wait_all()


def test_the_trash_reads_restores_and_empties_on_workers(qtbot, window, harness, monkeypatch):
    journal = harness.journal
    calls = JournalCalls(monkeypatch)
    kept, gone = (journal.save(EntryForm(occurred_at=WHEN, title=t, body=t)).id for t in ("Kept", "Gone"))
    journal.move_to_trash(kept)
    journal.move_to_trash(gone)
    operations.wait_all()
    calls.start()
    dialog = TrashDialog(journal, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 2, timeout=10000)
    row = next(r for r in range(2) if dialog.model.entry_at(r).id == kept)
    dialog.view.setCurrentIndex(dialog.model.index(row, 0))
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 1, timeout=10000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.empty_button)
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.busy, timeout=10000)
    assert {"restore", "empty_trash"} <= calls.names()
    assert calls.on_the_ui_thread() == []
    assert journal.trash_count() == 0 and journal.get(kept).deleted_at is None


def test_the_trigger_manager_reads_and_changes_on_workers(qtbot, window, harness, monkeypatch):
    journal = harness.journal
    calls = JournalCalls(monkeypatch)
    operations.wait_all()
    calls.start()
    dialog = TriggerManagerDialog(journal, window, library=window.guidance.library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() == 3, timeout=10000)
    qtbot.keyClicks(dialog.new_name, "Feeling criticised")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: dialog.list.count() == 4, timeout=10000)
    dialog.list.setCurrentRow(next(i for i in range(4) if dialog.list.item(i).text().startswith("Feeling")))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Criticism", True))
    click(qtbot, dialog.rename_button)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#009e73"))
    click(qtbot, dialog.colour_button)
    monkeypatch.setattr(GuidanceLinksDialog, "ask", classmethod(lambda cls, *a: ("withdrawal",)))
    click(qtbot, dialog.guidance_button)
    click(qtbot, dialog.archive_button)
    operations.wait_all()
    wanted = {"triggers", "add_trigger", "rename_trigger", "recolour_trigger", "guidance_links", "link_guidance",
              "set_trigger_archived"}
    assert wanted <= calls.names(), calls.names()
    assert calls.on_the_ui_thread() == []
    changed = journal.trigger("feeling-criticised")
    assert (changed.name, changed.colour, changed.archived) == ("Criticism", "#009E73", True)
