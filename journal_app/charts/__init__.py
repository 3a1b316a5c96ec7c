"""matplotlib Figures for the Patterns view, built from a PatternReport. No pyplot, no Qt: the window shows
them through ui/patterns/chart_view.py, exports save them as they are.

Every builder returns (figure, text alternative). What a point on a chart means (for hover text and for
click-through) is answered by `hit_at(axes, x, y)` in data coordinates.

Translation: every text a chart draws or says (titles, axis labels, legends, hover text, text alternatives, the
tab names in CHARTS) is written as QT_TRANSLATE_NOOP("Charts", "...") at the place it is used. That function
(journal_app/core/i18n.py) returns its text unchanged, so this package needs no Qt, and pyside6-lupdate extracts
every such literal into the "Charts" context when it is run over journal_app/charts/*.py as well as the window
code. At run time each builder passes the marked text through its `translate` argument (default: English as
written); the window passes `lambda s: QCoreApplication.translate("Charts", s)`. Sentences are translated first
and filled in after, so translators see "{n} moments", never a finished number. Dates use the C locale's
month and weekday abbreviations."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from journal_app.charts import fonts  # noqa: F401  (repairs a font list without fonts before any text is drawn)
from journal_app.charts.base import (
    EMPTY_RANGE,
    LIGHT,
    ChartFigure,
    ChartTheme,
    Hit,
    Pick,
    Translate,
    bucket_end,
    bucket_label,
    hit_at,
    same,
)
from journal_app.charts.grids import MATRICES, build_heatmap, build_matrix, calendar_grid
from journal_app.charts.responses import build_responses
from journal_app.charts.series import build_counts, build_intensity
from journal_app.core.i18n import QT_TRANSLATE_NOOP
from journal_app.models.analytics_values import PatternReport

__all__ = [
    "CHARTS",
    "EMPTY_RANGE",
    "LIGHT",
    "MATRICES",
    "QT_TRANSLATE_NOOP",
    "ChartFigure",
    "ChartTheme",
    "Hit",
    "Pick",
    "Translate",
    "bucket_end",
    "bucket_label",
    "build",
    "build_counts",
    "build_heatmap",
    "build_intensity",
    "build_matrix",
    "build_responses",
    "calendar_grid",
    "hit_at",
    "same",
]


Builder = Callable[[PatternReport, ChartTheme, Translate], tuple[Figure, str]]


def _matrix(which: str) -> Builder:
    return lambda report, theme, translate: build_matrix(report, which, theme, translate)


# key: (tab name, marked for translation; builder(report, theme, translate))
CHARTS: dict[str, tuple[str, Builder]] = {
    "counts": (QT_TRANSLATE_NOOP("Charts", "How often"), build_counts),
    "intensity": (QT_TRANSLATE_NOOP("Charts", "Intensity"), build_intensity),
    "responses": (QT_TRANSLATE_NOOP("Charts", "What I did"), build_responses),
    "heatmap": (QT_TRANSLATE_NOOP("Charts", "Calendar"),
                lambda report, theme, translate: build_heatmap(report, theme, translate=translate)),
    "trigger_person": (QT_TRANSLATE_NOOP("Charts", "Who with"), _matrix("trigger_person")),
    "weekday_time": (QT_TRANSLATE_NOOP("Charts", "When"), _matrix("weekday_time")),
    "co_occurrence": (QT_TRANSLATE_NOOP("Charts", "Together"), _matrix("co_occurrence")),
}


def build(report: PatternReport, which: str, theme: ChartTheme = LIGHT, translate: Translate = same
          ) -> tuple[Figure, str]:
    """The chart named `which` (a key of CHARTS), its text passed through `translate` (str -> str)."""
    return CHARTS[which][1](report, theme, translate)
