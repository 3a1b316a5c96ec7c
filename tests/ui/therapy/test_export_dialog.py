"""The Export dialog: shared entries ticked and private ones off, a preview of exactly what is written,
per-entry choices, people by role, writing in the background (0600, atomic), bad targets, and printing."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services import therapy
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui
PRIVATE, SHARED = "zanzibarquokka", "lighthousewren"


@pytest.fixture
def dialog(window, harness, qtbot):

    journal = harness.journal
    fear = journal.trigger("abandonment-fear").id
    sam = journal.add_person("Sam", "partner")
    now = datetime.now().replace(second=0, microsecond=0)
    journal.save(EntryForm(occurred_at=now - timedelta(days=3), title="Texts", body=f"I felt {SHARED}.",
                           triggers=(TriggerMark(fear, 7),), person_ids=(sam.id,), shared=True))
    journal.save(EntryForm(occurred_at=now - timedelta(days=2), body=f"Only for me: {PRIVATE}.",
                           triggers=(TriggerMark(fear, 3),)))
    therapy.add_item(journal, "Why do I check my phone so much?")
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    qtbot.waitUntil(d.isVisible)
    settle(qtbot, d)
    return d


def settle(qtbot, d) -> str:
    """The preview is built on a worker: wait until the one asked for last is on screen; its text."""
    qtbot.waitUntil(lambda: not d.preview_pending, timeout=10000)
    return d.preview.toPlainText()


def _items(d):
    return [d.entry_list.topLevelItem(i) for i in range(d.entry_list.topLevelItemCount())]


def test_shared_entries_are_ticked_private_ones_off(dialog):
    assert dialog.fmt() == "pdf" and dialog.range.currentData() == "last-2-weeks"  # no session yet
    shared, private = _items(dialog)
    assert shared.checkState(0) == Qt.CheckState.Checked and private.checkState(0) == Qt.CheckState.Unchecked
    assert "(private)" in private.text(0)
    text = dialog.preview.toPlainText()
    assert SHARED in text and PRIVATE not in text
    assert "Why do I check my phone so much?" in text  # open questions are offered, ticked
    assert "not encrypted" in dialog.privacy.text()


def test_per_entry_choices_and_people_by_role(dialog, qtbot):
    shared, private = _items(dialog)
    private.setCheckState(0, Qt.CheckState.Checked)
    assert PRIVATE in settle(qtbot, dialog)
    shared.setCheckState(1, Qt.CheckState.Unchecked)  # triggers and intensity, not the words
    text = settle(qtbot, dialog)
    assert SHARED not in text and "Words kept private" in text and "Abandonment fear 7" in text
    dialog.people.setCurrentIndex(dialog.people.findData("role"))
    text = settle(qtbot, dialog)
    assert "partner" in text and "Sam" not in text


def test_markdown_and_csv_previews_are_the_file(dialog, tmp_path, qtbot):
    from journal_app.services.exporting.markdown import render_markdown

    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert settle(qtbot, dialog) == render_markdown(dialog.summary)
    target = tmp_path / "summary.md"
    dialog.write_to(target, wait=True)
    assert target.read_text(encoding="utf-8") == dialog.preview.toPlainText()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Saved 1 entry to" in dialog.status.text()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert settle(qtbot, dialog).splitlines()[0].startswith("Date,Time,Title,Text")


def test_pdf_is_written_in_the_background(dialog, tmp_path, qtbot):
    from pypdf import PdfReader

    target = tmp_path / "summary.pdf"
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.write_to(target)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    assert SHARED in text and PRIVATE not in text and "Page 1 of" in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_bad_target_says_so_and_leaves_nothing(dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    out = tmp_path / "exports"
    out.mkdir()
    dialog.write_to(out / "missing" / "summary.pdf", wait=True)
    assert shown and "does not exist" in shown[0] and "does not exist" in dialog.status.text()
    dialog.write_to(out, wait=True)
    assert "is a folder" in shown[-1]
    assert list(out.iterdir()) == []


def test_save_asks_where_then_writes(dialog, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "mine"), "")))
    dialog.save()
    qtbot.waitUntil((tmp_path / "mine.md").exists, timeout=10000)


def test_print_goes_through_the_system_dialog(dialog, tmp_path, monkeypatch, qtbot):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    out = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert dialog.print_summary()
    qtbot.waitUntil(lambda: not dialog.writer.busy, timeout=30000)  # laid out and painted on a worker
    assert SHARED in PdfReader(str(out)).pages[0].extract_text().replace("\n", " ") or out.stat().st_size > 1000
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not dialog.print_summary()


def test_since_last_session_is_the_default_range(window, harness, qtbot):
    from journal_app.ui.therapy.export_dialog import ExportDialog

    therapy.add_session(harness.journal, date.today() - timedelta(days=5))
    d = ExportDialog(harness.journal, window)
    qtbot.addWidget(d)
    assert d.range.currentData() == "since-last-session"
    rng, label = d.date_range()
    assert (rng.start, rng.end, label) == (date.today() - timedelta(days=5), date.today(), "Since my last session")


def test_json_backup_from_the_dialog(dialog, tmp_path, qtbot):
    from journal_app.services.importing.json_restore import read_backup_preview

    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert "whole journal" in settle(qtbot, dialog) and not dialog.entry_list.isEnabled()
    target = tmp_path / "everything.json"
    with qtbot.waitSignal(dialog.written, timeout=20000):
        dialog.write_to(target)
    preview = read_backup_preview(target)
    assert (preview.entries, preview.questions) == (2, 1)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
