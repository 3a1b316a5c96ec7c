"""Paper is paper (issue 15 item 1): with the window's dark theme on, the summary PDF is still dark text on
white. Page 1 is rendered to an image with poppler's pdftoppm, the words are found with pdftotext -bbox, and
the pixels of the title, the table header and a table row are checked: dark ink on a light ground. The
export preview is drawn on paper too, its table header readable, and its charts scaled smoothly."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from journal_app.models.analytics_values import DateRange
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.exporting.build import build_summary
from journal_app.services.exporting.render import render
from journal_app.services.exporting.summary import SummaryOptions

TODAY = date(2026, 3, 20)
RANGE = DateRange(date(2026, 3, 1), TODAY)
DPI = 100
INK_MAX = 90  # the darkest pixel of a word: at most this lightness (0-255)
GROUND_MIN = 220  # the lightest pixel around it: at least this
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) is not installed: apt-get install poppler-utils")


@pytest.fixture
def dark_theme(qapp):
    """The window's dark theme, as Settings ▸ Display turns it on; the system look again afterwards."""
    from journal_app.ui.common.theme import apply_appearance

    apply_appearance(qapp, "dark", 100)
    assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 200  # near-white text: the trap
    yield qapp
    apply_appearance(qapp, "system", 100)


@pytest.fixture
def journal_with_entries(journal):
    fear, quiet = journal.trigger("abandonment-fear").id, journal.trigger("withdrawal").id
    sam = journal.add_person("Sam", "partner")
    for day in range(1, 15):
        journal.save(EntryForm(
            occurred_at=datetime(2026, 3, day, 21, 0), title=f"Evening {day}", body="He didn't text back.",
            triggers=(TriggerMark(fear if day % 3 else quiet, 3 + day % 5),), person_ids=(sam.id,), shared=True,
            responses=("sought-reassurance",) if day % 2 else ("named-my-need",), repair="partly"))
    return journal


def _page_one(pdf: bytes, tmp_path) -> tuple[QImage, list[tuple[str, tuple[float, float, float, float]]]]:
    """Page 1 as an image at DPI, and its words with their boxes in the image's pixels."""
    source = tmp_path / "summary.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-png", "-singlefile", str(source),
                    str(tmp_path / "page")], check=True, timeout=60)
    boxes = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(source), "-"], check=True,
                           capture_output=True, text=True, timeout=60).stdout
    scale = DPI / 72
    words = [(m[5], tuple(float(v) * scale for v in m.groups()[:4])) for m in _WORD.finditer(boxes)]
    image = QImage(str(tmp_path / "page.png"))
    assert not image.isNull()
    return image, words


def _lightness(image: QImage, box: tuple[float, float, float, float]) -> tuple[int, int]:
    """(darkest, lightest) pixel lightness inside the box."""
    x0, y0, x1, y1 = (round(v) for v in box)
    values = [QColor(image.pixel(x, y)).lightness()
              for y in range(max(y0, 0), min(y1, image.height())) for x in range(max(x0, 0), min(x1, image.width()))]
    return min(values), max(values)


def _box(words, text: str) -> tuple[float, float, float, float]:
    return next(box for word, box in words if word == text)


