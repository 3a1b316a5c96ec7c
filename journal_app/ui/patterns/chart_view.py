"""The one host for matplotlib Figures in the window (the only module that imports backend_qtagg): shows a
chart, tells the exact value under the pointer, reports clicks on a bar / day / cell, and saves the chart as
PNG or SVG. It also gives the chart builders what they need from Qt: `chart_text` (their translation, in the
"Charts" context) and `text_scale()` (the app's text size as a chart font scale)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal_app import charts


def chart_text(text: str) -> str:
    """The `translate` for journal_app.charts builders: their text is marked in the "Charts" context."""
    return QCoreApplication.translate("Charts", text)


CHART_DPI = 100  # the figures' dots per inch (journal_app/charts/base.py _figure)
MIN_HEIGHT = 240  # the canvas's least height at the usual text size; larger text asks for more
USUAL_SCALE = 0.864  # text_scale() of a 9-point font at 96 dots per inch


def text_scale(logical_dpi: float = 96.0) -> float:
    """The chart font scale that draws chart body text (10 points at scale 1) as large as the app's text."""
    font = QApplication.font()
    pixels = font.pointSizeF() * logical_dpi / 72 if font.pointSizeF() > 0 else max(font.pixelSize(), 1)
    return round(pixels / (10 * CHART_DPI / 72), 3)


class SummaryLabel(QLabel):
    """The chart in words: a Tab stop that shows the style's focus rectangle when it has the keyboard focus
    (a plain label only shows a thin text cursor)."""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            painter = QPainter(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
            painter.end()


class ChartView(QWidget):
    # a bar, heatmap day or matrix cell was clicked; carries a charts.Pick
    picked = Signal(object)
    # the exact value under the pointer changed; carries its text ("" when nothing is under it)
    hovered = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None
        self.alt_text = ""
        self.hover_text = ""
        self.name = "chart"
        # the journal's folder (a chart is never saved into it); None: the window's journal, else the default
        self.data_dir: Path | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.summary = SummaryLabel()
        self.summary.setMargin(3)  # room for the focus rectangle
        self.summary.setWordWrap(True)
        # the chart in words: a Tab stop after the chart tabs, so keyboard and screen-reader users reach it
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAccessibleName(self.tr("Chart summary"))
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.save_button.setAccessibleName(self.tr("Save this chart as a PNG or SVG image"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(bottom)

    def show_figure(self, figure: Figure, alt_text: str, name: str = "chart") -> None:
        """Show `figure` (a new canvas each time: matplotlib ties event callbacks to one figure)."""
        old = self.canvas
        self.figure, self.alt_text, self.name = figure, alt_text, name
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fit_minimum(self.canvas)
        self.canvas.setAccessibleName(self.tr("Chart"))
        self.canvas.setAccessibleDescription(alt_text)
        self.canvas.setMouseTracking(True)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("figure_leave_event", lambda _e: self._set_hover(""))
        self._layout.insertWidget(0, self.canvas, 1)
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.summary.setText(alt_text)
        self.summary.setAccessibleDescription(
            alt_text
        )  # the name alone would hide the text from screen readers
        self.save_button.setEnabled(True)
        self._set_hover("")

    def rescale_text(self, scale: float) -> None:
        """The app's text size changed: the same chart, its text at `scale` (see text_scale)."""
        if isinstance(self.figure, charts.ChartFigure) and self.figure.scale != scale:
            self.figure.rescale(scale)
            if self.canvas is not None:
                self._fit_minimum(self.canvas)
                self.canvas.draw_idle()

    def _fit_minimum(self, canvas: FigureCanvasQTAgg) -> None:
        """Room for large text: below this the axes would have no height left beside labels and legend."""
        scale = getattr(self.figure, "scale", 1.0)
        canvas.setMinimumHeight(round(MIN_HEIGHT * max(1.0, scale / USUAL_SCALE)))

    def clear(self) -> None:
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = self.figure = None
        self.summary.clear()
        self.summary.setAccessibleDescription("")
        self.save_button.setEnabled(False)

    # -- pointer -----------------------------------------------------------------------------------
    def hit(self, event) -> charts.Hit | None:
        return charts.hit_at(event.inaxes, event.xdata, event.ydata) if event.inaxes is not None else None

    def _on_motion(self, event) -> None:
        hit = self.hit(event)
        self._set_hover(hit.text if hit else "")

    def _set_hover(self, text: str) -> None:
        if text == self.hover_text:
            return
        self.hover_text = text
        if self.canvas is not None:
            if text:
                QToolTip.showText(QCursor.pos(), text, self.canvas)
                self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                QToolTip.hideText()
                self.canvas.unsetCursor()
            self.canvas.setToolTip(text)
        self.hovered.emit(text)

    def _on_press(self, event) -> None:
        if event.button != 1:
            return
        hit = self.hit(event)
        if hit is not None and hit.pick is not None:
            self.picked.emit(hit.pick)

    # -- saving ------------------------------------------------------------------------------------
    def data_folder(self) -> Path:
        """The journal's folder: as set, else that of the window's journal, else the usual one."""
        if self.data_dir is not None:
            return Path(self.data_dir)
        found = getattr(getattr(self.window(), "journal", None), "data_dir", None)
        if found is not None:
            return Path(found)
        from journal_app.core.paths import resolve_data_dir

        return resolve_data_dir()

    def save(self) -> Path | None:
        """Ask where (never inside the journal's folder), then write the chart as PNG or SVG (by the chosen type
        or the name's ending): 0600 and all at once, through the exports' one writer (the SVG carries the
        chart's text)."""
        if self.figure is None:
            return None
        from journal_app.core.errors import JournalError
        from journal_app.core.files import write_atomic
        from journal_app.ui.common.file_targets import choose_file

        def ask() -> Path | None:
            path, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Save chart"), f"{self.name}.png", self.tr("PNG image (*.png);;SVG image (*.svg)")
            )
            if not path:
                return None
            target = Path(path)
            if target.suffix.lower() not in (".png", ".svg"):
                target = target.with_suffix(".svg" if "svg" in (chosen or "").lower() else ".png")
            return target

        data_dir = self.data_folder()
        target = choose_file(self, ask, data_dir, "chart")
        if target is None:
            return None
        figure, kind = self.figure, target.suffix[1:].lower()
        metadata = {"Title": self.alt_text[:200]} if kind == "svg" else None
        try:
            write_atomic(
                target,
                lambda stream: figure.savefig(
                    stream, format=kind, facecolor=figure.get_facecolor(), metadata=metadata
                ),
                data_dir=data_dir,
                what="chart",
            )
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Chart not saved"), str(exc))  # names the file and why
            return None
        return target
