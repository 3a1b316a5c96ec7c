"""Export a summary for the therapist: choose the range, what to include, which entries (shared ones ticked,
others off; words can be left out), how people are named, the questions and a note; see a preview of exactly
what will be written; then save (PDF, Markdown, CSV or the complete JSON backup) or print. The format, how
people are named and the page size start as the export defaults in Settings say (export_format,
export_people, export_page).
The preview is built on a worker (operations): a change of choice asks for it on the next turn of the event
loop, typing in the note after a pause of PREVIEW_PAUSE_MS; a newer request replaces an older one. For a PDF
the worker also draws the charts and builds the preview's document; the UI thread only sets it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.models.analytics_values import DateRange
from journal_app.services import therapy
from journal_app.services.exporting import build
from journal_app.services.exporting.summary import PEOPLE_MODES, SummaryOptions, default_page_size
from journal_app.ui.common.background import BackgroundWorker, run_in_thread
from journal_app.ui.common.date_fields import picked_day
from journal_app.ui.common.formatting import date_text, short_when
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.common.tree_items import top_level_items
from journal_app.ui.common.widgets import date_range_row, heading, small_label

if TYPE_CHECKING:
    from journal_app.services.exporting.summary import Summary
    from journal_app.services.journal import Journal

ID = Qt.ItemDataRole.UserRole
PREVIEW_PAUSE_MS = 300  # typing in the note: the preview follows once the typing pauses this long


def formats() -> tuple[tuple[str, str, str], ...]:
    """(key, name in the list, file-dialog filter) for each format, in the person's language."""
    return (
        (
            "pdf",
            QCoreApplication.translate("ExportDialog", "PDF (to print or send)"),
            QCoreApplication.translate("ExportDialog", "PDF document (*.pdf)"),
        ),
        (
            "md",
            QCoreApplication.translate("ExportDialog", "Markdown (plain text)"),
            QCoreApplication.translate("ExportDialog", "Markdown (*.md)"),
        ),
        (
            "csv",
            QCoreApplication.translate("ExportDialog", "CSV (for a spreadsheet)"),
            QCoreApplication.translate("ExportDialog", "CSV table (*.csv)"),
        ),
        (
            "json",
            QCoreApplication.translate("ExportDialog", "JSON: the whole journal, as a backup"),
            QCoreApplication.translate("ExportDialog", "JSON backup (*.json)"),
        ),
    )


def chart_choices() -> tuple[tuple[str, str], ...]:
    return (
        ("counts", QCoreApplication.translate("ExportDialog", "How often")),
        ("intensity", QCoreApplication.translate("ExportDialog", "Intensity")),
        ("responses", QCoreApplication.translate("ExportDialog", "What I did")),
    )


def people_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("ExportDialog", "By name"),
        "initial": QCoreApplication.translate("ExportDialog", "By initial"),
        "role": QCoreApplication.translate("ExportDialog", "By role (partner, friend…)"),
    }


