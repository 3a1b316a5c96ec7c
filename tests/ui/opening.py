"""Opening an entry in the editor the way a click on its row does (it is read on a worker: the operations
layer), waiting until it is shown."""

from __future__ import annotations

from journal_app.ui.common import operations


def open_entry(window, entry_id: int) -> bool:
    """True once the entry is in the editor."""
    started = window.session.open_entry(entry_id)
    operations.wait_all()
    return started and window.editor.entry_id == entry_id


def opened_export(window, timeout_ms: int = 60000):
    """The window's Export dialog once it has opened (what it reads as it opens is read on a worker first, and
    the modules it needs are loaded by the background preload, which a test process may have to wait for)."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QThreadPool

    clock = QElapsedTimer()
    clock.start()
    while window.therapy.export_dialog is None and clock.elapsed() < timeout_ms:
        QCoreApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(10)
    return window.therapy.export_dialog
