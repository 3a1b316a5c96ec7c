"""Issue 17 item 1: the Export dialog's preview is built on a worker (operations), after a pause in typing:
the window answers while it is built, typing a note builds it once (not on every key), what is saved straight
after typing holds the last letter, and a failure is shown calmly in the preview."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import StorageError
from journal_app.models.values import EntryForm
from journal_app.services.exporting import build
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui
WORDS = "lighthousewren"


@pytest.fixture
def calls(monkeypatch):
    """build_summary counted, noting its thread, and held while `calls.gate` is set."""
    real = build.build_summary

    class Calls(list):
        gate: threading.Event | None = None

    seen = Calls()

    def counted(journal, options, **kw):
        seen.append((options.note, threading.get_ident()))
        if seen.gate is not None:
            assert seen.gate.wait(10)
        return real(journal, options, **kw)

    monkeypatch.setattr(build, "build_summary", counted)
    return seen


@pytest.fixture
def dialog(window, harness, qtbot, calls):
    now = datetime.now().replace(second=0, microsecond=0)
    harness.journal.save(
        EntryForm(occurred_at=now - timedelta(days=1), title="Texts", body=f"I felt {WORDS}.", shared=True)
    )
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    qtbot.waitUntil(lambda: d.isVisible() and not d.preview_pending, timeout=10000)
    return d


def test_the_dialog_answers_while_the_preview_is_built(dialog, qtbot, calls):
    assert WORDS in dialog.preview.toPlainText()
    assert calls and calls[0][1] != threading.get_ident()  # built on a worker
    calls.gate = threading.Event()
    dialog.numbers.setChecked(not dialog.numbers.isChecked())
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)  # the event loop runs while the build is held
    qtbot.keyClicks(dialog.note, "still here")
    assert dialog.note.toPlainText() == "still here" and dialog.preview_pending
    calls.gate.set()
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=10000)
    assert "still here" in dialog.preview.toPlainText()


def test_typing_a_note_builds_the_preview_once_after_the_pause(dialog, qtbot, calls):
    before = len(calls)
    qtbot.keyClicks(dialog.note, "Talk about Sunday")  # 17 keys, well inside the pause
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=10000)
    notes = [note for note, _thread in calls[before:]]
    assert notes == ["Talk about Sunday"]
    assert "Talk about Sunday" in dialog.preview.toPlainText()


def test_saving_straight_after_typing_keeps_the_last_letter(dialog, qtbot, tmp_path):
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=10000)
    qtbot.keyClicks(dialog.note, "Bring up the phone")
    assert dialog.preview_pending  # the preview has not caught up yet
    target = tmp_path / "summary.md"
    with qtbot.waitSignal(dialog.written, timeout=10000):
        dialog.write_to(target)
    assert "Bring up the phone" in target.read_text(encoding="utf-8")


def test_a_failed_preview_says_why_calmly(window, harness, qtbot, monkeypatch):
    def broken(*_a, **_k):
        raise StorageError("The journal could not be read just now. Nothing was changed.")

    monkeypatch.setattr(build, "build_summary", broken)
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    qtbot.waitUntil(lambda: d.isVisible() and not d.preview_pending, timeout=10000)
    assert d.preview.toPlainText() == "The journal could not be read just now. Nothing was changed."
    assert d.summary is None
