"""The cycle's records (issue 20) through the one door: beliefs (the person's own list, per entry how true each
felt, then a kinder thought and a second rating), what the other person did, and repair links. Nothing a form
does not show is lost on a save; taking a person off an entry takes their moves; the Trash and its emptying."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from journal_app.core.errors import InvalidInput, NotFound
from journal_app.models.cycle_values import BUILTIN_MOVES, BeliefMark, MoveMark
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services.journal import Journal

WHEN = datetime(2026, 3, 14, 20, 0, tzinfo=UTC)


@pytest.fixture
def parts(journal):
    """Sam and Alex, two beliefs, the built-in moves, and a trigger."""
    sam, alex = journal.add_person("Sam", "partner"), journal.add_person("Alex", "friend")
    leave, much = journal.add_belief("They'll leave"), journal.add_belief("I'm too much")
    moves = {m.slug: m.id for m in journal.moves()}
    return journal, sam.id, alex.id, leave.id, much.id, moves, journal.trigger("abandonment-fear").id


def _moment(parts, **changes) -> EntryForm:
    _journal, sam, _alex, leave, much, moves, fear = parts
    form = EntryForm(occurred_at=WHEN, body="He didn't text back.", triggers=(TriggerMark(fear, 7),),
                     person_ids=(sam,), beliefs=(BeliefMark(leave, 80), BeliefMark(much, None)),
                     moves=(MoveMark(sam, moves["went-quiet"]),))
    return replace(form, **changes)


# -- the lists ---------------------------------------------------------------------------------------------
def test_the_built_in_moves_and_adding_own(journal):
    assert [(m.slug, m.name, m.builtin) for m in journal.moves()] == [(b.slug, b.name, True) for b in BUILTIN_MOVES]
    own = journal.add_move("Cancelled plans")
    assert (own.slug, own.name, own.builtin) == ("cancelled-plans", "Cancelled plans", False)
    assert journal.move("cancelled-plans") == own == journal.move("CANCELLED PLANS")
    with pytest.raises(InvalidInput, match="already a move called"):
        journal.add_move("cancelled  PLANS")
    with pytest.raises(InvalidInput, match="already a move called"):
        journal.add_move("went quiet")  # a built-in's name
    renamed = journal.rename_move(own.id, "Cancelled our plans")
    assert journal.move(renamed.slug).name == "Cancelled our plans"
    hidden = journal.set_move_archived(journal.move("criticised").id, True)
    assert hidden.archived and journal.move("criticised").archived
    with pytest.raises(InvalidInput, match="not in your list of what someone did"):
        journal.move("shrugged")


def test_beliefs_are_the_persons_own_words(journal):
    first = journal.add_belief("  They'll   leave ")
    assert first.text == "They'll leave"
    assert journal.add_belief("THEY'LL LEAVE") == first  # the same belief, any case
    assert journal.belief("they'll leave") == first
    other = journal.add_belief("I'm too much")
    with pytest.raises(InvalidInput, match="already have the belief"):
        journal.rename_belief(other.id, "they'll LEAVE")
    assert journal.rename_belief(other.id, "I am too much").text == "I am too much"
    with pytest.raises(InvalidInput, match="needs a few words"):
        journal.add_belief("   ")
    with pytest.raises(InvalidInput, match="beliefs can be up to 200"):
        journal.add_belief("x" * 201)
    put_away = journal.set_belief_archived(other.id, True)
    assert put_away.archived
    assert journal.add_belief("i am too much").archived is False  # adding it again brings it back
    with pytest.raises(NotFound):
        journal.rename_belief(999, "nobody")


def test_suggestions_offer_own_words_first_then_the_examples(parts):
    journal, *_ = parts
    journal.save(_moment(parts))
    journal.save(_moment(parts, beliefs=(BeliefMark(parts[3], 60),)))
    assert journal.suggest_beliefs() == ["They'll leave", "I'm too much", "I have to handle this alone",
                                         "If I need something, I'll be let down"]
    assert journal.suggest_beliefs("LEAV") == ["They'll leave"]
    assert journal.suggest_beliefs("alone") == ["I have to handle this alone"]
    journal.set_belief_archived(parts[4], True)
    assert "I'm too much" not in journal.suggest_beliefs()  # put away, and not offered as an example either


# -- an entry's cycle ----------------------------------------------------------------------------------------
def test_an_entry_keeps_its_beliefs_and_moves(parts):
    journal, sam, _alex, leave, much, moves, _fear = parts
    saved = journal.save(_moment(parts))
    assert [(b.text, b.strength, b.balanced, b.rerated) for b in saved.beliefs] == [
        ("They'll leave", 80, "", None), ("I'm too much", None, "", None)]
    assert [(m.person_name, m.slug, m.name) for m in saved.moves] == [("Sam", "went-quiet", "Went quiet")]
    assert journal.get(saved.id) == saved
    assert saved.to_form().beliefs == (BeliefMark(leave, 80), BeliefMark(much, None))
    assert saved.to_form().moves == (MoveMark(sam, moves["went-quiet"]),)


def test_a_form_that_does_not_show_the_cycle_keeps_it(parts):
    """The window's editor (before it shows beliefs) sends beliefs=None and moves=None: nothing is lost."""
    journal, *_ = parts
    saved = journal.save(_moment(parts))
    again = journal.save(replace(saved.to_form(), body="Edited text.", beliefs=None, moves=None))
    assert again.body == "Edited text." and again.beliefs == saved.beliefs and again.moves == saved.moves
    emptied = journal.save(replace(saved.to_form(), beliefs=(), moves=()))  # a tuple, even empty, replaces
    assert emptied.beliefs == () and emptied.moves == ()


