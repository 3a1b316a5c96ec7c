"""The operations layer: work runs on a worker thread, the UI thread keeps answering, the newest request
with a key wins, a failure is a calm sentence, Cancel stops long work, and writes announce themselves."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from journal_app.core.errors import InvalidInput
from journal_app.ui.common import operations

pytestmark = pytest.mark.gui


def test_the_ui_thread_answers_while_the_work_waits(qtbot):
    release = threading.Event()
    threads, results = [], []

    def work():
        threads.append(threading.get_ident())
        assert release.wait(10)
        return 42

    op = operations.run(None, work, results.append)
    fired = []
    QTimer.singleShot(20, lambda: fired.append(True))
    label = QLabel("before")
    qtbot.addWidget(label)
    QTimer.singleShot(30, lambda: label.setText("after"))
    qtbot.waitUntil(lambda: bool(fired) and label.text() == "after", timeout=3000)
    assert results == [] and not op.finished  # the UI thread ran its timers while the work was blocked
    release.set()
    assert op.wait()
    assert results == [42]
    assert threads and threads[0] != threading.get_ident()


def test_a_superseded_result_is_dropped(qtbot):
    first_may_end = threading.Event()
    shown = []

    def first():
        assert first_may_end.wait(10)
        return "first"

    old = operations.run(None, first, shown.append, key="test-range")
    new = operations.run(None, lambda: "second", shown.append, key="test-range")
    assert new.wait()
    first_may_end.set()  # the first answers after the second
    assert old.wait()
    assert shown == ["second"]


def test_other_keys_do_not_supersede_each_other(qtbot):
    shown = []
    a = operations.run(None, lambda: "a", shown.append, key="test-a")
    b = operations.run(None, lambda: "b", shown.append, key="test-b")
    assert a.wait() and b.wait()
    assert sorted(shown) == ["a", "b"]


def test_a_failure_gives_its_calm_message(qtbot):
    failures, successes = [], []

    def work():
        raise InvalidInput("That date is not a date. Nothing was changed.")

    op = operations.run(None, work, successes.append, failures.append)
    assert op.wait()
    assert failures == ["That date is not a date. Nothing was changed."] and successes == []


def test_an_unexpected_failure_is_a_sentence_not_a_traceback(qtbot):
    failures = []
    op = operations.run(None, lambda: 1 / 0, None, failures.append)
    assert op.wait()
    assert len(failures) == 1
    assert "ZeroDivisionError" in failures[0] and "Traceback" not in failures[0]
    assert "Nothing was changed." in failures[0]


def test_without_a_failure_callback_the_status_bar_says_it(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    def work():
        raise InvalidInput("The backup folder is gone. Your journal is safe.")

    op = operations.run(window, work)
    assert op.wait()
    assert window.statusBar().currentMessage() == "The backup folder is gone. Your journal is safe."


def test_progress_arrives_and_cancel_stops_the_work(qtbot):
    steps, failures, successes = [], [], []
    go_on = threading.Event()
    reached = []

    def work(tick):
        for i in range(1000):
            tick(i, 1000)
            if i == 3:
                reached.append(True)
                assert go_on.wait(10)
        return "all done"

    op = operations.run(
        None, work, successes.append, failures.append, progress=lambda d, t: steps.append((d, t))
    )
    qtbot.waitUntil(lambda: bool(reached) and len(steps) >= 3, timeout=3000)
    op.cancel()
    go_on.set()
    assert op.wait()
    assert successes == [] and failures == [""]  # cancelled: nothing to say
    assert steps[0] == (0, 1000) and all(d < 1000 for d, _t in steps)


def test_a_write_announces_that_the_journal_changed(qtbot):
    with qtbot.waitSignal(operations.hub().journalChanged, timeout=3000):
        operations.run(None, lambda: None, changes=True)
    heard = []
    operations.hub().journalChanged.connect(lambda: heard.append(True))
    try:
        op = operations.run(None, lambda: "read")
        assert op.wait()
        assert heard == []  # a read changes nothing
    finally:
        operations.hub().journalChanged.disconnect()


def test_an_answer_for_a_window_that_is_gone_is_dropped(qtbot):
    release = threading.Event()
    shown, failures = [], []
    label = QLabel()

    def work():
        assert release.wait(10)
        return "late"

    op = operations.run(label, work, shown.append, failures.append)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=3000)
    release.set()
    assert op.wait()
    assert shown == [] and failures == []


def test_a_pools_threads_are_kept_for_the_life_of_the_app(qtbot):
    """Qt frees a thread's font engines when the thread ends; text laid out on a worker may share them with the
    window's (see the module's notes): the shared pool and a pool of a caller's own keep their threads."""
    from PySide6.QtCore import QThreadPool

    shared, own = QThreadPool.globalInstance(), QThreadPool()
    shared.setExpiryTimeout(30000)  # Qt's default
    own.setExpiryTimeout(30000)
    first = operations.run(None, lambda: 1)
    second = operations.run(None, lambda: 2, pool=own)
    assert first.wait() and second.wait()
    own.waitForDone()
    assert shared.expiryTimeout() == -1 and own.expiryTimeout() == -1


def test_the_workers_signals_are_emitted_on_the_ui_thread(qtbot):
    """The job's thread never emits a signal (a signal emitted on a worker takes Qt's connection lock while
    holding Python's, which can freeze the window for good): progress, failure and result are emitted here."""
    from journal_app.ui.common.background import BackgroundWorker

    emitted_on, results = [], []

    def work(tick):
        tick(1, 2)
        return threading.get_ident()

    op = operations.run(None, work, results.append, progress=lambda done, total: emitted_on.append("tick"))
    for signal in (op.worker.progressed, op.worker.finished):
        signal.connect(lambda *_a: emitted_on.append(threading.get_ident()))
    assert op.wait()
    assert results and results[0] != threading.get_ident()  # the work ran on a worker
    assert [t for t in emitted_on if t != "tick"] == [threading.get_ident()] * 2 and "tick" in emitted_on
    failing = BackgroundWorker(lambda _tick: 1 / 0, "unexpected {kind}")
    said = []
    failing.failed.connect(lambda message: said.append((message, threading.get_ident())))
    thread = threading.Thread(target=failing.run)
    thread.start()
    thread.join()
    assert said == []  # queued, not emitted on that thread
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert said == [("unexpected ZeroDivisionError", threading.get_ident())]
