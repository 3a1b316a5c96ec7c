"""Importing jrnl, Day One and this app's CSV: exact fields and times (the suite runs in Europe/Berlin), tags
becoming triggers as chosen, nothing written twice, and all or nothing on a bad file or a cancel."""

from __future__ import annotations

import uuid as uuidlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.models.values import EntryFilter, EntryForm
from journal_app.services.importing import apply
from journal_app.services.importing.detect import detect_format
from journal_app.services.journal import Journal
from journal_app.store import dump
from tests.services.import_files import (
    all_entries,
    csv_bytes,
    dayone_entry,
    dayone_json,
    dayone_zip,
    escape_markdown,
    jrnl_json,
    jrnl_txt,
    snapshot,
    summary_entry,
)

JRNL = [
    (datetime(2026, 3, 14, 21, 30), "He didn't text back.",
     "Sam said he'd text after work and didn't. I checked my phone again and again. @abandonment_fear @Work"),
    (datetime(2026, 3, 15, 8, 5), "Went quiet at breakfast.",
     "Mum asked about the holidays and I went quiet.\nI changed the subject. @withdrawal #family", True),
    (datetime(2026, 7, 1, 22, 15), "Summer evening @jealous", "Calm, mostly.\n\n  Indented line kept."),
]
DAYONE_UUID = "9A3C1E0F5B7D4E2A8C6B1D3F5E7A9C0B"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def run(journal, path, fmt="auto", mapping=None, progress=None):
    preview = apply.preview(journal, path, fmt, mapping)
    return preview, apply.run_import(journal, preview, progress=progress)


def marks(entry) -> dict[str, int | None]:
    return {c.slug: c.intensity for c in entry.triggers}


@pytest.fixture
def seeded(journal):
    """The test journal with one entry of its own (a broken import must leave it exactly so)."""
    journal.save(EntryForm(datetime(2026, 1, 5, 12, tzinfo=UTC), title="Mine", body="My own words."))
    return journal


# -- jrnl ----------------------------------------------------------------------------------------------
def _check_jrnl(journal, entries):
    first, second, third = entries
    assert first.occurred_at == datetime(2026, 3, 14, 20, 30, tzinfo=UTC)  # 21:30 in Berlin, winter time
    assert (first.title, first.body) == (JRNL[0][1], JRNL[0][2])  # unmapped @Work stays in the text
    assert marks(first) == {"abandonment-fear": None}
    assert second.occurred_at == datetime(2026, 3, 15, 7, 5, tzinfo=UTC)
    assert second.title == "Went quiet at breakfast."  # the star marker is not part of the title
    assert second.body == JRNL[1][2]
    assert marks(second) == {"withdrawal": None}
    assert third.occurred_at == datetime(2026, 7, 1, 20, 15, tzinfo=UTC)  # summer time: UTC+2
    assert (third.title, third.body) == ("Summer evening @jealous", "Calm, mostly.\n\n  Indented line kept.")
    assert not third.shared and not third.people and third.responses == () and third.repair is None


@pytest.mark.parametrize("style", ["brackets", "jrnl1", "jrnl4", "json"])
def test_jrnl_entries_arrive_exactly(journal, tmp_path, style):
    if style == "json":
        path = write(tmp_path, "export.json", jrnl_json(JRNL))
    else:
        fmt = "%Y-%m-%d %I:%M:%S %p" if style == "jrnl4" else "%Y-%m-%d %H:%M"
        path = write(tmp_path, "journal.txt", jrnl_txt(JRNL, brackets=style != "jrnl1", time_format=fmt))
    preview, result = run(journal, path)
    assert preview.format == ("jrnl-json" if style == "json" else "jrnl-txt")
    assert preview.count == 3 and preview.to_add == 3
    assert preview.first == datetime(2026, 3, 14, 20, 30, tzinfo=UTC)
    assert preview.last == datetime(2026, 7, 1, 20, 15, tzinfo=UTC)
    assert preview.tags == {"#family": 1, "@abandonment_fear": 1, "@jealous": 1, "@withdrawal": 1, "@work": 1}
    assert preview.mapping == {"#family": None, "@abandonment_fear": "abandonment-fear", "@jealous": None,
                               "@withdrawal": "withdrawal", "@work": None}
    assert (result.added, result.skipped_duplicates, result.new_triggers) == (3, 0, ())
    _check_jrnl(journal, all_entries(journal))
    assert [r.title for r in journal.page(EntryFilter(text="breakfast")).rows] == ["Went quiet at breakfast."]


