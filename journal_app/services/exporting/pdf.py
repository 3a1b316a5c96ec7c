"""The therapist summary as a PDF of real text (QTextDocument painted on a QPdfWriter), with the charts as
images and a footer on every page. The one Qt module outside journal_app/ui: Qt already lays out rich text,
breaks pages and writes PDF, so the app needs no PDF library of its own."""

from __future__ import annotations

import html
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from journal_app.core.i18n import trans, translate
from journal_app.services.exporting.markdown import (
    WORDS_PRIVATE,
    capitalised,
    change_text,
    entries_text,
    entry_facts,
    entry_heading,
    level_text,
    prepared_text,
    previous_cell,
    summary_chart_words,
)
from journal_app.services.exporting.summary import Summary, SummaryEntry

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtPrintSupport import QPrinter

Chart = tuple[str, QImage, str]  # (key, image, text alternative)
CYCLE_PREFIX = "cycle-"  # the keys of the cycle's figures, drawn on its page (cycle_html.py)
Tick = Callable[[int, int], None]  # (done, total): progress between pieces of work; may raise to stop it

CREATOR = "Relationship Patterns Journal"
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 18.0
RESOLUTION = 300  # device pixels per inch of the PDF's coordinates (the text stays vector text)
CHART_DPI = 150
CHART_HEIGHT_SCALE = 0.8  # a little flatter than on screen, so more fit on a page (widths stay: legends fit)
FIT_SCALES = (0.95, 0.9, 0.85, 0.8)  # how much smaller the first chart may be drawn to stay on page 1
CSS_DPI = 96  # CSS pixels per inch: what <img width="..."> and margins in px count in
FOOTER_PT = 8
LAYOUT_PIECE = 20_000  # characters of entries' HTML laid out at a time (one Qt call holds the GIL; see _lay_out)
PAGES_A_TICK = 20  # progress is told every this many pages drawn
SETTLE_PASSES = 5  # at most this many looks for headings and paragraphs to move (see _settle)
PREVIEW_ENTRIES = 25  # the preview's document takes the entries this many at a time (see preview_document)
PREVIEW_INCHES = 6.0  # the preview's text width: the charts fit the dialog without sideways scrolling
# Paper is paper: dark text on white whatever the window's theme. The window's palette (a dark theme's
# near-white text) never reaches the page: every element has its colour here, and the pages, the print and the
# preview are drawn with PAPER_PALETTE.
INK = "#1f1f1f"
PAPER = "#ffffff"
GREY = "#555555"
HEADER_ROW = "#eeeeee"
NO_COLOUR = "#7F7F7F"
STYLE = f"""
body {{ font-size: 10pt; color: {INK}; background-color: {PAPER}; }}
h1 {{ font-size: 18pt; font-weight: bold; margin-top: 0; margin-bottom: 4px; color: {INK}; }}
h2 {{ font-size: 13pt; font-weight: bold; margin-top: 18px; margin-bottom: 6px; color: {INK}; }}
h3 {{ font-size: 11pt; font-weight: bold; margin-top: 16px; margin-bottom: 3px; color: {INK}; }}
p {{ margin-top: 0; margin-bottom: 6px; color: {INK}; }}
ul, li {{ color: {INK}; }}
li {{ margin-bottom: 2px; }}
table, tr, td {{ color: {INK}; }}
.meta {{ color: {GREY}; }}
.small {{ font-size: 8pt; color: {GREY}; }}
.words {{ white-space: pre-wrap; }}
.private {{ font-style: italic; color: {GREY}; }}
th {{ font-weight: bold; text-align: left; color: {INK}; background-color: {HEADER_ROW}; }}
"""

# Qt finds line breaks in a paragraph in time that grows with the square of its longest unbroken run: a
# 1,000,000-character word took 18-133 s to lay out (0.7 s with the breaks). Runs longer than LONG_RUN get an
# invisible break opportunity (U+200B ZERO WIDTH SPACE, drawn as nothing) every BREAK_EVERY characters; a
# normal text is not touched.
LONG_RUN = 200
BREAK_EVERY = 10  # small: a line holds many pieces, so lines stay full (wrapped anywhere, as before)
ZWSP = "\u200b"
_LONG_RUN_RE = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u034f")  # zero width joiner, variation selectors, CGJ

_APP: QGuiApplication | None = None  # created here only when nothing else has (the command-line export)


