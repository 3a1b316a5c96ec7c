"""Issue 17: showing a journal (window.attach), saving a new entry and changing the triggers read the journal's
triggers, people and guidance links through the operations layer, once, on a worker: the window answers while
they are read, and the editor, the search bar's filters and the guidance panel get them when they come. A crash
draft is offered only then (the editor must know the triggers it holds)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from journal_app.services.journal import Journal
from journal_app.ui.common import operations

pytestmark = pytest.mark.gui


@pytest.fixture
def held(monkeypatch):
    """Journal.triggers notes its thread and waits while `gate` is not set."""
    real = Journal.triggers

    class Held:
        def __init__(self) -> None:
            self.gate, self.inside = threading.Event(), threading.Event()
            self.threads: list[int] = []

    held = Held()

    def waiting(journal, *args, **kwargs):
        held.threads.append(threading.get_ident())
        held.inside.set()
        assert held.gate.wait(10)
        return real(journal, *args, **kwargs)

    monkeypatch.setattr(Journal, "triggers", waiting)
    return held


def _answers(qtbot) -> None:
    fired: list[bool] = []
    QTimer.singleShot(5, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)


def test_attach_reads_the_vocabulary_on_a_worker(qtbot, data_dir, held, monkeypatch):
    from journal_app.ui.shell.main_window import MainWindow

    journal = Journal.open(data_dir, create=True)
    journal.add_person("Samwise", "partner")
    offered: list[bool] = []
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window.session.drafts, "offer", lambda parent: offered.append(True))
    window.show()
    try:
        window.attach(journal)  # returns at once: the triggers are being read
        assert held.inside.wait(10)
        _answers(qtbot)
        assert threading.get_ident() not in held.threads
        assert window.search_bar.trigger.count() <= 1 and not offered  # nothing yet, no draft offered yet
        held.gate.set()
        operations.wait_all()
        assert window.editor.triggers.row_for("abandonment-fear") is not None
        names = [window.search_bar.trigger.itemText(i) for i in range(window.search_bar.trigger.count())]
        assert "Abandonment fear" in names
        people = [window.search_bar.person.itemText(i) for i in range(window.search_bar.person.count())]
        assert any("Samwise" in name for name in people)
        assert offered == [True]  # once the editor knows the triggers
        assert len(held.threads) == 1  # read once, not once for the editor and again for the filters
    finally:
        held.gate.set()
        operations.wait_all()
        window.close()
        journal.close()


def test_a_new_trigger_reaches_the_editor_and_the_filters_from_a_worker(qtbot, harness, held):
    window = harness.window
    held.gate.set()
    harness.journal.add_trigger("Left on read")
    held.gate.clear()
    held.inside.clear()
    held.threads.clear()
    window.reload_after_import()  # as after an import: triggers and people may be new
    assert held.inside.wait(10)
    _answers(qtbot)
    assert window.editor.triggers.row_for("left-on-read") is None
    held.gate.set()
    qtbot.waitUntil(lambda: window.editor.triggers.row_for("left-on-read") is not None, timeout=5000)
    names = [window.search_bar.trigger.itemText(i) for i in range(window.search_bar.trigger.count())]
    assert "Left on read" in names
    assert threading.get_ident() not in held.threads
