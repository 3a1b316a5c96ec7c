"""Backups: verified, encrypted exactly like the journal, written atomically, kept in rotation.
Automatic ones are made daily on first unlock, before every migration and before a passphrase change.

They go to the journal folder's backups/ unless a `folder` is given (the person chose one in Settings); that
folder may hold other files too, so only files named like our backups are ever listed, rotated or removed
there. Backup files are always 0600 and a folder we create is 0700 (a folder the person chose that already
exists keeps its own permissions)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from journal_app.core.errors import InvalidInput, JournalError, NotAJournal, StorageError
from journal_app.core.i18n import QT_TRANSLATE_NOOP, msg
from journal_app.core.messages import no_journal
from journal_app.core.paths import database_path, refuse_inside_data_folder, shown
from journal_app.services.journal import Journal
from journal_app.store import copies, driver, session

BACKUP_DIR = "backups"
KEEP = 10
_NAME = copies.BACKUP_NAME


class NoBackupOpened(StorageError):
    """Recovery found backups, but none opened with the passphrase given (or all are damaged)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    reason: str

    @property
    def label(self) -> str:
        """Why it was made, in words (the window shows them through i18n.message)."""
        upgrade = QT_TRANSLATE_NOOP("messages", "before an app update")
        return {
            "manual": QT_TRANSLATE_NOOP("messages", "made by you"),
            "daily": QT_TRANSLATE_NOOP("messages", "daily"),
            "before-passphrase-change": QT_TRANSLATE_NOOP("messages", "before the passphrase changed"),
            "before-restore": QT_TRANSLATE_NOOP("messages", "before a restore"),
            "before-upgrade": upgrade,
        }.get(self.reason, upgrade if self.reason.startswith("before-upgrade") else self.reason.replace("-", " "))


def backup_dir(data_dir: Path, folder: Path | str | None = None) -> Path:
    """Where backups are written: `folder` when one was chosen, else the journal folder's backups/."""
    return Path(folder) if folder else Path(data_dir) / BACKUP_DIR


def check_folder(folder: Path | str, data_dir: Path | str) -> Path | None:
    """The folder the person chose for backups (Settings), checked before it is used: None when it is the
    journal folder's own backups/ (the default, under another name). Raises InvalidInput, with a calm message
    naming the folder, for the journal's own folder or any folder inside it (a backup kept beside the journal
    is lost with it) and for the app's settings folder."""
    folder, data_dir = Path(folder).expanduser(), Path(data_dir).expanduser()
    real, data_real = Path(os.path.realpath(folder)), Path(os.path.realpath(data_dir))
    if real == Path(os.path.realpath(data_dir / BACKUP_DIR)):
        return None
    try:
        refuse_inside_data_folder(folder, data_dir, "backup")
    except InvalidInput:
        if real != data_real and data_real not in real.parents:
            raise  # the app's own settings folder (or the journal's folder by another mount): its own words
        raise InvalidInput(
            msg("backup", "Backups cannot be kept in {folder}: it is the journal's own folder, or inside it "
                "({data_dir}), and a backup kept beside the journal is lost along with it. Please choose a folder "
                "elsewhere, for example on another disk, or choose “Use the journal folder” (its backups folder). The "
                "setting was not changed.", folder=shown(folder), data_dir=shown(data_dir))
        ) from None
    return folder


def list_backups(data_dir: Path, folder: Path | str | None = None) -> list[BackupInfo]:
    """Finished backups in backup_dir(data_dir, folder), newest first (half-written ones never have a .db
    name; files not named like our backups are not ours and never listed)."""
    found = []
    folder = backup_dir(data_dir, folder)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or path.is_symlink() or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        found.append(BackupInfo(path, created, path.stat().st_size, match.group(2)))
    return sorted(found, key=lambda b: b.created, reverse=True)


def all_backups(data_dir: Path, folder: Path | str | None = None) -> list[BackupInfo]:
    """Backups in the chosen folder and in the journal folder's backups/ (the safety copies made before a
    passphrase change or an update stay there), newest first."""
    found = {b.path.resolve(): b for b in list_backups(data_dir)}
    if folder:
        found.update({b.path.resolve(): b for b in list_backups(data_dir, folder)})
    return sorted(found.values(), key=lambda b: b.created, reverse=True)


