"""Long work (writing an export, importing a journal) off the UI thread: a worker that runs a job with a
progress callback, turns failures into the calm message to show, and can be cancelled; and the thread that
carries it. The window never freezes, and it never touches widgets from the worker.

The worker's signals are emitted on the thread that made it (the UI thread), never on the thread that runs the
job: the job's thread only queues what happened and posts an event. A signal emitted on a worker takes Qt's
lock of the receiver's connections while holding Python's lock, and the UI thread may hold that Qt lock while
it waits for Python's (PySide disconnects a dead receiver's slots and asks Python about them under it): two
threads each waiting for the other, a window frozen for good (seen once with moveToThread on a worker). Posting
an event takes only the event queue's lock, which the UI thread never holds while it runs Python."""

from __future__ import annotations

import threading
import weakref
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal

from journal_app.core.errors import JournalError

_ARRIVED = QEvent.Type(QEvent.registerEventType())  # something the job's thread queued for the UI thread


class _Relay(QObject):
    """Lives on the thread that made the worker; emits, there, what the job's thread queued."""

    def __init__(self, worker: BackgroundWorker) -> None:
        super().__init__()
        self._worker = weakref.ref(worker)  # (no reference cycle: the collector may run on any thread)

    def event(self, event: QEvent) -> bool:
        if event.type() == _ARRIVED:
            worker = self._worker()
            if worker is not None:
                worker._emit_next()
            return True
        return super().event(event)



class Cancelled(Exception):
    """The person pressed Cancel: the job stops at its next progress call (its transaction rolls back)."""


class BackgroundWorker(QObject):
    # done: what the job returned
    finished = Signal(object)
    # failed: the calm message to show ("" when cancelled)
    failed = Signal(str)
    # progress: done, total
    progressed = Signal(int, int)

    def __init__(self, job: Callable[[Callable[[int, int], None]], object], unexpected: str) -> None:
        """`job(progress)` does the work; `unexpected` is shown for a failure nobody foresaw, with {kind} the
        exception's name."""
        super().__init__()
        self.job = job
        self.unexpected = unexpected
        self.cancelled = False
        self._queued: deque[tuple[str, tuple]] = deque()  # (signal, arguments), oldest first
        self._lock = threading.Lock()
        self._relay = _Relay(self)
        self._home = threading.get_ident()  # the thread its signals are emitted on

    def cancel(self) -> None:
        """Ask the job to stop: it does at its next progress tick (and then fails with no message)."""
        self.cancelled = True

    def run(self) -> None:
        """The job, on whichever thread calls (its signals follow on the thread that made the worker)."""
        def tick(done: int, total: int) -> None:
            if self.cancelled:
                raise Cancelled
            self._post("progressed", (done, total))

        try:
            result = self.job(tick)
        except Cancelled:
            self._post("failed", ("",))
        except JournalError as exc:
            self._post("failed", (str(exc),))
        except Exception as exc:
            self._post("failed", (self.unexpected.format(kind=type(exc).__name__),))
        else:
            self._post("finished", (result,))

    def deliver_posted(self) -> None:
        """Emit now, here, what the job's thread has queued so far (waiting for a worker's answer)."""
        QCoreApplication.sendPostedEvents(self._relay, _ARRIVED)

    def _post(self, signal: str, arguments: tuple) -> None:
        with self._lock:
            self._queued.append((signal, arguments))
        if threading.get_ident() == self._home:  # run here: nothing to hand over
            self.deliver_posted()
            self._emit_next()
        else:
            QCoreApplication.postEvent(self._relay, QEvent(_ARRIVED))

    def _emit_next(self) -> None:
        with self._lock:
            if not self._queued:
                return
            signal, arguments = self._queued.popleft()
        getattr(self, signal).emit(*arguments)


def run_in_thread(
    owner: QObject, worker: BackgroundWorker, *, finished, failed, progressed, wait: bool = False
) -> QThread:
    """Start `worker` on a new thread owned by `owner`, its signals connected; `wait` blocks until it is
    done, still handling events (tests)."""
    thread = QThread(owner)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(finished)
    worker.failed.connect(failed)
    worker.progressed.connect(progressed)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    if wait:
        while thread.isRunning():
            thread.wait(20)
            QCoreApplication.processEvents()
        QCoreApplication.processEvents()
    return thread
