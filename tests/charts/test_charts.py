"""The Patterns charts draw the report's numbers: bar heights, heatmap cells, labels and titles (not pixels)."""

from datetime import date, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg  # the plain (no Qt) renderer

from journal_app import charts
from journal_app.charts.base import bar_spans
from journal_app.models.analytics_values import (
    CalendarHeatmap,
    CountSeries,
    DateRange,
    IntensitySeries,
    Matrix,
    PatternReport,
    TriggerKey,
    TriggerTotals,
)

FEAR = TriggerKey(1, "abandonment-fear", "Abandonment fear", "#D55E00")
WITHDRAWAL = TriggerKey(2, "withdrawal", "Withdrawal", "#0072B2")
PUSH = TriggerKey(3, "push-pull", "Push-pull", "#CC79A7")


def make_report(weeks: int = 4, start: date = date(2025, 3, 3), empty: bool = False) -> PatternReport:
    """A hand-built report: `weeks` weekly buckets from a Monday, three triggers."""
    starts = tuple(start + timedelta(weeks=i) for i in range(weeks))
    end = start + timedelta(days=7 * weeks - 1)
    rng = DateRange(start, end)
    prev = DateRange(start - timedelta(days=7 * weeks), start - timedelta(days=1))
    pattern = {FEAR.slug: [3, 1, 0, 2], WITHDRAWAL.slug: [1, 0, 2, 1], PUSH.slug: [0, 2, 1, 0]}
    counts = {slug: tuple(0 if empty else pattern[slug][i % 4] for i in range(weeks)) for slug in pattern}
    means = {FEAR.slug: [7.0, 5.5, None, 6.0], WITHDRAWAL.slug: [4.0, None, 3.5, 5.0],
             PUSH.slug: [None, 6.0, 8.0, None]}
    mean = {s: tuple(None if empty else means[s][i % 4] for i in range(weeks)) for s in means}
    low = {s: tuple(None if v is None else int(v) - 1 for v in mean[s]) for s in mean}
    high = {s: tuple(None if v is None else int(v) + 2 for v in mean[s]) for s in mean}
    rolling = {s: tuple(None if v is None else v - 0.25 for v in mean[s]) for s in mean}
    days = tuple(start + timedelta(days=i) for i in range(rng.days))
    entries = tuple(0 if empty else (i * 7) % 3 if i % 2 == 0 else 0 for i in range(len(days)))
    peak = tuple(None if n == 0 else 4 + n for n in entries)
    names = (FEAR.name, WITHDRAWAL.name, PUSH.name)
    slugs = (FEAR.slug, WITHDRAWAL.slug, PUSH.slug)
    z = 0 if empty else 1
    return PatternReport(
        range=rng,
        previous=prev,
        entries=0 if empty else sum(entries),
        previous_entries=0 if empty else 9,
        triggers=(FEAR, WITHDRAWAL, PUSH),
        totals=tuple(TriggerTotals(k.slug, k.name, sum(counts[k.slug]), 3, 6.0, 6.5) for k in (FEAR, WITHDRAWAL, PUSH)),
        counts=CountSeries("week", starts, counts),
        intensity=IntensitySeries("week", starts, mean, rolling, low, high),
        heatmap=CalendarHeatmap(days, entries, peak),
        trigger_person=Matrix(names, ("Sam", "Mum"), ((5 * z, 1 * z), (0, 2 * z), (6 * z, 0)), slugs, ("Sam", "Mum")),
        weekday_time=Matrix(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
                            ("Night", "Morning", "Afternoon", "Evening"),
                            tuple(tuple(((r + c) % 3) * z for c in range(4)) for r in range(7)),
                            tuple(str(i) for i in range(7)), ("night", "morning", "afternoon", "evening")),
        co_occurrence=Matrix(names, names, ((6 * z, 1 * z, 3 * z), (1 * z, 4 * z, 0), (3 * z, 0, 3 * z)), slugs, slugs),
        insights=() if empty else (
            "Abandonment fear came up 6 times in the last 4 weeks, down from 9 in the 4 weeks before.",
            "Most push-pull moments involved Sam (6 of 8).",
        ),
    )


