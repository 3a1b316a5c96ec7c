"""The cycle charts' hand-made layout (charts/cycle_layout.py) and their long-range drawing (charts/cycle.py,
cycle_repair.py, cycle_diagram.py): at any size and text size every word stays inside the figure and no two
labels overlap, time labels are thinned to fit side by side, a belief's line over more than ten years is its
yearly means and a person's repair line its yearly medians (worked out here independently), and the diagram's
arrows end where their boxes begin."""

from __future__ import annotations

import random
import statistics
from datetime import date, timedelta
from itertools import combinations

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from journal_app.charts import cycle as cc
from journal_app.charts.base import ChartTheme
from journal_app.charts.cycle_layout import date_ticks, thinned
from journal_app.charts.render import Chart
from journal_app.models.analytics_values import DateRange
from journal_app.models.cycle_report import (
    BeliefPoint,
    BeliefTrend,
    Chain,
    PersonCycle,
    RepairNumbers,
    RepairPoint,
    Step,
)
from journal_app.services.cycle_tally import repair_series

START = date(2001, 1, 1)
YEARS = 20


def _beliefs(seed: int = 3) -> list[BeliefTrend]:
    """Four beliefs rated every few days for twenty years, oldest first, easing from about 90% to about 30%."""
    rng = random.Random(seed)
    out = []
    for b, text in enumerate(("They'll leave", "I'm too much", "I have to handle this alone",
                              "If I need something, I'll be let down")):
        points, day, entry = [], START, 1000 * b
        while day < START + timedelta(days=365 * YEARS):
            strength = max(0, min(100, round(90 - 60 * (day - START).days / (365 * YEARS) + rng.randint(-8, 8))))
            points.append(BeliefPoint(day, strength, entry))
            day += timedelta(days=rng.randint(1, 6))
            entry += 1
        out.append(BeliefTrend(b + 1, text, tuple(points), (), -0.3, 90, 30))
    return out


def _months(first: date, last: date) -> list[date]:
    out, month = [], first.replace(day=1)
    while month <= last:
        out.append(month)
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def _people(seed: int = 5) -> tuple[list[PersonCycle], DateRange]:
    rng = random.Random(seed)
    last = START + timedelta(days=365 * YEARS)
    people = []
    for p, name in enumerate(("Sam", "Mum", "Priya")):
        points = []
        day = START
        while day < last:
            points.append(RepairPoint(day, rng.choice((2.0, 5.5, 12.0, 30.0, 70.0)), None, 10_000 * p + len(points),
                                      0))
            day += timedelta(days=rng.randint(2, 20))
        series = repair_series(points, DateRange(START, last))  # per year: more than ten years
        people.append(PersonCycle(p + 1, name, len(points), (), (), RepairNumbers(len(points), len(points),
                                                                                   len(points), tuple(points)),
                                  None, series))
    return people, DateRange(START, last)


def _texts(figure) -> list[Text]:
    return [t for t in figure.findobj(Text) if t.get_visible() and t.get_text()]


@pytest.mark.parametrize(("width", "height", "scale"), [(860, 340, 1.0), (520, 300, 1.0), (860, 420, 1.6),
                                                        (1200, 500, 2.0)])
@pytest.mark.parametrize("which", ["beliefs", "repair"])
def test_every_word_is_inside_the_figure_and_no_labels_overlap(which, width, height, scale):
    theme = ChartTheme(scale=scale)
    if which == "beliefs":
        figure, _alt = cc.build_beliefs(_beliefs(), theme)
    else:
        people, rng = _people()
        figure, _alt = cc.build_repair(people, rng, theme)
    chart = Chart(figure, "")
    picture = chart.draw(width, height)
    figure.canvas.draw()  # (draw once more to measure with a live renderer; the layout is the same)
    renderer = figure.canvas.get_renderer()
    frame = figure.bbox
    texts = _texts(figure)
    assert len(texts) > 10
    for text in texts:
        box = text.get_window_extent(renderer)
        assert frame.x0 - 0.5 <= box.x0 and box.x1 <= frame.x1 + 0.5, text.get_text()
        assert frame.y0 - 0.5 <= box.y0 and box.y1 <= frame.y1 + 0.5, text.get_text()
    for a, b in combinations(texts, 2):
        assert not a.get_window_extent(renderer).overlaps(b.get_window_extent(renderer)), (a.get_text(),
                                                                                            b.get_text())
    assert picture.width == round(width) and picture.height == round(height)


