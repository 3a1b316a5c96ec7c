"""The window's settings, read without Qt, so the command line starts from the same choices (for example how
people are named in an export). Read only: the window alone writes its settings (ui/preferences.py).

The window keeps them with QSettings(NativeFormat, UserScope, "journal-app", "settings"):
- Linux and other Unix: an INI file, $XDG_CONFIG_HOME/journal-app/settings.conf (~/.config/... when unset),
  a key "export/people" being "people=" in the "[export]" section;
- Windows: the registry, HKEY_CURRENT_USER\\Software\\journal-app\\settings\\export, value "people";
- macOS: ~/Library/Preferences/com.journal-app.settings.plist.
A setting that is missing or cannot be read is None: the caller uses the window's default."""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

from journal_app import APP_ID

FILE_NAME = "settings"


def settings_file() -> Path:
    """Where the window's settings file is on this system (Linux/Unix: the INI file; macOS: the plist)."""
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / f"com.{APP_ID}.{FILE_NAME}.plist"
    base = os.environ.get("XDG_CONFIG_HOME") or ""
    if not os.path.isabs(base):
        base = str(Path.home() / ".config")
    return Path(base) / APP_ID / f"{FILE_NAME}.conf"


def read_setting(key: str) -> str | None:
    """The stored text of a setting such as "export/people", or None when it is not set or not readable."""
    group, _, name = key.rpartition("/")
    try:
        if sys.platform == "win32":
            return _from_registry(group, name)
        if sys.platform == "darwin":
            return _from_plist(key)
        return _from_ini(settings_file(), group or "General", name)
    except (OSError, ValueError, configparser.Error):
        return None


def _from_ini(path: Path, section: str, name: str) -> str | None:
    """Qt's INI format: sections are groups, "General" holds keys without one; plain values as written
    (a value with special characters is written in double quotes)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case, as Qt writes them
    with open(path, encoding="utf-8") as stream:
        parser.read_file(stream)
    if not parser.has_option(section, name):
        return None
    value = parser.get(section, name).strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    return value


def _from_registry(group: str, name: str) -> str | None:  # pragma: no cover - Windows only
    if sys.platform == "win32":  # read_setting asks only there (mypy checks this for Windows only)
        import winreg

        path = "\\".join(part for part in ("Software", APP_ID, FILE_NAME, group.replace("/", "\\")) if part)
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as handle:
            value, _kind = winreg.QueryValueEx(handle, name)
        return str(value)
    raise OSError("the registry is on Windows only")


def _from_plist(key: str) -> str | None:  # pragma: no cover - macOS only
    import plistlib

    with open(settings_file(), "rb") as stream:
        data = plistlib.load(stream)
    for stored in (key, key.replace("/", ".")):
        if stored in data:
            return str(data[stored])
    return None
