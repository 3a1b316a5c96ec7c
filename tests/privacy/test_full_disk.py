"""Item 1 of issue 14 on a real full disk (a 2 MB tmpfs): adding entries until the disk is full gives a
"disk is full" message, never "wrong passphrase"; afterwards the journal opens (on the full disk, and
after the folder is copied to a big disk) with every entry that was acknowledged, and a wrong passphrase
is still called wrong and changes nothing. Needs root to mount (CI runs as root)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.core.errors import WrongPassphrase
from journal_app.services.journal import Journal

from .conftest import PASSPHRASE, snapshot

ROOT = Path(__file__).resolve().parents[2]
BIG = "fill " * 60000  # 300 KB per entry: the fifth does not fit on a 2 MB disk


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def _cli(*args: str, stdin: str | None = None, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    env = dict(os.environ, JOURNAL_APP_PASSPHRASE=passphrase, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "journal_app", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT)


def _check_opens(folder: Path, acknowledged: dict[int, str]) -> None:
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        Journal.open(folder, passphrase="not the passphrase at all")
    assert snapshot(folder) == before, "a wrong passphrase changed nothing"
    with Journal.open(folder, passphrase=PASSPHRASE) as journal:
        assert {i: journal.get(i).body for i in acknowledged} == acknowledged
        assert journal.entry_count() == len(acknowledged)


def test_full_disk_says_so_and_loses_nothing(small_disk, tmp_path):
    folder = small_disk / "j"
    assert _cli("init", "--data-dir", str(folder)).returncode == 0
    acknowledged: dict[int, str] = {}
    refusals = []
    for n in range(7):
        body = f"entry {n} " + BIG
        result = _cli("add", "--data-dir", str(folder), "-", stdin=body)
        if result.returncode == 0:
            acknowledged[int(result.stdout.strip())] = body
        else:
            refusals.append(result.stderr)
    assert 2 <= len(acknowledged) < 7 and refusals, (acknowledged.keys(), refusals)
    print(f"\nfull disk: {len(acknowledged)} adds acknowledged, {len(refusals)} refused with 'disk is full'")
    for message in refusals:
        assert "disk is full" in message and "passphrase" not in message, message
        assert "Free some space" in message and "Traceback" not in message

    listed = _cli("list", "--data-dir", str(folder))
    assert listed.returncode == 0, listed.stderr
    assert len([line for line in listed.stdout.splitlines() if line.strip()]) == len(acknowledged)
    wrong = _cli("list", "--data-dir", str(folder), passphrase="a wrong passphrase here")
    assert wrong.returncode == 1 and "did not open" in wrong.stderr

    _check_opens(folder, acknowledged)  # still on the full disk

    # Not even room for the log's index (-shm): the disk is named, never the passphrase; room again: it opens.
    (folder / "journal.db-shm").unlink(missing_ok=True)
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    no_room = _cli("list", "--data-dir", str(folder))
    assert no_room.returncode == 1 and "disk is full" in no_room.stderr, no_room.stderr
    assert "passphrase" not in no_room.stderr and "Free some space" in no_room.stderr
    filler.unlink()
    (folder / "journal.db-shm").unlink(missing_ok=True)  # the stub SQLite began; it would rebuild it anyway
    _check_opens(folder, acknowledged)
    big = tmp_path / "copied"
    shutil.copytree(folder, big)  # what the old message's advice led to: the same files on a big disk
    _check_opens(big, acknowledged)
    with Journal.open(big, passphrase=PASSPHRASE) as journal:
        assert journal.health_problem() is None
