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
    """--data-dir wins, then $JOURNAL_APP_DATA_DIR, then the platform default. An empty --data-dir is
    refused (InvalidInput): it must never quietly mean the real journal. An empty $JOURNAL_APP_DATA_DIR
    counts as unset, as is usual for environment variables."""
    if option is not None:
        if not os.fspath(option).strip():
            from journal_app.errors import InvalidInput

            raise InvalidInput("--data-dir is empty, so it names no folder. Give the journal's folder, or "
                               "leave --data-dir out to use the usual one. Nothing was changed.")
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


SQLITE_HEADER = b"SQLite format 3\x00"


def sniff(path: Path) -> str:
    """What the first bytes of a journal file say, without opening it as a database (and without loading
    the database layer): 'new' (empty), 'plain' (unencrypted SQLite), 'encrypted' (random-looking bytes in
    whole pages) or 'short' (not a whole number of 512-byte pages: not a database, or cut short).
    Raises OSError (FileNotFoundError, IsADirectoryError, PermissionError) as open() does."""
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if not head:
        return "new"
    if head == SQLITE_HEADER:
        return "plain"
    size = os.stat(path).st_size
    return "encrypted" if size >= 512 and size % 512 == 0 else "short"


def resources_dir() -> Path:
    """The folder holding guidance/, help/, icons/ and the desktop entry: JOURNAL_APP_RESOURCES, else the
    project's resources/."""
    override = os.environ.get("JOURNAL_APP_RESOURCES")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "resources"
