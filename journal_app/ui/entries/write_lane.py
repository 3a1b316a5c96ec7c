"""The editor's writes, one after another, off the UI thread: saving an entry, keeping and letting go of its
crash draft. Each goes through the operations layer (a worker with its own connection; the answer back on the
UI thread), but never two at once, so they reach the journal in the order they were asked for: a draft kept
after a save cannot bring back a draft the save let go, and a second save of a new entry starts only once the
first has given it its id. They run on a thread of their own: typing is never kept waiting behind long work
on the shared pool (a backup, Patterns over years).

`drain()` is for the moments that must not leave anything behind (locking, quitting, opening another
entry): it waits for the writes under way, without handling any other event (no click or key press can
arrive in between), and delivers their answers."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject, QThreadPool, QTimer

from journal_app.ui.common import operations

Work = Callable[[], object]
Success = Callable[[object], None]
Failure = Callable[[str], None]


class WriteLane(QObject):
    def __init__(self, parent_widget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent_widget  # whose window a failure without its own callback is shown in
        self._queue: deque[tuple[Work, Success | None, Failure | None]] = deque()
        self._current: operations.Operation | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    @property
    def busy(self) -> bool:
        """A write is under way or waiting."""
        return self._current is not None or bool(self._queue)

    def submit(self, work: Work, success: Success | None = None, failure: Failure | None = None) -> None:
        """Run `work()` on a worker once the writes asked for before it are done."""
        self._queue.append((work, success, failure))
        if self._current is None:
            self._next()

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        work, success, failure = self._queue.popleft()
        holder: list[operations.Operation] = []

        def ok(result: object) -> None:
            try:
                if success is not None:
                    success(result)
            finally:
                self._advance(holder[0])

        def bad(text: str) -> None:
            try:
                if failure is not None:
                    failure(text)
            finally:
                self._advance(holder[0])

        op = operations.run(self.parent_widget, work, ok, bad, pool=self.pool)
        holder.append(op)
        self._current = op
        # an answer that is not delivered (its window gone) still lets the next write go
        op.done.connect(lambda: self._advance_later(op))

    def _advance_later(self, op: operations.Operation) -> None:
        if shiboken6.isValid(self):  # (not when the lane went with its window)
            QTimer.singleShot(0, self, lambda: self._advance(op))

    def _advance(self, op: operations.Operation) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.pool):
            return  # gone with its window: nothing more is started
        if self._current is op:
            self._current = None
            self._next()

    def drain(self, timeout_ms: int = 60000) -> bool:
        """Wait for every write asked for so far and deliver its answer; True when none is left."""
        clock = QElapsedTimer()
        clock.start()
        while self._current is not None:
            op = self._current
            left = timeout_ms - clock.elapsed()
            if left <= 0 or not op.ran.wait(left / 1000):
                return False
            # the answer is queued for the UI thread: deliver it (and only it) now
            op.deliver_posted()
            self._advance(op)  # delivered or dropped: either way the next one may go
        return True
