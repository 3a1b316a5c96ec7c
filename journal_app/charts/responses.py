"""The "What I did" chart: what the person did in triggered moments, by group of behaviour (named for what was
done, never for an attachment style), and how often there was repair, as shares per bucket; faint bars show
how many moments each share rests on. The groups and naming a need are shares of the moments where what-I-did
was recorded; repair a share of the moments where repair was needed and answered. The five lines are drawn side
by side within each bucket (dodged) with a marker shape each, so equal shares never hide one another. Text is marked for
translators with QT_TRANSLATE_NOOP("Charts", ...) and shown through `translate` (see charts/base.py)."""

from __future__ import annotations

import textwrap

from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

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
    new_figure,
    per,
    same,
    set_finder,
    starting,
    styled_axes,
    time_ticks,
)
from journal_app.core.i18n import QT_TRANSLATE_NOOP, ntrans, trans
from journal_app.models.analytics_values import PatternReport, ResponseSeries

TITLE = QT_TRANSLATE_NOOP("Charts", "What you did in triggered moments")
# (group, its name in sentences, legend label, colour, marker): what the person did, in plain words
PATTERN_LINES = (
    ("reaching-out", QT_TRANSLATE_NOOP("Charts", "named a need or paused"),
     QT_TRANSLATE_NOOP("Charts", "Named a need or paused first"), "#009E73", "o"),
    ("reassurance", QT_TRANSLATE_NOOP("Charts", "sought reassurance"),
     QT_TRANSLATE_NOOP("Charts", "Sought reassurance or kept checking"), "#D55E00", "^"),
    ("withdrawing", QT_TRANSLATE_NOOP("Charts", "went quiet"),
     QT_TRANSLATE_NOOP("Charts", "Went quiet or left"), "#0072B2", "v"),
    ("push-pull", QT_TRANSLATE_NOOP("Charts", "pushed away then pulled back"),
     QT_TRANSLATE_NOOP("Charts", "Pushed away then pulled back"), "#CC79A7", "D"),
)
DODGE = 0.13  # x offset between neighbouring lines within a bucket
REPAIR_COLOUR = "#E69F00"
NO_MOMENTS = QT_TRANSLATE_NOOP("Charts", "No triggered moments in this range. When an entry has a trigger ticked, "
                                         "what you did shows here.")
NOTHING_NOTED = QT_TRANSLATE_NOOP("Charts", "Nothing noted yet about what you did. When you note in an entry what "
                                            "you did in the moment and whether there was repair, this shows how "
                                            "it changes over time.")


def triggered_moments(n: int, translate: Translate) -> str:
    """'1 triggered moment', '4 triggered moments' (the language's plural rule)."""
    return ntrans("Charts", "%n triggered moment(s)", n)


DAY_WINDOW = 7  # per-day shares jump between 0 and 100%: over days, each point is the past week's share


def window_shares(counts: tuple[int, ...], moments: tuple[int, ...], window: int) -> list[float | None]:
    """Share of `moments` (the denominator: recorded or repair-answered moments) over the last `window` buckets
    at each bucket; None where the bucket itself has none (the line stops: nothing is invented there)."""
    out = []
    for i in range(len(moments)):
        lo = max(0, i - window + 1)
        whole = sum(moments[lo:i + 1])
        out.append(round(sum(counts[lo:i + 1]) / whole, 3) if whole and moments[i] else None)
    return out


def _percent(part: int, whole: int) -> str:
    return trans("Charts", "{percent}%", percent=round(100 * part / whole)) if whole else "–"


def _counts(by_pattern: dict[str, int], translate: Translate) -> str:
    """Moments per group (reached out 4, sought reassurance 1, ...) in the order of PATTERN_LINES."""
    return ", ".join(f"{translate(name)} {by_pattern.get(p, 0)}" for p, name, *_rest in PATTERN_LINES)


def bucket_text(s: ResponseSeries, i: int, translate: Translate = same) -> str:
    """Exact numbers for one bucket, for hover."""
    t = translate
    m = s.moments[i]
    when = bucket_label(s.bucket, s.starts[i], long=True, translate=t)
    if not m:
        return t(QT_TRANSLATE_NOOP("Charts", "{when}: no triggered moments")).format(when=when)
    r, a = s.recorded[i], s.repair_answered[i]
    return t(QT_TRANSLATE_NOOP("Charts", "{when}: {moments}, what you did noted in {recorded}: {responses}; named a "
                                         "need directly in {named} of {recorded} ({named_share}); repaired fully "
                                         "or partly {repaired} of {answered} that needed it ({repaired_share})"
                                         )).format(
        when=when, moments=triggered_moments(m, t), responses=_counts({p: v[i] for p, v in s.by_pattern.items()}, t),
        recorded=r, named=s.named_need[i], named_share=_percent(s.named_need[i], r), repaired=s.repaired[i],
        answered=a, repaired_share=_percent(s.repaired[i], a))


SIDE_LABEL_CHARS = 24  # an axis label at the side this long still fits the summary's flatter chart on one line


