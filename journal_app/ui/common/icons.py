"""The app's icons: simple line drawings in resources/icons/*.svg (24×24, drawn in one grey), rendered at
whatever size and pixel density they are shown at, so they stay sharp on high-DPI screens. Each is drawn in a
grey that reads on the current palette: the file's grey on a light window, a light grey on a dark one (decided
at paint time, so a theme switch repaints them right); a disabled icon is fainter."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journal_app.core.paths import resources_dir

NAMES = (
    "new-entry",
    "save",
    "trash",
    "patterns",
    "triggers",
    "lock",
    "calendar",
    "export",
    "sessions",
    "search",
    "quick-capture",
    "settings",
    "help",
)
DRAWN = "#5f6368"  # the grey every icon file is drawn in; reads on light windows
ON_DARK = "#c8cbd0"  # the same drawings on a dark window
DISABLED_OPACITY = 0.4


def icons_dir() -> Path:
    return resources_dir() / "icons"


@lru_cache(maxsize=64)
def _svg(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    if name not in NAMES and not path.is_file():
        raise KeyError(f"There is no icon called {name!r}.")
    return path.read_text(encoding="utf-8")


def _on_dark() -> bool:
    from journal_app.ui.common.theme import is_dark

    return QGuiApplication.instance() is not None and is_dark(QGuiApplication.palette())


class TintedSvgEngine(QIconEngine):
    """Draws one SVG in the grey that suits the current palette, at any size."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._renderers: dict[bool, QSvgRenderer] = {}

    def renderer(self, dark: bool) -> QSvgRenderer:
        if dark not in self._renderers:
            text = _svg(self.name)
            if dark:
                text = text.replace(DRAWN, ON_DARK)
            self._renderers[dark] = QSvgRenderer(QByteArray(text.encode("utf-8")))
        return self._renderers[dark]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        renderer = self.renderer(_on_dark())
        if mode != QIcon.Mode.Disabled:
            renderer.render(painter, square)
            return
        # fainter as a whole (drawn first, then faded, so crossing lines do not add up)
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        full = QPixmap(max(round(side * scale), 1), max(round(side * scale), 1))
        full.fill(Qt.GlobalColor.transparent)
        inner = QPainter(full)
        inner.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(inner, QRectF(0, 0, full.width(), full.height()))
        inner.end()
        full.setDevicePixelRatio(scale)
        painter.save()
        painter.setOpacity(painter.opacity() * DISABLED_OPACITY)
        painter.drawPixmap(square.toRect(), full)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(max(round(size.width() * scale), 1), max(round(size.height() * scale), 1))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return QSize(size)

    def isNull(self) -> bool:
        return not self.renderer(False).isValid()

    def key(self) -> str:
        return "journal-tinted-svg"

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name)


def icon(name: str) -> QIcon:
    """The icon called `name` (one of NAMES), e.g. icon("lock")."""
    _svg(name)  # a wrong name fails here, not as an empty button later
    return QIcon(TintedSvgEngine(name))
