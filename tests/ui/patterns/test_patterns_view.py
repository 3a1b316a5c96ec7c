"""The Patterns view on a hand-built report: range changes ask for a new report, hover tells exact values,
clicks carry what was clicked, charts save as PNG and SVG."""

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.charts.test_charts import make_report
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui


class Source:
    """The report_for callable, remembering how it was called."""

    def __init__(self, report):
        self.report = report
        self.calls = []
        self.week_starts = []

    def __call__(self, date_range, trigger_ids, week_start=0):
        self.calls.append((date_range, tuple(trigger_ids)))
        self.week_starts.append(week_start)
        return self.report


@pytest.fixture
def source():
    return Source(make_report())


@pytest.fixture
def view(qtbot, source):
    from journal_app.models.analytics_values import DateRange
    from journal_app.ui.patterns.patterns_view import PatternsView

    ranges = {"last-4-weeks": DateRange(date(2025, 3, 3), date(2025, 3, 30)),
              "last-3-months": DateRange(date(2024, 12, 31), date(2025, 3, 30)),
              "last-12-months": DateRange(date(2024, 3, 31), date(2025, 3, 30)),
              "all-time": DateRange(date(2023, 5, 1), date(2025, 3, 30))}
    v = PatternsView(source, ranges.__getitem__)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    v.refresh()
    return v


def point(view, x, y) -> QPoint:
    """The widget position of data point (x, y) on the shown chart's axes (from the geometry frozen with the
    picture when it was drawn)."""
    px, py = view.chart.picture.position(x, y)
    at = view.chart.canvas.widget_point(px, py)
    return QPoint(round(at.x()), round(at.y()))


def send(canvas, kind, pos, button=Qt.MouseButton.NoButton):
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else button
    event = QMouseEvent(kind, QPointF(pos), QPointF(canvas.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, event)


def test_opens_with_insights_and_the_counts_chart(view, source):
    assert source.calls[-1][0].start == date(2025, 3, 3) and source.calls[-1][1] == ()
    assert "Abandonment fear came up 6 times" in view.insights.text()
    assert view.insights.text().count("•") == 2
    assert view.chart.figure.axes[0].get_title(loc="left") == "How often each trigger came up"
    assert "Totals: Abandonment fear 6" in view.chart.summary.text()
    assert view.chart.canvas.accessibleDescription() == view.chart.alt_text
    assert [view.trigger.itemText(i) for i in range(view.trigger.count())] == [
        "All triggers", "Abandonment fear", "Withdrawal", "Push-pull"]


def test_changing_range_and_trigger_asks_again(view, source):
    view.range.setCurrentIndex(view.range.findData("last-12-months"))
    assert source.calls[-1] == (view.range_for("last-12-months"), ())
    view.range.setCurrentIndex(view.range.findData("custom"))
    assert view.custom.isVisible()
    view.start.setDate(date(2025, 1, 5))
    view.end.setDate(date(2025, 2, 5))
    from journal_app.models.analytics_values import DateRange

    assert source.calls[-1] == (DateRange(date(2025, 1, 5), date(2025, 2, 5)), ())
    view.trigger.setCurrentIndex(view.trigger.findData(3))
    assert source.calls[-1][1] == (3,)
    assert view.trigger.count() == 4  # the filter keeps every trigger to choose from


def test_hover_shows_exact_value(view, qtbot):
    canvas = view.chart.canvas
    with qtbot.waitSignal(view.chart.hovered) as blocker:
        send(canvas, QEvent.Type.MouseMove, point(view, 1, 2.0))
    assert blocker.args == ["Push-pull, week of 10 Mar 2025: 2 moments"]
    assert canvas.toolTip() == "Push-pull, week of 10 Mar 2025: 2 moments"
    send(canvas, QEvent.Type.MouseMove, point(view, 0.5, 0.5))  # between bars
    assert view.chart.hover_text == ""


def test_click_a_bar_carries_trigger_and_bucket(view, qtbot):
    pos = point(view, 0, 0.5)
    with qtbot.waitSignal(view.picked) as blocker:
        send(view.chart.canvas, QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton)
    send(view.chart.canvas, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.LeftButton)
    pick = blocker.args[0]
    assert (pick.chart, pick.trigger, pick.trigger_id) == ("counts", "abandonment-fear", 1)
    assert (pick.start, pick.end) == (date(2025, 3, 3), date(2025, 3, 9))


def test_click_heatmap_day_and_matrix_cell(view, qtbot):
    view.show_chart("heatmap")
    assert view.colour_by.isVisible()
    with qtbot.waitSignal(view.picked) as blocker:
        send(view.chart.canvas, QEvent.Type.MouseButtonPress, point(view, 1, 2), Qt.MouseButton.LeftButton)
    assert blocker.args[0].start == blocker.args[0].end == date(2025, 3, 12)
    view.colour_by.setCurrentIndex(1)
    assert view.chart.figure.axes[0].images[0].get_clim() == (0, 10)

    view.show_chart("trigger_person")
    with qtbot.waitSignal(view.picked) as blocker:
        send(view.chart.canvas, QEvent.Type.MouseButtonPress, point(view, 0, 2), Qt.MouseButton.LeftButton)
    assert (blocker.args[0].trigger, blocker.args[0].person) == ("push-pull", "Sam")


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_save_chart(view, tmp_path, monkeypatch, suffix, magic):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / f"my chart{suffix}"
    asked = []

    def fake(parent, caption, name, filters):
        asked.append((caption, name, filters))
        return str(target), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    view.chart.save_button.click()
    assert target.read_bytes().startswith(magic)
    assert asked[0][1].startswith("patterns-counts-2025-03-03")
    assert "SVG image (*.svg)" in asked[0][2]


def test_save_without_ending_uses_chosen_type(view, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "chart"), "SVG image (*.svg)")))
    assert view.chart.save() == tmp_path / "chart.svg"
    assert (tmp_path / "chart.svg").exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert view.chart.save() is None


