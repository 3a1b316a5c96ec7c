"""The Patterns view's Cycle tab on the journal with planted cycles (tests/cycle_builders.py): it shows the
planted chains, beliefs and repair times for everyone and per person, says where to note the cycle while nothing
is noted, and a click on a chain's arrow lists exactly its entries, in the view and in the window's list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from journal_app.charts import cycle as cc
from journal_app.models.analytics_values import DateRange
from journal_app.services import analytics, cycles
from journal_app.services.journal import Journal
from journal_app.ui.entries.entry_list_model import ID_ROLE
from tests import cycle_builders as plan_mod
from tests.cycle_builders import PLAN
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui
HALF_YEAR = DateRange(date(2025, 1, 1), date(2025, 6, 30))


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cycle-tab") / "journal"
    journal = Journal.open(folder, create=True)
    ids = plan_mod.build(journal)
    yield journal, ids
    journal.close()


def _sources(journal):
    def report_for(date_range, trigger_ids, week_start=0):
        return analytics.pattern_report(journal, date_range, trigger_ids, week_start=week_start)

    def cycle_for(date_range, person_ids):  # as the window asks (ui/patterns/patterns_pane.py): without entries
        return (cycles.cycle_report(journal, date_range, person_ids, entries=False),
                [(p.id, p.name) for p in journal.people()])

    return report_for, cycle_for


def _open(qtbot, journal, background=False):
    from journal_app.ui.patterns.patterns_view import CYCLE, PatternsView

    report_for, cycle_for = _sources(journal)
    view = PatternsView()
    view.set_source(report_for, lambda _key: HALF_YEAR, background=background, cycle_for=cycle_for,
                    chain_entries=lambda rng, chains, shared: cycles.chain_entries(journal, rng, chains,
                                                                                   shared_only=shared))
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    view.show_chart(CYCLE)
    return view


def _sam_moments(ids, trigger):
    out = [ids[m.at] for m in PLAN if not m.trashed and "Sam" in m.people
           and max(m.triggers, key=lambda t: t[1] or -1)[0] == trigger]
    return tuple(sorted(out))


def _arrow_point(chart_view, chains, source, target) -> QPoint:
    """Where the arrow source -> target of the drawn diagram is on the chart's canvas."""
    d = cc.diagram(chains)
    link = next(a for a in d.links if (a.source.label, a.target.label) == (source, target))
    (x0, y0), (x1, y1) = cc._centre(d, link.source), cc._centre(d, link.target)
    x0, x1 = x0 + cc.BOX_WIDTH / 2, x1 - cc.BOX_WIDTH / 2
    px, py = chart_view.picture.position((x0 + x1) / 2, (y0 + y1) / 2)
    at = chart_view.canvas.widget_point(px, py)
    return QPoint(round(at.x()), round(at.y()))


def _press(canvas, pos: QPoint) -> None:
    for kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress):
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        event = QMouseEvent(kind, QPointF(pos), QPointF(canvas.mapToGlobal(pos)), button, button,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas, event)


def test_the_cycle_tab_shows_the_planted_cycle(qtbot, planted):
    journal, _ids = planted
    view = _open(qtbot, journal)
    page = view.cycle
    assert page.isVisible() and not view.chart.isVisible() and not view.trigger.isVisible()
    assert page.person.isVisible()
    text = page.sentences.text()
    assert "With Sam, this came back most often, in 14 of 21 moments: abandonment fear came up; you told " \
           "yourself “They'll leave”; you kept checking; Sam went quiet; you came back together." in text
    assert "How true" not in text and page.more.isVisible() and page.more.text() == "Show all 9"
    page.more.click()  # the rest, beliefs included
    assert "How true “They'll leave” felt went down from about 90% to about 33% over 14 ratings." in \
        page.sentences.text()
    assert not page.hint.isVisible()  # beliefs are noted
    chains = page.views["chains"]
    assert chains.figure.axes[0].get_title(loc="left") == "The chains that came back most often"
    assert "Abandonment fear → They'll leave → Kept checking (phone, messages) → Sam: Went quiet → Repaired " \
           "(14 moments)" in chains.summary.text()
    beliefs = page.views["beliefs"]
    assert "“They'll leave” from about 90% to about 33% (14 ratings)" in beliefs.summary.text()
    repair = page.views["repair"]
    assert "with Sam, half of 14 repairs came within 21 hours" in repair.summary.text()
    assert [page.person.itemText(i) for i in range(page.person.count())] == ["All people", "Alex", "Sam"]


