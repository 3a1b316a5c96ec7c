"""The entry list as a counted Qt item model: it knows how many rows the list has (one count) and reads the rows
a view shows a page at a time, wherever they are, so scrolling to the end reads the last page, not every page.

- The source is the journal (anything with `count(flt)` and `page_at(flt, position, cursor, total=...)`).
- `reload()` (a new search or filter, a save, a trash, opening the journal) reads the first page, then the count.
  Until the count arrives the list has the first page's rows; when it arrives, the other rows are added.
- A row whose page is not read yet shows a quiet "Loading…" (ROW_ROLE and ID_ROLE are None) and is filled in when
  its page arrives (`dataChanged`, then `pageArrived` so a view can paint what it now shows).
- At most MAX_PAGES pages are kept (least recently used first out), so memory does not grow with the journal.
- In the window (`background=True`) every page and the count are read on a worker of the operations layer, one
  page at a time, the newest wanted first; a page nobody looked at since MAX_WANTED newer ones were wanted is
  not read (a fast scroll passes over many pages). A newer reload drops every answer still on its way. The
  first page is read at once when nothing narrows the list (`reload(now=...)` decides otherwise).
- Without `background` (tests, small lists) everything is read at once, on the asking thread.
- A page that could not be read leaves its rows as they were (a new search: empty); `failed` carries the calm
  message and `error` keeps it until the next answer. A failed page is not asked for again until a reload."""

from __future__ import annotations

import itertools
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from journal_app.models.values import EntryFilter, EntryRow, Page, PageCursor
from journal_app.ui.common import operations
from journal_app.ui.common.formatting import short_when

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_ROWS = 100  # rows a page holds (the journal's own page size)
MAX_PAGES = 12  # pages kept in memory: a few screens either side of what is shown
MAX_WANTED = 4  # pages waiting to be read: older wishes are forgotten (the view asks again if it still shows them)
MAX_CURSORS = 64  # where pages next to those read start (cheaper to read than by position)

NO_PARENT = QModelIndex()  # a list has no parent index (Qt's default argument)

_keys = itertools.count(1)


class ListSource(Protocol):
    """What the model reads (the journal has it)."""

    def count(self, flt: EntryFilter = ...) -> int: ...

    def page_at(self, flt: EntryFilter = ..., position: int = ..., cursor: PageCursor = ..., *,
                total: int | None = ..., limit: int = ...) -> Page: ...


def untitled() -> str:
    return QCoreApplication.translate("EntryListModel", "(untitled)")


def loading_text() -> str:
    return QCoreApplication.translate("EntryListModel", "Loading…")


def narrows(flt: EntryFilter) -> bool:
    """Whether a filter asks for more than the newest entries (a search, a trigger, a person, a period, the
    Trash): its first page is read on the worker too."""
    return bool(flt.text.strip() or flt.trigger_ids or flt.person_ids or flt.entry_ids or flt.start or flt.end
                or flt.trashed)


