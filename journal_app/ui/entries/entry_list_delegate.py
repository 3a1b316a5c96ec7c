"""Paints one entry in the list: date, heading, a snippet (matched words highlighted) and trigger chips."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal_app.core import i18n
from journal_app.models.values import MATCH_END, MATCH_START, EntryRow, TriggerChip, plain_markdown
from journal_app.ui.common.formatting import chip_text, short_when, text_colour_on
from journal_app.ui.entries.entry_list_model import ROW_ROLE, untitled

PAD = 10
CHIP_H = 18
CHIP_GAP = 6
MIN_CHIP = 48  # narrower than this a chip's name cannot be read: "+N" says it is there
SNIPPET_LEAD = 0.3  # at most this share of the line comes before the word found
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


def trim_to_match(marked: str, keep_before: int) -> str:
    """A marked snippet cut at the front so that at most `keep_before` characters come before its first
    matching word (starting on a word boundary, after "…"): a list line that shows only the start of the
    snippet then still shows the word that was found. A snippet without a match is returned as it is."""
    at = marked.find(MATCH_START)
    keep_before = max(keep_before, 0)
    if at < 0:
        return marked
    lead = marked[:at]
    if len(lead.removeprefix("…")) <= keep_before:
        return marked
    space = lead.find(" ", len(lead) - keep_before - 1)  # start after a space, never inside a word
    start = space + 1 if space >= 0 else at
    return "…" + marked[start:].lstrip()


def fitting_when(occurred_at, fm: QFontMetrics, width: int) -> str:
    """When it happened in the chosen date format; on a narrow line without the weekday, then in the short
    numeric format, before anything is cut off."""
    full = short_when(occurred_at)
    local = occurred_at.astimezone()
    weekday = i18n.weekday_name(local.weekday())
    tries = [full]
    if full.startswith(weekday):  # the long format: "5 December 2026, 21:14", then "5 Dec 2026, 21:14"
        tries.append(full[len(weekday):].lstrip(", "))
        tries.append(f"{i18n.short_date(local.date())}, {local:%H:%M}")
    for text in tries:
        if fm.horizontalAdvance(text) <= width:
            return text
    return fm.elidedText(tries[-1], Qt.TextElideMode.ElideRight, width)


def small_font(base: QFont) -> QFont:
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
    return small


@dataclass(frozen=True)
class RowLayout:
    """One row as painted: the inner rectangle, a line's height and what goes where."""

    rect: QRect
    line_h: int
    when: str
    when_rect: QRect
    share: str  # "may share", or "" for a private entry
    share_rect: QRect
    heading: str
    top3: int
    snippet: str | None  # the search snippet as shown (cut so the match is on the line)
    chips: list[tuple[TriggerChip, str, QRect]]  # shown chips, strongest first: chip, label, where
    more: str  # "+N" for the chips that did not fit, or ""
    more_rect: QRect


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

    def layout(self, option: QStyleOptionViewItem, row: EntryRow) -> RowLayout:
        """Where everything of one row goes in `option.rect`, and the words shown (also read by tests)."""
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        base_font = QFont(option.font)
        fm = QFontMetrics(base_font)
        line_h = fm.height()
        small = small_font(base_font)
        sfm = QFontMetrics(small)

        # line 1: when, and "may share" kept whole at the right (the date gives way first)
        share, share_rect = "", QRect()
        width = rect.width()
        if row.shared:
            share = QCoreApplication.translate("EntryListDelegate", "may share")
            share_w = sfm.horizontalAdvance(share) + 2
            share_rect = QRect(rect.right() + 1 - share_w, rect.top(), share_w, line_h)
            width = max(width - share_w - sfm.horizontalAdvance("  "), 0)
        when = fitting_when(row.occurred_at, sfm, width)
        when_rect = QRect(rect.left(), rect.top(), width, line_h)

        bold = QFont(base_font)
        bold.setBold(True)
        heading = QFontMetrics(bold).elidedText(row.heading or untitled(), Qt.TextElideMode.ElideRight, rect.width())

        # line 3: the snippet, cut at the front so the word found is on the line
        top3 = rect.top() + 2 * line_h + 2
        snippet = None
        if row.snippet:
            keep = int(rect.width() * SNIPPET_LEAD / max(fm.averageCharWidth(), 1))
            snippet = trim_to_match(row.snippet, keep)

        # line 4: the chips, strongest first; "+N" for those that do not fit
        y = top3 + line_h + 4
        chips = sorted(row.triggers, key=lambda c: -1 if c.intensity is None else c.intensity, reverse=True)
        placed: list[tuple[TriggerChip, str, QRect]] = []
        more, more_rect = "", QRect()
        x = rect.left()
        for i, chip in enumerate(chips):
            left_over = len(chips) - i - 1
            tail = sfm.horizontalAdvance(f"+{left_over}") + 14 + CHIP_GAP if left_over else 0
            label = chip_text(chip.name, chip.intensity)
            w = sfm.horizontalAdvance(label) + 14
            room = rect.right() + 1 - x - tail
            if w > room:
                if placed or room < MIN_CHIP:
                    break
                label = sfm.elidedText(label, Qt.TextElideMode.ElideMiddle, room - 14)
                w = sfm.horizontalAdvance(label) + 14
            placed.append((chip, label, QRect(x, y, w, CHIP_H)))
            x += w + CHIP_GAP
        hidden = len(chips) - len(placed)
        if hidden:
            more = f"+{hidden}"
            more_rect = QRect(x, y, sfm.horizontalAdvance(more) + 14, CHIP_H)
        return RowLayout(rect, line_h, when, when_rect, share, share_rect, heading, top3, snippet, placed, more,
                         more_rect)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row: EntryRow | None = index.data(ROW_ROLE)
        if row is None:
            return self._paint_loading(painter, option, index)
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
        lay = self.layout(option, row)
        rect, line_h = lay.rect, lay.line_h
        base_font = QFont(option.font)
        small = small_font(base_font)

        # line 1: when, and a note when it may be shared
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(lay.when_rect, Qt.AlignmentFlag.AlignLeft, lay.when)
        if lay.share:
            painter.setPen(fg)
            painter.drawText(lay.share_rect, Qt.AlignmentFlag.AlignRight, lay.share)

        # line 2: heading
        bold = QFont(base_font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(fg)
        painter.drawText(
            QRect(rect.left(), rect.top() + line_h, rect.width(), line_h), Qt.AlignmentFlag.AlignLeft, lay.heading
        )

        # line 3: snippet (search) or the text after the heading
        self._paint_line3(painter, lay, row.rest, base_font, muted, selected)

        # line 4: trigger chips, strongest first, and how many more
        painter.setFont(small)
        self._paint_chips(painter, lay, muted, fg)

        # separator
        painter.setPen(QColor(muted.red(), muted.green(), muted.blue(), 40))
        painter.drawLine(
            option.rect.left() + PAD, option.rect.bottom(), option.rect.right() - PAD, option.rect.bottom()
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._paint_focus(painter, option, selected)
        painter.restore()

    def _paint_loading(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        """A row whose page is still being read: a quiet "Loading…" where its heading will be."""
        painter.save()
        muted = QColor(option.palette.color(QPalette.ColorRole.Text))
        muted.setAlphaF(0.5)
        painter.setPen(muted)
        painter.setFont(option.font)
        line_h = QFontMetrics(option.font).height()
        rect = option.rect.adjusted(PAD, PAD + line_h, -PAD, -PAD)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._paint_focus(painter, option, False)
        painter.restore()

    @staticmethod
    def _paint_line3(
        painter: QPainter, lay: RowLayout, rest: str, base_font: QFont, muted: QColor, selected: bool
    ) -> None:
        """The search snippet (its matches highlighted), or the text after the heading."""
        if lay.snippet:
            highlight = QColor("#F0E442") if not selected else QColor("#B8A800")
            doc = QTextDocument()
            doc.setDefaultFont(base_font)
            doc.setDocumentMargin(0)
            colour = muted.name(QColor.NameFormat.HexArgb)
            doc.setHtml(f'<div style="color:{colour}">{snippet_html(lay.snippet, highlight)}</div>')
            doc.setTextWidth(10_000)
            painter.save()
            painter.translate(lay.rect.left(), lay.top3)
            doc.drawContents(painter, QRectF(0, 0, lay.rect.width(), lay.line_h))
            painter.restore()
        else:
            painter.setFont(base_font)
            painter.setPen(muted)
            painter.drawText(
                QRect(lay.rect.left(), lay.top3, lay.rect.width(), lay.line_h),
                Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(base_font).elidedText(rest, Qt.TextElideMode.ElideRight, lay.rect.width()),
            )

    @staticmethod
    def _paint_chips(painter: QPainter, lay: RowLayout, muted: QColor, fg: QColor) -> None:
        """The trigger chips in their colours, then "+n" for those that did not fit."""
        for chip, label, chip_rect in lay.chips:
            fill = QColor(chip.colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(chip_rect), CHIP_H / 2, CHIP_H / 2)
            painter.setPen(text_colour_on(fill))
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, label)
        if lay.more:
            painter.setPen(QPen(muted, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(lay.more_rect).adjusted(0.5, 0.5, -0.5, -0.5), CHIP_H / 2, CHIP_H / 2)
            painter.setPen(fg)
            painter.drawText(lay.more_rect, Qt.AlignmentFlag.AlignCenter, lay.more)

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
