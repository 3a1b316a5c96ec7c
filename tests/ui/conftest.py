"""Fixtures that build the real main window on a real journal folder."""

import pytest

from journal_app.services.journal import Journal
from journal_app.ui.common import operations

pytestmark = pytest.mark.gui


class AppHarness:
    """Opens the window on a folder the way app.run does, and can close and reopen it."""

    def __init__(self, qtbot, data_dir):
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.journal = None
        self.window = None

    def open(self):
        from journal_app.ui.shell.main_window import MainWindow

        self.journal = Journal.open(self.data_dir, create=True)
        self.window = MainWindow()
        self.qtbot.addWidget(self.window)
        self.window.show()
        self.window.attach(self.journal)
        operations.wait_all()  # the triggers and people are read on a worker
        return self.window

    def close(self):
        """As the app quits: the window's dialogs closed, what was asked of workers answered (into the window,
        still open), then the window closed and the journal. Nothing a test started runs into the next test (the
        window itself is deleted in the next turn of an event loop)."""
        from PySide6.QtWidgets import QDialog

        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        operations.wait_all()
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


STRONG = "lantern orbit pickle umbrella"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class LockHarness:
    """The window with its LockController on an encrypted journal, a fake clock and private settings."""

    def __init__(self, qtbot, data_dir, settings_path):
        from PySide6.QtCore import QSettings

        self.qtbot = qtbot
        self.data_dir = data_dir
        self.clock = FakeClock()
        self.settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        self.window = self.controller = None

    def open(self, passphrase=STRONG):
        from journal_app.ui.privacy.lock_controller import LockController
        from journal_app.ui.shell.main_window import MainWindow

        self.window = MainWindow()
        self.qtbot.addWidget(self.window)
        self.window.show()
        self.controller = LockController(self.window, self.data_dir, settings=self.settings, clock=self.clock)
        self.controller.attach(Journal.open(self.data_dir, passphrase=passphrase))
        return self.window

    @property
    def journal(self):
        return self.controller.journal

    def close(self):
        dialog = self.controller.unlock_dialog
        if dialog is not None:
            dialog.reject()
        if self.controller.journal is not None:
            self.window.session.autosave.reset("")
            self.controller.journal.close()
            self.controller.journal = None
        self.window.close()


@pytest.fixture
def encrypted_dir(data_dir):
    Journal.init(data_dir, passphrase=STRONG).close()
    return data_dir


@pytest.fixture
def lock_harness(qtbot, encrypted_dir, tmp_path):
    h = LockHarness(qtbot, encrypted_dir, tmp_path / "settings.ini")
    h.open()
    yield h
    h.close()


@pytest.fixture
def german(qapp):
    """The app in German for one test (the real catalog), English again after it."""
    from journal_app.ui.common.i18n import apply_language

    apply_language(qapp, "de")
    yield
    apply_language(qapp, "en")
