"""Issue 17: printing and saving a PDF never hold the window. Printing lays the pages out and paints them on the
writer's thread (only the print dialog is on the UI thread); the PDF is laid out a few entries at a time on
that thread. A test holds the worker in the middle and checks the window still answers; Stop stops a print
while it is laid out (nothing is sent) and not once pages are drawn."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTimer

from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.exporting import pdf
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui
WORDS = "lighthousewren"


def _fill(journal, days: int = 8) -> None:
    fear = journal.trigger("abandonment-fear").id
    now = datetime.now().replace(second=0, microsecond=0)
    for day in range(1, days + 1):
        journal.save(EntryForm(occurred_at=now - timedelta(days=day), title=f"Texts {day}",
                               body=f"{WORDS} {day}. " + "We talked it through slowly. " * 40,
                               triggers=(TriggerMark(fear, min(day, 10)),), shared=True))


def _open(window, qtbot):
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    qtbot.waitUntil(lambda: d.isVisible() and not d.preview_pending, timeout=15000)
    return d


def _text(path) -> str:
    """The PDF's words, one space between each."""
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def _answers(qtbot) -> None:
    """The UI thread's event loop runs: a timer set now fires."""
    fired: list[bool] = []
    QTimer.singleShot(5, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)


@pytest.fixture
def print_to(monkeypatch, tmp_path):
    """The print dialog accepted, printing to a PDF file (no printer needed): the file's path."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    out = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return out


@pytest.fixture
def held(monkeypatch):
    """pdf._draw_on_paper (one page painted) notes its thread and waits at the first page while `gate` is
    not set."""
    real = pdf._draw_on_paper

    class Held:
        def __init__(self) -> None:
            self.gate, self.inside = threading.Event(), threading.Event()
            self.threads: set[int] = set()

    held = Held()

    def waiting(document, painter, clip):
        held.threads.add(threading.get_ident())
        held.inside.set()
        assert held.gate.wait(10)
        return real(document, painter, clip)

    monkeypatch.setattr(pdf, "_draw_on_paper", waiting)
    return held


def test_printing_paints_on_a_worker_and_the_window_answers(window, harness, qtbot, print_to, held):
    _fill(harness.journal)
    dialog = _open(window, qtbot)
    assert dialog.print_summary()
    assert held.inside.wait(10)  # painting the first page, held there
    assert threading.get_ident() not in held.threads
    _answers(qtbot)
    assert dialog.writer.busy and not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.cancel_button.isVisibleTo(dialog)
    held.gate.set()
    qtbot.waitUntil(lambda: not dialog.writer.busy, timeout=30000)
    qtbot.waitUntil(lambda: dialog.status.text() == "Sent to the printer.", timeout=5000)
    text = _text(print_to)
    assert f"{WORDS} 1." in text and f"{WORDS} 8." in text
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def test_stop_while_laid_out_prints_nothing(window, harness, qtbot, print_to, monkeypatch):
    _fill(harness.journal)
    dialog = _open(window, qtbot)
    real, gate, inside = pdf._lay_out, threading.Event(), threading.Event()

    def waiting(*args):
        inside.set()
        assert gate.wait(10)
        args[-1](1)  # the layout's first progress: Stop takes effect here
        return real(*args)

    monkeypatch.setattr(pdf, "_lay_out", waiting)
    assert dialog.print_summary()
    assert inside.wait(10)
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.writer.busy, timeout=30000)
    assert not print_to.exists()
    assert "Sent to the printer." not in dialog.status.text() and dialog.print_button.isEnabled()


def test_stop_once_pages_are_drawn_prints_it_all(window, harness, qtbot, print_to, held):
    _fill(harness.journal)
    dialog = _open(window, qtbot)
    assert dialog.print_summary()
    assert held.inside.wait(10)
    dialog.cancel_button.click()  # too late: half a summary is not printed
    held.gate.set()
    qtbot.waitUntil(lambda: not dialog.writer.busy, timeout=30000)
    qtbot.waitUntil(lambda: dialog.status.text() == "Sent to the printer.", timeout=5000)
    assert f"{WORDS} 1." in _text(print_to) and f"{WORDS} 8." in _text(print_to)


def test_a_rejected_print_dialog_starts_nothing(window, harness, qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    _fill(harness.journal, 2)
    dialog = _open(window, qtbot)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.print_summary()
    assert not dialog.writer.busy and dialog.writer.writing is None


def test_saving_a_pdf_lays_it_out_in_pieces_on_a_worker_and_the_window_answers(
        window, harness, qtbot, tmp_path, monkeypatch):
    _fill(harness.journal, 12)
    monkeypatch.setattr(pdf, "LAYOUT_PIECE", 2500)  # a few entries a piece
    real, gate, inside = pdf._append_entries, threading.Event(), threading.Event()
    threads: list[int] = []

    def waiting(document, html):
        threads.append(threading.get_ident())
        inside.set()
        assert gate.wait(10)
        return real(document, html)

    monkeypatch.setattr(pdf, "_append_entries", waiting)
    dialog = _open(window, qtbot)
    target = tmp_path / "summary.pdf"
    dialog.write_to(target)
    assert inside.wait(10)  # between two pieces of the layout, held there
    _answers(qtbot)
    assert dialog.writer.busy and not target.exists()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.writer.busy, timeout=30000)
    assert len(threads) >= 3 and threading.get_ident() not in threads
    text = _text(target)
    assert all(f"{WORDS} {day}." in text for day in range(1, 13))
