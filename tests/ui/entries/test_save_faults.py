"""A full disk while writing: the window says so calmly, the words stay in the editor, the journal keeps what
was saved before, and saving works again once there is space."""

from __future__ import annotations

import pytest

from journal_app.core.errors import StorageError
from journal_app.core.messages import storage_failure

pytestmark = pytest.mark.gui


def test_disk_full_keeps_the_words_and_saves_later(window, harness, qtbot, monkeypatch):
    journal = harness.journal
    window.new_action.trigger()
    qtbot.keyClicks(window.editor.body, "First words.")
    window.session.save_now()
    assert journal.entry_count() == 1
    real_save = journal.save
    full = {"on": True}

    def save(form):
        if full["on"]:
            raise StorageError(storage_failure("database or disk is full"))
        return real_save(form)

    monkeypatch.setattr(journal, "save", save)
    qtbot.keyClicks(window.editor.body, " More words while the disk is full.")
    window.session.save_now()
    status = window.save_status.text()
    assert status.startswith("Not saved:") and "the disk is full" in status and "Your text is still here" in status
    assert window.editor.body_text() == "First words. More words while the disk is full."
    assert journal.get(window.editor.entry_id).body == "First words."  # what was saved before is intact
    full["on"] = False  # space again
    window.session.save_now()
    assert window.save_status.text() == "Saved"
    assert journal.get(window.editor.entry_id).body == "First words. More words while the disk is full."