def test_one_person_shows_their_cycle_only(qtbot, planted):
    journal, _ids = planted
    view = _open(qtbot, journal)
    page = view.cycle
    page.person.setCurrentIndex(page.person.findText("Alex"))
    assert page.report is not None and [c.name for c in page.report.people] == ["Alex"]
    assert "With Alex, this came back most often, in 10 of 13 moments" in page.sentences.text()
    assert "Sam" not in page.sentences.text()
    summary = page.views["chains"].summary.text()
    assert "Withdrawal → I have to handle this alone → Went quiet or shut down → Alex: Reached out → Repaired " \
           "(10 moments)" in summary
    assert "Sam" not in summary
    d = cc.diagram(page.report.chains[:cc.DIAGRAM_CHAINS])
    assert not any(":" in n.label for n in d.nodes if n.column == 3)  # drawn: one person, no names on the moves


@pytest.mark.parametrize("background", [False, True])
def test_clicking_a_chains_arrow_picks_exactly_its_entries(qtbot, planted, background):
    """The report keeps no entries: the click looks them up (on a worker of the operations layer, as the window
    does, or at once)."""
    journal, ids = planted
    view = _open(qtbot, journal, background=background)
    page = view.cycle
    qtbot.waitUntil(lambda: not page.loading and page.report is not None, timeout=10000)
    page.person.setCurrentIndex(page.person.findText("Sam"))
    qtbot.waitUntil(lambda: not page.loading and [p.name for p in page.report.people] == ["Sam"], timeout=10000)
    assert all(not c.entry_ids for c in page.report.chains)
    chains = page.views["chains"]
    pos = _arrow_point(chains, page.report.chains[:cc.DIAGRAM_CHAINS], "Abandonment fear", "They'll leave")
    with qtbot.waitSignal(view.picked) as picked:
        _press(chains.canvas, pos)
    pick = picked.args[0]
    dominant = tuple(sorted(ids[m.at] for m in PLAN if not m.trashed and "Sam" in m.people
                            and m.beliefs and m.beliefs[0][0] == "They'll leave"))
    assert len(dominant) == 14
    assert pick.entry_ids == dominant
    assert pick.label == "Abandonment fear → They'll leave: 14 moments"
    assert chains.hover_text == pick.label


def test_nothing_noted_yet_says_where_to_note_it(qtbot, tmp_path):
    from journal_app.models.values import EntryForm, TriggerMark

    journal = Journal.open(tmp_path / "plain", create=True)
    try:
        trigger = journal.triggers()[0].id
        journal.save(EntryForm(occurred_at=plan_mod._local(2025, 3, 3, 9), body="A hard evening.",
                               triggers=(TriggerMark(trigger, 6),), responses=("went-quiet",)))
        view = _open(qtbot, journal)
        page = view.cycle
        assert page.hint.isVisible()
        assert "the section “The cycle”" in page.hint.text()
        assert "No beliefs rated in this period yet" in page.views["beliefs"].summary.text()
        assert "No repairs linked" in page.views["repair"].summary.text()
    finally:
        journal.close()


def test_the_cycle_is_asked_for_on_a_worker_and_back_to_the_charts(qtbot, planted):
    journal, _ids = planted
    view = _open(qtbot, journal, background=True)
    qtbot.waitUntil(lambda: view.cycle.report is not None and not view.loading, timeout=20000)
    assert view.cycle.views["chains"].picture is not None
    view.show_chart("counts")
    assert view.chart.isVisible() and not view.cycle.isVisible() and view.trigger.isVisible()
    qtbot.waitUntil(lambda: not view.loading, timeout=20000)
    assert view.chart.figure.axes[0].get_title(loc="left") == "How often each trigger came up"


