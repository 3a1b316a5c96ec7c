"""Search box and filters above the entry list. Results update as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from journal_app.models.values import EntryFilter, PersonInfo, TriggerInfo
from journal_app.timeutil import RANGE_PRESETS, preset_range
from journal_app.ui.trigger_picker import swatch
from journal_app.ui.widgets import date_range_row

DEBOUNCE_MS = 150


class SearchBar(QWidget):
    # the search text or a filter changed; carries the new EntryFilter
    filterChanged = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search your journal (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search entries")
        self.trigger = QComboBox()
        self.trigger.setAccessibleName("Filter by trigger")
        self.person = QComboBox()
        self.person.setAccessibleName("Filter by person")
        self.period = QComboBox()
        self.period.setAccessibleName("Filter by date")
        for key, label in RANGE_PRESETS:
            self.period.addItem(label, key)
        self._custom, self.start, self.end = date_range_row("From date", "To date")

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.trigger, 1)
        filters.addWidget(self.person, 1)
        filters.addWidget(self.period, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self._custom)
        self.set_triggers([])
        self.set_people([])

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.trigger.currentIndexChanged.connect(self._emit)
        self.person.currentIndexChanged.connect(self._emit)
        self.period.currentIndexChanged.connect(self._on_period)
        self.start.dateChanged.connect(self._emit)
        self.end.dateChanged.connect(self._emit)

    def set_triggers(self, triggers: list[TriggerInfo]) -> None:
        keep = self.trigger.currentData()
        self.trigger.blockSignals(True)
        self.trigger.clear()
        self.trigger.addItem("All triggers", None)
        for t in triggers:
            self.trigger.addItem(swatch(t.colour), t.name + (" (archived)" if t.archived else ""), t.id)
        self.trigger.setCurrentIndex(max(self.trigger.findData(keep), 0))
        self.trigger.blockSignals(False)

    def set_people(self, people: list[PersonInfo]) -> None:
        keep = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem("Everyone", None)
        for p in people:
            self.person.addItem(p.name, p.id)
        self.person.setCurrentIndex(max(self.person.findData(keep), 0))
        self.person.blockSignals(False)

    def _on_period(self) -> None:
        self._custom.setVisible(self.period.currentData() == "custom")
        self._emit()

    def current_filter(self) -> EntryFilter:
        key = self.period.currentData()
        if key == "custom":
            start, end = self.start.date().toPython(), self.end.date().toPython()
            if start > end:
                start, end = end, start
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
        )

    def is_filtering(self) -> bool:
        f = self.current_filter()
        return bool(f.text.strip() or f.trigger_ids or f.person_ids or f.start or f.end)

    def _emit(self, *_args) -> None:
        self._debounce.stop()
        self.filterChanged.emit(self.current_filter())

    def show_only(self, trigger_id: int | None = None, person: str | None = None, start=None, end=None) -> None:
        """Filter the list to one trigger and/or person, over [start, end] when given (else any time), as one
        change (one new list, not four)."""
        boxes = (self.trigger, self.person, self.start, self.end, self.period)
        for box in boxes:
            box.blockSignals(True)
        self.trigger.setCurrentIndex(max(self.trigger.findData(trigger_id), 0) if trigger_id else 0)
        self.person.setCurrentIndex(max(self.person.findText(person), 0) if person else 0)
        if start is not None and end is not None:
            self.start.setDate(start)
            self.end.setDate(end)
            self.period.setCurrentIndex(self.period.findData("custom"))
        else:
            self.period.setCurrentIndex(0)
        for box in boxes:
            box.blockSignals(False)
        self._on_period()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