def paper_palette() -> QPalette:
    """Colours of paper for whatever draws the summary (the pages, the printer, the preview): dark text on
    white in every group, so a dark window theme changes nothing on the page."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Text: INK, QPalette.ColorRole.WindowText: INK, QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.Base: PAPER, QPalette.ColorRole.Window: PAPER, QPalette.ColorRole.AlternateBase: PAPER,
        QPalette.ColorRole.Link: "#0b57b8", QPalette.ColorRole.LinkVisited: "#6b3fa8",
        QPalette.ColorRole.PlaceholderText: GREY,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in roles.items():
            palette.setColor(group, role, QColor(colour))
    return palette


def render_pdf(summary: Summary, charts: list[Chart] | None = None, tick: Tick | None = None) -> bytes:
    """The summary as PDF bytes, on the page size it names ("A4" or "Letter"). `charts`: chart_images(summary)
    and cycle_images(summary) when the caller already has them (the Export dialog keeps them between previews);
    `tick(done, total)` is called between the pieces of the work (a worker's progress, which may stop it)."""
    _ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES.get(summary.page_size, QPageSize.PageSizeId.A4)))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(summary.title)
    writer.setCreator(CREATOR)
    _paint(summary, writer, RESOLUTION, charts, tick)
    buffer.close()
    return bytes(buffer.data().data())


def print_summary(summary: Summary, printer: QPrinter, charts: list[Chart] | None = None,
                  tick: Tick | None = None) -> None:
    """The same pages as the PDF, on a printer the person chose (a QPrinter from the print dialog); `charts` and
    `tick` as for render_pdf. Safe on a worker thread (Qt paints on a QPrinter off the GUI thread)."""
    printer.setPageSize(QPageSize(PAGE_SIZES.get(summary.page_size, QPageSize.PageSizeId.A4)))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    printer.setDocName(summary.title)
    _paint(summary, printer, printer.resolution(), charts, tick)


@dataclass(frozen=True)
class PreviewParts:
    """What the preview's document is made of, made on any thread and holding no QObject: the HTML before the
    entries with the first PREVIEW_ENTRIES entries, the rest PREVIEW_ENTRIES at a time, and each chart's image
    scaled for the screen. The document itself is made from it on the thread that shows it (start_preview,
    then add_preview_part per part)."""

    head: str
    entries: tuple[str, ...]
    images: tuple[tuple[str, QImage], ...]  # (resource name, image)


