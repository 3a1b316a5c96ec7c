"""What I did in the moment, and whether there was repair: the raw material of the "earned security" view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from journal_app.models.values import REPAIR, RESPONSES
from journal_app.ui.common.i18n import message


class ResponsePicker(QWidget):
    # a response was ticked or the repair answer changed
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("ResponsePicker", "<b>What did you do?</b>")))
        self.checks: dict[str, QCheckBox] = {}
        for key, label, _pattern in RESPONSES:
            shown = message(label)
            box = QCheckBox(shown)
            box.setAccessibleName(
                QCoreApplication.translate("ResponsePicker", "I {did}").format(
                    did=shown[:1].lower() + shown[1:]
                )
            )
            box.toggled.connect(self._emit)
            layout.addWidget(box)
            self.checks[key] = box
        layout.addSpacing(6)
        question = QLabel(QCoreApplication.translate("ResponsePicker", "Was there repair afterwards?"))
        layout.addWidget(question)
        self.repair = QComboBox()
        question.setBuddy(self.repair)
        self.repair.setAccessibleName(
            QCoreApplication.translate("ResponsePicker", "Was there repair afterwards")
        )
        self.repair.setAccessibleDescription(
            QCoreApplication.translate(
                "ResponsePicker",
                "Whether you and the other person came back together after it; the dash means not said",
            )
        )
        self.repair.addItem(QCoreApplication.translate("ResponsePicker", "—"), None)
        for key, label in REPAIR:
            self.repair.addItem(message(label), key)
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
