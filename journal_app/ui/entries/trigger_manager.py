"""Add, rename, recolour and archive triggers. Built-ins can be hidden, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import messages
from journal_app.core.errors import JournalError
from journal_app.core.palette import OKABE_ITO
from journal_app.models.values import TriggerInfo
from journal_app.ui.common.i18n import message
from journal_app.ui.common.tab_order import chain_tab_order
from journal_app.ui.common.trigger_picker import swatch


class TriggerManagerDialog(QDialog):
    # the list of triggers changed (added, renamed, recoloured, archived)
    triggersChanged = Signal()

    # the triggers, and what can be done with the one chosen
    list: QListWidget
    rename_button: QPushButton
    colour_button: QPushButton
    archive_button: QPushButton
    guidance_button: QPushButton
    note: QLabel
    # a new one
    new_name: QLineEdit
    add_button: QPushButton
    buttons: QDialogButtonBox

    def __init__(self, journal, parent: QWidget | None = None, library=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TriggerManagerDialog", "Triggers"))
        self.setMinimumSize(460, 420)
        self._journal = journal
        self._library = library  # a callable giving the guidance Library (to link articles to own triggers)
        intro = QLabel(
            QCoreApplication.translate(
                "TriggerManagerDialog",
                "Triggers are the patterns an entry touched. Add your own, such as feeling criticised or "
                "jealousy, and give each a colour you will recognise in the list and the charts.",
            )
        )
        intro.setWordWrap(True)
        self._build_fields()
        actions, add_row = self._build_rows()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addWidget(self.note)
        layout.addLayout(add_row)
        layout.addWidget(self.buttons)
        # Tab goes down the dialog as it is shown: the list, its actions, the new name, Close
        chain_tab_order(
            [
                self.list,
                self.rename_button,
                self.colour_button,
                self.archive_button,
                self.guidance_button,
                self.new_name,
                self.add_button,
                self.buttons.button(QDialogButtonBox.StandardButton.Close),
            ]
        )
        self._connect_signals()
        self.reload()

    # -- building ----------------------------------------------------------------------------------
    def _build_fields(self) -> None:
        """The list, the new name, the buttons for the chosen trigger and the note under them."""
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("TriggerManagerDialog", "Triggers"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(
            QCoreApplication.translate("TriggerManagerDialog", "New trigger, e.g. Feeling criticised")
        )
        self.new_name.setAccessibleName(
            QCoreApplication.translate("TriggerManagerDialog", "New trigger name")
        )
        self.add_button = QPushButton(QCoreApplication.translate("TriggerManagerDialog", "Add"))
        self.rename_button = QPushButton(QCoreApplication.translate("TriggerManagerDialog", "Rename…"))
        self.colour_button = QPushButton(QCoreApplication.translate("TriggerManagerDialog", "Colour…"))
        self.archive_button = QPushButton(QCoreApplication.translate("TriggerManagerDialog", "Archive"))
        self.guidance_button = QPushButton(QCoreApplication.translate("TriggerManagerDialog", "Guidance…"))
        self.guidance_button.setToolTip(
            QCoreApplication.translate(
                "TriggerManagerDialog", "Choose the reading shown when you tag this trigger"
            )
        )
        self.guidance_button.setVisible(self._library is not None)
        self.add_button.setAccessibleName(
            QCoreApplication.translate("TriggerManagerDialog", "Add this trigger")
        )
        self.rename_button.setAccessibleName(
            QCoreApplication.translate("TriggerManagerDialog", "Rename the chosen trigger")
        )
        self.colour_button.setAccessibleName(
            QCoreApplication.translate("TriggerManagerDialog", "Colour of the chosen trigger")
        )
        self.guidance_button.setAccessibleName(
            QCoreApplication.translate("TriggerManagerDialog", "Guidance for the chosen trigger")
        )
        self.guidance_button.setAccessibleDescription(self.guidance_button.toolTip())
        self.note = QLabel("")
        self.note.setWordWrap(True)

    def _build_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The row of actions for the chosen trigger, and the row to add a new one."""
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        actions = QHBoxLayout()
        for b in (self.rename_button, self.colour_button, self.archive_button, self.guidance_button):
            actions.addWidget(b)
        actions.addStretch(1)
        return actions, add_row

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        self.new_name.returnPressed.connect(self._add)
        self.rename_button.clicked.connect(self._rename)
        self.colour_button.clicked.connect(self._recolour)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.guidance_button.clicked.connect(self._link_guidance)
        self.list.currentRowChanged.connect(self._update_buttons)

    @classmethod
    def ask(cls, journal, parent=None) -> bool:
        """Show the dialog; True when anything changed."""
        dialog = cls(journal, parent)
        changed = []
        dialog.triggersChanged.connect(lambda: changed.append(True))
        dialog.exec()
        return bool(changed)

    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self.list.clear()
        for t in self._journal.triggers(with_counts=True):
            state = []
            if t.builtin:
                state.append(QCoreApplication.translate("TriggerManagerDialog", "built-in"))
            if t.archived:
                state.append(
                    QCoreApplication.translate("TriggerManagerDialog", "hidden")
                    if t.builtin
                    else QCoreApplication.translate("TriggerManagerDialog", "archived")
                )
            used = (
                QCoreApplication.translate("TriggerManagerDialog", "{n} entry")
                if t.entry_count == 1
                else QCoreApplication.translate("TriggerManagerDialog", "{n} entries")
            ).format(n=t.entry_count)
            text = QCoreApplication.translate("TriggerManagerDialog", "{name}   —   {used}").format(
                name=t.name, used=used
            )
            if state:
                text = QCoreApplication.translate("TriggerManagerDialog", "{text} ({state})").format(
                    text=text, state=", ".join(state)
                )
            item = QListWidgetItem(swatch(t.colour, 16), text)
            item.setData(Qt.ItemDataRole.UserRole, t)
            if t.archived:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if t.id == select_id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current(self) -> TriggerInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self, *_args) -> None:
        t = self.current()
        for b in (self.rename_button, self.colour_button, self.archive_button):
            b.setEnabled(t is not None)
        self.guidance_button.setEnabled(t is not None and not t.builtin)
        if t is None:
            self.archive_button.setText(QCoreApplication.translate("TriggerManagerDialog", "Archive"))
            self.note.setText("")
            return
        if t.builtin:
            self.archive_button.setText(
                QCoreApplication.translate("TriggerManagerDialog", "Show again")
                if t.archived
                else QCoreApplication.translate("TriggerManagerDialog", "Hide")
            )
            self.note.setText(message(messages.TRIGGER_BUILTIN_NOTE))
        else:
            self.archive_button.setText(
                QCoreApplication.translate("TriggerManagerDialog", "Unarchive")
                if t.archived
                else QCoreApplication.translate("TriggerManagerDialog", "Archive")
            )
            self.note.setText(message(messages.TRIGGER_ARCHIVE_NOTE))

    def _run(self, action) -> TriggerInfo | None:
        try:
            result = action()
        except JournalError as exc:
            QMessageBox.information(
                self, QCoreApplication.translate("TriggerManagerDialog", "Triggers"), str(exc)
            )
            return None
        self.reload(select_id=result.id)
        self.triggersChanged.emit()
        return result

    def _add(self) -> None:
        name = self.new_name.text()
        if not name.strip():
            self.new_name.setFocus()
            return
        if self._run(lambda: self._journal.add_trigger(name)) is not None:
            self.new_name.clear()

    def _rename(self) -> None:
        t = self.current()
        if t is None:
            return
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("TriggerManagerDialog", "Rename trigger"),
            QCoreApplication.translate("TriggerManagerDialog", "New name:"),
            QLineEdit.EchoMode.Normal,
            t.name,
        )
        if ok and name.strip() and name.strip() != t.name:
            self._run(lambda: self._journal.rename_trigger(t.id, name))

    def _recolour(self) -> None:
        t = self.current()
        if t is None:
            return
        for i, hex_colour in enumerate(OKABE_ITO):
            QColorDialog.setCustomColor(i, QColor(hex_colour))
        colour = QColorDialog.getColor(
            QColor(t.colour),
            self,
            QCoreApplication.translate("TriggerManagerDialog", "Colour for {name}").format(name=t.name),
        )
        if colour.isValid():
            self._run(lambda: self._journal.recolour_trigger(t.id, colour.name()))

    def _link_guidance(self) -> None:
        from journal_app.ui.guidance.guidance_links_dialog import GuidanceLinksDialog

        t = self.current()
        if t is None or t.builtin or self._library is None:
            return
        chosen = GuidanceLinksDialog.ask(
            self, self._library(), t, self._journal.guidance_links().get(t.slug, ())
        )
        if chosen is not None:
            try:
                self._journal.link_guidance(t.id, chosen)
            except JournalError as exc:
                QMessageBox.information(
                    self, QCoreApplication.translate("TriggerManagerDialog", "Triggers"), str(exc)
                )
                return
            self.triggersChanged.emit()

    def _toggle_archived(self) -> None:
        t = self.current()
        if t is not None:
            self._run(lambda: self._journal.set_trigger_archived(t.id, not t.archived))
