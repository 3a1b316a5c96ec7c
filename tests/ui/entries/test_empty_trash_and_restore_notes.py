"""The window's side of issue 14 items 5 and 6: emptying the Trash from its dialog erases the words and says
that older backups still hold them; restoring a backup protected differently keeps the current passphrase
and says so."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from journal_app.models.values import EntryForm
from journal_app.services import backup, security
from journal_app.services.journal import Journal
from journal_app.ui.entries.trash_dialog import TrashDialog
from journal_app.ui.privacy.backups_dialog import BackupsDialog
from tests.privacy.conftest import files_containing

STRONG = "lantern orbit pickle umbrella"
OTHER = "violet harbour cactus drum"
WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)
CANARY = "Plimsoverdance"


def test_emptying_the_trash_in_the_window_erases_the_words(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir)
    try:
        for i in range(30):
            journal.save(EntryForm(occurred_at=WHEN, body=f"ordinary entry {i}"))
        gone = journal.save(EntryForm(occurred_at=WHEN, title=CANARY, body=f"{CANARY} words"))
        journal.move_to_trash(gone.id)
        dialog = TrashDialog(journal)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # the Trash is read on a worker
        asked = []

        def answer(_parent, _title, text, *_args):
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", answer)
        with qtbot.waitSignal(dialog.trashChanged):
            qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and "cannot be undone" in asked[0]
        assert "Backups made before now still hold them" in asked[0]
        assert journal.trash_count() == 0 and journal.entry_count() == 30
        assert files_containing(data_dir, [CANARY]) == []
    finally:
        journal.close()
    assert files_containing(data_dir, [CANARY]) == []


def _restore_first_backup(qtbot, dialog, monkeypatch, typed: str | None = None) -> None:
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (typed or "", typed is not None))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)  # restored on a worker (and asked again here)


def test_a_backup_from_an_earlier_passphrase_keeps_the_current_one(qtbot, data_dir, monkeypatch):
    journal = Journal.init(data_dir, passphrase=STRONG)
    try:
        journal.save(EntryForm(occurred_at=WHEN, body="before the change"))
        backup.make_backup(journal)
        security.change_passphrase(journal, OTHER)  # makes a second backup, under STRONG too
        journal.save(EntryForm(occurred_at=WHEN, body="after the change"))
        dialog = BackupsDialog(journal)
        qtbot.addWidget(dialog)
        restored = []
        dialog.restored.connect(lambda: restored.append(True))
        _restore_first_backup(qtbot, dialog, monkeypatch, typed=STRONG)
        assert restored
        assert "opens with your current one" in dialog.status.text()
        assert journal.opens_with(OTHER) and journal.entry_count() == 1
    finally:
        journal.close()
    with Journal.open(data_dir, passphrase=OTHER) as again:
        assert [again.get(r.id).body for r in again.page().rows] == ["before the change"]


def test_a_plain_backup_comes_back_encrypted(qtbot, data_dir, tmp_path, monkeypatch):
    with Journal.init(tmp_path / "plain") as plain:
        plain.save(EntryForm(occurred_at=WHEN, body=f"{CANARY} from a plain journal"))
        (data_dir / "backups").mkdir(parents=True)
        plain.copy_to(data_dir / "backups" / "journal-20260101T000000000000Z-manual.db")
    journal = Journal.init(data_dir, passphrase=STRONG)
    try:
        journal.save(EntryForm(occurred_at=WHEN, body="mine"))
        dialog = BackupsDialog(journal)
        qtbot.addWidget(dialog)
        _restore_first_backup(qtbot, dialog, monkeypatch)
        assert "the restored journal is encrypted with your current passphrase" in dialog.status.text()
        assert journal.encrypted and journal.opens_with(STRONG)
    finally:
        journal.close()
    assert Journal.state(data_dir) == "encrypted"
    # the only readable copy of those words is the plain backup that was put there
    assert [name for name, _ in files_containing(data_dir, [CANARY])] == [
        str(data_dir / "backups" / "journal-20260101T000000000000Z-manual.db")]
