"""Small building blocks several dialogs and views share: headings, paragraphs, problem lines, date ranges, and
the menu actions the window and its controllers add."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

PROBLEM_COLOUR = "#D55E00"  # Okabe–Ito vermillion, as elsewhere


class FontScale(QObject):
    """Keeps a widget's text `scale` times the application's text size (bold if asked), also after the text
    size changes in Settings (a font set on a widget does not follow the application's otherwise)."""

    def __init__(self, widget: QWidget, scale: float, bold: bool = False) -> None:
        super().__init__(widget)
        self.widget, self.scale, self.bold = widget, scale, bold
        self.apply()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self.apply)  # (only windows get ApplicationFontChange)

    def apply(self, *_args) -> None:
        widget = self.widget
        font = QFont(QApplication.font(widget))
        if font.pointSizeF() > 0:
            font.setPointSizeF(max(font.pointSizeF() * self.scale, 6.0))
        elif font.pixelSize() > 0:
            font.setPixelSize(max(round(font.pixelSize() * self.scale), 8))
        if self.bold:
            font.setBold(True)
        widget.setFont(font)


def scale_font(widget: QWidget, scale: float, bold: bool = False) -> QWidget:
    """Show `widget`'s text `scale` times the application's size, following text size changes."""
    FontScale(widget, scale, bold)
    return widget


def heading(text: str, scale: float, wrap_width: int) -> QLabel:
    """A bold title; `wrap_width` is the width the dialog's paragraphs wrap at (dialogs size from it)."""
    label = QLabel(text)
    scale_font(label, scale, bold=True)
    label.setMinimumWidth(wrap_width)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def small_label(text: str) -> QLabel:
    label = QLabel(text)
    scale_font(label, 0.9)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ElidedComboBox(QComboBox):
    """A combo box that fits a narrow place at any text size: its size hint is what the current choice needs,
    it can shrink to a few letters, and a choice too long for the room ends in "…" with the whole of it in
    the tooltip (the pop-up list always shows items in full)."""

    MIN_CHARS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(self.MIN_CHARS)
        self.elided = False

    def _size_for(self, text_width: int) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        icon = self.iconSize().width() + 4 if not self.itemIcon(self.currentIndex()).isNull() else 0
        size = QSize(text_width + icon, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, size, self)

    def sizeHint(self) -> QSize:  # measured afresh: the text size can change while the window is open
        hint = super().sizeHint()
        return QSize(
            self._size_for(self.fontMetrics().horizontalAdvance(self.currentText())).width(), hint.height()
        )

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            self._size_for(self.fontMetrics().horizontalAdvance("x" * self.MIN_CHARS)).width(), hint.height()
        )

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
        full = option.currentText
        option.currentText = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, max(room, 0))
        elided = option.currentText != full
        if elided != self.elided or (elided and self.toolTip() != full):
            self.elided = elided
            self.setToolTip(full if elided else "")
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def problem_label(text: str = "") -> QLabel:
    """A line saying what is wrong, in the warning colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
    return label


def date_range_row(from_name: str, to_name: str) -> tuple[QWidget, QDateEdit, QDateEdit]:
    """ "From [date] to [date]", last month to today, hidden until a custom range is chosen."""
    start, end = QDateEdit(), QDateEdit()
    for edit, name in ((start, from_name), (end, to_name)):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
    today = QDate.currentDate()
    start.setDate(today.addMonths(-1))
    end.setDate(today)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(QCoreApplication.translate("DateRange", "From")))
    layout.addWidget(start, 1)
    layout.addWidget(QLabel(QCoreApplication.translate("DateRange", "to")))
    layout.addWidget(end, 1)
    row.hide()
    return row, start, end


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[..., object],
    shortcut: QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """A menu or toolbar action: its text, what it does, an optional shortcut (a QKeySequence.StandardKey or a
    string like "Ctrl+Shift+P") and the status-bar tip."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action

