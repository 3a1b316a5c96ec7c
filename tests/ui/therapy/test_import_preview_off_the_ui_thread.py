"""Issue 17 item 1: the Import dialog reads the chosen file on a worker (operations): the dialog answers
while a large file is read, a newer choice replaces a reading still under way, and a file that cannot be
read is explained calmly."""

import json
import threading

import pytest
from PySide6.QtCore import QTimer

from journal_app.services.importing import apply
from journal_app.ui.therapy.import_dialog import ImportDialog

pytestmark = pytest.mark.gui


def jrnl_json(path, n):
    entries = [
        {"title": f"Moment {i}.", "body": "@anxious day", "date": f"2025-03-{i + 1:02d}", "time": "21:30",
         "tags": ["@anxious"], "starred": False}
        for i in range(n)
    ]
    path.write_text(json.dumps({"tags": {"@anxious": n}, "entries": entries}), encoding="utf-8")
    return path


@pytest.fixture
def held(monkeypatch):
    """apply.preview held while `gates[path.name]` is set; each reading notes its file and thread."""
    real = apply.preview
    gates, calls = {}, []

    def slow(journal, path, *a, **kw):
        calls.append((path.name, threading.get_ident()))
        gate = gates.get(path.name)
        if gate is not None:
            assert gate.wait(10)
        return real(journal, path, *a, **kw)

    monkeypatch.setattr(apply, "preview", slow)
    return gates, calls


def test_the_dialog_answers_while_a_file_is_read(qtbot, window, harness, tmp_path, held):
    gates, calls = held
    gates["big.json"] = threading.Event()
    dialog = ImportDialog(harness.journal, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(jrnl_json(tmp_path / "big.json", 5))
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the file is read
    assert dialog.loading and dialog.summary.text() == "Reading the file…"
    assert not dialog.import_button.isEnabled()
    gates["big.json"].set()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.preview.count == 5 and dialog.import_button.isEnabled()
    assert calls[0][1] != threading.get_ident()


def test_a_newer_file_replaces_a_reading_under_way(qtbot, window, harness, tmp_path, held):
    gates, calls = held
    gates["first.json"] = threading.Event()
    dialog = ImportDialog(harness.journal, window)
    qtbot.addWidget(dialog)
    dialog.set_file(jrnl_json(tmp_path / "first.json", 2))
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    dialog.set_file(jrnl_json(tmp_path / "second.json", 3))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.preview.count == 3
    gates["first.json"].set()  # the first file's answer comes too late
    from journal_app.ui.common import operations

    operations.wait_all()
    assert dialog.preview.count == 3 and dialog.path.name == "second.json"


def test_an_unreadable_file_is_explained(qtbot, window, harness, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ not json", encoding="utf-8")
    dialog = ImportDialog(harness.journal, window)
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert "Nothing was imported" in dialog.summary.text() and "Traceback" not in dialog.summary.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()
