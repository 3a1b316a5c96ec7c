"""The applications-menu entry and icon for the current user (Freedesktop menus: GNOME, KDE, Xfce...). Qt-free.

`journal-app --install-desktop-entry` copies resources/journal-app.desktop to
$XDG_DATA_HOME/applications/ (default ~/.local/share/applications/) with Exec and TryExec pointing at this
copy of the app, so it starts from a virtual environment too, and the icon to
$XDG_DATA_HOME/icons/hicolor/scalable/apps/. Writes are atomic (a temporary file, then a rename) and
installing twice gives the same files. The menu caches are refreshed with `update-desktop-database` and
`gtk-update-icon-cache` when they are installed; if they fail, the files are still in place and the menu
picks them up at the next login, so that is only a note. `--uninstall-desktop-entry` removes these two
files and nothing else.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable
from pathlib import Path

from journal_app import APP_ID, APP_NAME
from journal_app.core.errors import JournalError
from journal_app.core.paths import resources_dir

log = logging.getLogger(__name__)

DESKTOP_NAME = f"{APP_ID}.desktop"
ICON_NAME = f"{APP_ID}.svg"
SCRIPT_NAME = APP_ID  # the console script pyproject.toml installs
TOOL_TIMEOUT = 30  # seconds; the cache tools take well under one

Note = Callable[[str], None]


class DesktopEntryError(JournalError):
    """The menu entry could not be installed or removed. The journal itself is never touched."""


# -- where things go -------------------------------------------------------------------------------
def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (a relative value is ignored, as the XDG spec asks)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def desktop_path(home_data: Path | None = None) -> Path:
    return (home_data or data_home()) / "applications" / DESKTOP_NAME


def icon_path(home_data: Path | None = None) -> Path:
    return (home_data or data_home()) / "icons" / "hicolor" / "scalable" / "apps" / ICON_NAME


def source_desktop() -> Path:
    return resources_dir() / DESKTOP_NAME


def source_icon() -> Path:
    return resources_dir() / "icons" / ICON_NAME


# -- the command a menu runs -----------------------------------------------------------------------
def _is_program(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def _script_candidates() -> list[Path]:
    """Where `pip install` puts the `journal-app` script for this interpreter, most specific first.
    Paths are made absolute but symbolic links are kept: a venv's python must stay a venv's python."""
    found: list[Path] = []
    argv0 = sys.argv[0] if sys.argv else ""
    if os.path.basename(argv0) == SCRIPT_NAME:
        found.append(Path(os.path.abspath(argv0)))
    found.append(Path(os.path.abspath(sys.executable)).with_name(SCRIPT_NAME))
    for scheme in (None, f"{os.name}_user"):
        try:
            folder = sysconfig.get_path("scripts") if scheme is None else sysconfig.get_path("scripts", scheme)
        except KeyError:
            continue
        if folder:
            found.append(Path(folder) / SCRIPT_NAME)
    return found


def _runs_this_app(script: Path) -> bool:
    """A console script made for this interpreter (its #! line names our python), not some other install."""
    try:
        with script.open("rb") as handle:
            first = handle.readline(4096)
    except OSError:
        return False
    if not first.startswith(b"#!"):
        return False
    interpreter = first[2:].strip().split(b" ")[0]
    ours = {os.path.abspath(sys.executable)}
    if sys.prefix == sys.base_prefix:  # outside a venv, /usr/bin/python3 may be a link to python3.12
        ours.add(os.path.realpath(sys.executable))
    return os.fsdecode(interpreter) in ours


def launch_command() -> tuple[list[str], Path | None]:
    """The command line that starts this copy of the app, and the folder to start it in (None: anywhere).

    The installed `journal-app` script when there is one for this interpreter; else `python -m journal_app`,
    run from the folder holding the package when that is not an installed location (a source checkout).
    In the standalone bundle (PyInstaller sets sys.frozen) the bundle's own program is the app."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)], None
    for script in _script_candidates():
        if _is_program(script) and _runs_this_app(script):
            return [str(script)], None
    package_parent = Path(__file__).resolve().parents[2]  # journal_app/system/ -> the folder holding journal_app
    installed = {"site-packages", "dist-packages"} & set(package_parent.parts)
    return [os.path.abspath(sys.executable), "-m", "journal_app"], None if installed else package_parent


# Desktop Entry spec, "The Exec key": these characters need the argument in double quotes, and inside the
# quotes ", `, $ and \ take a backslash. Then the whole value is a string, whose own escape doubles each \.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _refuse_control_characters(text: str) -> None:
    if not text or any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise DesktopEntryError(cannot_name(text))


def exec_quote(arg: str) -> str:
    """One argument of the Exec key: quoted when it has to be, then escaped as a string value."""
    _refuse_control_characters(arg)
    if _RESERVED & set(arg):
        arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
    return arg.replace("\\", "\\\\").replace("%", "%%")


def _string_value(text: str) -> str:
    """A plain string value (TryExec, Path): only the string escape, no quoting or %-codes."""
    _refuse_control_characters(text)
    return text.replace("\\", "\\\\")


def render(template: str, command: list[str], workdir: Path | None = None) -> str:
    """The template with Exec (and TryExec, Path) set for `command`; every other line is kept as it is."""
    out: list[str] = []
    group = ""
    placed = False
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            group = stripped
        key = stripped.split("=", 1)[0].strip() if "=" in stripped and not stripped.startswith("#") else ""
        if group == "[Desktop Entry]" and key in {"TryExec", "Path"}:
            continue  # ours replace them
        if group == "[Desktop Entry]" and key == "Exec":
            out.append("Exec=" + " ".join(exec_quote(arg) for arg in command))
            out.append("TryExec=" + _string_value(command[0]))
            if workdir is not None:
                out.append("Path=" + _string_value(str(workdir)))
            placed = True
            continue
        out.append(line)
    if not placed:
        raise DesktopEntryError(damaged_template(str(source_desktop())))
    return "\n".join(out) + "\n"


# -- writing ---------------------------------------------------------------------------------------
def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _read_source(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DesktopEntryError(missing_resources(str(path))) from None
    except OSError as exc:
        raise DesktopEntryError(could_not("read", str(path), exc)) from None


def install(home_data: Path | None = None, note: Note | None = None) -> list[Path]:
    """Install (or refresh) the menu entry and icon for this user; returns the files now in place.

    `home_data` replaces $XDG_DATA_HOME; `note` receives a sentence when a menu cache could not be
    refreshed (by default it is logged)."""
    home_data = home_data or data_home()
    command, workdir = launch_command()
    try:
        template = _read_source(source_desktop()).decode("utf-8")
    except UnicodeDecodeError:
        raise DesktopEntryError(damaged_template(str(source_desktop()))) from None
    entry = render(template, command, workdir).encode("utf-8")
    icon = _read_source(source_icon())
    written: list[Path] = []
    created: list[Path] = []  # new files, taken away again if a later write fails
    # The icon first: a menu entry never points at an icon that is not there yet.
    for target, data in ((icon_path(home_data), icon), (desktop_path(home_data), entry)):
        try:
            existed = target.exists()
            if not (existed and target.is_file() and target.read_bytes() == data):  # twice changes nothing
                _write_atomically(target, data)
        except OSError as exc:
            for path in created:
                path.unlink(missing_ok=True)
            raise DesktopEntryError(could_not("write", str(target), exc)) from None
        if not existed:
            created.append(target)
        written.append(target)
    _refresh_caches(home_data, note or log.info)
    return written


def uninstall(home_data: Path | None = None, note: Note | None = None) -> list[Path]:
    """Remove the menu entry and icon `install` wrote, and nothing else; returns the files removed."""
    home_data = home_data or data_home()
    removed: list[Path] = []
    for target in (desktop_path(home_data), icon_path(home_data)):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopEntryError(could_not("remove", str(target), exc)) from None
        removed.append(target)
    if removed:
        _refresh_caches(home_data, note or log.info)
    return removed


# -- the menu caches -------------------------------------------------------------------------------
def _refresh_caches(home_data: Path, note: Note) -> None:
    applications = home_data / "applications"
    if applications.is_dir():
        _run_tool(["update-desktop-database", "--quiet", str(applications)], note)
    theme = home_data / "icons" / "hicolor"
    if theme.is_dir():
        try:
            os.utime(theme)  # icon lookups notice a changed folder even without a cache
        except OSError:
            pass
        if (theme / "icon-theme.cache").exists():  # only refresh a cache that is already there
            _run_tool(["gtk-update-icon-cache", "--quiet", "--force", "--ignore-theme-index", str(theme)], note)


def _run_tool(argv: list[str], note: Note) -> None:
    program = shutil.which(argv[0])
    if program is None:
        return
    try:
        result = subprocess.run([program, *argv[1:]], stdin=subprocess.DEVNULL, capture_output=True,
                                timeout=TOOL_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        note(tool_failed(argv[0], type(exc).__name__))
        return
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        note(tool_failed(argv[0], detail[-1] if detail else f"exit status {result.returncode}"))


# -- words -----------------------------------------------------------------------------------------
def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "that folder is read-only or not yours to write"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        return "something else is in the way there"
    return exc.strerror or type(exc).__name__


def could_not(action: str, path: str, exc: OSError) -> str:
    return (f"The menu entry could not be changed: could not {action} {path}, because {_reason(exc)}. "
            "Your journal is not affected.")


def missing_resources(path: str) -> str:
    return (f"The menu entry could not be installed: {path} is missing from this copy of the app. "
            "Reinstalling the app brings it back. Your journal is not affected.")


def damaged_template(path: str) -> str:
    return (f"The menu entry could not be installed: {path} is damaged. Reinstalling the app "
            "brings the original back. Your journal is not affected.")


def cannot_name(text: str) -> str:
    return (f"The menu entry could not be installed: the app's path {text!r} has a line break or another "
            "control character in it, which a menu entry cannot hold. Your journal is not affected.")


def tool_failed(tool: str, detail: str) -> str:
    return (f"Note: {tool} did not finish ({detail}); the menu may only show the change after you log in "
            "again.")


def installed(paths: list[Path]) -> list[str]:
    lines = [f"Installed {path}" for path in paths]
    lines.append(f"{APP_NAME} is in your applications menu now (it may take a moment to appear). "
                 f"To remove it: {SCRIPT_NAME} --uninstall-desktop-entry")
    return lines


def uninstalled(paths: list[Path]) -> list[str]:
    if not paths:
        return [f"There was no menu entry for {APP_NAME} to remove; nothing was changed."]
    return [f"Removed {path}" for path in paths] + [
        f"{APP_NAME} is no longer in your applications menu. Your journal is not affected."]
