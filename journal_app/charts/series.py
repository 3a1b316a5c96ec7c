"""Charts over time: how often each trigger came up, how intense it felt."""

from __future__ import annotations

from matplotlib.figure import Figure

from journal_app.charts.base import (
    LIGHT,
    ChartTheme,
    EMPTY_RANGE,
    Hit,
    Pick,
    _HITS,
    _axes,
    _bars,
    _bucket_end,
    _day,
    _figure,
    _keys,
    _message,
    _plural,
    _ticks,
    bucket_label,
)
from journal_app.models.analytics_values import PatternReport


# -- counts per trigger per bucket ---------------------------------------------------------------------------
def build_counts(report: PatternReport, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    title = "How often each trigger came up"
    series = report.counts
    keys = [k for k in _keys(report) if k.slug in series.counts]
    if report.entries == 0 or not series.starts:
        return _message(theme, title, EMPTY_RANGE)
    if not any(sum(series.counts[k.slug]) for k in keys):
        return _message(theme, title, "No triggers were ticked in this range.")
    fig = _figure(theme)
    ax = _axes(fig, theme, title, f"{series.bucket.capitalize()} starting", "Moments")
    n = len(series.starts)
    bottom = [0] * n
    rects = []
    for key in keys:
        values = series.counts[key.slug]
        _bars(ax, range(n), values, bottom, key.colour, key.name, key.slug, theme.background)
        for i, v in enumerate(values):
            if v:
                rects.append((i, bottom[i], bottom[i] + v, key, v))
        bottom = [b + v for b, v in zip(bottom, values)]
    _ticks(ax, series.bucket, series.starts)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(0, max(bottom) * 1.08)
    ax.set_xlim(-0.6, n - 0.4)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    ax.set_axisbelow(True)
    legend = ax.legend(frameon=False, labelcolor=theme.text, fontsize=9, loc="upper left",
                       bbox_to_anchor=(1.0, 1.0))
    legend.set_title("Trigger", prop={"size": 9})
    legend.get_title().set_color(theme.text)

    def finder(x: float, y: float) -> Hit | None:
        for i, low, high, key, v in rects:
            if abs(x - i) <= 0.4 and low <= y <= high:
                start = series.starts[i]
                when = bucket_label(series.bucket, start, long=True)
                text = f"{key.name}, {when}: {_plural(v, 'moment')}"
                end = _bucket_end(series.bucket, start, report.range.end)
                return Hit(text, Pick("counts", start, end, key.slug, key.id, label=text))
        return None

    _HITS[ax] = finder
    totals = ", ".join(f"{k.name} {sum(series.counts[k.slug])}" for k in keys)
    alt = (f"{title}, per {series.bucket}, {_day(report.range.start)} to {_day(report.range.end)}. "
           f"Totals: {totals}.")
    return fig, alt


# -- intensity over time -----------------------------------------------------------------------------------
def build_intensity(report: PatternReport, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    title = "How intense it felt"
    s = report.intensity
    keys = [k for k in _keys(report) if k.slug in s.mean]
    if report.entries == 0 or not s.starts:
        return _message(theme, title, EMPTY_RANGE)
    rated = [k for k in keys if any(v is not None for v in s.mean[k.slug])]
    if not rated:
        return _message(theme, title, "No intensities were rated in this range. Rate a trigger's intensity "
                                      "in an entry and it shows here.")
    nan = float("nan")
    fig = _figure(theme)
    ax = _axes(fig, theme, title, f"{s.bucket.capitalize()} starting", "Intensity (0–10)")
    n = len(s.starts)
    xs = list(range(n))
    points = []
    for key in rated:
        mean = [nan if v is None else v for v in s.mean[key.slug]]
        rolling = [nan if v is None else v for v in s.rolling[key.slug]]
        low = [nan if v is None else v for v in s.low[key.slug]]
        high = [nan if v is None else v for v in s.high[key.slug]]
        ax.fill_between(xs, low, high, color=key.colour, alpha=0.15, linewidth=0)
        ax.plot(xs, rolling, color=key.colour, linewidth=2, label=f"{key.name} ({s.window}-{s.bucket} average)")
        ax.plot(xs, mean, linestyle="none", marker="o", markersize=4, color=key.colour, gid=key.slug)
        for i, v in enumerate(s.mean[key.slug]):
            if v is not None:
                points.append((i, v, key))
    ax.set_ylim(-0.3, 10.3)
    ax.set_xlim(-0.6, n - 0.4)
    _ticks(ax, s.bucket, s.starts)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    ax.legend(frameon=False, labelcolor=theme.text, fontsize=9, loc="upper left", bbox_to_anchor=(1.0, 1.0))

    def finder(x: float, y: float) -> Hit | None:
        near = [(abs(i - x) * 10 + abs(v - y), i, v, key) for i, v, key in points if abs(i - x) <= 0.5
                and abs(v - y) <= 1.0]
        if not near:
            return None
        _, i, v, key = min(near, key=lambda t: t[0])
        start = s.starts[i]
        lo, hi, roll = s.low[key.slug][i], s.high[key.slug][i], s.rolling[key.slug][i]
        text = f"{key.name}, {bucket_label(s.bucket, start, long=True)}: mean {v:.1f}"
        if lo is not None and hi is not None:
            text += f" (lowest {lo}, highest {hi})"
        if roll is not None:
            text += f"; {s.window}-{s.bucket} average {roll:.1f}"
        end = _bucket_end(s.bucket, start, report.range.end)
        return Hit(text, Pick("intensity", start, end, key.slug, key.id, label=text))

    _HITS[ax] = finder
    parts = []
    for key in rated:
        values = [v for v in s.mean[key.slug] if v is not None]
        parts.append(f"{key.name} averaged {sum(values) / len(values):.1f}, from {min(values):.1f} to "
                     f"{max(values):.1f}")
    return fig, f"{title}, mean intensity per {s.bucket}: " + "; ".join(parts) + "."
