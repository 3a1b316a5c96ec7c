"""Issue 17, "never freeze": the Patterns view's charts are built, drawn and saved on a worker of the operations
layer; the UI thread only paints the picture. The window answers while a chart is drawn, the painted chart is
there once it arrives, hover and click-through work from the geometry frozen with it, a chart asked for before
another (tab or range changed) is never shown, a resize is drawn again once, on the worker."""

import threading
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from journal_app.charts import render
from journal_app.ui.common import operations
from tests.charts.test_charts import make_report
from tests.ui.patterns.test_patterns_view import Source

pytestmark = pytest.mark.gui

RANGES = {"last-4-weeks": (date(2025, 3, 3), date(2025, 3, 30)),
          "last-3-months": (date(2025, 1, 6), date(2025, 3, 30)),
          "all-time": (date(2025, 1, 6), date(2025, 3, 30))}


class RangedSource(Source):
    """A report per range: 4 weeks for the first, 12 for the others (so the charts differ)."""

    def __call__(self, date_range, trigger_ids, week_start=0):
        super().__call__(date_range, trigger_ids, week_start)
        weeks = 4 if date_range.start == date(2025, 3, 3) else 12
        return make_report(weeks=weeks, start=date_range.start)


@pytest.fixture
def gate(monkeypatch):
    """Chart.build and Chart.draw noted (what, on which thread); a build whose chart key is in `held` waits."""
    real_build, real_draw = render.Chart.build.__func__, render.Chart.draw
    held: dict[str, threading.Event] = {}
    log: list[tuple[str, str, int]] = []

    def build(cls, spec):
        log.append(("build", spec.which, threading.get_ident()))
        event = held.pop(spec.which, None)
        if event is not None:
            assert event.wait(10)
        return real_build(cls, spec)

    def draw(self, *args, **kwargs):
        log.append(("draw", self.spec.which if self.spec else "", threading.get_ident()))
        return real_draw(self, *args, **kwargs)

    monkeypatch.setattr(render.Chart, "build", classmethod(build))
    monkeypatch.setattr(render.Chart, "draw", draw)
    return held, log


@pytest.fixture
def view(qtbot):
    """A Patterns view as the window has it: reports and charts on a worker."""
    from journal_app.models.analytics_values import DateRange
    from journal_app.ui.patterns.patterns_view import PatternsView

    ranges = {key: DateRange(*days) for key, days in RANGES.items()}
    v = PatternsView()
    qtbot.addWidget(v)
    v.set_source(RangedSource(make_report()), ranges.__getitem__, background=True)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    yield v
    operations.wait_all()


def drawn(view, qtbot, timeout=10000):
    """Wait for the report and its chart (built and drawn on a worker)."""
    qtbot.waitUntil(lambda: view.report is not None and not view.loading and view.chart.picture is not None,
                    timeout=timeout)
    return view.chart.picture


def at(view, x, y) -> QPoint:
    """Where data point (x, y) of the shown chart is on its canvas."""
    px, py = view.chart.picture.position(x, y)
    point = view.chart.canvas.widget_point(px, py)
    return QPoint(round(point.x()), round(point.y()))


def send(widget, kind, pos, button=Qt.MouseButton.NoButton):
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else button
    QApplication.sendEvent(widget, QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button,
                                               buttons, Qt.KeyboardModifier.NoModifier))


