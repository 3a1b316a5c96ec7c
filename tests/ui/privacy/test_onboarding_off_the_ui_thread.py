"""Issue 17: Getting started reads and writes the journal on workers through the operations layer, never on the
UI thread: each page is disabled (and Next and Back wait) until what it shows is read; a change is written while
the window answers, and the step moves on once it is in (Skip and Escape wait for it); a newer read drops an older
one's answer; a failure is said on the page, which stays."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer

from journal_app.core.errors import JournalError
from journal_app.services import therapy
from journal_app.services.journal import Journal
from journal_app.ui.common import operations
from journal_app.ui.privacy.onboarding import OnboardingDialog
from tests.ui.gate import Gate

pytestmark = pytest.mark.gui


def answers(qtbot) -> None:
    """The UI thread runs a timer 20 ms from now: it is not blocked."""
    ticks: list[int] = []
    QTimer.singleShot(20, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)


def opened(qtbot, journal, first_run=True) -> OnboardingDialog:
    dialog = OnboardingDialog(journal, first_run)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def settled(qtbot, dialog) -> None:
    operations.wait_all()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_triggers_are_read_on_a_worker_and_the_page_waits(qtbot, journal, monkeypatch):
    gate = Gate(journal, "triggers", monkeypatch)
    dialog = opened(qtbot, journal)
    page = dialog.triggers_page
    assert gate.started.wait(10)
    answers(qtbot)  # the window answers while the triggers are read
    assert dialog.busy and not page.isEnabled() and page.boxes == {}
    assert not dialog.next_button.isEnabled() and dialog.skip_button.isEnabled()  # Skip still closes
    dialog.next()  # Next waits for the page
    assert dialog.stack.currentWidget() is page
    gate.release.set()
    settled(qtbot, dialog)
    assert [box.text() for box in page.boxes.values()] == ["Abandonment fear", "Withdrawal", "Push-pull"]
    assert page.isEnabled() and dialog.next_button.isEnabled()
    assert gate.threads and threading.main_thread() not in gate.threads


def test_the_ticks_are_written_on_a_worker_and_the_step_waits_for_them(qtbot, journal, monkeypatch):
    dialog = opened(qtbot, journal)
    settled(qtbot, dialog)
    withdrawal = dialog.triggers_page.boxes[journal.trigger("withdrawal").id]
    qtbot.mouseClick(withdrawal, Qt.MouseButton.LeftButton, pos=QPoint(8, withdrawal.height() // 2))
    gate = Gate(journal, "set_trigger_archived", monkeypatch)
    click(qtbot, dialog.next_button)
    assert gate.started.wait(10)
    answers(qtbot)
    assert dialog.stack.currentWidget() is dialog.triggers_page  # it moves on once the ticks are in
    assert not dialog.next_button.isEnabled() and not dialog.skip_button.isEnabled()
    dialog.reject()  # Skip or Escape while a change is written: not half-way
    assert dialog.isVisible()
    gate.release.set()
    settled(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.people_page and journal.trigger("withdrawal").archived
    assert gate.threads and threading.main_thread() not in gate.threads


def test_a_person_is_added_on_a_worker(qtbot, journal, monkeypatch):
    dialog = opened(qtbot, journal)
    settled(qtbot, dialog)
    click(qtbot, dialog.next_button)
    settled(qtbot, dialog)
    page = dialog.people_page
    qtbot.keyClicks(page.name, "Sam")
    gate = Gate(journal, "add_person", monkeypatch)
    changed: list[bool] = []
    operations.hub().journalChanged.connect(lambda: changed.append(True))
    click(qtbot, page.add_button)
    assert gate.started.wait(10)
    answers(qtbot)
    assert not page.isEnabled() and journal.people() == [] and changed == []
    gate.release.set()
    settled(qtbot, dialog)
    assert [p.name for p in journal.people()] == ["Sam"] and "Sam (partner)" in page.known.text()
    assert changed  # the window's views read again
    assert gate.threads and threading.main_thread() not in gate.threads


def test_the_session_is_read_and_written_on_a_worker(qtbot, journal, monkeypatch):
    dialog = opened(qtbot, journal)
    settled(qtbot, dialog)
    read = Gate(therapy, "next_session", monkeypatch)
    dialog.go(2)
    page = dialog.session_page
    assert read.started.wait(10)
    answers(qtbot)
    assert not page.isEnabled() and not dialog.back_button.isEnabled()
    read.release.set()
    settled(qtbot, dialog)
    assert "no upcoming session" in page.current.text()
    write = Gate(therapy, "add_session", monkeypatch)
    page.wanted.setChecked(True)
    day = date.today() + timedelta(days=4)
    page.day.setDate(QDate(day.year, day.month, day.day))
    click(qtbot, dialog.next_button)
    assert write.started.wait(10)
    answers(qtbot)
    assert dialog.stack.currentWidget() is page
    write.release.set()
    settled(qtbot, dialog)
    assert threading.main_thread() not in read.threads + write.threads  # (before this test reads it below)
    assert dialog.stack.currentWidget() is dialog.tour_page and therapy.next_session(journal) == day


def test_the_ui_thread_never_calls_the_journal(qtbot, journal, monkeypatch):
    """A whole run (a trigger unticked and one added, a person, a session): every journal call on a worker."""
    threads: list[int] = []
    for owner, names in ((Journal, ("triggers", "add_trigger", "set_trigger_archived", "people", "add_person")),
                         (therapy, ("next_session", "sessions", "add_session"))):
        for name in names:
            monkeypatch.setattr(owner, name, noting(getattr(owner, name), threads))
    dialog = opened(qtbot, journal)
    settled(qtbot, dialog)
    page = dialog.triggers_page
    box = next(iter(page.boxes.values()))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.keyClicks(page.new_name, "Feeling dismissed")
    click(qtbot, dialog.next_button)
    settled(qtbot, dialog)
    qtbot.keyClicks(dialog.people_page.name, "Robin")
    click(qtbot, dialog.next_button)
    settled(qtbot, dialog)
    dialog.session_page.wanted.setChecked(True)
    click(qtbot, dialog.next_button)
    settled(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.next_button)
    assert len(threads) >= 8 and threading.get_ident() not in threads
    assert journal.trigger("feeling-dismissed") and [p.name for p in journal.people()] == ["Robin"]
    assert therapy.next_session(journal) == date.today() + timedelta(days=7)


def noting(real, threads: list[int]):
    def call(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    return call


def test_an_older_read_is_dropped(qtbot, journal, monkeypatch):
    dialog = opened(qtbot, journal)
    settled(qtbot, dialog)
    dialog.go(1)
    settled(qtbot, dialog)
    page = dialog.people_page
    real = journal.people
    monkeypatch.setattr(journal, "people", list)  # what the older read will answer: nobody
    older = Gate(journal, "people", monkeypatch)
    page.load()
    assert older.started.wait(10)
    monkeypatch.setattr(journal, "people", real)
    journal.add_person("Robin", "friend")
    page.load()  # a newer read: it answers first
    qtbot.waitUntil(lambda: "Robin (friend)" in page.known.text(), timeout=10000)
    older.release.set()
    settled(qtbot, dialog)
    assert "Robin (friend)" in page.known.text()  # the older answer (nobody) was dropped


def test_a_refused_change_is_said_on_the_page_which_stays(qtbot, journal, monkeypatch):
    dialog = opened(qtbot, journal)
    settled(qtbot, dialog)
    Gate(journal, "set_trigger_archived", monkeypatch, JournalError("Your journal is read-only.")).release.set()
    box = dialog.triggers_page.boxes[journal.trigger("push-pull").id]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    click(qtbot, dialog.next_button)
    settled(qtbot, dialog)
    page = dialog.triggers_page
    assert dialog.stack.currentWidget() is page and page.isEnabled()
    assert page.problem.isVisible() and page.problem.text() == "Your journal is read-only."
    assert not journal.trigger("push-pull").archived


def test_a_failed_read_is_said_on_the_page(qtbot, journal, monkeypatch):
    Gate(journal, "triggers", monkeypatch, JournalError("The triggers could not be read.")).release.set()
    dialog = opened(qtbot, journal)
    settled(qtbot, dialog)
    page = dialog.triggers_page
    assert page.problem.text() == "The triggers could not be read." and page.isEnabled()
    assert dialog.next_button.isEnabled()  # nothing to write: Next moves on