def test_time_labels_are_thinned_to_fit_side_by_side():
    lo, hi = date(2001, 1, 1).toordinal(), date(2021, 1, 1).toordinal()
    choose = date_ticks(lo, hi)
    measure = lambda s: (7.0 * len(s), 12.0)  # noqa: E731
    wide_xs, wide = choose(2000, measure)
    narrow_xs, narrow = choose(300, measure)
    assert len(narrow) < len(wide)
    assert all(label.isdigit() for label in narrow)  # a year or more apart: the year alone
    for xs, labels, length in ((wide_xs, wide, 2000), (narrow_xs, narrow, 300)):
        per_day = length / (hi - lo)
        for (x0, a), (x1, b) in zip(zip(xs, labels, strict=True), list(zip(xs, labels, strict=True))[1:],
                                    strict=False):
            assert (x1 - x0) * per_day >= (measure(a)[0] + measure(b)[0]) / 2


def test_thinned_keeps_aligned_steps():
    candidates = [(float(i), i) for i in range(100)]
    xs, labels = thinned(candidates, (1, 5, 10), lambda i, _s: str(i), 1000, 100, lambda s: (30.0, 10.0))
    assert xs == [float(i) for i in range(0, 100, 5)] and labels[1] == "5"


def test_over_more_than_ten_years_a_beliefs_line_is_its_yearly_means():
    beliefs = _beliefs()
    figure, alt = cc.build_beliefs(beliefs)
    ax = figure.axes[0]
    line = next(line for line in ax.get_lines() if line.get_label() == "They'll leave")
    expected = {}
    for p in beliefs[0].points:
        expected.setdefault(p.day.year, []).append(p.strength)
    assert list(line.get_ydata()) == pytest.approx([sum(v) / len(v) for _y, v in sorted(expected.items())])
    assert [date.fromordinal(int(x)) for x in line.get_xdata()] == [date(y, 7, 1) for y in sorted(expected)]
    assert "“They'll leave” from about 90% to about 30%" in alt
    hit = cc.draw_beliefs(Figure().add_subplot(), beliefs)(date(2005, 7, 1).toordinal(),
                                                           sum(expected[2005]) / len(expected[2005]))
    assert hit is not None and hit.pick is not None
    assert hit.pick.entry_ids == tuple(p.entry_id for p in beliefs[0].points if p.day.year == 2005)
    assert (hit.pick.start, hit.pick.end) == (date(2005, 1, 1), date(2005, 12, 31))
    assert "2005" in hit.text


def test_within_ten_years_a_beliefs_line_is_its_monthly_means():
    beliefs = [BeliefTrend(b.belief_id, b.text, tuple(p for p in b.points if p.day.year < 2003))
               for b in _beliefs()]
    figure, _alt = cc.build_beliefs(beliefs)
    line = next(line for line in figure.axes[0].get_lines() if line.get_label() == "They'll leave")
    months: dict[date, list[int]] = {}
    for p in beliefs[0].points:
        months.setdefault(p.day.replace(day=15), []).append(p.strength)
    assert list(line.get_ydata()) == pytest.approx([sum(v) / len(v) for _d, v in sorted(months.items())])


