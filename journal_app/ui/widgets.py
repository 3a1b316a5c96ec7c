"""Small building blocks several dialogs and views share: headings, paragraphs, problem lines, date ranges."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

PROBLEM_COLOUR = "#D55E00"  # Okabe–Ito vermillion, as elsewhere


def heading(text: str, scale: float, wrap_width: int) -> QLabel:
    """A bold title; `wrap_width` is the width the dialog's paragraphs wrap at (dialogs size from it)."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setMinimumWidth(wrap_width)
    return label


def paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def small_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def problem_label(text: str = "") -> QLabel:
    """A line saying what is wrong, in the warning colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
    return label


def date_range_row(from_name: str, to_name: str) -> tuple[QWidget, QDateEdit, QDateEdit]:
    """"From [date] to [date]", last month to today, hidden until a custom range is chosen."""
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
    layout.addWidget(QLabel("From"))
    layout.addWidget(start, 1)
    layout.addWidget(QLabel("to"))
    layout.addWidget(end, 1)
    row.hide()
    return row, start, end
