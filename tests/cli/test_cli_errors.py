"""Bad input exits 2, operational failures exit 1; always one calm line on stderr, never a traceback."""

from __future__ import annotations

import pytest

from journal_app.cli import main as cli_mod
from journal_app.core.errors import StorageError
from journal_app.services.journal import Journal

VALID_SLUGS = ("abandonment-fear", "withdrawal", "push-pull")


def entry_count(data_dir) -> int:
    with Journal.open(data_dir) as journal:
        return journal.entry_count()


def test_unknown_trigger_lists_the_valid_slugs(ready, data_dir):
    result = ready("add", "text", "--trigger", "jealousy:3")
    result.assert_one_line_error(2, "'jealousy'", *VALID_SLUGS)
    assert result.out == ""
    assert entry_count(data_dir) == 0


def test_unknown_trigger_in_list_lists_the_valid_slugs(ready):
    ready("list", "--trigger", "nope").assert_one_line_error(2, "'nope'", *VALID_SLUGS)


def test_bad_trigger_creates_nobody(ready, data_dir):
    ready("add", "text", "--person", "Alex", "--trigger", "nope").assert_one_line_error(2)
    with Journal.open(data_dir) as journal:
        assert journal.people() == []


@pytest.mark.parametrize("level", ["11", "-1", "x", "5.5", "", " 5", "٥", "100", "1e1"])
def test_bad_intensity(ready, data_dir, level):
    result = ready("add", "text", "--trigger", f"withdrawal:{level}")
    result.assert_one_line_error(2, "intensity", "0 to 10")
    assert entry_count(data_dir) == 0


@pytest.mark.parametrize("text", ["", " ", "\n\t \r\n", "\u3000\u2003"])
def test_blank_text(ready, data_dir, text):
    ready("add", "--", text).assert_one_line_error(2, "empty")
    assert entry_count(data_dir) == 0


def test_blank_title(ready, data_dir):
    ready("add", "text", "--title", "  ").assert_one_line_error(2, "title")
    assert entry_count(data_dir) == 0


def test_blank_person(ready, data_dir):
    ready("add", "text", "--person", " ").assert_one_line_error(2, "name")
    assert entry_count(data_dir) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "text", "--at", "yesterday"],
        ["add", "text", "--at", "2026-02-30"],
        ["add", "text", "--at", "1800-01-01"],
        ["add", "text", "--at", ""],
        ["list", "--from", "14.03.2026"],
        ["list", "--to", "2026-13-01"],
        ["list", "--from", "2026-3-1"],
        ["stats", "--from", "soon"],
        ["stats", "--to", "2026-02-30"],
    ],
)
def test_malformed_dates(ready, data_dir, argv):
    value = argv[-1]
    ready(*argv).assert_one_line_error(2, repr(value) if value else "empty")
    assert entry_count(data_dir) == 0


@pytest.mark.parametrize("command", ["list", "stats"])
def test_from_after_to(ready, command):
    ready(command, "--from", "2026-03-02", "--to", "2026-03-01").assert_one_line_error(2, "swap")


@pytest.mark.parametrize("limit", ["0", "-3", "abc", "1.5", "", "٣"])
def test_bad_limit(ready, limit):
    result = ready("list", f"--limit={limit}")
    result.assert_one_line_error(2, "--limit", "1 or more", "--help")
    assert result.out == ""


def test_unknown_person_in_list(ready):
    ready("list", "--person", "Nobody").assert_one_line_error(2, "'Nobody'")


@pytest.mark.parametrize("argv", [["add", "text"], ["list"], ["list", "--json"], ["triggers"], ["stats"]])
def test_missing_journal(cli, data_dir, argv):
    cli(*argv).assert_one_line_error(2, str(data_dir), "journal-app init")
    assert not data_dir.exists()  # opening never creates


def test_folder_with_a_file_that_is_not_a_journal(cli, data_dir):
    data_dir.mkdir()
    (data_dir / "journal.db").write_bytes(b"not a database at all, just words")
    cli("list").assert_one_line_error(2, "not a journal")
    assert (data_dir / "journal.db").read_bytes() == b"not a database at all, just words"


def test_foreign_sqlite_database(cli, data_dir):
    import sqlite3

    data_dir.mkdir()
    con = sqlite3.connect(data_dir / "journal.db")
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    cli("stats").assert_one_line_error(2, "not a Relationship Patterns journal")


