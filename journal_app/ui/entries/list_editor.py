"""The one editable list behind "Triggers" and "What people did": the list with how many entries use each item,
a row of actions for the chosen one (rename, hide or archive, and whatever a list adds), a field to add a new
one, and a line that says calmly what went wrong.

Every journal call goes through the operations layer (ui/common/operations.py): the list is read on a worker,
and an answer that comes after a newer read is dropped. Each change is written by ui/common/dialog_changes.py:
on a worker, marking the journal changed (`hub().journalChanged`, so Patterns and the other views read it
again); while it is being saved the actions wait for it, and Close closes once it has answered. The list reads
itself again when anything else changes the journal while it is shown.

A subclass names its words (`texts()`) and its journal calls (`calls`, each run on the worker), how an item is
shown (`shown_name`, `hidden_word`, `icon`), and its extra actions."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
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

from journal_app.ui.common import operations
from journal_app.ui.common.dialog_changes import DialogChanges
from journal_app.ui.common.tab_order import chain_tab_order
from journal_app.ui.common.widgets import problem_label


@dataclass(frozen=True)
class JournalCalls:
    """The names of the journal's methods that read and change one list (each run on a worker)."""

    read: str  # read(with_counts=True) -> the items, each with its entry_count
    add: str  # add(name) -> the new item
    rename: str  # rename(item_id, name) -> the item
    archive: str  # archive(item_id, archived) -> the item


@dataclass(frozen=True)
class ListTexts:
    """The words that make one list editor its own (already translated)."""

    title: str  # the window's title, and the list's accessible name
    intro: str  # the sentence above the list
    placeholder: str  # in the empty new-name field
    new_name: str  # the new-name field's accessible name
    add: str  # the Add button's accessible name
    rename: str  # the Rename… button's accessible name
    rename_title: str  # the title of the box that asks for the new name


