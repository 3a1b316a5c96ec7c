"""The items of a QTreeWidget, without the None its accessors are typed to return for a row out of range."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """`item`'s children, in order."""
    children = (item.child(i) for i in range(item.childCount()))
    return [child for child in children if child is not None]