def test_the_chart_is_built_and_drawn_off_the_ui_thread_and_painted(view, qtbot, gate):
    held, log = gate
    held["counts"] = release = threading.Event()
    view.refresh()
    qtbot.waitUntil(lambda: any(step == "build" for step, *_ in log), timeout=5000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the chart is being built
    assert view.report is not None and view.loading and view.chart.picture is None
    release.set()
    picture = drawn(view, qtbot)
    main = threading.get_ident()
    assert log and all(thread != main for _step, _which, thread in log)  # built and drawn on a worker
    assert picture.chart.spec.which == "counts" and view.chart.figure is picture.chart.figure
    assert view.chart.summary.text() == picture.alt_text and "Totals: Abandonment fear" in picture.alt_text
    assert view.chart.canvas.accessibleDescription() == picture.alt_text
    assert view.chart.save_button.isEnabled()
    # what is on screen is the chart: the first trigger's bars in its colour on the window's background
    shot = view.chart.canvas.grab().toImage()
    colours = {shot.pixelColor(x, y).name() for x in range(0, shot.width(), 5) for y in range(0, shot.height(), 5)}
    assert QColor("#D55E00").name() in colours and len(colours) > 6
    assert picture.size == (view.chart.canvas.width(), view.chart.canvas.height())


def test_hover_and_click_through_use_the_frozen_geometry(view, qtbot):
    view.refresh()
    drawn(view, qtbot)
    canvas = view.chart.canvas
    with qtbot.waitSignal(view.chart.hovered) as hovered:
        send(canvas, QEvent.Type.MouseMove, at(view, 1, 2.0))
    assert hovered.args == ["Push-pull, week of 10 Mar 2025: 2 moments"]
    assert canvas.toolTip() == "Push-pull, week of 10 Mar 2025: 2 moments"
    send(canvas, QEvent.Type.MouseMove, at(view, 0.5, 0.5))  # between bars
    assert view.chart.hover_text == ""
    with qtbot.waitSignal(view.picked) as picked:
        send(canvas, QEvent.Type.MouseButtonPress, at(view, 0, 0.5), Qt.MouseButton.LeftButton)
    pick = picked.args[0]
    assert (pick.chart, pick.trigger, pick.start, pick.end) == ("counts", "abandonment-fear", date(2025, 3, 3),
                                                                date(2025, 3, 9))
    view.show_chart("heatmap")
    drawn(view, qtbot)
    with qtbot.waitSignal(view.picked) as picked:
        send(canvas, QEvent.Type.MouseButtonPress, at(view, 1, 2), Qt.MouseButton.LeftButton)
    assert picked.args[0].start == picked.args[0].end == date(2025, 3, 12)


def test_a_chart_asked_for_before_another_tab_is_never_shown(view, qtbot, gate):
    held, log = gate
    view.refresh()
    drawn(view, qtbot)
    shown = []
    view.chart.shown.connect(lambda picture: shown.append(picture.chart.spec.which))
    held["intensity"] = release = threading.Event()
    view.show_chart("intensity")
    qtbot.waitUntil(lambda: ("build", "intensity") in [(s, w) for s, w, _ in log], timeout=5000)
    view.show_chart("heatmap")  # asked for after, drawn first
    qtbot.waitUntil(lambda: shown == ["heatmap"], timeout=10000)
    release.set()  # the intensity chart is now built and drawn, too late
    operations.wait_all()
    QApplication.processEvents()
    assert shown == ["heatmap"] and view.chart.picture.chart.spec.which == "heatmap"
    assert view.chart_key == "heatmap" and not view.loading
    assert ("draw", "intensity") not in [(s, w) for s, w, _ in log]  # it stopped once superseded


def test_a_chart_of_an_older_range_is_never_shown(view, qtbot, gate):
    held, log = gate
    view.refresh()
    drawn(view, qtbot)
    shown = []
    view.chart.shown.connect(lambda picture: shown.append(picture.chart.spec.report.range))
    held["counts"] = release = threading.Event()
    view.range.setCurrentIndex(view.range.findData("last-3-months"))  # its chart waits
    qtbot.waitUntil(lambda: sum(1 for s, w, _ in log if s == "build") == 2, timeout=5000)
    view.range.setCurrentIndex(view.range.findData("last-4-weeks"))  # asked for after, shown first
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    release.set()
    operations.wait_all()
    QApplication.processEvents()
    assert [r.start for r in shown] == [date(2025, 3, 3)]
    assert view.chart.picture.chart.spec.report is view.report and view.report.range.start == date(2025, 3, 3)


def test_a_resize_is_drawn_again_once_on_the_worker(view, qtbot, gate):
    _held, log = gate
    view.refresh()
    first = drawn(view, qtbot)
    log.clear()
    for width in (900, 860, 820, 780):  # a window being dragged narrower
        view.resize(width, 650)
        QApplication.processEvents()
    assert view.loading  # the new size is drawn once it has held
    picture = drawn(view, qtbot)
    canvas = view.chart.canvas
    assert picture is not first and picture.chart is first.chart  # the same chart, drawn again
    assert picture.size == (canvas.width(), canvas.height())
    draws = [thread for step, _which, thread in log if step == "draw"]
    assert len(draws) == 1 and draws[0] != threading.get_ident()
    assert not [step for step, *_ in log if step == "build"]


def test_saving_a_chart_happens_on_a_worker(view, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    view.refresh()
    drawn(view, qtbot)
    threads = []
    real_save = render.Chart.save

    def save(self, *args, **kwargs):
        threads.append(threading.get_ident())
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(render.Chart, "save", save)
    view.chart.data_dir = tmp_path / "journal"
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml")):
        target = tmp_path / f"chart{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, t=target: (str(t), "")))
        with qtbot.waitSignal(view.chart.saved, timeout=10000) as saved:
            assert view.chart.save() == target
        assert saved.args == [target] and target.read_bytes().startswith(magic)
    assert len(threads) == 2 and threading.get_ident() not in threads


def test_a_chart_that_cannot_be_drawn_says_so_calmly(view, qtbot, monkeypatch):
    view.refresh()
    drawn(view, qtbot)

    def broken(self, *args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(render.Chart, "draw", broken)
    view.show_chart("heatmap")
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert view.chart.picture is None and not view.chart.save_button.isEnabled()  # never the old chart
    assert "unexpected problem (MemoryError)" in view.chart.summary.text()


def test_the_text_size_redraws_the_chart_on_the_worker(view, qtbot, qapp):
    from journal_app.ui.common.theme import apply_appearance

    apply_appearance(qapp, "light", 100)
    try:
        view.refresh()
        first = drawn(view, qtbot)
        title = first.chart.figure.axes[0]._left_title.get_fontsize()
        apply_appearance(qapp, "light", 150)
        qtbot.waitUntil(lambda: view.chart.picture is not first and not view.loading, timeout=10000)
        assert view.chart.picture.chart is first.chart  # the same chart, its text larger
        assert view.chart.picture.scale == pytest.approx(first.scale * 1.5, rel=0.02)
        assert first.chart.figure.axes[0]._left_title.get_fontsize() == pytest.approx(title * 1.5, rel=0.02)
    finally:
        apply_appearance(qapp, "system", 100)
        QApplication.processEvents()
        operations.wait_all()


def test_a_sharp_picture_on_a_high_density_screen(qapp):
    from journal_app.charts.render import ChartSpec
    from journal_app.ui.patterns.chart_view import to_image

    image = to_image(render.render(ChartSpec(make_report(), "counts"), 900, 450, 2.0))
    assert (image.width(), image.height()) == (1800, 900) and image.devicePixelRatio() == 2.0
    assert image.deviceIndependentSize().toSize().width() == 900


def test_long_lived_objects_are_frozen_before_the_first_chart_then_old_charts_collected(view, qtbot, monkeypatch):
    import gc

    from journal_app.ui.patterns import chart_view

    calls = []
    monkeypatch.setattr(chart_view, "_frozen", [])
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    real_collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or real_collect(generation))
    real_build = render.Chart.build.__func__
    built = []

    def build(cls, spec):
        built.append(list(calls))  # what had happened when the first figure was made
        return real_build(cls, spec)

    monkeypatch.setattr(render.Chart, "build", classmethod(build))
    view.refresh()
    drawn(view, qtbot)
    assert built[0] == [1, "freeze"]  # the young garbage, then everything alive, before any figure was built
    assert calls == [1, "freeze", 2]  # and each chart shown: what is no longer shown is collected
    view.show_chart("heatmap")
    drawn(view, qtbot)
    assert calls == [1, "freeze", 2, 2]  # the chart no longer shown, collected while it is alone
