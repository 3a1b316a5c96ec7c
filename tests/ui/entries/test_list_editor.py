"""The trigger manager and the list of what people did are one list editor (list_editor.ListEditorDialog): the
list is read and every change saved on a worker through the operations layer, the window answers meanwhile, a
failure says its message in the dialog, and each change tells the other views ("journal changed")."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, QTimer

from journal_app.core import messages
from journal_app.core.errors import ReadOnlyJournal
from journal_app.ui.common import operations
from journal_app.ui.entries.list_editor import ListEditorDialog
from journal_app.ui.entries.moves_manager import MovesManagerDialog
from journal_app.ui.entries.trigger_manager import TriggerManagerDialog
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Kind:
    dialog: type[ListEditorDialog]
    signal: str  # the dialog's own "the list changed"
    add: str  # the journal's method that adds one
    read: str  # and the one that reads the list
    one: str  # the one that reads one by its slug
    rename: str
    archive: str
    new: str  # a new name
    slug: str  # its slug
    taken: str  # a name already in the list (any case)
    refused: str  # words of the message that refuses it


TRIGGERS = Kind(TriggerManagerDialog, "triggersChanged", "add_trigger", "triggers", "trigger", "rename_trigger",
                "set_trigger_archived", "Feeling criticised", "feeling-criticised", "WITHDRAWAL", "already a trigger")
MOVES = Kind(MovesManagerDialog, "movesChanged", "add_move", "moves", "move", "rename_move", "set_move_archived",
             "Cancelled plans", "cancelled-plans", "went QUIET", "already a move called")
KINDS = pytest.mark.parametrize("kind", [TRIGGERS, MOVES], ids=["triggers", "moves"])


def opened(qtbot, kind: Kind, journal, parent=None) -> ListEditorDialog:
    dialog = kind.dialog(journal, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() > 0, timeout=10000)
    return dialog


def answers(qtbot) -> None:
    """The UI thread runs a timer 20 ms from now: it is not blocked."""
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)


def names(dialog) -> list[str]:
    return [dialog.shown_name(dialog.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(dialog.list.count())]


@KINDS
def test_both_are_the_one_list_editor(kind):
    assert issubclass(kind.dialog, ListEditorDialog)
    # the list, the changes and the failures are the base's alone: neither manager has its own copy
    shared = ("reload", "_show", "_item", "change", "_failed", "_add", "_rename", "_toggle_archived", "reject", "ask")
    assert [name for name in shared if name in vars(kind.dialog)] == []


@KINDS
def test_saving_runs_on_a_worker_and_the_window_answers(qtbot, harness, monkeypatch, kind):
    journal = harness.journal
    dialog = opened(qtbot, kind, journal, harness.window)
    gate = Gate(journal, kind.add, monkeypatch)
    changed: list[bool] = []
    getattr(dialog, kind.signal).connect(lambda: changed.append(True))
    told: list[bool] = []
    operations.hub().journalChanged.connect(lambda: told.append(True))
    qtbot.keyClicks(dialog.new_name, kind.new)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert gate.started.wait(5)
    answers(qtbot)  # the UI thread answers while the worker saves
    assert dialog.busy and not dialog.add_button.isEnabled() and changed == [] and told == []
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # a second click waits for the first
    dialog.reject()
    assert dialog.isVisible()  # Close waits for the answer: the change is never half-reported
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)  # and then closes
    operations.wait_all()
    assert gate.threads == [gate.threads[0]] and gate.threads[0] is not threading.main_thread()
    assert changed == [True] and told == [True]  # the window and Patterns are told once
    assert getattr(journal, kind.one)(kind.slug).name == kind.new
    assert not dialog.busy and dialog.new_name.text() == ""


@KINDS
def test_the_list_is_read_on_a_worker(qtbot, harness, monkeypatch, kind):
    journal = harness.journal
    gate = Gate(journal, kind.read, monkeypatch)
    dialog = kind.dialog(journal, harness.window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert gate.started.wait(5)
    answers(qtbot)
    assert dialog.loading and dialog.list.count() == 0
    assert not dialog.rename_button.isEnabled() and dialog.archive_button.text() in ("Archive", "Hide")
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert gate.threads[0] is not threading.main_thread() and dialog.list.count() >= 3


@KINDS
def test_a_refused_name_shows_its_message_in_the_dialog(qtbot, harness, kind):
    journal = harness.journal
    dialog = opened(qtbot, kind, journal, harness.window)
    before = names(dialog)
    qtbot.keyClicks(dialog.new_name, kind.taken)
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    operations.wait_all()
    assert dialog.problem.isVisible() and kind.refused in dialog.problem.text()
    assert names(dialog) == before and dialog.new_name.text() == kind.taken  # nothing lost, nothing added
    assert dialog.add_button.isEnabled() and not dialog.busy


@KINDS
def test_a_read_only_journal_says_so_calmly(qtbot, harness, monkeypatch, kind):
    journal = harness.journal
    dialog = opened(qtbot, kind, journal, harness.window)
    dialog.list.setCurrentRow(0)
    first = dialog.current()
    gate = Gate(journal, kind.archive, monkeypatch, error=ReadOnlyJournal(messages.read_only_write()))
    gate.release.set()
    changed: list[bool] = []
    getattr(dialog, kind.signal).connect(lambda: changed.append(True))
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert dialog.problem.isVisible() and "read-only here" in dialog.problem.text()
    assert "Traceback" not in dialog.problem.text() and changed == []
    assert dialog.current().id == first.id and not dialog.current().archived
    assert dialog.archive_button.isEnabled()  # ready to try again


@KINDS
def test_a_change_elsewhere_is_shown(qtbot, harness, kind):
    """The list reads itself again on "journal changed" while it is shown (an import, another window)."""
    journal = harness.journal
    dialog = opened(qtbot, kind, journal, harness.window)
    operations.run(None, lambda: getattr(journal, kind.add)(kind.new), changes=True)
    qtbot.waitUntil(lambda: kind.new in names(dialog), timeout=10000)


def test_a_rename_keeps_the_chosen_item(qtbot, harness, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    dialog = opened(qtbot, MOVES, harness.journal, harness.window)
    dialog.list.setCurrentRow(1)
    chosen = dialog.current()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Stopped answering", True))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert dialog.current().id == chosen.id and dialog.shown_name(dialog.current()) == "Stopped answering"


@KINDS
def test_a_change_of_language_reaches_the_open_list(qtbot, harness, kind):
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.common.i18n import change_language

    dialog = opened(qtbot, kind, harness.journal, harness.window)
    dialog.list.setCurrentRow(1)
    chosen = dialog.current().id
    try:
        change_language(QApplication.instance(), "de")
        operations.wait_all()  # the list is read again (built-in names, counts)
        assert dialog.rename_button.text() == "Umbenennen…" and dialog.add_button.text() == "Hinzufügen"
        assert dialog.archive_button.text() == "Ausblenden" and dialog.current().id == chosen
        assert "Einträge (eingebaut)" in dialog.list.currentItem().text()
    finally:
        change_language(QApplication.instance(), "en")
        operations.wait_all()
    assert dialog.rename_button.text() == "Rename…" and "entries (built-in)" in dialog.list.currentItem().text()
