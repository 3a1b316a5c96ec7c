"""One writer at a time: the window (and every command that writes) holds an exclusive lock on the journal
folder's `journal.lock` while it runs. The operating system releases it when the process ends, however it
ends (even kill -9), so a lock left by a crash never needs clearing by hand. Qt-free.

A writing command waits a few seconds for the lock (require(wait=...)) before giving up, so commands run side
by side take turns instead of being refused (and while the lock passes from one to the next, it goes on
waiting); the window still says at once that the journal is open."""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from journal_app.core.errors import JournalInUse

LOCK_NAME = "journal.lock"
NOTICE_AFTER_S = 1.0  # a wait longer than this is announced (on_wait)
POLL_S = (0.01, 0.05)  # between tries, at random in this range: waiting commands do not move in step

if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt
else:
    import fcntl


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
            if sys.platform == "win32":  # pragma: no cover - Windows
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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

    def wait_for(
        self,
        timeout: float,
        on_wait: Callable[[], None] | None = None,
        *,
        notice_after: float = NOTICE_AFTER_S,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> bool:
        """Take the lock, trying again while another process has it: up to `timeout` seconds for any one
        holder (the process id in the file), so a queue of commands taking turns is waited out while a window
        that keeps the journal open is not. Calls `on_wait` once if the wait passes `notice_after` seconds.
        False when it is still taken."""
        start = last_change = clock()
        seen = None
        told = False
        while not self.acquire():
            now = clock()
            holder = self.holder()
            if holder is not None and holder != seen:  # someone else's turn now: the queue moves
                seen, last_change = holder, now
            if now - last_change >= timeout:
                return False
            if on_wait is not None and not told and now - start >= notice_after:
                told = True
                on_wait()
            sleep(min(random.uniform(*POLL_S), max(0.0, timeout - (now - last_change))))
        return True

    def require(self, what: str, wait: float = 0.0, on_wait: Callable[[], None] | None = None) -> None:
        """Take the lock (waiting up to `wait` seconds for it) or raise JournalInUse saying the journal is
        open elsewhere."""
        if not self.wait_for(wait, on_wait):
            raise JournalInUse(in_use_message(what))

    def release(self) -> None:
        if self._fd is not None:
            try:
                if sys.platform != "win32":
                    fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> JournalLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def in_use_message(what: str) -> str:
    return (f"The journal is open in Relationship Patterns Journal right now, so {what} has to wait: only one "
            "window or command may change it at a time. Close the other window (or wait for the command to "
            "finish) and try again. Nothing was changed.")
