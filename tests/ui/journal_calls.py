"""Notes every call to a Journal method and the thread it ran on: a test drives a window and then checks that
none of its calls into the journal ran on the UI thread (issue 17)."""

from __future__ import annotations

import functools
import inspect
import threading

from journal_app.services.journal import Journal


class JournalCalls:
    """Wraps every public method of Journal (on the class, for every journal) once `start()` is called."""

    def __init__(self, monkeypatch) -> None:
        self.calls: list[tuple[str, int]] = []
        self._recording = False
        for name, method in inspect.getmembers(Journal, inspect.isfunction):
            if not name.startswith("_"):
                monkeypatch.setattr(Journal, name, self._noting(name, method))

    def _noting(self, name: str, method):
        @functools.wraps(method)
        def call(*args, **kwargs):
            if self._recording:
                self.calls.append((name, threading.get_ident()))
            return method(*args, **kwargs)

        return call

    def start(self) -> None:
        """Note calls from now on (what the test itself set up before is not the window's)."""
        self._recording = True

    def on_the_ui_thread(self) -> list[str]:
        ui = threading.main_thread().ident
        return [name for name, ident in self.calls if ident == ui]

    def names(self) -> set[str]:
        return {name for name, _ident in self.calls}
