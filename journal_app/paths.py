"""Where the journal lives. Matches Qt's QStandardPaths.AppDataLocation without importing Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from journal_app import APP_ID

ENV_VAR = "JOURNAL_APP_DATA_DIR"
DB_NAME = "journal.db"


def default_data_dir() -> Path:
    """The per-user data folder Qt's AppDataLocation gives for application name APP_ID."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_ID
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_ID
    base = os.environ.get("XDG_DATA_HOME") or ""
    if not os.path.isabs(base):
        base = str(Path.home() / ".local" / "share")
    return Path(base) / APP_ID


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then $JOURNAL_APP_DATA_DIR, then the platform default."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME
