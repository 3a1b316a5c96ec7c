"""Import from another journal (jrnl, Day One, this app's CSV or JSON backup): choose the file, see what it
holds and how its tags become triggers (change any), then import in the background with progress and
cancel. Nothing is written until Import; a cancel or a failure leaves the journal as it was."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
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
    QWidget,
)

from journal_app.core import i18n
from journal_app.ui.common.background import BackgroundWorker, run_in_thread
from journal_app.ui.common.formatting import date_text
from journal_app.ui.common.widgets import heading, paragraph, small_label


def format_labels() -> tuple[tuple[str, str], ...]:
    """(format key, what it is called in the list), in the person's language."""
    return (
        ("auto", QCoreApplication.translate("ImportDialog", "Find out from the file")),
        ("jrnl-json", QCoreApplication.translate("ImportDialog", "jrnl, JSON export")),
        ("jrnl-txt", QCoreApplication.translate("ImportDialog", "jrnl, plain-text journal")),
        ("dayone-json", QCoreApplication.translate("ImportDialog", "Day One, JSON export (.zip or .json)")),
        ("csv", QCoreApplication.translate("ImportDialog", "CSV from this app")),
        (
            "json",
            QCoreApplication.translate("ImportDialog", "JSON backup from this app (into an empty journal)"),
        ),
    )


def keep_text() -> str:
    """The choice that keeps a tag as words in the text instead of making it a trigger."""
    return QCoreApplication.translate("ImportDialog", "Keep as words in the text")


class ImportWorker(BackgroundWorker):
    """The import, off the UI thread; cancelling or any failure leaves the journal as it was."""

    def __init__(self, job) -> None:
        super().__init__(
            job,
            QCoreApplication.translate("ImportDialog", "The import stopped ({kind}). Nothing was imported."),
        )