@pytest.mark.parametrize("choice", ["@jealous", "#jealous", "jealous", "JEALOUS"])
def test_a_tag_mapped_to_a_new_name_creates_that_trigger(journal, tmp_path, choice):
    path = write(tmp_path, "journal.txt", jrnl_txt(JRNL))
    choices = {choice: "Jealousy", "work": "withdrawal", "@withdrawal": None}
    preview, result = run(journal, path, mapping=choices)
    assert preview.mapping["@jealous"] == "Jealousy" and preview.new_triggers == ("Jealousy",)
    assert result.new_triggers == ("Jealousy",)
    created = journal.trigger("jealousy")
    assert created.name == "Jealousy" and not created.builtin
    first, second, third = all_entries(journal)
    assert marks(first) == {"abandonment-fear": None, "withdrawal": None}  # @Work chosen as withdrawal
    assert marks(second) == {}  # @withdrawal unmapped by choice; its words stay as written
    assert "@withdrawal" in second.body
    assert marks(third) == {"jealousy": None}
    assert "@jealous" in third.title  # a mapped tag stays in the words too: nothing is cut out


def test_a_mapping_to_an_existing_trigger_by_name_or_slug_creates_nothing(journal, tmp_path):
    path = write(tmp_path, "journal.txt", jrnl_txt(JRNL))
    preview = apply.preview(journal, path, mapping={"@jealous": "Push-pull", "@work": "abandonment_fear",
                                                    "@nowhere": "push-pull"})
    assert preview.new_triggers == ()
    assert preview.problems == ("The tag @nowhere you mapped is not in journal.txt.",)
    apply.run_import(journal, preview)
    assert [t.slug for t in journal.triggers()] == ["abandonment-fear", "withdrawal", "push-pull"]
    assert marks(all_entries(journal)[2]) == {"push-pull": None}


def test_jrnl_first_lines_too_long_for_a_title_lose_no_words(journal, tmp_path):
    sentence = "This first sentence is a fine title. " + "and then it goes on " * 20
    endless = "word " * 80
    path = write(tmp_path, "journal.txt", jrnl_txt([(datetime(2026, 3, 1, 9, 0), sentence.strip(), "Body."),
                                                    (datetime(2026, 3, 2, 9, 0), endless.strip(), "")]))
    run(journal, path)
    first, second = all_entries(journal)
    assert first.title == "This first sentence is a fine title."
    assert first.body == sentence.strip()[len(first.title):].strip() + "\nBody."
    assert (second.title, second.body) == ("", endless.strip())


# -- Day One -------------------------------------------------------------------------------------------
def _dayone_entries():
    text = "# Dinner with Sam.\n\n" + escape_markdown("He was late again. I felt the old panic - then named "
                                                       "it!\n\n- a list item\n(and a \\ backslash)")
    return [dayone_entry(DAYONE_UUID, datetime(2026, 3, 14, 20, 30, tzinfo=UTC), text,
                         tags=["abandonment fear", "Sam", "late night"]),
            dayone_entry(uuidlib.UUID(int=7).hex.upper(), datetime(2026, 7, 2, 6, 0, tzinfo=UTC),
                         "Morning walk\\. No heading here\\.", zone="America/New_York")]


