"""Under the pseudo-language every word an import or a restore says about a file went through the catalog: the
problem with a record ("journal.txt, line 2: the time '25:00' is not a real time. Nothing was imported."), where
it is (line, entry, item of a backup), the preview's notes and the result's summary. Each case below makes the
importer refuse a file (or note something about it); the sentence must have no word of the app's outside ⟦…⟧.
(Words from the file itself and Python's own detail in parentheses are the person's, or nobody's to translate.)

The same sentences in German are checked for a few cases, so a message can be seen translated, not only marked."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from journal_app.core import i18n
from journal_app.core.errors import InvalidInput
from journal_app.services.importing import apply
from journal_app.services.importing.json_restore import FORMAT, read_backup_preview
from tests.ui.test_pseudo_locale import leftover

HEADER = "Date,Time,Title,Text,Withdrawal,People,What I did,Repair,Shared\r\n"
BACKUP = {"format": FORMAT, "schema_version": 2}
TRIGGER = {"slug": "q-q", "name": "Q", "description": "", "colour": "#0072B2", "builtin": False, "archived": False,
           "pattern": None, "sort_order": 1, "created_at": "2026-03-14T20:15:00.000000Z", "guidance": []}

# (file name, content, what the words of the file are, which the checker lets through)
FILES: list[tuple[str, str | bytes, tuple[str, ...]]] = [
    ("journal.txt", "hello\n", ()),
    ("journal.txt", "[2026-02-30 10:00] x\n", ()),
    ("journal.txt", "[2026-02-10 25:00] x\n", ()),
    ("journal.txt", "[1800-02-10 10:00] x\n", ()),
    ("journal.txt", b"[2026-02-10 10:00] \xff\n", ()),
    ("journal.txt", b"\xff\xfe\x00", ()),
    ("export.json", '{"entries": [1]}', ()),
    ("export.json", '{"entries": [{"title": 5}]}', ()),
    ("export.json", '{"entries": [{"title": "t", "body": "", "date": "2026-01-01"}]}', ()),
    ("export.json", '{"entries": [{"title": "t", "body": "", "date": "2026-1-01", "time": "10:00"}]}', ()),
    ("export.json", '{"tags": {}}', ()),
    ("export.json", '{"tags": , }', ("Expecting", "value")),
    ("Journal.json", '{"metadata": {}, "entries": [{"creationDate": "x"}]}', ()),
    ("Journal.json", '{"metadata": {}, "entries": [{"creationDate": "2026-03-14T20:30:00Z", "tags": 3}]}', ()),
    ("Journal.json", '{"metadata": {}}', ()),
    ("entries.csv", "When,Title\r\n2026-03-14,T\r\n", ()),
    ("entries.csv", HEADER + "2026-03-14,21:30,T,B,3,,,,no,x\r\n", ()),
    ("entries.csv", HEADER + "2026-03-14,21:30,T,B,11,,,,no\r\n", ()),
    ("entries.csv", HEADER + "2026-03-14,21:30,T,B,3,,Zzz,,no\r\n", ("Zzz",)),
    ("entries.csv", HEADER + "2026-03-14,21:30,T,B,3,,,,zz\r\n", ("zz",)),
    ("entries.csv", HEADER + "2026-03-14,21:30,T,B,3," + "q" * 90 + ",,,no\r\n", ("q" * 90,)),
    ("entries.csv", HEADER + "2026-03-14,21:30," + "t" * 400 + ",B,3,,,,no\r\n", ()),
    ("entries.csv", "Date,Time,Title,Text,,People,What I did,Repair,Shared\r\n", ()),
    ("backup.json", {**BACKUP, "triggers": [5]}, ()),
    ("backup.json", {**BACKUP, "triggers": [{"slug": "q-q"}]}, ()),
    ("backup.json", {**BACKUP, "triggers": [TRIGGER, TRIGGER]}, ()),
    ("backup.json", {**BACKUP, "triggers": [{**TRIGGER, "colour": "#1"}]}, ()),
    ("backup.json", {**BACKUP, "triggers": [{**TRIGGER, "builtin": 3}]}, ()),
    ("backup.json", {**BACKUP, "triggers": [{**TRIGGER, "created_at": "1800-01-01T00:00:00Z"}]}, ()),
    ("backup.json", {**BACKUP, "people": [{"name": "Q", "relationship": "zz", "created_at": "x"}]}, ("zz",)),
    ("backup.json", {**BACKUP, "sessions": [{"uuid": "0f8fad5b-d9cb-469f-a165-70867728950e", "held_on": "x",
                                             "note": "", "created_at": "", "updated_at": ""}]}, ()),
    ("backup.json", {**BACKUP, "triggers": [], "people": [], "entries": [], "sessions": []}, ()),
    ("backup.json", {**BACKUP, "triggers": 3}, ()),
    ("backup.json", {**BACKUP, "schema_version": 9}, ()),
    ("backup.json", {"format": FORMAT, "triggers": []}, ()),
    ("backup.json", {**BACKUP, "exported_at": "x"}, ()),
    ("backup.json", {**BACKUP, "beliefs": [{"text": "Q", "archived": False, "created_at": "x"}]}, ()),
]


@pytest.fixture
def pseudo():
    i18n.set_language(i18n.PSEUDO)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def _write(folder: Path, name: str, content: str | bytes | dict) -> Path:
    path = folder / name
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _refusal(journal, path: Path, own_words: tuple[str, ...] = ()) -> str:
    with pytest.raises(InvalidInput) as caught:
        if path.name == "backup.json":
            read_backup_preview(path)
        else:
            apply.preview(journal, path)
    for value in _plain_arguments(caught.value.args[0]):  # words slipped in as an argument hide inside ⟦…⟧
        assert not leftover(value, own_words), (value, str(caught.value))
    return str(caught.value)


# arguments that carry the file's own words or names nobody translates: a file's name, a JSON key, a value or a
# header as the file has it, Python's own detail, a byte, a uuid or slug
FROM_THE_FILE = {"file", "path", "name", "archive", "member", "key", "value", "column", "tag", "first", "last",
                 "detail", "byte", "kind", "label"}


def _plain_arguments(message: object) -> list[str]:
    """The text arguments of a message and of the messages inside it that are not the file's own words: where a
    bare English word ("entry 3", "it has no…") would hide."""
    if not isinstance(message, i18n.Message):
        return []
    found = []
    for name, value in message.args:
        if isinstance(value, i18n.Message):
            found += _plain_arguments(value)
        elif isinstance(value, str) and name not in FROM_THE_FILE and not re.fullmatch(r"[\w.-]+\.\w+", value):
            found.append(value)  # (a file's name may stand where the problem is: "export.zip: …")
    return found


@pytest.mark.parametrize(("name", "content", "own_words"), FILES,
                         ids=[f"{i}-{name}" for i, (name, _, _) in enumerate(FILES)])
def test_every_refusal_of_a_file_is_in_the_catalog(pseudo, journal, tmp_path, name, content, own_words):
    text = _refusal(journal, _write(tmp_path, name, content), own_words)
    assert i18n.PSEUDO_OPEN in text
    assert not leftover(text, own_words), text


def test_a_zip_without_a_journal_and_a_damaged_zip(pseudo, journal, tmp_path):
    empty = tmp_path / "export.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("photos/a.jpeg", b"\xff\xd8")
    damaged = _write(tmp_path, "damaged.zip", b"PK\x03\x04" + b"\x00" * 40)
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("Journal.json", '{"metadata": {}, "entries": [3]}')
    for path in (empty, damaged, inner):
        text = _refusal(journal, path)
        assert not leftover(text), text


def test_the_previews_notes_and_the_results_summary(pseudo, journal, tmp_path):
    path = _write(tmp_path, "journal.txt", "[2026-02-10 10:00]\r[2026-02-11 10:00] x\rwords")  # CR only, no end
    preview = apply.preview(journal, path, mapping={"@zzz": "withdrawal"})
    assert len(preview.problems) == 4  # CR line endings, a cut-off end, a tag not in the file, an empty entry
    for note in preview.problems:
        assert not leftover(note, ("zzz",)), note
    result = apply.run_import(journal, preview)
    assert not leftover(result.summary()), result.summary()


def test_a_restore_into_a_journal_that_is_not_empty(pseudo, journal, tmp_path):
    from journal_app.services.exporting.json_backup import write_backup

    path = tmp_path / "backup.json"
    with path.open("wb") as stream:
        write_backup(journal, stream)
    apply.run_import(journal, apply.preview(journal, _write(tmp_path, "journal.txt", "[2026-02-10 10:00] x\n")))
    preview = apply.preview(journal, path)
    assert preview.problems and not leftover(preview.problems[0]), preview.problems
    with pytest.raises(InvalidInput) as caught:
        apply.run_import(journal, preview)
    assert not leftover(str(caught.value)), str(caught.value)


@pytest.mark.parametrize(("name", "content", "german"), [
    ("journal.txt", "[2026-02-10 25:00] x\n",
     "journal.txt, Zeile 1: die Uhrzeit '25:00' gibt es nicht. Es wurde nichts importiert."),
    ("export.json", '{"entries": [1]}',
     "export.json, Eintrag 1: das ist kein Eintrag (kein JSON-Objekt). Es wurde nichts importiert."),
    ("backup.json", {**BACKUP, "triggers": [5]},
     "Die Sicherung lässt sich nicht wiederherstellen: Auslöser 1 ist kein Objekt. Es wurde nichts verändert."),
    ("backup.json", {**BACKUP, "triggers": [TRIGGER, TRIGGER]},
     "Die Sicherung lässt sich nicht wiederherstellen: der Auslöser 'q-q' kommt mehr als einmal vor (die Datei wurde "
     "bearbeitet oder ist beschädigt). Es wurde nichts verändert."),
])
def test_the_same_refusals_in_german(journal, tmp_path, name, content, german):
    path = _write(tmp_path, name, content)
    i18n.set_language("de")
    try:
        assert _refusal(journal, path) == german
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


def test_a_refusal_made_in_one_language_reads_in_the_language_it_is_shown_in(journal, tmp_path):
    """The message is kept as its id and arguments (a worker may raise it): shown after a switch to German, it
    is German."""
    path = _write(tmp_path, "journal.txt", "hello\n")
    with pytest.raises(InvalidInput) as caught:
        apply.preview(journal, path)
    assert str(caught.value).startswith("journal.txt, line 1: this does not start like a jrnl journal")
    i18n.set_language("de")
    try:
        assert str(caught.value).startswith("journal.txt, Zeile 1: das beginnt nicht wie ein jrnl-Tagebuch")
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
