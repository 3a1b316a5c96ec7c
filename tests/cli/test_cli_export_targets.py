"""Never overwritten by its own export: `export`, `backup OUT`, `import` and `restore` refuse the journal, its
side files, its backups folder (restore may read a backup from there) and the app's settings, however the
path is spelled (symbolic links, `..`, a hard link to the journal), with exit 2 and one calm line naming the
path; the journal stays byte for byte as it was and nothing is written. And arguments that are not UTF-8
text (bytes that do not decode, lone surrogates) are refused before anything is written."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.paths import refuse_inside_data_folder
from tests.cli.conftest import PASSPHRASE, add, listed

CANARY = "periwinklemarmot"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its SHA-256 (symbolic links by their target)."""
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            found[os.path.relpath(path, folder)] = "-> " + os.readlink(path) if path.is_symlink() else digest(path)
    return found


@pytest.fixture
def journal_cli(locked, data_dir):
    add(locked, f"A moment with {CANARY}.", "--share")
    assert locked("backup").code == 0  # a backups folder with one backup in it
    return locked


def _targets(data_dir: Path, tmp_path: Path) -> dict[str, Path]:
    """Spellings of places inside the journal's folder (made on demand: links, a hard link)."""
    link = tmp_path / "shortcut"
    if not link.exists():
        link.symlink_to(data_dir)
    hard = tmp_path / "innocent.md"
    if not hard.exists():
        os.link(data_dir / "journal.db", hard)
    backup_file = next((data_dir / "backups").iterdir())
    return {
        "journal": data_dir / "journal.db",
        "wal": data_dir / "journal.db-wal",
        "shm": data_dir / "journal.db-shm",
        "lock": data_dir / "journal.lock",
        "templates": data_dir / "templates.json",
        "new-file-inside": data_dir / "summary.md",
        "backups-folder": data_dir / "backups" / "summary.md",
        "a-backup": backup_file,
        "through-a-link": link / "journal.db",
        "dot-dot": tmp_path / "elsewhere" / ".." / data_dir.name / "journal.db",
        "hard-link": hard,
        "folder-itself": data_dir,
    }


CASES = ["journal", "wal", "shm", "lock", "templates", "new-file-inside", "backups-folder", "a-backup",
         "through-a-link", "dot-dot", "hard-link", "folder-itself"]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("fmt", ["md", "json"])
def test_export_never_writes_into_the_journal_folder(journal_cli, data_dir, tmp_path, case, fmt):
    (tmp_path / "elsewhere").mkdir(exist_ok=True)
    target = _targets(data_dir, tmp_path)[case]
    before, outside = tree(data_dir), tree(tmp_path)
    result = journal_cli("export", str(target), "--format", fmt)
    result.assert_one_line_error(2, str(target), "Nothing was written")
    assert tree(data_dir) == before and tree(tmp_path) == outside  # the journal and everything else as it was
    assert [e["body"] for e in listed(journal_cli)] == [f"A moment with {CANARY}."]


@pytest.mark.parametrize("case", CASES)
def test_backup_copy_never_goes_into_the_journal_folder(journal_cli, data_dir, tmp_path, case):
    (tmp_path / "elsewhere").mkdir(exist_ok=True)
    target = _targets(data_dir, tmp_path)[case]
    before, outside = tree(data_dir), tree(tmp_path)
    journal_cli("backup", str(target)).assert_one_line_error(2, str(target), "Nothing was written")
    assert tree(data_dir) == before and tree(tmp_path) == outside


@pytest.mark.parametrize("case", CASES)
def test_import_never_reads_the_journals_own_files(journal_cli, data_dir, tmp_path, case):
    (tmp_path / "elsewhere").mkdir(exist_ok=True)
    target = _targets(data_dir, tmp_path)[case]
    before = tree(data_dir)
    journal_cli("import", str(target)).assert_one_line_error(2, str(target), "Nothing was imported")
    assert tree(data_dir) == before