def side_label(text: str) -> str:
    """A label up the side of the axes, on two lines when it is longer than English's (German's "Anteil der
    notierten Momente" was cut off at the summary's chart height)."""
    return textwrap.fill(text, SIDE_LABEL_CHARS, break_long_words=False) if len(text) > SIDE_LABEL_CHARS else text


def build_responses(report: PatternReport, theme: ChartTheme = LIGHT, translate: Translate = same
                    ) -> tuple[Figure, str]:
    t = translate
    title = t(TITLE)
    s = report.response_series
    if report.entries == 0 or s is None or not s.starts:
        return message_figure(theme, title, t(EMPTY_RANGE))
    if not any(s.moments):
        return message_figure(theme, title, t(NO_MOMENTS))
    if not any(s.recorded) and not any(s.repair_answered):
        return message_figure(theme, title, t(NOTHING_NOTED))
    n = len(s.starts)
    xs = list(range(n))
    nan = float("nan")
    window = DAY_WINDOW if s.bucket == "day" else 1
    fig = new_figure(theme)
    share = side_label(t(QT_TRANSLATE_NOOP("Charts", "Share of moments noted")))
    if window > 1:
        share += "\n" + t(QT_TRANSLATE_NOOP("Charts", "(past {n} days)")).format(n=window)
    ax = styled_axes(fig, theme, title, starting(s.bucket, t), share)
    counts = ax.twinx()
    counts.set_facecolor(theme.background)
    draw_bars(counts, xs, s.moments, [0] * n, theme.mix(0.14), t(QT_TRANSLATE_NOOP("Charts", "Triggered moments")),
          "moments", theme.mix(0.14))
    counts.set_ylabel(side_label(t(QT_TRANSLATE_NOOP("Charts", "Triggered moments (bars)"))), color=theme.text,
                      fontsize=theme.size(10))
    counts.tick_params(colors=theme.text, labelcolor=theme.text, labelsize=theme.size(10))
    integer_ticks(counts.yaxis)
    counts.set_ylim(0, max(s.moments) * 2.2)  # the bars stay in the lower half, under the lines
    for spine in counts.spines.values():
        spine.set_color(theme.mix(0.35))
    ax.set_zorder(counts.get_zorder() + 1)  # lines above the bars
    ax.patch.set_visible(False)

    dot = 4.5 * theme.scale
    for k, (pattern, _name, label, colour, marker) in enumerate(PATTERN_LINES):
        shares = [nan if v is None else v for v in window_shares(s.by_pattern[pattern], s.recorded, window)]
        ax.plot([x + (k - 2) * DODGE for x in xs], shares, color=colour, marker=marker, markersize=dot,
                label=t(label), gid=pattern, linewidth=2.4 if pattern == "reaching-out" else 1.4)
    repair = [nan if v is None else v for v in window_shares(s.repaired, s.repair_answered, window)]
    ax.plot([x + 2 * DODGE for x in xs], repair, color=REPAIR_COLOUR, linestyle="--", marker="s", markersize=dot,
            linewidth=1.6, label=t(QT_TRANSLATE_NOOP("Charts", "Repaired, of moments that needed repair")),
            gid="repair")
    ax.set_ylim(-0.03, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlim(-0.6, n - 0.4)
    time_ticks(ax, s.bucket, s.starts)
    ax.grid(axis="y", color=theme.mix(0.15), linewidth=0.8)
    legend_below(fig, theme, ax.lines, [str(line.get_label()) for line in ax.lines])

    def finder(x: float, _y: float) -> Hit | None:
        i = round(x)
        if not 0 <= i < n or abs(x - i) > 0.45:
            return None
        text = bucket_text(s, i, t)
        if not s.moments[i]:
            return Hit(text)
        start = s.starts[i]
        return Hit(text, Pick("responses", start, bucket_end(s.bucket, start, report.range.end), label=text))

    set_finder(ax, finder)
    set_finder(counts, finder)
    return fig, _alt(report, s.bucket, t)


def _alt(report: PatternReport, bucket: str, t: Translate) -> str:
    totals = report.responses
    where = {"title": t(TITLE), "per": per(bucket, t), "start": day_text(report.range.start),
             "end": day_text(report.range.end)}
    if totals is None or not totals.moments:
        return t(QT_TRANSLATE_NOOP("Charts", "{title}, {per}, {start} to {end}: no triggered moments.")).format(**where)
    m, r, a = totals.moments, totals.recorded, totals.repair_answered
    return t(QT_TRANSLATE_NOOP("Charts", "{title}, {per}, {start} to {end}: {moments}, what you did noted in "
                                         "{recorded}. Moments of each kind: {responses}. Named a need directly in "
                                         "{named} of {recorded} ({named_share}); repaired fully or partly "
                                         "{repaired} of {answered} that needed it ({repaired_share}).")).format(
        **where, moments=triggered_moments(m, t), recorded=r, responses=_counts(totals.by_pattern, t),
        named=totals.named_need, named_share=_percent(totals.named_need, r), repaired=totals.repaired,
        answered=a, repaired_share=_percent(totals.repaired, a))