def texts(fig):
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text") and a.get_text())]


def test_counts_bars_are_the_counts_stacked_in_trigger_colours():
    report = make_report()
    fig, alt = charts.build_counts(report)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "How often each trigger came up"
    assert ax.get_xlabel() == "Week starting" and ax.get_ylabel() == "Moments"
    bars = {c.get_gid(): c for c in ax.collections}
    assert [h for _b, h in bar_spans(bars["abandonment-fear"])] == [3, 1, 0, 2]
    assert [h for _b, h in bar_spans(bars["withdrawal"])] == [1, 0, 2, 1]
    assert [b for b, _h in bar_spans(bars["push-pull"])] == [4, 1, 2, 3]  # on top of the two below
    assert bars["push-pull"].get_facecolor()[0][:3] == pytest.approx((0xCC / 255, 0x79 / 255, 0xA7 / 255))
    assert [t.get_text() for t in ax.get_xticklabels()] == ["3 Mar", "10 Mar", "17 Mar", "24 Mar"]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Abandonment fear", "Withdrawal", "Push-pull"]
    assert "Abandonment fear 6, Withdrawal 4, Push-pull 3" in alt
    FigureCanvasAgg(fig).draw()


def test_counts_hit_names_trigger_bucket_and_exact_value():
    report = make_report()
    fig, _ = charts.build_counts(report)
    ax = fig.axes[0]
    hit = charts.hit_at(ax, 1.1, 2.0)  # week 2: fear 1 (0..1), withdrawal 0, push-pull 2 (1..3)
    assert hit.text == "Push-pull, week of 10 Mar 2025: 2 moments"
    assert hit.pick == charts.Pick("counts", date(2025, 3, 10), date(2025, 3, 16), "push-pull", 3, label=hit.text)
    assert charts.hit_at(ax, 0.0, 0.5).text == "Abandonment fear, week of 3 Mar 2025: 3 moments"
    assert charts.hit_at(ax, 0.0, 4.5) is None  # above the stack
    assert charts.hit_at(ax, 0.5, 1.0) is None  # between bars


def test_bucket_end_stops_at_range_end_and_month_end():
    assert charts.bucket_end("month", date(2024, 2, 1), date(2024, 12, 31)) == date(2024, 2, 29)
    assert charts.bucket_end("week", date(2025, 3, 24), date(2025, 3, 26)) == date(2025, 3, 26)
    assert charts.bucket_label("month", date(2024, 2, 1), long=True) == "February 2024"


def test_intensity_draws_means_rolling_and_band():
    report = make_report()
    fig, alt = charts.build_intensity(report)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "How intense it felt"
    assert ax.get_ylabel() == "Intensity (0–10)"
    points = {line.get_gid(): line for line in ax.lines if line.get_gid()}
    ys = points["abandonment-fear"].get_ydata()
    assert list(ys[[0, 1, 3]]) == [7.0, 5.5, 6.0] and str(ys[2]) == "nan"
    assert len(ax.collections) == 3  # one min–max band per trigger
    hit = charts.hit_at(ax, 0.05, 7.1)
    assert hit.text == "Abandonment fear, week of 3 Mar 2025: mean 7.0 (lowest 6, highest 9); 4-week average 6.8"
    assert "Abandonment fear averaged 6.2, from 5.5 to 7.0" in alt


