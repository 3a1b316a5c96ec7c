"""Item 8 (first bullet) of issue 14: a journal folder left open to others (0777, 0755) is made 0700 when
the journal opens, if it is ours; one that is not ours to change gets a warning instead of silence."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.services.journal import Journal

from .conftest import PASSPHRASE, make_entries

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("mode", [0o777, 0o755, 0o750])
def test_loose_folder_of_an_existing_journal_is_tightened(data_dir, mode):
    with Journal.init(data_dir, passphrase=PASSPHRASE) as journal:
        make_entries(journal, 1)
    os.chmod(data_dir, mode)
    with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
        assert journal.open_warning is None
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_cli_tightens_too(data_dir):
    with Journal.init(data_dir, passphrase=PASSPHRASE):
        pass
    os.chmod(data_dir, 0o777)
    env = dict(os.environ, JOURNAL_APP_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "journal_app", "list", "--data-dir", str(data_dir)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def test_a_folder_that_is_not_ours_is_warned_about(data_dir):
    if os.geteuid() != 0:
        pytest.skip("giving the folder to another user needs root")
    with Journal.init(data_dir, passphrase=PASSPHRASE):
        pass
    os.chown(data_dir, 65534, 65534)
    os.chmod(data_dir, 0o777)
    try:
        with Journal.open(data_dir, passphrase=PASSPHRASE) as journal:
            warning = journal.open_warning
        assert warning and "can be read by other people" in warning and str(data_dir) in warning
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o777, "not ours: left as it is, and said"
    finally:
        os.chown(data_dir, 0, 0)
        os.chmod(data_dir, 0o700)
