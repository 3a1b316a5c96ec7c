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
        monkeypatch.setattr(owner, name, self)

    def __call__(self, *args, **kw):
        self.threads.append(threading.current_thread())
        self.started.set()
        assert self.release.wait(10)
        if self.error is not None:
            raise self.error
        return self.real(*args, **kw)
