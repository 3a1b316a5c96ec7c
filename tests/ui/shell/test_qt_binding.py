"""The Qt binding keeps Python's books: calling Qt methods that return nothing must not take references from
None. PySide6 6.12.0 on Python 3.11 does (one per call), so a long session or a long PDF export ended with
"Fatal Python error: deallocating None"; pyproject.toml keeps it out. This fails if such a release comes back."""

import gc
import sys

import pytest
from PySide6.QtGui import QFont, QImage, QPainter, QTextBlockFormat, QTextCursor, QTextDocument

pytestmark = pytest.mark.gui


def test_void_qt_calls_leave_none_alone(qapp):
    fmt = QTextBlockFormat()
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    document = QTextDocument()
    document.setPlainText("one\ntwo")
    block = document.begin()
    gc.collect()
    gc.disable()  # no unrelated garbage (and its references to None) is collected during the count
    before = sys.getrefcount(None)
    for _ in range(1000):
        fmt.setBottomMargin(0)
        painter.setFont(QFont())
        painter.save()
        painter.restore()
        QTextCursor(block).setBlockFormat(fmt)
        block.textList()
    after = sys.getrefcount(None)
    gc.enable()
    painter.end()
    assert after - before > -100, f"{before - after} references to None lost in 5,000 calls"
