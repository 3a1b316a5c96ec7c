"""Issue 17: the Trash, the trigger manager, Help's Getting started, Export and Import no longer save what is
typed on the UI thread before they open (a save takes ~240 ms at 365,000 entries). The save goes to the write
lane, the window answers meanwhile, and the dialog opens once it has landed; at once when nothing is pending;
not at all when the save failed (the status says why, every word stays)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from journal_app.core.errors import StorageError
from journal_app.ui.entries.trash_dialog import TrashDialog
from journal_app.ui.entries.trigger_manager import TriggerManagerDialog
from journal_app.ui.privacy.onboarding import OnboardingDialog
from journal_app.ui.therapy.export_dialog import ExportDialog
from journal_app.ui.therapy.import_dialog import ImportDialog
from tests.ui.entries.test_saving_off_the_ui_thread import FULL, type_entry
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def answers(qtbot) -> None:
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)


@pytest.mark.parametrize("dialog, command", [(TrashDialog, "show_trash_action"),
                                             (TriggerManagerDialog, "triggers_action"),
                                             (ExportDialog, "therapy.export_action"),
                                             (ImportDialog, "therapy.import_action")])
def test_the_dialog_opens_after_the_save_landed_on_a_worker(window, harness, qtbot, monkeypatch, dialog,
                                                            command):
    shown: list[tuple[int, bool]] = []
    for name in ("exec", "show"):
        monkeypatch.setattr(dialog, name, lambda self: shown.append(
            (harness.journal.entry_count(), threading.current_thread() is threading.main_thread())) or 0)
    type_entry(qtbot, window, "Call", "He went quiet.")
    gate = Gate(harness.journal, "save", monkeypatch)
    autosave = window.session.autosave
    owner, _, name = command.rpartition(".")
    action = getattr(getattr(window, owner) if owner else window, name)
    action.trigger()
    assert gate.started.wait(5)  # the save runs, held, on the write lane's worker
    answers(qtbot)  # the window answers meanwhile
    action.trigger()  # asked again while waiting: opens once
    answers(qtbot)
    assert shown == [] and autosave.saving and window.editor.body_text() == "He went quiet."
    gate.release.set()
    qtbot.waitUntil(lambda: shown != [], timeout=60000)  # (Export: once the preload has its modules too)
    assert shown == [(1, True)]  # after the save: the entry is in the journal when the dialog reads it
    assert gate.threads[0] is not threading.main_thread()
    answers(qtbot)
    assert len(shown) == 1 and not autosave.dirty


def test_with_nothing_pending_the_trash_opens_at_once(window, harness, monkeypatch):
    shown: list[bool] = []
    monkeypatch.setattr(TrashDialog, "exec", lambda self: shown.append(True) or 0)
    window.show_trash_action.trigger()
    assert shown == [True]


def test_a_failed_save_keeps_the_dialog_closed_and_says_why(window, harness, qtbot, monkeypatch):
    shown: list[bool] = []
    monkeypatch.setattr(TrashDialog, "exec", lambda self: shown.append(True) or 0)
    monkeypatch.setattr(OnboardingDialog, "ask", classmethod(lambda cls, *a, **k: shown.append(True)))
    type_entry(qtbot, window, "Call", "He went quiet.")
    gate = Gate(harness.journal, "save", monkeypatch, StorageError(FULL))
    gate.release.set()
    window.show_trash()
    window.help.getting_started_action.trigger()
    autosave = window.session.autosave
    qtbot.waitUntil(lambda: not autosave.saving and FULL in window.save_status.text(), timeout=10000)
    answers(qtbot)
    assert shown == [] and autosave.dirty
    assert window.editor.body_text() == "He went quiet." and harness.journal.entry_count() == 0
    monkeypatch.setattr(harness.journal, "save", gate.real)  # the disk has room again
    window.help.getting_started_action.trigger()
    qtbot.waitUntil(lambda: shown == [True], timeout=10000)
    assert harness.journal.entry_count() == 1
