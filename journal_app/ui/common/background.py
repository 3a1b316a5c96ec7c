"""Long work (writing an export, importing a journal) off the UI thread: a worker that runs a job with a
progress callback, turns failures into the calm message to show, and can be cancelled; and the thread that
carries it. The window never freezes, and it never touches widgets from the worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from journal_app.core.errors import JournalError


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

    def cancel(self) -> None:
        """Ask the job to stop: it does at its next progress tick (and then fails with no message)."""
        self.cancelled = True

    def run(self) -> None:
        def tick(done: int, total: int) -> None:
            if self.cancelled:
                raise Cancelled
            self.progressed.emit(done, total)

        try:
            result = self.job(tick)
        except Cancelled:
            self.failed.emit("")
        except JournalError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            self.failed.emit(self.unexpected.format(kind=type(exc).__name__))
        else:
            self.finished.emit(result)


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
