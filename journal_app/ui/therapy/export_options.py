"""The Export dialog's choices, its left side: the format, the range, what to include, which entries (shared
ones ticked, others off; words can be left out), how people are named, the page size, the things to bring up
and a note; and the SummaryOptions they make. The format, how people are named and the page size start as the
export defaults in Settings say (export_format, export_people, export_page).

The entries of a range are read on a worker (operations) and listed a slice at a time, so a range of years
never holds the window; the preview is asked for once they are read (two workers running Python at once would
hold the window back more: each of its Python calls waits for the GIL). Until the list is complete the choices
are the default ticks (the entries marked "may share", every one with its words), which the summary builds the
same way without the list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.analytics_values import DateRange
from journal_app.services import therapy
from journal_app.services.exporting.summary import PEOPLE_MODES, SummaryOptions, default_page_size
from journal_app.ui.common.date_fields import picked_day
from journal_app.ui.common.formatting import date_style, date_text, short_when
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.common.tree_items import top_level_items
from journal_app.ui.common.widgets import date_range_row, heading, small_label
from journal_app.ui.therapy.export_cycle import CycleChoice

if TYPE_CHECKING:
    from journal_app.models.values import AgendaItemInfo, PersonInfo
    from journal_app.services.journal import Journal

ID = Qt.ItemDataRole.UserRole
FILL_SLICE = 250  # entries added to the list per turn of the event loop (about 10 ms)
CLEAR_SLICE = 2000  # rows of the list before taken away per turn (a list of years takes ~100 ms to clear)
PREVIEW_PAUSE_MS = 300  # typing in the note: the preview follows once the typing pauses this long


@dataclass(frozen=True)
class ExportReads:
    """What the dialog reads of the journal as it opens: the last session (for "Since my last session"), the
    people (for the cycle's choice) and the things to bring up. The window reads them on a worker first
    (TherapyController.show_export), so the dialog opens without a read on the UI thread."""

    last_session: date | None
    people: list[PersonInfo]
    agenda: list[AgendaItemInfo]


def read_for_export(journal: Journal, today: date) -> ExportReads:
    """The three small reads the dialog needs as it opens (Qt-free: for a worker)."""
    return ExportReads(therapy.last_session(journal, today), journal.people(), list(therapy.agenda(journal)))


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


# -- the entries to tick ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EntryRow:
    """One entry of the range as the list shows it."""

    id: int
    text: str  # "{when} — {words}", with "(private)" after it when not marked "may share"
    shared: bool


def entry_rows(journal: Journal, rng: DateRange, style: str) -> list[EntryRow]:
    """The entries of the range as the list shows them, oldest first (any thread: `style` is the date format,
    read on the UI thread)."""
    from journal_app.services.exporting import build

    rows = []
    for e in build.range_entries(journal, rng):
        words = e.title or " ".join(e.body.split())[:60] or QCoreApplication.translate("ExportDialog", "(no words)")
        text = QCoreApplication.translate("ExportDialog", "{when} — {words}").format(
            when=short_when(e.occurred_at, style), words=words
        )
        if not e.shared:
            text = QCoreApplication.translate("ExportDialog", "{entry}   (private)").format(entry=text)
        rows.append(EntryRow(e.id, text, e.shared))
    return rows


class EntryChoices(QObject):
    """The list of the range's entries with two boxes each: in the summary (ticked when marked "may share") and
    with its words. The rows are read on a worker and listed FILL_SLICE at a time; the ticks are kept here as
    well, so the choices are known at once, also while the list is still being filled."""

    # the person ticked or unticked a box
    changed = Signal()
    # the range's rows were read (or could not be): the choices are known from now on
    read = Signal()

    def __init__(self, journal: Journal, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._journal = journal
        self.tree = tree
        self._key = f"export-entries:{id(self)}"
        self._rows: list[EntryRow] | None = None  # None: being read
        self._ticked: dict[int, bool] = {}
        self._words_off: set[int] = set()
        self._listed = 0  # rows of _rows in the tree so far
        self._stale = False  # the tree still holds rows of the range before
        self._step = QTimer(self)
        self._step.setInterval(0)
        self._step.timeout.connect(self._next_slice)
        tree.itemChanged.connect(self._on_item_changed)

    @property
    def loading(self) -> bool:
        """The rows are being read, or not all of them are in the list yet."""
        return self._rows is None or self._step.isActive()

    def load(self, rng: DateRange) -> None:
        """List the entries of `rng` (read on a worker; an earlier read still running is dropped)."""
        from journal_app.ui.common import operations

        self._rows = None
        self._ticked.clear()
        self._words_off.clear()
        self._listed = 0
        if self.tree.topLevelItemCount() <= CLEAR_SLICE:
            self._quietly(self.tree.clear)
        else:
            self._stale = True
            self._step.start()  # taken away a slice at a time while the new rows are read
        journal, style = self._journal, date_style()
        operations.run(self.tree, lambda: entry_rows(journal, rng, style), self._arrived, self._failed,
                       key=self._key)

    def forget(self) -> None:
        """Closing: a read still running is not listed."""
        from journal_app.ui.common import operations

        operations.drop(self._key)
        self._step.stop()

    def chosen(self) -> tuple[int, ...] | None:
        """The ids of the ticked entries, oldest first; None while they are being read (then the summary takes
        the default: those marked "may share")."""
        if self._rows is None:
            return None
        return tuple(row.id for row in self._rows if self._ticked.get(row.id, row.shared))

    def words_hidden(self) -> frozenset[int]:
        """The ids of the entries whose words are left out."""
        return frozenset(self._words_off)

    def _arrived(self, rows: object) -> None:
        assert isinstance(rows, list)
        self._rows = rows
        self._ticked = {row.id: row.shared for row in rows}
        self._step.start()
        self.read.emit()

    def _failed(self, message: str) -> None:
        self._rows = []
        self._step.stop()
        self._quietly(self.tree.clear)
        said = message or QCoreApplication.translate("ExportDialog", "The entries could not be read just now.")
        item = QTreeWidgetItem([said])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._quietly(lambda: self.tree.addTopLevelItem(item))
        self.read.emit()

    def _next_slice(self) -> None:
        """One turn of the list's filling: the rows before taken away, else the next FILL_SLICE rows added."""
        if self._stale:
            count = self.tree.topLevelItemCount()
            first = max(0, count - CLEAR_SLICE)
            self._quietly(lambda: self.tree.model().removeRows(first, count - first))
            self._stale = self.tree.topLevelItemCount() > 0
            return
        if self._rows is None:
            self._step.stop()  # cleared; the rows come with _arrived
            return
        batch = self._rows[self._listed:self._listed + FILL_SLICE]
        shared_tip = QCoreApplication.translate("ExportDialog", 'Marked "may share"')
        private_tip = QCoreApplication.translate("ExportDialog", 'Not marked "may share": off unless you tick it')
        items = [_entry_item(row, shared_tip if row.shared else private_tip) for row in batch]
        self._quietly(lambda: self.tree.addTopLevelItems(items))
        self._listed += len(batch)
        if self._listed >= len(self._rows):
            self._step.stop()

    def _quietly(self, change) -> None:
        """Change the list without its itemChanged reaching anyone."""
        blocked = self.tree.blockSignals(True)
        try:
            change()
        finally:
            self.tree.blockSignals(blocked)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        entry = item.data(0, ID)
        if self._rows is None or entry not in self._ticked:
            return
        if column == 0:
            self._ticked[entry] = item.checkState(0) == Qt.CheckState.Checked
        elif item.checkState(1) == Qt.CheckState.Checked:
            self._words_off.discard(entry)
        else:
            self._words_off.add(entry)
        self.changed.emit()


def _entry_item(row: EntryRow, tip: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem([row.text, ""])
    item.setData(0, ID, row.id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Checked if row.shared else Qt.CheckState.Unchecked)
    item.setCheckState(1, Qt.CheckState.Checked)
    item.setToolTip(0, tip)
    return item


# -- every choice ----------------------------------------------------------------------------------------------
class ExportChoices(QObject):
    """The option widgets (built here, laid out by `pane()`) and what they make: `options()`. `changed(pause)`
    says a choice changed; the preview follows after `pause` ms (typing in the note: PREVIEW_PAUSE_MS)."""

    changed = Signal(int)

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
    cycle_box: QCheckBox
    cycle_people: QTreeWidget
    people: QComboBox
    page: QComboBox
    bom: QCheckBox
    # which entries, the questions and a note
    entry_list: QTreeWidget
    questions: QTreeWidget
    note: QPlainTextEdit

    def __init__(self, journal: Journal, today: date, reads: ExportReads, prefs: Preferences,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._journal = journal
        self.today = today
        self.last_session = reads.last_session
        self._agenda = reads.agenda
        self._build_format(prefs)
        self._build_range()
        self._build_include()
        self.cycle = CycleChoice(reads.people, self)
        self.cycle_box, self.cycle_people = self.cycle.box, self.cycle.people
        self._build_people_and_page(prefs)
        self._build_lists()
        self.entries = EntryChoices(journal, self.entry_list)

    def pane(self) -> QScrollArea:
        """The left side: the choices, the entries, the questions and the note, scrolling together."""
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExportDialog", "&Format:"), self.format)
        form.addRow(QCoreApplication.translate("ExportDialog", "&Range:"), self.range)
        form.addRow("", self.custom)
        charts_row = QHBoxLayout()
        charts_row.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "Charts:")))
        for box in self.chart_boxes.values():
            charts_row.addWidget(box)
        charts_row.addStretch(1)
        form.addRow(QCoreApplication.translate("ExportDialog", "Include:"), self.numbers)
        form.addRow("", self.insights)
        form.addRow("", charts_row)
        form.addRow("", self.entries_box)
        form.addRow("", self.count_private)
        form.addRow("", self.cycle.widget())
        form.addRow(QCoreApplication.translate("ExportDialog", "&People:"), self.people)
        form.addRow(QCoreApplication.translate("ExportDialog", "Page si&ze:"), self.page)
        form.addRow("", self.bom)
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

    def start_up(self) -> None:
        """The questions listed, the signals connected and the range's entries asked for (once)."""
        self._fill_questions()
        self._connect_signals()
        self._on_range()

    # -- building ----------------------------------------------------------------------------------
    def _build_format(self, prefs: Preferences) -> None:
        self.format = QComboBox()
        self.format.setAccessibleName(QCoreApplication.translate("ExportDialog", "Format"))
        for key, label, _filter in formats():
            self.format.addItem(label, key)
        self.format.setCurrentIndex(max(self.format.findData(prefs.get("export_format")), 0))

    def _build_range(self) -> None:
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

    def _build_include(self) -> None:
        """The boxes for what goes in."""
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
        self.entry_list.setUniformRowHeights(True)  # a list of years: the view measures one row, not each
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

    def _fill_questions(self) -> None:
        for it in self._agenda:
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

    def _connect_signals(self) -> None:
        self.range.currentIndexChanged.connect(self._on_range)
        self.start.dateChanged.connect(lambda _d: self._on_range())
        self.end.dateChanged.connect(lambda _d: self._on_range())
        self.format.currentIndexChanged.connect(lambda _i: self.changed.emit(0))
        for box in (self.numbers, self.insights, self.entries_box, self.count_private, self.bom,
                    *self.chart_boxes.values()):
            box.toggled.connect(lambda _on: self.changed.emit(0))
        self.cycle.changed.connect(lambda: self.changed.emit(0))
        self.people.currentIndexChanged.connect(lambda _i: self.changed.emit(0))
        self.page.currentIndexChanged.connect(lambda _i: self.changed.emit(0))
        self.entries.changed.connect(lambda: self.changed.emit(0))
        self.entries.read.connect(lambda: self.changed.emit(0))  # after the rows: never two readers at once
        self.questions.itemChanged.connect(lambda _item, _col: self.changed.emit(0))
        self.note.textChanged.connect(lambda: self.changed.emit(PREVIEW_PAUSE_MS))

    def _on_range(self, *_args) -> None:
        """A new range: its entries are read, then the preview follows (see EntryChoices.read)."""
        self.custom.setVisible(self.range.currentData() == "custom")
        self.entries.load(self.date_range()[0])

    # -- what they make ----------------------------------------------------------------------------
    def fmt(self) -> str:
        return self.format.currentData()

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

    def options(self) -> SummaryOptions:
        rng, label = self.date_range()
        questions = tuple(
            i.text(0)
            for i in top_level_items(self.questions)
            if i.flags() & Qt.ItemFlag.ItemIsUserCheckable and i.checkState(0) == Qt.CheckState.Checked
        )
        charts = tuple(k for k, box in self.chart_boxes.items() if box.isChecked())
        include_cycle, cycle_people = self.cycle.chosen(self.fmt())
        return SummaryOptions(
            date_range=rng,
            range_label=label,
            include_numbers=self.numbers.isChecked(),
            include_insights=self.insights.isChecked(),
            charts=charts if self.fmt() in ("pdf", "md") else (),
            include_entries=self.entries_box.isChecked(),
            count_private=self.count_private.isChecked(),
            entry_ids=self.entries.chosen(),
            text_hidden=self.entries.words_hidden(),
            people=self.people.currentData(),
            questions=questions,
            note=self.note.toPlainText(),
            page_size=self.page.currentData(),
            include_cycle=include_cycle,
            cycle_people=cycle_people,
        )

    def apply_format(self) -> None:
        """Enable what applies to the format chosen now (the JSON backup is the whole journal: no choices)."""
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
        self.cycle.set_enabled(fmt)
        self.page.setEnabled(fmt == "pdf")
        self.bom.setEnabled(fmt == "csv")
