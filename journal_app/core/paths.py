"""Where the journal lives. Matches Qt's QStandardPaths.AppDataLocation without importing Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app import APP_ID
from journal_app.core.i18n import QT_TRANSLATE_NOOP, Message, msg

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

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
            from journal_app.core.errors import InvalidInput

            raise InvalidInput(msg("errors", "--data-dir is empty, so it names no folder. Give the journal's folder, "
                                   "or leave --data-dir out to use the usual one. Nothing was changed."))
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


def empty_journal_kind(data_dir: Path) -> str:
    """What an EMPTY journal file stands for: 'new' when no backup lies beside it (a journal never written to),
    else what the newest backup in its backups/ folder is ('encrypted', 'plain', 'short'): a journal that had
    entries and was emptied (a failed disk, a bad copy), so the way to open it (and to recover it from a backup)
    is the backups' way, never the welcome of a new journal."""
    try:
        copies = sorted((Path(data_dir) / "backups").glob("journal-*.db"))
    except OSError:
        return "new"
    for newest in reversed(copies):  # names start with their time, so the newest sorts last
        try:
            kind = sniff(newest)
        except OSError:
            continue
        if kind != "new":
            return kind
    return "short" if copies else "new"  # only empty or unreadable copies: not a new journal either


RESOURCES_ENV_VAR = "JOURNAL_APP_RESOURCES"


def resources_dir() -> Path:
    """The folder holding guidance/, help/, icons/, crisis.md and the desktop entry: JOURNAL_APP_RESOURCES,
    else the package's own resources/ (journal_app/resources, shipped in the wheel as package data), found
    through importlib.resources so an installed copy reads its own files, never a checkout's."""
    override = os.environ.get(RESOURCES_ENV_VAR)
    if override:
        return Path(override)
    from importlib.resources import files

    folder = files("journal_app") / "resources"
    if isinstance(folder, Path):  # an ordinary install, an editable one, or a one-folder bundle
        return folder
    return _extracted(folder)  # a package inside a zip (Python 3.12+): unpacked once, for the process


def _extracted(folder: Traversable) -> Path:  # pragma: no cover - only for zip imports, which no install of ours makes
    import atexit
    import contextlib
    from importlib.resources import as_file

    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return Path(stack.enter_context(as_file(folder)))


# -- the journal's own folder is never a place to write an export into (or read an import from) ----------
BACKUPS_NAME = "backups"

_WRITTEN = QT_TRANSLATE_NOOP("errors", "Nothing was written.")
_OVERWRITE = QT_TRANSLATE_NOOP("errors", "it would overwrite your journal")
_ITSELF = QT_TRANSLATE_NOOP("errors", "it is your journal itself")
_REFUSALS = {
    # what: (the sentence's verb phrase, what is safe, why a second name for the journal's file is refused), marked
    # for translators in the "errors" context and worded when shown
    "export": (QT_TRANSLATE_NOOP("errors", "save an export"), _WRITTEN, _OVERWRITE),
    "backup": (QT_TRANSLATE_NOOP("errors", "save a backup copy"), _WRITTEN, _OVERWRITE),
    "chart": (QT_TRANSLATE_NOOP("errors", "save a chart"), _WRITTEN, _OVERWRITE),
    "import": (QT_TRANSLATE_NOOP("errors", "import from"), QT_TRANSLATE_NOOP("errors", "Nothing was imported."),
               _ITSELF),
    "restore": (QT_TRANSLATE_NOOP("errors", "restore from"), QT_TRANSLATE_NOOP("errors", "Nothing was changed."),
                _ITSELF),
}
_INSTEAD_BACKUPS = QT_TRANSLATE_NOOP("errors",
                                     "a backup from its backups folder, or a file outside the journal's folder")
_INSTEAD = QT_TRANSLATE_NOOP("errors", "a place outside that folder")


def shown(path: str | os.PathLike[str]) -> str:
    """A path for a message: bytes that are not UTF-8 (kept by Python as lone surrogates) become U+FFFD, so
    printing the message can never fail."""
    return os.fsencode(os.fspath(path)).decode("utf-8", "replace")


