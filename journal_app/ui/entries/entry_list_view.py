"""The view of the entry list: every row the same height (the delegate's), so Qt never asks each row for its size
and a list of 365,000 entries lays out as quickly as one of ten; one entry chosen at a time; scrolled by pixel.
The rows it shows are read by the model a page at a time (see entry_list_model): when a page arrives the view
paints what it shows, which also asks again for rows whose page was passed over while scrolling fast."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QListView

from journal_app.ui.entries.entry_list_delegate import EntryListDelegate
from journal_app.ui.entries.entry_list_model import EntryListModel


class EntryListView(QListView):
    def __init__(self, model: EntryListModel, name: str, parent=None, *,
                 selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)  # one row's size stands for all
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setSelectionMode(selection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setAccessibleName(name)
        self.setModel(model)
        self.setItemDelegate(EntryListDelegate(self))
        model.pageArrived.connect(self.viewport().update)
