"""This repaired: a later entry says which earlier moment it repaired, chosen from recent triggered moments with
the same people (the journal offers them), and who reached out first. It also says when a moment was repaired
by a later entry, and how long coming back together took.

The picker keeps what is chosen (a RepairChoice) apart from what the journal holds (`saved`); the editing
session writes the difference after the entry itself is saved, and a crash draft keeps the choice."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from journal_app.models.cycle_values import REACHED_FIRST, RepairCandidate, RepairChoice, RepairInfo
from journal_app.ui.common.formatting import short_when
from journal_app.ui.common.i18n import message
from journal_app.ui.common.widgets import ElidedComboBox, problem_label, small_label


def span_text(hours: float) -> str:
    """How long coming back together took, in plain words."""
    if hours < 1:
        return QCoreApplication.translate("RepairPicker", "within the hour")
    if hours < 48:
        n = round(hours)
        return (QCoreApplication.translate("RepairPicker", "1 hour later") if n == 1
                else QCoreApplication.translate("RepairPicker", "{n} hours later").format(n=n))
    days = round(hours / 24)
    return QCoreApplication.translate("RepairPicker", "{n} days later").format(n=days)


def who_text(reached_first: str | None) -> str:
    if reached_first == "me":
        return QCoreApplication.translate("RepairPicker", "You reached out first.")
    if reached_first == "them":
        return QCoreApplication.translate("RepairPicker", "They reached out first.")
    return ""


def moment_text(when: datetime, heading: str = "", people: tuple[str, ...] = ()) -> str:
    """An earlier moment as the list offers it: when, its first words, and who was there."""
    text = short_when(when)
    if heading:
        text = QCoreApplication.translate("RepairPicker", "{when} · {heading}").format(when=text, heading=heading)
    if people:
        text = QCoreApplication.translate("RepairPicker", "{moment} ({people})").format(
            moment=text, people=", ".join(people)
        )
    return text


class RepairPicker(QWidget):
    # the moment chosen, or who reached out first, changed
    changed = Signal()

    # the earlier moment, who reached out first, and the lines about it
    moment: ElidedComboBox
    first: ElidedComboBox
    status: QLabel
    later: QLabel
    note: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._saved: RepairChoice | None = None
        self._repaired_by: RepairInfo | None = None  # the later entry that repaired the moment shown
        self._info: RepairInfo | None = None  # the saved link, for how long it took
        self._candidates: list[RepairCandidate] = []
        self._entry_saved = False  # a new entry offers nothing until it is saved
        self._offered = False  # the journal's offer arrived for the entry shown
        heading = QLabel(QCoreApplication.translate("RepairPicker", "<b>Did this repair an earlier moment?</b>"))
        heading.setWordWrap(True)
        self.moment = ElidedComboBox()
        self.moment.setAccessibleName(QCoreApplication.translate("RepairPicker", "The moment this repaired"))
        self.moment.setAccessibleDescription(
            QCoreApplication.translate(
                "RepairPicker", "Recent moments with a trigger and the same people; the first choice means none"
            )
        )
        self.first = ElidedComboBox()
        self.first.setAccessibleName(QCoreApplication.translate("RepairPicker", "Who reached out first"))
        self.first.addItem(QCoreApplication.translate("RepairPicker", "Not said"), None)
        for key, label in REACHED_FIRST:
            self.first.addItem(message(label), key)
        self.status = small_label("")
        self.later = small_label("")
        self.note = problem_label()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("RepairPicker", "This repaired:"), self.moment)
        form.addRow(QCoreApplication.translate("RepairPicker", "Who reached out first?"), self.first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(self.later)
        self.moment.currentIndexChanged.connect(self._on_changed)
        self.first.currentIndexChanged.connect(self._on_changed)
        self._fill(None)

    # -- state --------------------------------------------------------------------------------------
    def set_entry(self, repairs: tuple[RepairInfo, ...], repaired_by: RepairInfo | None, *, saved: bool) -> None:
        """Another entry is in the editor: the earlier moment it repaired (the first, if the command line linked
        more), and the later entry that repaired it. `saved`: False for a new entry (nothing to offer yet)."""
        self._repaired_by = repaired_by
        self._info = repairs[0] if repairs else None
        self._saved = RepairChoice(self._info.repaired_id, self._info.reached_first) if self._info else None
        self._candidates = []
        self._entry_saved, self._offered = saved, False
        self._show_later()
        self.show_problem("")
        self._fill(self._saved)

    def _show_later(self) -> None:
        """When a later entry repaired this moment: when, how long after, and who reached out first."""
        repaired_by = self._repaired_by
        self.later.setText(
            QCoreApplication.translate("RepairPicker", "This moment was repaired later: {when}, {span}.").format(
                when=short_when(repaired_by.repair_at), span=span_text(repaired_by.hours)
            ) + (" " + who_text(repaired_by.reached_first) if repaired_by.reached_first else "")
            if repaired_by is not None else ""
        )
        self.later.setVisible(repaired_by is not None)

    def retranslate(self) -> None:
        """The language changed: the moments offered (their dates) and the lines about the repair again."""
        self._fill(self.choice())
        self._show_later()

    def set_choice(self, choice: RepairChoice | None) -> None:
        """What a restored draft held (written once the entry is saved)."""
        self._fill(choice)

    def set_candidates(self, candidates: list[RepairCandidate]) -> None:
        """The earlier moments the journal offers for the saved entry shown; the current choice stays chosen."""
        self._candidates = list(candidates)
        self._entry_saved = self._offered = True
        self._fill(self.choice())

    def candidates(self) -> list[RepairCandidate]:
        return list(self._candidates)

    def choice(self) -> RepairChoice | None:
        repaired = self.moment.currentData()
        if repaired is None:
            return None
        return RepairChoice(int(repaired), self.first.currentData())

    def saved(self) -> RepairChoice | None:
        return self._saved

    def pending(self) -> bool:
        """Whether the choice differs from what the journal holds."""
        return self.choice() != self._saved

    def mark_linked(self, choice: RepairChoice | None, info: RepairInfo | None) -> None:
        """The journal now holds `choice` (its link `info`)."""
        self._saved, self._info = choice, info
        self.show_problem("")
        self._show_status()

    def undo_choice(self, problem: str) -> None:
        """Linking did not work: back to what the journal holds, with the reason."""
        self._fill(self._saved)
        self.show_problem(problem)

    def show_problem(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- showing ------------------------------------------------------------------------------------
    def _fill(self, choice: RepairChoice | None) -> None:
        self._loading = True
        try:
            self.moment.clear()
            self.moment.addItem(QCoreApplication.translate("RepairPicker", "No, not a repair"), None)
            for c in self._candidates:
                label = moment_text(c.occurred_at, c.heading, c.people)
                if c.repaired_by is not None and (choice is None or c.entry_id != choice.repaired_id):
                    label = QCoreApplication.translate("RepairPicker", "{moment} — already repaired").format(
                        moment=label
                    )
                self.moment.addItem(label, c.entry_id)
            if choice is not None and self.moment.findData(choice.repaired_id) < 0:
                when = self._info.repaired_at if self._info and self._info.repaired_id == choice.repaired_id else None
                label = (moment_text(when) if when is not None
                         else QCoreApplication.translate("RepairPicker", "An earlier moment"))
                self.moment.addItem(label, choice.repaired_id)
            self.moment.setCurrentIndex(max(self.moment.findData(choice.repaired_id), 0) if choice else 0)
            self.first.setCurrentIndex(max(self.first.findData(choice.reached_first), 0) if choice else 0)
            self.moment.setEnabled(self._entry_saved)
            self.first.setEnabled(choice is not None)
        finally:
            self._loading = False
        self._show_status()

    def _show_status(self) -> None:
        choice = self.choice()
        if not self._entry_saved:
            text = QCoreApplication.translate(
                "RepairPicker", "Once this entry has saved (it saves by itself), you can link it here."
            )
        elif choice is not None and choice == self._saved and self._info is not None:
            text = QCoreApplication.translate("RepairPicker", "You came back together {span}.").format(
                span=span_text(self._info.hours)
            )
        elif self._offered and self.moment.count() == 1:
            text = QCoreApplication.translate(
                "RepairPicker", "No earlier moments with a trigger and the same people in the last 30 days."
            )
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_changed(self, *_args) -> None:
        if self._loading:
            return
        self.first.setEnabled(self.moment.currentData() is not None)
        self._show_status()
        self.changed.emit()