class EntryListModel(QAbstractListModel):
    # emitted after the list was reloaded from the first page (search, filter, new entry)
    reloaded = Signal()
    # emitted when a page or the count could not be read; carries the calm message to show
    failed = Signal(str)
    # a page's rows were filled in (after their dataChanged): the view paints what it shows now
    pageArrived = Signal()
    # the list's count arrived (the rows after the first page were added)
    counted = Signal()

    def __init__(self, parent=None, *, background: bool = False) -> None:
        super().__init__(parent)
        self._source: ListSource | None = None
        self._filter = EntryFilter()
        self._total = 0  # the rows the list has (the first page's until the count arrives)
        self._pages: OrderedDict[int, tuple[EntryRow, ...]] = OrderedDict()  # least recently used first
        self._cursors: OrderedDict[int, PageCursor] = OrderedDict()  # page number -> the cursor it starts at
        self._wanted: list[int] = []  # pages to read, the newest wish last
        self._failed_pages: set[int] = set()
        self._generation = 0  # a reload makes every earlier answer stale
        self._scheduled = False
        self.is_counted = True  # the count is known (False while it is read)
        self.pages_fetched = 0  # pages read since the last reload, the first included
        self.background = background
        self.key = f"entry-list-{next(_keys)}"
        self.pending: operations.Operation | None = None  # the first page on its way (background only)
        self.counting: operations.Operation | None = None  # the count on its way
        self.reading: operations.Operation | None = None  # another page on its way
        self._reading_page = -1  # its number
        self.error = ""  # the last answer's failure, until the next answer arrives

    # -- data source -------------------------------------------------------------------------------
    def set_source(self, source: ListSource | None) -> None:
        self._source = source
        self.reload()

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        """The list's first page or its count is on its way (what the list holds is not known yet)."""
        return self.pending is not None or self.counting is not None

    @property
    def busy(self) -> bool:
        """Anything is on its way or waiting to be read: the first page, the count, or rows a view showed."""
        return self.loading or self.reading is not None or bool(self._wanted)

    def set_filter(self, flt: EntryFilter) -> None:
        self._filter = flt
        self.reload(now=not self.background)

    def reload(self, *, now: bool | None = None) -> None:
        """Start again from the first page (only that page is read, then the count): at once, or on the worker
        when `now` is False (by default: in the background when a search or a filter narrows the list)."""
        if now is None:
            now = not (self.background and narrows(self._filter))
        self._forget_pending()
        source, flt = self._source, self._filter
        if source is None or now:
            self._show_first(self._read(lambda: source.page_at(flt, 0) if source is not None else None))
            return
        self.pending = self._ask(lambda: source.page_at(flt, 0), self._show_first, self.key)

    def _forget_pending(self) -> None:
        """Every answer still on its way is for an older list."""
        self._generation += 1
        for key in (self.key, f"{self.key}-count", f"{self.key}-page"):
            operations.drop(key)
        self.pending = self.counting = self.reading = None
        self._wanted.clear()

    def _read(self, work: Callable[[], Any]) -> Any:
        """Read on this thread: the answer, or the failure's message."""
        try:
            return work()
        except Exception as exc:
            return _Failure(str(exc))

    def _ask(self, work: Callable[[], Any], show: Callable[[Any], None], key: str) -> operations.Operation:
        """Read on the worker; `show` gets the answer (or a _Failure) unless the list was reloaded meanwhile.
        Work that is no longer wanted when the worker gets to it does not start."""
        generation = self._generation

        def job(tick) -> Any:
            tick(0, 1)  # stops here when a newer request replaced this one before it started
            return work()

        def answered(result: object) -> None:
            if generation == self._generation:
                show(result)

        def failed(text: str) -> None:
            if generation == self._generation:
                show(_Failure(text))

        return operations.run(self, job, answered, failed, key=key)

    # -- the first page and the count ----------------------------------------------------------------
    def _show_first(self, page: Page | _Failure | None) -> None:
        self.pending = None
        self.beginResetModel()
        self._pages.clear()
        self._cursors.clear()
        self._failed_pages.clear()
        self._total, self.pages_fetched, self.is_counted = 0, 0, True
        self.error = page.message if isinstance(page, _Failure) else ""
        if isinstance(page, Page):
            self.pages_fetched = 1
            self._keep(0, page)
            self._total = len(page.rows)
            self.is_counted = page.next_cursor is None  # one page holds it all: that is the count
        self.endResetModel()
        if isinstance(page, _Failure):
            self.failed.emit(page.message)
        if not self.is_counted:
            self._count()
        self.reloaded.emit()

    def _count(self) -> None:
        source, flt = self._source, self._filter
        if source is None:
            return
        if self.background:
            self.counting = self._ask(lambda: source.count(flt), self._show_count, f"{self.key}-count")
        else:
            self._show_count(self._read(lambda: source.count(flt)))

    def _show_count(self, count: int | _Failure) -> None:
        self.counting = None
        if isinstance(count, _Failure):
            self.error = count.message
            self.failed.emit(count.message)
            return
        self.is_counted = True
        self._resize(max(int(count), self._least_rows()))
        self.counted.emit()

    def _least_rows(self) -> int:
        """The rows the pages in memory show to be there at least."""
        return max((n * PAGE_ROWS + len(rows) for n, rows in self._pages.items()), default=0)

    def _resize(self, total: int) -> None:
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()

    # -- pages anywhere in the list ----------------------------------------------------------------
    def _keep(self, number: int, page: Page) -> None:
        self._pages[number] = page.rows
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        self._cursors[number + 1] = page.next_cursor
        self._cursors.move_to_end(number + 1)
        while len(self._cursors) > MAX_CURSORS:
            self._cursors.popitem(last=False)

    def _row(self, row: int) -> EntryRow | None:
        """The row when its page is in memory (that page becomes the most recently used), else None."""
        number, at = divmod(row, PAGE_ROWS)
        rows = self._pages.get(number)
        if rows is None:
            return None
        self._pages.move_to_end(number)
        return rows[at] if at < len(rows) else None

    def _want(self, number: int) -> None:
        """A view showed a row of this page: read it (at once, or on the worker soon)."""
        if number in self._failed_pages or self._source is None or self.pending is not None:
            return
        if not self.background:  # read at once; data() returns it (no signal from inside data())
            self._show_page(number, self._read(self._page_work(number)), self._generation, notify=False)
            return
        if number in self._wanted:
            self._wanted.remove(number)
        elif self.reading is not None and self._reading_page == number:
            return
        self._wanted.append(number)
        del self._wanted[:-MAX_WANTED]
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._read_next)  # not from inside data(): the view may be painting

    def _page_work(self, number: int) -> Callable[[], Page]:
        source, flt, total = self._source, self._filter, self._total if self.is_counted else None
        cursor = self._cursors.get(number)
        assert source is not None
        return lambda: source.page_at(flt, number * PAGE_ROWS, cursor, total=total)

    def _read_next(self) -> None:
        """Read the newest wanted page that is not in memory yet (one at a time)."""
        self._scheduled = False
        if self.reading is not None or self.pending is not None:
            return
        while self._wanted:
            number = self._wanted.pop()
            if number not in self._pages and number * PAGE_ROWS < self._total:
                self._reading_page = number
                self.reading = self._ask(self._page_work(number), self._page_shower(number), f"{self.key}-page")
                return

    def _page_shower(self, number: int) -> Callable[[Any], None]:
        generation = self._generation
        return lambda page: self._show_page(number, page, generation)

    def _show_page(self, number: int, page: Page | _Failure, generation: int, *, notify: bool = True) -> None:
        """Keep a page that was read (`notify`: say so to the views, and read the next one wanted)."""
        if generation != self._generation:
            return
        if notify:
            self.reading, self._reading_page = None, -1
        if isinstance(page, _Failure):
            self._failed_pages.add(number)
            self.error = page.message
            if notify:
                self.failed.emit(page.message)
        else:
            self.error = ""
            self.pages_fetched += 1
            self._keep(number, page)
            first = number * PAGE_ROWS
            if notify and page.next_cursor is None and self.is_counted:
                self._resize(first + len(page.rows))  # the list ends here: it changed since it was counted
            last = min(first + PAGE_ROWS, self._total) - 1
            if notify and last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, 0))
        if notify:
            self.pageArrived.emit()
            self._read_next()

    # -- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return False  # counted: every row is there from the start (its page is read when it is shown)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        row = self._row(index.row())
        if row is None and role in _SHOWN_ROLES:
            self._want(index.row() // PAGE_ROWS)
            row = self._row(index.row())  # read at once (without background)
        if row is None:
            return loading_text() if role in (Qt.ItemDataRole.DisplayRole,
                                              Qt.ItemDataRole.AccessibleTextRole) else None
        return _row_data(row, role)

    def match(self, start, role, value, hits=1, flags=Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap):
        """Rows whose title matches `value` (typing in the list goes to the next one), among the rows in memory
        only: looking at every row would read every page of the journal."""
        wanted = str(value).casefold()
        flags = Qt.MatchFlag(flags)
        test = {Qt.MatchFlag.MatchExactly: str.__eq__, Qt.MatchFlag.MatchContains: str.__contains__}.get(
            flags & Qt.MatchFlag.MatchTypeMask, str.startswith)
        first = max(start.row(), 0) if start.isValid() else 0
        rows = sorted(n * PAGE_ROWS + i for n, page in self._pages.items() for i in range(len(page)))
        ordered = [r for r in rows if r >= first] + ([r for r in rows if r < first]
                                                     if flags & Qt.MatchFlag.MatchWrap else [])
        found = []
        for row in ordered:
            entry = self._row(row)
            text = _row_data(entry, role) if entry is not None else None
            if isinstance(text, str) and test(text.casefold(), wanted):
                found.append(self.index(row, 0))
                if len(found) == hits:
                    break
        return found

    # -- helpers for the window --------------------------------------------------------------------
    def row_of(self, entry_id: int) -> int:
        """The row of an entry in a page in memory, or -1."""
        for number, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row.id == entry_id:
                    return number * PAGE_ROWS + i
        return -1

    def entry_at(self, row: int) -> EntryRow | None:
        """The entry at a row when its page is in memory (None: not read yet, or no such row)."""
        return self._row(row) if 0 <= row < self._total else None

    def replace_row(self, updated: EntryRow) -> None:
        """Show an edited entry's new title, preview and triggers without re-reading the list."""
        i = self.row_of(updated.id)
        if i < 0:
            return
        number, at = divmod(i, PAGE_ROWS)
        rows = list(self._pages[number])
        old = rows[at]
        rows[at] = EntryRow(
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
        self._pages[number] = tuple(rows)
        idx = self.index(i, 0)
        self.dataChanged.emit(idx, idx)

    def pages_in_memory(self) -> list[int]:
        """The numbers of the pages kept (tests, benchmarks)."""
        return list(self._pages)


class _Failure:
    """A read that failed, with the calm message to show."""

    def __init__(self, message: str) -> None:
        self.message = message


# roles a view asks for when it shows a row: asking for them reads the row's page
_SHOWN_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, ROW_ROLE, ID_ROLE})


def _row_data(row: EntryRow, role: int):
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