def test_empty_report_explains(qtbot, view, source):
    source.report = make_report(empty=True)
    view.refresh()
    assert not view.insights.isVisible()
    assert "Nothing logged in this range yet" in view.chart.summary.text()


def test_without_a_source_waits(qtbot):
    from journal_app.ui.patterns.patterns_view import WAITING, PatternsView

    v = PatternsView(None)
    qtbot.addWidget(v)
    v.show()
    v.refresh()
    assert v.stack.currentWidget() is v.waiting and v.waiting.text() == WAITING
    assert not v.range.isEnabled()


def test_screenshot(view, tmp_path):
    """A picture of the view for a person to look at (not compared to anything)."""
    source = Source(make_report(weeks=13))
    view.set_source(source)
    view.refresh()
    view.grab().save(str(tmp_path / "patterns.png"))
    assert (tmp_path / "patterns.png").stat().st_size > 1000


def test_window_opens_patterns_and_clicks_through_to_the_list(window, harness, qtbot):
    from journal_app import charts

    assert window.patterns is None  # nothing built (and no matplotlib needed) until asked
    window.patterns_action.trigger()
    patterns_shown(qtbot, window)
    assert window.right.currentWidget() is window.patterns
    assert window.patterns.background  # the window asks for reports on a worker (operations)
    # the journal's own analytics answered, and the chart was drawn on a worker
    qtbot.waitUntil(lambda: window.patterns.report is not None and not window.patterns.loading)
    assert window.patterns.chart.picture is not None
    assert "Nothing logged in this range yet" in window.patterns.chart.summary.text()

    fear = next(t for t in harness.journal.triggers() if t.slug == "abandonment-fear")
    pick = charts.Pick("counts", date(2025, 3, 3), date(2025, 3, 9), fear.slug, fear.id, label="Abandonment fear")
    window.patterns.picked.emit(pick)
    f = window.search_bar.current_filter()
    assert (f.trigger_ids, f.start, f.end) == ((fear.id,), date(2025, 3, 3), date(2025, 3, 9))
    assert window.search_bar.period.currentData() == "custom"
    assert window.right.currentWidget() is window.placeholder
    assert not window.patterns_action.isChecked()

    window.patterns_action.trigger()
    window.detach()  # locking: nothing read from the journal stays on screen
    assert window.right.currentWidget() is not window.patterns
    assert window.patterns.report is None and window.patterns.stack.currentWidget() is window.patterns.waiting
    window.attach(harness.journal)


