"""Issue 17 (flat memory): the Export dialog's preview holds one document, the one it shows, and a closed dialog
lets go of its summary and charts. Before, Qt kept every PDF preview's document (its text laid out and its
charts) until the dialog closed, about 5 MB a preview on a busy journal, and the window kept the closed
dialog's summary and full-size charts until the next Export. The charts are kept as PNG (tens of kilobytes each,
not megabytes of pixels) while the dialog is open."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextDocument

from journal_app.models.values import EntryForm, TriggerMark
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui


def _fill(journal) -> None:
    fear = journal.trigger("abandonment-fear").id
    now = datetime.now().replace(second=0, microsecond=0)
    for day in range(1, 7):
        journal.save(EntryForm(occurred_at=now - timedelta(days=day), title=f"Texts {day}", body=f"Day {day}.",
                               triggers=(TriggerMark(fear, day),), shared=True))


def _settled(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=15000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what deleteLater asked for


def _documents(dialog) -> list[QTextDocument]:
    return dialog.preview.findChildren(QTextDocument)


def test_the_preview_keeps_only_the_document_it_shows(window, harness, qtbot):
    _fill(harness.journal)
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    _settled(qtbot, dialog)
    first = dialog.preview.document()
    assert first.parent() is dialog.preview and "Texts 1" in first.toPlainText()
    for box in (dialog.numbers, dialog.insights, dialog.numbers, dialog.insights):
        box.click()
        _settled(qtbot, dialog)
        assert _documents(dialog) == [dialog.preview.document()]
    assert dialog.preview.document() is not first and "Texts 1" in dialog.preview.toPlainText()
    for fmt in ("md", "pdf"):  # a text preview goes into the document shown; the next PDF one replaces it
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        _settled(qtbot, dialog)
        assert len(_documents(dialog)) == 1


def test_the_kept_charts_are_small_and_give_the_drawn_images(window, harness, qtbot):
    from journal_app.services.exporting import pdf

    _fill(harness.journal)
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    _settled(qtbot, dialog)
    kept = dialog.charts._charts
    assert kept and all(0 < len(chart.png) < 200_000 for chart in kept.values())  # PNG, not megabytes of pixels
    images, fresh = dialog.charts.images(dialog.summary), pdf.chart_images(dialog.summary)
    assert [k for k, _i, _t in images] == [k for k, _i, _t in fresh]
    assert all(a == b for (_k, a, _t), (_j, b, _u) in zip(images, fresh, strict=True))
    dialog.reject()


def test_a_closed_export_dialog_lets_go_of_its_summary_and_charts(window, harness, qtbot):
    _fill(harness.journal)
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    _settled(qtbot, dialog)
    assert dialog.summary is not None and dialog.charts._charts  # charts drawn for the preview
    dialog.close_button.click()
    assert window.therapy.export_dialog is None  # the window no longer keeps it
    assert dialog.summary is None and not dialog.charts._charts
    window.therapy.export_action.trigger()  # and a new one works as before
    again = opened_export(window)  # (its first reads on a worker)
    _settled(qtbot, again)
    assert again is not dialog and "Texts 1" in again.preview.toPlainText()
    again.reject()