def _check_dayone(journal):
    first, second = all_entries(journal)
    assert first.uuid == "9a3c1e0f-5b7d-4e2a-8c6b-1d3f5e7a9c0b"
    assert first.occurred_at == datetime(2026, 3, 14, 20, 30, tzinfo=UTC)
    assert first.title == "Dinner with Sam."
    assert first.body == ("He was late again. I felt the old panic - then named it!\n\n- a list item\n"
                          "(and a \\ backslash)\n\nTags: Sam, late night")  # unmapped tags kept in the words
    assert marks(first) == {"abandonment-fear": None}
    assert second.uuid == str(uuidlib.UUID(int=7))
    assert (second.title, second.body) == ("", "Morning walk. No heading here.")
    assert second.occurred_at == datetime(2026, 7, 2, 6, 0, tzinfo=UTC)


def test_dayone_json(journal, tmp_path):
    path = write(tmp_path, "Journal.json", dayone_json(_dayone_entries()))
    preview, result = run(journal, path)
    assert preview.format == "dayone-json" and preview.count == 2
    assert preview.tags == {"Sam": 1, "abandonment fear": 1, "late night": 1}
    assert preview.mapping == {"Sam": None, "abandonment fear": "abandonment-fear", "late night": None}
    assert result.added == 2
    _check_dayone(journal)


def test_dayone_zip_with_its_journal_in_a_folder_and_photos_beside_it(journal, tmp_path):
    path = dayone_zip(tmp_path / "Export.zip", {"Export/Journal.json": dayone_json(_dayone_entries())},
                      {"Export/photos/5f2a.jpeg": b"\xff\xd8\xff", "__MACOSX/._Journal.json": b"junk"})
    assert detect_format(path) == "dayone-json"
    assert run(journal, path)[1].added == 2
    _check_dayone(journal)


def test_dayone_zip_with_two_journals_imports_both(journal, tmp_path):
    one, two = _dayone_entries()
    journals = {"Work.json": dayone_json([two]), "Journal.json": dayone_json([one])}
    path = dayone_zip(tmp_path / "all.zip", journals)
    assert run(journal, path)[1].added == 2


def test_dayone_time_without_offset_is_read_in_its_time_zone(journal, tmp_path):
    item = dayone_entry(DAYONE_UUID, datetime(2026, 3, 14, tzinfo=UTC), "x")
    item["creationDate"] = "2026-07-14T21:30:00"
    path = write(tmp_path, "Journal.json", dayone_json([item]))
    run(journal, path)
    assert all_entries(journal)[0].occurred_at == datetime(2026, 7, 14, 19, 30, tzinfo=UTC)


