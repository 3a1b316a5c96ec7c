"""Issue 17: the Export dialog never holds the window. The charts are drawn once and kept while what they show
stays the same (and the files use the same ones); a text preview goes in a part at a time and ends up exactly
the file; the range's entries are read on a worker and listed a slice at a time, and until they are all listed
the summary is the one the default ticks make; Stop writing stops a backup and leaves nothing behind."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.exporting import build, pdf
from journal_app.services.exporting.markdown import chart_alternatives, render_markdown
from journal_app.ui.therapy import export_options, export_preview
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui
WORDS = "lighthousewren"


@pytest.fixture
def drawn(monkeypatch):
    """pdf.chart_images counted: the keys of each call, and its thread."""
    real = pdf.chart_images
    calls: list[tuple[tuple[str, ...], int]] = []

    def counted(summary):
        calls.append((summary.charts, threading.get_ident()))
        return real(summary)

    monkeypatch.setattr(pdf, "chart_images", counted)
    return calls


def _fill(journal, days=(1, 2, 3, 4, 5, 6)):
    fear = journal.trigger("abandonment-fear").id
    sam = journal.add_person("Samwise", "partner")
    now = datetime.now().replace(second=0, microsecond=0)
    for day in days:
        journal.save(EntryForm(occurred_at=now - timedelta(days=day), title=f"Texts {day}",
                               body=f"Samwise and I: {WORDS} {day}.", triggers=(TriggerMark(fear, min(day, 10)),),
                               person_ids=(sam.id,), shared=day % 2 == 0))


def _open(window, qtbot, fmt="pdf"):
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    d.format.setCurrentIndex(d.format.findData(fmt))
    qtbot.waitUntil(lambda: d.isVisible() and not d.preview_pending, timeout=15000)
    return d


def settle(qtbot, d) -> str:
    qtbot.waitUntil(lambda: not d.preview_pending, timeout=15000)
    return d.preview.toPlainText()


def test_charts_are_drawn_once_while_what_they_show_stays(window, harness, qtbot, drawn):
    _fill(harness.journal)
    dialog = _open(window, qtbot)
    assert sorted(key for keys, _t in drawn for key in keys) == ["counts", "intensity"]  # none with responses
    assert all(thread != threading.get_ident() for _k, thread in drawn)  # on a worker
    before = len(drawn)
    for box in (dialog.numbers, dialog.insights, dialog.entries_box):  # the report does not change
        box.click()
        settle(qtbot, dialog)
    dialog.note.setPlainText("Talk about the phone")
    for fmt in ("md", "csv", "pdf"):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        settle(qtbot, dialog)
    assert len(drawn) == before
    dialog.people.setCurrentIndex(dialog.people.findData("role"))  # the charts' labels change: drawn again
    text = settle(qtbot, dialog)
    assert len(drawn) > before and "Samwise" not in text


def test_kept_charts_are_the_ones_the_summary_would_draw(window, harness, qtbot):
    _fill(harness.journal)
    dialog = _open(window, qtbot, "md")
    summary = dialog.summary
    kept = export_preview.ChartCache()
    assert kept.alternatives(summary) == chart_alternatives(summary)
    images, fresh = kept.images(summary), pdf.chart_images(summary)
    assert [(k, t) for k, _i, t in images] == [(k, t) for k, _i, t in fresh]
    assert all(a.size() == b.size() and a == b for (_k, a, _t), (_j, b, _u) in zip(images, fresh, strict=True))
    assert kept.images(summary)[0][1] is not None and kept.alternatives(summary) == chart_alternatives(summary)
    assert settle(qtbot, dialog) == render_markdown(summary)  # the preview used the kept alternatives


def test_saved_files_use_the_kept_charts_and_match_the_service(window, harness, qtbot, tmp_path, drawn):
    from journal_app.services.exporting.render import render

    _fill(harness.journal)
    dialog = _open(window, qtbot)
    before = len(drawn)
    for fmt in ("pdf", "md"):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        settle(qtbot, dialog)
        target = tmp_path / f"summary.{fmt}"
        with qtbot.waitSignal(dialog.written, timeout=20000):
            dialog.write_to(target)
        if fmt == "md":
            assert target.read_bytes() == render(dialog.summary, "md")
    assert len(drawn) == before  # neither file drew its charts again
    pypdf = pytest.importorskip("pypdf")
    saved = [p.extract_text() for p in pypdf.PdfReader(tmp_path / "summary.pdf").pages]
    direct = tmp_path / "direct.pdf"
    direct.write_bytes(pdf.render_pdf(build.build_summary(harness.journal, dialog.options(), today=dialog.today)))
    assert saved == [p.extract_text() for p in pypdf.PdfReader(direct).pages]


def test_text_parts_join_to_the_text_and_keep_line_ends_whole():
    text = "".join(f"line {i},\"a\r\nb\"\r\n" for i in range(500)) + "last"
    parts = export_preview.text_parts(text, 100)
    assert "".join(parts) == text and len(parts) > 10 and all(parts)
    assert all(not part.endswith("\r") for part in parts)
    assert all(len(part) < 100 + 30 for part in parts)
    assert export_preview.text_parts("short", 100) == ("short",)
    assert export_preview.text_parts("x" * 150 + "\n", 100) == ("x" * 150 + "\n",)  # no empty part at the end


def test_a_long_text_preview_goes_in_part_by_part_and_is_the_file(window, harness, qtbot, monkeypatch):
    monkeypatch.setattr(export_preview, "TEXT_PART_CHARS", 60)
    _fill(harness.journal)
    dialog = _open(window, qtbot, "md")
    inserted = []
    real = dialog.pane._next_part

    def counted():
        inserted.append(dialog.preview.toPlainText())
        real()

    monkeypatch.setattr(dialog.pane, "_next_part", counted)
    dialog.pane._feed.timeout.disconnect()
    dialog.pane._feed.timeout.connect(dialog.pane._next_part)
    dialog.note.setPlainText("A note long enough to come in its own part of the preview, and then some more.")
    text = settle(qtbot, dialog)
    assert text == render_markdown(dialog.summary)
    assert len(inserted) > 5  # one part per turn of the event loop
    assert all(len(shown) < len(text) for shown in inserted)


def test_entries_are_read_on_a_worker_and_listed_a_slice_at_a_time(window, harness, qtbot, monkeypatch):
    monkeypatch.setattr(export_options, "FILL_SLICE", 2)
    read_on = []
    real = export_options.entry_rows
    monkeypatch.setattr(export_options, "entry_rows",
                        lambda *a: (read_on.append(threading.get_ident()), real(*a))[1])
    _fill(harness.journal, days=(1, 2, 3, 4, 5, 6, 7))
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    added = []  # the rows are read on a worker: they are listed after this, a turn of the event loop later
    dialog.entry_list.model().rowsInserted.connect(lambda _parent, first, last: added.append(last - first + 1))
    settle(qtbot, dialog)
    assert read_on and all(thread != threading.get_ident() for thread in read_on)
    assert dialog.entry_list.topLevelItemCount() == 7 and added == [2, 2, 2, 1]
    items = [dialog.entry_list.topLevelItem(i) for i in range(7)]
    ticked = [i.data(0, export_options.ID) for i in items if i.checkState(0) == Qt.CheckState.Checked]
    assert dialog.options().entry_ids == tuple(ticked) and len(ticked) == 3  # the shared ones
    items[0].setCheckState(1, Qt.CheckState.Unchecked)
    assert dialog.options().text_hidden == frozenset({items[0].data(0, export_options.ID)})


def test_until_the_list_is_in_the_summary_is_the_default_ticks_one(window, harness, qtbot):
    journal = harness.journal
    _fill(journal, days=(1, 2, 3, 4, 5, 6, 7))
    dialog = _open(window, qtbot)
    listed = dialog.options()
    assert listed.entry_ids is not None
    dialog.range.setCurrentIndex(dialog.range.findData("last-4-weeks"))
    assert dialog.choices.entries.loading and dialog.options().entry_ids is None  # read on a worker
    before = build.build_summary(journal, dialog.options(), today=dialog.today)
    settle(qtbot, dialog)
    after = build.build_summary(journal, dialog.options(), today=dialog.today)
    assert dialog.options().entry_ids is not None
    assert before == after == dialog.summary


def test_a_list_of_years_is_taken_away_a_slice_at_a_time(window, harness, qtbot, monkeypatch):
    monkeypatch.setattr(export_options, "CLEAR_SLICE", 3)
    _fill(harness.journal, days=tuple(range(1, 12)))
    dialog = _open(window, qtbot)
    assert dialog.entry_list.topLevelItemCount() == 11
    dialog.range.setCurrentIndex(dialog.range.findData("custom"))
    dialog.start.setDate(dialog.start.date().addDays(-400))  # the same entries, listed again
    dialog.end.setDate(dialog.end.date().addDays(-200))  # none of them
    settle(qtbot, dialog)
    assert dialog.entry_list.topLevelItemCount() == 0 and dialog.summary.entries == ()


def test_stop_writing_stops_a_backup_and_leaves_nothing(window, harness, qtbot, tmp_path, monkeypatch):
    from journal_app.core.files import STOPPED
    from journal_app.services.exporting import json_backup

    _fill(harness.journal)
    started = threading.Event()

    def slow(journal, stream, progress=None):
        stream.write(b"{")
        for done in range(1000):
            started.set()
            time.sleep(0.01)
            progress(done, 1000)
        return 0

    monkeypatch.setattr(json_backup, "write_backup", slow)
    dialog = _open(window, qtbot, "json")
    target = tmp_path / "everything.json"
    dialog.write_to(target)
    assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    assert started.wait(10)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.writer.busy, timeout=10000)
    qtbot.waitUntil(lambda: dialog.status.text() == STOPPED, timeout=5000)
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith("everything")]
    assert dialog.save_button.isEnabled() and not dialog.cancel_button.isVisibleTo(dialog)


def test_the_shown_document_belongs_to_the_preview(window, harness, qtbot):
    _fill(harness.journal)
    dialog = _open(window, qtbot)
    first = dialog.preview.document()
    assert first.parent() is dialog.preview and first.thread() is dialog.thread()
    dialog.numbers.click()
    settle(qtbot, dialog)
    assert dialog.preview.document() is not first and dialog.preview.document().parent() is dialog.preview
    assert WORDS in dialog.preview.toPlainText()


def test_a_pdf_preview_goes_in_a_part_at_a_time_and_is_the_whole_document(window, harness, qtbot, monkeypatch):
    monkeypatch.setattr(pdf, "PREVIEW_ENTRIES", 2)
    added = []
    real = pdf.add_preview_part
    monkeypatch.setattr(pdf, "add_preview_part",
                        lambda document, part: (added.append(threading.get_ident()), real(document, part))[1])
    _fill(harness.journal, days=(1, 2, 3, 4, 5, 6, 7))
    dialog = _open(window, qtbot)
    dialog.entries_box.setChecked(True)
    dialog.range.setCurrentIndex(dialog.range.findData("last-4-weeks"))
    settle(qtbot, dialog)
    for item in (dialog.entry_list.topLevelItem(i) for i in range(dialog.entry_list.topLevelItemCount())):
        item.setCheckState(0, Qt.CheckState.Checked)  # all seven: four parts after the first two
    added.clear()
    text = settle(qtbot, dialog)
    assert len(dialog.summary.entries) == 7 and len(added) == 3  # entries 3-4, 5-6, 7: one per turn
    assert all(thread == threading.get_ident() for thread in added)
    whole = pdf.preview_document(dialog.summary, dialog.preview.devicePixelRatioF())
    assert text == whole.toPlainText() and all(f"Texts {day}" in text for day in range(1, 8))
