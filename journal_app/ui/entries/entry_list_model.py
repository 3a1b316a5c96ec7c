"""The entry list as a Qt item model that fetches one page at a time (canFetchMore/fetchMore).

In the window (`background=True`) the pages are read on a worker of the operations layer, never on the UI
thread: the next page when the list is scrolled to its end, and the first page of every new search or filter.
One key per model, so a newer search supersedes an older one (and a page still being read for it): the older
answer is dropped. `canFetchMore` is False while a page is on its way, so a page is never asked for twice. A
page that could not be read leaves the list as it was (a new search: empty) and `failed` carries the calm
message (`error` keeps it until the next answer). `reload()` (after a save, a trash, opening the journal) reads
the first page at once when nothing narrows the list, and on the worker when a search or a filter does.
Without `background` (the Trash dialog, a small list) every page is read at once, as before."""

from __future__ import annotations

import itertools
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
from journal_app.ui.common import operations
from journal_app.ui.common.formatting import short_when

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

PageFetcher = Callable[[EntryFilter, Any], Page]

NO_PARENT = QModelIndex()  # a list has no parent index (Qt's default argument)

_keys = itertools.count(1)


def untitled() -> str:
    return QCoreApplication.translate("EntryListModel", "(untitled)")


def narrows(flt: EntryFilter) -> bool:
    """Whether a filter asks for more than the newest entries (a search, a trigger, a person, a period, the
    Trash): its first page is read on the worker too."""
    return bool(flt.text.strip() or flt.trigger_ids or flt.person_ids or flt.start or flt.end or flt.trashed)


class EntryListModel(QAbstractListModel):
    # emitted after the list was reloaded from the first page (search, filter, new entry)
    reloaded = Signal()
    # emitted when a page could not be read; carries the calm message to show
    failed = Signal(str)

    def __init__(self, parent=None, *, background: bool = False) -> None:
        super().__init__(parent)
        self._fetch: PageFetcher | None = None
        self._filter = EntryFilter()
        self._rows: list[EntryRow] = []
        self._cursor: Any = None
        self._exhausted = True
        self.pages_fetched = 0
        self.background = background
        self.key = f"entry-list-{next(_keys)}"
        self.pending: operations.Operation | None = None  # the page on its way (background only)
        self.error = ""  # the last page's failure, until the next page arrives

    # -- data source -------------------------------------------------------------------------------
    def set_source(self, fetch: PageFetcher | None) -> None:
        self._fetch = fetch
        self.reload()

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        """A page is on its way from the worker."""
        return self.pending is not None

    def set_filter(self, flt: EntryFilter) -> None:
        self._filter = flt
        self.reload(now=not self.background)

    def reload(self, *, now: bool | None = None) -> None:
        """Start again from the first page (only that page is read): at once, or on the worker when `now` is
        False (by default: in the background when a search or a filter narrows the list)."""
        if now is None:
            now = not (self.background and narrows(self._filter))
        self._forget_pending()
        fetch, flt = self._fetch, self._filter
        if fetch is None or now:
            self._show_first(self._read(fetch, flt, None))
            return
        self._ask(lambda: fetch(flt, None), self._show_first)

    def _forget_pending(self) -> None:
        if self.pending is not None:
            operations.drop(self.key)
            self.pending = None

    def _read(self, fetch: PageFetcher | None, flt: EntryFilter, cursor: Any) -> Page | str | None:
        """A page read on this thread: the page, the failure's message, or None (no journal)."""
        if fetch is None:
            return None
        try:
            return fetch(flt, cursor)
        except Exception as exc:
            return str(exc)

    def _ask(self, work: Callable[[], Page], show: Callable[[Page | str | None], None]) -> None:
        """Read a page on the worker; `show` gets it (or the failure's message) unless a newer page was asked
        for in the meantime."""

        def answered(result: object) -> None:
            if self.pending is op:
                self.pending = None
                show(result if isinstance(result, Page) else None)

        def failed(text: str) -> None:
            if self.pending is op:
                self.pending = None
                show(text)

        op = operations.run(self, work, answered, failed, key=self.key)
        self.pending = op

    def _show_first(self, page: Page | str | None) -> None:
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted, self.pages_fetched = [], None, True, 0
        self._take(page)
        self.endResetModel()
        self._tell(page)
        self.reloaded.emit()

    def _take(self, page: Page | str | None) -> list[EntryRow]:
        """Note what a page brings (the rows themselves are added by the caller)."""
        self.error = page if isinstance(page, str) else ""
        if not isinstance(page, Page):  # no journal, or a failure: nothing more to read (no retry loop)
            self._exhausted = True
            return []
        self.pages_fetched += 1
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        rows = list(page.rows)
        if self.pages_fetched == 1:
            self._rows = rows
        return rows

    def _tell(self, page: Page | str | None) -> None:
        if isinstance(page, str):
            self.failed.emit(page)

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
        return not parent.isValid() and not self._exhausted and self._fetch is not None and self.pending is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if not self.canFetchMore(parent):
            return
        fetch, flt, cursor = self._fetch, self._filter, self._cursor
        assert fetch is not None  # canFetchMore said so
        if self.background:
            self._ask(lambda: fetch(flt, cursor), self._show_more)
        else:
            self._show_more(self._read(fetch, flt, cursor))

    def _show_more(self, page: Page | str | None) -> None:
        rows = self._take(page)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._tell(page)

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
