"""Edit your own reflection templates: add, rename, write the prompts (one per line), delete. The built-in
"Reflection" set cannot be changed, but can be copied and the copy changed. Nothing is written until Save."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from journal_app.core.errors import JournalError
from journal_app.services import templates
from journal_app.services.templates import Template
from journal_app.ui.common.widgets import paragraph, problem_label


class TemplatesDialog(QDialog):
    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reflection templates"))
        self.setMinimumSize(560, 420)
        self._store = store
        # the working copy: [name, prompts text, built-in]; saved as a whole on Save
        self._items: list[list] = [[t.name, "\n".join(t.prompts), t.builtin] for t in store.templates()]

        intro = paragraph(
            self.tr(
                "A template is a few short questions you can add to an entry and answer if you like. "
                "Write one question per line."
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setMaxLength(templates.MAX_NAME_CHARS)
        self.prompts = QPlainTextEdit()
        self.prompts.setAccessibleName(self.tr("Questions, one per line"))
        self.prompts.setTabChangesFocus(True)
        self.prompts.setPlaceholderText(self.tr("What happened?\nWhat did I need?"))
        self.add_button = QPushButton(self.tr("New"))
        self.add_button.setAccessibleName(self.tr("New template"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy this template"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete this template"))
        self.note = paragraph("")
        self.problem = problem_label(store.problem or "")
        self.problem.setVisible(bool(store.problem))
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Save | std.Cancel)
        self.save_button = buttons.button(std.Save)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Questions:"), self.prompts)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.note)
        row = QHBoxLayout()
        for b in (self.add_button, self.copy_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self.list.currentRowChanged.connect(self._show)
        self.name.textEdited.connect(self._on_name)
        self.prompts.textChanged.connect(self._on_prompts)
        self.add_button.clicked.connect(self.add)
        self.copy_button.clicked.connect(self.copy)
        self.delete_button.clicked.connect(self.delete)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._fill(0)

    # -- the list ----------------------------------------------------------------------------------
    def _label(self, item: list) -> str:
        if item[2]:
            return self.tr("{name} (built-in)").format(name=item[0])
        return item[0] or self.tr("(no name)")

    def _fill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in self._items:
            QListWidgetItem(self._label(item), self.list)
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self._items) - 1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        builtin = bool(item and item[2])
        self.name.blockSignals(True)
        self.prompts.blockSignals(True)
        self.name.setText(item[0] if item else "")
        self.prompts.setPlainText(item[1] if item else "")
        self.name.blockSignals(False)
        self.prompts.blockSignals(False)
        for widget in (self.name, self.prompts):
            widget.setReadOnly(builtin or item is None)
        self.delete_button.setEnabled(item is not None and not builtin)
        self.copy_button.setEnabled(item is not None)
        self.note.setText(
            self.tr("This one comes with the app and stays as it is. Copy it to make your own.")
            if builtin
            else ""
        )

    def _current(self) -> list | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _on_name(self, text: str) -> None:
        item = self._current()
        if item is not None and not item[2]:
            item[0] = text
            self.list.currentItem().setText(self._label(item))

    def _on_prompts(self) -> None:
        item = self._current()
        if item is not None and not item[2]:
            item[1] = self.prompts.toPlainText()

    def _free_name(self, base: str) -> str:
        taken = {item[0].casefold() for item in self._items}
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base} {n}"
        return name

    def add(self) -> None:
        self._items.append([self._free_name(self.tr("My questions")), "", False])
        self._fill(len(self._items) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def copy(self) -> None:
        item = self._current()
        if item is None:
            return
        name = self._free_name(self.tr("{name} (my copy)").format(name=item[0]))
        self._items.append([name, item[1], False])
        self._fill(len(self._items) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items) and not self._items[row][2]:
            del self._items[row]
            self._fill(row)

    # -- saving ------------------------------------------------------------------------------------
    def result_templates(self) -> tuple[Template, ...]:
        """The person's own templates as they stand in the dialog (not yet checked)."""
        return tuple(
            Template(name, templates.parse_prompts(text))
            for name, text, builtin in self._items
            if not builtin
        )

    def save(self) -> None:
        """Check and write the templates; a problem is shown here and the dialog stays open."""
        try:
            self._store.save(self.result_templates())
        except JournalError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent, store) -> tuple[Template, ...] | None:
        """Edit `store`'s templates; the templates saved (built-ins first), or None when cancelled."""
        dialog = cls(store, parent)
        return store.templates() if dialog.exec() == QDialog.DialogCode.Accepted else None