def test_taking_a_person_off_takes_their_moves(parts):
    journal, sam, alex, _leave, _much, moves, _fear = parts
    saved = journal.save(_moment(parts, person_ids=(sam, alex),
                                 moves=(MoveMark(sam, moves["went-quiet"]), MoveMark(alex, moves["reassured"]))))
    assert [(m.person_name, m.slug) for m in saved.moves] == [("Alex", "reassured"), ("Sam", "went-quiet")]
    kept = journal.save(replace(saved.to_form(), person_ids=(alex,), moves=None))
    assert [(m.person_name, m.slug) for m in kept.moves] == [("Alex", "reassured")]
    with pytest.raises(InvalidInput, match="only for a person on the entry"):
        journal.save(replace(kept.to_form(), moves=(MoveMark(sam, moves["criticised"]),)))


def test_the_checks_before_saving(parts):
    journal, *_ = parts
    leave = parts[3]
    for bad in (101, -1, True):
        with pytest.raises(InvalidInput, match="whole number from 0 to 100"):
            journal.save(_moment(parts, beliefs=(BeliefMark(leave, bad),)))
    with pytest.raises(InvalidInput, match="no longer exists"):
        journal.save(_moment(parts, beliefs=(BeliefMark(999, 50),)))
    with pytest.raises(InvalidInput, match="no longer exists"):
        journal.save(_moment(parts, moves=(MoveMark(parts[1], 999),)))
    twice = journal.save(_moment(parts, beliefs=(BeliefMark(leave, 20), BeliefMark(leave, 90))))
    assert [(b.text, b.strength) for b in twice.beliefs] == [("They'll leave", 90)]  # the last given wins
    assert journal.entry_count() == 1


def test_re_rating_a_belief_with_a_kinder_thought(parts):
    journal, _sam, _alex, leave, much, _moves, _fear = parts
    saved = journal.save(_moment(parts))
    later = WHEN + timedelta(days=2)
    rerated = journal.rerate_belief(saved.id, leave, balanced="  Sam was tired; he came back the next day. ",
                                    strength=35, at=later)
    belief = rerated.beliefs[0]
    assert (belief.strength, belief.balanced, belief.rerated, belief.rerated_at) == (
        80, "Sam was tired; he came back the next day.", 35, later)
    assert rerated.updated_at > saved.updated_at and rerated.body == saved.body
    assert rerated.beliefs[1] == saved.beliefs[1]  # the other belief is untouched
    kept = journal.save(replace(rerated.to_form(), body="More words."))  # a later save keeps the second step
    assert kept.beliefs == rerated.beliefs
    with pytest.raises(InvalidInput, match="does not hold that belief"):
        journal.rerate_belief(saved.id, journal.add_belief("Nobody comes").id, balanced="", strength=10)
    with pytest.raises(InvalidInput, match="whole number from 0 to 100"):
        journal.rerate_belief(saved.id, much, balanced="", strength=140)
    with pytest.raises(NotFound):
        journal.rerate_belief(999, much, balanced="", strength=10)


