"""The Empty Trash question counts in words a person would use: "the entry" for one, "the 2 entries" for more
(it used to ask "Delete the 1 entries")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal
from journal_app.ui.entries.trash_dialog import TrashDialog

pytestmark = pytest.mark.gui
WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


@pytest.mark.parametrize(("trashed", "says", "never"), [
    (1, "Delete the entry in the Trash for good?", "1 entries"),
    (2, "Delete the 2 entries in the Trash for good?", "entry in"),
])
def test_the_question_counts_properly(qtbot, data_dir, monkeypatch, trashed, says, never):
    journal = Journal.init(data_dir)
    try:
        journal.save(EntryForm(occurred_at=WHEN, body="kept"))
        for i in range(trashed):
            journal.move_to_trash(journal.save(EntryForm(occurred_at=WHEN, body=f"gone {i}")).id)
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # the Trash is read on a worker
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and asked[0].startswith(says) and never not in asked[0]
        assert "cannot be undone" in asked[0] and journal.trash_count() == trashed  # Cancel: nothing changed
    finally:
        journal.close()