def preview_parts(summary: Summary, device_pixel_ratio: float = 1.0,
                  charts: list[Chart] | None = None) -> PreviewParts:
    """The PDF's content for the screen (the Export dialog's preview), in parts: the same text, tables and
    charts; pages and their footer are added when it is written. Show it on PAPER_PALETTE.

    Each chart is scaled here, smoothly, to exactly the pixels it covers on a screen of `device_pixel_ratio`:
    left to the text layout, a 150 dpi chart is shrunk pixel by pixel and thin letters drop out. `charts`:
    chart_images(summary), drawn beforehand (the Export dialog draws them on a worker).

    Made on a worker, it holds only strings and QImages, never a QTextDocument: a QObject made on a worker must
    be moved to the window's thread, and moveToThread, called with Python's lock held, waits for Qt's lock of
    the object's connections, which the window's thread may hold while it waits for Python's lock (a window
    frozen for good, seen in a test run)."""
    charts = _all_images(summary) if charts is None else charts
    head, entries = _html_head(summary, charts, PREVIEW_INCHES), [_entry(entry) for entry in summary.entries]
    ratio = max(float(device_pixel_ratio), 1.0)
    images = []
    for key, image, _ in charts:
        width, height = _chart_size(image, PREVIEW_INCHES)
        shown = image.scaled(round(width * ratio), round(height * ratio), Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        shown.setDevicePixelRatio(ratio)
        images.append((f"chart-{key}.png", shown))
    rest = tuple("\n".join(entries[start:start + PREVIEW_ENTRIES])
                 for start in range(PREVIEW_ENTRIES, len(entries), PREVIEW_ENTRIES))
    return PreviewParts("\n".join(head + entries[:PREVIEW_ENTRIES]), rest, tuple(images))


def start_preview(parts: PreviewParts) -> QTextDocument:
    """The preview's document with its head and charts (a few milliseconds); its entries follow with
    add_preview_part, a part at a time, so that the window's thread, which makes it, is never held long."""
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(parts.head)
    for name, image in parts.images:  # after setHtml, which clears the resources
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    return document


def add_preview_part(document: QTextDocument, part: str) -> None:
    """One of PreviewParts.entries added at the end of the preview's document."""
    _append_entries(document, part)


def preview_document(summary: Summary, device_pixel_ratio: float = 1.0,
                     charts: list[Chart] | None = None) -> QTextDocument:
    """The preview's whole document at once (see preview_parts), on the calling thread: the same as one read
    of the whole HTML (tests/services/test_summary_preview_parts.py)."""
    parts = preview_parts(summary, device_pixel_ratio, charts)
    document = start_preview(parts)
    for part in parts.entries:
        add_preview_part(document, part)
    return document


def _append_entries(document: QTextDocument, html: str) -> None:
    """Add entries' HTML (each starts with its <h3>) at the end of `document`, formatted exactly as if it had
    been part of the HTML read by setHtml. Inserted HTML flows into the paragraph it starts in, keeping that
    paragraph's format: it starts in a new one, which then gets the format an <h3> has."""
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    first = cursor.block()  # the block, not a cursor: a cursor where the HTML goes in moves to its end
    cursor.insertHtml(html)
    heading_block, heading_chars = _heading_formats()
    heading = QTextCursor(first)
    heading.setBlockFormat(heading_block)
    heading.setBlockCharFormat(heading_chars)


def _heading_formats() -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The paragraph and character formats an entry's <h3> gets from STYLE."""
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml("<h3>-</h3>")
    return document.begin().blockFormat(), document.begin().charFormat()


def _paint(summary: Summary, device: QPagedPaintDevice, resolution: int, charts: list[Chart] | None = None,
           tick: Tick | None = None) -> None:
    """Lay the summary out on `device`'s pages (a QPdfWriter or a QPrinter) with the footer on each (`charts`:
    chart_images(summary), else drawn here)."""
    charts = _all_images(summary) if charts is None else charts
    _paint_html(device, resolution,
                lambda inches: (_html_head(summary, charts, inches), [_entry(entry) for entry in summary.entries]),
                charts, summary.footer, tick)


def _paint_html(device: QPagedPaintDevice, resolution: int, make_html: Callable[[float], tuple[list[str], list[str]]],
                charts: list[Chart], footer: str, tick: Tick | None = None) -> None:
    """Lay out the HTML `make_html(page width in inches)` (its head, then its entries) on `device`'s pages, dark
    on white, with the footer on each (the summary's pages and the safety plan's).

    In pieces (see _lay_out): on a worker, no one call into Qt holds Python's GIL, and so the window, for long."""
    tick = tick or (lambda _done, _total: None)
    area = device.pageLayout().paintRectPixels(resolution)
    footer_band = round(2.5 * FOOTER_PT / 72 * resolution)  # the footer line and a gap above it
    page = QSizeF(area.width(), area.height() - footer_band)
    head, entries = make_html(area.width() / resolution)
    pieces = _pieces(entries)
    steps = len(pieces) + 1  # laying out, then as many steps of drawing the pages
    document = _lay_out(device, page, head, pieces, charts, lambda n: tick(n, 2 * steps))
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(FOOTER_PT)
    pages = document.pageCount()

    painter = QPainter(device)
    try:
        for n in range(pages):
            if n:
                device.newPage()
            if n % PAGES_A_TICK == 0:
                tick(steps + n * steps // pages, 2 * steps)
            painter.save()
            painter.translate(0, -n * page.height())
            # a pixel inside the page at both ends: a line ending or starting exactly on a page break is drawn
            # on its own page only (a clipped line is invisible, yet its words are in the PDF's text)
            _draw_on_paper(document, painter, QRectF(0, n * page.height() + 1, page.width(), page.height() - 2))
            painter.restore()
            _footer(painter, footer_font, QRectF(0, page.height(), page.width(), footer_band),
                    footer, trans("export", "Page {page} of {pages}", page=n + 1, pages=pages))
    finally:
        painter.end()


def _lay_out(device: QPagedPaintDevice, page: QSizeF, head: list[str], pieces: list[list[str]],
             charts: list[Chart], tick: Callable[[int], None]) -> QTextDocument:
    """The document laid out on pages of `page`'s size, its headings kept with what follows them and its
    paragraphs split at page breaks (see _keep_with_next and _split_at_page_breaks).

    The entries go in a few at a time (`pieces`, see _pieces): Qt reads HTML and lays it out holding
    Python's GIL, and a year's summary read at once held it for seconds. Each piece is laid out as it goes in,
    and what it moves is settled before the next: a heading is moved to the next page and a paragraph split
    only where nothing that follows can change them, so the pages are those of the whole document laid out at
    once (tests/services/test_pdf_in_pieces.py)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long link still fits the page
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml("\n".join(head + (pieces[0] if pieces else [])))
    for key, image, _ in charts:  # after setHtml, which clears the resources
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{key}.png"), image)
    document.setPageSize(page)  # lays out what is there; from now on each piece is laid out as it goes in
    _fit_first_chart(document, page.height())
    before, settled = document.begin(), _settle(document, document.begin(), page.height(), last=len(pieces) <= 1)
    for n, piece in enumerate(pieces[1:], start=1):
        tick(n)
        _append_entries(document, "\n".join(piece))
        # from the piece before: adding at the end lays out again from a little above it
        before, settled = settled, _settle(document, before, page.height(), last=n == len(pieces) - 1)
    if _mend_cut_lines(document, page.height(), document.begin(), QTextBlock()):  # never seen: to be sure
        _settle(document, document.begin(), page.height(), last=True)
    return document


def _pieces(entries: list[str]) -> list[list[str]]:
    """The entries' HTML in runs of about LAYOUT_PIECE characters (an entry longer than that alone)."""
    pieces: list[list[str]] = []
    size = LAYOUT_PIECE
    for entry in entries:
        if size + len(entry) > LAYOUT_PIECE and (not pieces or pieces[-1]):
            pieces.append([])
            size = 0
        pieces[-1].append(entry)
        size += len(entry)
    return pieces


def _settle(document: QTextDocument, block: QTextBlock, page_height: float, last: bool) -> QTextBlock:
    """Keep headings with what follows them, mend lines across a page break and split paragraphs at page breaks
    from `block` on, up to the document's last paragraph (to its end when `last`: nothing comes after). Returns
    the last paragraph, whose keeping with what follows is not known before the next piece is in."""
    end = QTextBlock() if last else document.lastBlock()
    for _ in range(SETTLE_PASSES):  # until nothing moves (a split can move what follows a little)
        mended = _mend_cut_lines(document, page_height, block, end)
        _keep_with_next(document, page_height, block, end)
        if not _split_at_page_breaks(document, page_height, block, end) and not mended:
            break
    return end


def _mend_cut_lines(document: QTextDocument, page_height: float, block: QTextBlock, end: QTextBlock) -> bool:
    """Lay out again each paragraph from `block` up to `end` with a line of text across a page break; True when
    there was one. After an edit further down, Qt lays out again from a point a little above it and moves the
    paragraphs between as they were, and now and then one lands across a page break, its line cut in two."""
    mended = False
    while block.isValid() and not _same(block, end):
        layout = block.layout()
        top = layout.position().y()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            y = top + line.y()
            if (int(y // page_height) != int((y + line.height() - 1) // page_height) and line.height() < page_height
                    and not _in_table(block)):  # (a cell's layout is placed in its cell: its y is not the page's)
                document.markContentsDirty(block.position(), block.length())
                document.pageCount()
                mended = True
                break
        block = block.next()
    return mended


def _draw_on_paper(document: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """QTextDocument.drawContents with the paper's colours: drawContents takes the application's palette,
    whose text is near-white in a dark theme."""
    painter.save()
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()


def _ensure_app() -> None:
    """Qt lays out text only with a QGuiApplication; the command line has none: make an offscreen one."""
    global _APP
    if QGuiApplication.instance() is None:
        _APP = QGuiApplication(["journal-app", "-platform", "offscreen"])


def _fit_first_chart(document: QTextDocument, page_height: float) -> None:
    """Draw the first chart a little smaller (down to FIT_SCALES[-1]) when that keeps it, and its text
    alternative, on the first page instead of leaving the bottom of that page empty."""
    document.pageCount()
    block = document.begin()
    while block.isValid() and "\ufffc" not in block.text():
        block = block.next()
    text = block.next() if block.isValid() else block  # the chart's text alternative
    if not text.isValid() or block.layout().position().y() >= page_height or _page(text, page_height, -1) < 1:
        return  # no chart, the chart starts past the first page, or it fits there already
    cursor = QTextCursor(document)
    cursor.setPosition(block.position() + block.text().index("\ufffc"))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    image = cursor.charFormat().toImageFormat()
    width, height = image.width(), image.height()
    for scale in (*FIT_SCALES, 1.0):
        image.setWidth(width * scale)
        image.setHeight(height * scale)
        cursor.setCharFormat(image)
        document.pageCount()
        if _page(text, page_height, -1) == 0:
            return


def _keep_with_next(document: QTextDocument, page_height: float, block: QTextBlock | None = None,
                    end: QTextBlock | None = None) -> None:
    """Move a heading, or a chart, to the next page when what follows it (its first lines, or the chart's
    text alternative) starts there; the layout otherwise breaks pages anywhere. From `block` (the first) up to,
    not including, `end` (the last paragraph is looked at too when `end` is not valid)."""
    document.pageCount()  # lays the document out; blocks are otherwise laid out lazily
    block = document.begin() if block is None else block
    while block.isValid() and not _same(block, end):
        following = block.next()
        keep = block.blockFormat().headingLevel() > 0 or "\ufffc" in block.text()  # U+FFFC: an image
        if keep and following.isValid() and _page(block, page_height) != _top_page(following, page_height):
            form = block.blockFormat()
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(form)
            document.pageCount()  # lays out again from here
        block = following


def _same(block: QTextBlock, end: QTextBlock | None) -> bool:
    return end is not None and end.isValid() and block == end


def _split_at_page_breaks(document: QTextDocument, page_height: float, block: QTextBlock | None = None,
                          end: QTextBlock | None = None) -> bool:
    """Make a paragraph that runs on to the next page two paragraphs (or more), joined without a gap. Qt draws
    a paragraph's last line above the clip too; invisible, its words would still be in the next page's text.
    List items (a second bullet) and table cells (positions inside the table) are left as they are. From
    `block` (the first) up to, not including, `end` (to the last paragraph when `end` is not valid). True when
    something was split.

    The joins have no margin, so splitting mostly moves no line: the split points are found in one pass over
    the laid-out document, then made from the last to the first (earlier positions stay valid), all the edits
    being one edit block laid out once. (Laying out again after each split made a long export quadratic: 7 s
    of a 3-month PDF of 960 long entries.) A split can still move what follows by a pixel or so, and so a line
    across the next page break: _settle looks again."""
    splits = _split_points(document, page_height, document.begin() if block is None else block, end)
    if not splits:
        return False
    batch = QTextCursor(document)
    batch.beginEditBlock()  # one layout update for all the splits, not one per edit
    for at in reversed(splits):
        _split_at(document, at)
    batch.endEditBlock()
    document.pageCount()
    return True


def _split_points(document: QTextDocument, page_height: float, block: QTextBlock,
                  end: QTextBlock | None) -> list[int]:
    """Where paragraphs from `block` up to `end` go on to the next page: the position of each line that starts a
    page other than its paragraph's, when something other than blank lines follows."""
    document.pageCount()  # lays the document out
    splits: list[int] = []
    while block.isValid() and not _same(block, end):
        layout, text = block.layout(), block.text()
        page, points = _page(block, page_height), []
        for i in range(1, layout.lineCount()):
            now = _page(block, page_height, i)
            if now != page:
                start = layout.lineAt(i).textStart()
                if text[start:].strip():  # a blank last line (after a line break) is left where it is
                    points.append(block.position() + start)
                page = now
        if points and not _in_list_or_table(block):
            splits += points
        block = block.next()
    return splits


def _split_at(document: QTextDocument, at: int) -> None:
    """The paragraph at `at` becomes two there, with no margin between them."""
    block = document.findBlock(at)
    ending = block.blockFormat()
    margin = ending.bottomMargin()
    ending.setBottomMargin(0)
    QTextCursor(block).setBlockFormat(ending)
    cursor = QTextCursor(document)
    cursor.setPosition(at)
    cursor.insertBlock()
    going_on = cursor.blockFormat()
    going_on.setTopMargin(0)
    going_on.setBottomMargin(margin)
    going_on.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.setBlockFormat(going_on)


def _in_list_or_table(block: QTextBlock) -> bool:
    """Whether the paragraph is a list item or in a table cell. Not with block.textList() or
    QTextCursor.currentTable(): PySide6 6.12 releases None once too often when they have nothing to return,
    and a few thousand calls (one long export) crash the interpreter ("deallocating None")."""
    return block.blockFormat().objectIndex() >= 0 or QTextCursor(block).currentFrame().format().isTableFormat()


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentFrame().format().isTableFormat()


def _top_page(block: QTextBlock, page_height: float) -> int:
    """The page the block's first line starts on, also for a block in a table cell (whose layout's position is
    the cell's; the document's layout knows where the cell is)."""
    layout = block.layout()
    line = layout.lineAt(0).y() if layout.lineCount() else 0.0
    return int((block.document().documentLayout().blockBoundingRect(block).y() + line) // page_height)


def _page(block: QTextBlock, page_height: float, line: int = 0) -> int:
    """The page a line of the block (its first; -1: its last) starts on."""
    layout = block.layout()
    count = layout.lineCount()
    top = layout.position().y() + (layout.lineAt(line % count).y() if count else 0.0)
    return int(top // page_height)


def _footer(painter: QPainter, font: QFont, band: QRectF, left: str, right: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(GREY))
    align = Qt.AlignmentFlag.AlignBottom
    painter.drawText(band, int(align | Qt.AlignmentFlag.AlignLeft), left)
    painter.drawText(band, int(align | Qt.AlignmentFlag.AlignRight), right)
    painter.restore()


# -- charts --------------------------------------------------------------------------------------------------
def _charts(summary: Summary) -> list[tuple[str, QImage, str]]:
    """(key, image, text alternative) per chosen chart, drawn on a light background."""
    if summary.report is None or not summary.charts:
        return []
    from journal_app.charts import LIGHT, build  # matplotlib: only when charts are wanted

    charts = []
    for key in summary.charts:
        figure, alternative = build(summary.report, key, LIGHT, summary_chart_words)  # "What I did"
        width, height = figure.get_size_inches()
        figure.set_size_inches(width, min(height * CHART_HEIGHT_SCALE, width * 0.6))
        image = _image(figure)
        if image is not None:
            charts.append((key, image, alternative))
    return charts


def _image(figure: Figure) -> QImage | None:
    """The figure drawn at CHART_DPI on white (None: nothing came of it)."""
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=CHART_DPI, facecolor="white")
    image = QImage.fromData(QByteArray(png.getvalue()))  # a PNG: its header names it
    return None if image.isNull() else image


def cycle_images(summary: Summary) -> list[Chart]:
    """The cycle page's figures, on a light background: per person the diagram of the chains that came back most
    often with them, and how true each belief felt over time (keys as cycle_html names them)."""
    cycle = summary.cycle
    if cycle is None:
        return []
    from journal_app.charts.base import LIGHT  # matplotlib: only when the cycle is wanted
    from journal_app.charts.cycle import DIAGRAM_CHAINS, build_beliefs, build_chains
    from journal_app.charts.cycle_diagram import SUMMARY_COLUMNS
    from journal_app.services.exporting.cycle_html import BELIEFS_KEY, person_key

    figures = [(person_key(p.person_id), build_chains(p.chains[:DIAGRAM_CHAINS], cycle.range, LIGHT,
                                                      columns=SUMMARY_COLUMNS))  # in the summary's voice: "I"
               for p in cycle.people if p.chains]
    if any(b.ratings for b in cycle.beliefs):
        figure, alternative = build_beliefs(cycle.beliefs, LIGHT)
        width, height = figure.get_size_inches()
        figure.set_size_inches(width, height * CHART_HEIGHT_SCALE)
        figures.append((BELIEFS_KEY, (figure, alternative)))
    drawn = [(key, _image(figure), alternative) for key, (figure, alternative) in figures]
    return [(key, image, alternative) for key, image, alternative in drawn if image is not None]


def _all_images(summary: Summary) -> list[Chart]:
    return _charts(summary) + cycle_images(summary)


chart_images = _charts  # drawn with matplotlib into QImages: safe on a worker thread


def _chart_size(image: QImage, page_inches: float) -> tuple[int, int]:
    """The chart's width and height in CSS pixels: its size at CHART_DPI, shrunk to the page's width (never
    grown)."""
    scale = min(1.0, page_inches * CHART_DPI / image.width())
    return (round(image.width() * scale / CHART_DPI * CSS_DPI), round(image.height() * scale / CHART_DPI * CSS_DPI))


# -- HTML ----------------------------------------------------------------------------------------------------
def _html(summary: Summary, charts: list[tuple[str, QImage, str]], page_inches: float) -> str:
    return "\n".join(_html_head(summary, charts, page_inches) + [_entry(entry) for entry in summary.entries])


def _html_head(summary: Summary, charts: list[tuple[str, QImage, str]], page_inches: float) -> list[str]:
    """The HTML up to the entries (their heading included, when there are entries), a piece a line."""
    out = [f"<h1>{_e(summary.title)}</h1>",
           f"<p class='meta'>{_e(summary.range_text)}<br>{_e(prepared_text(summary))}</p>"]
    if summary.counts_text:  # what the numbers count, on page 1
        out.append(f"<p>{_e(summary.counts_text)}</p>")
    if summary.totals:
        out.append(f"<h2>{_e(trans('export', 'In numbers'))}</h2>")
        out.append(_numbers(summary))
    if summary.insights:
        out.append(f"<h2>{_e(trans('export', 'What stands out'))}</h2><ul>")
        out += [f"<li>{_e(sentence)}</li>" for sentence in summary.insights]
        out.append("</ul>")
    if summary.note.strip():
        out.append(f"<h2>{_e(trans('export', 'A note from me'))}</h2>"
                   f"<p class='words'>{_e(summary.note.strip())}</p>")
    if summary.questions:
        bring_up = trans("export", "Things I'd like to bring up")
        out.append(f"<h2>{_e(bring_up)}</h2><ul>")
        out += [f"<li>{_e(question)}</li>" for question in summary.questions]
        out.append("</ul>")
    for key, image, alternative in charts:
        if key.startswith(CYCLE_PREFIX):  # on the cycle's page
            continue
        width, height = _chart_size(image, page_inches)
        out.append(f"<p style='margin-top: 14px'>"
                   f"<img src='chart-{key}.png' width='{width}' height='{height}'></p>")
        out.append(f"<p class='small'>{_e(alternative)}</p>")
    if summary.cycle is not None:
        from journal_app.services.exporting.cycle_html import cycle_html

        figures = {key: (*_chart_size(image, page_inches), alternative) for key, image, alternative in charts
                   if key.startswith(CYCLE_PREFIX)}
        out += cycle_html(summary.cycle, figures, _e)
    if summary.entries:  # after the cycle's page, on a page of their own
        style = " style='page-break-before: always'" if summary.cycle is not None else ""
        out.append(f"<h2{style}>{_e(trans('export', 'Entries'))}</h2>")
    return out


def _numbers(summary: Summary) -> str:
    colours = _colours(summary)
    rows = ["<table cellspacing='0' cellpadding='4' width='100%'>",
            f"<tr bgcolor='#eeeeee'><th width='36%'>{_e(trans('export', 'Trigger'))}</th>"
            f"<th width='18%' align='right'>{_e(trans('export', 'This period'))}</th>"
            f"<th width='22%' align='right'>{_e(capitalised(summary.previous_text))}</th>"  # room for "Veränderung"
            f"<th width='24%' style='padding-left: 20px'>{_e(trans('export', 'Change'))}</th></tr>"]
    for t in summary.totals:
        square = _square(colours.get(t.slug) or colours.get(t.name) or NO_COLOUR)
        rows.append(f"<tr><td>{square}&nbsp;{_e(t.name)}</td><td align='right'>{t.count}</td>"
                    f"<td align='right'>{previous_cell(t)}</td>"
                    f"<td style='padding-left: 20px'>{change_text(t)}</td></tr>")
    rows.append("</table>")
    rows.append(f"<p class='meta' style='margin-top: 6px'>{_e(entries_text(summary))}</p>")
    return "\n".join(rows)


def _colours(summary: Summary) -> dict[str, str]:
    """Trigger colour by slug (from the report) and by name (from the entries)."""
    colours = {level.name: level.colour for entry in summary.entries for level in entry.triggers}
    if summary.report is not None:
        colours.update((t.slug, t.colour) for t in summary.report.triggers)
    return colours


def _entry(entry: SummaryEntry) -> str:
    out = [f"<h3>{_e(entry_heading(entry))}</h3>"]
    facts = []
    for label, text in entry_facts(entry):
        if label == trans("export", "Triggers"):  # the same words, each with its colour
            text = ", ".join(_square(level.colour) + "&nbsp;" + _e(level_text(level))
                             for level in entry.triggers)
        else:
            text = _e(text)
        facts.append(f"<span class='meta'>{_e(label)}:</span> {text}")
    if facts:
        out.append("<p>" + "<br>".join(facts) + "</p>")
    if entry.text_hidden:
        out.append(f"<p class='private'>{_e(translate('export', WORDS_PRIVATE))}</p>")
    elif entry.body and entry.body.strip():
        out.append(f"<p class='words'>{_e(entry.body.strip())}</p>")
    return "\n".join(out)


def _square(colour: str) -> str:
    return f"<span style='color: {_e(colour or NO_COLOUR)}'>&#9632;</span>"


def _e(text: str) -> str:
    return html.escape(breakable(text), quote=True)


def breakable(text: str) -> str:
    """`text` with a zero-width break opportunity every BREAK_EVERY characters of any run of more than
    LONG_RUN characters without a space; never inside a character sequence (an accent and its letter, an
    emoji with its modifiers, a flag)."""
    if len(text) <= LONG_RUN:
        return text
    return _LONG_RUN_RE.sub(_with_breaks, text)


def _with_breaks(match: re.Match[str]) -> str:
    run = match.group()
    parts, start, at = [], 0, BREAK_EVERY
    while at < len(run):
        while at < len(run) and _joined(run, at, start):
            at += 1
        if at >= len(run):
            break
        parts.append(run[start:at])
        start, at = at, at + BREAK_EVERY
    parts.append(run[start:])
    return ZWSP.join(parts)


def _regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _joined(run: str, at: int, start: int) -> bool:
    """Whether run[at - 1] and run[at] belong to one user-perceived character (no break between them).
    `start`: where the piece began (itself a place a break was allowed)."""
    before, ch = run[at - 1], run[at]
    if ch in _JOINERS or before == "\u200d" or unicodedata.category(ch) in ("Mn", "Mc", "Me"):
        return True
    if 0x1F3FB <= ord(ch) <= 0x1F3FF or 0xE0020 <= ord(ch) <= 0xE007F:  # skin tones, tag sequences
        return True
    if _regional(ch) and _regional(before):  # flags are pairs: a break only after an even number
        count = 0
        while at - count - 1 >= start and _regional(run[at - count - 1]):
            count += 1
        return count % 2 == 1
    return False


# -- the safety plan (journal_app.services.safety_plan): the same paper, dark on white whatever the theme ------------
if TYPE_CHECKING:
    from journal_app.services.safety_plan import SafetyPlan


def safety_plan_html(plan: SafetyPlan) -> str:
    """The plan as HTML for the page: each section's title, its prompt in grey, what the person wrote."""
    from journal_app.services import safety_plan

    title, when = safety_plan.heading_lines(plan)
    parts = [f"<h1>{_e(title)}</h1>"]
    if when:
        parts.append(f'<p style="color: {GREY};">{_e(when)}</p>')
    for section in safety_plan.SECTIONS:
        title, prompt = safety_plan.section_words(section)
        parts.append(f"<h2>{_e(title)}</h2>")
        parts.append(f'<p style="color: {GREY}; font-style: italic;">{_e(prompt)}</p>')
        written = plan.text(section.key)
        if written:
            parts += [f"<p>{breakable(_e(line)) or '&nbsp;'}</p>" for line in written.split("\n")]
        else:
            parts.append(f'<p style="color: {GREY};">&nbsp;</p><p style="color: {GREY};">&nbsp;</p>')
    danger = trans("safety plan", "If you are in danger now, call your local emergency number or go to the nearest "
                   "emergency department.")
    parts.append(f'<p style="color: {GREY}; margin-top: 18px;">{_e(danger)}</p>')
    return "<html><body>" + "".join(parts) + "</body></html>"


def render_safety_plan_pdf(plan: SafetyPlan, page_size: str = "A4") -> bytes:
    """The safety plan as PDF bytes."""
    _ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    title = trans("safety plan", "My safety plan")
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    _paint_html(writer, RESOLUTION, lambda _inches: ([safety_plan_html(plan)], []), [], title)
    buffer.close()
    return bytes(buffer.data().data())


def print_safety_plan(plan: SafetyPlan, printer: QPrinter, page_size: str = "A4") -> None:
    """The same pages on a printer the person chose."""
    printer.setPageSize(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    title = trans("safety plan", "My safety plan")
    printer.setDocName(title)
    _paint_html(printer, printer.resolution(), lambda _inches: ([safety_plan_html(plan)], []), [], title)
