"""One way to call the journal without freezing the window: `run(parent, work, success, failure, key=...)`
runs `work` on a worker thread of the shared pool and hands its result (or its calm failure message) back on
the UI thread. The journal's engine has an ordinary connection pool, so the worker reads through its own
connection while the window keeps answering.

- A request made with a `key` supersedes an earlier one with the same key: the earlier one is asked to stop
  (at its next progress call) and whatever it returns is dropped, so only the newest answer is shown.
- `progress=callable(done, total)` gives long work a `tick(done, total)` to call; `Operation.cancel()` makes
  the next tick stop the work (its transaction rolls back), and its failure callback gets "" (nothing to say).
- `changes=True` marks work that writes: once it succeeds, `hub().journalChanged` fires, and views refresh
  from that notification rather than from each other.
- A failure is never a traceback: JournalError's own sentence, else a calm sentence naming the exception.
  Without a `failure` callback it is shown in the parent window's status bar, or in a message box.
- A pool's threads are kept for the life of the app (never let go of after 30 idle seconds, Qt's default): Qt
  keeps each thread's font engines in that thread's own cache and frees them when the thread ends, and text laid
  out on a worker (a PDF, a preview) can share font data with text the window lays out. A document laid out on
  a pool thread and then shown by the window crashed the process within 50 tries when the pool let its threads
  go at once, and never in 1,500 when it kept them. A few idle threads cost nothing.

Built on background.BackgroundWorker (the export and the import use it with their own thread)."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QElapsedTimer,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from journal_app.ui.common.background import BackgroundWorker

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Operations", "That did not work because of an unexpected problem ({kind}). Nothing was changed."
)


class Hub(QObject):
    # work that writes to the journal finished: views showing what it holds read it again
    journalChanged = Signal()


_HUB: Hub | None = None


def hub() -> Hub:
    """The app's one notifier (made on first use, on the UI thread)."""
    global _HUB
    if _HUB is None:
        _HUB = Hub()
    return _HUB


# the key of work that replaces the journal's file (restore, passphrase change): locking waits for it
FILE_KEY = "journal-file"

_running: set[Operation] = set()  # kept alive until their answer is delivered
_latest: dict[str, Operation] = {}  # the newest request for each key


class _Runnable(QRunnable):
    def __init__(self, worker: BackgroundWorker, ran: threading.Event) -> None:
        super().__init__()
        self.worker: BackgroundWorker | None = worker
        self.ran = ran
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self.worker is not None:
                self.worker.run()
        finally:
            # Let go of the worker here, while its Operation still holds it: the last reference to a QObject
            # of the UI thread must never go on this thread (the Operation lets go on the UI thread, later).
            self.worker = None
            self.ran.set()


