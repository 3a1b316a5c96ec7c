"""Search box and filters above the entry list. Results update as you type. The three filters share a row
when they fit; in a narrow list or at a large text size the date filter moves to a row of its own, and a
choice still too long ends in "…" (the whole of it in the tooltip)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from journal_app.core.timeutil import RANGE_PRESETS, preset_range
from journal_app.models.values import EntryFilter, PersonInfo, TriggerInfo
from journal_app.ui.common.i18n import message
from journal_app.ui.common.trigger_picker import swatch
from journal_app.ui.common.widgets import ElidedComboBox, date_range_row

DEBOUNCE_MS = 150


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SearchBar(QWidget):
    # the search text or a filter changed; carries the new EntryFilter
    filterChanged = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("SearchBar", "Search your journal (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QCoreApplication.translate("SearchBar", "Search entries"))
        self.search.setAccessibleDescription(
            QCoreApplication.translate(
                "SearchBar",
                "Words to find in titles and entry text; the list below "
                "shows the matching entries as you type",
            )
        )
        self.trigger = ElidedComboBox()
        self.trigger.setAccessibleName(QCoreApplication.translate("SearchBar", "Filter by trigger"))
        self.trigger.setAccessibleDescription(
            QCoreApplication.translate("SearchBar", "Show only the entries tagged with one trigger")
        )
        self.person = ElidedComboBox()
        self.person.setAccessibleName(QCoreApplication.translate("SearchBar", "Filter by person"))
        self.person.setAccessibleDescription(
            QCoreApplication.translate("SearchBar", "Show only the entries about one person")
        )
        self.period = ElidedComboBox()
        self.period.setAccessibleName(QCoreApplication.translate("SearchBar", "Filter by date"))
        self.period.setAccessibleDescription(
            QCoreApplication.translate("SearchBar", "Show only the entries from a period of time")
        )
        for key, label in RANGE_PRESETS:
            self.period.addItem(message(label), key)
        self._custom, self.start, self.end = date_range_row(
            QCoreApplication.translate("SearchBar", "From date"),
            QCoreApplication.translate("SearchBar", "To date"),
        )

        self.filters = QGridLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        self.two_rows: bool | None = None  # set by _arrange: the date filter on a row of its own
        layout = self._outer = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(self.search)
        layout.addLayout(self.filters)
        layout.addWidget(self._custom)
        self.set_triggers([])
        self.set_people([])
        self._arrange()

        # only these entries (a chain clicked in the cycle view: show_only), until a filter or the search changes
        self.only_ids: tuple[int, ...] = ()
        for signal in (self.search.textChanged, self.trigger.currentIndexChanged, self.person.currentIndexChanged,
                       self.period.currentIndexChanged, self.start.dateChanged, self.end.dateChanged):
            signal.connect(self._forget_only)  # connected first: the new filter is made without them

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.trigger.currentIndexChanged.connect(self._emit)
        self.person.currentIndexChanged.connect(self._emit)
        self.period.currentIndexChanged.connect(self._on_period)
        for box in (self.trigger, self.person, self.period):
            box.currentIndexChanged.connect(lambda _i: self._arrange())
        self.start.dateChanged.connect(self._emit)
        self.end.dateChanged.connect(self._emit)

    # -- layout ------------------------------------------------------------------------------------
    def _fits_one_row(self, width: int) -> bool:
        spacing = max(self.filters.horizontalSpacing(), 0)
        margins = self._outer.contentsMargins()
        need = sum(_needs(box) for box in (self.trigger, self.person, self.period)) + 2 * spacing
        return need <= width - margins.left() - margins.right()

    def _arrange(self) -> None:
        """The three filters on one row when their choices fit in full, else the date filter below. On one row
        each takes a share of the width in proportion to what its choice needs, so a long one ("Alle Auslöser")
        is not cut short beside a short one ("Alle") while the row has room for both."""
        two_rows = not self._fits_one_row(self.width())
        if two_rows != self.two_rows:
            self.two_rows = two_rows
            for box in (self.trigger, self.person, self.period):
                self.filters.removeWidget(box)
            self.filters.addWidget(self.trigger, 0, 0)
            self.filters.addWidget(self.person, 0, 1)
            if two_rows:
                self.filters.addWidget(self.period, 1, 0, 1, 2)
            else:
                self.filters.addWidget(self.period, 0, 2)
        boxes = (self.trigger, self.person) if two_rows else (self.trigger, self.person, self.period)
        for column in range(3):
            share = _needs(boxes[column]) if column < len(boxes) else 0
            self.filters.setColumnStretch(column, max(share, 1) if column < len(boxes) else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._arrange)  # once the filters have the new font too

    def retranslate(self) -> None:
        """Settings ▸ Language changed (ui.common.i18n.retranslate calls this once the choices have their new
        words): the filters' shares of the row again, for the new words' lengths."""
        self._arrange()

    # -- choices -----------------------------------------------------------------------------------
    def set_triggers(self, triggers: list[TriggerInfo]) -> None:
        keep = self.trigger.currentData()
        self.trigger.blockSignals(True)
        self.trigger.clear()
        self.trigger.addItem(QCoreApplication.translate("SearchBar", "All triggers"), None)
        for t in triggers:
            name = (
                QCoreApplication.translate("SearchBar", "{name} (archived)").format(name=t.name)
                if t.archived
                else t.name
            )
            self.trigger.addItem(swatch(t.colour), name, t.id)
        self.trigger.setCurrentIndex(max(self.trigger.findData(keep), 0))
        self.trigger.blockSignals(False)
        self._arrange()

    def set_people(self, people: list[PersonInfo]) -> None:
        keep = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(QCoreApplication.translate("SearchBar", "Everyone"), None)
        for p in people:
            self.person.addItem(p.name, p.id)
        self.person.setCurrentIndex(max(self.person.findData(keep), 0))
        self.person.blockSignals(False)
        self._arrange()

    def _on_period(self) -> None:
        self._custom.setVisible(self.period.currentData() == "custom")
        self._emit()

    def current_filter(self) -> EntryFilter:
        key = self.period.currentData()
        start: date | None
        end: date | None
        if key == "custom":
            first, last = _day(self.start.date()), _day(self.end.date())
            start, end = (last, first) if first > last else (first, last)
        else:
            start, end = preset_range(key, date.today())
        trigger_id = self.trigger.currentData()
        person_id = self.person.currentData()
        return EntryFilter(
            text=self.search.text(),
            trigger_ids=(trigger_id,) if trigger_id is not None else (),
            person_ids=(person_id,) if person_id is not None else (),
            start=start,
            end=end,
            entry_ids=self.only_ids,
        )

    def is_filtering(self) -> bool:
        f = self.current_filter()
        return bool(f.text.strip() or f.trigger_ids or f.person_ids or f.entry_ids or f.start or f.end)

    def _emit(self, *_args) -> None:
        self._debounce.stop()
        self.filterChanged.emit(self.current_filter())

    def show_only(
        self,
        trigger_id: int | None = None,
        person: str | None = None,
        start: date | None = None,
        end: date | None = None,
        entry_ids: tuple[int, ...] = (),
    ) -> None:
        """Filter the list to one trigger and/or person, over [start, end] when given (else any time), and to
        exactly `entry_ids` when given (until a filter or the search changes), as one change (one new list, not
        four)."""
        boxes = (self.trigger, self.person, self.start, self.end, self.period)
        for box in boxes:
            box.blockSignals(True)
        self.trigger.setCurrentIndex(max(self.trigger.findData(trigger_id), 0) if trigger_id else 0)
        self.person.setCurrentIndex(max(self.person.findText(person), 0) if person else 0)
        if start is not None and end is not None:
            self.start.setDate(QDate(start.year, start.month, start.day))
            self.end.setDate(QDate(end.year, end.month, end.day))
            self.period.setCurrentIndex(self.period.findData("custom"))
        else:
            self.period.setCurrentIndex(0)
        for box in boxes:
            box.blockSignals(False)
        self.only_ids = tuple(entry_ids)
        self._on_period()

    def _forget_only(self, *_args) -> None:
        self.only_ids = ()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def _needs(box: QWidget) -> int:
    """The width a filter needs to show its choice in full (never less than it can shrink to)."""
    return max(box.sizeHint().width(), box.minimumSizeHint().width())