# -- repair --------------------------------------------------------------------------------------------------
def test_a_later_entry_repairs_an_earlier_moment(parts):
    journal, sam, *_ = parts
    moment = journal.save(_moment(parts))
    talk = journal.save(EntryForm(occurred_at=WHEN + timedelta(hours=30), body="We talked.", person_ids=(sam,)))
    link = journal.link_repair(talk.id, moment.id, reached_first="them")
    assert (link.repaired_id, link.entry_id, link.reached_first, link.hours) == (moment.id, talk.id, "them", 30)
    assert journal.get(moment.id).repaired_by == link
    assert journal.get(talk.id).repairs == (link,)
    # one repair per moment: linking another entry moves the link
    call = journal.save(EntryForm(occurred_at=WHEN + timedelta(hours=5), body="A call.", person_ids=(sam,)))
    journal.link_repair(call.id, moment.id, reached_first="me")
    assert journal.get(moment.id).repaired_by.entry_id == call.id
    assert journal.get(talk.id).repairs == ()
    journal.unlink_repair(moment.id)
    assert journal.get(moment.id).repaired_by is None
    with pytest.raises(NotFound, match="not linked"):
        journal.unlink_repair(moment.id)


def test_repair_links_are_checked(parts):
    journal, sam, *_ = parts
    moment = journal.save(_moment(parts))
    before = journal.save(EntryForm(occurred_at=WHEN - timedelta(hours=1), body="Earlier.", person_ids=(sam,)))
    with pytest.raises(InvalidInput, match="cannot repair itself"):
        journal.link_repair(moment.id, moment.id)
    with pytest.raises(InvalidInput, match="happened before"):
        journal.link_repair(before.id, moment.id)
    with pytest.raises(InvalidInput, match="who reached out first"):
        journal.link_repair(moment.id, before.id, reached_first="both")
    with pytest.raises(NotFound):
        journal.link_repair(moment.id, 999)
    journal.move_to_trash(before.id)
    with pytest.raises(InvalidInput, match="in the Trash"):
        journal.link_repair(moment.id, before.id)


def test_the_moments_offered_for_a_repair(parts):
    journal, sam, alex, *_ = parts
    fear = parts[6]
    old = journal.save(_moment(parts, occurred_at=WHEN - timedelta(days=40)))
    with_sam = journal.save(_moment(parts))
    with_alex = journal.save(_moment(parts, person_ids=(alex,), moves=(), occurred_at=WHEN + timedelta(hours=1)))
    untriggered = journal.save(EntryForm(occurred_at=WHEN + timedelta(hours=2), body="Fine.", person_ids=(sam,)))
    talk = journal.save(EntryForm(occurred_at=WHEN + timedelta(days=1), title="We talked it through",
                                  body="x", person_ids=(sam,)))
    offered = journal.repair_candidates(talk.id)
    assert [c.entry_id for c in offered] == [with_sam.id]  # triggered, with Sam, within 30 days, earlier
    assert (offered[0].heading, offered[0].people, offered[0].repaired_by) == ("He didn't text back.", ("Sam",), None)
    assert [c.entry_id for c in journal.repair_candidates(talk.id, lookback=timedelta(days=60))] == [
        with_sam.id, old.id]
    journal.link_repair(talk.id, with_sam.id)
    assert journal.repair_candidates(talk.id)[0].repaired_by == talk.id
    nobody = journal.save(EntryForm(occurred_at=WHEN + timedelta(days=2), body="Alone.",
                                    triggers=(TriggerMark(fear, 2),)))
    assert {c.entry_id for c in journal.repair_candidates(nobody.id)} == {with_sam.id, with_alex.id}
    assert untriggered.id not in {c.entry_id for c in journal.repair_candidates(nobody.id)}