def test_week_start_is_asked_for_and_remembered(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from journal_app.ui.patterns.patterns_view import WEEK_START_SETTING, PatternsView

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    source = Source(make_report())
    v = PatternsView(source, settings=settings)
    qtbot.addWidget(v)
    v.refresh()
    assert source.week_starts[-1] == v.first_weekday()
    v.week_start.setCurrentIndex(v.week_start.findData(6))
    assert source.week_starts[-1] == 6 and settings.value(WEEK_START_SETTING) in (6, "6")
    again = PatternsView(source, settings=settings)
    qtbot.addWidget(again)
    assert again.week_start.currentData() == 6  # the choice is kept for next time


def test_what_i_did_tab_draws_the_earned_security_chart(view):
    view.show_chart("responses")
    assert view.chart_key == "responses"
    assert view.tabs.tabText(view.tabs.currentIndex()) == "What I did"
    assert view.chart.figure.axes[0].get_title(loc="left") == "What you did in triggered moments"


def test_dashboard_on_a_real_journal_range_change_and_click_through(qtbot, data_dir):
    """Months of realistic entries: the window's dashboard follows the range, and clicking a day's bar lists
    exactly that day's entries with that trigger."""
    from tests.builders import realistic_journal
    from tests.ui.conftest import AppHarness

    n = realistic_journal(data_dir, days=120)
    harness = AppHarness(qtbot, data_dir)
    window = harness.open()
    try:
        window.resize(1300, 850)
        window.patterns_action.trigger()
        patterns_shown(qtbot, window)
        view = window.patterns
        view.range.setCurrentIndex(view.range.findData("all-time"))
        qtbot.waitUntil(lambda: not view.loading)
        assert view.report.entries == n and view.report.counts.bucket == "week"
        view.range.setCurrentIndex(view.range.findData("last-4-weeks"))
        qtbot.waitUntil(lambda: not view.loading)
        report = view.report
        assert report.counts.bucket == "day" and len(report.counts.starts) == 28
        fear = report.counts.counts["abandonment-fear"]
        day = max(range(28), key=lambda i: fear[i])
        pos = point(view, day, 0.5)
        send(view.chart.canvas, QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton)
        send(view.chart.canvas, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.LeftButton)
        assert window.right.currentWidget() is not view  # back to the list and editor
        f = window.search_bar.current_filter()
        fear_id = next(t.id for t in report.triggers if t.slug == "abandonment-fear")
        assert (f.trigger_ids, f.start, f.end) == ((fear_id,), report.counts.starts[day], report.counts.starts[day])
        qtbot.waitUntil(lambda: window.model.rowCount() == fear[day])
    finally:
        harness.close()


def test_many_insights_show_the_first_five_then_all(view, source):
    from dataclasses import replace

    source.report = replace(make_report(), insights=tuple(f"Sentence {i}." for i in range(8)))
    view.refresh()
    assert view.insights.text().count("•") == 5 and view.more.text() == "Show all 8"
    view.more.click()
    assert view.insights.text().count("•") == 8 and "Sentence 7." in view.insights.text()
    assert view.more.text() == "Show fewer"


def test_chart_and_view_text_is_translated(qtbot, tmp_path):
    """A real translation (a .qm made by Qt's own tool) reaches the tabs, the controls and the chart itself."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from journal_app.ui.patterns.patterns_view import PatternsView

    tool = Path(sys.executable).parent / "pyside6-lrelease"
    if not tool.exists():
        pytest.skip("pyside6-lrelease is not installed with this PySide6")
    pairs = {"Charts": [("How often", "Wie oft"), ("How often each trigger came up", "Wie oft jeder Auslöser kam"),
                        ("Week starting", "Woche ab")],
             "PatternsView": [("All triggers", "Alle Auslöser")], "ChartView": [("Save chart…", "Speichern…")]}
    ts = tmp_path / "de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">' + "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{s}</source><translation>{t}</translation></message>" for s, t in messages)
        + "</context>" for name, messages in pairs.items()) + "</TS>", encoding="utf-8")
    subprocess.run([str(tool), str(ts), "-qm", str(tmp_path / "de.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "de.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        v = PatternsView(Source(make_report()))
        qtbot.addWidget(v)
        v.refresh()
        assert v.tabs.tabText(0) == "Wie oft" and v.trigger.itemText(0) == "Alle Auslöser"
        assert v.chart.save_button.text() == "Speichern…"
        ax = v.chart.figure.axes[0]
        assert ax.get_title(loc="left") == "Wie oft jeder Auslöser kam" and ax.get_xlabel() == "Woche ab"
        # counts take their plural form from the Qt-free catalog (tests/i18n), not from this translator
        assert charts_hit_text(v, 1.1, 2.0) == "Push-pull, week of 10 Mar 2025: 2 moments"
    finally:
        QCoreApplication.removeTranslator(translator)


def charts_hit_text(view, x, y):
    from journal_app import charts

    return charts.hit_at(view.chart.figure.axes[0], x, y).text


def test_chart_text_follows_the_app_text_size(qtbot, qapp):
    from journal_app.ui.common.theme import apply_appearance
    from journal_app.ui.patterns.patterns_view import PatternsView

    apply_appearance(qapp, "light", 100)
    try:
        v = PatternsView(Source(make_report()))
        qtbot.addWidget(v)
        v.resize(900, 700)
        v.show()
        v.refresh()
        figure, canvas = v.chart.figure, v.chart.canvas
        title = figure.axes[0]._left_title.get_fontsize()
        low, insight_size = canvas.minimumHeight(), v.insights.font().pointSizeF()
        apply_appearance(qapp, "light", 150)
        QApplication.processEvents()
        assert v.chart.figure is figure  # the same chart, its text larger
        assert figure.axes[0]._left_title.get_fontsize() == pytest.approx(title * 1.5, rel=0.02)
        assert figure.legends[0].get_texts()[0].get_fontsize() == pytest.approx(title * 1.5 * 10 / 12, rel=0.02)
        assert canvas.minimumHeight() > low and v.insights.font().pointSizeF() == pytest.approx(insight_size * 1.5,
                                                                                                rel=0.02)
        v.show_chart("intensity")  # a new chart is drawn at the new size too
        assert v.chart.figure.axes[0]._left_title.get_fontsize() == pytest.approx(title * 1.5, rel=0.02)
    finally:
        apply_appearance(qapp, "system", 100)
        QApplication.processEvents()
