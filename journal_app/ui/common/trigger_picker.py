"""Tick the triggers an entry touched, each with an intensity from 0 to 10 (or not rated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.values import TriggerInfo, TriggerMark

NOT_RATED = -1


def swatch(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


class TriggerRow:
    def __init__(self, trigger: TriggerInfo, grid: QGridLayout, row: int, on_change) -> None:
        self.trigger = trigger
        label = (
            QCoreApplication.translate("TriggerPicker", "{name} (archived)").format(name=trigger.name)
            if trigger.archived
            else trigger.name
        )
        self.check = QCheckBox(label)
        self.check.setIcon(swatch(trigger.colour))
        self.check.setAccessibleName(
            QCoreApplication.translate("TriggerPicker", "Trigger {name}").format(name=trigger.name)
        )
        self.check.setToolTip(trigger.description or trigger.name)
        self.spin = QSpinBox()
        self.spin.setRange(NOT_RATED, 10)
        self.spin.setSpecialValueText(QCoreApplication.translate("TriggerPicker", "not rated"))
        self.spin.setValue(NOT_RATED)
        self.spin.setEnabled(False)
        self.spin.setAccessibleName(
            QCoreApplication.translate("TriggerPicker", "Intensity for {name}").format(name=trigger.name)
        )
        self.spin.setToolTip(
            QCoreApplication.translate(
                "TriggerPicker", "How intense it felt, from 0 (barely) to 10 (overwhelming)"
            )
        )
        self.spin.setAccessibleDescription(
            QCoreApplication.translate(
                "TriggerPicker",
                "How intense it felt, from 0 (barely) to 10 (overwhelming); the "
                "lowest step means not rated. Tick the trigger first.",
            )
        )
        self.check.toggled.connect(self.spin.setEnabled)
        self.check.toggled.connect(on_change)
        self.spin.valueChanged.connect(on_change)
        grid.addWidget(self.check, row, 0)
        grid.addWidget(self.spin, row, 1)

    def mark(self) -> TriggerMark | None:
        if not self.check.isChecked():
            return None
        value = self.spin.value()
        return TriggerMark(self.trigger.id, None if value == NOT_RATED else value)


class TriggerPicker(QWidget):
    # the ticked triggers or an intensity changed
    changed = Signal()
    # the user asked to add or manage triggers
    manageRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._triggers: list[TriggerInfo] = []
        self._rows: dict[int, TriggerRow] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(QCoreApplication.translate("TriggerPicker", "<b>What did it touch?</b>")))
        heading.addStretch(1)
        scale = QLabel(QCoreApplication.translate("TriggerPicker", "How strong (0–10)"))
        scale.setEnabled(False)
        heading.addWidget(scale)
        outer.addLayout(heading)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        outer.addWidget(self._grid_host)
        self._manage = QPushButton(QCoreApplication.translate("TriggerPicker", "Add or edit triggers…"))
        self._manage.setFlat(True)
        self._manage.setCursor(Qt.CursorShape.PointingHandCursor)
        self._manage.clicked.connect(self.manageRequested)
        outer.addWidget(self._manage, alignment=Qt.AlignmentFlag.AlignLeft)
        outer.addStretch(1)

    def set_triggers(self, triggers: list[TriggerInfo]) -> None:
        marks = self.marks()
        self._triggers = list(triggers)
        self._rebuild(marks)

    def _rebuild(self, marks: tuple[TriggerMark, ...]) -> None:
        for row in self._rows.values():
            row.check.deleteLater()
            row.spin.deleteLater()
        self._rows.clear()
        marked = {m.trigger_id for m in marks}
        visible = [t for t in self._triggers if not t.archived or t.id in marked]
        for i, trigger in enumerate(visible):
            self._rows[trigger.id] = TriggerRow(trigger, self._grid, i, self._emit_changed)
        self._apply(marks)

    def _emit_changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def set_marks(self, marks: tuple[TriggerMark, ...]) -> None:
        missing = any(m.trigger_id not in self._rows for m in marks)
        if missing:
            self._rebuild(marks)
        else:
            self._apply(marks)

    def _apply(self, marks: tuple[TriggerMark, ...]) -> None:
        self._loading = True
        try:
            by_id = {m.trigger_id: m for m in marks}
            for trigger_id, row in self._rows.items():
                mark = by_id.get(trigger_id)
                row.check.setChecked(mark is not None)
                row.spin.setValue(NOT_RATED if mark is None or mark.intensity is None else mark.intensity)
        finally:
            self._loading = False

    def marks(self) -> tuple[TriggerMark, ...]:
        return tuple(m for m in (row.mark() for row in self._rows.values()) if m is not None)

    def known(self) -> list[TriggerInfo]:
        """Every trigger the picker knows (archived ones included)."""
        return list(self._triggers)

    # for tests and keyboard users: find a row by slug
    def row_for(self, slug: str) -> TriggerRow | None:
        for row in self._rows.values():
            if row.trigger.slug == slug:
                return row
        return None
