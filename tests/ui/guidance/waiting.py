"""The guidance panel waits for the safety cue's rules, which the background preload loads after the first paint
(the UI thread never compiles them: tests/ui/test_first_opens.py): a test that checks the panel at once waits for
them first, as the app has them a moment after it starts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal_app.ui.common import preload


def cue_loaded(qtbot) -> None:
    done: list[bool] = []
    preload.when_charts_ready(preload.CUE_MODULES, lambda: done.append(True), QCoreApplication.instance())
    qtbot.waitUntil(lambda: done == [True], timeout=60000)
