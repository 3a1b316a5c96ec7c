"""The Trash: entries moved there can be restored; emptying it asks first.

Nothing here reads or writes the journal on the UI thread (issue 17): the Trash's entries are read on a worker
of the operations layer (the list's model with `background=True`, every page read there, as in the window),
and restoring and emptying run there too. Meanwhile "Opening the Trash…" (or the work under way) keeps the
buttons off; Close still answers, except while entries are being restored or the Trash emptied (their answer
reloads the list here and in the window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from journal_app.core import messages
from journal_app.models.values import EntryFilter
from journal_app.ui.common.i18n import message
from journal_app.ui.entries.entry_list_delegate import EntryListDelegate
from journal_app.ui.entries.entry_list_model import ID_ROLE, EntryListModel

if TYPE_CHECKING:
    from journal_app.ui.common.operations import Operation


class TrashDialog(QDialog):
    # entries were restored or deleted for good; the main list should reload
    trashChanged = Signal()

    def __init__(self, journal, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TrashDialog", "Trash"))
        self.setMinimumSize(480, 480)
        self._journal = journal
        self.running: Operation | None = None  # emptying the Trash under way on a worker (operations.run), or None
        self.model = EntryListModel(self, background=True)  # the Trash narrows: every page read on a worker
        self.model.set_filter(EntryFilter(trashed=True))  # no source yet: nothing is read
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(EntryListDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(QCoreApplication.translate("TrashDialog", "Entries in the Trash"))
        self.view.setUniformItemSizes(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.restore_button = QPushButton(QCoreApplication.translate("TrashDialog", "&Restore"))
        self.restore_button.setAccessibleName(
            QCoreApplication.translate("TrashDialog", "Restore selected entries")
        )
        self.empty_button = QPushButton(QCoreApplication.translate("TrashDialog", "&Empty Trash…"))
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.empty_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.model.reloaded.connect(self._update)
        self.model.counted.connect(self._update)  # past the first page, the count comes after it
        self.model.failed.connect(self._update)
        self.model.set_source(journal)  # read on a worker: the list fills in when it arrives
        self._update()

    @property
    def loading(self) -> bool:
        """The Trash's entries are being read on a worker."""
        return self.model.loading

    def _update(self, *_args) -> None:
        count = self.model.rowCount()
        if self.loading:
            text = QCoreApplication.translate("TrashDialog", "Opening the Trash…")
        elif self.model.error:
            text = self.model.error  # the operations layer's calm sentence
        elif count == 0:
            text = message(messages.TRASH_EMPTY)
        else:
            text = QCoreApplication.translate("TrashDialog", "Entries here are kept until you empty the Trash.")
        self.info.setText(text)
        idle = not self.busy and not self.loading
        self.restore_button.setEnabled(idle and bool(self.view.selectionModel().selectedIndexes()))
        self.empty_button.setEnabled(idle and count > 0)

    def restore_selected(self) -> None:
        """Restore the selected entries on a worker; the list is read again when they are back."""
        ids = [i.data(ID_ROLE) for i in self.view.selectionModel().selectedIndexes()]
        if self.busy or self.loading or not ids:
            return
        journal = self._journal

        def work() -> None:
            for entry_id in ids:
                journal.restore(entry_id)

        from journal_app.ui.common import operations

        # a failure part-way keeps what was restored before it (as before): the list and the window reload
        self.running = operations.run(self, work, lambda _none: self._restored(""), self._restored,
                                      key="trash-restore")
        self._update()

    def _restored(self, problem: str) -> None:
        self.running = None
        if problem:
            QMessageBox.warning(self, QCoreApplication.translate("TrashDialog", "Trash"), problem)
        self.model.reload()
        self._update()
        self.trashChanged.emit()

    def empty(self) -> None:
        if self.busy or self.loading:
            return
        n = self.model.rowCount()  # counted on a worker once the Trash was read (the button waits for it)
        if n == 0:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("TrashDialog", "Empty the Trash?"),
            message(messages.EMPTY_TRASH_QUESTION_ONE if n == 1 else messages.EMPTY_TRASH_QUESTION).format(n=n),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Emptying rewrites the search index without the deleted words (about 0.3 s for ten years of daily
        # entries, 2 s for 36,500 entries): on a worker, the buttons (and Close) off meanwhile.
        from journal_app.ui.common import operations

        self.running = operations.run(self, self._journal.empty_trash, self._emptied, self._not_emptied,
                                      key="empty-trash", changes=True)
        self._update()

    @property
    def busy(self) -> bool:
        return self.running is not None

    def _emptied(self, _removed) -> None:
        self.running = None
        self.model.reload()
        self._update()
        self.trashChanged.emit()

    def _not_emptied(self, problem: str) -> None:
        self.running = None
        if problem:
            QMessageBox.warning(self, QCoreApplication.translate("TrashDialog", "Trash"), problem)
        self._emptied(None)

    def reject(self) -> None:
        if self.busy:
            return  # the Trash is being emptied: its answer reloads the list here and in the window
        super().reject()
