"""Charts over time: how often each trigger came up, how intense it felt. Text is marked for translators with
QT_TRANSLATE_NOOP("Charts", ...) and shown through `translate` (see journal_app/charts/base.py)."""

from __future__ import annotations

from matplotlib.figure import Figure

from journal_app.charts.base import (
    EMPTY_RANGE,
    LIGHT,
    ChartTheme,
    Hit,
    Pick,
    Translate,
    bucket_end,
    bucket_label,
    day_text,
    draw_bars,
    integer_ticks,
    legend_below,
    message_figure,
    moments,
    new_figure,
    per,
    same,
    set_finder,
    starting,
    styled_axes,
    time_ticks,
    trigger_keys,
)
from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP
from journal_app.models.analytics_values import PatternReport


# -- counts per trigger per bucket ---------------------------------------------------------------------------
def build_counts(report: PatternReport, theme: ChartTheme = LIGHT, translate: Translate = same
                 ) -> tuple[Figure, str]:
    t = translate
    title = t(QT_TRANSLATE_NOOP("Charts", "How often each trigger came up"))
    series = report.counts
    keys = [k for k in trigger_keys(report) if k.slug in series.counts]
    if report.entries == 0 or not series.starts:
        return message_figure(theme, title, t(EMPTY_RANGE))
    if not any(sum(series.counts[k.slug]) for k in keys):
        return message_figure(theme, title, t(QT_TRANSLATE_NOOP("Charts", "No triggers were ticked in this range.")))
    fig = new_figure(theme)
    ax = styled_axes(fig, theme, title, starting(series.bucket, t), t(QT_TRANSLATE_NOOP("Charts", "Moments")))
    n = len(series.starts)
    bottom = [0] * n
    rects, handles = [], []
    for key in keys:
        values = series.counts[key.slug]
        handles.append(draw_bars(ax, range(n), values, bottom, key.colour, key.name, key.slug, theme.background))
        for i, v in enumerate(values):
            if v:
                rects.append((i, bottom[i], bottom[i] + v, key, v))
        bottom = [b + v for b, v in zip(bottom, values)]
    time_ticks(ax, series.bucket, series.starts)
    integer_ticks(ax.yaxis)
    ax.set_ylim(0, max(bottom) * 1.08)
    ax.set_xlim(-0.6, n - 0.4)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    ax.set_axisbelow(True)
    legend_below(fig, theme, handles, [k.name for k in keys], title=t(QT_TRANSLATE_NOOP("Charts", "Trigger")))

    def finder(x: float, y: float) -> Hit | None:
        for i, low, high, key, v in rects:
            if abs(x - i) <= 0.4 and low <= y <= high:
                start = series.starts[i]
                when = bucket_label(series.bucket, start, long=True, translate=t)
                text = t(QT_TRANSLATE_NOOP("Charts", "{name}, {when}: {count}")).format(
                    name=key.name, when=when, count=moments(v, t))
                end = bucket_end(series.bucket, start, report.range.end)
                return Hit(text, Pick("counts", start, end, key.slug, key.id, label=text))
        return None

    set_finder(ax, finder)
    totals = ", ".join(f"{k.name} {sum(series.counts[k.slug])}" for k in keys)
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}, {per}, {start} to {end}. Totals: {totals}.")).format(
        title=title, per=per(series.bucket, t), start=day_text(report.range.start), end=day_text(report.range.end),
        totals=totals)
    return fig, alt


# -- intensity over time -----------------------------------------------------------------------------------
def _average(bucket: str, window: int, translate: Translate) -> str:
    """The rolling average's name: 4-week average and the like."""
    text = {"day": QT_TRANSLATE_NOOP("Charts", "{n}-day average"),
            "week": QT_TRANSLATE_NOOP("Charts", "{n}-week average")}.get(
        bucket, QT_TRANSLATE_NOOP("Charts", "{n}-month average"))
    return translate(text).format(n=window)


