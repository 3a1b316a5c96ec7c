"""The view of the entry list: every row the same height (the delegate's), so Qt never asks a row for its size.

It is a one-column table without headers or grid, not a QListView: a QListView lays out every row each time the
list changes (for 365,000 entries about 1.4 s, as it asks the model for each row), while a table's fixed-height
rows are kept as one number, so a list of 365,000 entries lays out as quickly as one of ten. It behaves as a list:
one entry chosen at a time, Home and End go to the first and the last entry, Tab leaves it, typing a title's first
letters goes to the next entry read that starts with them, it scrolls by pixel.

The rows it shows are read by the model a page at a time (see entry_list_model): when a page arrives the view
paints what it shows, which also asks again for rows whose page was passed over while scrolling fast."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView

from journal_app.ui.entries.entry_list_delegate import EntryListDelegate
from journal_app.ui.entries.entry_list_model import EntryListModel

Cursor = QAbstractItemView.CursorAction


class EntryListView(QTableView):
    def __init__(self, model: EntryListModel, name: str, parent=None, *,
                 selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection) -> None:
        super().__init__(parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)  # one column, as wide as the list
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as from any list
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(selection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setAccessibleName(name)
        self.setModel(model)
        self.setItemDelegate(EntryListDelegate(self))
        self._fit_rows()
        # (a Python slot: connecting Qt's overloaded update() has shiboken read the signatures of QtWidgets, which
        # builds some fifty enums of unrelated classes, ~50 ms on the UI thread before the first page was listed)
        model.pageArrived.connect(self._repaint_rows)

    def _repaint_rows(self) -> None:
        self.viewport().update()

    def _fit_rows(self) -> None:
        """Every row as high as the delegate draws one in the current font."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        header = self.verticalHeader()
        header.setMinimumSectionSize(min(header.minimumSectionSize(), height))
        header.setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def moveCursor(self, cursorAction: Cursor, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End go to the first and the last entry (in a table they would stay in the row)."""
        if cursorAction in (Cursor.MoveHome, Cursor.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursorAction, modifiers)
