"""A crash draft keeps the cycle the editor held: beliefs with how true they felt (and a kinder thought with
its second rating), what each person did, and the earlier moments this entry repaired with who reached out
first. A draft written before the cycle existed still reads, and leaves the entry's cycle as it is."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from journal_app.models.cycle_values import BeliefMark, MoveMark, RepairChoice
from journal_app.models.values import EntryForm
from journal_app.services import drafts
from journal_app.store import draft_queries as q

WHEN = datetime(2026, 3, 14, 20, 0, tzinfo=UTC)
LATER = datetime(2026, 3, 16, 9, 30, tzinfo=UTC)


def test_the_cycle_comes_back_from_a_draft(journal):
    sam = journal.add_person("Sam", "partner")
    leave, alone = journal.add_belief("They'll leave"), journal.add_belief("I have to handle this alone")
    quiet = journal.move("went-quiet")
    form = EntryForm(occurred_at=WHEN, body="He went quiet again.", person_ids=(sam.id,),
                     beliefs=(BeliefMark(leave.id, 85, "He was tired, not leaving.", 40, LATER),
                              BeliefMark(alone.id, None)),
                     moves=(MoveMark(sam.id, quiet.id),))
    drafts.keep(journal, form, repair=(RepairChoice(7, "them"), RepairChoice(9, None)))
    back = drafts.load(journal)
    assert back is not None
    assert back.form.beliefs == form.beliefs
    assert back.form.moves == form.moves
    assert back.repair == (RepairChoice(7, "them"), RepairChoice(9, None)) and back.repair_kept
    assert back.form == form


def test_an_empty_cycle_stays_empty_and_none_stays_none(journal):
    drafts.keep(journal, EntryForm(occurred_at=WHEN, body="x", beliefs=(), moves=()))
    back = drafts.load(journal)
    assert back is not None and back.form.beliefs == () and back.form.moves == () and back.repair == ()
    drafts.keep(journal, EntryForm(occurred_at=WHEN, body="x"))
    back = drafts.load(journal)
    assert back is not None and back.form.beliefs is None and back.form.moves is None


def test_a_draft_from_before_the_cycle_still_reads(journal):
    old = {"id": None, "occurred_at": WHEN.isoformat(), "title": "", "body": "old words", "triggers": [],
           "person_ids": [], "shared": False, "responses": [], "repair": None}
    with journal.writing() as conn:
        q.put(conn, None, json.dumps({"v": drafts.FORMAT, "editor": {"form": old, "saved_at": WHEN.isoformat()}}),
              WHEN)
    back = drafts.load(journal)
    assert back is not None and back.form.body == "old words"
    assert back.form.beliefs is None and back.form.moves is None and back.repair == ()
    assert not back.repair_kept  # the entry's link stays as it is


def test_the_quick_draft_keeps_the_editors_repair_apart(journal):
    drafts.keep(journal, EntryForm(occurred_at=WHEN, body="editor"), repair=(RepairChoice(3, None),))
    drafts.keep(journal, EntryForm(occurred_at=WHEN, body="quick"), drafts.QUICK)
    editor, quick = drafts.load(journal), drafts.load(journal, drafts.QUICK)
    assert editor is not None and editor.repair == (RepairChoice(3, None),)
    assert quick is not None and quick.repair == ()


def test_a_draft_from_when_an_entry_repaired_one_moment_still_reads(journal):
    """Drafts written before an entry could repair more than one moment kept one as [id, who reached out first];
    one with none kept null."""
    form = {"id": None, "occurred_at": WHEN.isoformat(), "title": "", "body": "words", "triggers": [],
            "person_ids": [], "shared": False, "responses": [], "repair": None}
    for stored, expected in (([7, "them"], (RepairChoice(7, "them"),)), (None, ())):
        with journal.writing() as conn:
            q.put(conn, None, json.dumps({"v": drafts.FORMAT, "editor": {
                "form": form, "saved_at": WHEN.isoformat(), "repair": stored}}), WHEN)
        back = drafts.load(journal)
        assert back is not None and back.repair == expected and back.repair_kept