def build_intensity(report: PatternReport, theme: ChartTheme = LIGHT, translate: Translate = same
                    ) -> tuple[Figure, str]:
    t = translate
    title = t(QT_TRANSLATE_NOOP("Charts", "How intense it felt"))
    s = report.intensity
    keys = [k for k in trigger_keys(report) if k.slug in s.mean]
    if report.entries == 0 or not s.starts:
        return message_figure(theme, title, t(EMPTY_RANGE))
    rated = [k for k in keys if any(v is not None for v in s.mean[k.slug])]
    if not rated:
        return message_figure(theme, title, t(QT_TRANSLATE_NOOP(
            "Charts", "No intensities were rated in this range. Rate a trigger's intensity in an entry and it "
                      "shows here.")))
    nan = float("nan")
    fig = new_figure(theme)
    ax = styled_axes(fig, theme, title, starting(s.bucket, t), t(QT_TRANSLATE_NOOP("Charts", "Intensity (0–10)")))
    n = len(s.starts)
    xs = list(range(n))
    points, handles, labels = [], [], []
    average = _average(s.bucket, s.window, t)
    for key in rated:
        mean = [nan if v is None else v for v in s.mean[key.slug]]
        rolling = [nan if v is None else v for v in s.rolling[key.slug]]
        low = [nan if v is None else v for v in s.low[key.slug]]
        high = [nan if v is None else v for v in s.high[key.slug]]
        ax.fill_between(xs, low, high, color=key.colour, alpha=0.15, linewidth=0)
        handles += ax.plot(xs, rolling, color=key.colour, linewidth=2)
        labels.append(t(QT_TRANSLATE_NOOP("Charts", "{name} ({average})")).format(name=key.name, average=average))
        ax.plot(xs, mean, linestyle="none", marker="o", markersize=4 * theme.scale, color=key.colour, gid=key.slug)
        for i, v in enumerate(s.mean[key.slug]):
            if v is not None:
                points.append((i, v, key))
    ax.set_ylim(-0.3, 10.3)
    ax.set_xlim(-0.6, n - 0.4)
    time_ticks(ax, s.bucket, s.starts)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    legend_below(fig, theme, handles, labels)

    def finder(x: float, y: float) -> Hit | None:
        near = [(abs(i - x) * 10 + abs(v - y), i, v, key) for i, v, key in points if abs(i - x) <= 0.5
                and abs(v - y) <= 1.0]
        if not near:
            return None
        _, i, v, key = min(near, key=lambda p: p[0])
        start = s.starts[i]
        lo, hi, roll = s.low[key.slug][i], s.high[key.slug][i], s.rolling[key.slug][i]
        text = t(QT_TRANSLATE_NOOP("Charts", "{name}, {when}: mean {mean}")).format(
            name=key.name, when=bucket_label(s.bucket, start, long=True, translate=t), mean=i18n.number(v, 1))
        if lo is not None and hi is not None:
            text += t(QT_TRANSLATE_NOOP("Charts", " (lowest {low}, highest {high})")).format(low=lo, high=hi)
        if roll is not None:
            text += f"; {average} {i18n.number(roll, 1)}"
        end = bucket_end(s.bucket, start, report.range.end)
        return Hit(text, Pick("intensity", start, end, key.slug, key.id, label=text))

    set_finder(ax, finder)
    parts = []
    for key in rated:
        values = [v for v in s.mean[key.slug] if v is not None]
        parts.append(t(QT_TRANSLATE_NOOP("Charts", "{name} averaged {mean}, from {low} to {high}")).format(
            name=key.name, mean=i18n.number(sum(values) / len(values), 1), low=i18n.number(min(values), 1),
            high=i18n.number(max(values), 1)))
    alt = t(QT_TRANSLATE_NOOP("Charts", "{title}, mean intensity {per}: {parts}.")).format(
        title=title, per=per(s.bucket, t), parts="; ".join(parts))
    return fig, alt
