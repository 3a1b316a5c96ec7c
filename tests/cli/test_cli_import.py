"""`journal-app import`: the preview, --dry-run writes nothing, --map-tag, formats told apart, one calm line
for a bad file, and this app's own backup restored through the same command."""

from __future__ import annotations

from datetime import datetime

from tests.cli.conftest import add, listed, run_in_process
from tests.services.import_files import csv_bytes, dayone_json, dayone_zip, jrnl_json, jrnl_txt, summary_entry
from tests.services.test_importers import JRNL, _dayone_entries


def _file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def test_dry_run_shows_the_preview_and_writes_nothing(ready, tmp_path):
    path = _file(tmp_path, "journal.txt", jrnl_txt(JRNL))
    result = ready("import", path, "--dry-run")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "journal.txt: a jrnl journal file with 3 entries, 14 Mar 2026 to 1 Jul 2026."
    assert lines[1] == "Tags, and the triggers they become:"
    assert any("@abandonment_fear" in line and "-> Abandonment fear (abandonment-fear)" in line for line in lines)
    assert any("@work" in line and "-> not mapped (stays in the text)" in line for line in lines)
    assert lines[-1] == "Dry run: nothing was written."
    assert listed(ready) == []


def test_import_with_map_tag_then_again(ready, tmp_path):
    path = _file(tmp_path, "journal.txt", jrnl_txt(JRNL))
    result = ready("import", path, "--map-tag", "@jealous=Jealousy", "--map-tag", "family=withdrawal")
    assert result.code == 0, result.err
    assert 'new trigger "Jealousy"' in result.out
    assert result.out.splitlines()[-1] == "Imported 3 entries. New triggers: Jealousy."
    entries = {e["title"]: e for e in listed(ready)}
    assert [t["slug"] for t in entries["Summer evening @jealous"]["triggers"]] == ["jealousy"]
    assert [t["slug"] for t in entries["Went quiet at breakfast."]["triggers"]] == ["withdrawal"]
    assert entries["He didn't text back."]["occurred_at"] == "2026-03-14T21:30:00+01:00"
    again = ready("import", path, "--map-tag", "#jealous=jealousy")
    assert again.code == 0, again.err
    assert "3 already in the journal will be skipped." in again.out
    assert again.out.splitlines()[-1] == "Imported 0 entries (3 already in the journal were skipped)."
    assert len(listed(ready)) == 3


def test_formats_are_told_apart(ready, tmp_path):
    files = {
        "export.json": ("jrnl JSON export", jrnl_json(JRNL)),
        "Journal.json": ("Day One export", dayone_json(_dayone_entries())),
        "entries.csv": ("CSV export from this app", csv_bytes([summary_entry(
            1, datetime(2026, 2, 1, 10, 0).astimezone(), "From CSV", "Words", triggers=[("Jealousy", 4)])])),
    }
    for name, (kind, content) in files.items():
        result = ready("import", _file(tmp_path, name, content), "--dry-run")
        assert result.code == 0, result.err
        assert result.out.startswith(f"{name}: a {kind} with "), result.out
    zipped = dayone_zip(tmp_path / "Export.zip", {"Journal.json": dayone_json(_dayone_entries())})
    result = ready("import", str(zipped))
    assert result.code == 0, result.err
    assert "Sam" in result.out and "not mapped (added to the end of the text)" in result.out
    assert result.out.splitlines()[-1] == "Imported 2 entries."


def test_a_bad_file_is_one_line_and_exit_2(ready, tmp_path):
    add(ready, "Mine.")
    bad = _file(tmp_path, "journal.txt", jrnl_txt(JRNL) + "\n[2026-13-01 21:30] Bad\n")
    result = ready("import", bad)
    result.assert_one_line_error(2, "journal.txt, line 13:", "'2026-13-01' is not a real date",
                                 "Nothing was imported.")
    latin = _file(tmp_path, "old.txt", "[2026-03-14 21:30] Café\n".encode("latin-1"))
    ready("import", latin).assert_one_line_error(2, "old.txt, line 1:", "not UTF-8")
    ready("import", _file(tmp_path, "x.bin", b"\x00\x01")).assert_one_line_error(2, "Which kind of file")
    ready("import", str(tmp_path / "missing.txt")).assert_one_line_error(2, "There is no file")
    ready("import", bad, "--map-tag", "jealous").assert_one_line_error(2, "TAG=SLUG")
    ready("import", bad, "--format", "xml").assert_one_line_error(2, "--format")
    assert [e["body"] for e in listed(ready)] == ["Mine."]


def test_into_an_encrypted_journal(locked, tmp_path):
    result = locked("import", _file(tmp_path, "journal.txt", jrnl_txt(JRNL)))
    assert result.code == 0, result.err
    assert len(listed(locked)) == 3


def test_our_own_backup_is_restored_into_an_empty_journal(ready, tmp_path, capsys, monkeypatch):
    add(ready, "Written here first.", "--trigger", "withdrawal:6", "--person", "Sam",
        "--at", "2026-03-14T21:30")
    backup = tmp_path / "everything.json"
    assert ready("export", str(backup)).code == 0
    ready("import", str(backup)).assert_one_line_error(2, "only into an empty journal")
    ready("import", str(backup), "--map-tag", "a=b").assert_one_line_error(2, "--map-tag")

    other = str(tmp_path / "other")

    def cli(*argv):
        return run_in_process(capsys, ["--data-dir", other, *argv], None, monkeypatch)

    assert cli("init", "--no-passphrase").code == 0
    dry = cli("import", str(backup), "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.out.splitlines()[0] == ("everything.json: a backup from this app with 1 entry, 14 Mar 2026 to "
                                       "14 Mar 2026.")
    result = cli("import", str(backup))
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == ("Restored 1 entry with their triggers, people, sessions and "
                                           "questions.")
    restored = cli("list", "--json").json()
    assert [(e["body"], e["people"], e["triggers"][0]["intensity"]) for e in restored] == [
        ("Written here first.", ["Sam"], 6)]
    assert restored[0]["occurred_at"] == "2026-03-14T21:30:00+01:00"
