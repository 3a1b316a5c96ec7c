"""journal_app.system.desktop_entry: the applications-menu entry and icon, installed into a temporary
$XDG_DATA_HOME (tests/conftest.py gives every test its own), checked with desktop-file-validate."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.system import desktop_entry
from journal_app.system.desktop_entry import DesktopEntryError

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DESKTOP = ROOT / "journal_app" / "resources" / "journal-app.desktop"
SOURCE_ICON = ROOT / "journal_app" / "resources" / "icons" / "journal-app.svg"
VALIDATOR = "desktop-file-validate"  # Debian/Ubuntu package: desktop-file-utils


@pytest.fixture
def home_data() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])


def keys(text: str) -> dict[str, str]:
    """The [Desktop Entry] group's keys (the files have no other group)."""
    found = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            found[key] = value
    return found


def unescape(value: str) -> str:
    """A desktop-entry string value: \\s \\n \\t \\r \\\\ are escapes."""
    out, chars = [], iter(value)
    for ch in chars:
        out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[next(chars)] if ch == "\\" else ch)
    return "".join(out)


def exec_argv(value: str) -> list[str]:
    """Exec's arguments the way the Desktop Entry spec tells a launcher to read them: the string escapes,
    then arguments split on spaces, where "..." quotes one argument and \\ escapes " ` $ \\ inside it."""
    text = unescape(value)
    assert "%" not in text.replace("%%", ""), "no field codes expected"
    args: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        arg = []
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\":
                    assert text[i + 1] in '"`$\\', text
                    i += 1
                arg.append(text[i])
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                assert text[i] not in '"\'\\><~|&;$*?#()`\t', text  # reserved: must be quoted
                arg.append(text[i])
                i += 1
        args.append("".join(arg).replace("%%", "%"))
    return args


