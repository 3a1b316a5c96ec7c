"""Tab order for dialogs: the buttons of a button box as the platform shows them, and one chain of fields."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtWidgets import QDialogButtonBox, QWidget


def button_row(buttons: QDialogButtonBox) -> list[QWidget]:
    """The buttons of `buttons` in the order this platform shows them (not the order they were added)."""
    row = buttons.layout()
    if row is None:
        return []
    items = (row.itemAt(i) for i in range(row.count()))
    return [w for w in (item.widget() if item is not None else None for item in items) if w is not None]


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each widget to the next, in this order."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)