def test_over_more_than_ten_years_a_repair_line_is_its_yearly_medians():
    people, rng = _people()
    figure, alt = cc.build_repair(people, rng)
    ax = figure.axes[0]
    sam = next(line for line in ax.get_lines() if line.get_label() == "Sam")
    years: dict[int, list[float]] = {}
    for p in people[0].repair.points:
        years.setdefault(p.day.year, []).append(p.hours)
    assert people[0].repair_series is not None and people[0].repair_series.bucket == "year"
    assert list(sam.get_ydata()) == [statistics.median(v) for _y, v in sorted(years.items())]
    assert f"with Sam, half of {len(people[0].repair.points)} repairs came within" in alt
    assert people[0].repair.median_hours is not None


def _chains() -> list[Chain]:
    def steps(*keys: str) -> tuple[Step, ...]:
        return tuple(Step(kind, key, key.title()) for kind, key in zip(("trigger", "belief", "did", "they",
                                                                           "outcome"), keys, strict=True))

    return [Chain("Sam", steps("fear", "leave", "checking", "quiet", "repaired"), 14, tuple(range(14))),
            Chain("Sam", steps("withdrawal", "too-much", "quiet-me", "criticised", "not-yet"), 6,
                  tuple(range(20, 26)))]


def test_the_arrows_end_at_their_boxes_and_the_words_fit_the_boxes_at_a_large_text_size():
    chains = _chains()
    figure, _alt = cc.build_chains(chains, DateRange(date(2025, 1, 1), date(2025, 6, 30)), ChartTheme(scale=2.0))
    Chart(figure, "").draw(700, 360)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    d = cc.diagram(chains)
    arrows = next(c for c in ax.collections if type(c).__name__ == "_Arrows")
    tips = [max(np.asarray(path.vertices), key=lambda v: v[0]) for path in arrows.get_paths()]
    for link, tip in zip(d.links, tips, strict=True):
        x, y = cc._centre(d, link.target)
        px, py = ax.transData.transform((x - cc.BOX_WIDTH / 2, y))
        assert abs(tip[0] - px) <= 2.5 and abs(tip[1] - py) <= 1.0  # 1 point short of the box
    per_x = ax.bbox.width / 5
    for text in ax.texts:
        if text.get_text() in {n.label for n in d.nodes}:
            assert text.get_window_extent(renderer).width <= cc.BOX_WIDTH * per_x


def _drawn(make_axes) -> tuple[bytes, object]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.ticker import NullLocator

    figure = Figure(figsize=(5, 3), dpi=100)
    FigureCanvasAgg(figure)
    ax = make_axes(figure)
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_locator(NullLocator())
    ax.plot([0, 1, 2], [3, 1, 2], marker="o")
    ax.set_title("A title", loc="left")
    ax.set_xlabel("When it happened")
    ax.set_ylabel("How true it felt")
    for spine in ax.spines.values():
        spine.set_color("#888888")
    figure.canvas.draw()
    return bytes(figure.canvas.buffer_rgba()), ax


def test_tickless_axes_draw_as_axes_without_ticks_do_and_make_no_ticks():
    """The cycle's charts' axes skip matplotlib's ticks (drawn by hand instead): the same pixels as ordinary axes
    with no ticks to show (all four spines, the labels, the title), and not one Tick made."""
    from journal_app.charts.cycle_layout import tickless_axes

    plain, _ax = _drawn(lambda figure: figure.add_subplot())
    tickless, ax = _drawn(tickless_axes)
    assert tickless == plain
    assert ax.xaxis.majorTicks == () and ax.yaxis.minorTicks == ()
    assert ax.xaxis.get_major_ticks() == () and ax.yaxis.get_major_ticks() == ()


def test_the_beliefs_chart_names_its_time_axis():
    figure, _alt = cc.build_beliefs(_beliefs(), ChartTheme())
    assert figure.axes[0].get_xlabel() == "When it happened"
    Chart(figure, "").draw(860, 340)
    assert figure.axes[0].xaxis.label.get_visible()
