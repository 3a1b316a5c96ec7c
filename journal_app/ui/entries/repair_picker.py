"""This repaired: a later entry says which earlier moments it repaired (one or more: a talk can mend the week's
moments with Sam), each chosen from recent triggered moments with the same people (the journal offers them),
with who reached out first; "Link another earlier moment" adds one, "Remove" takes one off. It also says when a
moment was repaired by a later entry, and how long coming back together took.

The picker keeps what is chosen (RepairChoices) apart from what the journal holds (`saved`); once the entry
itself is saved, the editor writes every link of the entry in one transaction (Journal.set_repairs), and a crash
draft keeps the choices."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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


Choices = tuple[RepairChoice, ...]


class RepairLink(QWidget):
    """One earlier moment this entry repaired: which, who reached out first, how long coming back together took,
    and a button that takes it off."""

    def __init__(self, first_of_all: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_of_all = first_of_all  # the first link: its empty choice says "No, not a repair"
        self.moment = ElidedComboBox()
        self.moment.setAccessibleName(QCoreApplication.translate("RepairPicker", "The moment this repaired"))
        self.moment.setAccessibleDescription(
            QCoreApplication.translate(
                "RepairPicker", "Recent moments with a trigger and the same people; the first choice means none"
            )
        )
        self.remove = QPushButton(QCoreApplication.translate("RepairPicker", "Remove"))
        self.remove.setAccessibleName(QCoreApplication.translate("RepairPicker", "Remove this link"))
        self.remove.setToolTip(QCoreApplication.translate("RepairPicker", "This entry did not repair that moment"))
        self.first = ElidedComboBox()
        self.first.setAccessibleName(QCoreApplication.translate("RepairPicker", "Who reached out first"))
        self.first.addItem(QCoreApplication.translate("RepairPicker", "Not said"), None)
        for key, label in REACHED_FIRST:
            self.first.addItem(message(label), key)
        self.status = small_label("")
        self.status.setVisible(False)
        which = QHBoxLayout()
        which.setContentsMargins(0, 0, 0, 0)
        which.addWidget(self.moment, 1)
        which.addWidget(self.remove)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("RepairPicker", "This repaired:"), which)
        form.addRow(QCoreApplication.translate("RepairPicker", "Who reached out first?"), self.first)
        form.addRow(self.status)

    def choice(self) -> RepairChoice | None:
        repaired = self.moment.currentData()
        return None if repaired is None else RepairChoice(int(repaired), self.first.currentData())

    def fill(self, candidates: list[RepairCandidate], choice: RepairChoice | None, taken: set[int],
             info: RepairInfo | None, enabled: bool) -> None:
        """The moments offered (one already repaired by another entry says so, unless it is in `taken`: linked
        by this one), `choice` chosen (added when the offer does not hold it), and who reached out first."""
        self.moment.clear()
        self.moment.addItem(QCoreApplication.translate("RepairPicker", "No, not a repair") if self.first_of_all
                            else QCoreApplication.translate("RepairPicker", "Choose an earlier moment"), None)
        for c in candidates:
            label = moment_text(c.occurred_at, c.heading, c.people)
            if c.repaired_by is not None and c.entry_id not in taken:
                label = QCoreApplication.translate("RepairPicker", "{moment} — already repaired").format(moment=label)
            self.moment.addItem(label, c.entry_id)
        if choice is not None and self.moment.findData(choice.repaired_id) < 0:
            label = (moment_text(info.repaired_at) if info is not None
                     else QCoreApplication.translate("RepairPicker", "An earlier moment"))
            self.moment.addItem(label, choice.repaired_id)
        self.moment.setCurrentIndex(max(self.moment.findData(choice.repaired_id), 0) if choice else 0)
        self.first.setCurrentIndex(max(self.first.findData(choice.reached_first), 0) if choice else 0)
        self.moment.setEnabled(enabled)
        self.first.setEnabled(choice is not None)

    def show_status(self, info: RepairInfo | None) -> None:
        """How long coming back together took, once the journal holds this link as it is chosen."""
        text = "" if info is None else QCoreApplication.translate(
            "RepairPicker", "You came back together {span}.").format(span=span_text(info.hours))
        self.status.setText(text)
        self.status.setVisible(bool(text))


class RepairPicker(QWidget):
    # a moment chosen, taken off, or who reached out first changed
    changed = Signal()

    # the lines about the links, the other moments' repair, and a problem
    links: list[RepairLink]
    add_button: QPushButton
    status: QLabel
    later: QLabel
    note: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._saved: Choices = ()
        self._repaired_by: RepairInfo | None = None  # the later entry that repaired the moment shown
        self._infos: dict[int, RepairInfo] = {}  # the saved links by the moment repaired, for how long it took
        self._candidates: list[RepairCandidate] = []
        self._entry_saved = False  # a new entry offers nothing until it is saved
        self._offered = False  # the journal's offer arrived for the entry shown
        self.links = []
        heading = QLabel(QCoreApplication.translate("RepairPicker", "<b>Did this repair an earlier moment?</b>"))
        heading.setWordWrap(True)
        self._links_box = QVBoxLayout()
        self._links_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(QCoreApplication.translate("RepairPicker", "Link another earlier moment"))
        self.add_button.setToolTip(
            QCoreApplication.translate("RepairPicker", "When this entry mended more than one earlier moment"))
        self.add_button.clicked.connect(self.add_link)
        self.status = small_label("")
        self.later = small_label("")
        self.note = problem_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(self._links_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(self.later)
        self._fill(())

    # the first link's parts (most entries repair one moment)
    @property
    def moment(self) -> ElidedComboBox:
        return self.links[0].moment

    @property
    def first(self) -> ElidedComboBox:
        return self.links[0].first

    # -- state --------------------------------------------------------------------------------------
    def set_entry(self, repairs: tuple[RepairInfo, ...], repaired_by: RepairInfo | None, *, saved: bool) -> None:
        """Another entry is in the editor: every earlier moment it repaired, and the later entry that repaired
        it. `saved`: False for a new entry (nothing to offer yet)."""
        self._repaired_by = repaired_by
        self._infos = {r.repaired_id: r for r in repairs}
        self._saved = tuple(RepairChoice(r.repaired_id, r.reached_first) for r in repairs)
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
        self._fill(self.choices())
        self._show_later()

    def set_choice(self, choices: Choices) -> None:
        """What a restored draft held (written once the entry is saved)."""
        self._fill(choices)

    def set_candidates(self, candidates: list[RepairCandidate]) -> None:
        """The earlier moments the journal offers for the saved entry shown; the current choices stay chosen."""
        self._candidates = list(candidates)
        self._entry_saved = self._offered = True
        self._fill(self.choices())

    def candidates(self) -> list[RepairCandidate]:
        return list(self._candidates)

    def choices(self) -> Choices:
        """Every earlier moment chosen, in the links' order (a moment chosen twice counts once)."""
        out: dict[int, RepairChoice] = {}
        for link in self.links:
            choice = link.choice()
            if choice is not None and choice.repaired_id not in out:
                out[choice.repaired_id] = choice
        return tuple(out.values())

    def choice(self) -> RepairChoice | None:
        """The first moment chosen (None: not a repair)."""
        chosen = self.choices()
        return chosen[0] if chosen else None

    def saved(self) -> Choices:
        return self._saved

    def pending(self) -> bool:
        """Whether the choices differ from what the journal holds."""
        return set(self.choices()) != set(self._saved)

    def mark_linked(self, choices: Choices, infos: tuple[RepairInfo, ...]) -> None:
        """The journal now holds `choices` (their links `infos`)."""
        self._saved, self._infos = tuple(choices), {i.repaired_id: i for i in infos}
        self.show_problem("")
        self._show_status()

    def undo_choice(self, problem: str) -> None:
        """Linking did not work: back to what the journal holds, with the reason."""
        self._fill(self._saved)
        self.show_problem(problem)

    def show_problem(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- the links ----------------------------------------------------------------------------------
    def add_link(self) -> None:
        """"Link another earlier moment": one more link to choose it in."""
        self._loading = True
        try:
            link = self._new_link()
            link.fill(self._candidates, None, {c.repaired_id for c in (*self._saved, *self.choices())}, None,
                      self._entry_saved)
        finally:
            self._loading = False
        self._show_status()
        link.moment.setFocus()

    def remove_link(self, link: RepairLink) -> None:
        """"Remove": the link goes (the only one is emptied: "No, not a repair")."""
        had = link.choice() is not None
        self._fill(tuple(c for other in self.links if other is not link and (c := other.choice()) is not None))
        if had:
            self.changed.emit()

    def _new_link(self) -> RepairLink:
        link = RepairLink(not self.links)
        link.moment.currentIndexChanged.connect(self._on_changed)
        link.first.currentIndexChanged.connect(self._on_changed)
        link.remove.clicked.connect(lambda: self.remove_link(link))
        self.links.append(link)
        self._links_box.addWidget(link)
        return link

    # -- showing ------------------------------------------------------------------------------------
    def _fill(self, choices: Choices) -> None:
        """A link for each choice (one, empty, for none), each offering the moments."""
        self._loading = True
        try:
            for link in self.links:
                self._links_box.removeWidget(link)
                link.deleteLater()
            self.links = []
            taken = {c.repaired_id for c in (*self._saved, *choices)}
            for choice in choices or (None,):
                info = self._infos.get(choice.repaired_id) if choice is not None else None
                self._new_link().fill(self._candidates, choice, taken, info, self._entry_saved)
        finally:
            self._loading = False
        self._show_status()

    def _show_status(self) -> None:
        saved = set(self._saved)
        for link in self.links:
            choice = link.choice()
            link.show_status(self._infos.get(choice.repaired_id) if choice is not None and choice in saved else None)
            link.remove.setVisible(choice is not None or len(self.links) > 1)
        chosen = self.choices()
        self.add_button.setVisible(self._entry_saved and bool(chosen))
        ids = {c.repaired_id for c in chosen}
        self.add_button.setEnabled(all(link.choice() is not None for link in self.links)
                                   and any(c.entry_id not in ids for c in self._candidates))
        if not self._entry_saved:
            text = QCoreApplication.translate(
                "RepairPicker", "Once this entry has saved (it saves by itself), you can link it here."
            )
        elif self._offered and not self._candidates and not chosen:
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
        for link in self.links:
            link.first.setEnabled(link.choice() is not None)
        self._show_status()
        self.changed.emit()
