"""Backups: verified, encrypted exactly like the journal, written atomically, kept in rotation.
Automatic ones are made daily on first unlock, before every migration and before a passphrase change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from journal_app.errors import InvalidInput, NotAJournal, StorageError
from journal_app.journal import Journal
from journal_app.store import copies, session

BACKUP_DIR = "backups"
KEEP = 10
_NAME = re.compile(r"^journal-(\d{8}T\d{6}\d{6}Z)-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    reason: str

    @property
    def label(self) -> str:
        return {
            "manual": "made by you",
            "daily": "daily",
            "before-passphrase-change": "before the passphrase changed",
            "before-restore": "before a restore",
        }.get(self.reason, self.reason.replace("-", " "))


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Finished backups, newest first (half-written ones never have a .db name)."""
    found = []
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        found.append(BackupInfo(path, created, path.stat().st_size, match.group(2)))
    return sorted(found, key=lambda b: b.created, reverse=True)


def make_backup(journal: Journal, reason: str = "manual", keep: int = KEEP, key: str | None | bool = True) -> BackupInfo:
    """Back up now: a verified copy under backups/ (encrypted like the journal unless `key` is given),
    then the oldest beyond `keep` are removed."""
    now = datetime.now(timezone.utc)
    name = f"journal-{now:%Y%m%dT%H%M%S%f}Z-{reason}.db"
    path = journal.copy_to(backup_dir(journal.data_dir) / name, key=key)
    rotate(journal.data_dir, keep)
    return BackupInfo(path, now, path.stat().st_size, reason)


def remove_plaintext_backups(data_dir: Path) -> list[Path]:
    """After a plain journal is encrypted, its old unencrypted backups would undo that: remove them."""
    removed = []
    for item in list_backups(data_dir):
        if _kind(item.path) == "plain":
            item.path.unlink(missing_ok=True)
            removed.append(item.path)
    return removed


def rotate(data_dir: Path, keep: int = KEEP) -> list[Path]:
    removed = []
    for old in list_backups(data_dir)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def daily_backup_if_due(journal: Journal, today: date | None = None, keep: int = KEEP) -> BackupInfo | None:
    """The first unlock of a (local) day makes a backup; later ones do not."""
    today = today or date.today()
    for existing in list_backups(journal.data_dir):
        if existing.created.astimezone().date() == today:
            return None
    if journal.entry_count() == 0 and journal.trash_count() == 0:
        return None  # nothing written yet: nothing to keep
    return make_backup(journal, reason="daily", keep=keep)


def export_backup(journal: Journal, out: Path) -> Path:
    """A backup written to a place the user chose (e.g. another disk), encrypted like the journal."""
    out = Path(out)
    if out.exists():
        raise InvalidInput(f"{out} already exists; choose a new file name so nothing is overwritten.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist.")
    return journal.copy_to(out)


def restore(journal: Journal, source: Path, passphrase: str | None = None) -> None:
    """Replace the journal with a backup. The current journal is backed up first. The backup must open
    with `passphrase` (or the journal's own passphrase when None); afterwards that is the passphrase."""
    source = Path(source)
    if not source.is_file():
        raise InvalidInput(f"There is no backup file at {source}.")
    key = passphrase if passphrase is not None else journal.key
    kind = _kind(source)
    if kind == "plain":
        key = None
    try:
        copies.verify(source, key)
    except NotAJournal:
        raise
    except StorageError:
        raise
    except Exception:
        raise InvalidInput(
            f"{source.name} did not open: the passphrase may be different from the journal's, or the file is "
            "damaged. Nothing was changed."
        ) from None
    make_backup(journal, reason="before-restore")
    with session.translate_errors():
        journal.replace_file(lambda dest: copies.write_verified_copy(source, key, dest, key), key)


def _kind(path: Path) -> str:
    from journal_app.store.engine import check_file_kind

    return check_file_kind(path)
