"""A stand-in for one journal call that holds its worker until the test lets it go: to show that the window
keeps answering meanwhile (issue 17), and on which thread the call ran."""

from __future__ import annotations

import threading


class Gate:
    """Replaces `owner.name`: answers once `release` is set (or raises `error`), noting the threads it ran on."""

    def __init__(self, owner, name: str, monkeypatch, error: Exception | None = None) -> None:
        self.real, self.error = getattr(owner, name), error
        self.release, self.started = threading.Event(), threading.Event()
        self.threads: list[threading.Thread] = []
        self._armed = False
        monkeypatch.setattr(owner, name, self)
        monkeypatch.setattr(self, "armed", True)  # undone as the test ends: see `armed`

    @property
    def armed(self) -> bool:
        return self._armed

    @armed.setter
    def armed(self, value: bool) -> None:
        """Set back to False by monkeypatch's undo as the test ends (before the window's fixture closes): a gate the
        test left shut (it failed before letting go) opens, so its worker answers now, into this test's window,
        and not in the next test (once, under load, a late failure showed a message box there and Qt aborted)."""
        self._armed = value
        if not value:
            self.release.set()

    def __call__(self, *args, **kw):
        self.threads.append(threading.current_thread())
        self.started.set()
        assert self.release.wait(10)
        if self.error is not None:
            raise self.error
        return self.real(*args, **kw)
