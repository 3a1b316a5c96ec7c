"""Helpers to run `journal-app` in-process (fast, with capsys) or as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from journal_app.__main__ import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)

    def assert_one_line_error(self, status: int, *needles: str) -> None:
        assert self.code == status, (self.code, self.out, self.err)
        assert "Traceback" not in self.err
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("journal-app: "), self.err
        for needle in needles:
            assert needle in lines[0], (needle, lines[0])


def run_in_process(capsys, argv: list[str], stdin: bytes | None = None, monkeypatch=None) -> Result:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    with pytest.raises(SystemExit) as info:
        main(argv)
    captured = capsys.readouterr()
    code = info.value.code
    return Result(0 if code is None else code, captured.out, captured.err)


def run_subprocess(argv: list[str], *, env_extra: dict | None = None, stdin: bytes | None = None) -> Result:
    env = dict(os.environ)
    env.update(env_extra or {})
    proc = subprocess.run(
        [sys.executable, "-m", "journal_app", *argv], input=stdin if stdin is not None else b"",
        capture_output=True, env=env, timeout=120,
    )
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def add(cli, *argv: str) -> int:
    result = cli("add", *argv)
    assert result.code == 0, result.err
    assert result.err == ""
    assert result.out.endswith("\n") and result.out.strip().isdigit(), result.out
    return int(result.out)


def listed(cli, *argv: str) -> list[dict]:
    result = cli("list", "--json", *argv)
    assert result.code == 0, result.err
    return result.json()


PASSPHRASE = "lantern orbit pickle quietly"


@pytest.fixture(autouse=True)
def _no_passphrase_from_outside(monkeypatch):
    """Tests choose their own passphrase; one set where the suite runs must not leak in."""
    monkeypatch.delenv("JOURNAL_APP_PASSPHRASE", raising=False)


@pytest.fixture
def cli(capsys, monkeypatch, data_dir: Path):
    """cli("add", "text", ...) runs `journal-app --data-dir <data_dir> add text ...` in-process."""

    def run(*argv: str, stdin: bytes | None = None, data_dir_option: bool = True) -> Result:
        full = (["--data-dir", str(data_dir)] if data_dir_option else []) + list(argv)
        return run_in_process(capsys, full, stdin, monkeypatch)

    return run


@pytest.fixture
def ready(cli):
    """A fresh, initialised journal without a passphrase (the tests that use it are not about
    encryption); returns the same runner as `cli`."""
    assert cli("init", "--no-passphrase").code == 0
    return cli


@pytest.fixture
def locked(cli, monkeypatch):
    """A fresh journal encrypted with PASSPHRASE, which is in $JOURNAL_APP_PASSPHRASE; returns `cli`."""
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    result = cli("init")
    assert result.code == 0, result.err
    return cli


@pytest.fixture(autouse=True)
def _widgets_application_first(request):
    """An in-process PDF export makes a bare QGuiApplication when no Qt application exists yet (the command line's
    own path), and pytest-qt's later tests then refuse it. Tests that write a PDF here get pytest-qt's
    QApplication first, whatever order the tests run in (and whichever of them writes one)."""
    request.getfixturevalue("qapp")