class ImportDialog(QDialog):
    # entries were added (or a backup restored): the list and the triggers must be read again
    imported = Signal(object)

    # the file and how to read it
    file_label: QLabel
    choose_button: QPushButton
    format: QComboBox
    zone: QComboBox
    # what it holds, and how its tags become triggers
    summary: QLabel
    table: QTableWidget
    # progress and the buttons
    progress: QProgressBar
    status: QLabel
    import_button: QPushButton
    cancel_button: QPushButton
    close_button: QPushButton

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import from another journal"))
        self.resize(720, 560)
        self._journal = journal
        self.path: Path | None = None
        self.preview = None
        self._preview_key = f"import-preview:{id(self)}"
        self.import_thread: QThread | None = None
        self.worker: ImportWorker | None = None
        self._triggers: list = []  # the journal's triggers, offered for each tag
        self._result = None  # the last import's result, and its summary as shown (worded again on a new language)
        self._result_text = ""

        file_row = self._build_source()
        self._build_contents()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                QCoreApplication.translate("ImportDialog", "Bring in entries from another journal"), 1.1, 0
            )
        )
        layout.addWidget(
            small_label(
                QCoreApplication.translate(
                    "ImportDialog",
                    "Nothing is written until you press Import. Entries already in your "
                    "journal are skipped, so importing the same file twice adds nothing.",
                )
            )
        )
        layout.addLayout(file_row)
        layout.addWidget(self.format)
        layout.addWidget(self.zone)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.import_button.setDefault(True)  # in the dialog now: Enter comes back to it after Tab

        self._connect_signals()
        self._set_tab_order()

    # -- building ----------------------------------------------------------------------------------
    def _build_source(self) -> QHBoxLayout:
        """The file chosen (and the button to choose it), its format and, for files without zones, the time
        zone it was written in; returns the file's row."""
        self.file_label = QLabel(QCoreApplication.translate("ImportDialog", "No file chosen yet."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Choose file…"))
        self.format = QComboBox()
        self.format.setAccessibleName(QCoreApplication.translate("ImportDialog", "Format of the file"))
        for key, label in format_labels():
            self.format.addItem(label, key)
        self.zone = QComboBox()  # the zone a file without zones (jrnl, CSV) was written in; shown for those
        self.zone.setAccessibleName(QCoreApplication.translate("ImportDialog", "Time zone the file was written in"))
        self.zone.addItem(QCoreApplication.translate("ImportDialog", "Written in this computer's time zone"), None)
        self.zone.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        return file_row

    def _build_contents(self) -> None:
        """What the file holds, and the table of its tags and the triggers they become."""
        self.summary = paragraph("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Tags and the triggers they become")
        )
        self.table.setTabKeyNavigation(False)  # Tab moves on to the choices in the table, then the buttons
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Tag in the file"),
                QCoreApplication.translate("ImportDialog", "Entries"),
                QCoreApplication.translate("ImportDialog", "Becomes"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in (0, 1):  # at least as wide as their headings ("Schlagwort in der Datei" is long)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()

    def _build_buttons(self) -> QHBoxLayout:
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = paragraph("")
        self.import_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Import"))
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportDialog", "Cancel"))
        self.close_button = QPushButton(QCoreApplication.translate("ImportDialog", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        self.cancel_button.hide()
        return buttons

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self.choose)
        self.format.currentIndexChanged.connect(lambda _i: self.load())
        self.zone.currentIndexChanged.connect(lambda _i: self.load())
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
    # -- reading -----------------------------------------------------------------------------------
    def choose(self) -> None:
        from journal_app.ui.common.file_targets import choose_file

        def ask() -> str:
            return QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("ImportDialog", "Choose a journal to import"),
                str(Path.home()),
                QCoreApplication.translate("ImportDialog", "Journals (*.json *.zip *.txt *.csv);;All files (*)"),
            )[0]

        path = choose_file(self, ask, self._journal.data_dir, "import")  # never the journal's own files
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        from journal_app.ui.common.file_targets import refusal

        problem = refusal(path, self._journal.data_dir, "import")
        if problem is not None:  # nothing of the journal's own folder is read
            self.path = self.preview = None
            from journal_app.ui.common import operations

            operations.drop(self._preview_key)  # a file read before is not shown
            self.import_button.setEnabled(False)
            self.table.setRowCount(0)
            self.summary.setText(problem)
            return
        self.path = path
        self.file_label.setText(str(path))
        self.load()

    @property
    def loading(self) -> bool:
        """The file is being read on a worker; its preview is not shown yet."""
        from journal_app.ui.common import operations

        return operations.pending(self._preview_key) is not None

    def load(self) -> None:
        """Read the file on a worker (operations) and show what importing it would do (nothing is written);
        a newer choice (another file, format or zone) replaces a reading still under way."""
        from journal_app.services.importing.apply import preview
        from journal_app.ui.common import operations

        self.preview = None
        self.import_button.setEnabled(False)
        self.table.setRowCount(0)
        if self.path is None:
            operations.drop(self._preview_key)
            return
        journal, path = self._journal, self.path
        fmt, zone = self.format.currentData(), self.zone.currentData()
        self.summary.setText(QCoreApplication.translate("ImportDialog", "Reading the file…"))

        def failed(text: str) -> None:
            self.summary.setText(text)

        operations.run(
            self,
            lambda: (preview(journal, path, fmt, source_zone=zone), journal.triggers()),
            self._show_preview,
            failed,
            key=self._preview_key,
        )

    def _show_preview(self, result) -> None:
        """Show what the worker read: (the preview, the journal's triggers for the tag choices)."""
        p, self._triggers = result
        self.preview = p
        self.summary.setText(self._summary_text(p))
        self._offer_zones(not p.has_zones)
        self.table.setRowCount(len(p.tags))
        for row, (tag, count) in enumerate(p.tags.items()):
            self.table.setItem(row, 0, QTableWidgetItem(tag))
            number = QTableWidgetItem(i18n.number(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, number)
            box = QComboBox()
            self._fill_choice(box, tag, p.mapping.get(tag))
            self.table.setCellWidget(row, 2, box)
        self.table.setVisible(bool(p.tags))
        self._set_tab_order()
        self.import_button.setEnabled(p.count > 0 and not (p.format == "json" and p.problems))

    @staticmethod
    def _summary_text(p) -> str:
        """'12 entries, from 14.03.2026 to 01.07.2026. 2 are already in your journal and will be skipped.' and
        the preview's notes, in the language of the moment."""
        one = p.count == 1
        if p.first and p.last:
            first, last = date_text(p.first.astimezone().date()), date_text(p.last.astimezone().date())
            count = (
                QCoreApplication.translate("ImportDialog", "{n} entry, from {first} to {last}.")
                if one
                else QCoreApplication.translate("ImportDialog", "{n} entries, from {first} to {last}.")
            )
            count = count.format(n=i18n.number(p.count), first=first, last=last)
        else:
            count = (
                QCoreApplication.translate("ImportDialog", "{n} entry.")
                if one
                else QCoreApplication.translate("ImportDialog", "{n} entries.")
            ).format(n=i18n.number(p.count))
        lines = [count]
        if p.duplicates:
            lines.append(
                (
                    QCoreApplication.translate(
                        "ImportDialog", "{n} is already in your journal and will be skipped."
                    )
                    if p.duplicates == 1
                    else QCoreApplication.translate(
                        "ImportDialog", "{n} are already in your journal and will be skipped."
                    )
                ).format(n=i18n.number(p.duplicates))
            )
        lines += list(p.problems)
        return " ".join(lines)

    def _fill_choice(self, box: QComboBox, tag: str, target: str | None) -> None:
        """The choices for one tag (keep it as words, a trigger of the journal, or a new trigger), `target`
        chosen; worded in the language of the moment."""
        box.blockSignals(True)
        box.clear()
        box.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Trigger for the tag {tag}").format(tag=tag)
        )
        box.addItem(keep_text(), None)
        for t in self._triggers:
            box.addItem(t.name, t.slug)
        if target and box.findData(target) < 0:
            box.addItem(
                QCoreApplication.translate("ImportDialog", "New trigger: {name}").format(name=target),
                target,
            )
        new_name = tag.lstrip("@#").replace("_", " ").strip() or tag
        if box.findData(new_name) < 0:
            box.addItem(
                QCoreApplication.translate("ImportDialog", "New trigger: {name}").format(name=new_name),
                new_name,
            )
        box.setCurrentIndex(max(box.findData(target), 0) if target else 0)
        box.blockSignals(False)

    def retranslate(self) -> None:
        """Settings ▸ Language changed while the dialog is open (ui.common.i18n.retranslate calls this after
        the fixed words): the sentences with numbers, dates and names in them again, in the new language; each
        tag's choice and the file chosen stay as they are."""
        if self.preview is not None:
            self.summary.setText(self._summary_text(self.preview))
            for row in range(self.table.rowCount()):
                tag, box = self.table.item(row, 0), self.table.cellWidget(row, 2)
                if tag is not None and isinstance(box, QComboBox):
                    self._fill_choice(box, tag.text(), box.currentData())
        for index in range(1, self.zone.count()):
            self.zone.setItemText(index, self._zone_label(self.zone.itemData(index)))
        if self._result is not None and self.status.text() == self._result_text:
            self._result_text = self._result.summary()
            self.status.setText(self._result_text)

    def _offer_zones(self, wanted: bool) -> None:
        """Show the zone choice for a file whose times have none (filled with every zone the first time)."""
        if wanted and self.zone.count() == 1:
            from zoneinfo import available_timezones

            self.zone.blockSignals(True)
            for name in sorted(available_timezones()):
                self.zone.addItem(self._zone_label(name), name)
            self.zone.blockSignals(False)
        self.zone.setVisible(wanted)

    @staticmethod
    def _zone_label(name: str) -> str:
        return QCoreApplication.translate("ImportDialog", "Written in {zone} time").format(zone=name)

    def _set_tab_order(self) -> None:
        """Tab goes down the dialog as it is shown: the file, the format, each tag's choice, then the buttons."""
        choices = [self.table.cellWidget(row, 2) for row in range(self.table.rowCount())]
        chain = [
            self.choose_button,
            self.format,
            self.zone,
            self.table,
            *choices,
            self.cancel_button,
            self.import_button,
            self.close_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def mapping(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for row in range(self.table.rowCount()):
            tag, choice = self.table.item(row, 0), self.table.cellWidget(row, 2)
            if tag is not None and isinstance(choice, QComboBox):
                out[tag.text()] = choice.currentData()
        return out

    # -- importing ---------------------------------------------------------------------------------
    def start(self, wait: bool = False) -> None:
        """Import in the background; `wait` blocks until done (tests)."""
        from journal_app.services.importing.apply import run_import

        if self.preview is None:
            return
        preview, mapping, journal = self.preview, self.mapping(), self._journal
        self.worker = ImportWorker(
            lambda tick: run_import(journal, preview, mapping if preview.tags else None, tick)
        )
        self._busy(True)
        self.import_thread = run_in_thread(
            self,
            self.worker,
            finished=self._finished,
            failed=self._failed,
            progressed=self._progress,
            wait=wait,
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(
                QCoreApplication.translate("ImportDialog", "Cancelling… nothing will be imported.")
            )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        for w in (self.import_button, self.choose_button, self.format, self.table, self.close_button):
            w.setEnabled(not busy)
        if busy:
            self.status.setText(QCoreApplication.translate("ImportDialog", "Importing…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, result) -> None:
        self._busy(False)
        self.import_button.setEnabled(False)
        self._result, self._result_text = result, result.summary()
        self.status.setText(self._result_text)
        self.imported.emit(result)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.import_button.setEnabled(self.preview is not None)
        self.status.setText(
            message
            or QCoreApplication.translate(
                "ImportDialog", "Cancelled. Nothing was imported; your journal is as it was."
            )
        )

    def reject(self) -> None:
        if self.import_thread is not None and self.import_thread.isRunning():
            self.cancel()
            self.import_thread.wait()
        super().reject()
