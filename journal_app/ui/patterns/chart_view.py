"""The one host for charts in the window: it shows a chart that was built and drawn on a worker of the
operations layer (journal_app/charts/render.py: a matplotlib Figure drawn by Agg into an image, no Qt there),
tells the exact value under the pointer and reports clicks on a bar / day / cell from the geometry frozen with
the image, and saves the chart as PNG or SVG on a worker too. The UI thread only paints the picture (issue 17,
"never freeze"). It also gives the chart builders what they need from Qt: `chart_text` (their translation, in
the "Charts" context) and `text_scale()` (the app's text size as a chart font scale).

A newer request (another tab, range, colouring, text size or size) supersedes an older one still being drawn:
its picture is dropped, so a stale chart never replaces a newer one. A resize is drawn again once the size has
held for RESIZE_MS (meanwhile the last picture is stretched to fit). With `background` False (a view fed by a
ready-made report, as in tests), the same drawing happens at once on the calling thread."""

from __future__ import annotations

import gc
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QImage, QPainter, QPalette
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
from journal_app.charts.cycle import CycleSpec
from journal_app.charts.render import CHART_DPI, Chart, ChartSpec, Picture

Spec = ChartSpec | CycleSpec  # a chart to build: one of the Patterns charts, or one of the cycle's


def chart_text(text: str) -> str:
    """The `translate` for journal_app.charts builders: their text is marked in the "Charts" context.
    (QCoreApplication.translate is thread-safe: the builders call it on a worker.)"""
    return QCoreApplication.translate("Charts", text)


MIN_HEIGHT = 240  # the canvas's least height at the usual text size; larger text asks for more
USUAL_SCALE = 0.864  # text_scale() of a 9-point font at 96 dots per inch
RESIZE_MS = 150  # a new size is drawn once it has held this long (a window being dragged is drawn once)
SUMMARY_LINES = 3  # the least room the chart's summary keeps below it, in lines
NATURAL = QSize(800, 400)  # the canvas's size hint: the charts' usual size (charts/base.py new_figure)
DPR_CHANGE = getattr(QEvent.Type, "DevicePixelRatioChange", None)  # Qt 6.6+: moved to another screen


def text_scale(logical_dpi: float = 96.0) -> float:
    """The chart font scale that draws chart body text (10 points at scale 1) as large as the app's text."""
    font = QApplication.font()
    pixels = font.pointSizeF() * logical_dpi / 72 if font.pointSizeF() > 0 else max(font.pixelSize(), 1)
    return round(pixels / (10 * CHART_DPI / 72), 3)


_frozen: list[bool] = []


def freeze_long_lived() -> None:
    """Once per process, before the window's first chart is built: what is alive now (modules, matplotlib,
    the open journal) stays for the app's life, so gc.freeze takes it out of the cycle collector's sight
    (frozen objects are still freed when nothing refers to them; only the collector skips them). The young
    garbage is collected first; no figure exists yet, so none is kept by mistake (a figure is cyclic garbage
    once replaced, and the collector never looks at frozen objects again)."""
    if not _frozen:
        _frozen.append(True)
        gc.collect(1)
        gc.freeze()


def collect_between_charts() -> None:
    """Keep the cycle collector's pauses short while charts come and go (issue 17). A full collection runs on
    whichever thread happens to allocate and holds the GIL throughout, so the window cannot answer meanwhile:
    on a busy machine one took 200-600 ms on the worker drawing a chart. After freeze_long_lived the
    collector's generations hold little besides the charts no longer shown (a figure is a few thousand
    objects in reference cycles): collected one chart at a time (the window calls this each time it shows a
    new one) that takes a few milliseconds, where the collector left to itself waits for a dozen and then
    holds the GIL for them all at once."""
    if _frozen:
        gc.collect()


def to_image(picture: Picture) -> QImage:
    """The picture as a QImage ready to paint (QImage may be made on any thread; its own copy of the pixels,
    converted once to the format the window paints fastest)."""
    image = QImage(picture.rgba, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGBA8888)
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(picture.ratio)
    return image


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


