"""The window on a journal whose folder cannot be written: the entries show, a standing note in the status bar
says nothing can be saved, and no daily backup is attempted (it would fail in that folder)."""

import os
import subprocess

import pytest
from PySide6.QtCore import QSettings

from journal_app.core import messages
from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import backup
from journal_app.services.journal import Journal
from journal_app.ui.privacy.lock_controller import LockController
from journal_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import STRONG


@pytest.fixture
def read_only_copy(encrypted_dir, read_only_view):
    with Journal.open(encrypted_dir, passphrase=STRONG) as journal:
        journal.save(EntryForm(occurred_at=now_utc(), title="Read on a train", body="Only reading today."))
    return read_only_view(encrypted_dir)


def test_read_only_journal_shows_a_standing_note_and_takes_no_backup(qtbot, read_only_copy, tmp_path, monkeypatch):
    tried = []
    monkeypatch.setattr(backup, "daily_backup_if_due", lambda journal, **_: tried.append(journal))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = LockController(window, read_only_copy, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    journal = Journal.open(read_only_copy, passphrase=STRONG)
    assert journal.read_only
    controller.attach(journal)
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        label = controller._read_only_label
        assert label is not None and label.isVisible()
        assert label.text() == "Read-only: nothing can be saved here"
        assert label.toolTip() == messages.READ_ONLY_NOTE
        assert window.statusBar().currentMessage() == messages.READ_ONLY_NOTE
        qtbot.wait(50)
        assert tried == []
    finally:
        controller.journal.close()
        controller.journal = None
        window.close()


def test_the_app_opens_a_read_only_folder_for_reading(read_only_copy, tmp_path):
    """journal-app (the whole start-up, writer lock included) on a folder nobody can write here: no "could not
    be used" refusal, the window shows the entries with the read-only note."""
    import sys
    import textwrap

    code = textwrap.dedent(f'''
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
        refused = []
        QMessageBox.critical = staticmethod(lambda *a, **k: refused.append(a[2]))
        from journal_app.services.journal import Journal
        from journal_app.ui.shell import main_window
        from journal_app.ui.privacy import unlock_dialog
        # the passphrase as the unlock dialog would pass it on (the dialog itself is tested elsewhere)
        unlock_dialog.UnlockDialog.ask = classmethod(lambda cls, parent, folder: Journal.open(folder,
                                                     passphrase={STRONG!r}))
        seen = {{}}
        shown = main_window.MainWindow.show

        def show(window):
            shown(window)

            def look():
                if window.model.rowCount() == 0:
                    QTimer.singleShot(100, look)
                    return
                labels = [label.text() for label in window.statusBar().findChildren(QLabel)]
                seen["note"] = any("nothing can be saved here" in text for text in labels)
                seen["rows"] = window.model.rowCount()
                window.close()

            QTimer.singleShot(200, look)

        main_window.MainWindow.show = show
        from journal_app.app import run
        code = run({str(read_only_copy)!r})
        print("refused:", refused)
        print("note:", seen.get("note"), "rows:", seen.get("rows"))
        sys.exit(code)
    ''')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "refused: []" in done.stdout, done.stdout
    assert "note: True rows: 1" in done.stdout, (done.stdout, done.stderr)