# -- this app's CSV --------------------------------------------------------------------------------------
def test_csv_export_comes_back_as_entries(tmp_path):
    local = timezone(timedelta(hours=1))
    rows = [
        summary_entry(1, datetime(2026, 3, 10, 21, 30, tzinfo=local), "=1+1 is not a formula",
                      'Line one\r\nLine two, with "quotes"; and a semicolon',
                      triggers=[("Abandonment fear", 7), ("Jealousy", None)], people=["Sam"],
                      responses=["Sought reassurance", "Named my need directly"], repair="Partly",
                      shared=True),
        summary_entry(2, datetime(2026, 3, 11, 7, 0, tzinfo=local), "", "-starts with a dash",
                      triggers=[("Withdrawal", 3)], people=["Sam", "Zoë Müller"], responses=[
                          "Kept checking (phone, messages)"], repair="Not needed"),
        summary_entry(3, datetime(2026, 3, 12, 23, 59, tzinfo=local), None, None,
                      triggers=[("Push-pull", 0)]),
    ]
    path = write(tmp_path, "entries.csv", csv_bytes(rows, bom=True))
    with Journal.open(tmp_path / "new", create=True) as journal:
        journal.add_person("sam", "partner")  # already known (any case): not added again
        preview, result = run(journal, path)
        assert preview.format == "csv" and preview.count == 3
        assert preview.mapping == {"Abandonment fear": "abandonment-fear", "Jealousy": "Jealousy",
                                   "Withdrawal": "withdrawal", "Push-pull": "push-pull"}
        assert result.added == 3 and result.new_triggers == ("Jealousy",)
        first, second, third = all_entries(journal)
        assert first.occurred_at == datetime(2026, 3, 10, 20, 30, tzinfo=UTC)
        assert first.title == "=1+1 is not a formula"  # the export's defusing quote is taken off again
        assert first.body == 'Line one\r\nLine two, with "quotes"; and a semicolon'
        assert marks(first) == {"abandonment-fear": 7, "jealousy": None}
        assert [p.name for p in first.people] == ["sam"]
        assert first.responses == ("sought-reassurance", "named-my-need")
        assert (first.repair, first.shared) == ("partly", True)
        assert (second.title, second.body) == ("", "-starts with a dash")
        assert sorted(p.name for p in second.people) == ["Zoë Müller", "sam"]
        assert second.responses == ("kept-checking",) and second.repair == "not-needed" and not second.shared
        assert (third.title, third.body, marks(third)) == ("", "", {"push-pull": 0})  # words kept private
        assert {p.name: p.relationship for p in journal.people()} == {"sam": "partner", "Zoë Müller": "other"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_journal_exported_as_csv_imports_into_another_with_the_same_content(journal, tmp_path, language):
    """The export writes its header and labels in the language of the moment; the import reads them back in any
    language the app ships, whatever language it runs in."""
    from datetime import date

    from journal_app.core import i18n
    from journal_app.models.analytics_values import DateRange
    from journal_app.models.values import TriggerMark
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.csv_export import render_csv
    from journal_app.services.exporting.summary import SummaryOptions

    jealousy = journal.add_trigger("Jealousy 💚")
    sam, zoe = journal.add_person("Sam", "partner"), journal.add_person("ZOË", "friend")
    fear, withdrawal = journal.trigger("abandonment-fear"), journal.trigger("withdrawal")
    forms = [
        EntryForm(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), "The night the clocks change", "@ not a tag\n+1",
                  (TriggerMark(fear.id, 9), TriggerMark(jealousy.id)), (sam.id, zoe.id), True,
                  responses=("went-quiet", "paused-first"), repair="not-yet"),
        EntryForm(datetime(2026, 3, 30, 12, 0, tzinfo=UTC), "", "Only words, \t tab and 🏳️‍🌈"),
        EntryForm(datetime(2026, 3, 31, 18, 45, tzinfo=UTC), "Private", "Secret words",
                  (TriggerMark(withdrawal.id, 4),)),
    ]
    saved = [journal.save(f) for f in forms]
    options = SummaryOptions(DateRange(date(2026, 3, 1), date(2026, 4, 30)), charts=(), include_unshared=True,
                             text_hidden=frozenset({saved[2].id}))
    i18n.set_language(language)
    try:
        data = render_csv(build_summary(journal, options, today=date(2026, 4, 30)))
    finally:
        i18n.set_language("en")
    path = write(tmp_path, "summary.csv", data)
    header = "Date,Time,Title,Text," if language == "en" else "Datum,Uhrzeit,Titel,Text,"
    assert data.startswith(header.encode())
    assert language == "en" or (b"nein" in data and "Wiederannäherung".encode() in data)
    assert detect_format(path) == "csv" and detect_format(write(tmp_path, "summary.data", data)) == "csv"
    with Journal.open(tmp_path / "other", create=True) as other:
        result = run(other, path)[1]
        assert result.added == 3 and result.new_triggers == ("Jealousy 💚",)
        got = all_entries(other)
        for old, new in zip(saved, got):
            assert new.occurred_at == old.occurred_at.replace(second=0, microsecond=0)
            levels = [(c.name, c.intensity) for c in new.triggers]
            assert levels == [(c.name, c.intensity) for c in old.triggers]
            assert sorted(p.name for p in new.people) == sorted(p.name for p in old.people)
            assert (new.responses, new.repair, new.shared) == (old.responses, old.repair, old.shared)
        assert [(e.title, e.body) for e in got[:2]] == [(e.title, e.body) for e in saved[:2]]
        assert (got[2].title, got[2].body) == ("", "")  # its words were kept private in the export