def config_dir() -> Path | None:
    """The app's own settings folder where it is known without Qt (Linux and other XDG systems:
    ~/.config/journal-app, holding settings.conf); None elsewhere (the window passes its real one)."""
    if sys.platform in ("win32", "darwin"):
        return None
    base = os.environ.get("XDG_CONFIG_HOME") or ""
    if not os.path.isabs(base):
        base = str(Path.home() / ".config")
    return Path(base) / APP_ID


def _inside(real: Path, folder_real: Path, folder_stat: os.stat_result | None) -> bool:
    """Whether `real` (a resolved path) is `folder_real` or inside it, by name or by the folder's identity
    (a bind mount, or a case-insensitive file system, can give one folder two spellings)."""
    if real == folder_real or folder_real in real.parents:
        return True
    if folder_stat is None:
        return False
    for candidate in (real, *real.parents):
        try:
            if os.path.samestat(os.stat(candidate), folder_stat):
                return True
        except OSError:
            continue
    return False


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _journal_files(data_dir: Path, with_backups: bool) -> list[Path]:
    """The regular files of the data folder (the journal, -wal, -shm, journal.lock, templates...) and, with
    `with_backups`, of its backups folder."""
    found: list[Path] = []
    for folder in (data_dir, data_dir / BACKUPS_NAME) if with_backups else (data_dir,):
        try:
            with os.scandir(folder) as entries:
                found += [Path(e.path) for e in entries if e.is_file(follow_symlinks=False)]
        except OSError:
            continue
    return found


def refuse_inside_data_folder(target: str | os.PathLike[str], data_dir: str | os.PathLike[str], what: str,
                              *, allow_backups: bool = False,
                              protected: tuple[str | os.PathLike[str] | None, ...] = ()) -> None:
    """Raise InvalidInput when `target` is the journal, one of its side files (-wal, -shm, journal.lock,
    templates, the settings) or anything else inside the data folder or its backups folder, however it is
    spelled: symbolic links and `..` are resolved and real paths compared, and an existing target that is
    another name (a hard link) for one of those files is refused too. `what` is "export", "backup", "chart",
    "import" or "restore" (it picks the words). `allow_backups` (restore) lets a file inside the backups
    folder through. `protected` adds folders or files of the app's own (the settings folder); by default the
    settings folder paths.config_dir() is protected."""
    from journal_app.core.errors import InvalidInput

    verb, safe, harm = (Message("errors", words) for words in _REFUSALS[what])
    target = Path(os.fspath(target)).expanduser()
    data_dir = Path(os.fspath(data_dir)).expanduser()
    real = Path(os.path.realpath(target))
    data_real = Path(os.path.realpath(data_dir))
    backups_real = Path(os.path.realpath(data_dir / BACKUPS_NAME))
    where = shown(target)
    if _inside(real, data_real, _stat_or_none(data_real)):
        in_backups = real != backups_real and _inside(real, backups_real, _stat_or_none(backups_real))
        if not (allow_backups and in_backups):
            instead = Message("errors", _INSTEAD_BACKUPS if allow_backups else _INSTEAD)
            raise InvalidInput(
                msg("errors", "{where} is inside the journal's own folder ({data_dir}), where the journal and its "
                    "backups live, so this app will not {verb} there. Please choose {instead}. {safe}",
                    where=where, data_dir=shown(data_dir), verb=verb, instead=instead, safe=safe))
    extra = protected if protected else (config_dir(),)
    for place in extra:
        if place is None:
            continue
        place_real = Path(os.path.realpath(Path(os.fspath(place)).expanduser()))
        if _inside(real, place_real, _stat_or_none(place_real)):
            raise InvalidInput(
                msg("errors", "{where} is among this app's own settings ({place}), so this app will not {verb} "
                    "there. Please choose another place. {safe}",
                    where=where, place=shown(place), verb=verb, safe=safe))
    target_stat = _stat_or_none(real)
    if target_stat is None:
        return
    for own in _journal_files(data_real, with_backups=not allow_backups):
        own_stat = _stat_or_none(own)
        if own_stat is not None and os.path.samestat(own_stat, target_stat):
            raise InvalidInput(
                msg("errors", "{where} is another name for the journal's file {name} (the same file on disk), so "
                    "this app will not {verb} there: {harm}. Please choose another file. {safe}",
                    where=where, name=shown(own.name), verb=verb, harm=harm, safe=safe))