class ListEditorDialog(QDialog):
    # the list changed (something added, renamed, recoloured, hidden or shown again)
    listChanged = Signal()

    # the items, and what can be done with the one chosen
    list: QListWidget
    rename_button: QPushButton
    archive_button: QPushButton
    note: QLabel
    # what went wrong, calmly (hidden when nothing did)
    problem: QLabel
    # a new one
    new_name: QLineEdit
    add_button: QPushButton
    buttons: QDialogButtonBox

    calls: ClassVar[JournalCalls]  # what this list calls on the journal

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._select: int | None = None  # the item to choose once the list is read
        self._read_key = f"list-editor-{id(self)}"
        texts = self.texts()
        self.setWindowTitle(texts.title)
        self.setMinimumSize(460, 420)
        self._build_fields(texts)
        self.changes = DialogChanges(self, self.problem)
        self._lay_out(texts.intro)
        self._connect_signals()
        self._update_buttons()  # nothing chosen yet (the list is being read)
        self.reload()

    # -- what a subclass says ------------------------------------------------------------------------
    def texts(self) -> ListTexts:
        raise NotImplementedError

    def shown_name(self, item) -> str:
        return item.name

    def hidden_word(self, item) -> str:
        """How the list says an item is no longer offered."""
        return QCoreApplication.translate("ListEditorDialog", "hidden")

    def icon(self, item) -> QIcon | None:
        return None

    def extra_actions(self) -> Sequence[QPushButton]:
        """Buttons a list adds for the chosen item, made here; `action_order` places them."""
        return ()

    def action_order(self) -> builtins.list[QPushButton]:
        """The row of actions for the chosen item, left to right."""
        return [self.rename_button, self.archive_button, *self._extras]

    def update_actions(self, item) -> None:
        """The chosen item (or None) changed: the archive button's words, the note, the extra actions."""
        raise NotImplementedError

    # -- building ------------------------------------------------------------------------------------
    def _build_fields(self, texts: ListTexts) -> None:
        self.list = QListWidget()
        self.list.setAccessibleName(texts.title)
        self.rename_button = QPushButton(QCoreApplication.translate("ListEditorDialog", "Rename…"))
        self.rename_button.setAccessibleName(texts.rename)
        self.archive_button = QPushButton("")
        self._extras = list(self.extra_actions())
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(texts.placeholder)
        self.new_name.setAccessibleName(texts.new_name)
        self.add_button = QPushButton(QCoreApplication.translate("ListEditorDialog", "Add"))
        self.add_button.setAccessibleName(texts.add)
        self.problem = problem_label()
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

    def _lay_out(self, intro_text: str) -> None:
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        actions = QHBoxLayout()
        for button in self.action_order():
            actions.addWidget(button)
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
        # Tab goes down the dialog as it is shown: the list, its actions, the new name, Close
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        chain_tab_order([self.list, *self.action_order(), self.new_name, self.add_button, close])

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.changes.busyChanged.connect(self._update_buttons)
        self.changes.changedElsewhere.connect(self.reload)

    @classmethod
    def ask(cls, journal, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when anything changed."""
        dialog = cls(journal, parent)
        changed: list[bool] = []
        dialog.listChanged.connect(lambda: changed.append(True))
        dialog.exec()
        dialog.deleteLater()
        return bool(changed)

    # -- the list ------------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The list is being read."""
        return operations.pending(self._read_key) is not None

    @property
    def busy(self) -> bool:
        """A change is being saved."""
        return self.changes.busy

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again (on a worker), then choose `select_id`, else the item chosen now."""
        current = self.current()
        self._select = select_id if select_id is not None else (current.id if current else self._select)
        read = getattr(self._journal, self.calls.read)
        operations.run(self, lambda: read(with_counts=True), self._show, self.changes.show_problem,
                       key=self._read_key)

    def _show(self, items: object) -> None:
        assert isinstance(items, list)
        self.list.clear()
        for info in items:
            self.list.addItem(self._item(info))
            if info.id == self._select:
                self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()

    def _item(self, info) -> QListWidgetItem:
        used = (
            QCoreApplication.translate("ListEditorDialog", "{n} entry")
            if info.entry_count == 1
            else QCoreApplication.translate("ListEditorDialog", "{n} entries")
        ).format(n=info.entry_count)
        text = QCoreApplication.translate("ListEditorDialog", "{name}   —   {used}").format(
            name=self.shown_name(info), used=used
        )
        state = []
        if info.builtin:
            state.append(QCoreApplication.translate("ListEditorDialog", "built-in"))
        if info.archived:
            state.append(self.hidden_word(info))
        if state:
            text = QCoreApplication.translate("ListEditorDialog", "{text} ({state})").format(
                text=text, state=", ".join(state)
            )
        icon = self.icon(info)
        item = QListWidgetItem(icon, text) if icon is not None else QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, info)
        if info.archived:
            item.setForeground(self.palette().placeholderText())
        return item

    def current(self) -> Any:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def retranslate(self) -> None:
        """The language changed: the list again (built-in names, counts)."""
        self.reload()

    def _update_buttons(self, *_args) -> None:
        chosen = self.current()
        idle = not self.busy
        for button in (self.rename_button, self.archive_button):
            button.setEnabled(idle and chosen is not None)
        self.add_button.setEnabled(idle)
        self.update_actions(chosen)
        if not idle:
            for button in self._extras:
                button.setEnabled(False)

    # -- changes -------------------------------------------------------------------------------------
    def change(self, work: Callable[[], object], done: Callable[[], None] | None = None) -> None:
        """Write `work()` on a worker; once it has answered: `done()`, the list again (choosing what it returned),
        and listChanged. A failure is shown under the list; nothing else changes."""

        def changed(result: object) -> None:
            if done is not None:
                done()
            self.reload(select_id=getattr(result, "id", None))
            self.listChanged.emit()

        self.changes.run(work, changed)

    def reject(self) -> None:
        """Close, once a change being saved has answered (it is never left half-reported)."""
        if self.changes.may_close():
            super().reject()

    def _add(self) -> None:
        name = self.new_name.text()
        if not name.strip():
            self.new_name.setFocus()
            return
        if self.busy:
            return
        add = getattr(self._journal, self.calls.add)
        self.change(lambda: add(name), self.new_name.clear)

    def _rename(self) -> None:
        chosen = self.current()
        if chosen is None or self.busy:
            return
        shown = self.shown_name(chosen)
        name, ok = QInputDialog.getText(
            self,
            self.texts().rename_title,
            QCoreApplication.translate("ListEditorDialog", "New name:"),
            QLineEdit.EchoMode.Normal,
            shown,
        )
        if ok and name.strip() and name.strip() != shown:
            rename = getattr(self._journal, self.calls.rename)
            self.change(lambda: rename(chosen.id, name))

    def _toggle_archived(self) -> None:
        chosen = self.current()
        if chosen is not None and not self.busy:
            archive = getattr(self._journal, self.calls.archive)
            self.change(lambda: archive(chosen.id, not chosen.archived))
