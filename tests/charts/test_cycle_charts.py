"""charts/cycle.py on the journal with planted cycles (tests/cycle_builders.py): the diagram's boxes and arrows
carry the counts and entries the plan says (worked out here from the plan alone), a click on a box or an arrow
picks exactly those entries, also from the picture drawn off the UI thread (charts/render.py), and the belief
and repair charts draw the planted lines. The draw_* functions draw into any Axes (the PDF summary's)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from matplotlib.figure import Figure

from journal_app.charts import cycle as cc
from journal_app.charts.base import ChartTheme, finder_for
from journal_app.charts.render import Chart
from journal_app.models.analytics_values import DateRange
from journal_app.services import cycles
from journal_app.services.journal import Journal
from tests import cycle_builders as plan_mod
from tests.cycle_builders import PLAN

HALF_YEAR = DateRange(date(2025, 1, 1), date(2025, 6, 30))
DARK = ChartTheme("#2b2b2b", "#eeeeee")


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cycle-charts") / "journal"
    journal = Journal.open(folder, create=True)
    ids = plan_mod.build(journal)
    report = cycles.cycle_report(journal, HALF_YEAR)
    yield report, ids
    journal.close()


def _sam_moments(ids, trigger=None, move=None):
    """Sam's moments in the half year from the plan (optionally with this main trigger / Sam's first move)."""
    out = []
    for m in PLAN:
        if m.trashed or "Sam" not in m.people:
            continue
        main = max(m.triggers, key=lambda t: t[1] or -1)[0]  # max keeps the first on a tie
        first_move = m.moves.get("Sam", (None,))[0]
        if (trigger is None or main == trigger) and (move is None or first_move == move):
            out.append(ids[m.at])
    return tuple(sorted(out))


def test_the_diagram_of_sams_chains_has_the_planted_boxes_and_arrows(planted):
    report, ids = planted
    sam = report.people[0]
    d = cc.diagram(sam.chains)
    boxes = {(n.column, n.label): n.count for n in d.nodes}
    # planted: 14 dominant, 6 "I'm too much" ones, 1 with both (Sam reassured)
    assert boxes[(0, "Abandonment fear")] == 15
    assert boxes[(0, "Withdrawal")] == 6
    assert boxes[(1, "They'll leave")] == 14
    assert boxes[(1, "I'm too much")] == 7
    assert boxes[(4, "Repaired")] == 15
    assert boxes[(4, "Not repaired yet")] == 6
    arrows = Counter({(a.source.label, a.target.label): a.count for a in d.links})
    assert arrows[("Abandonment fear", "They'll leave")] == 14
    assert arrows[("Abandonment fear", "I'm too much")] == 1
    assert arrows[("Withdrawal", "I'm too much")] == 6
    assert arrows[("Went quiet", "Repaired")] == 14
    # every arrow carries exactly its moments, and a column's arrows hold every moment of the chains once
    for link in d.links:
        assert len(link.entry_ids) == link.count
    assert sum(a.count for a in d.links if a.source.column == 0) == sum(c.count for c in sam.chains) == 21
    went_quiet = next(a for a in d.links if (a.source.label, a.target.label) == ("Went quiet", "Repaired"))
    assert went_quiet.entry_ids == _sam_moments(ids, "abandonment-fear", "went-quiet")
    # the boxes of a column are in rows with no gaps; the "what they did" column is Sam's alone: no name on it
    for column in range(5):
        rows = sorted(n.row for n in d.nodes if n.column == column)
        assert rows == list(range(len(rows)))
    assert not any(":" in n.label for n in d.nodes if n.column == 3)


def test_with_everyone_the_moves_name_the_person(planted):
    report, _ids = planted
    d = cc.diagram(report.chains)
    they = {n.label for n in d.nodes if n.column == 3}
    assert {"Sam: Went quiet", "Alex: Reached out", "(nobody named)"} <= they


def test_a_click_on_a_box_or_an_arrow_picks_exactly_its_entries(planted):
    report, ids = planted
    sam = report.people[0]
    figure = Figure()
    ax = figure.add_subplot()
    finder = cc.draw_chains(ax, sam.chains, HALF_YEAR)
    d = cc.diagram(sam.chains)
    fear = next(n for n in d.nodes if n.label == "Abandonment fear")
    x, y = cc._centre(d, fear)
    hit = finder(x, y)
    assert hit is not None and hit.pick is not None
    assert hit.pick.entry_ids == _sam_moments(ids, "abandonment-fear")
    assert (hit.pick.start, hit.pick.end) == (HALF_YEAR.start, HALF_YEAR.end)
    assert "15 moments" in hit.text
    link = next(a for a in d.links if (a.source.label, a.target.label) == ("Abandonment fear", "They'll leave"))
    (x0, y0), (x1, y1) = cc._centre(d, link.source), cc._centre(d, link.target)
    x0, x1 = x0 + cc.BOX_WIDTH / 2, x1 - cc.BOX_WIDTH / 2
    hit = finder((x0 + x1) / 2, (y0 + y1) / 2)
    assert hit is not None and hit.pick is not None
    assert hit.pick.entry_ids == link.entry_ids and len(link.entry_ids) == 14
    assert hit.text == "Abandonment fear → They'll leave: 14 moments"
    assert finder(-0.45, 0.01) is None  # the corner: nothing


@pytest.mark.parametrize("theme", [ChartTheme(), DARK])
def test_the_picture_drawn_off_the_ui_thread_answers_clicks_on_arrows(planted, theme):
    report, _ids = planted
    sam = report.people[0]
    figure, alt = cc.build_chains(sam.chains, HALF_YEAR, theme)
    assert "14 moments" in alt and "They'll leave" in alt
    picture = Chart(figure, alt).draw(860, 420)
    d = cc.diagram(sam.chains)
    link = next(a for a in d.links if (a.source.label, a.target.label) == ("Abandonment fear", "They'll leave"))
    (x0, y0), (x1, y1) = cc._centre(d, link.source), cc._centre(d, link.target)
    px, py = picture.position((x0 + x1) / 2, (y0 + y1) / 2)
    hit = picture.hit(px, py)
    assert hit is not None and hit.pick is not None and hit.pick.entry_ids == link.entry_ids


def test_belief_lines_and_trends_are_drawn_as_planted(planted):
    report, _ids = planted
    figure = Figure()
    ax = figure.add_subplot()
    finder = cc.draw_beliefs(ax, report.beliefs)
    lines = [line for line in ax.get_lines() if line.get_label() == "They'll leave"]
    ys = list(lines[0].get_ydata())
    assert ys == [90 - 3 * w for w in range(20) if w not in (2, 5, 8, 11, 14, 17)]
    leave = report.beliefs[0]
    hit = finder(leave.points[0].day.toordinal(), 90)
    assert hit is not None and hit.pick is not None and hit.pick.entry_ids == (leave.points[0].entry_id,)
    assert "90%" in hit.text
    figure, alt = cc.build_beliefs(report.beliefs)
    assert "“They'll leave” from about 90% to about 33%" in alt
    assert finder_for(figure.axes[0]) is not None


def test_repair_times_per_person(planted):
    report, _ids = planted
    figure, alt = cc.build_repair(report.people, HALF_YEAR)
    ax = figure.axes[0]
    sam = [line for line in ax.get_lines() if line.get_label() == "Sam"]
    # planted: 36 hours in the first ten weeks, 6 hours after; Alex's repairs are answered, never linked
    assert sorted(set(sam[0].get_ydata())) == [6, 36]
    assert not [line for line in ax.get_lines() if line.get_label() == "Alex"]
    assert "with Sam, half of 14 repairs came within 21 hours" in alt


def test_nothing_yet_says_where_to_record_it():
    _figure, alt = cc.build_beliefs(())
    assert "cycle section" in alt
    _figure, alt = cc.build_chains((), HALF_YEAR)
    assert "No moments with a trigger" in alt
    _figure, alt = cc.build_repair((), HALF_YEAR)
    assert "repaired an earlier moment" in alt
