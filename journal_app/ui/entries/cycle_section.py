"""The cycle's part of the editor, folded away under one line so a quick entry stays quick: what I told myself
(beliefs), what they did (moves), and whether this repaired an earlier moment. It opens by itself for an entry
that holds any of them; otherwise one click (or Space on the line) opens it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journal_app.models.cycle_values import MoveInfo, RepairChoice
from journal_app.models.values import EntryDetail, EntryForm
from journal_app.ui.common.widgets import small_label
from journal_app.ui.entries.belief_editor import BeliefEditor
from journal_app.ui.entries.moves_editor import MovesEditor
from journal_app.ui.entries.repair_picker import RepairPicker


def section_title() -> str:
    return QCoreApplication.translate("CycleSection", "The cycle")


def section_hint() -> str:
    return QCoreApplication.translate("CycleSection", "what you told yourself, what they did, repair")


class CycleSection(QWidget):
    # the section was opened (True) or folded (False)
    toggled = Signal(bool)

    # the line that opens and folds it, and a few words on what it holds while folded
    toggle: QToolButton
    summary: QLabel
    # the parts
    beliefs: BeliefEditor
    moves: MovesEditor
    repair: RepairPicker

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(section_title())
        self.toggle.setAutoRaise(True)  # not checkable: an open section is not a pressed button
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(
            QCoreApplication.translate("CycleSection", "The cycle: what you told yourself, what they did, repair")
        )
        self.toggle.setAccessibleDescription(
            QCoreApplication.translate(
                "CycleSection", "Opens or folds the beliefs, what the other person did, and repair"
            )
        )
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.summary = small_label("")
        self.beliefs = BeliefEditor()
        self.moves = MovesEditor()
        self.repair = RepairPicker()
        self.body = QWidget()
        parts = QVBoxLayout(self.body)
        parts.setContentsMargins(18, 0, 0, 0)
        parts.setSpacing(10)
        for part in (self.beliefs, self.moves, self.repair):
            parts.addWidget(part)
        self.body.hide()
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.toggle)
        head.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(line)
        layout.addLayout(head)
        layout.addWidget(self.body)
        self._open = False
        self.toggle.setToolTip(QCoreApplication.translate("CycleSection", "Open this part"))
        self.toggle.clicked.connect(lambda: self.set_open(not self._open))
        self.show_summary()

    def is_open(self) -> bool:
        return self._open

    def set_open(self, on: bool) -> None:
        """Open or fold the section (`toggled` only when that changes)."""
        if on == self._open:
            return
        self._open = on
        self.toggle.setToolTip(
            QCoreApplication.translate("CycleSection", "Fold this part away") if on
            else QCoreApplication.translate("CycleSection", "Open this part")
        )
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)
        self.show_summary()
        self.toggled.emit(on)

    def retranslate(self) -> None:
        """The language changed: the line beside the title again (the parts turn their own sentences)."""
        self.show_summary()

    def holds_anything(self) -> bool:
        return bool(self.beliefs.marks() or self.moves.marks() or self.repair.choice() or self.repair.later.text())

    def show_summary(self) -> None:
        """Beside the title: what the section is for, or while folded, how many beliefs, moves and repair links
        it holds (the line wraps: the title stays short for narrow windows and large text)."""
        parts = []
        n = len(self.beliefs.marks())
        if n:
            parts.append(QCoreApplication.translate("CycleSection", "1 belief") if n == 1
                         else QCoreApplication.translate("CycleSection", "{n} beliefs").format(n=n))
        n = len(self.moves.marks())
        if n:
            parts.append(QCoreApplication.translate("CycleSection", "1 thing they did") if n == 1
                         else QCoreApplication.translate("CycleSection", "{n} things they did").format(n=n))
        n = len(self.repair.choices())
        if n:
            parts.append(QCoreApplication.translate("CycleSection", "repaired an earlier moment") if n == 1
                         else QCoreApplication.translate("CycleSection", "repaired {n} earlier moments").format(n=n))
        self.summary.setText(" · ".join(parts) if parts and not self.is_open() else section_hint())

    # -- what it shows --------------------------------------------------------------------------------
    def show_entry(self, entry: EntryDetail | None) -> None:
        """The cycle of `entry` (None: a new entry, nothing yet); the section opens when it holds any."""
        self.beliefs.set_marks(
            tuple(b.mark() for b in entry.beliefs) if entry else (),
            {b.belief_id: b.text for b in entry.beliefs} if entry else {},
        )
        self.moves.set_marks(
            tuple(m.mark() for m in entry.moves) if entry else (),
            tuple(MoveInfo(m.move_id, m.slug, m.name, False, True) for m in entry.moves) if entry else (),
        )
        self.repair.set_entry(entry.repairs if entry else (), entry.repaired_by if entry else None,
                              saved=entry is not None)
        self.set_open(self.holds_anything())
        self.show_summary()

    def restore(self, form: EntryForm, repair: tuple[RepairChoice, ...], *, with_repair: bool) -> None:
        """A restored draft's beliefs and moves (when it holds them) and, `with_repair`, its "this repaired"."""
        if form.beliefs is not None:
            self.beliefs.set_marks(form.beliefs)
        if form.moves is not None:
            self.moves.set_marks(form.moves)
        if with_repair:
            self.repair.set_choice(repair)
        self.set_open(self.is_open() or self.holds_anything())
        self.show_summary()