def make_backup(journal: Journal, reason: str = "manual", keep: int = KEEP, key: str | Literal[True] | None = True,
                folder: Path | str | None = None) -> BackupInfo:
    """Back up now: a verified copy in backup_dir(journal.data_dir, folder) (encrypted like the journal unless
    `key` is given), then the oldest beyond `keep` there are removed."""
    now = datetime.now(UTC)
    name = f"journal-{now:%Y%m%dT%H%M%S%f}Z-{reason}.db"
    tidy(journal.data_dir, folder)
    path = journal.copy_to(backup_dir(journal.data_dir, folder) / name, key=key)
    rotate(journal.data_dir, keep, folder)
    return BackupInfo(path, now, path.stat().st_size, reason)


def tidy(data_dir: Path, folder: Path | str | None = None) -> list[Path]:
    """Remove what a backup cut short (a killed process, a power cut) left in backup_dir(data_dir, folder):
    its .partial file and SQLite's rollback journal beside it. Only names made from our backups' names."""
    where = backup_dir(data_dir, folder)
    if not where.is_dir():
        return []
    return copies.remove_stale_partials(where, lambda name: bool(_NAME.match(name)))


def unfinished(path: Path) -> bool:
    """Whether `path` is named like a copy that was still being written (or a file SQLite keeps beside one):
    never a backup, never restored."""
    name = Path(path).name
    for suffix in copies.SIDE_SUFFIXES:
        name = name.removesuffix(suffix)
    return name.endswith(".partial")


def remove_plaintext_backups(data_dir: Path, folder: Path | str | None = None) -> list[Path]:
    """After a plain journal is encrypted, its old unencrypted backups would undo that: remove them. Every
    file in the journal's own backups folder counts, not only the rotated ones (the copy kept before a schema
    upgrade has a name of its own); in a chosen `folder`, only files named like our backups."""
    removed = []
    for place in ((None, folder) if folder else (None,)):
        removed += _remove_plaintext(backup_dir(data_dir, place), ours_only=place is not None)
    return removed


def _remove_plaintext(folder: Path, ours_only: bool) -> list[Path]:
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.is_symlink() or (ours_only and not _NAME.match(path.name)):
            continue
        try:
            plain = _kind(path) == "plain"
        except JournalError:  # not a database at all: not ours to judge
            continue
        if plain:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def rotate(data_dir: Path, keep: int = KEEP, folder: Path | str | None = None) -> list[Path]:
    """Remove the oldest of our backups in backup_dir(data_dir, folder) beyond the newest `keep`."""
    removed = []
    for old in list_backups(data_dir, folder)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def daily_backup_if_due(journal: Journal, today: date | None = None, keep: int = KEEP,
                        folder: Path | str | None = None) -> BackupInfo | None:
    """The first unlock of a (local) day makes a backup (in `folder` when given); later ones do not."""
    today = today or date.today()
    for existing in list_backups(journal.data_dir, folder):
        if existing.created.astimezone().date() == today:
            return None
    if journal.entry_count() == 0 and journal.trash_count() == 0:
        return None  # nothing written yet: nothing to keep
    return make_backup(journal, reason="daily", keep=keep, folder=folder)


def export_backup(journal: Journal, out: Path) -> Path:
    """A backup written to a place the user chose (e.g. another disk), encrypted like the journal."""
    out = Path(out).expanduser()
    refuse_inside_data_folder(out, journal.data_dir, "backup")  # never the journal, its side files, backups/
    if out.exists() or out.is_symlink():
        raise InvalidInput(msg("backup", "{out} already exists; choose a new file name so nothing is overwritten.",
                               out=shown(out)))
    if not out.parent.is_dir():
        raise InvalidInput(msg("backup", "The folder {parent} does not exist. Nothing was written.",
                               parent=shown(out.parent)))
    return journal.copy_to(out)