def test_the_trash_and_emptying_it(parts):
    journal, sam, *_ = parts
    moment = journal.save(_moment(parts))
    talk = journal.save(EntryForm(occurred_at=WHEN + timedelta(hours=3), body="We talked.", person_ids=(sam,)))
    journal.link_repair(talk.id, moment.id)
    journal.rerate_belief(moment.id, parts[3], balanced="kinder", strength=10)
    journal.move_to_trash(moment.id)
    assert journal.get(moment.id).beliefs  # kept while in the Trash
    assert [(b.text, b.entry_count) for b in journal.beliefs(with_counts=True)] == [
        ("They'll leave", 0), ("I'm too much", 0)]
    journal.restore(moment.id)
    journal.move_to_trash(moment.id)
    journal.empty_trash()
    con = sqlite3.connect(journal.path)
    try:
        for table in ("entry_belief", "entry_move", "repair_link"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    finally:
        con.close()
    assert journal.get(talk.id).repairs == ()
    assert [b.text for b in journal.beliefs()] == ["They'll leave", "I'm too much"]  # the list stays


def test_counts_on_the_lists(parts):
    journal, sam, alex, _leave, _much, moves, _fear = parts
    journal.save(_moment(parts))
    journal.save(_moment(parts, person_ids=(sam, alex), moves=(MoveMark(sam, moves["went-quiet"]),
                                                                MoveMark(alex, moves["went-quiet"]))))
    counts = {m.slug: m.entry_count for m in journal.moves(with_counts=True)}
    assert counts["went-quiet"] == 2 and counts["reassured"] == 0  # entries, not people
    assert [b.entry_count for b in journal.beliefs(with_counts=True)] == [2, 2]


def test_a_journal_from_before_the_cycle_is_backed_up_and_upgraded(data_dir):
    """A journal at the revision before the cycle opens with today's code: backed up first, every entry kept,
    the built-in moves there and the new records usable."""
    from alembic import command

    from journal_app.services.backup import list_backups
    from journal_app.store import migrate
    from journal_app.store.engine import create_private_file, make_engine, make_private_dir

    make_private_dir(data_dir)
    create_private_file(data_dir / "journal.db")
    engine = make_engine(data_dir / "journal.db")
    try:
        cfg = migrate.alembic_config()
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0007_daily_rollups")
            conn.exec_driver_sql("INSERT INTO person (name, relationship, created_at) "
                                 "VALUES ('Sam', 'partner', '2026-01-01 10:00:00.000000')")
            for i in range(3):
                conn.exec_driver_sql(
                    "INSERT INTO entry (uuid, occurred_at, created_at, updated_at, title, body, shared) "
                    f"VALUES ('u{i}', '2026-01-0{i + 1} 10:00:00.000000', '2026-01-01 10:00:00.000000', "
                    f"'2026-01-01 10:00:00.000000', 'old {i}', 'written before the cycle', 0)")
                conn.exec_driver_sql(f"INSERT INTO entry_person (entry_id, person_id) VALUES ({i + 1}, 1)")
            conn.commit()
    finally:
        engine.dispose()
    with Journal.open(data_dir) as journal:
        assert journal.entry_count() == 3
        assert [m.slug for m in journal.moves()] == [b.slug for b in BUILTIN_MOVES]
        first, second = journal.get(1), journal.get(2)
        assert (first.beliefs, first.moves, first.repaired_by) == ((), (), None)
        belief = journal.add_belief("They'll leave")
        saved = journal.save(replace(first.to_form(), beliefs=(BeliefMark(belief.id, 70),),
                                     moves=(MoveMark(first.people[0].id, journal.move("went-quiet").id),)))
        assert saved.beliefs[0].strength == 70 and saved.moves[0].slug == "went-quiet"
        assert journal.link_repair(second.id, first.id).hours == 24
    assert [b.reason for b in list_backups(data_dir)] == ["before-upgrade-from-0007-daily-rollups"]