class ChartCanvas(QWidget):
    """Paints the chart's picture (stretched to fit while a new size is being drawn) and passes the pointer
    on to its ChartView."""

    def __init__(self, owner: ChartView) -> None:
        super().__init__()
        self.owner = owner
        self.image: QImage | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return NATURAL  # the same for every chart: a tab change never moves the layout (nor redraws)

    def minimumSizeHint(self) -> QSize:
        return QSize(10, 10)

    def picture_point(self, pos: QPointF) -> QPointF:
        """A point of this widget in the shown picture's logical pixels (they differ while a new size is
        being drawn)."""
        picture = self.owner.picture
        if picture is None or self.width() <= 0 or self.height() <= 0:
            return pos
        width, height = picture.size
        return QPointF(pos.x() * width / self.width(), pos.y() * height / self.height())

    def widget_point(self, x: float, y: float) -> QPointF:
        """The inverse of picture_point: a point of the picture (logical pixels) on this widget."""
        picture = self.owner.picture
        if picture is None:
            return QPointF(x, y)
        width, height = picture.size
        return QPointF(x * self.width() / width, y * self.height() / height)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self.image is None:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.rect(), self.image)
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        self.owner.pointer_at(self.picture_point(event.position()))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.pressed_at(self.picture_point(event.position()))

    def leaveEvent(self, event) -> None:
        self.owner.set_hover("")
        super().leaveEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.owner.refit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.owner.refit()

    def event(self, event: QEvent) -> bool:
        if DPR_CHANGE is not None and event.type() == DPR_CHANGE:
            self.owner.refit()
        return super().event(event)


