"""Start-up: the platform check, the default folder, the window opening on a journal."""

import ctypes
import os

from journal_app import app
from journal_app.core import messages
from journal_app.core.paths import default_data_dir


def test_missing_qt_library_prints_the_apt_line(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")

    def missing(path, *a, **k):
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    problem = app.platform_problem()
    assert "libxcb-cursor.so.0" in problem
    assert messages.APT_LINE in problem
    assert app.run(default_data_dir()) == 1  # prints and returns instead of letting Qt abort


def test_no_display_explains(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert "no screen" in app.platform_problem()


def test_offscreen_needs_no_check():
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert app.platform_problem() is None


def test_default_folder_matches_qt(qapp):
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    old = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName("journal-app")
    QCoreApplication.setOrganizationName("")
    try:
        qt_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setApplicationName(old[0])
        QCoreApplication.setOrganizationName(old[1])
    assert str(default_data_dir()) == qt_dir


def test_run_opens_window_on_default_journal(tmp_path):
    """app.run in a real process on an unencrypted journal: no dialog, shows the window, lists it, quits cleanly.
    (A missing journal shows the welcome dialog first, an encrypted one the unlock dialog: tests/ui/test_welcome.py,
    test_unlock.py.)"""
    import subprocess
    import sys

    from journal_app.services.journal import Journal

    Journal.init(tmp_path / "data" / "journal-app").close()
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    code = ("import sys; from PySide6.QtCore import QTimer; from journal_app import app; "
            "from journal_app.core.paths import resolve_data_dir; "
            "app.startup_watchers.append(lambda stage, window: print(stage, file=sys.stderr) or "
            "(stage == 'journal listed' and QTimer.singleShot(0, window.close))); "
            "sys.exit(app.run(resolve_data_dir()))")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "window shown" in done.stderr and "journal listed" in done.stderr
    folder = tmp_path / "data" / "journal-app"
    assert (folder / "journal.db").exists()
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert oct((folder / "journal.db").stat().st_mode & 0o777) == "0o600"


def test_window_start_does_not_wait_for_the_database_layer_or_matplotlib():
    """`journal-app` imports only Qt before the first window or dialog is on screen: SQLAlchemy and zxcvbn load
    after (while the passphrase is typed), matplotlib never."""
    import subprocess
    import sys

    code = (
        "import sys, journal_app.__main__, journal_app.app, journal_app.ui.shell.main_window, "
        "journal_app.ui.privacy.welcome_dialog, journal_app.ui.privacy.unlock_dialog, "
        "journal_app.ui.privacy.lock_controller; "
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "window = journal_app.ui.shell.main_window.MainWindow(); window.show(); app.processEvents(); "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'matplotlib', 'zxcvbn') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