# -- twice, or broken: nothing doubled, nothing half-done ------------------------------------------------
def test_importing_again_adds_nothing(journal, tmp_path):
    txt = write(tmp_path, "journal.txt", jrnl_txt(JRNL))
    assert run(journal, txt)[1].added == 3
    before = snapshot(journal)
    preview, again = run(journal, txt)
    assert preview.duplicates == 3 and preview.to_add == 0
    assert (again.added, again.skipped_duplicates) == (0, 3)
    # the same entries from jrnl's JSON export: the same minute, title and text
    assert run(journal, write(tmp_path, "export.json", jrnl_json(JRNL)))[1].skipped_duplicates == 3
    assert snapshot(journal)[0] == before[0]


def test_dayone_entries_are_recognised_by_uuid_even_when_edited(journal, tmp_path):
    entries = _dayone_entries()
    run(journal, write(tmp_path, "Journal.json", dayone_json(entries)))
    entries[0]["text"] += " Edited later."
    entries.append(dayone_entry(uuidlib.uuid4().hex, datetime(2026, 8, 1, tzinfo=UTC), "New one"))
    result = run(journal, write(tmp_path, "Journal2.json", dayone_json(entries)))[1]
    assert (result.added, result.skipped_duplicates) == (1, 2)


def test_the_same_entry_twice_in_one_file_is_added_once(journal, tmp_path):
    path = write(tmp_path, "journal.txt", jrnl_txt([JRNL[0], JRNL[0], JRNL[1]]))
    result = run(journal, path)[1]
    assert (result.added, result.skipped_duplicates) == (2, 1)


LATIN1 = "[2026-03-14 21:30] Café\nIt was fine.\nCrème brûlée after.\n".encode("latin-1")
HEADER = "Date,Time,Title,Text,Withdrawal,People,What I did,Repair,Shared\r\n"
JRNL_ENTRY = '{"title": "a", "body": "", "date": "2026-03-14", "time": "21:30"}'
BAD = [
    ("journal.txt", "[2026-03-14 21:30] Fine\nok\n\n[2026-03-15 08:00] Also fine\n\n[2026-13-01 21:30] Bad\n",
     "auto", ["journal.txt, line 6:", "the date '2026-13-01' is not a real date"]),
    ("journal.txt", "[2026-03-14 21:30] Fine\n[2026-03-15 25:30] Late\n", "auto",
     ["journal.txt, line 2:", "the time '25:30' is not a real time"]),
    ("journal.txt", "Dear diary,\n[2026-03-14 21:30] Fine\n", "jrnl-txt", ["journal.txt, line 1:", "jrnl"]),
    ("journal.txt", LATIN1, "auto", ["journal.txt, line 1:", "not UTF-8", "0xE9"]),
    ("export.json", '{"tags": {},\n "entries": [\n  {"title": "a", "date": "2026-03-14"\n "time": "21:30"}]}',

     "auto", ["export.json, line 4:", "not valid JSON"]),
    ("export.json", f'{{"entries": [{JRNL_ENTRY}, {{"title": "b", "date": "2026-03-14"}}]}}', "jrnl-json",
     ["export.json, entry 2:", 'the "time" field is missing']),
    ("export.json", f'{{"entries": [{JRNL_ENTRY.replace("03-14", "02-30")}]}}', "jrnl-json",
     ["export.json, entry 1:", "'2026-02-30' is not a real date"]),
    ("Journal.json", dayone_json([dayone_entry(DAYONE_UUID, datetime(2026, 1, 1, tzinfo=UTC), "ok"),
                                  {"uuid": "x", "creationDate": "yesterday", "text": "t"}]),
     "auto", ["Journal.json, entry 2:", '"creationDate"', "'yesterday'"]),
    ("Journal.json", dayone_json([{"creationDate": "2026-01-01T00:00:00Z", "text": "t", "tags": "a,b"}]),
     "dayone-json", ["entry 1:", '"tags" field']),
    ("entries.csv", HEADER + "2026-03-14,21:30,T,B,3,,,,no\r\n2026-03-15,21:30,T,B,eleven,,,,no\r\n", "auto",
     ["entries.csv, line 3:", '"Withdrawal" column', "'eleven'"]),
    ("entries.csv", HEADER + '2026-03-14,21:30,T,"two\r\nlines",3,,,,no\r\n2026-03-15,21:30,T,B,3,,,no\r\n',
     "csv", ["entries.csv, line 4:", "8 cells where the header has 9"]),
    ("entries.csv", HEADER + "2026-03-14,21:30,T,B,,,Shouted,,no\r\n", "csv",
     ["line 2:", '"What I did"', "'Shouted'"]),
    ("entries.csv", "When,Title\r\n2026-03-14,T\r\n", "csv", ["entries.csv, line 1:", "not a CSV export"]),
    ("Export.zip", b"PK\x03\x04 not really a zip", "auto", ["Export.zip:", "damaged"]),
    ("photo.png", b"\x89PNG\r\n\x1a\n", "auto", ["Which kind of file is photo.png?"]),
    ("empty.txt", b"", "auto", ["empty.txt is empty"]),
]


