"""The Patterns view's "Cycle" tab (issue 20): for everyone or one person over the view's range, the kind
sentences about the cycle (services/cycle_sentences.py), then three charts (charts/cycle.py): the chains that
come back most often as a diagram, how true each belief felt over time, and time to repair per person. A click
on a box, an arrow or a point lists exactly its entries (`picked`, as the other charts' clicks). The report does
not keep a chain's entries (a long range has hundreds of thousands), nor each rating of a much-rated belief or
each repair's time: a click on a box or an arrow of the diagram, a belief's mean or a median time to repair looks
up its moments then, on a worker (`chain_entries`, asked with the chains or a MomentsAsked). While nothing of the
cycle is noted yet, a warm line says where to note it (the entry's "The cycle" section).

It gets its numbers from a `cycle_for(date_range, person_ids) -> (CycleReport, [(person id, name), ...])`
callable, asked on a worker of the operations layer (`background`), the newest request winning; the charts are
built and drawn on workers too (ChartView), so the window keeps answering: the diagram first, at the top of the
tab, the two charts below it once it is shown (drawn at once, the three shared the workers and the GIL, and the
diagram came last of all: issue 17, the Patterns budget)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from journal_app import charts
from journal_app.charts.base import Pick
from journal_app.charts.cycle import CYCLE_CHARTS, CycleSpec, MomentsPick
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import Chain, CycleReport, MomentsAsked
from journal_app.ui.patterns.chart_view import ChartView, chart_text

People = Sequence[tuple[int, str]]
CycleSource = Callable[[DateRange, tuple[int, ...]], tuple[CycleReport, People]]
# (range, chains or the moments behind a point, shared only) -> those moments over the range, oldest first
ChainEntries = Callable[[DateRange, Sequence[Chain | MomentsAsked], bool], tuple[int, ...]]
HEIGHTS = {"chains": 340, "beliefs": 280, "repair": 280}  # each chart's least height (it grows with the window)
FIRST_SENTENCES = 4  # shown before "Show all": the diagram stays in view
MORE_STYLE = "text-align: left; text-decoration: underline;"
LATER_AFTER_MS = 1500  # the charts below the diagram are drawn when it is shown, or after this at the latest


def nothing_noted(report: CycleReport) -> bool:
    """No belief and no move of another person in the range: the cycle has not been noted yet."""
    if report.beliefs:
        return False
    return not any(chain.steps[i].key is not None for chain in report.chains for i in (1, 3))


class CyclePage(QWidget):
    # a box, an arrow or a point was clicked: show its entries; carries a charts.Pick (with entry_ids)
    picked = Signal(object)
    # a new cycle report is on screen; carries it
    reportShown = Signal(object)

    person: QComboBox  # everyone, or one person (the window puts it beside the range)
    sentences: QLabel
    more: QPushButton  # all the sentences, or the first few
    hint: QLabel  # where to note the cycle, while nothing is noted
    views: dict[str, ChartView]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cycle_for: CycleSource | None = None
        self.chain_entries: ChainEntries | None = None
        self._tagged: list[Chain] = []  # the chains drawn, by their tag (see _tag)
        self.background = False
        self.report: CycleReport | None = None
        self.theme = charts.LIGHT
        self._request_key = f"cycle:{id(self)}"
        self._range: Callable[[], DateRange] | None = None
        self._later: dict[str, tuple[CycleSpec, str]] = {}  # the charts drawn once the first is shown
        self._later_soon = QTimer(self)  # (and at the latest after a while: the first may fail)
        self._later_soon.setSingleShot(True)
        self._later_soon.setInterval(LATER_AFTER_MS)
        self._later_soon.timeout.connect(self._draw_later)

        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Show the cycle with"))
        self.person.addItem(self.tr("All people"), None)
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.PlainText)
        self.sentences.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.sentences.setAccessibleName(self.tr("Your cycle in words"))
        self.more = QPushButton()
        self.more.setFlat(True)
        self.more.setCheckable(True)
        self.more.setAccessibleName(self.tr("Show all the sentences about your cycle, or fewer"))
        self.more.setStyleSheet(MORE_STYLE)
        self.more.hide()
        self.more.toggled.connect(lambda _on: self._show_sentences())
        self.hint = QLabel(self.tr(
            "Your cycle shows here as you note it. In an entry, the section “The cycle” below the text holds what "
            "you told yourself and how true it felt, and what the other person did; a later entry can say which "
            "moment it repaired."))
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Where to note your cycle"))
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint.setMargin(6)
        self.hint.hide()

        charts_box = QWidget()
        column = QVBoxLayout(charts_box)
        column.setContentsMargins(0, 0, 4, 0)
        self.views = {}
        for key in CYCLE_CHARTS:
            view = self.views[key] = ChartView()
            view.setMinimumHeight(HEIGHTS[key])
            view.picked.connect(self._picked)
            column.addWidget(view, 1)
        self.views[CYCLE_CHARTS[0]].shown.connect(lambda _picture: self._draw_later())
        self.charts_area = QScrollArea()
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_area.setWidget(charts_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sentences)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addWidget(self.charts_area, 1)
        self.person.currentIndexChanged.connect(lambda _i: self.refresh())

    # -- data --------------------------------------------------------------------------------------
    def set_source(self, cycle_for: CycleSource | None, background: bool | None = None,
                   chain_entries: ChainEntries | None = None) -> None:
        """A new journal's cycle (None: nothing to show) and how to look up a clicked chain's moments.
        `background`: ask for reports on a worker."""
        from journal_app.ui.common import operations

        operations.drop(self._request_key)
        operations.drop(f"{self._request_key}:pick")
        self.cycle_for, self.report, self.chain_entries = cycle_for, None, chain_entries
        if background is not None:
            self.background = background
            for view in self.views.values():
                view.background = background
        self.person.setEnabled(cycle_for is not None)
        if cycle_for is None:
            self.person.blockSignals(True)
            while self.person.count() > 1:
                self.person.removeItem(1)
            self.person.blockSignals(False)
            self.sentences.clear()
            self.more.hide()
            self.hint.hide()
            self._later.clear()
            for view in self.views.values():
                view.clear()

    def person_ids(self) -> tuple[int, ...]:
        pid = self.person.currentData()
        return () if pid is None else (pid,)

    @property
    def loading(self) -> bool:
        from journal_app.ui.common import operations

        return (operations.pending(self._request_key) is not None or bool(self._later)
                or any(v.busy for v in self.views.values()))

    def refresh(self, date_range: Callable[[], DateRange] | None = None, theme: charts.ChartTheme | None = None
                ) -> None:
        """Ask for the cycle over the range (`date_range()` is worked out on the worker: it may read the
        journal; None: the range asked for last) and show it, at once or when the worker answers."""
        if date_range is not None:
            self._range = date_range
        if theme is not None:
            self.theme = theme
        cycle_for, range_of, people = self.cycle_for, self._range, self.person_ids()
        if cycle_for is None or range_of is None:
            return

        def work() -> tuple[CycleReport, People]:
            return cycle_for(range_of(), people)

        if not self.background:
            self._arrived(work())
            return
        from journal_app.ui.common import operations

        operations.run(self, work, self._arrived, key=self._request_key)

    def _arrived(self, answer: object) -> None:
        if isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], CycleReport):
            self.show_report(answer[0], answer[1])

    def show_report(self, report: CycleReport, people: People = ()) -> None:
        """Show a report: its sentences, the hint while nothing is noted, the three charts."""
        self.report = report
        self._fill_people(people)
        self._show_sentences()
        self.hint.setVisible(nothing_noted(report))
        self.draw()
        self.reportShown.emit(report)

    def _show_sentences(self) -> None:
        lines = self.report.sentences if self.report is not None else ()
        shown = lines if self.more.isChecked() else lines[:FIRST_SENTENCES]
        self.sentences.setText("\n".join(f"• {s}" for s in shown))
        self.sentences.setAccessibleDescription(" ".join(shown))
        self.sentences.setVisible(bool(lines))
        self.more.setVisible(len(lines) > FIRST_SENTENCES)
        self.more.setText(self.tr("Show fewer") if self.more.isChecked()
                          else self.tr("Show all {n}").format(n=len(lines)))

    def _fill_people(self, people: People) -> None:
        known = [(self.person.itemData(i), self.person.itemText(i)) for i in range(1, self.person.count())]
        if not people or known == list(people):
            return
        keep = self.person.currentData()
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        for pid, name in people:
            self.person.addItem(name, pid)
        self.person.setCurrentIndex(max(self.person.findData(keep), 0))
        self.person.blockSignals(False)

    # -- drawing -----------------------------------------------------------------------------------
    def draw(self, theme: charts.ChartTheme | None = None) -> None:
        """Draw the three charts of the report shown (in `theme`, else the last one)."""
        if theme is not None:
            self.theme = theme
        report = self.report
        if report is None:
            return
        drawn = self._tag(report)
        wanted = {key: (CycleSpec(drawn, key, self.theme, chart_text),
                        f"cycle-{key}-{report.range.start}-{report.range.end}") for key in self.views}
        first = CYCLE_CHARTS[0]
        self._later = {key: chart for key, chart in wanted.items() if key != first}
        self.views[first].show_chart(*wanted[first])
        if self.background:
            self._later_soon.start()
        else:
            self._draw_later()

    def _draw_later(self) -> None:
        """The charts below the first, once it is shown (or the wait is over)."""
        self._later_soon.stop()
        later, self._later = self._later, {}
        for key, (spec, name) in later.items():
            self.views[key].show_chart(spec, name=name)

    # -- clicks ------------------------------------------------------------------------------------
    def _tag(self, report: CycleReport) -> CycleReport:
        """The report as the charts get it: each chain without its entries carries a tag instead (a negative
        number, its place in `_tagged`), so a click on the diagram picks the tags of the chains through the box or
        arrow clicked (the diagram merges its chains' entries), and `_picked` looks their moments up."""
        tagged: list[Chain] = []

        def tag(chains: tuple[Chain, ...]) -> tuple[Chain, ...]:
            out = []
            for chain in chains:
                if chain.entry_ids or not chain.count:
                    out.append(chain)
                    continue
                tagged.append(chain)
                out.append(replace(chain, entry_ids=(-len(tagged),)))
            return tuple(out)

        drawn = replace(report, chains=tag(report.chains),
                        people=tuple(replace(p, chains=tag(p.chains)) for p in report.people))
        self._tagged = tagged
        return drawn

    def _asked(self, pick: Pick) -> list[Chain | MomentsAsked]:
        """What a click needs looked up: the tagged chains through a box or an arrow, or the moments behind a
        belief's mean or a median time to repair the report does not list."""
        if pick.entry_ids:
            ids = pick.entry_ids
            return [self._tagged[-i - 1] for i in dict.fromkeys(ids) if i < 0 and -i - 1 < len(self._tagged)]
        if isinstance(pick, MomentsPick) and pick.belief_id is not None:
            return [MomentsAsked("belief", pick.start, pick.end, belief_id=pick.belief_id, people=self.person_ids())]
        if pick.chart == "cycle-repair" and pick.person is not None:
            return [MomentsAsked("repair", pick.start, pick.end, person=pick.person)]
        return []

    def _picked(self, pick: Pick) -> None:
        """A click on a chart: a point, or a box or an arrow of a report that keeps its entries, lists its own; a box
        or an arrow of tagged chains lists the moments of those chains, and a belief's mean or a median time to
        repair its moments, looked up on a worker (the newest click wins)."""
        asked = self._asked(pick)
        report, lookup = self.report, self.chain_entries
        if not asked or report is None or lookup is None:
            self.picked.emit(pick)
            return

        def work() -> tuple[int, ...]:
            return lookup(report.range, asked, report.shared_only)

        def found(answer: object) -> None:
            self.picked.emit(replace(pick, entry_ids=answer if isinstance(answer, tuple) else ()))

        if not self.background:
            found(work())
            return
        from journal_app.ui.common import operations

        operations.run(self, work, found, key=f"{self._request_key}:pick")

    def rescale_text(self, scale: float) -> None:
        for view in self.views.values():
            view.rescale_text(scale)
