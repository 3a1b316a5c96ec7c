"""The calendar in the window: a month of dots in the trigger colours beside the list, shown in the right-hand
area like the Patterns view; picking a day shows that day's entries in the list."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from journal_app.ui.common.preferences import Preferences
from journal_app.ui.common.widgets import make_action
from journal_app.ui.entries.editing_session import EditingSession
from journal_app.ui.entries.search_bar import SearchBar

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.entries.calendar_view import CalendarView


class PaneHost(Protocol):
    """The window's right-hand area, where the editor, the Patterns view and the calendar take turns."""

    def add_pane(self, pane: QWidget) -> None: ...
    def is_shown(self, pane: QWidget | None) -> bool: ...
    def show_pane(self, pane: QWidget | None, leaving: QWidget | None = None) -> None: ...


class CalendarController(QObject):
    """The Calendar action (the window places it in the Journal menu) and the view it shows."""

    def __init__(
        self,
        window: QWidget,
        panes: PaneHost,
        session: EditingSession,
        search_bar: SearchBar,
        prefs: Preferences,
        status: QStatusBar,
    ) -> None:
        super().__init__(window)
        self.panes = panes
        self.session = session
        self.search_bar = search_bar
        self.prefs = prefs
        self.status = status
        self.journal: Journal | None = None
        self.view: CalendarView | None = None  # built when first shown
        self.action = make_action(
            window,
            QCoreApplication.translate("Calendar", "&Calendar"),
            self.show,
            "Ctrl+Shift+C",
            QCoreApplication.translate(
                "Calendar", "A month at a glance: a dot for each entry, in its trigger's colour"
            ),
        )
        self.action.setCheckable(True)
        from journal_app.ui.common.icons import icon

        self.action.setIcon(icon("calendar"))
        self.action.setEnabled(False)

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self.action.setEnabled(journal is not None)
        if journal is None:
            self.show(False)
        if self.view is not None:
            self.view.set_journal(journal)

    def show(self, show: bool = True) -> None:
        if not show or self.journal is None:
            self.action.setChecked(False)
            self.panes.show_pane(None, self.view)
            return
        if self.view is None:
            from journal_app.ui.entries.calendar_view import CalendarView

            self.view = CalendarView()
            self.view.daySelected.connect(self._show_day)
            self.panes.add_pane(self.view)
        self.view.set_journal(self.journal)
        week_start = self.prefs.get("week_start")
        if week_start >= 0:
            self.view.set_week_start(week_start)
        self.session.flush()
        self.action.setChecked(True)
        self.panes.show_pane(self.view, None)
        self.view.refresh()
        self.view.calendar.setFocus()

    def refresh(self) -> None:
        if self.view is not None and self.panes.is_shown(self.view):
            self.view.refresh()

    def _show_day(self, day: date) -> None:
        self.search_bar.show_only(None, None, day, day)
        self.show(False)
        from PySide6.QtCore import QLocale

        from journal_app.ui.entries.calendar_view import to_qdate

        when = QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
        self.status.showMessage(
            QCoreApplication.translate("Calendar", "Showing the entries of {day}.").format(day=when), 10000
        )
