"""The list of what people did (moves), edited the way triggers are: add your own, rename, hide a built-in or
archive your own (entries keep it). Every journal call goes through the operations layer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.cycle_values import MoveInfo, shown_move_name
from journal_app.ui.common import operations
from journal_app.ui.common.tab_order import chain_tab_order
from journal_app.ui.common.widgets import problem_label


class MovesManagerDialog(QDialog):
    # the list of moves changed (added, renamed, hidden or shown again)
    movesChanged = Signal()

    # the moves, and what can be done with the one chosen
    list: QListWidget
    rename_button: QPushButton
    archive_button: QPushButton
    note: QLabel
    problem: QLabel
    # a new one
    new_name: QLineEdit
    add_button: QPushButton
    buttons: QDialogButtonBox

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MovesManagerDialog", "What people did"))
        self.setMinimumSize(440, 400)
        self._journal = journal
        self._select: int | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "MovesManagerDialog",
                "What the other person did in a moment, named for what was done. Add your own, such as "
                "cancelled plans or made a joke; a move you hide stays on the entries that have it.",
            )
        )
        intro.setWordWrap(True)
        self._build_fields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        actions = QHBoxLayout()
        actions.addWidget(self.rename_button)
        actions.addWidget(self.archive_button)
        actions.addStretch(1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        chain_tab_order([self.list, self.rename_button, self.archive_button, self.new_name, self.add_button,
                         self.buttons.button(QDialogButtonBox.StandardButton.Close)])
        self._connect_signals()
        self.reload()

    def _build_fields(self) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("MovesManagerDialog", "What people did"))
        self.rename_button = QPushButton(QCoreApplication.translate("MovesManagerDialog", "Rename…"))
        self.rename_button.setAccessibleName(
            QCoreApplication.translate("MovesManagerDialog", "Rename the chosen move")
        )
        self.archive_button = QPushButton(QCoreApplication.translate("MovesManagerDialog", "Hide"))
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(
            QCoreApplication.translate("MovesManagerDialog", "Something they did, e.g. Cancelled plans")
        )
        self.new_name.setAccessibleName(QCoreApplication.translate("MovesManagerDialog", "New move"))
        self.add_button = QPushButton(QCoreApplication.translate("MovesManagerDialog", "Add"))
        self.add_button.setAccessibleName(QCoreApplication.translate("MovesManagerDialog", "Add this move"))
        self.problem = problem_label()
        self.problem.hide()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.list.currentRowChanged.connect(self._update_buttons)

    @classmethod
    def ask(cls, journal, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when anything changed."""
        dialog = cls(journal, parent)
        changed: list[bool] = []
        dialog.movesChanged.connect(lambda: changed.append(True))
        dialog.exec()
        dialog.deleteLater()
        return bool(changed)

    # -- the list -----------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        self._select = select_id if select_id is not None else (current.id if current else None)
        journal = self._journal
        operations.run(self, lambda: journal.moves(with_counts=True), self._show, self._failed,
                       key=f"moves-manager-{id(self)}")

    def _show(self, moves: object) -> None:
        assert isinstance(moves, list)
        self.list.clear()
        for move in moves:
            self.list.addItem(self._item(move))
            if move.id == self._select:
                self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()

    def _item(self, move: MoveInfo) -> QListWidgetItem:
        used = (
            QCoreApplication.translate("MovesManagerDialog", "{n} entry")
            if move.entry_count == 1
            else QCoreApplication.translate("MovesManagerDialog", "{n} entries")
        ).format(n=move.entry_count)
        text = QCoreApplication.translate("MovesManagerDialog", "{name}   —   {used}").format(
            name=shown_move_name(move.slug, move.name), used=used
        )
        state = []
        if move.builtin:
            state.append(QCoreApplication.translate("MovesManagerDialog", "built-in"))
        if move.archived:
            state.append(QCoreApplication.translate("MovesManagerDialog", "hidden"))
        if state:
            text = QCoreApplication.translate("MovesManagerDialog", "{text} ({state})").format(
                text=text, state=", ".join(state)
            )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, move)
        if move.archived:
            item.setForeground(self.palette().placeholderText())
        return item

    def retranslate(self) -> None:
        """The language changed: the list again (built-in names, counts)."""
        self.reload()

    def current(self) -> MoveInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self, *_args) -> None:
        move = self.current()
        self.rename_button.setEnabled(move is not None)
        self.archive_button.setEnabled(move is not None)
        hidden = move is not None and move.archived
        self.archive_button.setText(
            QCoreApplication.translate("MovesManagerDialog", "Show again")
            if hidden
            else QCoreApplication.translate("MovesManagerDialog", "Hide")
        )
        self.archive_button.setAccessibleName(
            QCoreApplication.translate("MovesManagerDialog", "Show the chosen move again")
            if hidden
            else QCoreApplication.translate("MovesManagerDialog", "Hide the chosen move")
        )
        self.note.setText(
            ""
            if move is None
            else QCoreApplication.translate(
                "MovesManagerDialog",
                "Hidden moves are no longer offered; entries that have them keep them.",
            )
        )

    # -- changes ------------------------------------------------------------------------------------
    def _change(self, work: Callable[[], MoveInfo], done: Callable[[], None] | None = None) -> None:
        def changed(result: object) -> None:
            assert isinstance(result, MoveInfo)
            if done is not None:
                done()
            self.reload(select_id=result.id)
            self.movesChanged.emit()

        self.problem.hide()
        operations.run(self, work, changed, self._failed, changes=True)

    def _failed(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _add(self) -> None:
        name = self.new_name.text()
        if not name.strip():
            self.new_name.setFocus()
            return
        journal = self._journal
        self._change(lambda: journal.add_move(name), self.new_name.clear)

    def _rename(self) -> None:
        move = self.current()
        if move is None:
            return
        shown = shown_move_name(move.slug, move.name)
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("MovesManagerDialog", "Rename"),
            QCoreApplication.translate("MovesManagerDialog", "New name:"),
            QLineEdit.EchoMode.Normal,
            shown,
        )
        if ok and name.strip() and name.strip() != shown:
            journal = self._journal
            self._change(lambda: journal.rename_move(move.id, name))

    def _toggle_archived(self) -> None:
        move = self.current()
        if move is not None:
            journal = self._journal
            self._change(lambda: journal.set_move_archived(move.id, not move.archived))