def test_heatmap_cells_are_entries_per_day_by_weekday():
    report = make_report()
    fig, alt = charts.build_heatmap(report)
    ax = fig.axes[0]
    array = ax.images[0].get_array()
    assert array.shape == (7, 4)
    h = report.heatmap
    for i in range(len(h.days)):
        assert array[i % 7, i // 7] == h.entries[i]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert ax.get_xlabel() == "Week" and ax.get_ylabel() == "Weekday"
    hit = charts.hit_at(ax, 1, 2)  # Wednesday of the second week
    day = date(2025, 3, 12)
    n = h.entries[h.days.index(day)]
    assert hit.pick.start == hit.pick.end == day
    assert hit.text.startswith(f"Wed 12 Mar 2025: {n} entr")
    assert "entries on" in alt


def test_heatmap_by_peak_and_week_start_sunday():
    report = make_report()
    fig, _ = charts.build_heatmap(report, by="peak", week_start=6)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == ["Sun", "Mon"]
    array = ax.images[0].get_array()
    assert array.shape == (7, 5)  # Sunday 2 Mar starts the first column, 3 Mar is its Monday
    assert array.mask[0, 0]  # 2 March is outside the range
    assert report.heatmap.peak[2] == 6 and array[3, 0] == 6  # Wednesday 5 March: row 3 when Sunday comes first
    assert array.mask[1, 0]  # 3 March: nothing rated
    assert ax.images[0].get_clim() == (0, 10)


def test_trigger_person_matrix_values_labels_and_pick():
    report = make_report()
    fig, alt = charts.build_matrix(report, "trigger_person")
    ax = fig.axes[0]
    assert ax.images[0].get_array().tolist() == [[5, 1], [0, 2], [6, 0]]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Sam", "Mum"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Abandonment fear", "Withdrawal", "Push-pull"]
    assert ax.get_title(loc="left") == "Who it happened with"
    hit = charts.hit_at(ax, 0.2, 2.1)
    assert hit.text == "Push-pull with Sam: 6 moments"
    assert (hit.pick.trigger, hit.pick.trigger_id, hit.pick.person) == ("push-pull", 3, "Sam")
    assert (hit.pick.start, hit.pick.end) == (report.range.start, report.range.end)
    assert "The largest is Push-pull with Sam: 6." in alt


def test_co_occurrence_and_weekday_time():
    report = make_report()
    fig, _ = charts.build_matrix(report, "co_occurrence")
    ax = fig.axes[0]
    assert charts.hit_at(ax, 2, 0).text == "Abandonment fear and Push-pull together: 3 entries"
    assert charts.hit_at(ax, 1, 1).text == "Withdrawal: 4 entries"
    fig, _ = charts.build_matrix(report, "weekday_time")
    ax = fig.axes[0]
    assert ax.images[0].get_array().shape == (7, 4)
    assert charts.hit_at(ax, 3, 0).text == "Mon, Evening: 0 moments"
    assert charts.hit_at(ax, 3, 0).pick is None  # the list cannot filter by weekday and hour


@pytest.mark.parametrize("which", list(charts.CHARTS))
def test_empty_report_explains_instead_of_empty_axes(which):
    fig, alt = charts.build(make_report(empty=True), which)
    assert charts.EMPTY_RANGE in texts(fig)
    assert not fig.axes[0].axison
    assert charts.EMPTY_RANGE in alt


def test_sparse_report_explains_the_missing_part():
    report = make_report()
    no_people = Matrix(report.trigger_person.row_labels, (), ((), (), ()))
    from dataclasses import replace

    fig, alt = charts.build_matrix(replace(report, trigger_person=no_people), "trigger_person")
    assert "No people were named" in alt and not fig.axes[0].axison


@pytest.mark.parametrize("which", list(charts.CHARTS))
def test_dark_theme_colours_figure_and_text(which):
    theme = charts.ChartTheme(background="#202124", text="#e8eaed")
    assert theme.dark and not charts.LIGHT.dark
    fig, _ = charts.build(make_report(), which, theme)
    assert fig.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))
    ax = fig.axes[0]
    assert ax.title.get_color() == "#e8eaed" or ax._left_title.get_color() == "#e8eaed"
    FigureCanvasAgg(fig).draw()


def test_a_year_of_days_draws():
    report = make_report(weeks=52)
    for which in charts.CHARTS:
        fig, alt = charts.build(report, which)
        FigureCanvasAgg(fig).draw()
        assert alt
    fig, _ = charts.build_counts(report)
    assert len(fig.axes[0].get_xticklabels()) <= 13


