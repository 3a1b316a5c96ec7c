"""Shared test setup: Qt offscreen, a fixed local time zone, and a fresh data folder per test.
Nothing here touches the real home folder."""

import os
import subprocess
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_API"] = "pyside6"
os.environ["TZ"] = "Europe/Berlin"  # not UTC, with DST: offsets must be handled, not assumed
time.tzset()
# English by default, whatever the machine's language: the command line (in subprocesses too) and the window
# follow LC_ALL / LC_MESSAGES / LANG / LANGUAGE, and English asserts must not meet German words on a German machine
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    (home / "run").mkdir(mode=0o700)
    monkeypatch.delenv("JOURNAL_APP_DATA_DIR", raising=False)
    # Qt reads XDG_CONFIG_HOME once per process: point the app's settings file at this test's folder too
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    yield
    _back_to_english()


def _back_to_english() -> None:
    """A test that switched the language (to German, or the pseudo-language) leaves English behind it."""
    from journal_app.core import i18n

    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        from journal_app.ui.common.i18n import apply_language

        apply_language(app, i18n.SOURCE_LANGUAGE)
    else:
        i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A folder for one journal (not yet created)."""
    return tmp_path / "journal"


@pytest.fixture
def read_only_view(tmp_path):
    """make(folder) -> a path where `folder` can be read but not written."""
    mounts: list[Path] = []
    chmodded: list[Path] = []

    def make(folder: Path) -> Path:
        if os.geteuid() != 0:
            os.chmod(folder, 0o500)
            chmodded.append(folder)
            return folder
        view = tmp_path / f"view-{len(mounts)}"
        view.mkdir()
        for command in (["mount", "--bind", str(folder), str(view)],
                        ["mount", "-o", "remount,ro,bind", str(view)]):
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                pytest.skip(f"cannot make a read-only bind mount here: {done.stderr.strip()}")
            if command[1] == "--bind":
                mounts.append(view)
        return view

    yield make
    for view in mounts:
        if subprocess.run(["umount", str(view)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(view)], capture_output=True, check=False)
    for folder in chmodded:
        os.chmod(folder, 0o700)


def let_workers_finish(timeout: float = 10.0) -> None:
    """Wait until no operation of the window's operations layer is still running on a worker thread: a test that
    ends while a dialog's worker reads (the export dialog's entry list, say) must not close the journal under it
    (SQLCipher then crashes the process). Waits for the threads only; their answers are dropped with the test."""
    operations = sys.modules.get("journal_app.ui.common.operations")
    if operations is None:
        return
    deadline = time.monotonic() + timeout
    for op in list(operations._running):
        op.ran.wait(max(0.0, deadline - time.monotonic()))


@pytest.fixture
def journal(data_dir):
    from journal_app.services.journal import Journal

    j = Journal.open(data_dir, create=True)
    yield j
    let_workers_finish()
    j.close()


# Python 3.11 only: after a full run, interpreter shutdown sometimes aborts with "bool_dealloc: deallocating
# True or False" (a C extension under the GUI tests releases one reference to a bool too many; from 3.12
# True/False are immortal and this cannot happen). Every test has run and been reported by then, so the
# process leaves with pytest's own exit status instead of going through that shutdown.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config):
    import sys

    if _EXIT_STATUS and sys.version_info < (3, 12) and not hasattr(config, "workerinput"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
