"""Triggers and people through the Journal service."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.palette import OKABE_ITO
from journal_app.models.values import EntryFilter, EntryForm, TriggerMark

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


# -- people ----------------------------------------------------------------------------------------
def test_add_person_is_get_or_create_ignoring_case(journal):
    sam = journal.add_person("Sam", "partner")
    assert (sam.name, sam.relationship) == ("Sam", "partner")
    again = journal.add_person("sam")
    spaced = journal.add_person("  SAM ", "friend")
    assert again == sam and spaced == sam
    assert [p.name for p in journal.people()] == ["Sam"]
    assert journal.person("sAm") == sam


def test_add_person_ignores_case_beyond_ascii(journal):
    zoe = journal.add_person("Zoë", "friend")
    assert journal.add_person("ZOË") == zoe
    assert journal.add_person("zoë") == zoe
    assert len(journal.people()) == 1
    assert journal.person("ZOË") == zoe


def test_add_person_collapses_inner_whitespace(journal):
    p = journal.add_person("Anna   Maria")
    assert p.name == "Anna Maria"
    assert journal.person("anna maria") == p


def test_people_are_listed_alphabetically(journal):
    for name in ("mum", "Bea", "alex"):
        journal.add_person(name)
    assert [p.name for p in journal.people()] == ["alex", "Bea", "mum"]


@pytest.mark.parametrize("name, relationship", [("", "other"), ("   ", "other"), ("x" * 81, "other"),
                                                ("Kim", "boss"), ("Kim", "")])
def test_add_person_refuses_bad_input(journal, name, relationship):
    with pytest.raises(InvalidInput):
        journal.add_person(name, relationship)
    assert journal.people() == []


def test_unknown_person(journal):
    with pytest.raises(InvalidInput):
        journal.person("Nobody")


def test_update_person(journal):
    sam = journal.add_person("Sam", "partner")
    kim = journal.add_person("Kim", "friend")
    renamed = journal.update_person(sam.id, name="Samuel", relationship="family")
    assert (renamed.id, renamed.name, renamed.relationship) == (sam.id, "Samuel", "family")
    assert journal.person("samuel").relationship == "family"
    # changing only the case of one's own name is fine
    assert journal.update_person(kim.id, name="KIM", relationship="friend").name == "KIM"
    with pytest.raises(InvalidInput):
        journal.update_person(kim.id, name="samuel", relationship="friend")
    with pytest.raises(NotFound):
        journal.update_person(9999, name="Ghost", relationship="other")
    assert sorted(p.name for p in journal.people()) == ["KIM", "Samuel"]


# -- triggers --------------------------------------------------------------------------------------
def test_add_trigger_gets_slug_and_next_palette_colour(journal):
    first = journal.add_trigger("Feeling dismissed", description="  when I'm talked over ")
    assert (first.slug, first.name, first.builtin, first.archived) == (
        "feeling-dismissed", "Feeling dismissed", False, False,
    )
    assert first.description == "when I'm talked over"
    # the built-ins use the first three palette colours
    assert first.colour == OKABE_ITO[3] == "#E69F00"
    second = journal.add_trigger("Jealousy")
    assert second.colour == OKABE_ITO[4]
    assert [t.slug for t in journal.triggers()][-2:] == ["feeling-dismissed", "jealousy"]


def test_add_trigger_with_explicit_colour(journal):
    t = journal.add_trigger("Criticism", colour="#56B4E9")
    assert t.colour.upper() == "#56B4E9"
    assert journal.add_trigger("Next").colour == "#E69F00"


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#GGGGGG", "", "56B4E9#"])
def test_bad_colours_are_refused(journal, colour):
    with pytest.raises(InvalidInput):
        journal.add_trigger("Criticism", colour=colour)
    t = journal.add_trigger("Criticism")
    with pytest.raises(InvalidInput):
        journal.recolour_trigger(t.id, colour)
    assert journal.trigger(t.slug).colour == t.colour


def test_trigger_names_are_unique_ignoring_case(journal):
    journal.add_trigger("Jealousy")
    for name in ("jealousy", "JEALOUSY", " Jealousy ", "withdrawal"):
        with pytest.raises(InvalidInput):
            journal.add_trigger(name)
    journal.add_trigger("Ärger")
    with pytest.raises(InvalidInput):
        journal.add_trigger("ärger")
    assert len(journal.triggers()) == 5


def test_slugs_stay_unique(journal):
    original = journal.add_trigger("Jealousy")
    journal.rename_trigger(original.id, "Envy")
    again = journal.add_trigger("Jealousy")
    assert (original.slug, again.slug) == ("jealousy", "jealousy-2")
    journal.rename_trigger(again.id, "Envy at work")
    third = journal.add_trigger("JEALOUSY")
    assert third.slug == "jealousy-3"
    assert len({t.slug for t in journal.triggers()}) == 6


def test_slug_of_unusual_names(journal):
    assert journal.add_trigger("Ревность").slug == "ревность"
    assert journal.add_trigger("!!!").slug == "trigger"
    assert journal.add_trigger("???").slug == "trigger-2"
    assert journal.add_trigger("Being  ignored_by   friends").slug == "being-ignored-by-friends"


def test_rename_trigger(journal):
    t = journal.add_trigger("Jealousy")
    renamed = journal.rename_trigger(t.id, "Envy")
    assert (renamed.id, renamed.slug, renamed.name) == (t.id, "jealousy", "Envy")
    assert journal.rename_trigger(t.id, "ENVY").name == "ENVY"  # own name, other case: fine
    with pytest.raises(InvalidInput):
        journal.rename_trigger(t.id, "Withdrawal")
    with pytest.raises(InvalidInput):
        journal.rename_trigger(t.id, "   ")
    with pytest.raises(NotFound):
        journal.rename_trigger(9999, "Anything")
    assert journal.trigger("jealousy").name == "ENVY"


def test_recolour_trigger(journal):
    w = journal.trigger("withdrawal")
    assert journal.recolour_trigger(w.id, "#00ff7f").colour == "#00FF7F"
    assert journal.trigger("withdrawal").colour == "#00FF7F"
    with pytest.raises(NotFound):
        journal.recolour_trigger(9999, "#000000")


def test_archived_trigger_stays_on_old_entries(journal):
    t = journal.add_trigger("Jealousy")
    entry = journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(t.id, 6),)))
    archived = journal.set_trigger_archived(t.id, True)
    assert archived.archived is True
    listed = {x.slug: x for x in journal.triggers()}
    assert listed["jealousy"].archived is True
    assert [(c.slug, c.intensity, c.archived) for c in journal.get(entry.id).triggers] == [("jealousy", 6, True)]
    row = journal.page().rows[0]
    assert [(c.slug, c.archived) for c in row.triggers] == [("jealousy", True)]
    assert [r.id for r in journal.page(EntryFilter(trigger_ids=(t.id,))).rows] == [entry.id]
    # an old entry with an archived trigger can still be edited and keeps it
    again = journal.save(entry.to_form())
    assert [c.slug for c in again.triggers] == ["jealousy"]
    assert journal.set_trigger_archived(t.id, False).archived is False


def test_builtin_can_be_hidden(journal):
    w = journal.trigger("withdrawal")
    hidden = journal.set_trigger_archived(w.id, True)
    assert (hidden.builtin, hidden.archived) == (True, True)
    assert journal.trigger("withdrawal").archived is True


def test_unknown_trigger_slug(journal):
    with pytest.raises(InvalidInput, match="abandonment-fear, withdrawal, push-pull"):
        journal.trigger("jealousy")
    with pytest.raises(NotFound):
        journal.set_trigger_archived(9999, True)


def test_trigger_counts_skip_the_trash(journal):
    fear = journal.trigger("abandonment-fear")
    a = journal.save(EntryForm(occurred_at=WHEN, body="a", triggers=(TriggerMark(fear.id, 1),)))
    journal.save(EntryForm(occurred_at=WHEN, body="b", triggers=(TriggerMark(fear.id, 2),)))
    journal.move_to_trash(a.id)
    counts = {t.slug: t.entry_count for t in journal.triggers(with_counts=True)}
    assert counts == {"abandonment-fear": 1, "withdrawal": 0, "push-pull": 0}