# What a restore says when the backup was protected differently from the journal (the window shows these
# through i18n.message). The restored journal always opens the way the journal did before: a restore never
# takes away a passphrase, and never brings back an old one.
RESTORED_ENCRYPTED = QT_TRANSLATE_NOOP(
    "messages", "The backup was not encrypted; the restored journal is encrypted with your current passphrase.")
RESTORED_CURRENT_PASSPHRASE = QT_TRANSLATE_NOOP(
    "messages", "The backup was made with another passphrase; the restored journal opens with your current one.")
RESTORED_STAYS_PLAIN = QT_TRANSLATE_NOOP(
    "messages", "The backup was encrypted; the restored journal has no passphrase, like your journal before.")


def restore(journal: Journal, source: Path, passphrase: str | None = None) -> str | None:
    """Replace the journal with a backup. The current journal is backed up first. The backup must open
    with `passphrase` (or the journal's own passphrase when None), or have none. The restored journal keeps
    the journal's protection: encrypted with its current passphrase, or unencrypted if it was. Returns a
    note (one of the RESTORED_* sentences) when the backup was protected differently, else None."""
    source = Path(source)
    if unfinished(source):
        raise NotAJournal(msg("backup", "{name} is a backup that was interrupted before it was finished, so it "
                               "cannot be restored. Choose a finished backup. Nothing was changed.",
                               name=source.name))
    if not source.is_file():
        raise InvalidInput(msg("backup", "There is no backup file at {source}.", source=source))
    # the backup's passphrase: the one given, else the journal's own (True); a plain backup has none
    key: str | Literal[True] | None = None if _kind(source) == "plain" else (True if passphrase is None else passphrase)
    try:
        journal.check_copy(source, key)
    except NotAJournal:
        raise
    except StorageError:
        raise
    except Exception:
        raise InvalidInput(
            msg("backup", "{name} did not open: the passphrase may be different from the journal's, or the file is "
                "damaged. Nothing was changed.", name=source.name)
        ) from None
    note = _restore_note(journal, key)
    # Read the backup into a verified copy first (encrypted with the journal's passphrase; a plain backup
    # never reaches the disk unencrypted beside an encrypted journal): the safety backup below rotates the
    # backups folder and may remove `source` itself (restoring the oldest of ten). A crash leaves
    # journal.db.new, which the next open removes.
    staged = journal.path.with_name(journal.path.name + ".new")
    with session.translate_errors():
        journal.copy_in(source, staged, key)
    try:
        make_backup(journal, reason="before-restore")
    except BaseException:
        staged.unlink(missing_ok=True)
        raise

    def _use_staged(dest: Path) -> Path:
        if dest != staged:  # pragma: no cover - replace_file names its copy journal.db.new too
            os.replace(staged, dest)
        return dest

    with session.translate_errors():
        journal.replace_file(_use_staged)  # the journal's own protection, whatever the backup's was
    return note


def _restore_note(journal: Journal, key: str | Literal[True] | None) -> str | None:
    """What to say when the backup (opened with `key`; True: the journal's own passphrase) was protected
    differently from the journal, which keeps its own protection; None when it was protected the same."""
    if key is True or journal.opens_with(key):
        return None
    if not journal.encrypted:
        return RESTORED_STAYS_PLAIN
    return RESTORED_ENCRYPTED if key is None else RESTORED_CURRENT_PASSPHRASE


def _kind(path: Path) -> str:
    from journal_app.store.engine import check_file_kind

    return check_file_kind(path)


def _opens(path: Path, key: str | None) -> bool:
    """Whether a backup is a whole journal that opens with `key` (read-only; the file is not touched)."""
    return _opens_with(path, key is not None, lambda: copies.verify(path, key))


def _opens_with(path: Path, encrypted: bool, verify: Callable[[], object]) -> bool:
    try:
        if (_kind(path) == "plain") == encrypted:
            return False  # a plain backup would undo the encryption; an encrypted one needs the key
        verify()
    except (JournalError, driver.Error, OSError):
        return False
    return True