@pytest.mark.parametrize("name,content,fmt,needles", BAD, ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_a_bad_file_is_named_precisely_and_changes_nothing(seeded, tmp_path, name, content, fmt, needles):
    before = snapshot(seeded)
    path = write(tmp_path, name, content)
    with pytest.raises(InvalidInput) as info:
        run(seeded, path, fmt)
    message = str(info.value)
    for needle in needles:
        assert needle in message, (needle, message)
    assert message.endswith("Nothing was imported.") and "\n" not in message
    assert snapshot(seeded) == before


def test_a_zip_without_a_journal_says_so(seeded, tmp_path):
    path = dayone_zip(tmp_path / "photos.zip", {}, {"photos/a.jpeg": b"\xff\xd8"})
    with pytest.raises(InvalidInput, match="no Day One JSON export"):
        run(seeded, path)


def test_missing_file_and_folder(seeded, tmp_path):
    with pytest.raises(InvalidInput, match="There is no file"):
        apply.preview(seeded, tmp_path / "nope.txt")
    with pytest.raises(InvalidInput, match="is a folder"):
        apply.preview(seeded, tmp_path, "jrnl-txt")


class Cancelled(Exception):
    pass


def _many(n: int):
    start = datetime(2025, 1, 1, 8, 0)
    return [(start + timedelta(hours=7 * i), f"Moment {i}", f"Words {i} @jealous @withdrawal")
            for i in range(n)]


def test_cancel_from_progress_leaves_the_journal_unchanged(seeded, tmp_path):
    path = write(tmp_path, "journal.txt", jrnl_txt(_many(1_200)))
    before = snapshot(seeded)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done >= 1_000:
            raise Cancelled

    with pytest.raises(Cancelled):
        run(seeded, path, mapping={"jealous": "Jealousy"}, progress=progress)
    assert seen[:3] == [(0, 1_200), (0, 1_200), (500, 1_200)]
    assert snapshot(seeded) == before  # no entries, no "Jealousy", the search trigger back in place
    assert [t.slug for t in seeded.triggers()] == ["abandonment-fear", "withdrawal", "push-pull"]
    result = run(seeded, path, mapping={"jealous": "Jealousy"})[1]
    assert result.added == 1_200 and seeded.entry_count() == 1_201
    assert seeded.page(EntryFilter(text="Moment 1199")).rows[0].title == "Moment 1199"


def test_a_failure_while_writing_rolls_everything_back(seeded, tmp_path, monkeypatch):
    path = write(tmp_path, "journal.txt", jrnl_txt(_many(1_100)))
    before = snapshot(seeded)
    real, calls = dump.insert_entries, []

    def failing(*args):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args)

    monkeypatch.setattr(dump, "insert_entries", failing)
    with pytest.raises(Exception, match=r"disk full|could not"):
        run(seeded, path, mapping={"jealous": "Jealousy"})
    assert snapshot(seeded) == before
    with seeded.reading() as conn:
        assert "entry_fts_ai" in {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}


