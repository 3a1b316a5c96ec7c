"""Backups: the list with dates and sizes, back up now, save a copy elsewhere, restore one. How many are kept
and where they go come from the preferences (backup_keep, backup_folder)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from journal_app.core import i18n
from journal_app.core.errors import InvalidInput
from journal_app.services import backup
from journal_app.ui.common.formatting import short_when
from journal_app.ui.common.i18n import message
from journal_app.ui.common.preferences import Preferences, backup_folder


def human_size(size_in_bytes: int) -> str:
    if size_in_bytes < 1024:
        return QCoreApplication.translate("BackupsDialog", "{n} bytes").format(n=i18n.number(size_in_bytes))
    size = float(size_in_bytes)
    for unit in (
        QCoreApplication.translate("BackupsDialog", "{n} KB"),
        QCoreApplication.translate("BackupsDialog", "{n} MB"),
        QCoreApplication.translate("BackupsDialog", "{n} GB"),
    ):
        size /= 1024
        if size < 1024 or unit == QCoreApplication.translate("BackupsDialog", "{n} GB"):
            return unit.format(n=i18n.number(size, 1))  # 440,0 KB in German
    return ""  # pragma: no cover


class BackupsDialog(QDialog):
    # the journal was replaced by a backup: everything shown must be read again
    restored = Signal()

    def __init__(self, journal, parent=None, prefs: Preferences | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.setMinimumSize(560, 420)
        self._journal = journal
        self.prefs = prefs if prefs is not None else Preferences()
        self.keep = self.prefs.get("backup_keep")
        self.folder = backup_folder(self.prefs)
        note = QLabel(
            QCoreApplication.translate(
                "BackupsDialog",
                "Backups are made every day you open the journal, before a passphrase change and before a "
                "restore. The newest {keep} are kept, encrypted like the journal, in {folder}.",
            ).format(keep=self.keep, folder=backup.backup_dir(journal.data_dir, self.folder))
        )
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("BackupsDialog", "Made"),
                QCoreApplication.translate("BackupsDialog", "Why"),
                QCoreApplication.translate("BackupsDialog", "Size"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(QCoreApplication.translate("BackupsDialog", "Backups"))
        self.backup_button = QPushButton(QCoreApplication.translate("BackupsDialog", "Back up &now"))
        self.export_button = QPushButton(
            QCoreApplication.translate("BackupsDialog", "&Save a copy elsewhere…")
        )
        self.restore_button = QPushButton(QCoreApplication.translate("BackupsDialog", "&Restore…"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("BackupsDialog", "What happened"))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_buttons = buttons
        self._running = None  # the operation under way (operations.run), or None
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.backup_button.clicked.connect(self.back_up_now)
        self.export_button.clicked.connect(self.save_copy)
        self.restore_button.clicked.connect(self.restore_selected)
        self.tree.itemSelectionChanged.connect(self._update)
        self.reload()

    @classmethod
    def ask(cls, journal, parent=None, prefs: Preferences | None = None) -> bool:
        """Show the dialog; True when a backup was restored."""
        dialog = cls(journal, parent, prefs)
        restored = []
        dialog.restored.connect(lambda: restored.append(True))
        dialog.exec()
        return bool(restored)

    def reload(self) -> None:
        self.tree.clear()
        for info in backup.all_backups(self._journal.data_dir, self.folder):
            item = QTreeWidgetItem([short_when(info.created), message(info.label), human_size(info.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, info)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        if self.tree.topLevelItemCount() == 0:
            self.status.setText(QCoreApplication.translate("BackupsDialog", "There are no backups yet."))
        self._update()

    def selected(self):
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _update(self) -> None:
        self.restore_button.setEnabled(not self.busy and self.selected() is not None)

    @property
    def busy(self) -> bool:
        """A backup, copy or restore is running on a worker."""
        return self._running is not None

    def _run(self, work, done, working: str, restores: bool = False) -> None:
        """Run `work` on a worker (operations), the buttons off and `working` said meanwhile; then `done(result)`
        here, or its failure's sentence in the status line."""
        from journal_app.ui.common import operations

        def finished(result) -> None:
            self._set_busy(None)
            done(result)

        def failed(text: str) -> None:
            self._set_busy(None)
            self.status.setText(text)

        self.status.setText(working)
        key = operations.FILE_KEY if restores else None  # a restore swaps the file: locking waits for it
        self._set_busy(operations.run(self, work, finished, failed, key=key, changes=restores))

    def _set_busy(self, op) -> None:
        self._running = op
        for button in (self.backup_button, self.export_button, self.close_buttons):
            button.setEnabled(op is None)
        self.restore_button.setEnabled(op is None and self.selected() is not None)

    def reject(self) -> None:
        if self.busy:
            return  # a copy half-way through: Close comes back when it is done
        super().reject()

    def back_up_now(self) -> None:
        journal, keep, folder = self._journal, self.keep, self.folder

        def done(info) -> None:
            self.reload()
            self.status.setText(
                QCoreApplication.translate("BackupsDialog", "Backed up: {name} ({size}).").format(
                    name=info.path.name, size=human_size(info.size)
                )
            )

        self._run(
            lambda: backup.make_backup(journal, reason="manual", keep=keep, folder=folder),
            done,
            QCoreApplication.translate("BackupsDialog", "Backing up…"),
        )

    def save_copy(self) -> None:
        from journal_app.ui.common.file_targets import choose_file

        def ask() -> str:
            return QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("BackupsDialog", "Save a copy of your journal"),
                "journal-backup.db",
                QCoreApplication.translate("BackupsDialog", "Journal backups (*.db)"),
            )[0]

        path = choose_file(self, ask, self._journal.data_dir, "backup")  # never inside the journal's folder
        if path is None:
            return
        journal = self._journal

        def done(out) -> None:
            self.status.setText(
                (
                    QCoreApplication.translate(
                        "BackupsDialog", "Saved a copy to {path}. It is encrypted with your passphrase."
                    )
                    if self._journal.encrypted
                    else QCoreApplication.translate(
                        "BackupsDialog",
                        "Saved a copy to {path}. It is not encrypted: keep it somewhere private.",
                    )
                ).format(path=out)
            )

        self._run(
            lambda: backup.export_backup(journal, path),
            done,
            QCoreApplication.translate("BackupsDialog", "Saving a copy…"),
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("BackupsDialog", "Restore this backup?"),
            QCoreApplication.translate(
                "BackupsDialog",
                "Your journal will be replaced by the backup from {when}. Your journal as it is now is backed up "
                "first, so you can come back to it.",
            ).format(when=short_when(info.created)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._restore(info, None)

    def _restore(self, info, passphrase: str | None) -> None:
        """Restore on a worker; a backup made under an earlier passphrase (or damaged) asks for the passphrase
        it was made with, then tries once more."""
        journal = self._journal

        def work():
            try:  # the note backup.restore returns when the backup was protected differently
                return True, backup.restore(journal, info.path, passphrase)
            except InvalidInput as exc:
                return False, str(exc)

        def done(result) -> None:
            worked, said = result
            if not worked:
                if passphrase is not None:
                    self.status.setText(said)
                    return
                typed, ok = QInputDialog.getText(
                    self,
                    QCoreApplication.translate("BackupsDialog", "Passphrase of this backup"),
                    QCoreApplication.translate(
                        "BackupsDialog",
                        "This backup does not open with your current passphrase. If it was made with an earlier "
                        "one, type that passphrase (your journal keeps the current one):",
                    ),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    self.status.setText(said)
                    return
                self._restore(info, typed)
                return
            self.reload()
            text = QCoreApplication.translate(
                "BackupsDialog", "Restored. Your journal as it was before is kept as the newest backup."
            )
            self.status.setText(" ".join([text] + ([message(said)] if said else [])))
            self.restored.emit()

        self._run(work, done, QCoreApplication.translate("BackupsDialog", "Restoring…"), restores=True)
