"""`journal-app --install-desktop-entry` / `--uninstall-desktop-entry` through the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import run_subprocess


def test_install_and_uninstall_in_a_subprocess(tmp_path):
    share = tmp_path / "share"
    env = {"XDG_DATA_HOME": str(share)}
    desktop = share / "applications" / "journal-app.desktop"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / "journal-app.svg"

    result = run_subprocess(["--install-desktop-entry"], env_extra=env)
    assert (result.code, result.err) == (0, ""), result.err
    lines = result.out.splitlines()
    assert lines[:2] == [f"Installed {icon}", f"Installed {desktop}"]
    assert "applications menu" in lines[2] and "journal-app --uninstall-desktop-entry" in lines[2]
    assert desktop.is_file() and icon.is_file()
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.startswith("Exec=/")

    again = run_subprocess(["--install-desktop-entry"], env_extra=env)
    assert (again.code, again.out) == (0, result.out)

    removed = run_subprocess(["--uninstall-desktop-entry"], env_extra=env)
    assert (removed.code, removed.err) == (0, ""), removed.err
    assert removed.out.splitlines()[:2] == [f"Removed {desktop}", f"Removed {icon}"]
    assert not desktop.exists() and not icon.exists()

    nothing = run_subprocess(["--uninstall-desktop-entry"], env_extra=env)
    assert nothing.code == 0 and "nothing was changed" in nothing.out


def test_the_flag_loads_neither_qt_nor_the_database(tmp_path):
    probe = (
        "import sys\n"
        "from journal_app.__main__ import main\n"
        "try:\n    main(['--install-desktop-entry'])\nexcept SystemExit as done:\n    assert not done.code\n"
        "heavy = {'PySide6', 'shiboken6', 'sqlalchemy', 'sqlmodel', 'alembic', 'matplotlib'}\n"
        "print(sorted(heavy & {name.split('.')[0] for name in sys.modules}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "XDG_DATA_HOME": str(tmp_path)}, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
    assert (tmp_path / "applications" / "journal-app.desktop").is_file()


def test_a_failure_is_one_calm_line(tmp_path):
    blocker = tmp_path / "share"
    blocker.write_text("a file, not a folder")
    result = run_subprocess(["--install-desktop-entry"], env_extra={"XDG_DATA_HOME": str(blocker)})
    result.assert_one_line_error(1, "menu entry could not be changed", "journal is not affected")
    assert result.out == ""


def test_the_flags_go_on_their_own(cli):
    result = cli("--install-desktop-entry", "list", data_dir_option=False)
    result.assert_one_line_error(2, "--install-desktop-entry", "without a command", "--help")
    result = cli("--uninstall-desktop-entry", data_dir_option=True)
    result.assert_one_line_error(2, "--uninstall-desktop-entry", "--data-dir")
    result = cli("--install-desktop-entry", "--uninstall-desktop-entry", data_dir_option=False)
    result.assert_one_line_error(2, "not allowed with")


def test_help_mentions_the_flags(cli):
    result = cli("--help", data_dir_option=False)
    assert result.code == 0
    assert "--install-desktop-entry" in result.out and "--uninstall-desktop-entry" in result.out
    assert "applications menu" in result.out


def test_install_in_process_writes_where_xdg_says(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    result = cli("--install-desktop-entry", data_dir_option=False)
    assert result.code == 0, result.err
    assert Path(result.out.splitlines()[1].removeprefix("Installed ")) == (
        tmp_path / "xdg" / "applications" / "journal-app.desktop")
