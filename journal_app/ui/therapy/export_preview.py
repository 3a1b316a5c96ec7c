"""The Export dialog's preview of exactly what will be written, built off the UI thread (issue 17).

- Built on a worker (operations): a change of choice asks for it on the next turn of the event loop, typing in
  the note after a pause (PREVIEW_PAUSE_MS); a newer request replaces an older one, whose answer is dropped
  (and which stops between its steps).
- The charts are kept between previews (ChartCache): they are drawn again only when what they show changed.
  Drawing them is most of a PDF preview's work (about a second of Python, which also holds the UI thread back
  through the GIL), and the Markdown preview needs their text alternatives.
- Shown in parts: a text preview (Markdown, CSV) goes into the preview TEXT_PART_CHARS at a time, one part per
  turn of the event loop, so no single insert is long; a PDF preview's parts (its HTML, its charts scaled) are
  made on the worker, and the UI thread makes the document from them: its head and charts at once (a few
  milliseconds), its entries pdf.PREVIEW_ENTRIES at a time, one part per turn; Qt lays it out as it is shown.
  No QObject is made on a worker (see pdf.preview_parts)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer
from PySide6.QtGui import QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from journal_app.core.errors import JournalError
from journal_app.ui.common import operations

if TYPE_CHECKING:
    from journal_app.models.analytics_values import PatternReport
    from journal_app.services.exporting.pdf import Chart, PreviewParts
    from journal_app.services.exporting.summary import Summary, SummaryOptions
    from journal_app.services.journal import Journal

TEXT_PART_CHARS = 16_000  # a text preview goes in this much at a time (about 5-15 ms each)


# -- charts kept between previews ------------------------------------------------------------------------------
@dataclass
class _Chart:
    report: PatternReport  # what it was drawn from
    words: tuple[str, str]  # in which language and region (its labels and dates are in them)
    text: str  # its text alternative
    # for the PDF, kept as PNG: tens of kilobytes where the image is megabytes (b"": not drawn yet, or nothing
    # came of drawing it); made into an image again for each use, a few milliseconds on the worker
    png: bytes = b""
    drawn: bool = False

    def image(self) -> QImage | None:
        image = QImage.fromData(QByteArray(self.png)) if self.png else None
        return None if image is None or image.isNull() else image


def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs say bytes; PySide6 takes the name)
    return bytes(buffer.data().data())


class ChartCache:
    """The summary's charts (images and text alternatives), kept per chart while the report they show and the
    language they speak stay the same: toggling the numbers, the entries, a word or the format draws nothing
    again. Used on workers: a lock keeps two previews from drawing at once (the second then finds the first
    one's charts)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._charts: dict[str, _Chart] = {}
        self._cycle: tuple[object, list[Chart]] | None = None  # ((report, words), its figures) of the cycle page

    def clear(self) -> None:
        """Let go of every chart (the dialog closed): the next use draws them again."""
        with self._lock:
            self._charts.clear()
            self._cycle = None

    def alternatives(self, summary: Summary) -> list[tuple[str, str]]:
        """What markdown.chart_alternatives(summary) gives: (key, text alternative) per chart."""
        if summary.report is None or not summary.charts:
            return []
        return [(key, self._chart(summary, key, draw=False).text) for key in summary.charts]

    def images(self, summary: Summary) -> list[Chart]:
        """What pdf.chart_images(summary) and pdf.cycle_images(summary) give: (key, image, text alternative) per
        chart that could be drawn."""
        return self._chosen(summary) + self._cycle_images(summary)

    def _cycle_images(self, summary: Summary) -> list[Chart]:
        """The cycle page's figures, drawn again only when the cycle or the language changed."""
        if summary.cycle is None:
            return []
        from journal_app.core import i18n
        from journal_app.services.exporting import pdf

        key = (summary.cycle, i18n.language(), i18n.region())
        with self._lock:
            if self._cycle is None or self._cycle[0] != key:
                self._cycle = (key, pdf.cycle_images(summary))
            return self._cycle[1]

    def _chosen(self, summary: Summary) -> list[Chart]:
        if summary.report is None or not summary.charts:
            return []
        charts = []
        for key in summary.charts:
            chart = self._chart(summary, key, draw=True)
            image = chart.image()
            if image is not None:
                charts.append((key, image, chart.text))
        return charts

    def _chart(self, summary: Summary, key: str, draw: bool) -> _Chart:
        from journal_app.core import i18n

        assert summary.report is not None
        words = (i18n.language(), i18n.region())
        with self._lock:
            chart = self._charts.get(key)
            if chart is None or chart.words != words or chart.report != summary.report:
                chart = self._charts[key] = _Chart(summary.report, words, self._text(summary.report, key))
            if draw and not chart.drawn:
                from journal_app.services.exporting import pdf

                drawn = pdf.chart_images(replace(summary, charts=(key,)))
                chart.png = _png(drawn[0][1]) if drawn else b""
                chart.drawn = True
            return chart

    @staticmethod
    def _text(report: PatternReport, key: str) -> str:
        """The chart's text alternative, as markdown.chart_alternatives says it (the chart built, not drawn)."""
        from journal_app.charts import build

        return build(report, key)[1]


# -- built on the worker ---------------------------------------------------------------------------------------
def text_parts(text: str, size: int | None = None) -> tuple[str, ...]:
    """`text` cut into parts of about `size` (TEXT_PART_CHARS) characters, each ending at a line's end (a
    "\\r\\n" stays whole), so that inserting them one after another gives exactly `text`."""
    size = size or TEXT_PART_CHARS
    parts, start = [], 0
    while len(text) - start > size:
        cut = text.find("\n", start + size)
        if cut < 0:
            break
        parts.append(text[start:cut + 1])
        start = cut + 1
    if start < len(text) or not parts:
        parts.append(text[start:])
    return tuple(parts)


def preview_work(journal: Journal, fmt: str, options: SummaryOptions | None, today: date, ratio: float,
                 charts: ChartCache) -> Callable[[Callable[[int, int], None]], tuple]:
    """What builds the preview on a worker: work(tick) -> (format, summary, what to show): the text in parts
    (Markdown, CSV), the document's parts (PDF: pdf.PreviewParts, from which the UI thread makes the document),
    or for JSON the entry count in place of the summary. `tick` stops it between steps once a newer preview
    was asked for."""
    if fmt == "json":
        return lambda _tick: (fmt, journal.entry_count(), None)
    assert options is not None

    def work(tick: Callable[[int, int], None]) -> tuple:
        from journal_app.services.exporting import build

        summary = build.build_summary(journal, options, today=today)
        tick(1, 3)
        if fmt == "md":
            from journal_app.services.exporting.markdown import render_markdown

            return fmt, summary, text_parts(render_markdown(summary, charts.alternatives(summary)))
        if fmt == "csv":
            from journal_app.services.exporting.csv_export import render_csv

            return fmt, summary, text_parts(render_csv(summary, bom=False).decode("utf-8"))
        from journal_app.services.exporting import pdf

        images = charts.images(summary)
        tick(2, 3)
        # the charts scaled and the HTML made here; no QObject (see pdf.preview_parts): the UI thread makes the
        # document from them, a part per turn of its event loop
        return fmt, summary, pdf.preview_parts(summary, ratio, images)

    return work


# -- shown on the UI thread ------------------------------------------------------------------------------------
class PreviewPane(QObject):
    """The preview's timing and showing: `request(pause_ms)` asks for a preview (built by `work_for()`, a
    function made on the UI thread that runs on a worker); the answer goes to `deliver(result)` (the
    dialog's), which shows it here with `show_text`, `show_document` or `show_plain`."""

    def __init__(self, browser: QTextBrowser, work_for: Callable[[], Callable],
                 deliver: Callable[[tuple], None], failed: Callable[[str], None]) -> None:
        super().__init__(browser)
        self.browser = browser
        self._work_for, self._deliver, self._failed = work_for, deliver, failed
        self._key = f"export-preview:{id(self)}"
        self.timer = QTimer(self)  # the pause before a preview is asked for
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._ask)
        self._parts: list[str] = []  # of a preview, still to go in (reversed: the next is last)
        self._add: Callable[[str], None] = lambda _part: None  # how a part goes in
        self._feed = QTimer(self)
        self._feed.setInterval(0)
        self._feed.timeout.connect(self._next_part)

    @property
    def pending(self) -> bool:
        """A preview has been asked for and is not all on screen yet."""
        return self.timer.isActive() or operations.pending(self._key) is not None or bool(self._parts)

    def request(self, pause_ms: int = 0) -> None:
        self.timer.start(pause_ms)  # again: the pause starts over

    def _ask(self) -> None:
        operations.run(self.browser, self._work_for(), self._delivered, self._failed, key=self._key)

    def _delivered(self, result: object) -> None:
        assert isinstance(result, tuple)
        self._deliver(result)

    def flush(self) -> None:
        """The preview asked for, built and shown now, here (printing needs the summary at once)."""
        if self.timer.isActive() or operations.pending(self._key) is not None:
            self.timer.stop()
            operations.drop(self._key)
            try:
                result = self._work_for()(lambda _done, _total: None)
            except JournalError as exc:
                self._failed(str(exc))
            else:
                self._deliver(result)
        while self._parts:
            self._next_part()

    def forget(self) -> None:
        """Closing: no preview is asked for any more, one on its way is not shown, nor the rest of one."""
        self.timer.stop()
        operations.drop(self._key)
        self._parts.clear()
        self._feed.stop()

    def show_plain(self, text: str) -> None:
        """A message or the JSON backup's description, in the window's colours."""
        self._stop_feeding()
        self.browser.setPalette(QPalette())
        self.browser.setPlainText(text)

    def show_text(self, parts: tuple[str, ...]) -> None:
        """A text preview (Markdown, CSV) in the window's colours: its first part now, the others one per turn
        of the event loop."""
        self._stop_feeding()
        self.browser.setPalette(QPalette())
        self.browser.setPlainText(parts[0] if parts else "")
        self._feed_parts(parts[1:], self._insert_text)

    def _feed_parts(self, parts: tuple[str, ...], add: Callable[[str], None]) -> None:
        """`add(part)` for each part, one per turn of the event loop."""
        self._parts = list(reversed(parts))
        self._add = add
        if self._parts:
            self._feed.start()

    def _insert_text(self, part: str) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(part)

    def show_document(self, parts: PreviewParts) -> None:
        """A PDF preview (its parts made on the worker), on paper (dark on white, whatever the theme): its head
        and charts now, its entries a part per turn of the event loop."""
        from journal_app.services.exporting import pdf

        self._stop_feeding()
        self.browser.setPalette(pdf.paper_palette())  # paper, not the window's theme: what will be printed
        document = pdf.start_preview(parts)
        # Qt deletes only a document its own text control made, not one it was given: each preview's (its text
        # laid out and its charts, megabytes) would stay until the dialog closed. The one shown before goes once
        # it no longer is (deleteLater: never under a paint or layout of it still on its way).
        shown = self.browser.document()
        given = shown.parent() is self.browser  # (Qt's own is deleted by setDocument)
        document.setParent(self.browser)  # deleted with the dialog at the latest
        self.browser.setDocument(document)
        if given:
            shown.deleteLater()
        self._feed_parts(parts.entries, lambda part: pdf.add_preview_part(document, part))

    def _stop_feeding(self) -> None:
        self._parts.clear()
        self._feed.stop()

    def _next_part(self) -> None:
        if not self._parts:
            self._feed.stop()
            return
        self._add(self._parts.pop())
        if not self._parts:
            self._feed.stop()
