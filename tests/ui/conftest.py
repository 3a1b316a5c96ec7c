"""Fixtures that build the real main window on a real journal folder."""

import pytest

from journal_app.journal import Journal

pytestmark = pytest.mark.gui


class AppHarness:
    """Opens the window on a folder the way app.run does, and can close and reopen it."""

    def __init__(self, qtbot, data_dir):
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.journal = None
        self.window = None

    def open(self):
        from journal_app.ui.main_window import MainWindow

        self.journal = Journal.open(self.data_dir, create=True)
        self.window = MainWindow()
        self.qtbot.addWidget(self.window)
        self.window.show()
        self.window.attach(self.journal)
        return self.window

    def close(self):
        self.window.close()
        self.journal.close()
        self.window = self.journal = None


@pytest.fixture
def harness(qtbot, data_dir):
    h = AppHarness(qtbot, data_dir)
    h.open()
    yield h
    if h.window is not None:
        h.close()


@pytest.fixture
def window(harness):
    return harness.window
