"""The one host for matplotlib Figures in the window (the only module that imports backend_qtagg): shows a
chart, tells the exact value under the pointer, reports clicks on a bar / day / cell, and saves the chart as
PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal_app import charts

SAVE_FILTERS = "PNG image (*.png);;SVG image (*.svg)"


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
        self.canvas: FigureCanvasQTAgg | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName("Chart summary")
        self.save_button = QPushButton("Save chart…")
        self.save_button.setAccessibleName("Save this chart as a PNG or SVG image")
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
        self.canvas.setMinimumHeight(240)
        self.canvas.setAccessibleName("Chart")
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
        self.save_button.setEnabled(True)
        self._set_hover("")

    def clear(self) -> None:
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = self.figure = None
        self.summary.clear()
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
    def save(self) -> Path | None:
        """Ask where, then write the chart as PNG or SVG (by the chosen type or the name's ending)."""
        if self.figure is None:
            return None
        path, chosen = QFileDialog.getSaveFileName(self, "Save chart", f"{self.name}.png", SAVE_FILTERS)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in (chosen or "").lower() else ".png")
        try:
            self.figure.savefig(target, format=target.suffix[1:].lower(), facecolor=self.figure.get_facecolor(),
                                metadata={"Title": self.alt_text[:200]} if target.suffix.lower() == ".svg" else None)
        except OSError as exc:
            QMessageBox.warning(self, "Chart not saved", f"The chart could not be saved to {target}: "
                                f"{exc.strerror or exc}. Nothing else was changed.")
            return None
        return target
