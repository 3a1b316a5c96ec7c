"""Opening Patterns before the background preload has loaded its modules shows a calm note first and the view
once they are in, never importing them on the UI thread (issue 17): a test that opens it waits for the view."""

from __future__ import annotations


def patterns_shown(qtbot, window, timeout: int = 60000):
    """Wait until the window's Patterns view is built and on show; returns it."""
    qtbot.waitUntil(lambda: window.patterns is not None and window.is_shown(window.patterns), timeout=timeout)
    return window.patterns
