"""A writer waits its turn for the journal's lock (issue 14, item 14): a few seconds for any one holder, for
as long as the lock keeps passing from one command to the next, and it says so once after a second."""

from __future__ import annotations

import os

import pytest

from journal_app.core.errors import JournalInUse
from journal_app.system.instance_lock import NOTICE_AFTER_S, POLL_S, JournalLock


class FakeTime:
    """A monotonic clock moved by the lock's own sleeps; `at` runs things when the clock passes a time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self.events: list[tuple[float, object]] = []

    def __call__(self) -> float:
        return self.now

    def at(self, when: float, action) -> None:
        self.events.append((when, action))

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        for when, action in list(self.events):
            if self.now >= when:
                self.events.remove((when, action))
                action()


@pytest.fixture
def other(data_dir):
    """The lock held through another open file (flock: as good as another process)."""
    lock = JournalLock(data_dir)
    assert lock.acquire()
    yield lock
    lock.release()


def _waiter(data_dir, fake, timeout=5.0):
    notices = []
    lock = JournalLock(data_dir)
    taken = lock.wait_for(timeout, lambda: notices.append(fake.now), clock=fake, sleep=fake.sleep)
    return lock, taken, notices


def test_a_holder_that_stays_is_waited_for_five_seconds_then_refused(data_dir, other):
    fake = FakeTime()
    lock, taken, notices = _waiter(data_dir, fake)
    assert not taken and not lock.held
    assert 5.0 <= fake.now < 5.0 + POLL_S[1]
    assert len(notices) == 1 and NOTICE_AFTER_S <= notices[0] < NOTICE_AFTER_S + POLL_S[1]
    assert max(fake.slept) <= POLL_S[1] and len(fake.slept) > 5.0 / POLL_S[1]  # it kept trying


def test_a_lock_let_go_in_time_is_taken(data_dir, other):
    fake = FakeTime()
    fake.at(2.0, other.release)
    lock, taken, notices = _waiter(data_dir, fake)
    try:
        assert taken and lock.held and 2.0 <= fake.now < 2.0 + POLL_S[1]
        assert len(notices) == 1
    finally:
        lock.release()


def test_no_notice_for_a_short_wait(data_dir, other):
    fake = FakeTime()
    fake.at(0.5, other.release)
    lock, taken, notices = _waiter(data_dir, fake)
    lock.release()
    assert taken and notices == []


def test_while_the_lock_passes_from_command_to_command_it_keeps_waiting(data_dir, other):
    """Another process's id in the lock file every 4 seconds: the queue moves, so 5 seconds per holder."""
    fake = FakeTime()

    def next_holder(pid):
        other.path.write_text(f"{pid}\n", encoding="ascii")

    for n, when in enumerate((4.0, 8.0, 12.0)):
        fake.at(when, lambda pid=900_000 + n: next_holder(pid))
    fake.at(15.0, other.release)
    lock, taken, notices = _waiter(data_dir, fake)
    try:
        assert taken and 15.0 <= fake.now < 15.0 + POLL_S[1]
        assert len(notices) == 1
    finally:
        lock.release()


def test_require_without_a_wait_refuses_at_once(data_dir, other):
    lock = JournalLock(data_dir)
    with pytest.raises(JournalInUse, match="Nothing was changed"):
        lock.require("adding an entry")
    assert not lock.held and other.holder() == os.getpid()
