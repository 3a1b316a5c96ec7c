"""Settings ▸ Language while the import dialog is open: its fixed words, the summary of the file (counts, dates,
the notes about the file), each tag's choices, the zones offered and the result of an import are worded again in
the new language at once; the file chosen and each tag's choice stay as they were."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication

from journal_app.ui.common.i18n import change_language
from journal_app.ui.therapy.import_dialog import ImportDialog
from tests.services.import_files import dayone_entry, dayone_json, jrnl_txt

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    change_language(QApplication.instance(), "en")


def _dialog(qtbot, harness, path):
    dialog = ImportDialog(harness.journal, harness.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(path)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)  # read on a worker
    return dialog


def test_the_summary_and_the_tag_choices_follow_the_language(qtbot, harness, tmp_path):
    path = tmp_path / "Journal.json"
    path.write_text(dayone_json([
        dayone_entry("9A3C1E0F5B7D4E2A8C6B1D3F5E7A9C0B", datetime(2026, 3, 14, 20, 30, tzinfo=UTC), "Late again.",
                     tags=["Sam", "late night"]),
        dayone_entry("1B3C1E0F5B7D4E2A8C6B1D3F5E7A9C0B", datetime(2026, 7, 1, 6, 0, tzinfo=UTC), ""),
    ]), "utf-8")
    dialog = _dialog(qtbot, harness, path)
    assert dialog.summary.text().startswith("2 entries, from Saturday 14 March 2026 to Wednesday 1 July 2026.")
    assert "1 empty entry will be skipped." in dialog.summary.text()
    sam = dialog.table.cellWidget(0, 2)
    sam.setCurrentIndex(sam.findData("Sam"))  # "New trigger: Sam", chosen by the person
    assert sam.currentText() == "New trigger: Sam"

    change_language(QApplication.instance(), "de")

    assert dialog.windowTitle() == "Aus einem anderen Tagebuch importieren"
    text = dialog.summary.text()
    assert text.startswith("2 Einträge, vom Samstag, 14. März 2026 bis zum Mittwoch, 1. Juli 2026."), text
    assert "1 leerer Eintrag wird übersprungen." in text, text
    assert "entries" not in text and "skipped" not in text
    assert sam.currentData() == "Sam" and sam.currentText() == "Neuer Auslöser: Sam"  # the choice stays
    assert sam.itemText(0) == "Als Worte im Text behalten"
    assert sam.accessibleName() == "Auslöser für das Schlagwort Sam"
    assert dialog.file_label.text() == str(path)
    assert dialog.mapping() == {"Sam": "Sam", "late night": None}

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start()
    assert dialog.status.text() == "1 Eintrag importiert. Neue Auslöser: Sam."
    change_language(QApplication.instance(), "en")
    assert dialog.status.text() == "Imported 1 entry. New triggers: Sam."
    assert dialog.summary.text().startswith("2 entries, from Saturday 14 March 2026")


def test_the_zones_and_the_notes_about_a_jrnl_file_follow_the_language(qtbot, harness, tmp_path):
    path = tmp_path / "journal.txt"
    path.write_bytes(jrnl_txt([(datetime(2026, 3, 14, 21, 30), "In Tokyo", "Words.")]).encode().rstrip(b"\n"))
    dialog = _dialog(qtbot, harness, path)
    assert "may have been cut off" in dialog.summary.text()
    tokyo = dialog.zone.findData("Asia/Tokyo")
    dialog.zone.setCurrentIndex(tokyo)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    assert dialog.zone.currentText() == "Written in Asia/Tokyo time"

    change_language(QApplication.instance(), "de")

    assert dialog.zone.currentIndex() == tokyo and dialog.zone.currentData() == "Asia/Tokyo"
    assert dialog.zone.currentText() != "Written in Asia/Tokyo time"
    assert "Asia/Tokyo" in dialog.zone.currentText()
    assert dialog.zone.itemText(0) != "Written in this computer's time zone"
    text = dialog.summary.text()
    assert "cut off" not in text and "journal.txt" in text and "1 Eintrag" in text, text
    assert dialog.preview.source_zone == "Asia/Tokyo"  # not read again: nothing changed but the words


def test_in_german_the_table_headings_are_not_cut(qtbot, harness):
    from journal_app.ui.common.i18n import apply_language

    apply_language(QApplication.instance(), "de")
    dialog = ImportDialog(harness.journal, harness.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    for column in (0, 1):
        text = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    assert dialog.table.horizontalHeaderItem(0).text() == "Schlagwort in der Datei"
