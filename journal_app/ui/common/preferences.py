"""The app's settings, typed: each has a key in the settings file, a type, a default and its allowed values,
so a hand-edited or old settings file can never hand a widget a value it cannot use (a bad value reads as
the default). Nothing here is journal content: settings are plain on disk, so no entry text, names or
triggers are ever stored in them.

Tests get a private settings file: tests/conftest.py points XDG_CONFIG_HOME at a temporary folder, and
Preferences(QSettings(path, IniFormat)) uses any file given."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from journal_app import APP_ID

TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class Pref:
    """One setting: where it lives, its type and default, and what it may be. (A plain class, not a
    dataclass: this module is read before the first window is drawn, and `dataclasses` costs ~8 ms to load.)"""

    __slots__ = ("choices", "default", "key", "maximum", "minimum", "pattern")

    def __init__(self, key: str, default: Any, choices: tuple = (), minimum: int | None = None,
                 maximum: int | None = None, pattern: re.Pattern | None = None) -> None:
        self.key, self.default, self.choices = key, default, choices
        self.minimum, self.maximum, self.pattern = minimum, maximum, pattern

    def clean(self, raw: Any) -> Any:
        """The stored value as this setting's type, or the default when it is missing or unusable."""
        if raw is None:
            return self.default
        kind = type(self.default)
        value: Any
        try:
            if kind is bool:
                value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes")
            elif kind is int:
                value = int(raw)
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        if self.minimum is not None and value < self.minimum:
            return self.default
        if self.maximum is not None and value > self.maximum:
            return self.default
        if self.pattern is not None and not self.pattern.match(value):
            return self.default
        return value


# name -> Pref. Week start: 0 Monday .. 6 Sunday, -1 = the locale's. Weekday for a weekly reminder: 1 Monday
# .. 7 Sunday (Qt.DayOfWeek). Text size in percent of the system font. An empty backup folder means the
# journal folder's own "backups".
PREFS: dict[str, Pref] = {
    "idle_minutes": Pref("lock/idle_minutes", 5, minimum=0, maximum=24 * 60),
    "backup_keep": Pref("backup/keep", 10, minimum=1, maximum=100),
    "backup_folder": Pref("backup/folder", ""),
    "reminder": Pref("reminder/frequency", "off", choices=("off", "daily", "weekly")),
    "reminder_time": Pref("reminder/time", "20:30", pattern=TIME_RE),
    "reminder_weekday": Pref("reminder/weekday", 7, minimum=1, maximum=7),
    "week_start": Pref("patterns/week_start", -1, minimum=-1, maximum=6),
    "date_format": Pref("display/date_format", "long", choices=("long", "short", "iso")),
    "theme": Pref("display/theme", "system", choices=("system", "light", "dark")),
    "text_size": Pref("display/text_size", 100, minimum=75, maximum=200),
    "export_format": Pref("export/format", "pdf", choices=("pdf", "md", "csv", "json")),
    "export_people": Pref("export/people", "initial", choices=("name", "initial", "role")),
    "export_page": Pref("export/page", "", choices=("", "A4", "Letter")),
    "onboarding_done": Pref("onboarding/done", False),
    "tray_icon": Pref("tray/enabled", True),
    # "system" (the system's language), or a language the app ships (journal_app.core.i18n.available())
    "language": Pref("display/language", "system", pattern=re.compile(r"^(system|[a-z]{2,3}|pseudo)$")),
}


APPEARANCE = ("theme", "text_size", "date_format")


def looks_default(prefs: Preferences) -> bool:
    """True when theme, text size and date format are all as the app starts anyway (nothing to apply)."""
    return all(prefs.get(name) == PREFS[name].default for name in APPEARANCE)


def app_settings() -> QSettings:
    """The app's own settings file (~/.config/journal-app/settings.conf on Linux)."""
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_ID, "settings")


def _settings_file(settings: QSettings) -> str | None:
    """The settings' file on disk, when they are kept in a file this app may set permissions on (not the
    Windows registry, not macOS's preferences daemon)."""
    native_file = sys.platform not in ("win32", "darwin")
    if settings.format() != QSettings.Format.IniFormat and not native_file:
        return None
    path = settings.fileName()
    return path if path and os.path.isabs(path) else None


def make_private(settings: QSettings) -> None:
    """Settings are owner-only like everything the app writes: the file 0600 and, where the folder is the
    app's own (named after it, e.g. ~/.config/journal-app), the folder 0700. A missing file is made empty
    and 0600 first: Qt keeps an existing file's permissions when it writes the settings."""
    path = _settings_file(settings)
    if path is None:
        return
    folder = os.path.dirname(path)
    ours = os.path.basename(folder) == APP_ID
    try:
        if ours:
            os.makedirs(folder, mode=0o700, exist_ok=True)
            if not os.path.islink(folder):
                os.chmod(folder, 0o700)
        if not os.path.lexists(path) and os.path.isdir(folder):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        if os.path.isfile(path) and not os.path.islink(path):
            os.chmod(path, 0o600)
    except OSError:
        pass  # a read-only home: the settings cannot be written there either


class Preferences(QObject):
    """Typed access to the settings: prefs.get("theme") -> "system"; prefs.set("theme", "dark")."""

    # a setting changed; carries its name (a key of PREFS)
    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else app_settings()
        make_private(self.settings)

    def get(self, name: str) -> Any:
        pref = PREFS[name]
        return pref.clean(self.settings.value(pref.key))

    def set(self, name: str, value: Any) -> None:
        pref = PREFS[name]
        cleaned = pref.clean(value)
        if cleaned != value:
            raise ValueError(f"{value!r} is not a possible value for {name}")
        if self.get(name) == value and self.settings.contains(pref.key):
            return
        self.settings.setValue(pref.key, value)
        self.settings.sync()
        make_private(self.settings)
        self.changed.emit(name)

    def reset(self, name: str) -> None:
        self.settings.remove(PREFS[name].key)
        self.settings.sync()
        make_private(self.settings)
        self.changed.emit(name)

    def as_dict(self) -> dict[str, Any]:
        return {name: self.get(name) for name in PREFS}


def backup_folder(prefs: Preferences | None) -> Path | None:
    """The chosen backup folder, or None for the journal folder's own backups/."""
    folder = prefs.get("backup_folder") if prefs is not None else ""
    return Path(folder).expanduser() if folder else None
