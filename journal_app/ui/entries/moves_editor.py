"""What they did: for each person on the entry, what that person did in the moment (reached out, went quiet,
criticised, reassured, pulled away, or something of the person's own), named for what was done.

Each person has a button that opens a list to tick; "Something else…" there adds a move in the person's own
words, and "Add or edit what people did…" below opens the list of moves (moves_manager.py), the way triggers are
edited. The editor only keeps the ticks (MoveMark) and forwards requests; the cycle controller asks the
journal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.cycle_values import MoveInfo, MoveMark, shown_move_name
from journal_app.models.values import PersonInfo
from journal_app.ui.common.widgets import problem_label, small_label


class PersonMoves:
    """One person's line: their name, and a button listing what they did (it opens the list to tick)."""

    def __init__(self, person: PersonInfo, owner: MovesEditor) -> None:
        self.person = person
        self.owner = owner
        self.name = QLabel(person.name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAccessibleName(
            QCoreApplication.translate("MovesEditor", "What {name} did").format(name=person.name)
        )
        self.name.setBuddy(self.button)
        self.menu = QMenu(self.button)
        self.menu.aboutToShow.connect(self.fill)
        self.button.setMenu(self.menu)
        self.fill()

    def fill(self) -> None:
        """The menu: each move to tick, then "Something else…"."""
        self.menu.clear()
        chosen = self.owner.chosen_for(self.person.id)
        for move in self.owner.choices(self.person.id):
            action = QAction(shown_move_name(move.slug, move.name), self.menu)
            action.setCheckable(True)
            action.setChecked(move.id in chosen)
            action.setData(move.id)
            action.toggled.connect(lambda on, m=move.id: self.owner.set_move(self.person.id, m, on))
            self.menu.addAction(action)
        self.menu.addSeparator()
        own = self.menu.addAction(QCoreApplication.translate("MovesEditor", "Something else…"))
        own.triggered.connect(lambda: self.owner.ask_own(self.person))
        self.show_chosen()

    def show_chosen(self) -> None:
        names = self.owner.names_for(self.person.id)
        self.button.setText(", ".join(names) if names else QCoreApplication.translate("MovesEditor", "Choose…"))
        self.button.setToolTip(
            QCoreApplication.translate("MovesEditor", "What {name} did: choose one or more").format(
                name=self.person.name
            )
        )

    def action_for(self, move_id: int) -> QAction | None:
        return next((a for a in self.menu.actions() if a.data() == move_id), None)

    def discard(self) -> None:
        self.name.deleteLater()
        self.button.deleteLater()


class MovesEditor(QWidget):
    # what someone did was ticked or unticked
    changed = Signal()
    # "Add or edit what people did…": the list of moves
    manageRequested = Signal()
    # "Something else…" for a person: carries their id and the words for what they did
    ownMoveRequested = Signal(int, str)

    # the people's lines, the hint when nobody is on the entry, the manage button, and a line for problems
    grid: QGridLayout
    empty: QLabel
    manage: QPushButton
    note: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moves: list[MoveInfo] = []
        self._people: list[PersonInfo] = []
        self._marks: list[MoveMark] = []  # kept for people taken off too: adding them back brings their moves
        self._lines: dict[int, PersonMoves] = {}
        heading = QLabel(QCoreApplication.translate("MovesEditor", "<b>What did they do?</b>"))
        heading.setWordWrap(True)
        self.empty = small_label(
            QCoreApplication.translate(
                "MovesEditor", "Add who was involved (under “Who was involved?”) to say what they did."
            )
        )
        host = QWidget()
        self.grid = QGridLayout(host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        self.manage = QPushButton(QCoreApplication.translate("MovesEditor", "Add or edit what people did…"))
        self.manage.setFlat(True)
        self.manage.setCursor(Qt.CursorShape.PointingHandCursor)
        self.manage.clicked.connect(self.manageRequested)
        self.note = problem_label()
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(host)
        layout.addWidget(self.note)
        layout.addWidget(self.manage, alignment=Qt.AlignmentFlag.AlignLeft)
        self._rebuild()

    # -- what the journal gives ---------------------------------------------------------------------
    def set_moves(self, moves: list[MoveInfo]) -> None:
        """The list of moves (built-ins, then the person's own); hidden ones show only where chosen."""
        self._moves = list(moves)
        for line in self._lines.values():
            line.fill()

    def moves(self) -> list[MoveInfo]:
        return list(self._moves)

    def choices(self, person_id: int) -> list[MoveInfo]:
        chosen = self.chosen_for(person_id)
        return [m for m in self._moves if not m.archived or m.id in chosen]

    # -- the entry ----------------------------------------------------------------------------------
    def set_people(self, people: tuple[PersonInfo, ...] | list[PersonInfo]) -> None:
        """The people on the entry now (a line each)."""
        if [p.id for p in people] == [p.id for p in self._people]:
            return
        self._people = list(people)
        self._rebuild()

    def set_marks(self, marks: tuple[MoveMark, ...], known: tuple[MoveInfo, ...] = ()) -> None:
        """What each person did on the entry shown (`known`: those moves as the entry holds them, shown until
        the list of moves arrives or when a move is no longer in it)."""
        self._marks = list(dict.fromkeys(marks))
        have = {m.id for m in self._moves}
        self._moves += [m for m in known if m.id not in have]
        self.show_problem("")
        for line in self._lines.values():
            line.fill()

    def marks(self) -> tuple[MoveMark, ...]:
        """The moves of the people on the entry now."""
        here = {p.id for p in self._people}
        return tuple(m for m in self._marks if m.person_id in here)

    def chosen_for(self, person_id: int) -> set[int]:
        return {m.move_id for m in self._marks if m.person_id == person_id}

    def names_for(self, person_id: int) -> list[str]:
        chosen = self.chosen_for(person_id)
        return [shown_move_name(m.slug, m.name) for m in self._moves if m.id in chosen]

    def set_move(self, person_id: int, move_id: int, on: bool) -> None:
        """Tick (or untick) what a person did."""
        mark = MoveMark(person_id, move_id)
        if on == (mark in self._marks):
            return
        if on:
            self._marks.append(mark)
        else:
            self._marks.remove(mark)
        line = self._lines.get(person_id)
        if line is not None:
            line.show_chosen()
        self.changed.emit()

    def retranslate(self) -> None:
        """The language changed: each person's button and menu again (the built-in moves' names too)."""
        for line in self._lines.values():
            line.button.setAccessibleName(
                QCoreApplication.translate("MovesEditor", "What {name} did").format(name=line.person.name)
            )
            line.fill()

    def line_for(self, person_id: int) -> PersonMoves | None:
        return self._lines.get(person_id)

    def ask_own(self, person: PersonInfo) -> None:
        """"Something else…": what the person did, in the writer's own words (added to the list of moves)."""
        words, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MovesEditor", "What did {name} do?").format(name=person.name),
            QCoreApplication.translate("MovesEditor", "In a few words, what {name} did (e.g. cancelled plans):")
            .format(name=person.name),
            QLineEdit.EchoMode.Normal,
        )
        words = " ".join(words.split())
        if ok and words:
            self.ownMoveRequested.emit(person.id, words)

    def show_problem(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _rebuild(self) -> None:
        for line in self._lines.values():
            line.discard()
        self._lines.clear()
        for row, person in enumerate(self._people):
            line = PersonMoves(person, self)
            self.grid.addWidget(line.name, row, 0)
            self.grid.addWidget(line.button, row, 1)
            self._lines[person.id] = line
        self.empty.setVisible(not self._people)
        previous: QWidget | None = None
        for line in self._lines.values():
            if previous is not None:
                QWidget.setTabOrder(previous, line.button)
            previous = line.button
        if previous is not None:
            QWidget.setTabOrder(previous, self.manage)
