"""Empty Trash… asks with the count the Trash was read with (on a worker), not by counting the journal again on
the UI thread, and it counts every entry in the Trash, past the first page. (With more than a page in the Trash
the dialog used to stay at "Opening the Trash…", its buttons off, because it did not hear the count arrive.)"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal
from journal_app.ui.entries.entry_list_model import PAGE_ROWS
from journal_app.ui.entries.trash_dialog import TrashDialog

pytestmark = pytest.mark.gui
WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


def test_the_question_uses_the_count_read_on_a_worker(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir)
    try:
        trashed = PAGE_ROWS + 3
        for i in range(trashed):
            journal.move_to_trash(journal.save(EntryForm(occurred_at=WHEN, body=f"gone {i}")).id)
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
        # once counted (a second read, past the first page) the dialog says so and Empty Trash… is offered
        assert dialog.info.text() == "Entries here are kept until you empty the Trash."
        assert dialog.empty_button.isEnabled() and dialog.model.rowCount() == trashed

        def not_here():
            raise AssertionError("the Trash was counted again on the UI thread")

        monkeypatch.setattr(journal, "trash_count", not_here)
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and asked[0].startswith(f"Delete the {trashed} entries in the Trash for good?")
    finally:
        journal.close()