def _with_responses(report, moments, by_pattern, named, repaired, recorded=None, answered=None):
    """Responses on a hand-built report; by default what-I-did and repair were noted in every moment."""
    from dataclasses import replace

    from journal_app.models.analytics_values import ResponseSeries, ResponseTotals

    recorded = moments if recorded is None else recorded
    answered = moments if answered is None else answered
    s = ResponseSeries(report.counts.bucket, report.counts.starts, moments, by_pattern, named, repaired, recorded,
                       answered)
    totals = ResponseTotals(sum(moments), {p: sum(v) for p, v in by_pattern.items() if sum(v)}, sum(named),
                            sum(repaired), sum(recorded), sum(answered))
    return replace(report, response_series=s, responses=totals)


def test_responses_lines_are_shares_and_bars_are_moments():
    report = _with_responses(
        make_report(), (4, 2, 0, 5),
        {"reassurance": (3, 1, 0, 1), "withdrawing": (1, 0, 0, 0), "push-pull": (0, 1, 0, 0),
         "reaching-out": (1, 1, 0, 4)},
        (1, 0, 0, 3), (0, 1, 0, 4))
    fig, alt = charts.build_responses(report)
    ax, counts = fig.axes
    assert ax.get_title(loc="left") == "What you did in triggered moments"
    assert ax.get_ylabel() == "Share of moments noted" and ax.get_xlabel() == "Week starting"
    lines = {line.get_gid(): list(line.get_ydata()) for line in ax.lines}
    assert lines["reaching-out"][:2] == [0.25, 0.5] and lines["reaching-out"][3] == 0.8
    assert str(lines["reaching-out"][2]) == "nan"
    assert lines["reassurance"][:2] == [0.75, 0.5] and lines["repair"][3] == 0.8
    bars = {c.get_gid(): c for c in counts.collections}
    assert [h for _b, h in bar_spans(bars["moments"])] == [4, 2, 0, 5]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [
        "Named a need or paused first", "Sought reassurance or kept checking", "Went quiet or left",
        "Pushed away then pulled back", "Repaired, of moments that needed repair"]
    hit = charts.hit_at(ax, 3.1, 0.4)
    assert hit.text == ("week of 24 Mar 2025: 5 triggered moments, what you did noted in 5: named a need or "
                        "paused 4, sought reassurance 1, went quiet 0, pushed away then pulled back 0; named a need "
                        "directly in 3 of 5 (60%); repaired fully or partly 4 of 5 that needed it (80%)")
    assert hit.pick == charts.Pick("responses", date(2025, 3, 24), date(2025, 3, 30), label=hit.text)
    assert charts.hit_at(counts, 3.0, 1.0).text == hit.text  # the bar axes answer the same
    assert charts.hit_at(ax, 2.0, 0.5).pick is None  # a week without triggered moments: nothing to open
    assert alt == ("What you did in triggered moments, per week, 3 Mar 2025 to 30 Mar 2025: 11 triggered moments, "
                   "what you did noted in 11. Moments of each kind: named a need or paused 6, sought reassurance 5, "
                   "went quiet 1, pushed away then pulled back 1. Named a need directly in 4 of 11 (36%); repaired "
                   "fully or partly 5 of 11 that needed it (45%).")
    FigureCanvasAgg(fig).draw()


def test_responses_explain_when_nothing_was_noted():
    none = {"reassurance": (0,) * 4, "withdrawing": (0,) * 4, "push-pull": (0,) * 4, "reaching-out": (0,) * 4}
    fig, alt = charts.build_responses(_with_responses(make_report(), (2, 1, 0, 0), none, (0,) * 4, (0,) * 4,
                                                      (0,) * 4, (0,) * 4))
    assert "Nothing noted yet about what you did" in alt and not fig.axes[0].axison
    fig, alt = charts.build_responses(_with_responses(make_report(), (0,) * 4, none, (0,) * 4, (0,) * 4))
    assert "No triggered moments in this range" in alt