def test_data_dir_is_a_file(cli, data_dir):
    data_dir.write_text("hello")
    cli("triggers").assert_one_line_error(2, "is a file")
    cli("init").assert_one_line_error(2, "is a file")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["bogus"], "invalid choice"),
        (["add"], "TEXT"),
        (["add", "text", "--trigger"], "--trigger"),
        (["list", "--nope"], "--nope"),
        (["stats", "extra"], "extra"),
        (["list", "--json", "--json=1"], "--json"),
    ],
)
def test_usage_errors_are_one_line(ready, argv, needle):
    result = ready(*argv)
    result.assert_one_line_error(2, needle, "--help")
    assert "usage:" not in result.err


def test_undecodable_argv_is_refused(ready, data_dir):
    # Bytes that are not UTF-8 reach Python as lone surrogates (surrogateescape).
    ready("add", "caf\udce9").assert_one_line_error(2, "UTF-8")
    ready("add", "ok", "--title", "\udcff").assert_one_line_error(2, "UTF-8")
    assert entry_count(data_dir) == 0


def test_undecodable_stdin_is_refused(ready, data_dir):
    ready("add", "-", stdin=b"caf\xe9 au lait").assert_one_line_error(2, "UTF-8")
    assert entry_count(data_dir) == 0


def test_too_long_title(ready, data_dir):
    ready("add", "text", "--title", "t" * 301).assert_one_line_error(2, "300")
    assert entry_count(data_dir) == 0


# -- operational failures: exit 1 -------------------------------------------------------------------
def test_storage_error_exits_1(ready, monkeypatch):
    def broken(*args, **kwargs):
        raise StorageError("The journal could not be saved or read because the disk is full.")

    monkeypatch.setattr(Journal, "save", broken)
    ready("add", "text").assert_one_line_error(1, "disk is full")


def test_os_error_exits_1(ready, monkeypatch):
    def broken(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/somewhere/journal.db")

    monkeypatch.setattr(Journal, "open", classmethod(lambda cls, *a, **k: broken()))
    ready("list").assert_one_line_error(1, "Permission denied", "/somewhere/journal.db")


def test_unexpected_error_is_calm_and_hides_entry_text(ready, monkeypatch):
    def broken(self, form):
        raise RuntimeError(f"boom while saving {form.body}")

    monkeypatch.setattr(Journal, "save", broken)
    result = ready("add", "my secret words")
    result.assert_one_line_error(1, "unexpected", "RuntimeError")
    assert "secret" not in result.err and result.out == ""


def test_keyboard_interrupt(ready, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Journal, "querying", interrupted)  # what stats reads through, whichever way it counts
    assert ready("stats").code == 130


def test_multi_line_service_message_becomes_one_line(ready, monkeypatch):
    def broken(*args, **kwargs):
        raise StorageError("first line\nsecond line\n")

    monkeypatch.setattr(Journal, "triggers", broken)
    ready("triggers").assert_one_line_error(1, "first line second line")


def test_read_only_folder(ready, data_dir):
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    (data_dir / "journal.db").chmod(0o400)
    try:
        result = ready("add", "text")
    finally:
        (data_dir / "journal.db").chmod(0o600)
    assert result.code in (1, 2)
    result.assert_one_line_error(result.code)


def test_guarded_returns_zero_for_none():
    assert cli_mod.guarded(lambda: None) == 0


def test_service_refusal_creates_nobody(ready, data_dir):
    ready("add", "text", "--person", "Alex", "--title", "t" * 301).assert_one_line_error(2, "300")
    with Journal.open(data_dir) as journal:
        assert journal.people() == []


def escaped(text: str) -> str:
    """What Python puts in argv for UTF-8 typed under a C/ASCII locale: every byte above 127 escaped."""
    return "".join(chr(0xDC00 + b) if b > 127 else chr(b) for b in text.encode("utf-8"))


def test_utf8_typed_in_an_ascii_locale_is_recovered(ready, data_dir):
    with Journal.open(data_dir) as journal:
        slug = journal.add_trigger("Eifersüchtig").slug
    assert slug == "eifersüchtig"
    result = ready("add", escaped("Grüße 🎉"), "--title", escaped("Tschüß"), "--person", escaped("Jürgen"),
                   "--trigger", escaped(f"{slug}:5"))
    assert result.code == 0, result.err
    for flt in (["--person", escaped("jürgen")], ["--trigger", escaped(slug)], ["--search", escaped("grüße")]):
        found = ready("list", "--json", *flt)
        assert found.code == 0, found.err
        [item] = found.json()
        assert (item["body"], item["title"], item["people"]) == ("Grüße 🎉", "Tschüß", ["Jürgen"])