def _damaged_name(data_dir: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    n = 1
    while True:
        candidate = data_dir / (f"journal-damaged-{stamp}.db" if n == 1 else f"journal-damaged-{stamp}-{n}.db")
        if not any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
            return candidate
        n += 1


def _keep_aside(path: Path, aside: Path, *, keep_original: bool) -> None:
    """Give `path` the extra name `aside` without ever overwriting `aside` (a hard link fails if it exists).
    Unless `keep_original`, the old name is then removed (the file lives on under `aside`)."""
    try:
        os.link(path, aside)
    except FileExistsError:
        raise StorageError(msg("backup", "{name} already exists; nothing was overwritten.",
                               name=aside.name)) from None
    except OSError:  # a file system without hard links: a rename, after checking the name is free
        if aside.exists():
            raise StorageError(msg("backup", "{name} already exists; nothing was overwritten.",
                                   name=aside.name)) from None
        os.rename(path, aside)
        return
    if not keep_original:
        path.unlink()


def recover_from_backup(data_dir: Path, passphrase: str | None,
                        folder: Path | str | None = None) -> tuple[Path, Path]:
    """Replace a damaged journal with the newest backup that opens with `passphrase` (None: an unencrypted
    journal). The damaged journal.db (and its -wal/-shm) is kept in the data folder as
    journal-damaged-<UTC time>.db, never overwritten or deleted. Backups that do not open are skipped.
    Backups in a chosen `folder` are tried too. Returns (damaged_path, backup_used). Call with the journal
    closed (no window has it open)."""
    key = passphrase or None
    return _recover(
        Path(data_dir), folder,
        opens=lambda path: _opens(path, key),
        stage=lambda path, staged: copies.write_verified_copy(path, key, staged, key),
    )


def recover_closed(journal: Journal, folder: Path | str | None = None) -> tuple[Path, Path]:
    """recover_from_backup for a journal that was open and has just been closed (its window let it go):
    the backup must open with the passphrase the journal was open with. Reopen it with `journal.reopen()`."""
    return _recover(
        journal.data_dir, folder,
        opens=lambda path: _opens_with(path, journal.encrypted, lambda: journal.check_copy(path)),
        stage=journal.copy_in,
    )


def _recover(data_dir: Path, folder: Path | str | None, *, opens: Callable[[Path], bool],
             stage: Callable[[Path, Path], object]) -> tuple[Path, Path]:
    db_path = database_path(data_dir)
    if not db_path.is_file():
        raise NotAJournal(no_journal(str(data_dir)))
    candidates = all_backups(data_dir, folder)
    if not candidates:
        raise StorageError(msg("backup", "There are no backups in {backup_dir} to recover from. Nothing was changed.",
                               backup_dir=backup_dir(data_dir, folder)))
    staged = db_path.with_name(db_path.name + ".new")
    used = None
    for item in candidates:  # newest first
        if not opens(item.path):
            continue
        try:
            stage(item.path, staged)
        except (JournalError, driver.Error, OSError):
            staged.unlink(missing_ok=True)
            continue
        used = item.path
        break
    if used is None:
        raise NoBackupOpened(
            msg("backup", "None of the {candidates} backups opened with this passphrase (or they are damaged too). "
                "Nothing was changed.", candidates=len(candidates))
        )
    return _put_in_place(data_dir, db_path, staged), used


def _put_in_place(data_dir: Path, db_path: Path, staged: Path) -> Path:
    """Keep the damaged journal aside (returns its new name) and give the staged copy the journal's name."""
    try:
        damaged = _damaged_name(data_dir)
        # The old write-ahead log must be gone before the copy takes the journal's name, or SQLite would
        # replay it onto the copy. A crash between these steps leaves the damaged journal in place (and also
        # under its new name, with its log): nothing is lost and recovery can simply run again.
        _keep_aside(db_path, damaged, keep_original=True)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{db_path}{suffix}")
            if side.exists():
                _keep_aside(side, Path(f"{damaged}{suffix}"), keep_original=False)
        os.replace(staged, db_path)
        copies.fsync_dir(data_dir)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise StorageError(msg("backup", "The backup could not be put in place ({reason}).",
                               reason=exc.strerror or exc)) from None
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return damaged
