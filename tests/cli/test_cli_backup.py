"""`journal-app backup [OUT]` and `journal-app restore FILE`, and the canary: no entry text on disk."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from journal_app.core.errors import PassphraseRequired, WrongPassphrase
from journal_app.services.backup import list_backups
from journal_app.services.journal import Journal
from tests.cli.conftest import PASSPHRASE, add, listed, run_subprocess

OTHER = "harbour violin teaspoon meadow"


def opened_copy(backup_file: Path, tmp_path: Path, passphrase: str | None) -> Journal:
    """A backup file opened as a journal of its own (in a fresh folder, so the original is untouched)."""
    folder = tmp_path / f"opened-{backup_file.name}"
    folder.mkdir(parents=True)
    shutil.copy2(backup_file, folder / "journal.db")
    return Journal.open(folder, passphrase=passphrase)


def printed_path(result) -> Path:
    assert result.code == 0, result.err
    assert result.err == ""
    lines = result.out.splitlines()
    assert len(lines) == 1, result.out
    return Path(lines[0])


def delete_for_good(data_dir: Path, entry_id: int, passphrase: str | None = PASSPHRASE) -> None:
    with Journal.open(data_dir, passphrase=passphrase) as journal:
        journal.move_to_trash(entry_id)
        journal.empty_trash()


# -- backup ----------------------------------------------------------------------------------------
def test_backup_goes_to_the_backups_folder(locked, data_dir, tmp_path):
    add(locked, "worth keeping")
    path = printed_path(locked("backup"))
    [made] = list_backups(data_dir)
    assert made.path == path and made.reason == "manual"
    assert path.parent == data_dir / "backups"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with opened_copy(path, tmp_path, PASSPHRASE) as copy:
        assert copy.encrypted and copy.entry_count() == 1
    with pytest.raises(PassphraseRequired):
        opened_copy(path, tmp_path / "no-key", None)


def test_backup_to_a_file_of_your_choice(locked, data_dir, tmp_path):
    add(locked, "one")
    add(locked, "two")
    out = tmp_path / "usb stick" / "journal-copy.db"
    out.parent.mkdir()
    path = printed_path(locked("backup", str(out)))
    assert path == out and out.is_file()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert list_backups(data_dir) == []  # nothing extra in the journal's own folder
    with opened_copy(out, tmp_path, PASSPHRASE) as copy:
        assert copy.encrypted
        assert sorted(copy.get(r.id).body for r in copy.page().rows) == ["one", "two"]
    folder = tmp_path / "other-key"
    folder.mkdir()
    shutil.copy2(out, folder / "journal.db")
    assert Journal.state(folder) == "encrypted"
    with pytest.raises(WrongPassphrase):
        Journal.open(folder, passphrase=OTHER)


def test_backup_never_overwrites(locked, tmp_path):
    out = tmp_path / "taken.db"
    out.write_bytes(b"something precious")
    result = locked("backup", str(out))
    result.assert_one_line_error(2, "already exists")
    assert result.out == ""
    assert out.read_bytes() == b"something precious"


def test_backup_into_a_missing_folder(locked, tmp_path):
    locked("backup", str(tmp_path / "nowhere" / "b.db")).assert_one_line_error(2, "does not exist")


def test_backup_of_a_plain_journal(ready, data_dir, tmp_path):
    add(ready, "plain")
    path = printed_path(ready("backup"))
    with opened_copy(path, tmp_path, None) as copy:
        assert not copy.encrypted and copy.entry_count() == 1


def test_backup_needs_a_journal(cli, data_dir, tmp_path):
    cli("backup", str(tmp_path / "b.db")).assert_one_line_error(2, "journal-app init")
    assert not (tmp_path / "b.db").exists() and not data_dir.exists()


# -- restore ---------------------------------------------------------------------------------------
def test_restore_brings_back_a_deleted_entry(locked, data_dir, tmp_path):
    kept = add(locked, "kept all along")
    lost = add(locked, "deleted after the backup")
    out = tmp_path / "before-the-mistake.db"
    printed_path(locked("backup", str(out)))
    delete_for_good(data_dir, lost)
    later = add(locked, "written after the backup")
    assert {e["id"] for e in listed(locked)} == {kept, later}

    result = locked("restore", str(out))
    assert result.code == 0, result.err
    assert result.err == ""
    newest = list_backups(data_dir)[0]
    assert newest.reason == "before-restore"
    assert result.out == (f"Restored from {out}. Your journal as it was before is kept in {newest.path}.\n")
    assert {e["body"] for e in listed(locked)} == {"kept all along", "deleted after the backup"}
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.encrypted
    # the journal as it was just before the restore, with the later entry and without the deleted one
    with opened_copy(newest.path, tmp_path, PASSPHRASE) as before:
        assert {before.get(r.id).body for r in before.page().rows} == {"kept all along",
                                                                       "written after the backup"}


def test_restore_from_the_backups_folder(locked, data_dir):
    gone = add(locked, "in the backup")
    made = printed_path(locked("backup"))
    delete_for_good(data_dir, gone)
    assert listed(locked) == []
    result = locked("restore", str(made))
    assert result.code == 0, result.err
    assert [e["body"] for e in listed(locked)] == ["in the backup"]
    reasons = [b.reason for b in list_backups(data_dir)]
    assert reasons[0] == "before-restore" and "manual" in reasons


def test_restore_a_backup_with_another_passphrase(locked, data_dir, tmp_path, monkeypatch):
    add(locked, "mine")
    foreign_dir = tmp_path / "someone-else"
    with Journal.init(foreign_dir, passphrase=OTHER) as foreign:
        foreign.add_person("Somebody")
        out = foreign.copy_to(tmp_path / "foreign.db")
    before = sorted(p.name for p in data_dir.rglob("*"))
    result = locked("restore", str(out))
    result.assert_one_line_error(1, "did not open", "passphrase", "Nothing was changed")
    assert result.out == ""
    assert [e["body"] for e in listed(locked)] == ["mine"]
    assert sorted(p.name for p in data_dir.rglob("*")) == before  # not even a before-restore backup


@pytest.mark.parametrize("content", [None, b"", b"not a database at all, just words"])
def test_restore_of_something_that_is_not_a_backup(locked, data_dir, tmp_path, content):
    add(locked, "mine")
    path = tmp_path / "odd.db"
    if content is not None:
        path.write_bytes(content)
    result = locked("restore", str(path))
    assert result.code in (1, 2)
    result.assert_one_line_error(result.code, str(path), "Nothing was changed")
    assert list_backups(data_dir) == []
    assert result.out == ""
    assert [e["body"] for e in listed(locked)] == ["mine"]


def test_restore_into_a_plain_journal(ready, data_dir, tmp_path):
    gone = add(ready, "plain words")
    out = printed_path(ready("backup", str(tmp_path / "plain.db")))
    delete_for_good(data_dir, gone, passphrase=None)
    result = ready("restore", str(out))
    assert result.code == 0, result.err
    assert result.out.startswith(f"Restored from {out}. Your journal as it was before is kept in ")
    assert [e["body"] for e in listed(ready)] == ["plain words"]


# -- the canary ------------------------------------------------------------------------------------
def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file() and needle in p.read_bytes()]


def test_no_entry_text_on_disk(locked, data_dir, tmp_path):
    word = "zebracanary7319"
    add(locked, f"Nobody should find the word {word} on disk.", "--title", f"{word} title",
        "--person", f"{word}person")
    made = printed_path(locked("backup"))
    out = printed_path(locked("backup", str(tmp_path / "out.db")))
    assert made.is_file() and out.is_file()
    assert files_containing(data_dir, word.encode("utf-8")) == []
    assert files_containing(tmp_path / "out.db", word.encode("utf-8")) == []
    assert [p.name for p in data_dir.iterdir()] and (data_dir / "backups").is_dir()
    # the search is able to find it when it is there
    plain = tmp_path / "plain"
    with Journal.init(plain) as journal:
        journal.add_person(f"{word}person")
    assert files_containing(plain, word.encode("utf-8"))


def test_backup_and_restore_as_a_real_process(tmp_path):
    env = {"JOURNAL_APP_DATA_DIR": str(tmp_path / "j"), "JOURNAL_APP_PASSPHRASE": PASSPHRASE}
    assert run_subprocess(["init"], env_extra=env).code == 0
    assert run_subprocess(["add", "through a process"], env_extra=env).code == 0
    out = tmp_path / "b.db"
    made = run_subprocess(["backup", str(out)], env_extra=env)
    assert (made.code, made.out, made.err) == (0, f"{out}\n", "")
    restored = run_subprocess(["restore", str(out)], env_extra=env)
    assert restored.code == 0 and restored.out.startswith(f"Restored from {out}.")
    locked = run_subprocess(["restore", str(out)], env_extra={**env, "JOURNAL_APP_PASSPHRASE": ""})
    assert (locked.code, locked.err) == (
        1, "journal-app: this journal is locked: set JOURNAL_APP_PASSPHRASE or run in a terminal\n")


def test_restoring_a_backup_without_a_passphrase_keeps_the_journal_encrypted(locked, data_dir, tmp_path):
    add(locked, "encrypted words")
    plain_dir = tmp_path / "plain"
    with Journal.init(plain_dir) as plain:
        plain.add_person("From the plain one")
        out = plain.copy_to(tmp_path / "plain.db")
    result = locked("restore", str(out))
    assert result.code == 0, result.err
    assert result.out.rstrip("\n").endswith(
        "The backup was not encrypted; the restored journal is encrypted with your current passphrase.")
    assert Journal.state(data_dir) == "encrypted"
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert [p.name for p in journal.people()] == ["From the plain one"]