def test_new_entries_are_found_by_search_and_old_ones_still_are(seeded, tmp_path):
    run(seeded, write(tmp_path, "journal.txt", jrnl_txt(JRNL)))
    assert [r.title for r in seeded.page(EntryFilter(text="breakfast")).rows] == ["Went quiet at breakfast."]
    assert [r.title for r in seeded.page(EntryFilter(text="own words")).rows] == ["Mine"]


def test_into_an_encrypted_journal(tmp_path):
    path = write(tmp_path, "journal.txt", jrnl_txt(JRNL))
    with Journal.open(tmp_path / "locked", create=True, passphrase="lantern orbit pickle quietly") as journal:
        assert run(journal, path)[1].added == 3
    with Journal.open(tmp_path / "locked", passphrase="lantern orbit pickle quietly") as journal:
        _check_jrnl(journal, all_entries(journal))


@pytest.mark.parametrize("name,content,expected", [
    ("a.txt", jrnl_txt(JRNL), "jrnl-txt"),
    ("no-ending", jrnl_txt(JRNL, brackets=False), "jrnl-txt"),
    ("a.json", jrnl_json(JRNL), "jrnl-json"),
    ("a.json", dayone_json([]), "dayone-json"),
    ("a.data", "\ufeffDate,Time,Title,Text,People,What I did,Repair,Shared\r\n", "csv"),
    ("backup.json", '{\n  "format": "relationship-patterns-journal",\n  "schema_version": 1}', "json"),
    ("notes.txt", "Dear diary", "jrnl-txt"),  # by its ending; reading it then says what is wrong
])
def test_detect_format(tmp_path, name, content, expected):
    assert detect_format(write(tmp_path, name, content)) == expected


def test_import_entries_takes_entries_built_by_a_caller(seeded):
    from journal_app.services.importing.model import ImportedEntry

    when = datetime(2026, 5, 1, 18, 0, tzinfo=UTC)
    entries = [
        ImportedEntry(when, "Call", "We talked @late", tags=("@late",), people=("Sam", "SAM", " Priya  K "),
                      triggers=(("Withdrawal", 2), ("withdrawal", 5)), responses=("paused-first",),
                      repair="yes", shared=True, uuid=uuidlib.UUID(int=42).hex, where="call log, row 1"),
        ImportedEntry(when, "", "   "),  # nothing in it: skipped
    ]
    result = apply.import_entries(seeded, entries, {"@late": "Late replies", "Withdrawal": "withdrawal",
                                                    "withdrawal": "withdrawal"})
    assert (result.added, result.skipped_empty, result.new_triggers) == (1, 1, ("Late replies",))
    got = all_entries(seeded)[1]
    assert got.uuid == str(uuidlib.UUID(int=42))
    assert marks(got) == {"withdrawal": 5, "late-replies": None}  # one mark per trigger, the higher level
    assert sorted(p.name for p in got.people) == ["Priya K", "Sam"]
    assert (got.responses, got.repair, got.shared) == (("paused-first",), "yes", True)
    before = snapshot(seeded)
    for bad, needle in ((ImportedEntry(when, "x\ud800"), "broken character"),
                        (ImportedEntry(when, "x", people=("n" * 81,)), "name is 81 characters long; names can be up "
                                                                        "to 80"),
                        (ImportedEntry(when, "x" * 301), "title is 301 characters long; titles can be up to 300"),
                        (ImportedEntry(when.replace(year=1850), "x"), "outside the dates this journal holds")):
        with pytest.raises(InvalidInput, match=needle):
            apply.import_entries(seeded, [ImportedEntry(when, "fine, but not alone"), bad], {})
    assert snapshot(seeded) == before


def test_tags_written_without_separators_are_proposed_too(journal):
    from journal_app.services.importing.mapping import propose

    proposal = propose(["@pushpull", "#AbandonmentFear", "@walks"], journal.triggers())
    assert proposal == {"@pushpull": "push-pull", "#AbandonmentFear": "abandonment-fear", "@walks": None}
