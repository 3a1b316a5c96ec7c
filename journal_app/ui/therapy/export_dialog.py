"""Export a summary for the therapist: choose the range, what to include, which entries (shared ones ticked,
others off; words can be left out), how people are named, the questions and a note; see a preview of exactly
what will be written; then save (PDF, Markdown, CSV or the complete JSON backup) or print.

This module is the window: it puts the parts together and says what happened. The parts:
- export_options.py: the choices (the left side) and the SummaryOptions they make; the range's entries are
  read on a worker and listed a slice at a time;
- export_preview.py: the preview, built on a worker after a pause, superseded ones dropped, the charts kept
  between previews, a text preview shown a part at a time;
- export_writer.py: writing the file on a thread of its own, with progress and Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.common.widgets import heading, small_label
from journal_app.ui.therapy.export_options import ExportChoices, ExportReads, formats, read_for_export
from journal_app.ui.therapy.export_preview import ChartCache, PreviewPane, preview_work
from journal_app.ui.therapy.export_writer import ExportWriter, backup_job, print_job, summary_job

if TYPE_CHECKING:
    from journal_app.models.analytics_values import DateRange
    from journal_app.services.exporting.summary import Summary, SummaryOptions
    from journal_app.services.journal import Journal

# the choices' widgets, reachable on the dialog as before the split (dialog.format, dialog.note, ...)
CHOICE_WIDGETS = ("format", "range", "custom", "start", "end", "numbers", "insights", "chart_boxes", "entries_box",
                  "count_private", "cycle_box", "cycle_people", "people", "page", "bom", "entry_list", "questions",
                  "note")


class ExportDialog(QDialog):
    # a file was written; carries its path
    written = Signal(object)

    # the choices (export_options.ExportChoices makes them)
    format: QComboBox
    range: QComboBox
    custom: QWidget
    start: QDateEdit
    end: QDateEdit
    numbers: QCheckBox
    insights: QCheckBox
    chart_boxes: dict[str, QCheckBox]
    entries_box: QCheckBox
    count_private: QCheckBox
    cycle_box: QCheckBox
    cycle_people: QTreeWidget
    people: QComboBox
    page: QComboBox
    bom: QCheckBox
    entry_list: QTreeWidget
    questions: QTreeWidget
    note: QPlainTextEdit
    # preview and actions
    preview: QTextBrowser
    preview_note: QLabel
    privacy: QLabel
    progress: QProgressBar
    status: QLabel
    save_button: QPushButton
    print_button: QPushButton
    cancel_button: QPushButton
    close_button: QPushButton

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        today: date | None = None,
        prefs: Preferences | None = None,
        reads: ExportReads | None = None,
    ) -> None:
        """`reads`: what the dialog reads as it opens, read already on a worker (else read here)."""
        super().__init__(parent)
        prefs = prefs if prefs is not None else Preferences()
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export a summary for your therapist"))
        self.resize(1150, 760)
        self._journal = journal
        self.today = today or date.today()
        self.summary: Summary | None = None
        self.printer: object | None = None  # the QPrinter of the last print (its job paints on it)
        self.quitting = False
        reads = reads if reads is not None else read_for_export(journal, self.today)
        self.last_session = reads.last_session
        self.choices = ExportChoices(journal, self.today, reads, prefs, self)
        for name in CHOICE_WIDGETS:
            setattr(self, name, getattr(self.choices, name))
        self.charts = ChartCache()  # kept between previews, and used when saving
        self.writer = ExportWriter(self, QCoreApplication.translate(
            "ExportDialog", "The file could not be written ({kind}). Nothing was left behind and your journal is "
                            "unchanged."))
        self._lay_out()
        self.pane = PreviewPane(self.preview, self._preview_work, self._deliver_preview, self._preview_failed)
        self._preview_timer = self.pane.timer
        self._connect_signals()
        self.choices.start_up()
        self.choices.apply_format()  # the preview (and refresh) follow once the range's entries are read
        app = QCoreApplication.instance()
        if app is not None:  # quitting (also on SIGTERM, app.close_on_terminate): no partial file stays
            app.aboutToQuit.connect(self.stop_writing)

    # -- building ----------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        split = QSplitter()
        split.addWidget(self.choices.pane())
        split.addWidget(self._build_preview_pane())
        split.setSizes([500, 650])
        split.setChildrenCollapsible(False)
        self.privacy = small_label(
            QCoreApplication.translate(
                "ExportDialog",
                "The file you save is not encrypted: it leaves your private journal on purpose. "
                "Only what the preview shows goes in.",
            )
        )
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.privacy)
        layout.addLayout(buttons)
        self.save_button.setDefault(True)  # in the dialog now: Enter comes back to it after Tab
        QWidget.setTabOrder(self.preview, self.print_button)  # the buttons in the order they are shown
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.close_button)

    def _build_preview_pane(self) -> QWidget:
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(
            QCoreApplication.translate("ExportDialog", "Preview of what will be written")
        )
        self.preview.setOpenLinks(False)
        self.preview_note = small_label("")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        rv.addWidget(heading(QCoreApplication.translate("ExportDialog", "Preview"), 1.1, 0))
        rv.addWidget(self.preview, 1)
        rv.addWidget(self.preview_note)
        return right

    def _build_buttons(self) -> QHBoxLayout:
        """The status line, the progress bar and the buttons (Cancel only while a file is being written)."""
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Save…"))
        self.print_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Print…"))
        self.cancel_button = QPushButton(QCoreApplication.translate("ExportDialog", "Stop writing"))
        self.cancel_button.hide()
        self.close_button = QPushButton(QCoreApplication.translate("ExportDialog", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        return buttons

    def _connect_signals(self) -> None:
        self.choices.changed.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_summary)
        self.cancel_button.clicked.connect(self.writer.cancel)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._let_go)
        self.writer.finished.connect(self._finished)
        self.writer.failed.connect(self._failed)
        self.writer.progressed.connect(self._progress)

    # -- choices -----------------------------------------------------------------------------------
    def date_range(self) -> tuple[DateRange, str]:
        return self.choices.date_range()

    def options(self) -> SummaryOptions:
        return self.choices.options()

    def fmt(self) -> str:
        return self.choices.fmt()

    # -- preview -----------------------------------------------------------------------------------
    def refresh(self, pause_ms: int = 0) -> None:
        """The choices changed: enable what applies to the format now, and ask for the preview of exactly
        what will be written (built on a worker, after `pause_ms` without another change)."""
        self.choices.apply_format()
        self.print_button.setEnabled(self.fmt() != "json" and not self.writer.busy)
        self.pane.request(pause_ms)

    @property
    def preview_pending(self) -> bool:
        """A preview has been asked for and is not all on screen yet (or the range's entries are still being
        listed)."""
        return self.pane.pending or self.choices.entries.loading

    def _preview_work(self):
        """What builds the preview (on a worker), with the choices read from the widgets now."""
        fmt = self.fmt()
        options = None if fmt == "json" else self.options()
        # read here: widgets live on this thread
        return preview_work(self._journal, fmt, options, self.today, self.preview.devicePixelRatioF(), self.charts)

    def _preview_failed(self, message: str) -> None:
        self.summary = None
        self.pane.show_plain(message)

    def _deliver_preview(self, result: tuple) -> None:
        self._show_preview(result)  # looked up now: a test may have wrapped it

    def _show_preview(self, result) -> None:
        """Show what the worker built: (format, summary, what to show: its text in parts, or its document)."""
        fmt, summary, shown = result
        if fmt == "json":
            self.summary = None
            self.pane.show_plain(_backup_description(summary))
            self.preview_note.setText(
                QCoreApplication.translate(
                    "ExportDialog", "JSON backups are complete on purpose; keep the file private."
                )
            )
            return
        self.summary = summary
        if fmt == "pdf":
            self.pane.show_document(shown)
            self.preview_note.setText(
                QCoreApplication.translate(
                    "ExportDialog", "Page numbers and the footer are added on each page when it is saved."
                )
            )
        else:
            self.pane.show_text(shown)
            self.preview_note.setText(
                QCoreApplication.translate("ExportDialog", "This is the Markdown text, exactly as it will be saved.")
                if fmt == "md"
                else QCoreApplication.translate("ExportDialog", "This is the CSV text, exactly as it will be saved.")
            )
        if not self.writer.busy:
            self.status.setText(_entries_line(len(summary.entries)))

    # -- writing -----------------------------------------------------------------------------------
    def suggested_name(self) -> str:
        fmt = self.fmt()
        if fmt == "json":
            return f"journal-backup-{self.today.isoformat()}.json"
        rng, _ = self.date_range()
        return f"summary-{rng.start.isoformat()}-to-{rng.end.isoformat()}.{fmt}"

    def ask_target(self) -> Path | None:
        name_filter = next(f for k, _l, f in formats() if k == self.fmt())
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportDialog", "Save the summary"),
            str(Path.home() / self.suggested_name()),
            name_filter,
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(f".{self.fmt()}")

    def save(self) -> None:
        from journal_app.ui.common.file_targets import choose_file

        target = choose_file(self, self.ask_target, self._journal.data_dir, "export")  # never the journal's folder
        if target is not None:
            self.write_to(target)

    def job_for(self, target: Path):
        """A function (progress -> (path, line)) that writes the chosen export, run off the UI thread."""
        fmt = self.fmt()
        if fmt == "json":
            return backup_job(self._journal, target)
        # the summary on screen; one still to come (the choices changed a moment ago) is built in the job
        summary = None if self.preview_pending else self.summary
        journal, options, today = self._journal, self.options(), self.today

        def build_summary() -> Summary:
            from journal_app.services.exporting import build

            return build.build_summary(journal, options, today=today)

        return summary_job(target, fmt, data_dir=self._journal.data_dir, bom=self.bom.isChecked(), summary=summary,
                           build_summary=build_summary, charts=self.charts)

    def write_to(self, target: Path, wait: bool = False) -> None:
        """Write in the background with progress; `wait` blocks until done (tests)."""
        if self.fmt() != "json" and self.summary is None and not self.preview_pending:
            return
        if self.writer.busy:
            return
        from journal_app.core.files import check_target
        from journal_app.ui.common.file_targets import refusal

        problem = refusal(target, self._journal.data_dir, "export")
        if problem is not None:
            self._failed(problem)
            return
        try:
            check_target(target)
        except JournalError as exc:
            self._failed(str(exc))
            return
        job = self.job_for(target)
        self._busy(True)
        self.writer.start(job, wait=wait)

    @property
    def worker(self):
        """The writer's worker (the one writing now, or the last one)."""
        return self.writer.worker

    @property
    def writer_thread(self):
        return self.writer.writing

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy and self.fmt() != "json")
        if busy:
            self.status.setText(QCoreApplication.translate("ExportDialog", "Writing…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, done: tuple) -> None:
        path, line = done
        self._busy(False)
        self.status.setText(line)
        if path is not None:  # printed: no file
            self.written.emit(path)

    def _failed(self, message: str) -> None:
        from journal_app.core.files import STOPPED

        self._busy(False)
        if not message and not self.quitting:  # Cancel pressed
            message = STOPPED
        self.status.setText(message)
        if message and message != STOPPED and not self.quitting:  # stopped on purpose: no box to click
            QMessageBox.warning(self, QCoreApplication.translate("ExportDialog", "Not saved"), message)

    # -- printing ----------------------------------------------------------------------------------
    def print_summary(self, wait: bool = False) -> bool:
        """The system print dialog, then the same pages as the PDF, laid out and painted on the writer's thread
        with progress and Stop (a year's summary takes seconds); `wait` blocks until done (tests). True when
        the printing started."""
        if self.fmt() == "json" or self.writer.busy or (self.summary is None and not self.preview_pending):
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        # the summary on screen; one still to come (the choices changed a moment ago) is built in the job
        summary = None if self.preview_pending else self.summary
        journal, options, today = self._journal, self.options(), self.today

        def build_summary() -> Summary:
            from journal_app.services.exporting import build

            return build.build_summary(journal, options, today=today)

        self._busy(True)
        self.printer = printer  # kept until the job is done with it
        self.writer.start(print_job(printer, summary, build_summary, self.charts), wait=wait)
        return True

    # -- closing -----------------------------------------------------------------------------------
    def stop_writing(self) -> None:
        """The app is quitting while a file is being written: stop it and remove its partial file at once (an
        export is plain text), then wait for the writer to finish its clean-up."""
        if not self.writer.busy:
            return
        self.quitting = True
        self.writer.stop_now()

    def _forget_preview(self) -> None:
        """Closing: no preview is asked for any more, one on its way is not shown, the entries not listed."""
        self.pane.forget()
        self.choices.entries.forget()

    def _let_go(self) -> None:
        """Closed (after any writing finished): let go of the summary and the charts, which the window would
        otherwise keep as long as it keeps this dialog's Python side (tens of megabytes on a busy journal)."""
        self.summary = None
        self.charts.clear()

    def closeEvent(self, event) -> None:
        self._forget_preview()
        self.writer.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        self._forget_preview()
        self.writer.wait()
        super().reject()


def _backup_description(count: int) -> str:
    every = (
        QCoreApplication.translate("ExportDialog", "its 1 entry")
        if count == 1
        else QCoreApplication.translate("ExportDialog", "all {count} entries").format(count=count)
    )
    return QCoreApplication.translate(
        "ExportDialog",
        "The whole journal, as a backup: {every} (private ones too), the Trash, triggers, "
        "people, sessions with their private notes, and things to bring up.\n\nUse this to move your "
        "journal or keep a copy you can read without this app. It is not a summary to share.",
    ).format(every=every)


def _entries_line(n: int) -> str:
    return (
        QCoreApplication.translate("ExportDialog", "{n} entry in this summary.")
        if n == 1
        else QCoreApplication.translate("ExportDialog", "{n} entries in this summary.")
    ).format(n=n)
