"""The thought record's second step for one belief on an entry: once the moment has passed, a kinder, more
balanced thought beside it, and how true the belief feels now. The editor keeps the answer with the entry
(it saves by itself, and a crash draft keeps it too)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.cycle_values import BeliefMark
from journal_app.ui.common.tab_order import button_row, chain_tab_order
from journal_app.ui.common.widgets import paragraph
from journal_app.ui.entries.belief_editor import NOT_RATED, quoted, strength_box, strength_value


@dataclass(frozen=True)
class Later:
    """What the person answered: the kinder thought ("" none) and how true the belief feels now (None: not
    rated)."""

    balanced: str
    rerated: int | None


class RerateDialog(QDialog):
    # the words about the moment, the kinder thought, and how true the belief feels now
    intro: QLabel
    thought: QPlainTextEdit
    now: QSpinBox
    buttons: QDialogButtonBox

    def __init__(self, text: str, mark: BeliefMark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RerateDialog", "A kinder thought"))
        self.setMinimumWidth(420)
        felt = (
            QCoreApplication.translate("RerateDialog", "In the moment it felt {n}% true.").format(n=mark.strength)
            if mark.strength is not None
            else QCoreApplication.translate("RerateDialog", "In the moment you did not rate how true it felt.")
        )
        self.intro = paragraph(
            QCoreApplication.translate(
                "RerateDialog",
                "You told yourself {belief}. {felt} Now that the moment has passed, what would you say to a "
                "friend who thought this?",
            ).format(belief=quoted(text), felt=felt)
        )
        self.thought = QPlainTextEdit()
        self.thought.setTabChangesFocus(True)
        self.thought.setPlainText(mark.balanced)
        self.thought.setPlaceholderText(
            QCoreApplication.translate("RerateDialog", "e.g. Sam was tired; it was not about me.")
        )
        self.thought.setAccessibleName(
            QCoreApplication.translate("RerateDialog", "A kinder, more balanced thought")
        )
        self.thought.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.now = strength_box(QCoreApplication.translate("RerateDialog", "How true the belief feels now"))
        self.now.setValue(NOT_RATED if mark.rerated is None else mark.rerated)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._build()
        chain_tab_order([self.thought, self.now, *button_row(self.buttons)])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.thought.setFocus()

    def _build(self) -> None:
        thought_label = QLabel(QCoreApplication.translate("RerateDialog", "A kinder, more balanced thought:"))
        thought_label.setBuddy(self.thought)
        now_label = QLabel(QCoreApplication.translate("RerateDialog", "How true does it feel now?"))
        now_label.setBuddy(self.now)
        now_row = QHBoxLayout()
        now_row.addWidget(now_label)
        now_row.addWidget(self.now)
        now_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(thought_label)
        layout.addWidget(self.thought, 1)
        layout.addLayout(now_row)
        layout.addWidget(self.buttons)

    def answer(self) -> Later:
        return Later(self.thought.toPlainText().strip(), strength_value(self.now))

    @classmethod
    def ask(cls, parent: QWidget | None, text: str, mark: BeliefMark) -> Later | None:
        """Ask for the second step on the belief `text` (its mark on the entry); None when cancelled."""
        dialog = cls(text, mark, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
