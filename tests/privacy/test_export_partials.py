"""The partial files of exports (exporting/files.py): 0600 and registered in the journal's folder while they are
written, gone afterwards; abandon_all() stops a writer and removes its file at once; the next run removes
only what is ours to remove (registered, named exactly like our partials, a regular file, its writer gone);
and when a partial cannot be removed, the message says where it is."""

from __future__ import annotations

import fcntl
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core import files
from journal_app.core.errors import StorageError
from journal_app.core.files import REGISTRY_NAME, ExportStopped, remove_leftovers, write_atomic


@pytest.fixture
def folders(tmp_path):
    data = tmp_path / "journal"
    data.mkdir(mode=0o700)
    out = tmp_path / "out"
    out.mkdir()
    return data, out


def _registered(data: Path) -> list[dict]:
    path = data / REGISTRY_NAME
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines()]


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(proc.stdout)


def _register_by_hand(data: Path, path: Path, pid: int, when: float = 0.0) -> None:
    with open(data / REGISTRY_NAME, "a", encoding="ascii") as fh:
        fh.write(json.dumps({"path": str(path), "pid": pid, "t": when}) + "\n")
    os.chmod(data / REGISTRY_NAME, 0o600)


def test_while_written_the_partial_is_0600_hidden_and_registered(folders):
    data, out = folders
    seen = {}

    def produce(stream):
        stream.write(b"secret words")
        (partial,) = list(out.iterdir())
        seen["name"] = partial.name
        seen["mode"] = stat.S_IMODE(partial.stat().st_mode)
        seen["registry"] = _registered(data)
        seen["registry_mode"] = stat.S_IMODE((data / REGISTRY_NAME).stat().st_mode)

    old = os.umask(0o000)  # a careless umask changes nothing
    try:
        write_atomic(out / "summary.md", produce, data_dir=data)
    finally:
        os.umask(old)
    assert files.PARTIAL_RE.match(seen["name"]) and seen["name"].startswith(".summary.md.")
    assert seen["mode"] == 0o600 and seen["registry_mode"] == 0o600
    assert [e["path"] for e in seen["registry"]] == [str(out / seen["name"])]
    assert seen["registry"][0]["pid"] == os.getpid()
    assert os.listdir(out) == ["summary.md"] and stat.S_IMODE((out / "summary.md").stat().st_mode) == 0o600
    assert not (data / REGISTRY_NAME).exists()  # emptied and removed once nothing is in progress


def test_abandon_all_stops_the_writer_and_removes_its_file(folders):
    data, out = folders

    def produce(stream):
        stream.write(b"first part of the plain text")
        assert files.abandon_all() == []  # what a signal handler or the quitting window does
        assert os.listdir(out) == []  # gone at once, while the writer is still inside
        stream.write(b"more")  # the writer stops here

    with pytest.raises(ExportStopped, match="nothing was left behind"):
        write_atomic(out / "backup.json", produce, data_dir=data)
    assert os.listdir(out) == [] and not (data / REGISTRY_NAME).exists()


def test_abandoned_after_the_last_write_is_not_put_in_place(folders):
    data, out = folders

    def produce(stream):
        stream.write(b"all of it")
        files.abandon_all()

    with pytest.raises(ExportStopped):
        write_atomic(out / "summary.md", produce, data_dir=data)
    assert os.listdir(out) == []


def test_the_next_run_removes_a_killed_writers_partial_and_only_that(folders, tmp_path):
    data, out = folders
    dead = _dead_pid()
    killed = out / ".summary.md.0123456789ab.partial"
    killed.write_bytes(b"plain text of a killed export")
    _register_by_hand(data, killed, dead)
    unregistered = out / ".other.md.abcdefabcdef.partial"  # named like ours, but never listed: not ours
    unregistered.write_bytes(b"someone else's")
    odd_name = out / "notes.txt"  # listed (a tampered registry), but not a name we make
    odd_name.write_bytes(b"keep me")
    _register_by_hand(data, odd_name, dead)
    target_of_link = tmp_path / "precious.txt"
    target_of_link.write_bytes(b"keep me too")
    link = out / ".link.md.fedcba987654.partial"
    link.symlink_to(target_of_link)  # a symbolic link is never followed or removed
    _register_by_hand(data, link, dead)
    relative = Path(".rel.md.111111111111.partial")  # not an absolute path: ignored
    _register_by_hand(data, relative, dead)

    removed, failed = remove_leftovers(data)
    assert removed == [killed] and failed == []
    assert not killed.exists()
    assert unregistered.exists() and odd_name.read_bytes() == b"keep me"
    assert link.is_symlink() and target_of_link.read_bytes() == b"keep me too"
    assert not (data / REGISTRY_NAME).exists()  # every entry settled


def test_a_partial_whose_writer_still_works_is_left_alone(folders):
    data, out = folders
    busy = out / ".summary.md.aaaaaaaaaaaa.partial"
    busy.write_bytes(b"being written")
    _register_by_hand(data, busy, _dead_pid())
    with open(busy, "rb") as held:  # the writer's lock (here held by another open file of ours)
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert remove_leftovers(data) == ([], [])
        assert busy.exists() and len(_registered(data)) == 1
    removed, _failed = remove_leftovers(data)  # the lock is free: the writer is gone
    assert removed == [busy] and not busy.exists()


def test_a_just_registered_partial_of_a_live_process_is_left_alone(folders):
    """Between registering its partial and locking it, a writer must not lose its file to another cleaner."""
    import time

    data, out = folders
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        fresh = out / ".summary.md.bbbbbbbbbbbb.partial"
        _register_by_hand(data, fresh, sleeper.pid, when=time.time())  # registered, not made yet
        assert remove_leftovers(data) == ([], []) and len(_registered(data)) == 1
        fresh.write_bytes(b"now made, not locked yet")
        assert remove_leftovers(data) == ([], []) and fresh.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    removed, _failed = remove_leftovers(data)  # its process is gone
    assert removed == [fresh]


def test_the_next_export_cleans_up_too(folders):
    data, out = folders
    killed = out / ".old.json.0123456789ab.partial"
    killed.write_bytes(b"plain text")
    _register_by_hand(data, killed, _dead_pid())
    write_atomic(out / "new.md", b"fresh", data_dir=data)
    assert sorted(os.listdir(out)) == ["new.md"]


def test_a_partial_that_cannot_be_removed_is_named(folders, monkeypatch):
    data, out = folders

    def produce(stream):
        stream.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "_remove", lambda path: False)
    with pytest.raises(StorageError) as info:
        write_atomic(out / "summary.md", produce, data_dir=data)
    message = str(info.value)
    (left,) = list(out.iterdir())
    assert str(left) in message and "please delete it" in message and "the disk is full" in message


def test_leftovers_that_cannot_be_removed_are_named_by_the_cli(folders, monkeypatch, capsys):
    from journal_app.cli import common as cli_common

    data, out = folders
    stuck = out / ".summary.md.cccccccccccc.partial"
    stuck.write_bytes(b"plain")
    _register_by_hand(data, stuck, _dead_pid())
    monkeypatch.setattr(files, "_remove", lambda path: False)
    cli_common.remove_export_leftovers(data)
    err = capsys.readouterr().err
    assert str(stuck) in err and "please delete it yourself" in err
    assert len(_registered(data)) == 1  # tried again next time
