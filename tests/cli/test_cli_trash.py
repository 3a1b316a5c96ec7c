"""`journal-app delete ID`, `restore-entry ID`, `trash` and `empty-trash` (issue 14, item 5): what the window's
Trash does, from a terminal or a script, with the writer lock, and calm words for every refusal."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap

import pytest

from journal_app.cli import trash as cli_trash
from journal_app.services.journal import Journal
from tests.cli.conftest import PASSPHRASE, add, listed, run_subprocess
from tests.privacy.conftest import files_containing

CANARY = "Vellumsprocket"


def trash_ids(cli) -> list[int]:
    result = cli("trash", "--json")
    assert result.code == 0, result.err
    return [e["id"] for e in result.json()]


def test_delete_then_restore_entry(ready):
    keep = add(ready, "stays")
    gone = add(ready, "goes to the Trash", "--title", "Gone")
    result = ready("delete", str(gone))
    assert (result.code, result.err) == (0, "")
    assert result.out == f"Moved entry {gone} to the Trash. `journal-app restore-entry {gone}` brings it back.\n"
    assert [e["id"] for e in listed(ready)] == [keep]
    assert trash_ids(ready) == [gone]
    human = ready("trash")
    assert human.code == 0 and f"{gone:>5}" in human.out and "Gone" in human.out and "stays" not in human.out

    again = ready("delete", str(gone))
    assert again.code == 0 and again.out.startswith(f"Entry {gone} is already in the Trash.")
    assert trash_ids(ready) == [gone]

    back = ready("restore-entry", str(gone))
    assert (back.code, back.out, back.err) == (0, f"Entry {gone} is back in your journal.\n", "")
    assert sorted(e["id"] for e in listed(ready)) == sorted([keep, gone])
    assert trash_ids(ready) == []
    assert ready("trash").out == "The Trash is empty.\n"

    twice = ready("restore-entry", str(gone))
    assert twice.code == 0 and "is not in the Trash" in twice.out and "Nothing was changed" in twice.out


@pytest.mark.parametrize("command", ["delete", "restore-entry"])
def test_an_unknown_or_bad_id_is_refused(ready, command):
    add(ready, "one entry")
    missing = ready(command, "999")
    missing.assert_one_line_error(2, "There is no entry 999", "Nothing was changed")
    for bad in ("abc", "0", "-3", "1.5"):
        result = ready(command, bad)
        assert result.code == 2 and "Traceback" not in result.err, (bad, result.err)
        assert len(result.err.splitlines()) == 1
    assert len(listed(ready)) == 1


def test_empty_trash_with_yes_erases_the_words(ready, data_dir):
    add(ready, "ordinary words")
    gone = add(ready, f"{CANARY} is a word nobody else writes", "--title", f"{CANARY} title")
    other = add(ready, "also deleted")
    assert ready("delete", str(gone)).code == 0
    assert ready("delete", str(other)).code == 0
    assert files_containing(data_dir, [CANARY])
    result = ready("empty-trash", "--yes")
    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("Deleted 2 entries for good. Their words are erased from the journal file")
    assert "Backups made before now still hold them" in result.out
    assert trash_ids(ready) == [] and [e["body"] for e in listed(ready)] == ["ordinary words"]
    assert files_containing(data_dir, [CANARY]) == []
    assert ready("restore-entry", str(gone)).code == 2  # gone for good
    nothing = ready("empty-trash", "--yes")
    assert (nothing.code, nothing.out) == (0, "The Trash is empty; nothing was deleted.\n")


def test_emptying_one_entry_speaks_of_it(data_dir):
    Journal.init(data_dir).close()
    env = {"JOURNAL_APP_DATA_DIR": str(data_dir)}
    entry = int(run_subprocess(["add", "just the one"], env_extra=env).out)
    assert run_subprocess(["delete", str(entry)], env_extra=env).code == 0
    result = run_subprocess(["empty-trash", "--yes"], env_extra=env)
    assert result.code == 0
    assert result.out.startswith("Deleted 1 entry for good. Its words are erased"), result.out
    assert "hold it until" in result.out


def test_empty_trash_without_a_terminal_or_yes_is_refused(ready):
    gone = add(ready, "in the Trash")
    assert ready("delete", str(gone)).code == 0
    result = ready("empty-trash")
    result.assert_one_line_error(2, "deletes its 1 entry for good", "add --yes", "Nothing was deleted")
    assert result.out == ""
    assert trash_ids(ready) == [gone]


@pytest.mark.parametrize(("answer", "emptied"), [("y\n", True), ("YES\n", True), ("n\n", False), ("\n", False),
                                                 ("", False)])
def test_empty_trash_asks_on_a_terminal(ready, monkeypatch, capsys, answer, emptied):
    gone = add(ready, "in the Trash")
    assert ready("delete", str(gone)).code == 0
    monkeypatch.setattr(cli_trash, "_in_a_terminal", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    result = ready("empty-trash")
    assert result.code == 0, result.err
    assert result.err == "Delete the 1 entry in the Trash for good? This cannot be undone. [y/N] "
    if emptied:
        assert result.out.startswith("Deleted 1 entry for good.")
        assert trash_ids(ready) == []
    else:
        assert result.out == "Nothing was deleted; the Trash is as it was.\n"
        assert trash_ids(ready) == [gone]


def test_empty_trash_refuses_when_the_trash_changed_during_the_question(ready, data_dir, monkeypatch):
    first = add(ready, "deleted before the question")
    second = add(ready, "deleted while the question waited")
    assert ready("delete", str(first)).code == 0

    def answer_while_someone_else_deletes(_question):
        with Journal.open(data_dir) as other:
            other.move_to_trash(second)
        return True

    monkeypatch.setattr(cli_trash, "_in_a_terminal", lambda: True)
    monkeypatch.setattr(cli_trash, "_ask", answer_while_someone_else_deletes)
    result = ready("empty-trash")
    result.assert_one_line_error(1, "The Trash changed while you were answering", "nothing was deleted")
    assert sorted(trash_ids(ready)) == sorted([first, second])


def test_the_trash_commands_on_an_encrypted_journal(locked, data_dir):
    gone = add(locked, f"{CANARY} secret")
    assert locked("delete", str(gone)).code == 0
    assert trash_ids(locked) == [gone]
    assert locked("empty-trash", "--yes").code == 0
    assert trash_ids(locked) == []
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.trash_count() == 0 and journal.entry_count() == 0


HOLDER = textwrap.dedent('''
    import sys, time
    from journal_app.system.instance_lock import JournalLock
    lock = JournalLock(sys.argv[1])
    assert lock.acquire()
    print("held", flush=True)
    time.sleep(120)
''')


def test_the_writing_commands_wait_for_the_window(data_dir):
    """delete, restore-entry and empty-trash change the journal, so they need its writer lock (like add);
    trash only reads."""
    Journal.init(data_dir).close()
    env = {"JOURNAL_APP_DATA_DIR": str(data_dir)}
    entry = int(run_subprocess(["add", "an entry"], env_extra=env).out)
    assert run_subprocess(["delete", str(entry)], env_extra=env).code == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        for argv in (["restore-entry", str(entry)], ["empty-trash", "--yes"], ["delete", str(entry)]):
            refused = run_subprocess(argv, env_extra=env)  # after a few seconds' wait (test_lock_wait.py)
            assert refused.code == 1 and "Traceback" not in refused.err, refused
            waiting, line = refused.err.splitlines()
            assert waiting == "journal-app: Waiting for the journal: another window or command is using it…"
            assert "open in Relationship Patterns Journal" in line and "Nothing was changed" in line
        listed_trash = run_subprocess(["trash", "--json"], env_extra=env)
        assert listed_trash.code == 0 and [e["id"] for e in listed_trash.json()] == [entry]
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert run_subprocess(["empty-trash"], env_extra=env).code == 2  # no terminal: asks for --yes
    emptied = run_subprocess(["empty-trash", "--yes"], env_extra=env)
    assert emptied.code == 0 and emptied.out.startswith("Deleted 1 entry for good.")
