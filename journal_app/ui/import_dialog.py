"""Import from another journal (jrnl, Day One, this app's CSV or JSON backup): choose the file, see what it
holds and how its tags become triggers (change any), then import in the background with progress and
cancel. Nothing is written until Import; a cancel or a failure leaves the journal as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from journal_app.errors import JournalError
from journal_app.ui.background import BackgroundWorker, run_in_thread
from journal_app.ui.widgets import heading, paragraph, small_label

FORMAT_LABELS = (
    ("auto", "Find out from the file"),
    ("jrnl-json", "jrnl, JSON export"),
    ("jrnl-txt", "jrnl, plain-text journal"),
    ("dayone-json", "Day One, JSON export (.zip or .json)"),
    ("csv", "CSV from this app"),
    ("json", "JSON backup from this app (into an empty journal)"),
)
FILE_FILTER = "Journals (*.json *.zip *.txt *.csv);;All files (*)"
KEEP = "Keep as words in the text"


class ImportWorker(BackgroundWorker):
    """The import, off the UI thread; cancelling or any failure leaves the journal as it was."""

    def __init__(self, job) -> None:
        super().__init__(job, "The import stopped ({kind}). Nothing was imported.")


class ImportDialog(QDialog):
    # entries were added (or a backup restored): the list and the triggers must be read again
    imported = Signal(object)

    def __init__(self, journal, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import from another journal")
        self.resize(720, 560)
        self._journal = journal
        self.path: Path | None = None
        self.preview = None
        self.thread: QThread | None = None
        self.worker: ImportWorker | None = None

        self.file_label = QLabel("No file chosen yet.")
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton("Choose file…")
        self.format = QComboBox()
        self.format.setAccessibleName("Format of the file")
        for key, label in FORMAT_LABELS:
            self.format.addItem(label, key)
        self.summary = paragraph("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName("Tags and the triggers they become")
        self.table.setHorizontalHeaderLabels(["Tag in the file", "Entries", "Becomes"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = paragraph("")
        self.import_button = QPushButton("Import")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton("Cancel")
        self.close_button = QPushButton("Close")

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        self.cancel_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Bring in entries from another journal", 1.1, 0))
        layout.addWidget(small_label("Nothing is written until you press Import. Entries already in your journal "
                                     "are skipped, so importing the same file twice adds nothing."))
        layout.addLayout(file_row)
        layout.addWidget(self.format)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose)
        self.format.currentIndexChanged.connect(lambda _i: self.load())
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

    # -- reading -----------------------------------------------------------------------------------
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a journal to import", str(Path.home()), FILE_FILTER)
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.load()

    def load(self) -> None:
        """Read the file and show what importing it would do (nothing is written)."""
        from journal_app.importing.apply import preview

        self.preview = None
        self.import_button.setEnabled(False)
        self.table.setRowCount(0)
        if self.path is None:
            return
        try:
            self.preview = preview(self._journal, self.path, self.format.currentData())
        except JournalError as exc:
            self.summary.setText(str(exc))
            return
        self._show_preview()

    def _show_preview(self) -> None:
        p = self.preview
        span = ""
        if p.first and p.last:
            a, b = p.first.astimezone(), p.last.astimezone()
            span = f", from {a.day} {a:%b %Y} to {b.day} {b:%b %Y}"
        lines = [f"{p.count:,} entr{'y' if p.count == 1 else 'ies'}{span}."]
        if p.duplicates:
            lines.append(f"{p.duplicates:,} {'is' if p.duplicates == 1 else 'are'} already in your journal and "
                         "will be skipped.")
        lines += list(p.problems)
        self.summary.setText(" ".join(lines))
        triggers = self._journal.triggers()
        self.table.setRowCount(len(p.tags))
        for row, (tag, count) in enumerate(p.tags.items()):
            self.table.setItem(row, 0, QTableWidgetItem(tag))
            number = QTableWidgetItem(f"{count:,}")
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, number)
            box = QComboBox()
            box.setAccessibleName(f"Trigger for the tag {tag}")
            box.addItem(KEEP, None)
            for t in triggers:
                box.addItem(t.name, t.slug)
            target = p.mapping.get(tag)
            if target and box.findData(target) < 0:
                box.addItem(f"New trigger: {target}", target)
            new_name = tag.lstrip("@#").replace("_", " ").strip() or tag
            if box.findData(new_name) < 0:
                box.addItem(f"New trigger: {new_name}", new_name)
            box.setCurrentIndex(max(box.findData(target), 0) if target else 0)
            self.table.setCellWidget(row, 2, box)
        self.table.setVisible(bool(p.tags))
        self.import_button.setEnabled(p.count > 0 and not (p.format == "json" and p.problems))

    def mapping(self) -> dict[str, str | None]:
        out = {}
        for row in range(self.table.rowCount()):
            out[self.table.item(row, 0).text()] = self.table.cellWidget(row, 2).currentData()
        return out

    # -- importing ---------------------------------------------------------------------------------
    def start(self, wait: bool = False) -> None:
        """Import in the background; `wait` blocks until done (tests)."""
        from journal_app.importing.apply import run_import

        if self.preview is None:
            return
        preview, mapping, journal = self.preview, self.mapping(), self._journal
        self.worker = ImportWorker(lambda tick: run_import(journal, preview, mapping if preview.tags else None, tick))
        self._busy(True)
        self.thread = run_in_thread(self, self.worker, finished=self._finished, failed=self._failed,
                                    progressed=self._progress, wait=wait)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True
            self.status.setText("Cancelling… nothing will be imported.")

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        for w in (self.import_button, self.choose_button, self.format, self.table, self.close_button):
            w.setEnabled(not busy)
        if busy:
            self.status.setText("Importing…")

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result) -> None:
        self._busy(False)
        self.import_button.setEnabled(False)
        self.status.setText(result.summary())
        self.imported.emit(result)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.import_button.setEnabled(self.preview is not None)
        self.status.setText(message or "Cancelled. Nothing was imported; your journal is as it was.")

    def reject(self) -> None:
        if self.thread is not None and self.thread.isRunning():
            self.cancel()
            self.thread.wait()
        super().reject()
