"""The one place exports are written: to a hidden partial file beside the target (created 0600, locked while it
is written), flushed to disk, then renamed over the target, so a failure (no permission, a full disk, a folder
as the target) leaves nothing behind and never a half-written file.

An export is plain text on purpose, so its partial file must not outlive the writer either:
- while it is written, the partial is listed in this process (abandon_all() removes it at once: the command
  line calls it on SIGTERM and SIGHUP, the window when it quits) and, when the journal's folder is given, in a
  small 0600 registry there (`exports-in-progress`, one JSON line per partial: its path and the writer's pid);
- a writer killed outright (SIGKILL, a power cut) cannot clean up, so the next run does: remove_leftovers()
  deletes the registered partials whose writer is gone (its lock on the file is free). Only files named exactly
  like our partials (`.NAME.<12 hex digits>.partial`), regular files owned by this user, that are listed in the
  registry are ever deleted.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, NotRequired, TypedDict, TypeGuard, cast

from journal_app.core.errors import InvalidInput, StorageError
from journal_app.core.i18n import msg
from journal_app.core.paths import refuse_inside_data_folder, shown

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: the writer's process id alone tells a live partial
    fcntl = None  # type: ignore[assignment]

REGISTRY_NAME = "exports-in-progress"
PARTIAL_RE = re.compile(r"^\..+\.[0-9a-f]{12}\.partial$", re.DOTALL)
_NAME_CHARS = 80  # of the target's name in the partial's (room for the rest within 255 bytes)
_YOUNG_SECONDS = 10  # a partial this new, of a live process, may not be locked yet: leave it

_live_lock = threading.Lock()
_LIVE: set[str] = set()  # partials being written by this process
_ABANDONED: set[str] = set()  # ... and those of them abandon_all() removed: their writers stop at the next write

STOPPED = "The export was stopped before it was finished, so nothing was written and nothing was left behind."


class ExportStopped(StorageError):
    """abandon_all() removed this export's partial file (the app is quitting, or a signal came)."""


class _Guarded:
    """The partial file's stream for `produce`: each write first checks the export was not abandoned."""

    def __init__(self, raw: BinaryIO, temp: str) -> None:
        self._raw, self._temp = raw, temp

    def write(self, data: bytes) -> int:
        if self._temp in _ABANDONED:
            raise ExportStopped(STOPPED)
        return self._raw.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self._raw, name)


