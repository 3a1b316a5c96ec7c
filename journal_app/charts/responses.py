"""The "earned security" chart: what the person did in triggered moments, by pattern, and how often there was
repair, as shares per bucket; faint bars show how many moments each share rests on."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from journal_app.charts.base import (
    EMPTY_RANGE,
    LIGHT,
    ChartTheme,
    Hit,
    Pick,
    _HITS,
    _axes,
    _bars,
    _bucket_end,
    _day,
    _figure,
    _message,
    _plural,
    _ticks,
    bucket_label,
)
from journal_app.models.analytics_values import PatternReport, ResponseSeries

TITLE = "What you did in triggered moments"
# (pattern, legend label, colour): the colours of the built-in triggers that go with each pattern
PATTERN_LINES = (
    ("secure", "Secure: named a need, paused first", "#009E73"),
    ("anxious", "Anxious: sought reassurance, kept checking", "#D55E00"),
    ("avoidant", "Avoidant: went quiet, left", "#0072B2"),
    ("disorganised", "Disorganised: pushed away, then pulled back", "#CC79A7"),
)
REPAIR_COLOUR = "#E69F00"
NO_MOMENTS = "No triggered moments in this range. When an entry has a trigger ticked, what you did shows here."
NOTHING_NOTED = ("Nothing noted yet about what you did. In an entry, tick what you did in the moment and whether "
                 "there was repair, and this shows how it changes over time.")


DAY_WINDOW = 7  # per-day shares jump between 0 and 100%: over days, each point is the past week's share


def window_shares(counts: tuple[int, ...], moments: tuple[int, ...], window: int) -> list[float | None]:
    """Share of moments over the last `window` buckets at each bucket (None where there were none)."""
    out = []
    for i in range(len(moments)):
        lo = max(0, i - window + 1)
        whole = sum(moments[lo:i + 1])
        out.append(round(sum(counts[lo:i + 1]) / whole, 3) if whole and moments[i] else None)
    return out


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def bucket_text(s: ResponseSeries, i: int) -> str:
    """Exact numbers for one bucket, for hover."""
    m = s.moments[i]
    when = bucket_label(s.bucket, s.starts[i], long=True)
    if not m:
        return f"{when}: no triggered moments"
    parts = [f"{label.split(':')[0].lower()} {s.by_pattern[p][i]}" for p, label, _c in PATTERN_LINES]
    return (f"{when}: {_plural(m, 'triggered moment')}; responses: " + ", ".join(parts)
            + f"; named a need directly in {s.named_need[i]} ({_percent(s.named_need[i], m)}); "
            f"repair after {s.repaired[i]} ({_percent(s.repaired[i], m)})")


def build_responses(report: PatternReport, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    s = report.response_series
    if report.entries == 0 or s is None or not s.starts:
        return _message(theme, TITLE, EMPTY_RANGE)
    if not any(s.moments):
        return _message(theme, TITLE, NO_MOMENTS)
    if not any(any(v) for v in s.by_pattern.values()) and not any(s.repaired):
        return _message(theme, TITLE, NOTHING_NOTED)
    n = len(s.starts)
    xs = list(range(n))
    nan = float("nan")
    window = DAY_WINDOW if s.bucket == "day" else 1
    fig = _figure(theme)
    ax = _axes(fig, theme, TITLE, f"{s.bucket.capitalize()} starting",
               "Share of triggered moments" + (f"\n(past {window} days)" if window > 1 else ""))
    counts = ax.twinx()
    counts.set_facecolor(theme.background)
    _bars(counts, xs, s.moments, [0] * n, theme.mix(0.14), "Triggered moments", "moments", theme.mix(0.14))
    counts.set_ylabel("Triggered moments (bars)", color=theme.text)
    counts.tick_params(colors=theme.text, labelcolor=theme.text)
    counts.yaxis.get_major_locator().set_params(integer=True)
    counts.set_ylim(0, max(s.moments) * 2.2)  # the bars stay in the lower half, under the lines
    for spine in counts.spines.values():
        spine.set_color(theme.mix(0.35))
    ax.set_zorder(counts.get_zorder() + 1)  # lines above the bars
    ax.patch.set_visible(False)

    for pattern, label, colour in PATTERN_LINES:
        shares = [nan if v is None else v for v in window_shares(s.by_pattern[pattern], s.moments, window)]
        ax.plot(xs, shares, color=colour, marker="o", markersize=4, label=label, gid=pattern,
                linewidth=2.4 if pattern == "secure" else 1.4)
    repair = [nan if v is None else v for v in window_shares(s.repaired, s.moments, window)]
    ax.plot(xs, repair, color=REPAIR_COLOUR, linestyle="--", marker="s", markersize=4, linewidth=1.6,
            label="Repair, fully or partly", gid="repair")
    ax.set_ylim(-0.03, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlim(-0.6, n - 0.4)
    _ticks(ax, s.bucket, s.starts)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    ax.legend(frameon=False, labelcolor=theme.text, fontsize=8, loc="upper left", bbox_to_anchor=(1.09, 1.0))

    def finder(x: float, _y: float) -> Hit | None:
        i = round(x)
        if not 0 <= i < n or abs(x - i) > 0.45:
            return None
        text = bucket_text(s, i)
        if not s.moments[i]:
            return Hit(text)
        start = s.starts[i]
        return Hit(text, Pick("responses", start, _bucket_end(s.bucket, start, report.range.end), label=text))

    _HITS[ax] = finder
    _HITS[counts] = finder
    return fig, _alt(report)


def _alt(report: PatternReport) -> str:
    t = report.responses
    s = report.response_series
    where = f"per {s.bucket}, {_day(report.range.start)} to {_day(report.range.end)}"
    if t is None or not t.moments:
        return f"{TITLE}, {where}: no triggered moments."
    parts = ", ".join(f"{label.split(':')[0].lower()} {t.by_pattern.get(p, 0)}" for p, label, _c in PATTERN_LINES)
    return (f"{TITLE}, {where}: {_plural(t.moments, 'triggered moment')}. Moments with a response of each "
            f"pattern: {parts}. Named a need directly in {t.named_need} ({_percent(t.named_need, t.moments)}); "
            f"repair after {t.repaired} ({_percent(t.repaired, t.moments)}).")