class ChartView(QWidget):
    # a bar, heatmap day or matrix cell was clicked; carries a charts.Pick
    picked = Signal(object)
    # the exact value under the pointer changed; carries its text ("" when nothing is under it)
    hovered = Signal(str)
    # a newly drawn picture is on screen; carries the render.Picture
    shown = Signal(object)
    # a chart was saved (on a worker when `background`); carries its Path, or None when it could not be
    saved = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # True: charts are built, drawn and saved on a worker (operations); the window's view sets it
        self.background = False
        self.picture: Picture | None = None
        self.alt_text = ""
        self.hover_text = ""
        self.name = "chart"
        # the journal's folder (a chart is never saved into it); None: the window's journal, else the default
        self.data_dir: Path | None = None
        # what should be on screen: a chart to build (ChartSpec) or one built (Chart, drawn again on resize)
        self._source: Spec | Chart | None = None
        self._wanted_name = "chart"
        self._scale: float | None = None  # a text scale asked for since the chart was built (rescale_text)
        self._asked: tuple[int, int, float] | None = None  # the size and pixel ratio last asked for
        self._key = f"chart:{id(self)}"
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self._request)
        self.canvas = ChartCanvas(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setAccessibleName(self.tr("Chart"))
        self.canvas.setMinimumHeight(MIN_HEIGHT)
        self.summary = SummaryLabel()
        self.summary.setMargin(3)  # room for the focus rectangle
        self.summary.setWordWrap(True)
        # the chart in words: a Tab stop after the chart tabs, so keyboard and screen-reader users reach it
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAccessibleName(self.tr("Chart summary"))
        self._summary_floor(reset=True)
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
        self._layout.addWidget(self.canvas, 1)
        self._layout.addLayout(bottom)

    # -- what is shown -----------------------------------------------------------------------------
    @property
    def figure(self):
        """The shown chart's matplotlib Figure (None before the first picture). Drawn on workers: read it, do
        not draw it here."""
        return self.picture.chart.figure if self.picture is not None else None

    @property
    def busy(self) -> bool:
        """A chart asked for is still being built or drawn."""
        from journal_app.ui.common import operations

        return self._soon.isActive() or operations.pending(self._key) is not None

    def show_chart(self, spec: Spec, name: str = "chart") -> None:
        """Build and show the chart `spec` names (on a worker when `background`)."""
        self._want(spec, name, spec.theme.scale)

    def show_figure(self, figure, alt_text: str, name: str = "chart") -> None:
        """Show a ready-made matplotlib Figure with its text alternative (drawn on a worker when `background`)."""
        chart = Chart(figure, alt_text)
        self._want(chart, name, chart.scale)

    def rescale_text(self, scale: float) -> None:
        """The app's text size changed: the same chart, its text at `scale` (see text_scale)."""
        source = self._source
        if isinstance(source, ChartSpec | CycleSpec):  # not built yet: build it at the new size
            if source.theme.scale != scale:
                from dataclasses import replace

                self._want(replace(source, theme=replace(source.theme, scale=scale)), self._wanted_name, scale)
        elif (isinstance(source, Chart) and isinstance(source.figure, charts.ChartFigure)
              and (self._scale if self._scale is not None else source.scale) != scale):
            self._want(source, self._wanted_name, scale, rescale=True)

    def _want(self, source: Spec | Chart, name: str, scale: float, rescale: bool = False) -> None:
        from journal_app.ui.common import operations

        operations.drop(self._key)  # whatever is still being drawn is no longer wanted
        self._source, self._wanted_name = source, name
        self._scale = scale if rescale else None
        self._fit_minimum(scale)
        if self.background:
            self._soon.start(0)  # once the layout has settled: drawn at the size it will be shown at
        else:
            self._request()

    def _fit_minimum(self, scale: float) -> None:
        """Room for large text: below this the axes would have no height left beside labels and legend."""
        self.canvas.setMinimumHeight(round(MIN_HEIGHT * max(1.0, scale / USUAL_SCALE)))

    def refit(self) -> None:
        """The canvas's size or pixel ratio changed: draw the chart again once the new size has held."""
        if self._asked is not None and self.canvas.width() != self._asked[0]:
            self._summary_floor(reset=True)  # another width: the summary's lines wrap anew
        if self._source is not None and self._asked is not None and self._target() != self._asked:
            self._soon.start(max(self._soon.remainingTime(), RESIZE_MS) if self._soon.isActive() else RESIZE_MS)

    def _target(self) -> tuple[int, int, float]:
        return self.canvas.width(), self.canvas.height(), self.canvas.devicePixelRatioF() or 1.0

    def _request(self) -> None:
        """Ask for the wanted chart drawn at the canvas's size: at once, or on a worker (the newest asked
        supersedes any still being drawn)."""
        self._soon.stop()
        source, scale, name = self._source, self._scale, self._wanted_name
        if source is None:
            return
        width, height, ratio = self._asked = self._target()
        laid_out = self.canvas.isVisible() and width > 10 and height > 10
        size = (width, height) if laid_out else (None, None)

        def work(tick) -> tuple[Spec | Chart, Picture, QImage, str]:
            chart = source if isinstance(source, Chart) else Chart.build(source)
            tick(1, 3)  # a newer request came meanwhile: stop here
            w, h = size if size[0] is not None else chart.natural_size
            picture = chart.draw(w, h, ratio, scale)
            image = to_image(picture)
            tick(2, 3)
            # the image holds the pixels now: the picture kept beside it (hover, click, save) needs none of its own
            return source, replace(picture, rgba=b""), image, name

        if not self.background:
            self._arrived(work(lambda _done, _total: None))
            return
        from journal_app.ui.common import operations

        freeze_long_lived()
        self.canvas.setCursor(Qt.CursorShape.BusyCursor)
        operations.run(self, work, self._arrived, self._failed, key=self._key)

    def _arrived(self, answer: object) -> None:
        if not isinstance(answer, tuple):
            return
        source, picture, image, name = answer
        if source is not self._source:  # asked for before the chart now wanted (never delivered on a worker)
            return
        self.picture, self.alt_text, self.name = picture, picture.alt_text, name
        self._source, self._scale = picture.chart, None  # built: from now on a resize draws this chart again
        self.canvas.image = image
        self.canvas.setAccessibleDescription(picture.alt_text)
        self.summary.setText(picture.alt_text)
        self.summary.setAccessibleDescription(picture.alt_text)  # the name alone would hide it from screen readers
        self._summary_floor()
        self.save_button.setEnabled(True)
        self.canvas.unsetCursor()
        self.pointer_at(self.canvas.picture_point(QPointF(self.canvas.mapFromGlobal(QCursor.pos())))
                        if self.canvas.underMouse() else None)
        self.canvas.update()
        if self.background:
            collect_between_charts()
        self.shown.emit(picture)
        self.refit()  # resized while it was drawn: draw it again at the size it has now

    def _summary_floor(self, reset: bool = False) -> None:
        """The summary keeps the most room its texts have needed at this width (at least SUMMARY_LINES): a
        shorter text on the next tab does not grow the chart by a line, which would draw it all again."""
        label = self.summary
        lines = label.fontMetrics().lineSpacing() * SUMMARY_LINES + 2 * label.margin()
        width = label.width() if label.isVisible() else self.width()
        needed = label.heightForWidth(width) if label.text() and width > 0 else 0
        label.setMinimumHeight(max(lines, needed, 0 if reset else label.minimumHeight()))

    def _failed(self, message: str) -> None:
        """The chart could not be drawn: said calmly in place of the chart (never a stale one)."""
        self.canvas.unsetCursor()
        if not message:
            return
        self.picture, self.canvas.image, self.alt_text = None, None, message
        self.canvas.update()
        self.canvas.setAccessibleDescription(message)
        self.summary.setText(message)
        self.summary.setAccessibleDescription(message)
        self.save_button.setEnabled(False)

    def clear(self) -> None:
        from journal_app.ui.common import operations

        operations.drop(self._key)
        self._soon.stop()
        self._source = self.picture = self._asked = None
        self.canvas.image = None
        self.canvas.unsetCursor()
        self.canvas.update()
        self.canvas.setAccessibleDescription("")
        self.alt_text = ""
        self.summary.clear()
        self.summary.setAccessibleDescription("")
        self.save_button.setEnabled(False)
        self.set_hover("")

    # -- pointer -----------------------------------------------------------------------------------
    def hit(self, x: float, y: float) -> charts.Hit | None:
        """What is under (x, y) of the shown picture (logical pixels from its top left)."""
        return self.picture.hit(x, y) if self.picture is not None else None

    def pointer_at(self, pos: QPointF | None) -> None:
        hit = self.hit(pos.x(), pos.y()) if pos is not None else None
        self.set_hover(hit.text if hit else "")

    def set_hover(self, text: str) -> None:
        if text == self.hover_text:
            return
        self.hover_text = text
        if text:
            QToolTip.showText(QCursor.pos(), text, self.canvas)
            self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            if not self.busy:
                self.canvas.unsetCursor()
        self.canvas.setToolTip(text)
        self.hovered.emit(text)

    def pressed_at(self, pos: QPointF) -> None:
        hit = self.hit(pos.x(), pos.y())
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

    def _ask_target(self, data_dir: Path) -> Path | None:
        """Where to save (never inside the journal's folder), with a .png or .svg ending."""
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

        return choose_file(self, ask, data_dir, "chart")

    def save(self) -> Path | None:
        """Ask where, then write the chart as PNG or SVG (by the chosen type or the name's ending) as shown:
        0600 and all at once, through the exports' one writer (the SVG carries the chart's text). With
        `background`, the writing happens on a worker: the path is returned at once and `saved` says when it
        is there (a failure is said in a message box)."""
        picture = self.picture
        if picture is None:
            return None
        from journal_app.core.errors import JournalError
        from journal_app.core.files import write_atomic

        data_dir = self.data_folder()
        target = self._ask_target(data_dir)
        if target is None:
            return None
        kind = target.suffix[1:].lower()
        metadata = {"Title": picture.alt_text[:200]} if kind == "svg" else None
        chart, size, ratio = picture.chart, picture.size, picture.ratio

        def write() -> Path:
            write_atomic(target, lambda stream: chart.save(stream, kind, size, ratio, metadata),
                         data_dir=data_dir, what="chart")
            return target

        if self.background:
            from journal_app.ui.common import operations

            operations.run(self, write, self.saved.emit, self._not_saved)
            return target
        try:
            write()
        except JournalError as exc:
            self._not_saved(str(exc))
            return None
        self.saved.emit(target)
        return target

    def _not_saved(self, message: str) -> None:
        if message:
            QMessageBox.warning(self, self.tr("Chart not saved"), message)  # names the file and why
        self.saved.emit(None)
