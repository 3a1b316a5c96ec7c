"""The import wizard: a preview with the tag mapping (changeable), import in the background, the list shows
the new entries, nothing twice, and a cancel leaves the journal as it was."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.gui


def _jrnl_json(path, n=3):
    entries = [{"title": f"Moment {i}.", "body": f"@anxious day {i} and @walks", "date": f"2025-03-{i + 1:02d}",
                "time": "21:30", "tags": ["@anxious", "@walks"], "starred": False} for i in range(n)]
    path.write_text(json.dumps({"tags": {"@anxious": n, "@walks": n}, "entries": entries}), encoding="utf-8")
    return path


def test_preview_map_and_import(window, harness, qtbot, tmp_path):
    from datetime import date

    from journal_app.ui.common.formatting import date_text
    from journal_app.ui.therapy.import_dialog import ImportDialog, keep_text

    dialog = ImportDialog(harness.journal, window)
    qtbot.addWidget(dialog)
    imported = []
    dialog.imported.connect(lambda r: (imported.append(r), window.reload_after_import()))
    dialog.set_file(_jrnl_json(tmp_path / "jrnl.json"))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # read on a worker
    assert dialog.preview.format == "jrnl-json" and dialog.preview.count == 3
    assert dialog.summary.text().startswith(  # dates as the date-format setting says
        f"3 entries, from {date_text(date(2025, 3, 1))} to {date_text(date(2025, 3, 3))}.")
    tags = {dialog.table.item(r, 0).text(): dialog.table.cellWidget(r, 2) for r in range(dialog.table.rowCount())}
    assert set(tags) == {"@anxious", "@walks"}
    assert tags["@walks"].currentText() == keep_text()
    tags["@anxious"].setCurrentIndex(tags["@anxious"].findData("abandonment-fear"))
    tags["@walks"].setCurrentIndex(tags["@walks"].findText("New trigger: walks"))
    assert dialog.mapping() == {"@anxious": "abandonment-fear", "@walks": "walks"}
    dialog.start(wait=True)
    assert imported and imported[0].added == 3 and "Imported 3 entries." in dialog.status.text()
    assert "New triggers: walks." in dialog.status.text()
    journal = harness.journal
    assert journal.entry_count() == 3 and journal.trigger("walks").name.lower() == "walks"
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)

    again = ImportDialog(journal, window)
    qtbot.addWidget(again)
    again.set_file(tmp_path / "jrnl.json")
    qtbot.waitUntil(lambda: not again.loading, timeout=10000)
    assert "3 are already in your journal" in again.summary.text()
    again.start(wait=True)
    assert journal.entry_count() == 3  # nothing twice


def test_a_bad_file_is_explained_and_nothing_is_imported(window, harness, qtbot, tmp_path):
    from journal_app.ui.therapy.import_dialog import ImportDialog

    bad = tmp_path / "broken.json"
    bad.write_text('{"tags": {}, "entries": [{"title": "x", "body": "", "date": "2025-13-01", "time": "21:30"}]}',
                   encoding="utf-8")
    dialog = ImportDialog(harness.journal, window)
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert "Nothing was imported" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert harness.journal.entry_count() == 0


def test_cancel_rolls_everything_back(harness, tmp_path):
    from journal_app.services.importing.apply import preview, run_import
    from journal_app.ui.therapy.import_dialog import ImportWorker

    p = preview(harness.journal, _jrnl_json(tmp_path / "big.json", n=20))
    worker = ImportWorker(lambda tick: run_import(harness.journal, p, None, tick))
    failed, finished = [], []
    worker.failed.connect(failed.append)
    worker.finished.connect(finished.append)
    worker.cancelled = True
    worker.run()
    assert failed == [""] and not finished
    assert harness.journal.entry_count() == 0


def test_import_is_in_the_journal_menu(window):
    action = window.therapy.import_action
    assert action in window.journal_menu.actions() and action.isEnabled()