def test_a_click_in_the_window_lists_the_chains_entries(qtbot, window):
    journal = window.journal
    ids = plan_mod.build(journal)
    window.model.reload()
    window.show_patterns()
    patterns_shown(qtbot, window)
    view = window.patterns
    view.range.setCurrentIndex(view.range.findData("custom"))
    view.start.setDate(QDate(2025, 1, 1))
    view.end.setDate(QDate(2025, 6, 30))
    from journal_app.ui.patterns.patterns_view import CYCLE

    view.show_chart(CYCLE)
    qtbot.waitUntil(lambda: view.cycle.report is not None and view.cycle.report.range == HALF_YEAR
                    and not view.loading, timeout=30000)
    page = view.cycle
    chains = page.views["chains"]
    pos = _arrow_point(chains, page.report.chains[:cc.DIAGRAM_CHAINS], "Abandonment fear", "They'll leave")
    with qtbot.waitSignal(view.picked):
        _press(chains.canvas, pos)
    wanted = {ids[m.at] for m in PLAN if not m.trashed and m.beliefs and m.beliefs[0][0] == "They'll leave"}

    def shown():
        return {window.model.index(r, 0).data(ID_ROLE) for r in range(window.model.rowCount())}

    qtbot.waitUntil(lambda: shown() == wanted, timeout=5000)
    assert len(wanted) == 14
    window.search_bar.search.setText("moment")  # a new search forgets the chain
    qtbot.waitUntil(lambda: len(shown()) > 14, timeout=5000)


@pytest.mark.parametrize("background", [False, True])
def test_clicking_a_median_time_to_repair_picks_exactly_its_repaired_moments(qtbot, planted, background):
    """The report keeps each repair's time summed up, not the moments: the click looks them up."""
    journal, ids = planted
    view = _open(qtbot, journal, background=background)
    page = view.cycle
    qtbot.waitUntil(lambda: not page.loading and page.report is not None, timeout=10000)
    sam = next(p for p in page.report.people if p.name == "Sam")
    assert sam.repair.points == () and sam.repair.linked == 14
    series = sam.repair_series
    k = next(i for i, n in enumerate(series.counts) if n)
    repair = page.views["repair"]
    px, py = repair.picture.position(k, series.median_hours[k])
    at = repair.canvas.widget_point(px, py)
    with qtbot.waitSignal(view.picked) as picked:
        _press(repair.canvas, QPoint(round(at.x()), round(at.y())))
    pick = picked.args[0]
    start = series.starts[k]
    want = tuple(sorted(ids[m.at] for m in PLAN if not m.trashed and "Sam" in m.people and m.repaired_after
                        and start <= m.at.astimezone(plan_mod.BERLIN).date() <= start + timedelta(days=6)))
    assert want and pick.entry_ids == want and len(want) == series.counts[k]
    assert pick.person == "Sam" and (pick.start, pick.end) == (start, start + timedelta(days=6))


def test_the_diagram_is_drawn_first_and_the_charts_below_it_once_it_is_shown(qtbot, planted):
    """On workers the three charts do not share them at once: the diagram at the top comes first, the belief and
    repair charts are asked for once it is shown, and the tab is loading until all three are."""
    journal, _ids = planted
    view = _open(qtbot, journal, background=True)
    page = view.cycle
    qtbot.waitUntil(lambda: page.report is not None and not page.loading, timeout=20000)
    asked: list[tuple[str, bool]] = []  # (which, whether the diagram was still being drawn then)
    diagram = page.views["chains"]
    for key, chart in page.views.items():
        real = chart.show_chart
        chart.show_chart = lambda spec, name="chart", key=key, real=real: (asked.append((key, diagram.busy)),
                                                                         real(spec, name))
    page.show_report(page.report)
    assert [key for key, _busy in asked] == ["chains"] and page.loading
    qtbot.waitUntil(lambda: not page.loading, timeout=20000)
    assert sorted(key for key, _busy in asked[1:]) == ["beliefs", "repair"]
    assert not any(busy for _key, busy in asked[1:])  # the diagram was drawn and shown before them
    assert all(page.views[key].picture is not None for key in ("beliefs", "repair"))
