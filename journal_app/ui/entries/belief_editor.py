"""What I told myself: the beliefs on an entry, each with how true it felt (0–100 %), and, once the moment has
passed, a kinder thought with a second rating (the thought record's second step, in rerate_dialog.py).

The field suggests the person's own beliefs and a few gentle examples as they type (the list comes from the
journal through the cycle controller, once; the field filters it). Adding a belief asks the journal for it (new
words join the person's list), so the editor only forwards the words: `addRequested`."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.cycle_values import STRENGTH_MAX, STRENGTH_MIN, BeliefInfo, BeliefMark
from journal_app.ui.common.tab_order import chain_tab_order
from journal_app.ui.common.widgets import problem_label, small_label

NOT_RATED = STRENGTH_MIN - 1


def strength_box(accessible: str) -> QSpinBox:
    """How true a belief felt, 0–100 %, or "not rated" (the lowest step)."""
    spin = QSpinBox()
    spin.setRange(NOT_RATED, STRENGTH_MAX)
    spin.setSingleStep(10)
    spin.setSuffix(QCoreApplication.translate("BeliefEditor", "%"))
    spin.setSpecialValueText(QCoreApplication.translate("BeliefEditor", "not rated"))
    spin.setValue(NOT_RATED)
    spin.setAccessibleName(accessible)
    spin.setAccessibleDescription(
        QCoreApplication.translate(
            "BeliefEditor", "How true it felt, from 0 (not at all) to 100 per cent; the lowest step means not rated"
        )
    )
    return spin


def strength_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_RATED else spin.value()


def quoted(text: str) -> str:
    return QCoreApplication.translate("BeliefEditor", "“{belief}”").format(belief=text)


class BeliefRow(QWidget):
    """One belief on the entry: its words, how true it felt, "Kinder thought…", and ✕ to take it off."""

    # how true it felt changed
    changed = Signal()
    # ✕: take this belief off the entry (carries the belief's id)
    removeRequested = Signal(int)
    # "Kinder thought…": the second step for this belief (carries the belief's id)
    rerateRequested = Signal(int)

    def __init__(self, mark: BeliefMark, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mark = mark
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.strength = strength_box("")
        self.later = QPushButton(QCoreApplication.translate("BeliefEditor", "Kinder thought…"))
        self.later.setToolTip(
            QCoreApplication.translate(
                "BeliefEditor",
                "Once the moment has passed: write a kinder, more balanced thought and rate the belief again",
            )
        )
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.after = small_label("")
        self._build()
        self.set_text(text)
        self._show_mark()
        self.strength.valueChanged.connect(self._on_strength)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(mark.belief_id))
        self.later.clicked.connect(lambda: self.rerateRequested.emit(mark.belief_id))

    def _build(self) -> None:
        """The words, how true it felt and ✕ on one line (the words wrap when narrow); "Kinder thought…" and
        what it holds under them."""
        how = QLabel(QCoreApplication.translate("BeliefEditor", "How true it felt:"))
        how.setBuddy(self.strength)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.words, 1)
        top.addWidget(how)
        top.addWidget(self.strength)
        top.addWidget(self.remove)
        self.after.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.later, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        second.addWidget(self.after, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(second)

    @property
    def belief_id(self) -> int:
        return self._mark.belief_id

    def set_text(self, text: str) -> None:
        """The belief's words (may come after the row, when the person's list arrives)."""
        shown = text or QCoreApplication.translate("BeliefEditor", "(a belief from your list)")
        self.words.setText(quoted(shown))
        self.strength.setAccessibleName(
            QCoreApplication.translate("BeliefEditor", "How true “{belief}” felt").format(belief=shown)
        )
        self.remove.setAccessibleName(
            QCoreApplication.translate("BeliefEditor", "Take “{belief}” off this entry").format(belief=shown)
        )
        self.remove.setToolTip(self.remove.accessibleName())
        self.later.setAccessibleName(
            QCoreApplication.translate("BeliefEditor", "A kinder thought about “{belief}”").format(belief=shown)
        )

    def _show_mark(self) -> None:
        mark = self._mark
        self.strength.blockSignals(True)
        self.strength.setValue(NOT_RATED if mark.strength is None else mark.strength)
        self.strength.blockSignals(False)
        self.after.setText(later_text(mark))
        self.after.setVisible(bool(mark.balanced) or mark.rerated is not None)

    def mark(self) -> BeliefMark:
        return self._mark

    def set_mark(self, mark: BeliefMark) -> None:
        self._mark = mark
        self._show_mark()

    def _on_strength(self, _value: int) -> None:
        self._mark = replace(self._mark, strength=strength_value(self.strength))
        self.changed.emit()


def later_text(mark: BeliefMark) -> str:
    """The second step as the row shows it: the kinder thought and how true the belief felt then."""
    parts = []
    if mark.balanced:
        parts.append(QCoreApplication.translate("BeliefEditor", "Kinder thought: {thought}").format(
            thought=quoted(" ".join(mark.balanced.split()))))
    if mark.rerated is not None:
        parts.append(QCoreApplication.translate("BeliefEditor", "Later it felt {n}% true.").format(n=mark.rerated))
    return "  ".join(parts)


class BeliefEditor(QWidget):
    # a belief was added, taken off, or how true it felt changed (also after a kinder thought)
    changed = Signal()
    # the person asked to add a belief in these words (the cycle controller finds or adds it in the journal)
    addRequested = Signal(str)
    # "Kinder thought…" on a belief (carries its id); the editor asks RerateDialog and calls set_later()
    rerateRequested = Signal(int)

    # the field to add a belief, its button, and a line saying what went wrong
    field: QLineEdit
    add_button: QPushButton
    note: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, BeliefRow] = {}
        self._texts: dict[int, str] = {}
        self._loading = False
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            QCoreApplication.translate("BeliefEditor", "What did you tell yourself? e.g. They'll leave")
        )
        self.field.setAccessibleName(QCoreApplication.translate("BeliefEditor", "What you told yourself"))
        self.field.setAccessibleDescription(
            QCoreApplication.translate(
                "BeliefEditor",
                "Type a belief in your own words; your earlier ones are suggested. Enter adds it to this entry.",
            )
        )
        self.add_button = QPushButton(QCoreApplication.translate("BeliefEditor", "Add"))
        self.add_button.setAccessibleName(QCoreApplication.translate("BeliefEditor", "Add this belief"))
        self.add_button.setEnabled(False)
        self.note = problem_label()
        self.note.hide()
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.field.setCompleter(self._completer)
        self._build()
        self.field.textChanged.connect(self._on_typed)
        self.field.returnPressed.connect(self._request_add)
        self.add_button.clicked.connect(self._request_add)
        self._completer.activated.connect(self._request_add)  # a suggestion chosen (Enter or click) is added

    def _build(self) -> None:
        heading = QLabel(QCoreApplication.translate("BeliefEditor", "<b>What did you tell yourself?</b>"))
        heading.setWordWrap(True)
        heading.setBuddy(self.field)
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(4)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(0, 0, 0, 0)
        add_row.addWidget(self.field, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(self._list)
        layout.addLayout(add_row)
        layout.addWidget(self.note)

    # -- what the journal gives ---------------------------------------------------------------------
    def set_known(self, beliefs: list[BeliefInfo], suggestions: list[str]) -> None:
        """The person's beliefs (for the words of rows that came without them, e.g. from a draft) and what to
        suggest as they type (their own words first, then the gentle examples)."""
        for b in beliefs:
            self._texts[b.id] = b.text
            row = self._rows.get(b.id)
            if row is not None:
                row.set_text(b.text)
        self._completer.setModel(QStringListModel(suggestions, self._completer))

    def suggestions(self) -> list[str]:
        model = self._completer.model()
        return model.stringList() if isinstance(model, QStringListModel) else []

    # -- the entry's beliefs --------------------------------------------------------------------------
    def set_marks(self, marks: tuple[BeliefMark, ...], texts: dict[int, str] | None = None) -> None:
        """Show these beliefs (another entry, or a restored draft); `texts`: their words where known."""
        self._texts.update(texts or {})
        self._loading = True
        try:
            for row in self._rows.values():
                row.deleteLater()
            self._rows.clear()
            for mark in marks:
                self._add_row(mark)
            self.field.clear()
            self.show_problem("")
        finally:
            self._loading = False

    def _add_row(self, mark: BeliefMark) -> BeliefRow:
        row = BeliefRow(mark, self._texts.get(mark.belief_id, ""), self)
        row.changed.connect(self._emit)
        row.removeRequested.connect(self.remove)
        row.rerateRequested.connect(self.rerateRequested)
        self._list.addWidget(row)
        self._rows[mark.belief_id] = row
        self._fix_tab_order()
        return row

    def _fix_tab_order(self) -> None:
        """Tab goes down the rows (how true, ✕, kinder thought), then to the field to add another."""
        chain: list[QWidget] = []
        for row in self._rows.values():
            chain += [row.strength, row.remove, row.later]
        chain += [self.field, self.add_button]
        chain_tab_order(chain)

    def add(self, belief: BeliefInfo) -> None:
        """The journal found or added the belief the person asked for: it goes on the entry (once), and the
        cursor goes to how true it felt."""
        self._texts[belief.id] = belief.text
        self.field.clear()
        self.show_problem("")
        row = self._rows.get(belief.id)
        if row is None:
            row = self._add_row(BeliefMark(belief.id))
            self._emit()
        row.strength.setFocus()
        row.strength.selectAll()

    def remove(self, belief_id: int) -> None:
        row = self._rows.pop(belief_id, None)
        if row is not None:
            row.deleteLater()
            self._fix_tab_order()
            self.field.setFocus()
            self._emit()

    def set_later(self, belief_id: int, balanced: str, rerated: int | None, at: datetime | None = None) -> None:
        """The second step for one belief: a kinder thought and how true it feels now (`at`: when; now)."""
        row = self._rows.get(belief_id)
        if row is None:
            return
        when = (at or datetime.now(UTC)) if (balanced.strip() or rerated is not None) else None
        row.set_mark(replace(row.mark(), balanced=balanced.strip(), rerated=rerated, rerated_at=when))
        self._emit()

    def retranslate(self) -> None:
        """The language changed (ui/common/i18n.py change_language): the sentences with words in them again."""
        for belief_id, row in self._rows.items():
            row.set_text(self._texts.get(belief_id, ""))
            row.set_mark(row.mark())

    def row(self, belief_id: int) -> BeliefRow | None:
        return self._rows.get(belief_id)

    def text_of(self, belief_id: int) -> str:
        return self._texts.get(belief_id, "")

    def marks(self) -> tuple[BeliefMark, ...]:
        return tuple(row.mark() for row in self._rows.values())

    def show_problem(self, text: str) -> None:
        """A calm line under the field (empty: none)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- typing -------------------------------------------------------------------------------------
    def _on_typed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))
        if self.note.isVisible():
            self.show_problem("")

    def _request_add(self) -> None:
        words = " ".join(self.field.text().split())
        if words:
            self.addRequested.emit(words)

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()
