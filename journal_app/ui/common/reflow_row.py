"""A row of parts side by side that wraps onto more rows when the window is too narrow for all of them.

The editor's header (when, prompts, share) and its details (triggers, what I did, people) sit side by side on a
wide window. Laid out by a plain QHBoxLayout they made the editor at least ~730 px wide, so at the default window
size the entry list was squeezed to a third of its width (and further in German, whose labels are longer). Here
each part keeps its own smallest width; the row only asks for the widest part's, and when the parts do not fit
side by side it puts as many on a line as fit, the rest below."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QGridLayout, QLayout, QSizePolicy, QWidget


class ReflowRow(QWidget):
    """`parts` side by side (with thin lines between them when `lines`), wrapping when narrow. A part given
    as None is a stretch that pushes the parts after it to the right while they share a line."""

    def __init__(self, parts: list[QWidget | None], *, lines: bool = False, spacing: int = 6,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = [p for p in parts if p is not None]
        self._stretch_before = {i for i, p in enumerate(self._filled_index(parts)) if p}
        self._lines: list[QFrame] = []
        if lines:
            for _ in range(len(self._parts) - 1):
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                self._lines.append(line)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # narrower than side by side
        self._per_line = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._arrange(len(self._parts))

    @staticmethod
    def _filled_index(parts: list[QWidget | None]) -> list[bool]:
        """For each real part: whether a stretch (None) comes right before it."""
        out: list[bool] = []
        pending = False
        for p in parts:
            if p is None:
                pending = True
            else:
                out.append(pending)
                pending = False
        return out

    def per_line(self) -> int:
        """How many parts share a line now (all of them when the row is wide enough)."""
        return self._per_line

    def _fits(self, width: int) -> int:
        """How many parts fit on one line at `width` (at least one)."""
        spacing = self._grid.spacing()
        line_w = max((ln.sizeHint().width() for ln in self._lines), default=0) + spacing if self._lines else 0
        best = 1
        for n in range(len(self._parts), 0, -1):
            # every run of n consecutive parts must fit
            ok = True
            for start in range(0, len(self._parts), n):
                run = self._parts[start:start + n]
                need = sum(p.minimumSizeHint().width() for p in run) + (len(run) - 1) * (spacing + line_w)
                if need > width:
                    ok = False
                    break
            if ok:
                best = n
                break
        return best

    def _arrange(self, per_line: int) -> None:
        if per_line == self._per_line:
            return
        self._per_line = per_line
        while self._grid.count():
            self._grid.takeAt(0)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 0)
        for line in self._lines:
            line.hide()
        for i, part in enumerate(self._parts):
            row, slot = divmod(i, per_line)
            col = slot * 2
            if slot and self._lines:
                line = self._lines[i - 1]
                self._grid.addWidget(line, row, col - 1)
                line.show()
            self._grid.addWidget(part, row, col)
        for slot in range(per_line):
            self._grid.setColumnStretch(slot * 2, 1)
        if self._stretch_before and per_line > 1:
            # a stretch before a part: the column before it takes the spare width, so it sits to the right
            for i in self._stretch_before:
                if i % per_line:
                    self._grid.setColumnStretch((i % per_line) * 2 - 2, 100)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        base = super().minimumSizeHint()
        narrowest = max((p.minimumSizeHint().width() for p in self._parts), default=0)
        return QSize(narrowest, base.height())

    def resizeEvent(self, event) -> None:
        self._arrange(self._fits(event.size().width()))
        super().resizeEvent(event)
