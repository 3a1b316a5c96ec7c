"""Who was involved: chips for the chosen people, and a field to add someone (new or known)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.values import RELATIONSHIPS, PersonInfo
from journal_app.ui.common.i18n import message

RELATIONSHIP_LABELS = dict(RELATIONSHIPS)


def relationship_label(key: str) -> str:
    """A relationship type's label (from journal_app.models.values), translated."""
    label = RELATIONSHIP_LABELS.get(key)
    return message(label) if label else key


class FlowRow(QWidget):
    """A simple wrapping row of chip buttons."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._buttons: list[QToolButton] = []

    def set_buttons(self, buttons: list[QToolButton], per_line: int = 3) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.deleteLater()
        self._buttons = buttons
        for start in range(0, len(buttons), per_line):
            line = QWidget()
            h = QHBoxLayout(line)
            h.setContentsMargins(0, 0, 0, 0)
            for b in buttons[start : start + per_line]:
                h.addWidget(b)
            h.addStretch(1)
            self._layout.addWidget(line)


class PeoplePicker(QWidget):
    # the chosen people changed
    changed = Signal()
    # the user asked to add a person by name with a relationship type (the window creates or finds them)
    addRequested = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._known: list[PersonInfo] = []
        self._chosen: list[PersonInfo] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(QLabel(QCoreApplication.translate("PeoplePicker", "<b>Who was involved?</b>")))
        self._chips = FlowRow()
        outer.addWidget(self._chips)
        self._empty = QLabel(QCoreApplication.translate("PeoplePicker", "Nobody added yet."))
        self._empty.setEnabled(False)
        outer.addWidget(self._empty)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PeoplePicker", "Name, e.g. Sam"))
        self.name_edit.setAccessibleName(QCoreApplication.translate("PeoplePicker", "Person's name"))
        self.name_edit.setAccessibleDescription(
            QCoreApplication.translate(
                "PeoplePicker", "Type a name, new or known, then press Enter to add them"
            )
        )
        self.relationship = QComboBox()
        self.relationship.setAccessibleName(QCoreApplication.translate("PeoplePicker", "Relationship"))
        for key, _label in RELATIONSHIPS:
            self.relationship.addItem(relationship_label(key), key)
        self.add_button = QPushButton(QCoreApplication.translate("PeoplePicker", "Add"))
        self.add_button.setAccessibleName(QCoreApplication.translate("PeoplePicker", "Add person"))
        self.add_button.setEnabled(False)
        outer.addWidget(self.name_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(self.relationship, 1)
        add_row.addWidget(self.add_button)
        outer.addLayout(add_row)
        outer.addStretch(1)

        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_edit.setCompleter(self._completer)
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.name_edit.returnPressed.connect(self._request_add)
        self.add_button.clicked.connect(self._request_add)
        self._refresh_chips()

    def set_known(self, people: list[PersonInfo]) -> None:
        self._known = list(people)
        self._completer.setModel(QStringListModel([p.name for p in people], self._completer))

    def _known_by_name(self, name: str) -> PersonInfo | None:
        key = " ".join(name.split()).casefold()
        return next((p for p in self._known if p.name.casefold() == key), None)

    def _on_name_changed(self, text: str) -> None:
        known = self._known_by_name(text)
        self.add_button.setEnabled(bool(text.strip()))
        if known is not None:
            idx = self.relationship.findData(known.relationship)
            self.relationship.setCurrentIndex(max(idx, 0))
        self.relationship.setEnabled(known is None)

    def _request_add(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self.addRequested.emit(name, self.relationship.currentData())

    def add_chosen(self, person: PersonInfo) -> None:
        """Called by the window once the person exists in the journal."""
        if person.id not in {p.id for p in self._known}:
            self.set_known(sorted([*self._known, person], key=lambda p: p.name.casefold()))
        self.name_edit.clear()
        if person.id not in {p.id for p in self._chosen}:
            self._chosen.append(person)
            self._refresh_chips()
            self.changed.emit()

    def set_chosen(self, people: tuple[PersonInfo, ...]) -> None:
        self._chosen = list(people)
        self.name_edit.clear()
        self._refresh_chips()

    def chosen(self) -> tuple[PersonInfo, ...]:
        return tuple(self._chosen)

    def known(self) -> list[PersonInfo]:
        return list(self._known)

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(p.id for p in self._chosen)

    def _remove(self, person_id: int) -> None:
        self._chosen = [p for p in self._chosen if p.id != person_id]
        self._refresh_chips()
        self.changed.emit()

    def _refresh_chips(self) -> None:
        buttons = []
        for person in self._chosen:
            b = QToolButton()
            rel = relationship_label(person.relationship).lower()
            b.setText(
                QCoreApplication.translate("PeoplePicker", "{name} · {relationship}  ✕").format(
                    name=person.name, relationship=rel
                )
            )
            b.setToolTip(
                QCoreApplication.translate("PeoplePicker", "Remove {name} from this entry").format(
                    name=person.name
                )
            )
            b.setAccessibleName(
                QCoreApplication.translate("PeoplePicker", "Remove {name}").format(name=person.name)
            )
            b.setAutoRaise(False)
            b.clicked.connect(lambda _=False, pid=person.id: self._remove(pid))
            buttons.append(b)
        self._chips.set_buttons(buttons)
        self._empty.setVisible(not self._chosen)
