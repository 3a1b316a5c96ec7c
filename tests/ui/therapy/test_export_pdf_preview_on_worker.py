"""Issue 17 item 1: the PDF preview's parts (its HTML, its charts drawn and scaled) are made on the worker with
the summary; the UI thread makes the document from them (no QObject is made on a worker: moving one to the UI
thread could freeze the window for good). The window answers while they are made, a superseded preview is
never shown, a failure is shown calmly, and the PDF written on Save is the same as before."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import StorageError
from journal_app.models.values import EntryForm
from journal_app.services.exporting import build, pdf
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui
WORDS = "lighthousewren"


@pytest.fixture
def built(monkeypatch):
    """pdf.preview_parts recorded (the note it shows, its thread, the parts), held while `gate` is set; and
    pdf.start_preview, which makes the document from them (`made`: its thread and the document)."""
    real, real_start = pdf.preview_parts, pdf.start_preview

    class Built(list):
        gate: threading.Event | None = None
        made: list  # (thread, document, parts) per start_preview

    seen = Built()
    seen.made = []

    def recorded(summary, ratio=1.0, charts=None):
        gate = seen.gate
        if gate is not None:
            assert gate.wait(10)
        parts = real(summary, ratio, charts)
        seen.append((summary.note, threading.get_ident(), parts))
        return parts

    def started(parts):
        document = real_start(parts)
        seen.made.append((threading.get_ident(), document, parts))
        return document

    monkeypatch.setattr(pdf, "preview_parts", recorded)
    monkeypatch.setattr(pdf, "start_preview", started)
    return seen


@pytest.fixture
def dialog(window, harness, qtbot, built):
    now = datetime.now().replace(second=0, microsecond=0)
    for days in (1, 2, 3):
        harness.journal.save(EntryForm(occurred_at=now - timedelta(days=days), title=f"Texts {days}",
                                       body=f"I felt {WORDS} {days}.", shared=True))
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    d.format.setCurrentIndex(d.format.findData("pdf"))
    qtbot.waitUntil(lambda: d.isVisible() and not d.preview_pending, timeout=10000)
    return d


def test_the_document_is_built_on_the_worker_and_the_window_answers(dialog, qtbot, built):
    assert built and built[-1][1] != threading.get_ident()  # its parts made on a worker
    thread, document, parts = built.made[-1]
    assert thread == threading.get_ident() and parts is built[-1][2]  # the document made here, from them
    assert dialog.preview.document() is document and document.thread() is dialog.thread()
    assert WORDS in dialog.preview.toPlainText()
    before = len(built)
    built.gate = threading.Event()
    dialog.note.setPlainText("held on the worker")
    qtbot.waitUntil(lambda: not dialog._preview_timer.isActive(), timeout=3000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the document is held
    dialog.numbers.setChecked(not dialog.numbers.isChecked())
    assert dialog.preview_pending and len(built) == before
    assert "held on the worker" not in dialog.preview.toPlainText()
    built.gate.set()
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=10000)
    assert "held on the worker" in dialog.preview.toPlainText()
    held = built[before:]  # the superseded one and the newer one, finished in either order
    assert dialog.preview.document() is built.made[-1][1] and any(built.made[-1][2] is p for _n, _t, p in held)
    assert all(thread != threading.get_ident() for _note, thread, _parts in held)
    assert dialog.preview.document().thread() is dialog.thread()


def test_a_superseded_document_is_never_shown(dialog, qtbot, built, monkeypatch):
    shown = []
    real_show = dialog._show_preview
    monkeypatch.setattr(dialog, "_show_preview", lambda result: (shown.append(result[2]), real_show(result)))
    built.gate = threading.Event()
    dialog.note.setPlainText("older")
    qtbot.waitUntil(lambda: not dialog._preview_timer.isActive(), timeout=3000)
    dialog.note.setPlainText("newer")  # asked for while "older" is still held on the worker
    qtbot.waitUntil(lambda: not dialog._preview_timer.isActive(), timeout=3000)
    built.gate.set()
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=10000)
    qtbot.waitUntil(lambda: any(note == "older" for note, _t, _d in built), timeout=10000)
    qtbot.wait(100)  # the older one's answer, had it been kept, would have arrived by now
    older = [doc for note, _t, doc in built if note == "older"]
    assert all(doc not in shown for doc in older)
    assert "newer" in dialog.preview.toPlainText() and "older" not in dialog.preview.toPlainText()


def test_a_failed_document_says_why_calmly(dialog, qtbot, monkeypatch):
    def broken(*_a, **_k):
        raise StorageError("The preview could not be made just now. Nothing was changed.")

    monkeypatch.setattr(pdf, "preview_parts", broken)
    dialog.numbers.setChecked(not dialog.numbers.isChecked())
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=10000)
    assert dialog.preview.toPlainText() == "The preview could not be made just now. Nothing was changed."
    assert dialog.summary is None


def test_the_saved_pdf_is_the_same_as_before(dialog, qtbot, tmp_path, harness):
    pypdf = pytest.importorskip("pypdf")
    target = tmp_path / "summary.pdf"
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.write_to(target)
    direct = tmp_path / "direct.pdf"  # the summary rendered straight from the service, as before this change
    direct.write_bytes(pdf.render_pdf(build.build_summary(harness.journal, dialog.options(), today=dialog.today)))
    saved, expected = pypdf.PdfReader(target), pypdf.PdfReader(direct)
    assert len(saved.pages) == len(expected.pages) >= 1
    texts = [page.extract_text() for page in saved.pages]
    assert texts == [page.extract_text() for page in expected.pages]
    assert WORDS in "".join(texts).replace("\n", "")
