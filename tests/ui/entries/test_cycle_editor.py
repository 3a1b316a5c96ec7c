"""The cycle in the window's editor (issue 20): what I told myself (a belief with how true it felt, and later a
kinder thought with a second rating), what they did (per person, from the editable list), and what this
repaired (from the journal's recent moments, with who reached out first). Everything is read back from the
journal and shown again when the entry is reopened; a crash draft keeps it; a failure says why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from journal_app.core.errors import InvalidInput
from journal_app.core.timeutil import now_utc
from journal_app.models.cycle_values import BeliefMark, MoveMark, RepairChoice
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services import drafts
from journal_app.ui.common import operations
from journal_app.ui.entries import draft_keeper
from journal_app.ui.entries.rerate_dialog import Later, RerateDialog
from tests.ui.opening import open_entry

pytestmark = pytest.mark.gui
NOW = now_utc()


def moment(journal, hours_ago, body, *, sam=None, trigger=True, **cycle):
    fear = journal.trigger("abandonment-fear").id
    return journal.save(EntryForm(
        occurred_at=NOW - timedelta(hours=hours_ago), body=body,
        triggers=(TriggerMark(fear, 6),) if trigger else (), person_ids=(sam.id,) if sam else (), **cycle))


def open_cycle(qtbot, window, entry_id):
    assert open_entry(window, entry_id)
    section = window.editor.cycle
    if not section.is_open():
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert section.is_open() and section.body.isVisible()
    operations.wait_all()
    return section


def reopen(harness, entry_id):
    harness.close()
    window = harness.open()
    operations.wait_all()
    assert open_entry(window, entry_id)
    operations.wait_all()
    return window


def test_the_section_is_folded_unless_the_entry_holds_the_cycle(harness, qtbot):
    journal, window = harness.journal, harness.window
    sam = journal.add_person("Sam", "partner")
    plain = moment(journal, 5, "A quiet evening.")
    held = moment(journal, 4, "He went quiet.", sam=sam, moves=(MoveMark(sam.id, journal.move("went-quiet").id),))
    window.new_action.trigger()
    assert not window.editor.cycle.is_open() and not window.editor.cycle.body.isVisible()
    assert open_entry(window, plain.id)
    assert not window.editor.cycle.is_open()
    assert open_entry(window, held.id)
    assert window.editor.cycle.is_open()
    line = window.editor.cycle.moves.line_for(sam.id)
    assert line is not None and line.button.text() == "Went quiet"
    qtbot.mouseClick(window.editor.cycle.toggle, Qt.MouseButton.LeftButton)  # folded: what it holds
    assert not window.editor.cycle.body.isVisible()
    assert window.editor.cycle.summary.text() == "1 thing they did"


def test_a_belief_with_how_true_it_felt_is_saved_and_shown_again(harness, qtbot):
    journal, window = harness.journal, harness.window
    journal.add_belief("I'm too much")
    window.new_action.trigger()
    window.editor.body.insertPlainText("He didn't text back all evening.")
    window.session.save_now()
    entry_id = window.editor.entry_id
    section = open_cycle(qtbot, window, entry_id)
    beliefs = section.beliefs
    assert beliefs.suggestions()[0] == "I'm too much"  # their own words first, then the gentle examples
    assert "They'll leave" in beliefs.suggestions()
    beliefs.field.setFocus()
    qtbot.keyClicks(beliefs.field, "They'll leave")
    qtbot.keyClick(beliefs.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(beliefs.marks()) == 1)
    row = beliefs.row(beliefs.marks()[0].belief_id)
    assert row.words.text() == "“They'll leave”"
    assert row.strength.hasFocus()  # straight on to how true it felt
    qtbot.keyClicks(row.strength, "80")
    assert section.summary.text() == "what you told yourself, what they did, repair"  # open: what it is for
    window.session.save_now()

    stored = journal.get(entry_id)
    assert [(b.text, b.strength) for b in stored.beliefs] == [("They'll leave", 80)]
    assert journal.belief("they'll leave").id == stored.beliefs[0].belief_id  # joined the person's list

    window = reopen(harness, entry_id)
    section = window.editor.cycle
    assert section.is_open()
    [mark] = section.beliefs.marks()
    assert (section.beliefs.text_of(mark.belief_id), mark.strength) == ("They'll leave", 80)
    assert section.beliefs.row(mark.belief_id).strength.text() == "80%"


def test_a_kinder_thought_and_a_second_rating_later(harness, qtbot, monkeypatch):
    journal, window = harness.journal, harness.window
    leave = journal.add_belief("They'll leave")
    entry = moment(journal, 30, "Silence all night.", beliefs=(BeliefMark(leave.id, 90),))
    asked = []

    def answer(parent, text, mark):
        asked.append((text, mark.strength))
        return Later("Sam was tired; it was not about me.", 30)

    monkeypatch.setattr(RerateDialog, "ask", answer)
    section = open_cycle(qtbot, window, entry.id)
    row = section.beliefs.row(leave.id)
    qtbot.mouseClick(row.later, Qt.MouseButton.LeftButton)
    assert asked == [("They'll leave", 90)]
    assert "Sam was tired" in row.after.text() and row.after.isVisibleTo(row)
    window.session.save_now()

    [stored] = journal.get(entry.id).beliefs
    assert (stored.strength, stored.balanced, stored.rerated) == (90, "Sam was tired; it was not about me.", 30)
    assert stored.rerated_at is not None and abs(stored.rerated_at - now_utc()) < timedelta(minutes=5)

    window = reopen(harness, entry.id)
    row = window.editor.cycle.beliefs.row(leave.id)
    assert "Sam was tired; it was not about me." in row.after.text() and "30%" in row.after.text()


def test_the_rerate_dialog_gives_what_was_typed(qtbot):
    dialog = RerateDialog("They'll leave", BeliefMark(1, 85))
    qtbot.addWidget(dialog)
    assert "85%" in dialog.intro.text()
    qtbot.keyClicks(dialog.thought, "He called back the next day.")
    dialog.now.setValue(40)
    assert dialog.answer() == Later("He called back the next day.", 40)
    dialog.now.setValue(dialog.now.minimum())
    assert dialog.answer().rerated is None  # "not rated"


def test_what_they_did_from_the_list_and_in_own_words(harness, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    journal, window = harness.journal, harness.window
    sam, alex = journal.add_person("Sam", "partner"), journal.add_person("Alex", "friend")
    entry = journal.save(EntryForm(occurred_at=NOW - timedelta(hours=2), body="Dinner.",
                                   person_ids=(sam.id, alex.id)))
    section = open_cycle(qtbot, window, entry.id)
    line = section.moves.line_for(sam.id)
    line.fill()  # what opening the menu does
    names = [a.text() for a in line.menu.actions() if a.text()]
    assert names == ["Reached out", "Went quiet", "Criticised", "Reassured", "Pulled away", "Something else…"]
    quiet = journal.move("went-quiet")
    line.action_for(quiet.id).trigger()
    assert line.button.text() == "Went quiet"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Cancelled   plans ", True))
    other = section.moves.line_for(alex.id)
    other.fill()
    next(a for a in other.menu.actions() if a.text() == "Something else…").trigger()
    qtbot.waitUntil(lambda: other.button.text() == "Cancelled plans")
    window.session.save_now()

    own = journal.move("Cancelled plans")
    assert not own.builtin
    assert {(m.person_id, m.move_id) for m in journal.get(entry.id).moves} == {(sam.id, quiet.id),
                                                                               (alex.id, own.id)}
    # taking Alex off the entry takes what Alex did with them
    section.moves.set_people((sam,))
    assert section.moves.marks() == (MoveMark(sam.id, quiet.id),)

    window = reopen(harness, entry.id)
    moves = window.editor.cycle.moves
    assert moves.line_for(sam.id).button.text() == "Went quiet"
    assert moves.line_for(alex.id).button.text() == "Cancelled plans"


def test_the_list_of_moves_is_edited_like_triggers(harness, qtbot):
    from journal_app.ui.entries.moves_manager import MovesManagerDialog

    journal = harness.journal
    dialog = MovesManagerDialog(journal, harness.window)
    qtbot.addWidget(dialog)
    changed = []
    dialog.movesChanged.connect(lambda: changed.append(True))
    operations.wait_all()
    assert dialog.list.count() == 5
    qtbot.keyClicks(dialog.new_name, "Made a joke")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert journal.move("made-a-joke").name == "Made a joke" and changed
    assert dialog.new_name.text() == ""
    dialog.list.setCurrentRow(1)  # Went quiet
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert journal.move("went-quiet").archived
    assert dialog.archive_button.text() == "Show again"
    qtbot.keyClicks(dialog.new_name, "made a JOKE")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    operations.wait_all()
    assert dialog.problem.isVisibleTo(dialog) and "already a move called" in dialog.problem.text()


def test_linking_a_repair_with_who_reached_out_first(harness, qtbot):
    journal, window = harness.journal, harness.window
    sam, alex = journal.add_person("Sam", "partner"), journal.add_person("Alex", "friend")
    earlier = moment(journal, 26, "He didn't text back.", sam=sam)
    moment(journal, 20, "Alex cancelled.", sam=alex)  # another person: not offered
    moment(journal, 22, "No trigger here.", sam=sam, trigger=False)  # not a triggered moment: not offered
    later = journal.save(EntryForm(occurred_at=NOW - timedelta(hours=2), body="We talked it through.",
                                   person_ids=(sam.id,)))
    section = open_cycle(qtbot, window, later.id)
    picker = section.repair
    assert [c.entry_id for c in picker.candidates()] == [earlier.id]
    assert not picker.first.isEnabled()
    picker.moment.setCurrentIndex(picker.moment.findData(earlier.id))
    assert picker.first.isEnabled()
    picker.first.setCurrentIndex(picker.first.findData("them"))
    window.session.save_now()
    operations.wait_all()

    [link] = journal.get(later.id).repairs
    assert (link.repaired_id, link.reached_first) == (earlier.id, "them")
    assert journal.get(earlier.id).repaired_by.entry_id == later.id
    assert "24 hours later" in picker.links[0].status.text()

    window = reopen(harness, later.id)
    picker = window.editor.cycle.repair
    assert window.editor.cycle.is_open()
    assert picker.choice() == RepairChoice(earlier.id, "them") and not picker.pending()
    assert picker.moment.currentText().startswith(picker.moment.itemText(picker.moment.findData(earlier.id)))
    assert open_entry(window, earlier.id)
    assert window.editor.cycle.is_open()  # repaired later: the section says so
    assert "repaired later" in picker.later.text() and "They reached out first." in picker.later.text()

    # no longer a repair: the link goes
    assert open_entry(window, later.id)
    operations.wait_all()
    picker.moment.setCurrentIndex(0)
    window.session.save_now()
    operations.wait_all()
    assert journal.get(later.id).repairs == () and journal.get(earlier.id).repaired_by is None


def test_an_entry_repairs_two_earlier_moments_and_one_is_taken_off(harness, qtbot):
    journal, window = harness.journal, harness.window
    sam = journal.add_person("Sam", "partner")
    monday = moment(journal, 50, "He didn't text back.", sam=sam)
    tuesday = moment(journal, 26, "He cancelled dinner.", sam=sam)
    talk = journal.save(EntryForm(occurred_at=NOW - timedelta(hours=2), body="We talked about both.",
                                  person_ids=(sam.id,)))
    section = open_cycle(qtbot, window, talk.id)
    picker = section.repair
    assert not picker.add_button.isVisible()  # nothing linked yet: one choice is enough to start with
    picker.moment.setCurrentIndex(picker.moment.findData(monday.id))
    picker.first.setCurrentIndex(picker.first.findData("me"))
    assert picker.add_button.isVisible() and picker.add_button.isEnabled()
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert len(picker.links) == 2 and picker.links[1].choice() is None
    second = picker.links[1]
    second.moment.setCurrentIndex(second.moment.findData(tuesday.id))
    second.first.setCurrentIndex(second.first.findData("them"))
    assert not picker.add_button.isEnabled()  # no other moment to offer
    window.session.save_now()
    operations.wait_all()
    links = {(r.repaired_id, r.reached_first) for r in journal.get(talk.id).repairs}
    assert links == {(monday.id, "me"), (tuesday.id, "them")}
    assert "2 days later" in picker.links[0].status.text() and "24 hours later" in picker.links[1].status.text()

    window = reopen(harness, talk.id)  # both shown again
    section = window.editor.cycle
    picker = section.repair
    assert section.is_open() and len(picker.links) == 2 and not picker.pending()
    assert set(picker.choices()) == {RepairChoice(monday.id, "me"), RepairChoice(tuesday.id, "them")}
    assert all(link.remove.isVisible() for link in picker.links)
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)  # folded: how many it repaired
    assert section.summary.text() == "repaired 2 earlier moments"
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)

    monday_link = next(link for link in picker.links if link.choice().repaired_id == monday.id)
    qtbot.mouseClick(monday_link.remove, Qt.MouseButton.LeftButton)
    assert picker.choices() == (RepairChoice(tuesday.id, "them"),) and picker.pending()
    window.session.save_now()
    operations.wait_all()
    assert [(r.repaired_id, r.reached_first) for r in journal.get(talk.id).repairs] == [(tuesday.id, "them")]
    assert journal.get(monday.id).repaired_by is None and journal.get(tuesday.id).repaired_by.entry_id == talk.id
    window = reopen(harness, talk.id)
    assert window.editor.cycle.repair.choices() == (RepairChoice(tuesday.id, "them"),)


def test_the_links_are_written_all_or_nothing(harness):
    """One refused link (a moment in the Trash) leaves every link the journal had as it was."""
    journal = harness.journal
    sam = journal.add_person("Sam", "partner")
    first, second = moment(journal, 50, "One.", sam=sam), moment(journal, 26, "Two.", sam=sam)
    talk = journal.save(EntryForm(occurred_at=NOW, body="Talked.", person_ids=(sam.id,)))
    journal.link_repair(talk.id, first.id, reached_first="me")
    journal.move_to_trash(second.id)
    with pytest.raises(InvalidInput):
        journal.set_repairs(talk.id, (RepairChoice(second.id, None),))
    assert [(r.repaired_id, r.reached_first) for r in journal.get(talk.id).repairs] == [(first.id, "me")]
    assert journal.set_repairs(talk.id, ()) == () and journal.get(talk.id).repairs == ()


def test_a_refused_link_says_why_and_keeps_what_the_journal_holds(harness, qtbot, monkeypatch):
    journal, window = harness.journal, harness.window
    sam = journal.add_person("Sam", "partner")
    earlier = moment(journal, 26, "He didn't text back.", sam=sam)
    later = journal.save(EntryForm(occurred_at=NOW, body="Talked.", person_ids=(sam.id,)))
    section = open_cycle(qtbot, window, later.id)
    picker = section.repair

    def refuse(*_a, **_k):
        raise InvalidInput("That moment cannot be linked just now; nothing was changed.")

    monkeypatch.setattr(journal, "set_repairs", refuse)
    picker.moment.setCurrentIndex(picker.moment.findData(earlier.id))
    window.session.save_now()
    operations.wait_all()
    assert picker.note.isVisibleTo(picker) and picker.note.text().startswith("That moment cannot be linked")
    assert window.statusBar().currentMessage().startswith("That moment cannot be linked")
    assert picker.choice() is None and journal.get(later.id).repairs == ()


def test_a_belief_the_journal_refuses_says_why(harness, qtbot):
    window = harness.window
    window.new_action.trigger()
    window.editor.body.insertPlainText("words")
    window.session.save_now()
    section = open_cycle(qtbot, window, window.editor.entry_id)
    beliefs = section.beliefs
    beliefs.field.setText("x" * 201)
    qtbot.mouseClick(beliefs.add_button, Qt.MouseButton.LeftButton)
    operations.wait_all()
    assert beliefs.note.isVisibleTo(beliefs) and "up to 200" in beliefs.note.text()
    assert "up to 200" in window.statusBar().currentMessage()
    assert beliefs.marks() == () and beliefs.field.text() == "x" * 201  # the words stay to shorten


def test_typing_keeps_the_cycle_in_the_crash_draft(harness, qtbot):
    journal, window = harness.journal, harness.window
    sam = journal.add_person("Sam", "partner")
    leave = journal.add_belief("They'll leave")
    earlier = moment(journal, 26, "He didn't text back.", sam=sam)
    later = journal.save(EntryForm(occurred_at=NOW, body="Talked.", person_ids=(sam.id,)))
    window.session.autosave._delay = 60_000  # as if typing never paused
    section = open_cycle(qtbot, window, later.id)
    section.beliefs.add(journal.belief("They'll leave"))
    section.beliefs.row(leave.id).strength.setValue(60)
    quiet = journal.move("went-quiet").id
    section.moves.set_move(sam.id, quiet, True)
    section.repair.moment.setCurrentIndex(section.repair.moment.findData(earlier.id))
    section.repair.first.setCurrentIndex(section.repair.first.findData("me"))
    qtbot.waitUntil(lambda: (drafts.load(journal) or None) is not None
                    and drafts.load(journal).repair != (), timeout=4000)
    kept = drafts.load(journal)
    assert kept.form.beliefs == (BeliefMark(leave.id, 60),)
    assert kept.form.moves == (MoveMark(sam.id, quiet),)
    assert kept.repair == (RepairChoice(earlier.id, "me"),)
    assert journal.get(later.id).beliefs == ()  # only the draft so far


def test_restoring_a_draft_brings_the_cycle_back(harness, qtbot, monkeypatch):
    journal, window = harness.journal, harness.window
    sam = journal.add_person("Sam", "partner")
    leave = journal.add_belief("They'll leave")
    earlier = moment(journal, 26, "He didn't text back.", sam=sam)
    later = journal.save(EntryForm(occurred_at=NOW, body="Talked.", person_ids=(sam.id,)))
    reached = journal.move("reached-out").id
    rerated_at = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    form = EntryForm(id=later.id, occurred_at=later.occurred_at, body="Talked, and it helped.",
                     person_ids=(sam.id,), beliefs=(BeliefMark(leave.id, 70, "He came back.", 20, rerated_at),),
                     moves=(MoveMark(sam.id, reached),))
    drafts.keep(journal, form, repair=(RepairChoice(earlier.id, "them"),))
    window.refresh_vocabulary()  # as at the start, when the draft is offered: Sam is known
    operations.wait_all()
    monkeypatch.setattr(draft_keeper, "ask_restore", lambda parent, d, answer: answer(True))
    assert window.session.drafts.offer(window)
    operations.wait_all()  # the draft is read on a worker, then the entry it was an edit of
    section = window.editor.cycle
    assert section.is_open()
    assert section.beliefs.marks() == form.beliefs
    assert section.moves.marks() == form.moves
    assert section.repair.choice() == RepairChoice(earlier.id, "them")
    operations.wait_all()
    assert section.beliefs.row(leave.id).words.text() == "“They'll leave”"  # words from the person's list
    window.session.save_now()
    operations.wait_all()

    stored = journal.get(later.id)
    assert stored.body == "Talked, and it helped."
    assert [(b.belief_id, b.strength, b.balanced, b.rerated, b.rerated_at) for b in stored.beliefs] == [
        (leave.id, 70, "He came back.", 20, rerated_at)]
    assert [(m.person_id, m.move_id) for m in stored.moves] == [(sam.id, reached)]
    assert [(r.repaired_id, r.reached_first) for r in stored.repairs] == [(earlier.id, "them")]
    assert drafts.load(journal) is None


def test_tab_goes_from_the_fold_line_into_the_cycle(harness, qtbot):
    window = harness.window
    window.new_action.trigger()
    section = window.editor.cycle
    section.toggle.setFocus()
    qtbot.keyClick(section.toggle, Qt.Key.Key_Space)
    assert section.is_open()
    qtbot.keyClick(section.toggle, Qt.Key.Key_Tab)
    assert section.beliefs.field.hasFocus()
    assert window.editor.people.add_button.nextInFocusChain() is not None


def test_the_cycle_follows_a_change_of_language(harness, qtbot):
    from PySide6.QtWidgets import QApplication

    from journal_app.core import i18n
    from journal_app.ui.common.i18n import change_language

    journal, window = harness.journal, harness.window
    sam = journal.add_person("Sam", "partner")
    leave = journal.add_belief("They'll leave")
    earlier = moment(journal, 26, "He didn't text back.", sam=sam)
    later = moment(journal, 2, "We talked.", sam=sam, trigger=False,
                   beliefs=(BeliefMark(leave.id, 80, "He came back.", 30, NOW),),
                   moves=(MoveMark(sam.id, journal.move("reached-out").id),))
    journal.link_repair(later.id, earlier.id, reached_first="them")
    section = open_cycle(qtbot, window, later.id)
    try:
        change_language(QApplication.instance(), "de")
        assert section.moves.line_for(sam.id).button.text() == i18n.translate("moves", "Reached out") != "Reached out"
        after = section.beliefs.row(leave.id).after.text()
        assert after.startswith(i18n.translate("BeliefEditor", "Kinder thought: {thought}").split("{")[0])
        assert "Later it felt" not in after
        assert section.summary.text() == i18n.translate("CycleSection", "what you told yourself, what they did, repair")
        status = section.repair.links[0].status.text()
        assert "came back together" not in status and status
    finally:
        change_language(QApplication.instance(), "en")
    assert section.moves.line_for(sam.id).button.text() == "Reached out"
    assert section.repair.links[0].status.text() == "You came back together 24 hours later."
