"""Helpers for the accessibility tests: find the controls a keyboard or screen-reader user can reach that
have no name to be read out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTabBar, QTextEdit)


def _part_of_a_composite(widget: QWidget) -> bool:
    """Qt's own inner parts (a combo box's or spin box's line edit, a scroll bar): the outer control carries
    the name."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return True
    while parent is not None:  # the list inside a combo box's pop-up
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """What a screen reader reads as the control's name (Qt works it out from the text, a buddy label, or
    setAccessibleName)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Every focusable interactive control under `root` (itself included) without an accessible name, as
    'ClassName objectName (parent chain)' lines; empty when all are named."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _part_of_a_composite(widget):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not accessible_name(widget):
            chain, p = [], widget.parentWidget()
            while p is not None and len(chain) < 4:
                chain.append(type(p).__name__ + (f"#{p.objectName()}" if p.objectName() else ""))
                p = p.parentWidget()
            text = getattr(widget, "text", lambda: "")()
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} text={text!r} in {' < '.join(chain)}")
    return problems