def validate(path: Path) -> None:
    if shutil.which(VALIDATOR) is None:
        if os.environ.get("CI_REQUIRE_DESKTOP_VALIDATE") == "1":
            pytest.fail(f"{VALIDATOR} is not installed (apt package desktop-file-utils); CI requires it")
        pytest.skip(f"{VALIDATOR} is not installed (apt package desktop-file-utils)")
    result = subprocess.run([VALIDATOR, str(path)], check=False, capture_output=True, text=True, timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", ""), path.read_text()


# -- installing ------------------------------------------------------------------------------------
def test_install_writes_the_entry_and_the_icon(home_data):
    written = desktop_entry.install()
    desktop = home_data / "applications" / "journal-app.desktop"
    icon = home_data / "icons" / "hicolor" / "scalable" / "apps" / "journal-app.svg"
    assert written == [icon, desktop]
    assert icon.read_bytes() == SOURCE_ICON.read_bytes()
    assert desktop.stat().st_mode & 0o777 == 0o644
    installed, source = keys(desktop.read_text()), keys(SOURCE_DESKTOP.read_text())
    assert installed["Icon"] == "journal-app" == icon.stem  # found through the hicolor theme
    for key in ("Type", "Name", "GenericName", "Comment", "Categories", "Keywords", "StartupWMClass"):
        assert installed[key] == source[key]
    assert not list(desktop.parent.glob(".*.tmp")) and not list(icon.parent.glob(".*.tmp"))


def test_the_menu_command_is_absolute_and_starts_this_app(home_data, tmp_path):
    desktop_entry.install()
    entry = keys((home_data / "applications" / "journal-app.desktop").read_text())
    argv = exec_argv(entry["Exec"])
    program = Path(argv[0])
    assert program.is_absolute() and os.access(program, os.X_OK), argv
    assert unescape(entry["TryExec"]) == argv[0]  # the entry hides itself if this copy of the app is removed
    cwd = entry.get("Path", str(tmp_path))  # a launcher starts it anywhere, usually the home folder
    result = subprocess.run([*argv, "--version"], cwd=cwd, capture_output=True, text=True, timeout=60,
                            check=False)
    assert (result.returncode, result.stdout.strip()) == (0, f"journal-app {__version__}"), result.stderr


def test_install_into_a_given_folder(tmp_path, home_data):
    other = tmp_path / "elsewhere"
    written = desktop_entry.install(other)
    assert [p.relative_to(other).as_posix() for p in written] == [
        "icons/hicolor/scalable/apps/journal-app.svg", "applications/journal-app.desktop"]
    assert not (home_data / "applications" / "journal-app.desktop").exists()


def test_installing_twice_changes_nothing(home_data):
    first = desktop_entry.install()
    stamps = [(p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino) for p in first]
    assert desktop_entry.install() == first
    assert [(p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino) for p in first] == stamps


def test_installing_again_repairs_a_changed_entry(home_data):
    [_, desktop] = desktop_entry.install()
    desktop.write_text("[Desktop Entry]\nType=Application\nName=Old\nExec=/gone/journal-app\n")
    desktop_entry.install()
    entry = keys(desktop.read_text())
    assert entry["Name"] == "Relationship Patterns Journal" and "/gone/" not in entry["Exec"]


def test_xdg_data_home_must_be_absolute(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path


# -- which command the menu runs -------------------------------------------------------------------
def test_without_a_script_it_runs_python_dash_m(monkeypatch, tmp_path):
    monkeypatch.setattr(desktop_entry, "_script_candidates", list)
    command, workdir = desktop_entry.launch_command()
    assert command == [os.path.abspath(sys.executable), "-m", "journal_app"]
    package_parent = Path(desktop_entry.__file__).resolve().parents[2]
    in_site = {"site-packages", "dist-packages"} & set(package_parent.parts)
    assert workdir == (None if in_site else package_parent)
    result = subprocess.run([*command, "--version"], cwd=workdir or tmp_path, capture_output=True, text=True,
                            check=False, timeout=60)
    assert result.returncode == 0 and __version__ in result.stdout, result.stderr


def test_a_script_for_another_python_is_not_used(monkeypatch, tmp_path):
    stranger = tmp_path / "journal-app"
    stranger.write_text("#!/opt/some-other/python3.9\nprint('not us')\n")
    stranger.chmod(0o755)
    ours = tmp_path / "ours" / "journal-app"
    ours.parent.mkdir()
    ours.write_text(f"#!{sys.executable}\nfrom journal_app.__main__ import main\nmain()\n")
    ours.chmod(0o755)
    monkeypatch.setattr(desktop_entry, "_script_candidates", lambda: [stranger, ours])
    assert desktop_entry.launch_command() == ([str(ours)], None)
    monkeypatch.setattr(desktop_entry, "_script_candidates", lambda: [stranger])
    assert desktop_entry.launch_command()[0][1:] == ["-m", "journal_app"]


def test_in_the_standalone_bundle_the_bundles_program_is_the_app(monkeypatch, tmp_path):
    program = tmp_path / "journal-app" / "journal-app"  # PyInstaller's one-folder bundle sets sys.frozen
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert desktop_entry.launch_command() == ([str(program)], None)


@pytest.mark.parametrize("odd", [
    "/home/Ana María/venvs/journal app/bin/journal-app",
    '/opt/"quoted"/$HOME/`x`/back\\slash/100%/journal-app',
    "/tmp/semi;colon/and&amp/it's/journal-app",
])
def test_odd_paths_survive_the_exec_quoting(home_data, odd):
    command = [odd, "-m", "journal_app"]
    text = desktop_entry.render(SOURCE_DESKTOP.read_text(), command, Path("/srv/a b"))
    entry = keys(text)
    assert exec_argv(entry["Exec"]) == command
    assert unescape(entry["TryExec"]) == odd
    assert entry["Path"] == "/srv/a b"
    target = home_data / "odd.desktop"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    validate(target)


def test_a_line_break_in_the_path_is_refused():
    with pytest.raises(DesktopEntryError, match="line break"):
        desktop_entry.render(SOURCE_DESKTOP.read_text(), ["/tmp/two\nlines/journal-app"])


# -- removing --------------------------------------------------------------------------------------
def test_uninstall_removes_only_ours(home_data):
    apps = home_data / "applications"
    icons = home_data / "icons" / "hicolor" / "scalable" / "apps"
    apps.mkdir(parents=True)
    icons.mkdir(parents=True)
    (apps / "someone-else.desktop").write_text("[Desktop Entry]\nType=Application\nName=X\nExec=x\n")
    (icons / "someone-else.svg").write_text("<svg/>")
    written = desktop_entry.install()
    assert desktop_entry.uninstall() == [written[1], written[0]]
    assert not any(p.exists() for p in written)
    assert (apps / "someone-else.desktop").is_file() and (icons / "someone-else.svg").is_file()
    assert desktop_entry.uninstall() == []  # a second time: nothing to do, no error


# -- when things go wrong --------------------------------------------------------------------------
def test_something_in_the_way_is_explained_and_nothing_is_left_behind(home_data):
    home_data.mkdir(parents=True)
    (home_data / "applications").write_text("a file where the folder should be")
    with pytest.raises(DesktopEntryError) as info:
        desktop_entry.install()
    message = str(info.value)
    assert "applications" in message and "in the way" in message and "journal is not affected" in message
    assert not desktop_entry.icon_path().exists()  # the icon written first was taken away again


def test_a_read_only_folder_is_explained(home_data, monkeypatch):
    def refuse(src, dst):
        raise OSError(errno.EROFS, "Read-only file system", str(dst))

    monkeypatch.setattr(desktop_entry.os, "replace", refuse)
    with pytest.raises(DesktopEntryError, match="read-only or not yours to write") as info:
        desktop_entry.install()
    assert "journal-app.svg" in str(info.value)
    assert not desktop_entry.icon_path().exists()
    assert not list(desktop_entry.icon_path().parent.iterdir())  # no temporary file left either


def test_a_full_disk_is_explained(home_data, monkeypatch):
    real = desktop_entry.os.replace

    def full_on_the_entry(src, dst):
        if str(dst).endswith(".desktop"):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real(src, dst)

    monkeypatch.setattr(desktop_entry.os, "replace", full_on_the_entry)
    with pytest.raises(DesktopEntryError, match="the disk is full"):
        desktop_entry.install()
    assert not desktop_entry.icon_path().exists()


def test_missing_resources_are_explained(monkeypatch, tmp_path):
    monkeypatch.setenv("JOURNAL_APP_RESOURCES", str(tmp_path / "empty"))
    with pytest.raises(DesktopEntryError, match="missing from this copy of the app"):
        desktop_entry.install()
    assert not desktop_entry.desktop_path().exists()


# -- the menu caches -------------------------------------------------------------------------------
def _fake_tool(folder: Path, name: str, status: int, log: Path) -> None:
    script = folder / name
    script.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\necho "{name}: it went wrong" >&2\n'
                      f"exit {status}\n")
    script.chmod(0o755)


def test_the_caches_are_refreshed_and_a_failure_is_only_a_note(home_data, monkeypatch, tmp_path):
    tools, log = tmp_path / "bin", tmp_path / "calls.log"
    tools.mkdir()
    _fake_tool(tools, "update-desktop-database", 1, log)
    _fake_tool(tools, "gtk-update-icon-cache", 0, log)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ.get('PATH', '')}")
    notes: list[str] = []
    written = desktop_entry.install(note=notes.append)
    assert all(p.is_file() for p in written)
    apps = home_data / "applications"
    assert log.read_text().splitlines() == [f"update-desktop-database --quiet {apps}"]  # no icon cache yet
    assert len(notes) == 1 and "update-desktop-database" in notes[0] and "it went wrong" in notes[0]
    theme = home_data / "icons" / "hicolor"
    (theme / "icon-theme.cache").write_bytes(b"")  # someone built one: keep it up to date
    log.unlink()
    desktop_entry.uninstall(note=notes.append)
    assert log.read_text().splitlines() == [
        f"update-desktop-database --quiet {apps}",
        f"gtk-update-icon-cache --quiet --force --ignore-theme-index {theme}",
    ]


def test_missing_cache_tools_are_fine(home_data, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    notes: list[str] = []
    assert len(desktop_entry.install(note=notes.append)) == 2
    assert notes == []


# -- the files themselves --------------------------------------------------------------------------
def test_the_shipped_entry_is_valid():
    validate(SOURCE_DESKTOP)


def test_the_installed_entry_is_valid(home_data):
    desktop_entry.install()
    validate(home_data / "applications" / "journal-app.desktop")


def test_the_entry_names_the_window_it_opens():
    import journal_app

    entry = keys(SOURCE_DESKTOP.read_text())
    # app.py: setApplicationName(APP_ID) (X11 WM_CLASS) and setDesktopFileName(APP_ID) (Wayland app id)
    assert entry["StartupWMClass"] == journal_app.APP_ID == SOURCE_DESKTOP.stem
    assert entry["Name"] == journal_app.APP_NAME
    assert entry["Terminal"] == "false" and entry["Type"] == "Application"
