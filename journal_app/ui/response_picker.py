"""What I did in the moment, and whether there was repair: the raw material of the "earned security" view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from journal_app.models.values import REPAIR, RESPONSES


class ResponsePicker(QWidget):
    # a response was ticked or the repair answer changed
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>What did you do?</b>"))
        self.checks: dict[str, QCheckBox] = {}
        for key, label, _pattern in RESPONSES:
            box = QCheckBox(label)
            box.setAccessibleName(f"I {label[0].lower()}{label[1:]}")
            box.toggled.connect(self._emit)
            layout.addWidget(box)
            self.checks[key] = box
        layout.addSpacing(6)
        layout.addWidget(QLabel("Was there repair afterwards?"))
        self.repair = QComboBox()
        self.repair.setAccessibleName("Was there repair afterwards")
        self.repair.addItem("—", None)
        for key, label in REPAIR:
            self.repair.addItem(label, key)
        self.repair.currentIndexChanged.connect(self._emit)
        layout.addWidget(self.repair)
        layout.addStretch(1)

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def set_values(self, responses: tuple[str, ...], repair: str | None) -> None:
        self._loading = True
        try:
            for key, box in self.checks.items():
                box.setChecked(key in responses)
            self.repair.setCurrentIndex(max(self.repair.findData(repair), 0) if repair else 0)
        finally:
            self._loading = False

    def responses(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.checks.items() if box.isChecked())

    def repair_value(self) -> str | None:
        return self.repair.currentData()
