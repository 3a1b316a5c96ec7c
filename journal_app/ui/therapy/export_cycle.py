"""The Export dialog's choice of the cycle (issue 20): whether the summary shows it (the chains that came back, how
true each belief felt over time, time to repair) and with which people. Off by default; everybody ticked once it is
on. The people are listed by name here, on the person's own screen; the summary shows them as chosen under
People (name, initial or role), like everything else in it.

What it makes: (include the cycle, the people's ids) for SummaryOptions. Every person ticked gives () (the cycle
with everyone, moments with nobody on them too); a few ticked give exactly those; nobody ticked leaves the
cycle out. Only the PDF and Markdown have the cycle section (the CSV carries each entry's part of it always)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from journal_app.ui.common.tree_items import top_level_items

if TYPE_CHECKING:
    from journal_app.models.values import PersonInfo

ID = Qt.ItemDataRole.UserRole
CYCLE_FORMATS = ("pdf", "md")
VISIBLE_PEOPLE = 4  # rows of people shown before the list scrolls


class CycleChoice(QObject):
    """The box "The cycle" and, under it, the people whose cycles go in (each ticked)."""

    # the box or a person's tick changed
    changed = Signal()

    box: QCheckBox
    people: QTreeWidget

    def __init__(self, people: list[PersonInfo], parent: QObject) -> None:
        super().__init__(parent)
        self.box = QCheckBox(QCoreApplication.translate("ExportDialog", "The cycle, with these people:"))
        self._tip = QCoreApplication.translate(
            "ExportDialog", "What I told myself, what I did, what they did and how we came back together: the chains "
                            "that came back most often, how true each belief felt over time, and time to repair, with "
                            "the people ticked below. It counts the entries the numbers count.")
        self.box.setToolTip(self._tip)
        self.people = QTreeWidget()
        self.people.setAccessibleName(QCoreApplication.translate("ExportDialog", "People in the cycle"))
        self.people.setHeaderHidden(True)
        self.people.setRootIsDecorated(False)
        for person in people:
            item = QTreeWidgetItem([person.name])
            item.setData(0, ID, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.people.addTopLevelItem(item)
        if not people:
            item = QTreeWidgetItem([QCoreApplication.translate(
                "ExportDialog", "Nobody in People yet: the cycle shows the moments on their own.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people.addTopLevelItem(item)
        rows = max(1, min(len(people), VISIBLE_PEOPLE))  # no empty space under a short list
        self.people.setFixedHeight(rows * self.people.sizeHintForRow(0) + 2 * self.people.frameWidth() + 2)
        self.box.toggled.connect(self._on_box)
        self.people.itemChanged.connect(lambda _item, _column: self.changed.emit())
        self._on_box(False)

    def widget(self) -> QWidget:
        """The box with the people under it, indented a little."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.people)
        self.people.setVisible(self.box.isChecked())
        return holder

    def _on_box(self, on: bool) -> None:
        if self.people.parentWidget() is not None or not on:  # never shown as a window of its own
            self.people.setVisible(on)
        self.changed.emit()

    def set_enabled(self, fmt: str) -> None:
        """Enabled for the formats with a cycle section; the CSV's tooltip says where its part of the cycle is."""
        self.box.setEnabled(fmt in CYCLE_FORMATS)
        self.people.setEnabled(fmt in CYCLE_FORMATS)
        self.box.setToolTip(QCoreApplication.translate(
            "ExportDialog", "The CSV has each entry's part of the cycle in its last columns (what I told myself, a "
                            "kinder thought, what they did, when we came back together). The cycle's page, with "
                            "its chains, is in the PDF and the Markdown.") if fmt == "csv" else self._tip)

    def chosen(self, fmt: str) -> tuple[bool, tuple[int, ...]]:
        """(include the cycle, with these people's ids; () for everyone) for a summary in `fmt`."""
        if fmt not in CYCLE_FORMATS or not self.box.isChecked():
            return False, ()
        items = [i for i in top_level_items(self.people) if i.flags() & Qt.ItemFlag.ItemIsUserCheckable]
        ticked = tuple(int(i.data(0, ID)) for i in items if i.checkState(0) == Qt.CheckState.Checked)
        if len(ticked) == len(items):
            return True, ()
        return bool(ticked), ticked
