"""The journal's limits (models/limits.py), checked at every door: the Journal service (window and CLI add), the
therapy service, and the JSON restore; and reading never fails on a date outside them that an older journal
may already hold (stats and list in zones west and east of UTC)."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import UTC, date, datetime

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.timeutil import iso_local, to_local, to_utc
from journal_app.models import limits
from journal_app.models.values import EntryForm, TriggerMark
from journal_app.services import therapy
from journal_app.services.exporting.json_backup import write_backup
from journal_app.services.importing.json_restore import read_backup_preview, restore_backup
from journal_app.services.journal import Journal
from tests.cli.conftest import run_in_process, run_subprocess

WHEN = datetime(2026, 3, 14, 20, 15, tzinfo=UTC)


# -- the limits themselves -----------------------------------------------------------------------------------
def test_the_documented_limits():
    assert (limits.MAX_TITLE_CHARS, limits.MAX_BODY_CHARS, limits.MAX_NAME_CHARS) == (300, 1_000_000, 80)
    assert (limits.MAX_NOTE_CHARS, limits.MAX_ITEM_CHARS, limits.MAX_DESCRIPTION_CHARS) == (20_000, 2_000, 2_000)
    assert (limits.INTENSITY_MIN, limits.INTENSITY_MAX) == (0, 10)
    assert datetime(1900, 1, 1, tzinfo=UTC) == limits.EARLIEST
    assert datetime(2201, 1, 1, tzinfo=UTC) == limits.LATEST


def test_messages_name_the_field_and_the_limit():
    assert str(limits.refusal(limits.title_problem("t" * 301))) == (
        "The title is 301 characters long; titles can be up to 300. Nothing was saved.")
    assert limits.note_problem("n" * 30_000) == (
        "the session note is 30,000 characters long; session notes can be up to 20,000")
    assert limits.uuid_problem("not-a-uuid").startswith("the uuid 'not-a-uuid' is not a UUID")
    assert "0001-01-01 is outside the dates this journal holds (1 January 1900 to 31 December 2200)" in \
        limits.when_problem(datetime(1, 1, 1, tzinfo=UTC))
    assert limits.intensity_problem(11, "push-pull") == (
        "the intensity of push-pull is 11; intensities are whole numbers from 0 to 10")
    for fine in (limits.title_problem("t" * 300), limits.body_problem("b" * limits.MAX_BODY_CHARS),
                 limits.when_problem(datetime(1900, 1, 1, tzinfo=UTC)),
                 limits.when_problem(datetime(2200, 12, 31, 23, 59, tzinfo=UTC)), limits.intensity_problem(0),
                 limits.intensity_problem(None), limits.uuid_problem("0F8FAD5BD9CB469FA16570867728950E")):
        assert fine is None
    assert limits.when_problem(datetime(2201, 1, 1, tzinfo=UTC))
    assert limits.intensity_problem(True) and limits.intensity_problem(-1)


# -- the Journal service: what the window's editor and `journal-app add` save through ------------------------
@pytest.mark.parametrize(("form", "needle"), [
    (EntryForm(occurred_at=WHEN, title="t" * 301), "The title is 301 characters long; titles can be up to 300."),
    (EntryForm(occurred_at=WHEN, body="b" * (limits.MAX_BODY_CHARS + 1)),
     "The text is 1,000,001 characters long; an entry's text can be up to 1,000,000"),
    (EntryForm(occurred_at=datetime(1, 1, 1, tzinfo=UTC), body="x"), "0001-01-01 is outside the dates"),
    (EntryForm(occurred_at=datetime(9999, 12, 31, 23, 0), body="x"), "9999-12-31 is outside the dates"),
    (EntryForm(occurred_at=datetime(1899, 12, 31, 23, 0, tzinfo=UTC), body="x"), "1899-12-31 is outside"),
])
def test_save_refuses_what_does_not_fit(journal, form, needle):
    with pytest.raises(InvalidInput) as caught:
        journal.save(form)
    assert needle in str(caught.value) and str(caught.value).endswith("Nothing was saved.")
    assert journal.entry_count() == 0


def test_save_refuses_an_intensity_out_of_range(journal):
    fear = journal.trigger("abandonment-fear").id
    with pytest.raises(InvalidInput, match="not a whole number from 0 to 10"):
        journal.save(EntryForm(occurred_at=WHEN, body="x", triggers=(TriggerMark(fear, 11),)))
    assert journal.entry_count() == 0


def test_names_and_descriptions(journal):
    with pytest.raises(InvalidInput, match="person's name is 81 characters long; names can be up to 80"):
        journal.add_person("n" * 81)
    with pytest.raises(InvalidInput, match="description is 2,001 characters long"):
        journal.add_trigger("Criticism", description="d" * 2_001)
    assert journal.add_person("n" * 80).name == "n" * 80


def test_session_notes_and_things_to_bring_up(journal):
    with pytest.raises(InvalidInput) as caught:
        therapy.add_session(journal, date(2026, 3, 5), "n" * 30_000)
    assert str(caught.value) == ("The session note is 30,000 characters long; session notes can be up to 20,000. "
                                 "Please shorten it; nothing was saved.")
    with pytest.raises(InvalidInput, match="outside the dates this journal holds"):
        therapy.add_session(journal, date(1, 1, 1))
    with pytest.raises(InvalidInput, match="thing to bring up is 2,001 characters long"):
        therapy.add_item(journal, "q" * 2_001)
    assert therapy.sessions(journal) == [] and therapy.agenda(journal) == []
    assert therapy.add_session(journal, date(2026, 3, 5), "n" * 20_000).note == "n" * 20_000


# -- the CLI's add -------------------------------------------------------------------------------------------
@pytest.fixture
def ready(capsys, monkeypatch, data_dir):
    def run(*argv, stdin=None):
        return run_in_process(capsys, ["--data-dir", str(data_dir), *argv], stdin, monkeypatch)

    assert run("init", "--no-passphrase").code == 0
    return run


def test_cli_add_refuses_with_the_limit_and_exit_2(ready):
    ready("add", "-", stdin=b"x" * (limits.MAX_BODY_CHARS + 1)).assert_one_line_error(
        2, "The text is 1,000,001 characters long; an entry's text can be up to 1,000,000", "Nothing was saved.")
    ready("add", "words", "--at", "0001-01-01").assert_one_line_error(2, "0001-01-01")
    ready("add", "words", "--title", "t" * 301).assert_one_line_error(
        2, "The title is 301 characters long; titles can be up to 300. Nothing was saved.")
    ready("add", "words", "--person", "p" * 81).assert_one_line_error(
        2, "The person's name is 81 characters long; names can be up to 80.")
    ready("add", "words", "--trigger", "withdrawal:11").assert_one_line_error(2, "0 to 10")
    assert ready("list", "--json").json() == []
    assert ready("add", "-", stdin=b"y" * limits.MAX_BODY_CHARS).code == 0


# -- the JSON restore ----------------------------------------------------------------------------------------
@pytest.fixture
def backup_doc(tmp_path):
    with Journal.open(tmp_path / "source", create=True) as source:
        source.save(EntryForm(occurred_at=WHEN, title="kept", body="words"))
        therapy.add_session(source, date(2026, 3, 5), "a note")
        therapy.add_item(source, "ask about it")
        path = tmp_path / "backup.json"
        with open(path, "wb") as stream:
            write_backup(source, stream)
    return json.loads(path.read_text("utf-8"))


def _changed(doc, where, key, value):
    doc = copy.deepcopy(doc)
    doc[where][0][key] = value
    return doc


@pytest.mark.parametrize(("where", "key", "value", "needle"), [
    ("entries", "occurred_at", "0001-01-01T00:00:00.000000Z", "0001-01-01 is outside the dates"),
    ("entries", "occurred_at", "0001-01-01T00:00:00+05:00", "is outside the dates"),
    ("entries", "created_at", "9999-12-31T23:59:59.000000Z", "9999-12-31 is outside the dates"),
    ("entries", "title", "t" * 301, "the title is 301 characters long; titles can be up to 300"),
    ("entries", "body", "b" * 10_000_000, "the text is 10,000,000 characters long"),
    ("entries", "uuid", "not-a-uuid", "the uuid 'not-a-uuid' is not a UUID"),
    ("sessions", "note", "n" * 30_000, "the session note is 30,000 characters long"),
    ("sessions", "uuid", "not-a-uuid", "is not a UUID"),
    ("sessions", "held_on", "0001-01-01", "0001-01-01 is outside the dates"),
    ("questions", "text", "q" * 2_001, "the thing to bring up is 2,001 characters long"),
    ("triggers", "name", "n" * 81, "trigger's name is 81 characters long"),
    ("people", "name", "n" * 81, "person's name is 81 characters long"),
])
def test_restore_refuses_what_does_not_fit(tmp_path, journal, backup_doc, where, key, value, needle):
    if where == "people":
        backup_doc = copy.deepcopy(backup_doc)
        backup_doc["people"] = [{"name": "Sam", "relationship": "partner",
                                 "created_at": "2026-03-01T10:00:00.000000Z"}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(_changed(backup_doc, where, key, value)), "utf-8")
    for attempt in (lambda: read_backup_preview(path), lambda: restore_backup(journal, path)):
        with pytest.raises(InvalidInput) as caught:
            attempt()
        message = str(caught.value)
        assert message.startswith("The backup cannot be restored: ") and needle in message, message
        assert message.endswith("Nothing was changed.")
    assert journal.entry_count() == 0 and therapy.sessions(journal) == []


def test_restore_keeps_an_uppercase_uuid_in_its_canonical_form(tmp_path, journal, backup_doc):
    upper = backup_doc["entries"][0]["uuid"].upper()
    path = tmp_path / "upper.json"
    doc = _changed(backup_doc, "entries", "uuid", upper)
    doc["questions"][0]["entry"] = None
    path.write_text(json.dumps(doc), "utf-8")
    restore_backup(journal, path)
    assert journal.page().rows[0].uuid == upper.lower()


def test_the_issues_year_one_backup_through_the_cli(tmp_path, backup_doc, capsys, monkeypatch):
    path = tmp_path / "year1.json"
    path.write_text(json.dumps(_changed(backup_doc, "entries", "occurred_at", "0001-01-01T00:00:00.000000Z")))
    target = tmp_path / "target"

    def run(*argv):
        return run_in_process(capsys, ["--data-dir", str(target), *argv], None, monkeypatch)

    assert run("init", "--no-passphrase").code == 0
    run("import", str(path)).assert_one_line_error(2, "0001-01-01 is outside the dates", "Nothing was changed.")


# -- reading a journal that already holds an out-of-range date -----------------------------------------------
def test_time_conversions_never_fail():
    for value in (datetime(1, 1, 1, tzinfo=UTC), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
                  datetime(9999, 12, 31, 23, 59)):
        assert to_utc(value).tzinfo is UTC
        assert to_local(value).tzinfo is not None
        assert iso_local(value)
    assert to_utc(WHEN) == WHEN and to_local(WHEN) == WHEN  # the accepted range converts exactly


@pytest.mark.parametrize("stored", ["0001-01-01 00:00:00.000000", "9999-12-31 23:59:59.000000"])
def test_stats_and_list_read_an_old_out_of_range_date_in_every_zone(tmp_path, stored):
    data_dir = tmp_path / "old"
    with Journal.open(data_dir, create=True) as journal:
        journal.save(EntryForm(occurred_at=WHEN, title="fine", body="words"))
        journal.save(EntryForm(occurred_at=WHEN, title="odd", body="from before dates were checked"))
        path = journal.path
    with sqlite3.connect(path) as conn:  # as an older version's restore let it in
        conn.execute("UPDATE entry SET occurred_at = ? WHERE title = 'odd'", (stored,))
    conn.close()
    for zone in ("UTC", "America/New_York", "Pacific/Kiritimati", "Europe/Berlin"):
        env = {"TZ": zone}
        for argv in (["stats"], ["stats", "--json"], ["list", "--json"], ["list"]):
            result = run_subprocess(["--data-dir", str(data_dir), *argv], env_extra=env)
            assert result.code == 0 and "Traceback" not in result.err, (zone, argv, result.err)
        listed = run_subprocess(["--data-dir", str(data_dir), "list", "--json"], env_extra=env).json()
        assert sorted(e["title"] for e in listed) == ["fine", "odd"]