class Operation(QObject):
    """One request: its answer arrives on the UI thread (this object lives there); `cancel()` stops it."""

    # the answer was delivered (success, failure, dropped or cancelled)
    done = Signal()

    def __init__(self, work, success, failure, progress, key, changes, parent) -> None:
        super().__init__()
        self.key = key
        self.changes = changes
        self.parent_widget = parent
        self._success, self._failure, self._progress = success, failure, progress
        self.finished = False
        self.superseded = False
        takes_tick = _takes_argument(work)
        job = (work) if takes_tick else (lambda _tick: work())
        unexpected = QCoreApplication.translate("Operations", str(UNEXPECTED))
        self.worker = BackgroundWorker(job, unexpected)
        self.ran = threading.Event()  # set once the pool's thread is done with the worker
        # the worker's signals are emitted on the pool's thread; these slots run on this object's (UI) thread
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.progressed.connect(self._on_progress)

    def cancel(self) -> None:
        """Stop at the work's next progress call; its result, if any, is not delivered."""
        self.worker.cancel()

    @property
    def current(self) -> bool:
        """Still wanted: not replaced by a newer request, not cancelled, and its window not gone."""
        return (
            not self.superseded
            and not self.worker.cancelled
            and (self.key is None or _latest.get(self.key) is self)
            and (self.parent_widget is None or shiboken6.isValid(self.parent_widget))
        )

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None and self.current and not self.finished:
            self._progress(done, total)

    @Slot(object)
    def _on_finished(self, result) -> None:
        deliver = self.current
        self._end()
        if not deliver:
            return
        try:
            if self._success is not None:
                self._success(result)
        finally:
            if self.changes:
                hub().journalChanged.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        alive = self.parent_widget is None or shiboken6.isValid(self.parent_widget)
        deliver = self.current or (alive and self.worker.cancelled and not self.superseded and message == "")
        self._end()
        if not deliver:
            return
        if self._failure is not None:
            self._failure(message)
        elif message:
            show_failure(self.parent_widget, message)
        if self.changes and message:
            hub().journalChanged.emit()  # a failed write rolled back, but a view may have shown it as pending

    def _end(self) -> None:
        self.finished = True
        if self.key is not None and _latest.get(self.key) is self:
            del _latest[self.key]
        self.done.emit()
        # Not let go of here: this runs inside the slot that delivered the answer, and a QObject deleted in
        # its own slot (the caller often drops its last reference in the success callback) crashes Qt now and
        # then. Let go once this event is over and the worker's thread is done with it.
        QTimer.singleShot(0, self._release)

    def _release(self) -> None:
        if not self.ran.is_set():
            QTimer.singleShot(5, self._release)
            return
        _running.discard(self)

    def deliver_posted(self) -> None:
        """Deliver the answer now if the work has given it (and nothing else waiting in the event queue)."""
        self.worker.deliver_posted()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Handle events until the answer is delivered (tests, and a window closing); True when it was."""
        clock = QElapsedTimer()
        clock.start()
        while not self.finished and clock.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(10)
        QCoreApplication.processEvents()
        return self.finished


def _takes_argument(work: Callable) -> bool:
    try:
        params = [
            p for p in inspect.signature(work).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
        ]
    except (TypeError, ValueError):
        return False
    return len(params) >= 1


def run(
    parent,
    work: Callable[..., object],
    success: Callable[[object], None] | None = None,
    failure: Callable[[str], None] | None = None,
    *,
    key: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    changes: bool = False,
    pool: QThreadPool | None = None,
) -> Operation:
    """Run `work()` (or `work(tick)`, when it takes an argument) on a worker thread; `success(result)` or
    `failure(message)` runs on the UI thread afterwards, unless a newer request with the same `key` came
    first. See the module's notes. `pool`: a thread pool of the caller's own instead of the shared one (work
    that must not wait behind long work, such as saving what is typed)."""
    _finish_before_quitting()
    chosen = pool or QThreadPool.globalInstance()
    chosen.setExpiryTimeout(-1)  # its threads are kept: see the module's notes
    op = Operation(work, success, failure, progress, key, changes, parent)
    if key is not None:
        older = _latest.get(key)
        if older is not None:
            older.superseded = True
            older.cancel()
        _latest[key] = op
    _running.add(op)
    chosen.start(_Runnable(op.worker, op.ran))
    return op



_quit_hooked = False


def _finish_before_quitting() -> None:
    """A backup half-way through when the app quits is finished first (it is written atomically, but its
    temporary file would stay behind)."""
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(lambda: QThreadPool.globalInstance().waitForDone())
        _quit_hooked = True


def drop(key: str) -> None:
    """Whatever is still running under this key will not be delivered (the view it was for is gone)."""
    older = _latest.pop(key, None)
    if older is not None:
        older.superseded = True
        older.cancel()


def pending(key: str) -> Operation | None:
    """The newest request with this key that has not answered yet."""
    return _latest.get(key)


def wait_all(timeout_ms: int = 30000) -> None:
    """Handle events until every running request has answered (tests; the app quitting)."""
    clock = QElapsedTimer()
    clock.start()
    while _running and clock.elapsed() < timeout_ms:
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10)
    QCoreApplication.processEvents()


def show_failure(parent, message: str) -> None:
    """A failure's sentence in the window's status bar, or in a message box when there is none."""
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    window = parent.window() if parent is not None and hasattr(parent, "window") else None
    if isinstance(window, QMainWindow) and window.isVisible():
        window.statusBar().showMessage(message, 20000)
        return
    QMessageBox.warning(
        window, QCoreApplication.translate("Operations", "That did not work"), message
    )
