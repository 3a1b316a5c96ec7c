"""The Patterns view in the real window, on a journal with weeks of entries: every control a keyboard or
screen-reader user reaches has a name, every chart has a text alternative with its numbers, and Tab walks the
controls in the order they are shown."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.accessibility import unnamed_controls
from tests.ui.patterns.waiting import patterns_shown

pytestmark = pytest.mark.gui


@pytest.fixture
def patterns(qtbot, data_dir):
    """The window open on a realistic journal of 60 days, its Patterns view shown."""
    from tests.builders import realistic_journal
    from tests.ui.conftest import AppHarness

    realistic_journal(data_dir, days=60)
    harness = AppHarness(qtbot, data_dir)
    window = harness.open()
    window.resize(1400, 900)
    window.show_patterns(True)
    patterns_shown(qtbot, window)
    # the report comes from a worker, and so does the chart
    qtbot.waitUntil(lambda: window.patterns.report is not None and not window.patterns.loading)
    yield window.patterns
    harness.close()


def has_numbers(text: str) -> bool:
    return bool(re.search(r"\d", text))


def test_every_chart_is_named_and_has_a_text_alternative(patterns, qtbot):
    view = patterns
    assert view.report.entries > 0
    assert unnamed_controls(view) == []
    seen = []
    for index in range(view.tabs.count()):
        qtbot.mouseClick(view.tabs, Qt.MouseButton.LeftButton, pos=view.tabs.tabRect(index).center())
        assert view.tabs.currentIndex() == index
        qtbot.waitUntil(lambda: not view.loading)  # the chart is built and drawn on a worker
        seen.append(view.chart_key)
        if view.chart_key == "cycle":  # three charts of their own, each named with its text alternative
            for chart in view.cycle.views.values():
                alt = chart.summary.text()
                assert alt and chart.canvas.accessibleName() == "Chart"
                assert chart.canvas.accessibleDescription() == alt == chart.summary.accessibleDescription()
            assert unnamed_controls(view) == [], view.chart_key
            continue
        alt = view.chart.summary.text()
        assert alt and has_numbers(alt), (view.chart_key, alt)
        assert view.chart.canvas.accessibleName() == "Chart"
        assert view.chart.canvas.accessibleDescription() == alt == view.chart.summary.accessibleDescription()
        assert unnamed_controls(view) == [], view.chart_key
        if view.chart_key == "heatmap":
            assert view.colour_by.isVisible()
            view.colour_by.setFocus()
            qtbot.keyClick(view.colour_by, Qt.Key.Key_Down)  # colour by peak intensity
            assert view.colour_by.currentData() == "peak"
            qtbot.waitUntil(lambda: not view.loading)
            assert "peak intensity" in view.chart.summary.text() and has_numbers(view.chart.summary.text())
            assert unnamed_controls(view) == []
    assert seen == ["counts", "intensity", "responses", "heatmap", "trigger_person", "weekday_time", "co_occurrence",
                    "cycle"]
    view.range.setCurrentIndex(view.range.findData("custom"))  # the date fields appear: named too
    assert view.start.isVisible() and unnamed_controls(view) == []
    assert view.insights.accessibleDescription() and has_numbers(view.insights.accessibleDescription())


def test_tab_walks_the_controls_in_the_order_shown(patterns, qtbot):
    view = patterns
    view.show_chart("heatmap")  # the colour choice is shown, at the right end of the controls row
    window = view.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.range.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    expected = [view.range, view.trigger, view.week_start, view.colour_by]
    if view.more.isVisible():
        expected.append(view.more)
    expected += [view.tabs, view.chart.summary, view.chart.save_button]  # the chart in words, after the tabs
    assert order[:len(expected)] == expected
