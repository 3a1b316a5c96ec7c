"""Paints one entry in the list: date, heading, a snippet (matched words highlighted) and trigger chips."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal_app.models.values import MATCH_END, MATCH_START, EntryRow, plain_markdown
from journal_app.ui.entry_list_model import ROW_ROLE, untitled
from journal_app.ui.formatting import chip_text, short_when, text_colour_on

PAD = 10
CHIP_H = 18
MIN_WIDTH = 120
FOCUS_PEN = 2.0  # the frame around the entry the keyboard is on


def snippet_html(snippet: str, highlight: QColor) -> str:
    """Leave out Markdown markers, escape the user's text, then turn the match markers into a highlighted
    span."""
    flat = " ".join(plain_markdown(snippet).split())
    escaped = html.escape(flat).replace(
        MATCH_START, f'<span style="background-color:{highlight.name()};font-weight:600">'
    )
    return escaped.replace(MATCH_END, "</span>")


class EntryListDelegate(QStyledItemDelegate):
    """Paints the rows of the entry list; built with the list as its parent, it also tells screen readers
    what the list holds."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        if isinstance(parent, QAbstractItemView) and not parent.accessibleDescription():
            parent.setAccessibleDescription(
                QCoreApplication.translate(
                    "EntryListDelegate",
                    "Your entries, newest first: each shows when it happened, its title or first words, and its "
                    "triggers. Arrow keys move through them; the entry you move to opens in the editor.",
                )
            )

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(
            MIN_WIDTH, PAD * 2 + fm.height() * 3 + CHIP_H + 10
        )  # as wide as the list: no sideways scroll

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: EntryRow | None = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        fg = palette.color(text_role)
        muted = QColor(fg)
        muted.setAlphaF(0.65)

        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        base_font = QFont(option.font)
        fm = QFontMetrics(base_font)
        line_h = fm.height()

        # line 1: when, and a note when it may be shared
        small = QFont(base_font)
        small.setPointSizeF(max(base_font.pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        painter.setPen(muted)
        when = short_when(row.occurred_at)
        if row.shared:
            when = QCoreApplication.translate("EntryListDelegate", "{when}  ·  may share").format(when=when)
        when = painter.fontMetrics().elidedText(when, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line_h), Qt.AlignmentFlag.AlignLeft, when
        )

        # line 2: heading
        bold = QFont(base_font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(fg)
        heading = QFontMetrics(bold).elidedText(
            row.heading or untitled(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top() + line_h, rect.width(), line_h), Qt.AlignmentFlag.AlignLeft, heading
        )

        # line 3: snippet (search) or the text after the heading
        top3 = rect.top() + 2 * line_h + 2
        if row.snippet:
            highlight = QColor("#F0E442") if not selected else QColor("#B8A800")
            doc = QTextDocument()
            doc.setDefaultFont(base_font)
            doc.setDocumentMargin(0)
            colour = muted.name(QColor.NameFormat.HexArgb)
            doc.setHtml(f'<div style="color:{colour}">{snippet_html(row.snippet, highlight)}</div>')
            doc.setTextWidth(10_000)
            painter.save()
            painter.translate(rect.left(), top3)
            doc.drawContents(painter, QRectF(0, 0, rect.width(), line_h))
            painter.restore()
        else:
            preview = row.rest
            painter.setFont(base_font)
            painter.setPen(muted)
            painter.drawText(
                QRect(rect.left(), top3, rect.width(), line_h),
                Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(preview, Qt.TextElideMode.ElideRight, rect.width()),
            )

        # line 4: trigger chips
        x = rect.left()
        y = top3 + line_h + 4
        painter.setFont(small)
        sfm = QFontMetrics(small)
        for chip in row.triggers:
            label = chip_text(chip.name, chip.intensity)
            w = sfm.horizontalAdvance(label) + 14
            if x + w > rect.right():
                painter.setPen(muted)
                painter.drawText(QRect(x, y, 30, CHIP_H), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            colour = QColor(chip.colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x, y, w, CHIP_H), CHIP_H / 2, CHIP_H / 2)
            painter.setPen(text_colour_on(colour))
            painter.drawText(QRect(x, y, w, CHIP_H), Qt.AlignmentFlag.AlignCenter, label)
            x += w + 6

        # separator
        painter.setPen(QColor(muted.red(), muted.green(), muted.blue(), 40))
        painter.drawLine(
            option.rect.left() + PAD, option.rect.bottom(), option.rect.right() - PAD, option.rect.bottom()
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._paint_focus(painter, option, selected)
        painter.restore()

    @staticmethod
    def _paint_focus(painter: QPainter, option: QStyleOptionViewItem, selected: bool) -> None:
        """A clear frame around the entry the keyboard is on (in the text colour on the selection, else in the
        selection colour), so keyboard users always see where they are."""
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        pen = QPen(option.palette.color(role), FOCUS_PEN)
        pen.setStyle(Qt.PenStyle.DashLine if selected else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FOCUS_PEN / 2 + 1
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3)
