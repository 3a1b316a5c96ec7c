"""matplotlib Figures for the Patterns view, built from a PatternReport. No pyplot, no Qt: the window shows
them through ui/chart_view.py, exports save them as they are.

Every builder returns (figure, text alternative). What a point on a chart means (for hover text and for
click-through) is answered by `hit_at(axes, x, y)` in data coordinates."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from journal_app.charts.base import (
    EMPTY_RANGE,
    LIGHT,
    ChartTheme,
    Hit,
    Pick,
    _bucket_end,
    bucket_label,
    hit_at,
)
from journal_app.charts.grids import MATRICES, build_heatmap, build_matrix, calendar_grid
from journal_app.charts.responses import build_responses
from journal_app.charts.series import build_counts, build_intensity
from journal_app.models.analytics_values import PatternReport

__all__ = [
    "CHARTS", "EMPTY_RANGE", "LIGHT", "MATRICES", "ChartTheme", "Hit", "Pick", "build", "build_counts",
    "build_heatmap", "build_intensity", "build_matrix", "build_responses", "bucket_label", "calendar_grid",
    "hit_at", "_bucket_end",
]

CHARTS: dict[str, tuple[str, Callable[..., tuple[Figure, str]]]] = {
    "counts": ("How often", build_counts),
    "intensity": ("Intensity", build_intensity),
    "responses": ("What I did", build_responses),
    "heatmap": ("Calendar", build_heatmap),
    "trigger_person": ("Who with", lambda report, theme=LIGHT: build_matrix(report, "trigger_person", theme)),
    "weekday_time": ("When", lambda report, theme=LIGHT: build_matrix(report, "weekday_time", theme)),
    "co_occurrence": ("Together", lambda report, theme=LIGHT: build_matrix(report, "co_occurrence", theme)),
}


def build(report: PatternReport, which: str, theme: ChartTheme = LIGHT) -> tuple[Figure, str]:
    """The chart named `which` (a key of CHARTS)."""
    return CHARTS[which][1](report, theme)
