"""One writer at a time: the window (and every command that writes) holds an exclusive lock on the journal
folder's `journal.lock` while it runs. The operating system releases it when the process ends, however it
ends (even kill -9), so a lock left by a crash never needs clearing by hand. Qt-free."""

from __future__ import annotations

import os
from pathlib import Path

from journal_app.errors import JournalInUse

LOCK_NAME = "journal.lock"

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt


class JournalLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; False when another process does."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def holder(self) -> int | None:
        """The process id written by whoever holds the lock (for the message), if readable."""
        try:
            return int(self.path.read_text(encoding="ascii").strip() or 0) or None
        except (OSError, ValueError):
            return None

    def require(self, what: str) -> None:
        """Take the lock or raise JournalInUse saying who has the journal open."""
        if not self.acquire():
            raise JournalInUse(in_use_message(what))

    def release(self) -> None:
        if self._fd is not None:
            try:
                if fcntl is not None:
                    fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> JournalLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def in_use_message(what: str) -> str:
    return (f"The journal is open in Relationship Patterns Journal right now, so {what} has to wait: only one "
            "window or command may change it at a time. Close the other window (or wait for the command to "
            "finish) and try again. Nothing was changed.")
