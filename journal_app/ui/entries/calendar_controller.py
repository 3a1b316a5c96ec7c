"""The calendar in the window: a month of dots in the trigger colours beside the list, shown in the right-hand
area like the Patterns view; picking a day shows that day's entries in the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from journal_app.ui.common.widgets import insert_after, make_action


class CalendarController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.view = None  # built when first shown
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
        insert_after(window.journal_menu, window.patterns_action, (self.action,))
        self.action.setEnabled(False)

    def set_journal(self, journal) -> None:
        self.action.setEnabled(journal is not None)
        if journal is None:
            self.show(False)
        if self.view is not None:
            self.view.set_journal(journal)

    def show(self, show: bool = True) -> None:
        window = self.window
        if not show or window.journal is None:
            self.action.setChecked(False)
            window.show_pane(None, self.view)
            return
        if self.view is None:
            from journal_app.ui.entries.calendar_view import CalendarView

            self.view = CalendarView()
            self.view.daySelected.connect(self._show_day)
            window.right.addWidget(self.view)
        self.view.set_journal(window.journal)
        week_start = window.prefs.get("week_start")
        if week_start >= 0:
            self.view.set_week_start(week_start)
        window.session.autosave.flush()
        self.action.setChecked(True)
        window.show_pane(self.view, None)
        self.view.refresh()
        self.view.calendar.setFocus()

    def refresh(self) -> None:
        if self.view is not None and self.window.right.currentWidget() is self.view:
            self.view.refresh()

    def _show_day(self, day) -> None:
        window = self.window
        window.search_bar.show_only(None, None, day, day)
        self.show(False)
        from PySide6.QtCore import QLocale

        from journal_app.ui.entries.calendar_view import to_qdate

        when = QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
        window.statusBar().showMessage(
            QCoreApplication.translate("Calendar", "Showing the entries of {day}.").format(day=when), 10000
        )