def check_target(target: Path) -> Path:
    """The target as an absolute path, or InvalidInput naming what is wrong with it."""
    target = Path(target).expanduser()
    if target.name in ("", ".", ".."):
        raise InvalidInput(msg("errors", "{target} is not a file name; please give a file to write, such as "
                               "summary.pdf.",
                               target=shown(target)))
    if target.is_dir():
        raise InvalidInput(msg("errors", "{target} is a folder; please give a file name inside it, such as "
                               "summary.pdf.",
                               target=shown(target)))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(msg("errors", "The folder {folder} does not exist; please choose another place or create "
                               "it first.", folder=shown(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(msg("errors", "This app may not write in {folder}; please choose another folder.",
                               folder=shown(folder)))
    return target.absolute()


def partial_path(target: Path) -> Path:
    """A new hidden name beside `target` for its partial file: `.NAME.<12 hex digits>.partial`."""
    return target.with_name(f".{target.name[:_NAME_CHARS]}.{secrets.token_hex(6)}.partial")


def write_atomic(target: Path, produce: bytes | Callable[[BinaryIO], None], *,
                 data_dir: Path | None = None, what: str = "export") -> Path:
    """Write `produce` (bytes, or a function writing to a binary stream) to `target` all at once, 0600.
    With `data_dir` (the journal's folder) the target is refused when it lies inside that folder (see
    paths.refuse_inside_data_folder; `what` picks the words), leftovers of earlier killed exports are
    removed first, and the partial file is registered there until it is gone."""
    target = check_target(target)
    if data_dir is not None:
        refuse_inside_data_folder(target, data_dir, what)
        remove_leftovers(data_dir)
    temp = partial_path(target)
    with _live_lock:
        _LIVE.add(str(temp))
    registered = data_dir is not None and _register(Path(data_dir), temp)  # before the file exists
    try:
        _write(target, temp, produce)
    finally:
        with _live_lock:
            _LIVE.discard(str(temp))
            _ABANDONED.discard(str(temp))
        if registered and data_dir is not None:
            _unregister(Path(data_dir), temp)
    try:
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # the file is complete; only the folder's own record could not be flushed
    return target


def _write(target: Path, temp: Path, produce: bytes | Callable[[BinaryIO], None]) -> None:
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        raise StorageError(_failure(target, exc)) from None
    try:
        _lock_file(fd)  # ours alone: held until the file is closed (or we die)
        with os.fdopen(fd, "wb") as stream:
            os.chmod(temp, 0o600)  # whatever the umask did
            guarded = _Guarded(stream, str(temp))
            if isinstance(produce, (bytes, bytearray)):
                guarded.write(produce)
            else:
                produce(cast(BinaryIO, guarded))
            if str(temp) in _ABANDONED:
                raise ExportStopped(STOPPED)
            stream.flush()
            os.fsync(stream.fileno())
            os.replace(temp, target)  # still locked: nobody can take it for a leftover meanwhile
        os.chmod(target, 0o600)
    except OSError as exc:
        gone = _remove(temp)
        if str(temp) in _ABANDONED:  # removed under the writer's feet by abandon_all()
            raise ExportStopped(STOPPED) from None
        raise StorageError(_failure(target, exc, None if gone else temp)) from None
    except BaseException:
        _remove(temp)
        raise


def _lock_file(fd: int) -> None:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks: the writer's process id still tells it is alive


def in_progress() -> list[Path]:
    """The partial files this process is writing right now."""
    with _live_lock:
        return [Path(p) for p in sorted(_LIVE)]


def abandon_all() -> list[Path]:
    """Remove every partial file this process is writing right now (the writers then fail or stop); returns
    those that could not be removed. For SIGTERM, SIGHUP and quitting the window."""
    with _live_lock:
        live = sorted(_LIVE)
        _ABANDONED.update(live)
    return [Path(p) for p in live if not _remove(p)]


def _remove(path: str | Path) -> bool:
    """Delete `path`; True when it is gone."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def _failure(target: Path, exc: OSError, left: Path | None = None) -> str:
    if exc.errno == errno.ENOSPC:
        why = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "this app may not write there"
    else:
        why = exc.strerror or str(exc)
    if left is not None:
        return (f"{shown(target.name)} was not written: {why}. A partial file could not be removed: "
                f"{shown(left)}. It holds part of the export as plain text; please delete it. Your journal is "
                "unchanged.")
    return f"{shown(target.name)} was not written: {why}. Nothing was left behind and your journal is unchanged."


# -- the registry of partial files in the journal's folder ------------------------------------------------
@contextmanager
def _locked_registry(data_dir: Path, create: bool) -> Iterator[int | None]:
    """The registry file's descriptor, locked for us alone (None when there is none and `create` is False)."""
    path = Path(data_dir) / REGISTRY_NAME
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | (os.O_CREAT if create else 0)
    while True:
        try:
            fd = os.open(path, flags, 0o600)
        except FileNotFoundError:
            if create:  # no journal folder there
                raise
            yield None
            return
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:  # emptied and removed by someone else while we waited for the lock: open it again
                current = os.path.samestat(os.fstat(fd), os.stat(path, follow_symlinks=False))
            except FileNotFoundError:
                current = False
        except BaseException:
            os.close(fd)
            raise
        if current:
            break
        os.close(fd)
    try:
        yield fd
    finally:
        os.close(fd)


class _Registered(TypedDict):
    """A line of the registry: a partial export file and the process writing it (and when it began)."""

    path: str
    pid: int
    t: NotRequired[float]


def _entries(fd: int) -> list[_Registered]:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    found: list[_Registered] = []
    for line in b"".join(chunks).splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue  # a torn line (a kill while it was written): the rest still counts
        if _is_registered(item):
            found.append(item)
    return found


def _is_registered(item: object) -> TypeGuard[_Registered]:
    return isinstance(item, dict) and isinstance(item.get("path"), str) and isinstance(item.get("pid"), int)


def _save(fd: int, data_dir: Path, entries: list[_Registered]) -> None:
    if not entries:
        os.unlink(Path(data_dir) / REGISTRY_NAME)  # still locked: the next writer makes a new one
        return
    data = b"".join(json.dumps(e, ensure_ascii=True).encode("ascii") + b"\n" for e in entries)
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.chmod(Path(data_dir) / REGISTRY_NAME, 0o600)
    os.fsync(fd)


def _register(data_dir: Path, temp: Path) -> bool:
    try:
        with _locked_registry(data_dir, create=True) as fd:
            if fd is None:  # pragma: no cover - create=True opens or raises
                return False
            entry: _Registered = {"path": str(temp), "pid": os.getpid(), "t": time.time()}
            _save(fd, data_dir, [*_entries(fd), entry])
    except OSError:
        return False  # a read-only journal folder: the partial is still removed on failure and on signals
    return True


def _unregister(data_dir: Path, temp: Path) -> None:
    try:
        with _locked_registry(data_dir, create=False) as fd:
            if fd is not None:
                _save(fd, data_dir, [e for e in _entries(fd) if e["path"] != str(temp)])
    except OSError:
        pass  # the next run drops an entry whose file is gone


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _leftover(entry: _Registered) -> str:
    """What to do with a registered partial: 'gone' (forget it), 'live' (keep it), 'removed' or 'failed'."""
    path, pid = Path(entry["path"]), entry["pid"]
    if not PARTIAL_RE.match(path.name) or not path.is_absolute():
        return "gone"  # not a name we make: never ours to delete
    if pid == os.getpid():
        with _live_lock:
            if str(path) in _LIVE:
                return "live"
    registered = entry.get("t")
    young = isinstance(registered, (int, float)) and abs(time.time() - registered) < _YOUNG_SECONDS
    try:
        seen = os.lstat(path)
    except FileNotFoundError:  # written and gone, or (just registered) about to be made
        return "live" if young and _pid_alive(pid) else "gone"
    except OSError:
        return "failed"
    if not stat.S_ISREG(seen.st_mode) or seen.st_uid != os.geteuid():
        return "gone"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return "gone"
    except OSError:
        return "failed"
    try:
        if not os.path.samestat(os.fstat(fd), seen):
            return "live"  # replaced meanwhile: look again next time
        locked = False
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                locked = True
            except BlockingIOError:
                return "live"  # its writer is still at work
            except OSError:
                pass  # a file system without locks: go by the process id
        if _pid_alive(pid) and (not locked or young):
            return "live"
        return "removed" if _remove(path) else "failed"
    finally:
        os.close(fd)


def remove_leftovers(data_dir: Path) -> tuple[list[Path], list[Path]]:
    """Delete the partial files of exports that were killed before they could clean up (listed in the
    journal folder's registry, their writer gone). Returns (removed, could not be removed); those that could
    not be removed stay listed and are tried again next time."""
    removed: list[Path] = []
    failed: list[Path] = []
    try:
        with _locked_registry(Path(data_dir), create=False) as fd:
            if fd is None:
                return removed, failed
            keep = []
            for entry in _entries(fd):
                path = Path(entry["path"])
                state = _leftover(entry)
                if state == "removed":
                    removed.append(path)
                elif state != "gone":
                    keep.append(entry)
                    if state == "failed":
                        failed.append(path)
            _save(fd, Path(data_dir), keep)
    except OSError:
        pass  # a read-only or missing journal folder: nothing of ours to clean there now
    return removed, failed


def leftovers_note(failed: list[Path]) -> str:
    """A calm sentence about partial export files that could not be removed ('' when there are none)."""
    if not failed:
        return ""
    where = ", ".join(shown(p) for p in failed)
    return (f"An unfinished export from an earlier run could not be removed: {where}. It holds plain text; "
            "please delete it yourself. Your journal is unchanged.")