@pytest.mark.parametrize("case", [c for c in CASES if c not in ("a-backup", "backups-folder")])
def test_restore_never_reads_the_journal_itself(journal_cli, data_dir, tmp_path, case):
    (tmp_path / "elsewhere").mkdir(exist_ok=True)
    target = _targets(data_dir, tmp_path)[case]
    before = tree(data_dir)
    journal_cli("restore", str(target)).assert_one_line_error(2, str(target), "Nothing was changed")
    assert tree(data_dir) == before


def test_restore_from_the_backups_folder_still_works(journal_cli, data_dir):
    backup_file = next((data_dir / "backups").iterdir())
    add(journal_cli, "Written after the backup.")
    result = journal_cli("restore", str(backup_file))
    assert result.code == 0, result.err
    assert [e["body"] for e in listed(journal_cli)] == [f"A moment with {CANARY}."]


def test_the_settings_are_no_place_for_an_export(journal_cli, tmp_path):
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "journal-app" / "settings.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[display]\ntheme=dark\n")
    journal_cli("export", str(settings), "--format", "md").assert_one_line_error(2, str(settings))
    assert settings.read_text() == "[display]\ntheme=dark\n"


def test_places_outside_are_still_fine(journal_cli, data_dir, tmp_path):
    """A sibling folder whose name starts like the journal's is not inside it; a link pointing out is fine."""
    sibling = tmp_path / (data_dir.name + "-exports")
    sibling.mkdir()
    out = sibling / "summary.md"
    assert journal_cli("export", str(out)).code == 0
    assert CANARY in out.read_text(encoding="utf-8")
    (data_dir / "outside-link").symlink_to(sibling)  # a link inside the folder pointing out: goes by the real path
    try:
        assert journal_cli("export", str(data_dir / "outside-link" / "again.md")).code == 0
    finally:
        (data_dir / "outside-link").unlink()
    assert (sibling / "again.md").is_file()


def test_the_guard_compares_real_paths(tmp_path):
    data = tmp_path / "journal"
    (data / "backups").mkdir(parents=True)
    (data / "journal.db").write_bytes(b"x" * 512)
    for inside in (data, data / "journal.db", data / "x" / ".." / "y.md", data / "backups" / "b.db"):
        with pytest.raises(InvalidInput):
            refuse_inside_data_folder(inside, data, "export")
    refuse_inside_data_folder(data / "backups" / "b.db", data, "restore", allow_backups=True)
    with pytest.raises(InvalidInput):
        refuse_inside_data_folder(data / "backups", data, "restore", allow_backups=True)
    with pytest.raises(InvalidInput, match=re.escape("another name for the journal's file journal.db")):
        os.link(data / "journal.db", tmp_path / "copy.db")
        refuse_inside_data_folder(tmp_path / "copy.db", data, "restore", allow_backups=True)
    refuse_inside_data_folder(tmp_path / "journal2" / "x.md", data, "export")  # a prefix is not a parent
    refuse_inside_data_folder(tmp_path / "summary.md", data, "export")


def test_the_old_repro_no_longer_replaces_the_journal(journal_cli, data_dir):
    """`journal-app export $D/journal.db --format md` replaced the encrypted journal with Markdown, exit 0."""
    before = digest(data_dir / "journal.db")
    journal_cli("export", str(data_dir / "journal.db"), "--format", "md").assert_one_line_error(
        2, "inside the journal's own folder")
    assert digest(data_dir / "journal.db") == before
    assert listed(journal_cli)[0]["body"] == f"A moment with {CANARY}."


# -- item 10: arguments that are not UTF-8 text -------------------------------------------------------------
def _run(argv: list, env_extra: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["JOURNAL_APP_PASSPHRASE"] = PASSPHRASE
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "journal_app", *argv], capture_output=True, env=env,
                          timeout=120, cwd=cwd, check=False)