def test_charts_draw_the_numbers_of_a_real_journal(data_dir):
    """A year of realistic entries through the real analytics: what each chart draws is the report's numbers."""
    from journal_app.services import analytics
    from journal_app.services.journal import Journal
    from tests.builders import realistic_journal

    end = date(2026, 3, 31)
    n = realistic_journal(data_dir, days=365, end=end)
    with Journal.open(data_dir) as journal:
        report = analytics.pattern_report(journal, DateRange(date(2025, 4, 1), end), today=end)
    assert report.entries == n and report.counts.bucket == "month" and len(report.counts.starts) == 12

    fig, alt = charts.build_counts(report)
    bars = {c.get_gid(): c for c in fig.axes[0].collections}
    for key in report.triggers:
        assert [h for _b, h in bar_spans(bars[key.slug])] == list(report.counts.counts[key.slug])
    for t in report.totals:
        assert f"{t.name} {t.count}" in alt
    fear = report.counts.counts["abandonment-fear"]
    assert sum(fear[:6]) > sum(fear[6:])  # the generator's story: it comes up less as the year goes on

    fig, _ = charts.build_responses(report)
    s = report.response_series
    secure = next(line for line in fig.axes[0].lines if line.get_gid() == "reaching-out")
    expected = [float("nan") if v is None else v for v in s.shares(s.by_pattern["reaching-out"])]
    assert list(secure.get_ydata()) == pytest.approx(expected, nan_ok=True)
    assert expected[-1] > expected[0]  # more needs named directly by the end

    fig, _ = charts.build_heatmap(report)
    image = fig.axes[0].images[0].get_array()
    days = report.heatmap.days
    first = days[0] - timedelta(days=days[0].weekday())
    for i in (0, 100, 364):
        offset = (days[i] - first).days
        assert image[offset % 7][offset // 7] == report.heatmap.entries[i]

    fig, _ = charts.build_matrix(report, "trigger_person")
    assert fig.axes[0].images[0].get_array().tolist() == [list(r) for r in report.trigger_person.values]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == list(report.trigger_person.column_labels)
    for which in charts.CHARTS:
        FigureCanvasAgg(charts.build(report, which)[0]).draw()


def test_responses_over_days_are_shares_of_the_past_week():
    from journal_app.charts.responses import window_shares

    assert window_shares((1, 0, 0, 2), (1, 1, 0, 2), 2) == [1.0, 0.5, None, 1.0]
    assert window_shares((0, 1, 1), (1, 1, 1), 7) == [0.0, 0.5, 0.667]


# -- translation, legend layout and text size ---------------------------------------------------------------
def _full_report():
    return _with_responses(
        make_report(), (4, 2, 0, 5),
        {"reassurance": (3, 1, 0, 1), "withdrawing": (1, 0, 0, 0), "push-pull": (0, 1, 0, 0),
         "reaching-out": (1, 1, 0, 4)},
        (1, 0, 0, 3), (0, 1, 0, 4))


def marked(text: str) -> str:
    """A stand-in translation that shows which text went through it."""
    return f"‹{text}›"


@pytest.mark.parametrize("which", list(charts.CHARTS))
def test_every_chart_word_goes_through_translate(which):
    fig, alt = charts.build(_full_report(), which, translate=marked)
    ax = fig.axes[0]
    assert ax.get_title(loc="left").startswith("‹") and alt.startswith("‹")
    assert ax.get_xlabel().startswith("‹") and ax.get_ylabel().startswith("‹")
    for legend in fig.legends:
        title = legend.get_title().get_text()
        names = {k.name for k in make_report().triggers}
        shown = [t.get_text() for t in legend.get_texts() if t.get_text() not in names] + ([title] if title else [])
        assert all(t.startswith("‹") for t in shown), shown
    empty, alt = charts.build(make_report(empty=True), which, translate=marked)
    assert f"‹{charts.EMPTY_RANGE}›" in texts(empty) and alt.endswith(f"‹{charts.EMPTY_RANGE}›")


def test_hover_text_and_counts_go_through_translate():
    """Sentences through `translate`; counts (plural forms) and dates through the catalog, here the pseudo-language."""
    from journal_app.core import i18n

    i18n.set_language("pseudo")
    fig, _ = charts.build_counts(make_report(), translate=marked)
    assert charts.hit_at(fig.axes[0], 1.1, 2.0).text == "‹{name}, {when}: {count}›".format(
        name="Push-pull", when=f"‹week of 10 {i18n.pseudo('Mar')} 2025›", count=i18n.pseudo("2 moments"))
    fig, alt = charts.build_responses(_full_report(), translate=marked)
    assert i18n.pseudo("11 triggered moments") in alt
    assert "‹named a need or paused› 6, ‹sought reassurance› 5" in alt


def test_qt_extracts_the_chart_text_into_the_charts_context(tmp_path):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed with this PySide6")
    sources = sorted(str(p) for p in (Path(charts.__file__).parent).glob("*.py"))
    ts = tmp_path / "charts.ts"
    done = subprocess.run([str(tool), *sources, "-ts", str(ts)], check=False, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    found = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
             for m in c.iter("message")}
    assert {name for name, _ in found} == {"Charts"}  # nothing lands in a context the app never looks up
    for text in ("How often each trigger came up", "How often", charts.EMPTY_RANGE,
                 "Named a need or paused first", "Who it happened with", "week of {date}"):
        assert ("Charts", text) in found, text


LEGEND_SIZES = [(5.3, 4.8, 1.73), (8, 4, 1.3), (8, 4, 0.86), (12, 4, 0.86), (12, 4, 1.73)]


@pytest.mark.parametrize("width, height, scale", LEGEND_SIZES)
@pytest.mark.parametrize("which", ["counts", "intensity", "responses"])
def test_legend_sits_below_the_axes_inside_the_figure(which, width, height, scale):
    fig, _ = charts.build(_full_report(), which, charts.ChartTheme(scale=scale))
    fig.set_size_inches(width, height)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    legend = fig.legends[0].get_window_extent()
    assert legend.x0 >= 0 and legend.x1 <= fig.bbox.width  # nothing cut off at the sides
    assert legend.y0 >= 0 and legend.y1 <= fig.axes[0].get_window_extent().y0  # below the axes
    columns, wrap = fig.legend_fit
    if width >= 12 and scale < 1:
        assert columns == len(fig.legends[0].get_texts()) or (columns >= 3 and wrap is None)
    fig.set_size_inches(max(width * 0.6, 5.3), height)  # narrower (about the view's least): still inside
    canvas.draw()
    narrower = fig.legends[0].get_window_extent()
    assert fig.legend_fit[0] <= columns and narrower.x0 >= 0 and narrower.x1 <= fig.bbox.width


def _sizes(fig):
    ax = fig.axes[0]
    return (ax._left_title.get_fontsize(), ax.xaxis.label.get_fontsize(), ax.get_xticklabels()[0].get_fontsize(),
            fig.legends[0].get_texts()[0].get_fontsize())


def test_text_follows_the_theme_scale_and_rescales_in_place():
    fig, _ = charts.build_counts(make_report(), charts.ChartTheme(scale=1.5))
    assert _sizes(fig) == (18, 15, 15, 15)
    fig, _ = charts.build_counts(make_report())
    FigureCanvasAgg(fig).draw()
    assert _sizes(fig) == (12, 10, 10, 10)
    fig.rescale(1.5)
    FigureCanvasAgg(fig).draw()
    assert _sizes(fig) == pytest.approx((18, 15, 15, 15)) and fig.scale == 1.5
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Abandonment fear", "Withdrawal", "Push-pull"]
    fig.rescale(1.0)
    assert _sizes(fig) == pytest.approx((12, 10, 10, 10))
