"""The import dialog asks for the zone a jrnl or CSV file was written in (their times have none), and imports
in the zone chosen; for a file with zones (Day One) it does not ask."""

import json
from datetime import UTC, datetime

from journal_app.ui.therapy.import_dialog import ImportDialog
from tests.services.import_files import jrnl_txt


def test_the_zone_is_offered_for_jrnl_and_used(qtbot, harness, tmp_path):
    path = tmp_path / "journal.txt"
    path.write_text(jrnl_txt([(datetime(2026, 3, 14, 21, 30), "In Tokyo", "Words.")]), "utf-8")
    dialog = ImportDialog(harness.journal, harness.window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.zone.isHidden()
    dialog.set_file(path)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # read on a worker
    assert dialog.zone.isVisible() and dialog.zone.currentData() is None
    assert dialog.preview.first == datetime(2026, 3, 14, 20, 30, tzinfo=UTC)  # Berlin (the tests' zone)
    dialog.zone.setCurrentIndex(dialog.zone.findData("Asia/Tokyo"))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.preview.source_zone == "Asia/Tokyo"
    assert dialog.preview.first == datetime(2026, 3, 14, 12, 30, tzinfo=UTC)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start()
    assert harness.journal.page().rows[0].occurred_at == datetime(2026, 3, 14, 12, 30, tzinfo=UTC)

    day_one = tmp_path / "Journal.json"
    day_one.write_text(json.dumps({"metadata": {}, "entries": [
        {"uuid": "0F8FAD5BD9CB469FA16570867728950E", "creationDate": "2026-03-14T20:30:00Z", "text": "x"}]}))
    dialog.set_file(day_one)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.zone.isHidden()