BAD = [b"\xff\xfe", b"caf\xe9", b"\xed\xa0\x80"]  # not UTF-8; Latin-1; an encoded lone surrogate


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("fmt", ["md", "pdf", "csv", "json"])
def test_a_file_name_that_is_not_utf8_is_refused_before_writing(journal_cli, data_dir, tmp_path, bad, fmt):
    out = tmp_path / "out"
    out.mkdir()
    target = bytes(out) + b"/" + bad + b"." + fmt.encode()
    done = _run([b"--data-dir", bytes(data_dir), b"export", target])
    assert done.returncode == 2, done.stderr
    err = done.stderr.decode("utf-8")
    assert "Traceback" not in err and "unexpected" not in err
    assert "The file name OUT is not valid UTF-8 text" in err
    assert os.listdir(out) == []  # nothing written, not even a partial file


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("option", ["--note", "--from", "--to"])
@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_text_options_that_are_not_utf8_are_refused(journal_cli, data_dir, tmp_path, bad, option, fmt):
    out = tmp_path / "out"
    out.mkdir()
    done = _run([b"--data-dir", bytes(data_dir), b"export", bytes(out / f"s.{fmt}"), option.encode(), bad])
    assert done.returncode == 2, done.stderr
    err = done.stderr.decode("utf-8")
    assert option in err and "not valid UTF-8 text" in err and "Traceback" not in err
    assert os.listdir(out) == []


@pytest.mark.parametrize("command", ["backup", "restore", "import"])
def test_backup_restore_import_file_names_that_are_not_utf8(journal_cli, data_dir, tmp_path, command):
    before = tree(data_dir)
    out = tmp_path / "out"
    out.mkdir()
    target = bytes(out) + b"/\xff.db"
    if command != "backup":
        Path(os.fsdecode(target)).write_bytes(b"not a journal")
    done = _run([b"--data-dir", bytes(data_dir), command.encode(), target])
    assert done.returncode == 2, done.stderr
    err = done.stderr.decode("utf-8")
    assert "not valid UTF-8 text" in err and "Traceback" not in err
    assert tree(data_dir) == before
    assert len(os.listdir(out)) == (0 if command == "backup" else 1)


@pytest.mark.parametrize("command", [["export", "s.md"], ["backup"], ["list"], ["init"]])
def test_a_journal_folder_that_is_not_utf8_is_refused(tmp_path, command):
    folder = bytes(tmp_path) + b"/\xff"
    os.mkdir(folder)
    done = _run([b"--data-dir", folder, *[c.encode() for c in command]], cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "journal folder (--data-dir) is not valid UTF-8 text" in done.stderr.decode("utf-8")
    assert os.listdir(folder) == [] and sorted(os.listdir(tmp_path)) == [b"\xff".decode("utf-8", "surrogateescape")]


def test_utf8_typed_in_a_c_locale_still_works(journal_cli, data_dir, tmp_path):
    out = tmp_path / "résumé.md"
    done = _run([b"--data-dir", bytes(data_dir), b"export", bytes(out), b"--note", "Bis bald, Jörg".encode()],
                env_extra={"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"})
    assert done.returncode == 0, done.stderr
    assert "Bis bald, Jörg" in out.read_text(encoding="utf-8")


def test_a_lone_surrogate_in_process_is_refused(journal_cli, tmp_path):
    journal_cli("export", str(tmp_path / "s.md"), "--note", "a\ud800b").assert_one_line_error(2, "--note")
    assert not list(tmp_path.glob("*.md")) and not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_a_non_ascii_database_name_in_an_ascii_locale_is_refused_calmly(journal_cli, data_dir, tmp_path, command):
    """SQLite takes only UTF-8 names; LC_ALL=C without UTF-8 mode hands Python the bytes as surrogates."""
    target = tmp_path / "résumé.db"
    if command == "restore":
        target.write_bytes(b"")
    before = tree(data_dir)
    done = _run([b"--data-dir", bytes(data_dir), command.encode(), bytes(target)],
                env_extra={"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"})
    assert done.returncode == 2, done.stderr
    assert "ASCII-only locale" in done.stderr.decode("utf-8") and "Traceback" not in done.stderr.decode("utf-8")
    assert tree(data_dir) == before
    expected = ["journal"] + (["résumé.db"] if command == "restore" else [])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(expected)