@needs_poppler
def test_the_pdf_is_dark_on_light_with_the_dark_theme_on(dark_theme, journal_with_entries, tmp_path):
    options = SummaryOptions(RANGE, charts=("counts",))
    pdf = render(build_summary(journal_with_entries, options, today=TODAY), "pdf")
    image, words = _page_one(pdf, tmp_path)
    for label, word in (("title", "Between-session"), ("table header", "Trigger"), ("table row", "Withdrawal"),
                        ("sentence", "These"), ("heading", "stands")):
        darkest, lightest = _lightness(image, _box(words, word))
        assert darkest <= INK_MAX, f"the {label} is not dark ink: its darkest pixel has lightness {darkest}"
        assert lightest >= GROUND_MIN, f"the {label} is not on a light ground ({lightest})"
    # the page around the text is white paper, not the window's dark colour
    assert QColor(image.pixel(image.width() // 2, 5)).lightness() == 255


@needs_poppler
def test_the_light_theme_gives_the_same_page(qapp, journal_with_entries, tmp_path):
    """The same checks without the dark theme: the test reads ink on paper, not a particular theme."""
    pdf = render(build_summary(journal_with_entries, SummaryOptions(RANGE, charts=()), today=TODAY), "pdf")
    image, words = _page_one(pdf, tmp_path)
    assert _lightness(image, _box(words, "Between-session"))[0] <= INK_MAX
    assert _lightness(image, _box(words, "Trigger"))[0] <= INK_MAX


def header_band_ink(shot: QImage) -> int:
    """The darkest pixel in the rows of the preview's table header band (its grey background)."""
    from journal_app.services.exporting.pdf import HEADER_ROW

    band = QColor(HEADER_ROW)
    header_rows = [y for y in range(shot.height()) if QColor(shot.pixel(shot.width() - 30, y)) == band]
    assert header_rows, "no table header band found in the preview"
    return min(QColor(shot.pixel(x, y)).lightness() for y in header_rows for x in range(shot.width() // 2))


def test_the_document_itself_carries_dark_ink(dark_theme, journal_with_entries):
    """Even shown on the dark theme's own palette, the preview document's words and table header are dark:
    every element has its colour in the paper style sheet (the header's letters were near-white on grey)."""
    from PySide6.QtWidgets import QTextBrowser

    from journal_app.services.exporting.pdf import preview_document

    summary = build_summary(journal_with_entries, SummaryOptions(RANGE, charts=()), today=TODAY)
    browser = QTextBrowser()  # the dark palette, as any widget in the window gets it
    browser.resize(900, 700)
    browser.setDocument(preview_document(summary))
    ink = header_band_ink(browser.viewport().grab().toImage())
    assert ink <= INK_MAX, f"the table header's letters are not dark ({ink})"


def test_preview_charts_are_scaled_smoothly_to_the_pixels_they_cover(qapp, journal_with_entries):
    """Each chart image in the preview is already the size it is shown at (times the screen's pixel ratio),
    made with smooth scaling: the text layout then draws it pixel for pixel, and thin letters stay."""
    from PySide6.QtCore import Qt, QUrl
    from PySide6.QtGui import QTextDocument

    from journal_app.services.exporting import pdf

    summary = build_summary(journal_with_entries, SummaryOptions(RANGE, charts=("counts",)), today=TODAY)
    for ratio in (1.0, 2.0):
        document = pdf.preview_document(summary, device_pixel_ratio=ratio)
        shown = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("chart-counts.png"))
        width, height = (int(v) for v in re.search(r"chart-counts.png' width='(\d+)' height='(\d+)'",
                                                    pdf._html(summary, pdf._charts(summary),
                                                              pdf.PREVIEW_INCHES)).groups())
        assert (shown.width(), shown.height()) == (round(width * ratio), round(height * ratio))
        assert shown.devicePixelRatio() == ratio
    # smooth, not nearest-pixel: shrinking blends neighbouring pixels into shades a fast shrink never makes
    original = pdf._charts(summary)[0][1]
    fast = original.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.FastTransformation)
    smooth = pdf.preview_document(summary).resource(QTextDocument.ResourceType.ImageResource,
                                                    QUrl("chart-counts.png"))
    assert _colours(smooth) > _colours(fast) * 1.5


def _colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return len({image.pixel(x, y) for y in range(image.height()) for x in range(image.width())})


def test_page_one_says_what_the_numbers_count(qapp, journal_with_entries):
    """Private entries are left out of the numbers, sentences and charts unless counted on purpose, and the
    first page says which in one sentence (issue 15 item 3)."""
    from pypdf import PdfReader

    fear = journal_with_entries.trigger("abandonment-fear").id
    for day in (15, 16):
        journal_with_entries.save(EntryForm(occurred_at=datetime(2026, 3, day, 9, 0), body="private morning",
                                            triggers=(TriggerMark(fear, 9),)))
    shared = build_summary(journal_with_entries, SummaryOptions(RANGE), today=TODAY)
    assert shared.report.entries == shared.entries_in_range == 14
    assert sum(shared.report.counts.counts["abandonment-fear"]) == 10  # the charts' numbers too
    counted = build_summary(journal_with_entries, SummaryOptions(RANGE, count_private=True), today=TODAY)
    assert counted.report.entries == 16 and sum(counted.report.counts.counts["abandonment-fear"]) == 12
    assert len(counted.entries) == 14  # counted, not shown
    for summary, sentence in ((shared, "These numbers count the 14 entries I chose to share."),
                              (counted, ("These numbers count all 16 entries; the words of private entries "
                                         "are not shown."))):
        page_one = " ".join(PdfReader(io.BytesIO(render(summary, "pdf"))).pages[0].extract_text().split())
        assert sentence in page_one
    nothing = build_summary(journal_with_entries, SummaryOptions(RANGE, include_numbers=False,
                                                                 include_insights=False, charts=()), today=TODAY)
    assert nothing.counts_text == ""  # no numbers, nothing to explain
