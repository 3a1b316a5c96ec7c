"""The Patterns view: a range and a trigger filter, the insight sentences, and one chart at a time (picked
with tabs). It gets its numbers from a `report_for(date_range, trigger_ids) -> PatternReport` callable, so it
knows nothing about the journal; importing it loads matplotlib, so the window imports it on first use.
The first day of the week is the "week_start" preference (-1: as usual where the person lives); a change made
in Settings redraws the view, and so does a change of colours (light/dark); a change of text size redraws the
chart's text at the new size. Chart text is translated in the "Charts" context (chart_view.chart_text).
In the window (`background`) both the report and its chart are worked out on workers of the operations layer:
the chart is built and drawn there into an image (charts/render.py) and ChartView only paints it; `loading`
stays true until the chart of the newest request is on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from matplotlib.colors import to_rgb
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from journal_app import charts
from journal_app.charts.render import ChartSpec
from journal_app.models.analytics_values import DateRange, PatternReport
from journal_app.ui.common.date_fields import picked_day
from journal_app.ui.common.formatting import day_name, locale_week_start
from journal_app.ui.common.preferences import PREFS, Preferences
from journal_app.ui.common.trigger_picker import swatch
from journal_app.ui.common.widgets import date_range_row
from journal_app.ui.patterns.chart_view import ChartView, chart_text, text_scale
from journal_app.ui.patterns.cycle_page import ChainEntries, CyclePage, CycleSource

# Labels marked for translators in the "PatternsView" context and shown through QCoreApplication.translate. In the
# class, self.tr("...") (not a module-level tr helper): pyside6-lupdate files self.tr() under the class name, the
# context it looks up at run time, but a bare tr() under an empty context, where the translation is never found.
# (QT_TRANSLATE_NOOP gives its text back; PySide6 types it as object, hence the str().)
RANGES: tuple[tuple[str, str], ...] = (
    ("since-last-session", str(QT_TRANSLATE_NOOP("PatternsView", "Since my last session"))),
    ("last-4-weeks", str(QT_TRANSLATE_NOOP("PatternsView", "Last 4 weeks"))),
    ("last-3-months", str(QT_TRANSLATE_NOOP("PatternsView", "Last 3 months"))),
    ("last-12-months", str(QT_TRANSLATE_NOOP("PatternsView", "Last 12 months"))),
    ("all-time", str(QT_TRANSLATE_NOOP("PatternsView", "All time"))),
    ("custom", str(QT_TRANSLATE_NOOP("PatternsView", "Custom…"))),
)
WAITING = str(QT_TRANSLATE_NOOP("PatternsView", "Patterns will appear here."))
FIRST_INSIGHTS = 5  # shown before "Show all": the chart stays in view
WEEK_STARTS: tuple[tuple[str, int], ...] = (
    (str(QT_TRANSLATE_NOOP("PatternsView", "Weeks start on Monday")), 0),
    (str(QT_TRANSLATE_NOOP("PatternsView", "Weeks start on Sunday")), 6),
    (str(QT_TRANSLATE_NOOP("PatternsView", "Weeks start on Saturday")), 5),
)
BY_ENTRIES, BY_PEAK = "entries", "peak"  # the calendar's colour_by choices (charts.build_heatmap's `by`)
LOCALE_WEEK = -1  # the week_start preference's "as usual where I live"
CYCLE = "cycle"  # the tab of the cycle (ui/patterns/cycle_page.py), after the charts of charts.CHARTS
WEEK_START_SETTING = PREFS["week_start"].key
MORE_STYLE = "text-align: left; text-decoration: underline;"
REDRAW_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
FONT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)


def simple_range(key: str, today: date | None = None) -> DateRange:
    """Preset ranges without a journal (the window passes the analytics' own, which knows the first entry)."""
    today = today or date.today()
    days = {"last-4-weeks": 28, "last-3-months": 91, "last-12-months": 365}.get(key, 365)
    return DateRange(today - timedelta(days=days - 1), today)


class PatternsView(QWidget):
    # a bar, day or cell was clicked: show the matching entries; carries a charts.Pick
    picked = Signal(object)
    # a new report is on screen; carries it
    reportShown = Signal(object)

    # the controls
    range: QComboBox
    custom: QWidget
    start: QDateEdit
    end: QDateEdit
    trigger: QComboBox
    colour_by: QComboBox
    week_start: QComboBox
    # the report: what stands out, then one chart at a time (or a line saying patterns will appear)
    insights: QLabel
    more: QPushButton
    tabs: QTabBar
    chart: ChartView
    cycle: CyclePage  # the Cycle tab: its person chooser sits beside the range
    waiting: QLabel
    stack: QStackedWidget

    def __init__(
        self,
        report_for: Callable[[DateRange, tuple[int, ...], int], PatternReport] | None = None,
        range_for: Callable[[str], DateRange] = simple_range,
        settings: Preferences | QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report_for = report_for
        self.range_for = range_for
        # the app's Preferences (so a change in Settings reaches the view); None: the choice is not kept
        self.prefs = (
            settings if isinstance(settings, Preferences) or settings is None else Preferences(settings)
        )
        self.report: PatternReport | None = None
        self.chart_key = "counts"
        self.drawn_theme: charts.ChartTheme | None = None  # the colours and text size the chart was asked in
        # True: the report is asked for on a worker (operations.run), the newest request winning; the window
        # sets it. False (a view fed by a ready-made report): asked for and shown at once.
        self.background = False
        self._request_key = f"patterns:{id(self)}"
        self.cycle = CyclePage()

        controls = self._build_controls()
        self.stack = self._build_report_area()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)
        self._connect_signals()
        self.set_source(report_for)

    # -- building ----------------------------------------------------------------------------------
    def _build_controls(self) -> QHBoxLayout:
        """The range (with its custom dates), the trigger filter, the week's first day and, for the
        calendar, what colours its days."""
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Date range of the patterns"))
        for key, label in RANGES:
            self.range.addItem(QCoreApplication.translate("PatternsView", label), key)
        self.set_last_session(None)
        self.custom, self.start, self.end = date_range_row(
            self.tr("Patterns from date"), self.tr("Patterns to date")
        )
        self.trigger = QComboBox()
        self.trigger.setAccessibleName(self.tr("Show patterns for a trigger"))
        self.trigger.addItem(self.tr("All triggers"), None)
        self.colour_by = QComboBox()
        self.colour_by.setAccessibleName(self.tr("Colour calendar days by"))
        self.colour_by.setAccessibleDescription(
            self.tr(
                "Shown with the Calendar chart: colour each day by how many "
                "entries it has, or by the strongest intensity felt that day."
            )
        )
        self.colour_by.addItem(self.tr("Colour by entries"), BY_ENTRIES)
        self.colour_by.addItem(self.tr("Colour by peak intensity"), BY_PEAK)
        self.colour_by.hide()
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("First day of the week"))
        self.week_start.setAccessibleDescription(
            self.tr("Where weeks begin in the charts and their weekly totals.")
        )
        self.week_start.addItem(
            self.tr("Weeks start as usual here ({day})").format(day=day_name(locale_week_start())),
            LOCALE_WEEK,
        )
        for label, day in WEEK_STARTS:
            self.week_start.addItem(QCoreApplication.translate("PatternsView", label), day)
        self.show_week_start(self.prefs.get("week_start") if self.prefs is not None else LOCALE_WEEK)

        controls = QHBoxLayout()
        controls.addWidget(self.range)
        controls.addWidget(self.custom)
        controls.addWidget(self.trigger)
        controls.addWidget(self.cycle.person)
        self.cycle.person.hide()
        controls.addWidget(self.week_start)
        controls.addStretch(1)
        controls.addWidget(self.colour_by)
        return controls

    def _build_report_area(self) -> QStackedWidget:
        """What stands out (the first few, "Show all" for the rest), the chart tabs and the chart; or, before
        there is a report, a line saying the patterns will appear here."""
        self.insights = QLabel()
        self.insights.setWordWrap(True)
        self.insights.setTextFormat(Qt.TextFormat.PlainText)
        self.insights.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.insights.setAccessibleName(self.tr("What stands out"))
        self._size_insights()
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.setCheckable(True)
        self.more.setAccessibleName(self.tr("Show all that stands out, or fewer"))
        self.more.setStyleSheet(MORE_STYLE)
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.tabs.setAccessibleDescription(
            self.tr("Choose a chart with the arrow keys. Below it, a summary in words gives its numbers.")
        )
        self.tabs.setExpanding(False)
        for key, (label, _build) in charts.CHARTS.items():
            self.tabs.setTabData(self.tabs.addTab(chart_text(label)), key)
        self.tabs.setTabData(self.tabs.addTab(self.tr("Cycle")), CYCLE)
        self.chart = ChartView()
        self.cycle.hide()

        body = QWidget()
        b = QVBoxLayout(body)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(self.insights)
        b.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        b.addWidget(self.tabs)
        b.addWidget(self.chart, 1)
        b.addWidget(self.cycle, 1)
        self.waiting = QLabel(QCoreApplication.translate("PatternsView", WAITING))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        stack = QStackedWidget()
        stack.addWidget(body)
        stack.addWidget(self.waiting)
        return stack

    def _connect_signals(self) -> None:
        self.range.currentIndexChanged.connect(self._on_range)
        self.start.dateChanged.connect(self._on_custom_dates)
        self.end.dateChanged.connect(self._on_custom_dates)
        self.trigger.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tabs.currentChanged.connect(self._on_tab)
        self.colour_by.currentIndexChanged.connect(lambda _i: self.draw())
        self.week_start.currentIndexChanged.connect(self._on_week_start)
        self.more.toggled.connect(lambda _on: self._show_insights())
        self.chart.picked.connect(self.picked)
        self.cycle.picked.connect(self.picked)
        if self.prefs is not None:
            self.prefs.changed.connect(self._on_pref_changed)

    # -- data --------------------------------------------------------------------------------------
    def set_source(
        self,
        report_for,
        range_for: Callable[[str], DateRange] | None = None,
        *,
        background: bool | None = None,
        cycle_for: CycleSource | None = None,
        chain_entries: ChainEntries | None = None,
    ) -> None:
        """A new journal's report (or None: nothing to show, the controls disabled) and its cycle (the Cycle
        tab; None: none). `background`: ask for reports on a worker thread (see refresh)."""
        from journal_app.ui.common import operations

        operations.drop(self._request_key)  # an answer still on its way belongs to the old source
        self.report_for = report_for
        if range_for is not None:
            self.range_for = range_for
        if background is not None:
            self.background = self.chart.background = background
        self.cycle.set_source(cycle_for if report_for is not None else None, background, chain_entries)
        self.report = None
        enabled = report_for is not None
        for w in (self.range, self.custom, self.trigger, self.colour_by, self.week_start):
            w.setEnabled(enabled)
        if not enabled:
            self.trigger.blockSignals(True)
            while self.trigger.count() > 1:
                self.trigger.removeItem(1)
            self.trigger.blockSignals(False)
            self.chart.clear()
            self.insights.clear()
            self.more.hide()
            self.stack.setCurrentWidget(self.waiting)

    def set_last_session(self, day: date | None) -> None:
        """Offer "Since my last session" (and make it the range) when there is one; else start at 4 weeks."""
        index = self.range.findData("since-last-session")
        view, model = self.range.view(), self.range.model()  # a combo box's own: a list and its items
        if isinstance(view, QListView):
            view.setRowHidden(index, day is None)
        item = model.item(index) if isinstance(model, QStandardItemModel) else None
        if item is not None:
            item.setEnabled(day is not None)
            item.setText(
                self.tr("Since my last session ({date})").format(date=f"{day.day} {day:%b}")
                if day
                else self.tr("Since my last session")
            )
        self.range.blockSignals(True)
        if day is not None and self.range.currentData() in ("last-4-weeks", "since-last-session"):
            self.range.setCurrentIndex(index)
        elif day is None and self.range.currentData() == "since-last-session":
            self.range.setCurrentIndex(self.range.findData("last-4-weeks"))
        self.range.blockSignals(False)

    def current_range(self) -> DateRange:
        key = self.range.currentData()
        if key == "custom":
            start, end = picked_day(self.start), picked_day(self.end)
            return DateRange(min(start, end), max(start, end))
        return self.range_for(key)

    def first_weekday(self) -> int:
        """The chosen first day of the week, 0 Monday .. 6 Sunday (the locale's when that was chosen)."""
        day = self.week_start.currentData()
        return locale_week_start() if day is None or day < 0 else day

    def show_week_start(self, day: int) -> None:
        """Choose `day` (0 Monday .. 6 Sunday, or -1 as usual here) in the list, adding it when unusual."""
        if self.week_start.findData(day) < 0:
            self.week_start.addItem(self.tr("Weeks start on {day}").format(day=day_name(day)), day)
        self.week_start.setCurrentIndex(self.week_start.findData(day))

    def trigger_ids(self) -> tuple[int, ...]:
        tid = self.trigger.currentData()
        return () if tid is None else (tid,)

    @property
    def loading(self) -> bool:
        """A report asked for on a worker has not arrived yet, or its chart is still being drawn."""
        from journal_app.ui.common import operations

        if self.chart_key == CYCLE:
            return self.cycle.loading
        return operations.pending(self._request_key) is not None or self.chart.busy

    def refresh(self) -> None:
        """Ask for the report of the chosen range and trigger, and show it: at once, or (background) when the
        worker answers; a newer request (another range before the first answered) replaces an older one."""
        if self.report_for is None:
            return
        report_for, range_for, key = self.report_for, self.range_for, self.range.currentData()
        fixed = self.current_range() if key == "custom" else None  # read from the widgets here
        trigger_ids, week_start = self.trigger_ids(), self.first_weekday()
        if self.chart_key == CYCLE:  # the cycle's own report, over the same range
            self.stack.setCurrentIndex(0)
            self.cycle.refresh(lambda: fixed or range_for(key), self.theme())
            return

        def work() -> PatternReport:
            return report_for(fixed or range_for(key), trigger_ids, week_start)

        if not self.background:
            self.show_report(work())
            return
        from journal_app.ui.common import operations

        operations.run(self, work, self._report_arrived, key=self._request_key)

    def _report_arrived(self, answer: object) -> None:
        """The worker's answer to refresh(): the report to show."""
        if isinstance(answer, PatternReport):
            self.show_report(answer)

    def refresh_if_shown(self) -> None:
        """The journal changed (operations.hub().journalChanged): a view on screen reads it again."""
        if self.isVisible() and self.report_for is not None:
            self.refresh()

    def show_report(self, report: PatternReport) -> None:
        """Show a report: the insights, the trigger list and the chosen chart."""
        self.report = report
        self._fill_triggers(self.report)
        self.stack.setCurrentIndex(0)
        self._show_insights()
        if self.chart_key != CYCLE:
            self.draw()
        self.reportShown.emit(self.report)

    def _show_insights(self) -> None:
        lines = self.report.insights if self.report is not None else ()
        shown = lines if self.more.isChecked() else lines[:FIRST_INSIGHTS]
        self.insights.setText("\n".join(f"• {s}" for s in shown))
        self.insights.setAccessibleDescription(" ".join(shown))  # the name alone would hide the sentences
        self.insights.setVisible(bool(lines) and self.chart_key != CYCLE)
        self.more.setVisible(len(lines) > FIRST_INSIGHTS and self.chart_key != CYCLE)
        self.more.setText(
            self.tr("Show fewer") if self.more.isChecked() else self.tr("Show all {n}").format(n=len(lines))
        )

    def _fill_triggers(self, report: PatternReport) -> None:
        if self.trigger_ids():
            return  # filtered reports may hold only the chosen trigger: keep the full list
        known = [self.trigger.itemData(i) for i in range(1, self.trigger.count())]
        if known == [t.id for t in report.triggers]:
            return
        self.trigger.blockSignals(True)
        while self.trigger.count() > 1:
            self.trigger.removeItem(1)
        for t in report.triggers:
            self.trigger.addItem(swatch(t.colour), t.name, t.id)
        self.trigger.blockSignals(False)

    # -- drawing -----------------------------------------------------------------------------------
    def theme(self) -> charts.ChartTheme:
        """The window's colours and text size, for the charts."""
        pal = self.palette()
        return charts.ChartTheme(
            pal.color(QPalette.ColorRole.Window).name(),
            pal.color(QPalette.ColorRole.WindowText).name(),
            text_scale(self.logicalDpiY()),
        )

    def draw(self) -> None:
        """Show the chosen chart of the report: built and drawn on a worker (background), else at once."""
        key = self.chart_key
        if key == CYCLE:
            self.drawn_theme = theme = self.theme()
            self.cycle.draw(theme)
            return
        if self.report is None:
            return
        self.colour_by.setVisible(key == "heatmap")
        self.drawn_theme = theme = self.theme()
        spec = ChartSpec(self.report, key, theme, by=self.colour_by.currentData() or BY_ENTRIES,
                         translate=chart_text)
        self.chart.show_chart(spec, name=f"patterns-{key}-{self.report.range.start}-{self.report.range.end}")

    def show_chart(self, key: str) -> None:
        index = next(i for i in range(self.tabs.count()) if self.tabs.tabData(i) == key)
        if index == self.tabs.currentIndex():
            self._on_tab(index)
        else:
            self.tabs.setCurrentIndex(index)

    # -- reactions ---------------------------------------------------------------------------------
    def _on_tab(self, index: int) -> None:
        was = self.chart_key
        self.chart_key = self.tabs.tabData(index) or "counts"
        on_cycle = self.chart_key == CYCLE
        for widget in (self.chart, self.trigger):
            widget.setVisible(not on_cycle)
        self.cycle.setVisible(on_cycle)
        self.cycle.person.setVisible(on_cycle)
        self._show_insights()
        if on_cycle != (was == CYCLE):  # to or from the cycle: its own report, or the charts' for this range
            self.refresh()
        else:
            self.draw()

    def _on_range(self, _index: int) -> None:
        self.custom.setVisible(self.range.currentData() == "custom")
        self.refresh()

    def _on_week_start(self, _index: int) -> None:
        if self.prefs is not None:
            self.prefs.set("week_start", self.week_start.currentData())
        self.refresh()

    def retranslate(self) -> None:
        """The language changed (ui/common/i18n.py change_language): the sentences, labels and charts are made
        again in it (the tabs and controls are turned by the window's own pass)."""
        self.refresh_if_shown()

    def _on_pref_changed(self, name: str) -> None:
        if name == "week_start" and self.prefs is not None:
            self.show_week_start(self.prefs.get("week_start"))  # redraws when it differs

    def changeEvent(self, event: QEvent) -> None:
        """Light/dark switched: draw the chart again in the new colours; text size changed: its text too."""
        super().changeEvent(event)
        if event.type() in FONT_EVENTS:
            self._size_insights()
            self.chart.rescale_text(text_scale(self.logicalDpiY()))
            self.cycle.rescale_text(text_scale(self.logicalDpiY()))
        if event.type() in REDRAW_EVENTS + FONT_EVENTS:
            for more in (self.more, self.cycle.more):
                more.setStyleSheet("")  # a style sheet keeps the old colours and font until it is set again
                more.setStyleSheet(MORE_STYLE)
        drawn = self.drawn_theme
        if (
            event.type() in REDRAW_EVENTS
            and (self.report is not None or self.chart_key == CYCLE)
            and drawn is not None
            and to_rgb(drawn.background) != to_rgb(self.theme().background)
        ):
            self.draw()

    def _size_insights(self) -> None:
        """The sentences a little larger than the app's text, whatever its size."""
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.1)
        self.insights.setFont(font)
        self.cycle.sentences.setFont(font)

    def _on_custom_dates(self, _date) -> None:
        if self.range.currentData() == "custom":
            self.refresh()
