"""Getting started: triggers to notice, people, the next session and a tour; every page written through the
services, Skip writes nothing more, and the whole thing works from the keyboard alone. Each page reads and writes
on a worker (tests/ui/privacy/test_onboarding_off_the_ui_thread.py): these wait for them (`settled`)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDateEdit, QLineEdit, QWidget

from journal_app.services import therapy
from journal_app.ui.common import operations
from journal_app.ui.privacy.onboarding import OnboardingDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def make(qtbot, journal):
    def build(first_run=True):
        dialog = OnboardingDialog(journal, first_run)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settled(qtbot, dialog)  # the first page is read on a worker
        return dialog

    return build


def settled(qtbot, dialog):
    """Every read and write the dialog began on a worker has answered."""
    operations.wait_all()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settled(qtbot, button.window())  # what it wrote and read on a worker


def tick(qtbot, check):
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def box_for(dialog, journal, slug):
    return dialog.triggers_page.boxes[journal.trigger(slug).id]


def state(journal):
    return ([(t.name, t.archived) for t in journal.triggers()], journal.people(), therapy.sessions(journal))


def test_first_page_offers_the_three_builtins_with_a_kind_sentence(make, journal):
    dialog = make()
    page = dialog.triggers_page
    names = [box.text() for box in page.boxes.values()]
    assert names == ["Abandonment fear", "Withdrawal", "Push-pull"]
    assert all(box.isChecked() for box in page.boxes.values())
    for box in page.boxes.values():
        assert len(box.accessibleDescription()) > 30 and box.accessibleDescription().endswith(".")
    assert dialog.step.text() == "Step 1 of 4"
    assert not dialog.back_button.isEnabled() and dialog.skip_button.text() == "&Skip"


def test_unticking_withdrawal_archives_it_when_moving_on(qtbot, make, journal):
    dialog = make()
    tick(qtbot, box_for(dialog, journal, "withdrawal"))
    assert not journal.trigger("withdrawal").archived  # not before Next
    click(qtbot, dialog.next_button)
    assert journal.trigger("withdrawal").archived
    assert not journal.trigger("abandonment-fear").archived and not journal.trigger("push-pull").archived
    assert dialog.stack.currentWidget() is dialog.people_page
    click(qtbot, dialog.back_button)
    assert not box_for(dialog, journal, "withdrawal").isChecked()
    tick(qtbot, box_for(dialog, journal, "withdrawal"))
    click(qtbot, dialog.next_button)
    assert not journal.trigger("withdrawal").archived


def test_own_trigger_is_added_and_a_duplicate_gets_a_calm_line(qtbot, make, journal):
    dialog = make()
    page = dialog.triggers_page
    qtbot.keyClicks(page.new_name, "Feeling dismissed")
    click(qtbot, page.add_button)
    added = journal.trigger("feeling-dismissed")
    assert added.name == "Feeling dismissed" and not added.builtin and not added.archived
    assert page.boxes[added.id].isChecked() and page.new_name.text() == ""
    assert "Feeling dismissed" in page.note.text() and not page.problem.isVisible()

    qtbot.keyClicks(page.new_name, "feeling DISMISSED")
    click(qtbot, page.add_button)
    assert page.problem.isVisible() and "already a trigger" in page.problem.text()
    click(qtbot, dialog.next_button)  # the name still typed is tried again, and stops the step
    assert dialog.stack.currentWidget() is page
    assert [t.name for t in journal.triggers()].count("Feeling dismissed") == 1
    page.new_name.clear()
    click(qtbot, page.add_button)
    assert "needs a name" in page.problem.text()


def test_a_name_typed_but_not_added_is_added_by_next(qtbot, make, journal):
    dialog = make()
    qtbot.keyClicks(dialog.triggers_page.new_name, "Criticism")
    click(qtbot, dialog.next_button)
    assert journal.trigger("criticism").name == "Criticism"
    assert dialog.stack.currentWidget() is dialog.people_page


def test_people_are_added_with_their_relationship(qtbot, make, journal):
    dialog = make()
    click(qtbot, dialog.next_button)
    page = dialog.people_page
    assert page.known.text() == "Nobody yet."
    qtbot.keyClicks(page.name, "Sam")
    page.relationship.setCurrentIndex(page.relationship.findData("partner"))
    click(qtbot, page.add_button)
    assert journal.person("Sam").relationship == "partner"
    assert "Sam (partner)" in page.known.text() and "Added Sam" in page.note.text()
    qtbot.keyClicks(page.name, "Mum")
    page.relationship.setCurrentIndex(page.relationship.findData("parent"))
    click(qtbot, page.add_button)
    qtbot.keyClicks(page.name, "sam")
    click(qtbot, page.add_button)
    assert "already in your journal" in page.note.text()
    assert sorted((p.name, p.relationship) for p in journal.people()) == [("Mum", "parent"), ("Sam", "partner")]
    click(qtbot, page.add_button)  # nothing typed
    assert page.problem.isVisible() and "needs a name" in page.problem.text()


def go_to_session_page(qtbot, dialog):
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentWidget() is dialog.session_page
    return dialog.session_page


def test_next_session_is_recorded_once(qtbot, make, journal):
    dialog = make()
    page = go_to_session_page(qtbot, dialog)
    assert "no upcoming session" in page.current.text()
    assert not page.day.isEnabled()
    tick(qtbot, page.wanted)
    day = date.today() + timedelta(days=10)
    page.day.setDate(QDate(day.year, day.month, day.day))
    assert not page.hint.isVisible()
    click(qtbot, dialog.next_button)
    assert therapy.next_session(journal) == day
    assert dialog.stack.currentWidget() is dialog.tour_page
    click(qtbot, dialog.back_button)
    assert "next session is on" in page.current.text() and not page.wanted.isChecked()
    tick(qtbot, page.wanted)
    page.day.setDate(QDate(day.year, day.month, day.day))
    click(qtbot, dialog.next_button)
    assert [s.held_on for s in therapy.sessions(journal)] == [day]


def test_a_day_that_has_passed_is_kept_as_a_past_session_and_says_so(qtbot, make, journal):
    dialog = make()
    page = go_to_session_page(qtbot, dialog)
    tick(qtbot, page.wanted)
    day = date.today() - timedelta(days=3)
    page.day.setDate(QDate(day.year, day.month, day.day))
    assert page.hint.isVisible() and "past session" in page.hint.text()
    click(qtbot, dialog.next_button)
    assert therapy.last_session(journal) == day and therapy.next_session(journal) is None


def test_tour_has_four_cards_and_finish_accepts(qtbot, make, journal):
    dialog = make()
    for _ in range(3):
        click(qtbot, dialog.next_button)
    cards = [w.accessibleName() for w in dialog.tour_page.findChildren(QWidget) if w.objectName() == "tour-card"]
    assert cards == ["Writing", "Patterns", "Guidance", "Sharing with your therapist"]
    text = " ".join(label.text() for label in dialog.tour_page.findChildren(type(dialog.step)))
    for keys in ("Ctrl+N", "Ctrl+Shift+P", "F1", "Ctrl+Shift+E"):
        assert keys in text
    assert dialog.next_button.text() == "&Finish" and not dialog.skip_button.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.next_button)


def test_skip_on_the_first_page_changes_nothing(qtbot, make, journal):
    before = state(journal)
    dialog = make()
    tick(qtbot, box_for(dialog, journal, "withdrawal"))
    tick(qtbot, box_for(dialog, journal, "push-pull"))
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.skip_button)
    assert state(journal) == before


def test_skip_later_keeps_what_earlier_pages_wrote_and_nothing_more(qtbot, make, journal):
    dialog = make()
    tick(qtbot, box_for(dialog, journal, "withdrawal"))
    click(qtbot, dialog.next_button)
    qtbot.keyClicks(dialog.people_page.name, "Alex")  # typed, never added
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.skip_button)
    assert journal.trigger("withdrawal").archived
    assert journal.people() == []


def test_keyboard_only_run(qtbot, make, journal):
    dialog = make()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    first = box_for(dialog, journal, "abandonment-fear")
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    withdrawal = box_for(dialog, journal, "withdrawal")
    assert withdrawal.hasFocus()
    qtbot.keyClick(withdrawal, Qt.Key.Key_Space)
    assert not withdrawal.isChecked()
    qtbot.keyClick(withdrawal, Qt.Key.Key_Return)
    settled(qtbot, dialog)  # the ticks are written, and the next page read, on a worker
    assert dialog.stack.currentWidget() is dialog.people_page and journal.trigger("withdrawal").archived

    page = dialog.people_page
    assert page.name.hasFocus()
    qtbot.keyClicks(page.name, "Sam")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    assert page.relationship.hasFocus()
    qtbot.keyClick(page.relationship, Qt.Key.Key_Down)  # Partner -> Parent
    qtbot.keyClick(page.relationship, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # Return in the name box adds, and stays
    settled(qtbot, dialog)
    assert journal.person("Sam").relationship == "parent"
    assert dialog.stack.currentWidget() is page and page.name.hasFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # nothing typed: moves on
    settled(qtbot, dialog)
    session = dialog.session_page
    assert dialog.stack.currentWidget() is session and session.wanted.hasFocus()

    qtbot.keyClick(session.wanted, Qt.Key.Key_Space)
    assert session.day.hasFocus()
    qtbot.keyClick(session.day, Qt.Key.Key_Return)
    settled(qtbot, dialog)
    assert therapy.next_session(journal) == date.today() + timedelta(days=7)
    assert dialog.stack.currentWidget() is dialog.tour_page and dialog.next_button.hasFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)


def test_escape_skips(qtbot, make, journal):
    dialog = make()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_reopening_shows_the_current_state(qtbot, make, journal):
    journal.set_trigger_archived(journal.trigger("push-pull").id, True)
    own = journal.add_trigger("Jealousy", description="When someone else gets the attention I want.")
    journal.add_person("Robin", "friend")
    day = date.today() + timedelta(days=3)
    therapy.add_session(journal, day)
    dialog = make(first_run=False)
    page = dialog.triggers_page
    assert dialog.skip_button.text() == "&Close"
    assert not box_for(dialog, journal, "push-pull").isChecked()
    assert box_for(dialog, journal, "withdrawal").isChecked()
    assert page.boxes[own.id].isChecked()
    assert page.boxes[own.id].accessibleDescription() == "When someone else gets the attention I want."
    click(qtbot, dialog.next_button)
    assert "Robin (friend)" in dialog.people_page.known.text()
    click(qtbot, dialog.next_button)
    assert "next session is on" in dialog.session_page.current.text()
    assert journal.trigger("push-pull").archived  # Next kept it as it was


def test_every_control_has_an_accessible_name(make):
    dialog = make()
    kinds = (QAbstractButton, QLineEdit, QComboBox, QDateEdit)
    for page in dialog.pages:
        for widget in page.findChildren(QWidget):
            if isinstance(widget, kinds) and widget.parent() is not None and not widget.objectName().startswith("qt_"):
                assert widget.accessibleName(), widget
    assert all(b.accessibleName() for b in (dialog.skip_button, dialog.back_button, dialog.next_button))


def test_ask_is_true_after_finish_and_false_after_skip(qtbot, journal):
    parent = QWidget()
    qtbot.addWidget(parent)

    def finish():
        dialog = QApplication.activeModalWidget()
        for _ in dialog.pages:
            operations.wait_all()  # each step is read, and what it chose written, on a worker
            dialog.next()

    QTimer.singleShot(0, finish)
    assert OnboardingDialog.ask(parent, journal, first_run=True) is True
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert OnboardingDialog.ask(parent, journal, first_run=False) is False