class ExportDialog(QDialog):
    # a file was written; carries its path
    written = Signal(object)

    # what and when
    format: QComboBox
    range: QComboBox
    custom: QWidget
    start: QDateEdit
    end: QDateEdit
    # what to include
    numbers: QCheckBox
    insights: QCheckBox
    chart_boxes: dict[str, QCheckBox]
    entries_box: QCheckBox
    count_private: QCheckBox
    people: QComboBox
    page: QComboBox
    bom: QCheckBox
    # which entries, the questions and a note
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
    close_button: QPushButton

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        today: date | None = None,
        prefs: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        prefs = prefs if prefs is not None else Preferences()
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export a summary for your therapist"))
        self.resize(1150, 760)
        self._journal = journal
        self.today = today or date.today()
        self.summary: Summary | None = None
        self._preview_document: QTextDocument | None = None
        self.writer_thread: QThread | None = None
        self.worker: BackgroundWorker | None = None
        self.quitting = False
        self.last_session = therapy.last_session(journal, self.today)
        self._preview_key = f"export-preview:{id(self)}"
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self._build_preview)

        split = QSplitter()
        split.addWidget(self._build_options(prefs))
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
        QWidget.setTabOrder(self.save_button, self.close_button)
        self._fill_questions()
        self._connect_signals()
        self._on_range()
        app = QCoreApplication.instance()
        if app is not None:  # quitting (also on SIGTERM, app.close_on_terminate): no partial file stays
            app.aboutToQuit.connect(self.stop_writing)

    # -- building ----------------------------------------------------------------------------------
    def _build_options(self, prefs: Preferences) -> QScrollArea:
        """The left side: the choices, the entries, the questions and the note, scrolling together."""
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "&Format:"), self._build_format(prefs))
        form.addRow(QCoreApplication.translate("ExportDialog", "&Range:"), self._build_range())
        form.addRow("", self.custom)
        charts_row = self._build_include()
        form.addRow(QCoreApplication.translate("ExportDialog", "Include:"), self.numbers)
        form.addRow("", self.insights)
        form.addRow("", charts_row)
        form.addRow("", self.entries_box)
        form.addRow("", self.count_private)
        self._build_people_and_page(prefs)
        form.addRow(QCoreApplication.translate("ExportDialog", "&People:"), self.people)
        form.addRow(QCoreApplication.translate("ExportDialog", "Page si&ze:"), self.page)
        form.addRow("", self.bom)
        self._build_lists()
        options = QWidget()
        ov = QVBoxLayout(options)
        ov.setContentsMargins(0, 0, 6, 0)
        ov.addWidget(heading(QCoreApplication.translate("ExportDialog", "What to share"), 1.1, 0))
        ov.addLayout(form)
        ov.addWidget(
            small_label(
                QCoreApplication.translate(
                    "ExportDialog",
                    'Entries marked "may share" are ticked. Tick others on or off one by one; '
                    "untick Words to show only the date, triggers and intensity.",
                )
            )
        )
        ov.addWidget(self.entry_list, 1)
        ov.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "Things to bring up:")))
        ov.addWidget(self.questions)
        ov.addWidget(self.note)
        scroll = QScrollArea()
        scroll.setWidget(options)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices (the area scrolls to each)
        return scroll

    def _build_format(self, prefs: Preferences) -> QComboBox:
        self.format = QComboBox()
        self.format.setAccessibleName(QCoreApplication.translate("ExportDialog", "Format"))
        for key, label, _filter in formats():
            self.format.addItem(label, key)
        self.format.setCurrentIndex(max(self.format.findData(prefs.get("export_format")), 0))
        return self.format

    def _build_range(self) -> QComboBox:
        """The range list (since the last session first, when there was one) and the custom dates."""
        self.range = QComboBox()
        self.range.setAccessibleName(QCoreApplication.translate("ExportDialog", "Range"))
        ranges: tuple[tuple[str, str], ...] = (
            ()
            if self.last_session is None
            else (
                (
                    "since-last-session",
                    QCoreApplication.translate("ExportDialog", "Since my last session ({day})").format(
                        day=date_text(self.last_session)
                    ),
                ),
            )
        )
        for key, label in (
            *ranges,
            ("last-2-weeks", QCoreApplication.translate("ExportDialog", "Last 2 weeks")),
            ("last-4-weeks", QCoreApplication.translate("ExportDialog", "Last 4 weeks")),
            ("custom", QCoreApplication.translate("ExportDialog", "Custom…")),
        ):
            self.range.addItem(label, key)
        self.custom, self.start, self.end = date_range_row(
            QCoreApplication.translate("ExportDialog", "Export from date"),
            QCoreApplication.translate("ExportDialog", "Export to date"),
        )
        self.custom.hide()
        return self.range

    def _build_include(self) -> QHBoxLayout:
        """The boxes for what goes in; returns the row of chart boxes."""
        self.numbers = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Numbers per trigger, and their change")
        )
        self.insights = QCheckBox(
            QCoreApplication.translate("ExportDialog", "What stands out (plain sentences)")
        )
        self.chart_boxes = {key: QCheckBox(label) for key, label in chart_choices()}
        self.entries_box = QCheckBox(QCoreApplication.translate("ExportDialog", "Entries"))
        for box in (self.numbers, self.insights, self.entries_box, *self.chart_boxes.values()):
            box.setChecked(True)
        # off by default: the numbers, sentences and charts count only the entries marked "may share"
        self.count_private = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Also count my private entries (their words stay hidden)")
        )
        self.count_private.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                'Numbers, sentences and charts count only the entries marked "may share" unless this is ticked. '
                "Private entries stay out of the entry list either way, unless you tick them below.",
            )
        )
        charts_row = QHBoxLayout()
        charts_row.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "Charts:")))
        for box in self.chart_boxes.values():
            charts_row.addWidget(box)
        charts_row.addStretch(1)
        return charts_row

    def _build_people_and_page(self, prefs: Preferences) -> None:
        self.people = QComboBox()
        self.people.setAccessibleName(QCoreApplication.translate("ExportDialog", "How people are named"))
        people_names = people_labels()
        for mode in PEOPLE_MODES:
            self.people.addItem(people_names[mode], mode)
        self.people.setCurrentIndex(max(self.people.findData(prefs.get("export_people")), 0))
        self.page = QComboBox()
        self.page.setAccessibleName(QCoreApplication.translate("ExportDialog", "Page size"))
        for key, label in (
            ("A4", QCoreApplication.translate("ExportDialog", "A4")),
            ("Letter", QCoreApplication.translate("ExportDialog", "Letter")),
        ):
            self.page.addItem(label, key)
        self.page.setCurrentIndex(max(self.page.findData(prefs.get("export_page") or default_page_size()), 0))
        self.bom = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Start with a byte-order mark (helps spreadsheets read accents)"
            )
        )

    def _build_lists(self) -> None:
        """The entries to tick, the things to bring up, and the note."""
        self.entry_list = QTreeWidget()
        self.entry_list.setAccessibleName(QCoreApplication.translate("ExportDialog", "Entries to include"))
        self.entry_list.setHeaderLabels(
            [
                QCoreApplication.translate("ExportDialog", "Entry"),
                QCoreApplication.translate("ExportDialog", "Words"),
            ]
        )
        self.entry_list.setRootIsDecorated(False)
        header = self.entry_list.header()  # the entry gets the room (long dates), Words just its box
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.questions = QTreeWidget()
        self.questions.setAccessibleName(QCoreApplication.translate("ExportDialog", "Things to bring up"))
        self.questions.setHeaderHidden(True)
        self.questions.setRootIsDecorated(False)
        self.questions.setMaximumHeight(110)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(QCoreApplication.translate("ExportDialog", "A note to your therapist"))
        self.note.setPlaceholderText(
            QCoreApplication.translate("ExportDialog", "A note to your therapist (optional)")
        )
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)  # Tab moves on to the preview and the buttons

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
        """The status line, the progress bar and the buttons."""
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Save…"))
        self.print_button = QPushButton(QCoreApplication.translate("ExportDialog", "&Print…"))
        self.close_button = QPushButton(QCoreApplication.translate("ExportDialog", "Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        return buttons

    def _connect_signals(self) -> None:
        self.range.currentIndexChanged.connect(self._on_range)
        self.start.dateChanged.connect(lambda _d: self._on_range())
        self.end.dateChanged.connect(lambda _d: self._on_range())
        self.format.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.numbers, self.insights, self.entries_box, self.count_private, self.bom,
                    *self.chart_boxes.values()):
            box.toggled.connect(lambda _on: self.refresh())
        self.people.currentIndexChanged.connect(lambda _i: self.refresh())
        self.page.currentIndexChanged.connect(lambda _i: self.refresh())
        self.entry_list.itemChanged.connect(lambda _item, _col: self.refresh())
        self.questions.itemChanged.connect(lambda _item, _col: self.refresh())
        self.note.textChanged.connect(lambda: self.refresh(PREVIEW_PAUSE_MS))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_summary)
        self.close_button.clicked.connect(self.reject)

    # -- choices -----------------------------------------------------------------------------------
    def date_range(self) -> tuple[DateRange, str]:
        key = self.range.currentData()
        if key == "since-last-session" and self.last_session is not None:
            return DateRange(min(self.last_session, self.today), self.today), QCoreApplication.translate(
                "ExportDialog", "Since my last session"
            )
        if key == "custom":
            a, b = picked_day(self.start), picked_day(self.end)
            return DateRange(min(a, b), max(a, b)), ""
        days = 14 if key == "last-2-weeks" else 28
        return DateRange(self.today - timedelta(days=days - 1), self.today), self.range.currentText()

    def _on_range(self, *_args) -> None:
        self.custom.setVisible(self.range.currentData() == "custom")
        rng, _label = self.date_range()
        self.entry_list.blockSignals(True)
        self.entry_list.clear()
        for e in build.range_entries(self._journal, rng):
            words = (
                e.title
                or " ".join(e.body.split())[:60]
                or QCoreApplication.translate("ExportDialog", "(no words)")
            )
            text = QCoreApplication.translate("ExportDialog", "{when} — {words}").format(
                when=short_when(e.occurred_at), words=words
            )
            item = QTreeWidgetItem(
                [
                    text
                    if e.shared
                    else QCoreApplication.translate("ExportDialog", "{entry}   (private)").format(entry=text),
                    "",
                ]
            )
            item.setData(0, ID, e.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if e.shared else Qt.CheckState.Unchecked)
            item.setCheckState(1, Qt.CheckState.Checked)
            item.setToolTip(
                0,
                QCoreApplication.translate("ExportDialog", 'Marked "may share"')
                if e.shared
                else QCoreApplication.translate(
                    "ExportDialog", 'Not marked "may share": off unless you tick it'
                ),
            )
            self.entry_list.addTopLevelItem(item)
        self.entry_list.blockSignals(False)
        self.refresh()

    def _fill_questions(self) -> None:
        for it in therapy.agenda(self._journal):
            item = QTreeWidgetItem([it.text])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.questions.addTopLevelItem(item)
        if not self.questions.topLevelItemCount():
            item = QTreeWidgetItem(
                [
                    QCoreApplication.translate(
                        "ExportDialog", "Nothing on the list yet (Journal ▸ Sessions and questions…)."
                    )
                ]
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.questions.addTopLevelItem(item)

    def _items(self, tree: QTreeWidget) -> list[QTreeWidgetItem]:
        return top_level_items(tree)

    def options(self) -> SummaryOptions:
        rng, label = self.date_range()
        chosen = tuple(
            i.data(0, ID) for i in self._items(self.entry_list) if i.checkState(0) == Qt.CheckState.Checked
        )
        hidden = frozenset(
            i.data(0, ID) for i in self._items(self.entry_list) if i.checkState(1) != Qt.CheckState.Checked
        )
        questions = tuple(
            i.text(0)
            for i in self._items(self.questions)
            if i.flags() & Qt.ItemFlag.ItemIsUserCheckable and i.checkState(0) == Qt.CheckState.Checked
        )
        charts = tuple(k for k, box in self.chart_boxes.items() if box.isChecked())
        return SummaryOptions(
            date_range=rng,
            range_label=label,
            include_numbers=self.numbers.isChecked(),
            include_insights=self.insights.isChecked(),
            charts=charts if self.fmt() in ("pdf", "md") else (),
            include_entries=self.entries_box.isChecked(),
            count_private=self.count_private.isChecked(),
            entry_ids=chosen,
            text_hidden=hidden,
            people=self.people.currentData(),
            questions=questions,
            note=self.note.toPlainText(),
            page_size=self.page.currentData(),
        )

    def fmt(self) -> str:
        return self.format.currentData()

    # -- preview -----------------------------------------------------------------------------------
    def refresh(self, pause_ms: int = 0) -> None:
        """The choices changed: enable what applies to the format now, and ask for the preview of exactly
        what will be written (built on a worker, after `pause_ms` without another change)."""
        fmt = self.fmt()
        summary_only = fmt != "json"
        for w in (
            self.range,
            self.custom,
            self.numbers,
            self.insights,
            self.entries_box,
            self.count_private,
            self.people,
            self.entry_list,
            self.questions,
            self.note,
            *self.chart_boxes.values(),
        ):
            w.setEnabled(summary_only)
        self.page.setEnabled(fmt == "pdf")
        self.bom.setEnabled(fmt == "csv")
        self.print_button.setEnabled(summary_only)
        self._preview_timer.start(pause_ms)  # again: the pause starts over

    @property
    def preview_pending(self) -> bool:
        """A preview has been asked for and is not on screen yet."""
        from journal_app.ui.common import operations

        return self._preview_timer.isActive() or operations.pending(self._preview_key) is not None

    def _preview_work(self):
        """What builds the preview (on any thread), with the choices read from the widgets now."""
        fmt, journal, today = self.fmt(), self._journal, self.today
        if fmt == "json":
            return lambda: (fmt, journal.entry_count(), None)
        options = self.options()
        ratio, home = self.preview.devicePixelRatioF(), self.thread()  # read here: widgets live on this thread

        def work():
            summary = build.build_summary(journal, options, today=today)
            if fmt == "md":
                from journal_app.services.exporting.markdown import render_markdown

                return fmt, summary, render_markdown(summary)
            if fmt == "csv":
                from journal_app.services.exporting.csv_export import render_csv

                return fmt, summary, render_csv(summary, bom=False).decode("utf-8")
            from journal_app.services.exporting.pdf import chart_images, preview_document

            # the charts drawn and the document built here (QImage and QTextDocument, no QPixmap: any thread),
            # then handed to the UI thread, which only sets it on the preview
            document = preview_document(summary, ratio, chart_images(summary))
            document.moveToThread(home)
            return fmt, summary, document

        return work

    def _build_preview(self) -> None:
        from journal_app.ui.common import operations

        operations.run(
            self, self._preview_work(), self._show_preview, self._preview_failed, key=self._preview_key
        )

    def flush_preview(self) -> None:
        """Build the preview now, here, if one is still to come (printing needs the summary at once)."""
        if not self.preview_pending:
            return
        from journal_app.ui.common import operations

        self._preview_timer.stop()
        operations.drop(self._preview_key)
        try:
            result = self._preview_work()()
        except JournalError as exc:
            self._preview_failed(str(exc))
        else:
            self._show_preview(result)

    def _preview_failed(self, message: str) -> None:
        self.summary = None
        self.preview.setPalette(QPalette())
        self.preview.setPlainText(message)

    def _show_preview(self, result) -> None:
        """Show what the worker built: (format, summary, its text; for a PDF its document, built there)."""
        fmt, summary, text = result
        self.preview.setPalette(QPalette())  # text previews follow the window's theme (paper: the PDF below)
        if fmt == "json":
            self.summary = None
            count = summary
            every = (
                QCoreApplication.translate("ExportDialog", "its 1 entry")
                if count == 1
                else QCoreApplication.translate("ExportDialog", "all {count} entries").format(count=count)
            )
            self.preview.setPlainText(
                QCoreApplication.translate(
                    "ExportDialog",
                    "The whole journal, as a backup: {every} (private ones too), the Trash, triggers, "
                    "people, sessions with their private notes, and things to bring up.\n\nUse this to move your "
                    "journal or keep a copy you can read without this app. It is not a summary to share.",
                ).format(every=every)
            )
            self.preview_note.setText(
                QCoreApplication.translate(
                    "ExportDialog", "JSON backups are complete on purpose; keep the file private."
                )
            )
            return
        self.summary = summary
        if fmt == "pdf":
            from journal_app.services.exporting.pdf import paper_palette

            self.preview.setPalette(paper_palette())  # paper, not the window's theme: what will be printed
            self._preview_document = text  # kept while shown (the browser does not own it)
            self.preview.setDocument(text)
            self.preview_note.setText(
                QCoreApplication.translate(
                    "ExportDialog", "Page numbers and the footer are added on each page when it is saved."
                )
            )
        elif fmt == "md":
            self.preview.setPlainText(text)
            self.preview_note.setText(
                QCoreApplication.translate(
                    "ExportDialog", "This is the Markdown text, exactly as it will be saved."
                )
            )
        else:
            self.preview.setPlainText(text)
            self.preview_note.setText(
                QCoreApplication.translate(
                    "ExportDialog", "This is the CSV text, exactly as it will be saved."
                )
            )
        n = len(summary.entries)
        self.status.setText(
            (
                QCoreApplication.translate("ExportDialog", "{n} entry in this summary.")
                if n == 1
                else QCoreApplication.translate("ExportDialog", "{n} entries in this summary.")
            ).format(n=n)
        )

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
        """A function (progress -> (path, line)) that writes the chosen export, run off the UI thread (the JSON
        backup reads the journal there on its own pooled connection; the window may keep saving meanwhile)."""
        from journal_app.core.files import write_atomic

        fmt = self.fmt()
        data_dir = self._journal.data_dir  # the partial file is registered there until it is gone
        if fmt == "json":
            from journal_app.services.exporting.json_backup import write_backup

            journal = self._journal

            def backup_job(progress):
                counted = []
                path = write_atomic(
                    target,
                    lambda stream: counted.append(write_backup(journal, stream, progress)),
                    data_dir=data_dir,
                )
                return path, (
                    QCoreApplication.translate("ExportDialog", "Saved the whole journal (1 entry) to {path}.")
                    if counted[0] == 1
                    else QCoreApplication.translate("ExportDialog", "Saved the whole journal ({n} entries) to {path}.")
                ).format(n=counted[0], path=path)

            return backup_job
        bom = self.bom.isChecked()
        # the summary on screen; one still to come (the choices changed a moment ago) is built in the job
        summary = None if self.preview_pending else self.summary
        build_it = self._preview_work() if summary is None else None

        def summary_job(_progress):
            from journal_app.services.exporting.render import render

            nonlocal summary
            if summary is None:
                summary = build_it()[1]
            path = write_atomic(target, render(summary, fmt, bom=bom), data_dir=data_dir)
            n = len(summary.entries)
            return path, (
                QCoreApplication.translate("ExportDialog", "Saved 1 entry to {path}.")
                if n == 1
                else QCoreApplication.translate("ExportDialog", "Saved {n} entries to {path}.")
            ).format(n=n, path=path)

        return summary_job

    def write_to(self, target: Path, wait: bool = False) -> None:
        """Write in the background with progress; `wait` blocks until done (tests)."""
        if self.fmt() != "json" and self.summary is None and not self.preview_pending:
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
        worker = BackgroundWorker(
            self.job_for(target),
            QCoreApplication.translate(
                "ExportDialog",
                "The file could not be written ({kind}). Nothing was "
                "left behind and your journal is unchanged.",
            ),
        )
        self._busy(True)
        self.worker = worker
        self.writer_thread = run_in_thread(
            self, worker, finished=self._finished, failed=self._failed, progressed=self._progress, wait=wait
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for b in (self.save_button, self.print_button):
            b.setEnabled(not busy)
        if busy:
            self.status.setText(QCoreApplication.translate("ExportDialog", "Writing…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, done: tuple) -> None:
        path, line = done
        self._busy(False)
        self.status.setText(line)
        self.written.emit(path)

    def _failed(self, message: str) -> None:
        from journal_app.core.files import STOPPED

        self._busy(False)
        self.status.setText(message)
        if message and message != STOPPED and not self.quitting:  # stopped on purpose: no box to click
            QMessageBox.warning(self, QCoreApplication.translate("ExportDialog", "Not saved"), message)

    # -- printing ----------------------------------------------------------------------------------
    def print_summary(self) -> bool:
        """The system print dialog, then the same pages as the PDF."""
        self.flush_preview()
        if self.summary is None:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from journal_app.services.exporting.pdf import print_summary

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_summary(self.summary, printer)
        self.status.setText(QCoreApplication.translate("ExportDialog", "Sent to the printer."))
        return True

    def stop_writing(self) -> None:
        """The app is quitting while a file is being written: stop it and remove its partial file at once (an
        export is plain text), then wait for the writer to finish its clean-up."""
        if self.writer_thread is None or not self.writer_thread.isRunning():
            return
        from journal_app.core.files import abandon_all

        self.quitting = True
        if self.worker is not None:
            self.worker.cancel()  # the JSON backup stops at its next batch
        abandon_all()
        self._wait_for_writer(30.0)

    def _wait_for_writer(self, limit: float | None = None) -> None:
        """Wait for the writing thread to end, handling events meanwhile: the worker's last signal (which
        also ends the thread) is delivered on this thread, so a bare wait() would wait for itself."""
        import time

        deadline = None if limit is None else time.monotonic() + limit
        while self.writer_thread is not None and self.writer_thread.isRunning():
            if deadline is not None and time.monotonic() > deadline:
                return
            self.writer_thread.wait(20)
            QCoreApplication.processEvents()

    def _forget_preview(self) -> None:
        """Closing: no preview is asked for any more, and one on its way is not shown."""
        from journal_app.ui.common import operations

        self._preview_timer.stop()
        operations.drop(self._preview_key)

    def closeEvent(self, event) -> None:
        self._forget_preview()
        self._wait_for_writer()
        super().closeEvent(event)

    def reject(self) -> None:
        self._forget_preview()
        self._wait_for_writer()
        super().reject()
