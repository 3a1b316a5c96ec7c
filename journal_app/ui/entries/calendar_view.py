"""The calendar: a month grid with one dot per entry under the day number, in the colour of the entry's
strongest trigger (a hollow dot for an entry with no trigger; at most four, then "+N"). Clicking a day, or
pressing Enter on it, asks the window to show that day's entries. Arrows move by day, Page Up / Page Down by
month. A line under the grid says in words what the selected day holds, for screen readers and anyone who
does not see colour.

Only the days the grid shows are read from the journal, again whenever the month changes (`refresh()` after a
save keeps the dots current)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.values import DayMarks
from journal_app.ui.common import operations

if TYPE_CHECKING:
    from journal_app.services.journal import Journal

GRID_DAYS = 42  # six weeks


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def grid_start(year: int, month: int, first_weekday: int) -> date:
    """The first day the month grid shows (Qt.DayOfWeek numbering, 1 Monday .. 7 Sunday): the week row
    before the 1st when the 1st starts a row, as QCalendarWidget does."""
    first = date(year, month, 1)
    back = (first.isoweekday() - first_weekday) % 7 or 7
    return first - timedelta(days=back)


class MarkedCalendar(QCalendarWidget):
    """QCalendarWidget painting the day's dots under its number."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DayMarks] = {}
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(False)
        self.setMinimumSize(360, 300)
        self.view = self.findChild(QTableView, "qt_calendar_calendarview")
        self._calm_weekends()

    def set_marks(self, marks: dict[date, DayMarks]) -> None:
        """The dots to paint under each day, and paint them."""
        self.marks = marks
        self.updateCells()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._calm_weekends()

    def _calm_weekends(self) -> None:
        """Weekends in the text colour, not Qt's red (it reads as a warning, and is hard on dark themes)."""
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, fmt)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day = to_date(qdate)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        if day == date.today():
            ring = QColor(pal.color(QPalette.ColorRole.Highlight))
            if qdate == self.selectedDate():
                ring = pal.color(QPalette.ColorRole.HighlightedText)
            painter.setPen(QPen(ring, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 4, 4)
        mark = self.marks.get(day)
        if mark is not None:
            if qdate.month() != self.monthShown():
                painter.setOpacity(0.45)
            self._paint_dots(painter, QRectF(rect), mark, qdate == self.selectedDate())
        painter.restore()

    def _paint_dots(self, painter: QPainter, rect: QRectF, mark: DayMarks, selected: bool) -> None:
        size = max(5.0, min(8.0, rect.height() / 6))
        gap = size / 2
        more = f"+{mark.more}" if mark.more else ""
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.75, 6.0))
        painter.setFont(font)
        more_width = painter.fontMetrics().horizontalAdvance(more) + gap if more else 0
        n = len(mark.colours)
        width = n * size + (n - 1) * gap + more_width
        x = rect.center().x() - width / 2
        y = rect.bottom() - size - max(3.0, rect.height() / 10)
        text = self.palette().color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        for colour in mark.colours:
            dot = QRectF(x, y, size, size)
            if colour is None:  # an entry without a trigger: a hollow dot
                painter.setPen(QPen(text, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(dot.adjusted(0.6, 0.6, -0.6, -0.6))
            else:
                fill = QColor(colour)
                dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
                painter.setPen(QPen(fill.lighter(140) if dark else fill.darker(150), 0.8))
                painter.setBrush(fill)
                painter.drawEllipse(dot)
            x += size + gap
        if more:
            painter.setPen(text)
            painter.drawText(QPointF(x, y + size / 2 + painter.fontMetrics().capHeight() / 2), more)


class CalendarView(QWidget):
    # a day was clicked, or Enter pressed on it: show its entries; carries a datetime.date
    daySelected = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = None
        self._names: dict[str, str] = {}
        self._key = f"calendar-marks-{id(self)}"
        self.loading = False  # the dots are being read on a worker
        self.calendar = MarkedCalendar()
        self.calendar.setAccessibleName(self.tr("Calendar of entries"))
        self.calendar.setAccessibleDescription(
            self.tr(
                "Each dot is an entry, in its strongest trigger's colour. Arrows move by day, Page Up and Page "
                "Down by month; press Enter to show the day's entries."
            )
        )
        if self.calendar.view is not None:
            self.calendar.view.setAccessibleName(self.tr("Days of the month"))
        self._name_navigation()
        self.today = QPushButton(self.tr("Today"))
        self.today.setAccessibleName(self.tr("Go to today"))
        self.today.setToolTip(self.tr("Go back to today's month and select today"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Selected day"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.today, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)

        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.selectionChanged.connect(self._describe)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.today.clicked.connect(self.go_today)
        self._describe()

    def _name_navigation(self) -> None:
        for name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
            ("qt_calendar_monthbutton", self.tr("Choose the month")),
            ("qt_calendar_yearbutton", self.tr("Choose the year")),
        ):
            button = self.calendar.findChild(QToolButton, name)
            if button is not None:
                button.setAccessibleName(text)
        year = self.calendar.findChild(QSpinBox, "qt_calendar_yearedit")  # shown when the year is clicked
        if year is not None:
            year.setAccessibleName(self.tr("Year"))
            year.setAccessibleDescription(self.tr("Type or step to another year; Enter shows it"))

    # -- data --------------------------------------------------------------------------------------
    def set_journal(self, journal: Journal | None) -> None:
        """Show `journal`'s entries (None: no journal open, no dots)."""
        self._journal = journal
        self.refresh()

    def set_week_start(self, week_start: int) -> None:
        """0 Monday .. 6 Sunday; -1 the locale's first day of the week."""
        first = QLocale.system().firstDayOfWeek() if week_start < 0 else Qt.DayOfWeek(week_start + 1)
        self.calendar.setFirstDayOfWeek(first)
        self.refresh()

    def visible_range(self) -> tuple[date, date]:
        start = grid_start(
            self.calendar.yearShown(), self.calendar.monthShown(), self.calendar.firstDayOfWeek().value
        )
        return start, start + timedelta(days=GRID_DAYS - 1)

    def refresh(self) -> None:
        """Read the dots for the days on show again (after a save, a delete, a month change) on a worker
        (operations): the grid answers meanwhile, and a newer request drops an older one's late answer."""
        self.problem.hide()
        journal = self._journal
        if journal is None:
            operations.drop(self._key)
            self._show(({}, self._names))
            return
        days = self.visible_range()
        self.loading = True
        operations.run(
            self, lambda: (journal.month_marks(*days), self._colour_names(journal)),
            self._show, self._unreadable, key=self._key,
        )

    def _show(self, result: object) -> None:
        marks, self._names = result if isinstance(result, tuple) else ({}, self._names)
        self.loading = False
        self.calendar.set_marks(marks)
        self._describe()

    def _unreadable(self, why: str) -> None:
        self.problem.setText(self.tr("The dots could not be read: {why}").format(why=why))
        self.problem.show()
        self._show(({}, self._names))

    @staticmethod
    def _colour_names(journal: Journal) -> dict[str, str]:
        """Trigger name by colour, for the words under the grid (a colour two triggers share is not named)."""
        names: dict[str, list[str]] = {}
        for trigger in journal.triggers():
            names.setdefault(trigger.colour.lower(), []).append(trigger.name)
        return {colour: found[0] for colour, found in names.items() if len(found) == 1}

    def marks_for(self, day: date) -> DayMarks | None:
        return self.calendar.marks.get(day)

    # -- words -------------------------------------------------------------------------------------
    def day_text(self, day: date) -> str:
        """What a day holds, in words: "Thursday 12 November: 3 entries: 2 Withdrawal, 1 with no trigger"."""
        # a Qt date pattern, translated: "Thursday 12 November", "Donnerstag, 12. November"
        label = QLocale().toString(to_qdate(day), self.tr("dddd d MMMM"))
        mark = self.calendar.marks.get(day)
        if mark is None:
            return self.tr("{day}: no entries").format(day=label)
        count = self.tr("1 entry") if mark.count == 1 else self.tr("{n} entries").format(n=mark.count)
        tally: dict[str, int] = {}  # in the order of the dots
        for colour in mark.colours:
            name = self._names.get(colour.lower(), "") if colour else self.tr("with no trigger")
            if name:
                tally[name] = tally.get(name, 0) + 1
        parts = [self.tr("{n} {name}").format(n=n, name=name) for name, n in tally.items()]
        if mark.more:
            parts.append(self.tr("{n} more").format(n=mark.more))
        detail = ": " + ", ".join(parts) if parts else ""
        return self.tr("{day}: {count}{detail}").format(day=label, count=count, detail=detail)

    def _describe(self) -> None:
        text = self.day_text(self.selected_day())
        self.summary.setText(text)
        if self.calendar.view is not None:
            self.calendar.view.setAccessibleDescription(text)

    # -- moving and picking ------------------------------------------------------------------------
    def selected_day(self) -> date:
        return to_date(self.calendar.selectedDate())

    def select_day(self, day: date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)

    def go_today(self) -> None:
        self.select_day(date.today())
        if self.calendar.view is not None:
            self.calendar.view.setFocus()

    def _pick(self, qdate: QDate) -> None:
        self.daySelected.emit(to_date(qdate))
