"""The entry list as a Qt item model that fetches one page at a time (canFetchMore/fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from journal_app.models.values import EntryFilter, EntryRow, Page
from journal_app.ui.common.formatting import short_when

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

PageFetcher = Callable[[EntryFilter, Any], Page]

NO_PARENT = QModelIndex()  # a list has no parent index (Qt's default argument)


def untitled() -> str:
    return QCoreApplication.translate("EntryListModel", "(untitled)")


class EntryListModel(QAbstractListModel):
    # emitted after the list was reloaded from the first page (search, filter, new entry)
    reloaded = Signal()
    # emitted when a page could not be read; carries the calm message to show
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fetch: PageFetcher | None = None
        self._filter = EntryFilter()
        self._rows: list[EntryRow] = []
        self._cursor: Any = None
        self._exhausted = True
        self.pages_fetched = 0

    # -- data source -------------------------------------------------------------------------------
    def set_source(self, fetch: PageFetcher | None) -> None:
        self._fetch = fetch
        self.reload()

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, flt: EntryFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (only that page is read)."""
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted = [], None, self._fetch is None
        self.pages_fetched = 0
        if self._fetch is not None:
            self._load_page(initial=True)
        self.endResetModel()
        self.reloaded.emit()

    def _load_page(self, *, initial: bool) -> list[EntryRow]:
        fetch = self._fetch
        if fetch is None:  # no journal (its source was let go): nothing more to read
            self._exhausted = True
            return []
        try:
            page = fetch(self._filter, self._cursor)
        except Exception as exc:
            self._exhausted = True
            self.failed.emit(str(exc))
            return []
        self.pages_fetched += 1
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if initial:
            self._rows = list(page.rows)
        return list(page.rows)

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.heading or untitled()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            triggers = ", ".join(c.name for c in row.triggers)
            when = short_when(row.occurred_at)
            heading = row.heading or QCoreApplication.translate("EntryListModel", "untitled")
            if triggers:
                return QCoreApplication.translate(
                    "EntryListModel", "{when}: {heading}; triggers: {triggers}"
                ).format(when=when, heading=heading, triggers=triggers)
            return QCoreApplication.translate("EntryListModel", "{when}: {heading}").format(
                when=when, heading=heading
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.heading or None
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and not self._exhausted and self._fetch is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        rows = self._load_page(initial=False)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- helpers for the window --------------------------------------------------------------------
    def row_of(self, entry_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == entry_id:
                return i
        return -1

    def entry_at(self, row: int) -> EntryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace_row(self, updated: EntryRow) -> None:
        """Show an edited entry's new title, preview and triggers without re-reading the list."""
        i = self.row_of(updated.id)
        if i < 0:
            return
        old = self._rows[i]
        self._rows[i] = EntryRow(
            id=updated.id,
            uuid=updated.uuid,
            occurred_at=updated.occurred_at,
            title=updated.title,
            preview=updated.preview,
            shared=updated.shared,
            deleted_at=updated.deleted_at,
            triggers=updated.triggers,
            snippet=old.snippet,
        )
        idx = self.index(i, 0)
        self.dataChanged.emit(idx, idx)
