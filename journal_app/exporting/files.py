"""The one place exports are written: to a temporary file beside the target (created 0600), flushed to disk,
then renamed over the target, so a failure (no permission, a full disk, a folder as the target) leaves
nothing behind and never a half-written file."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from journal_app.errors import InvalidInput, StorageError


def check_target(target: Path) -> Path:
    """The target as an absolute path, or InvalidInput naming what is wrong with it."""
    target = Path(target).expanduser()
    if target.name in ("", ".", ".."):
        raise InvalidInput(f"{target} is not a file name; please give a file to write, such as summary.pdf.")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; please give a file name inside it, such as summary.pdf.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(f"The folder {folder} does not exist; please choose another place or create it first.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput(f"This app may not write in {folder}; please choose another folder.")
    return target.absolute()


def write_atomic(target: Path, produce: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write `produce` (bytes, or a function writing to a binary stream) to `target` all at once."""
    target = check_target(target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    except OSError as exc:
        raise StorageError(_failure(target, exc)) from None
    try:
        with os.fdopen(fd, "wb") as stream:  # mkstemp creates it 0600
            if isinstance(produce, (bytes, bytearray)):
                stream.write(produce)
            else:
                produce(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
        os.chmod(target, 0o600)
    except OSError as exc:
        _remove(temp)
        raise StorageError(_failure(target, exc)) from None
    except BaseException:
        _remove(temp)
        raise
    try:
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass  # the file is complete; only the folder's own record could not be flushed
    return target


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _failure(target: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        why = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "this app may not write there"
    else:
        why = exc.strerror or str(exc)
    return f"{target.name} was not written: {why}. Nothing was left behind and your journal is unchanged."
