"""Wrong passphrases in a row, remembered on disk so that neither a new command nor a restarted window starts
counting from zero. The window's unlock dialog and the command line share this policy (Qt-free).

The count lives in `journal.attempts` in the journal's folder: a tiny JSON file, owner-only (0600), written
atomically, holding only how many tries failed in a row and when the last one failed (never a passphrase, nor
anything derived from one). A right passphrase removes it. After FREE_FAILURES wrong tries, each further try
waits first: 2 s, 4 s, 8 s ... at most MAX_WAIT_S. The count is forgotten after FORGET_AFTER_S without a
wrong try, so a slip of the fingers weeks later costs nothing.

This slows down someone guessing at the keyboard (or a script calling `journal-app` in a loop); it is no
defence against a copy of the file, which SQLCipher's key derivation protects. When the folder cannot be
written (a read-only journal), the count is kept in memory for as long as the process runs."""

from __future__ import annotations

import json
import math
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ATTEMPTS_NAME = "journal.attempts"
FREE_FAILURES = 3  # these many wrong tries in a row cost nothing
FIRST_WAIT_S = 2.0  # the wait after the next one; it doubles with every further wrong try
MAX_WAIT_S = 60.0
FORGET_AFTER_S = 24 * 3600.0


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try once `failures` tries in a row have failed:
    0, 0, 0, then 2, 4, 8, 16, 32, 60, 60 ..."""
    if failures <= FREE_FAILURES:
        return 0.0
    return min(FIRST_WAIT_S * 2.0 ** min(failures - FREE_FAILURES - 1, 32), MAX_WAIT_S)


@dataclass(frozen=True)
class Record:
    failures: int = 0
    last_failure: float = 0.0  # seconds since the epoch (wall clock: it must mean the same after a restart)


class UnlockAttempts:
    """The count of wrong passphrases for the journal in `data_dir`, shared by every process that opens it.
    `clock` is the wall clock (time.time); tests pass their own."""

    def __init__(self, data_dir: Path | str, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(data_dir) / ATTEMPTS_NAME
        self.clock = clock
        self._memory = Record()  # what was last written (or could not be)
        self._writable = True

    # -- reading -----------------------------------------------------------------------------------
    def record(self) -> Record:
        """The count as it stands now (a count older than FORGET_AFTER_S is no count). A last failure in the
        future (the clock was set back since, or was wrong then) counts from now, once: otherwise the wait
        would never end until the clock reached that moment again, perhaps years on."""
        found = self._read()
        now = self.clock()
        if found.failures and now - found.last_failure > FORGET_AFTER_S:
            return Record()
        if found.failures and found.last_failure > now + 1.0:
            found = Record(found.failures, now)
            self._write(found)
        return found

    @property
    def failures(self) -> int:
        return self.record().failures

    def remaining(self) -> float:
        """Seconds until the next try may be made (0.0: now)."""
        found = self.record()
        wait = wait_after(found.failures)
        if not wait:
            return 0.0
        elapsed = max(0.0, self.clock() - found.last_failure)  # a clock set back never makes it longer
        return max(0.0, wait - elapsed)

    # -- changing ----------------------------------------------------------------------------------
    def failed(self) -> float:
        """Count one more wrong try; returns the wait now due before the next one."""
        found = self.record()
        self._write(Record(found.failures + 1, self.clock()))
        return self.remaining()

    def reset(self) -> None:
        """The right passphrase: the count starts again from zero (the file is removed)."""
        self._memory = Record()
        if not self._writable:
            return
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        except OSError:
            self._writable = False  # cannot be removed (a read-only folder): the memory says zero

    # -- the file ----------------------------------------------------------------------------------
    def _read(self) -> Record:
        if not self._writable:
            return self._memory
        try:
            with open(self.path, encoding="ascii") as stream:
                data = json.loads(stream.read(200))
            failures, last = int(data["failures"]), float(data["last_failure"])
        except FileNotFoundError:
            return Record()
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            return self._memory  # unreadable or not ours: the count this process knows
        if failures < 0 or not math.isfinite(last):
            return Record()
        return Record(failures, last)

    def _write(self, record: Record) -> None:
        self._memory = record
        if not self._writable:
            return
        text = json.dumps({"failures": record.failures, "last_failure": round(record.last_failure, 3)})
        temp = None
        try:
            fd, temp = tempfile.mkstemp(prefix=f".{ATTEMPTS_NAME}.", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="ascii") as stream:  # mkstemp makes it 0600
                stream.write(text + "\n")
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp, self.path)
            temp = None
        except OSError:
            self._writable = False  # a read-only folder: count in memory from now on
        finally:
            if temp is not None:
                try:
                    os.unlink(temp)
                except OSError:
                    pass
