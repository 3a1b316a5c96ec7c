"""The window side of test_killed_exports.py: a window (with the app's own SIGTERM handling,
app.close_on_terminate) and the Export dialog writing the whole journal as JSON in the background, the way the
app does it. Prints "writing" once the export has started and "quit <status>" when the app has quit.

    python tests/privacy/export_window_worker.py DATA_DIR TARGET [SECONDS]   (passphrase: $JOURNAL_APP_PASSPHRASE)

SECONDS (default 0) makes every write to the export file take that long, like a slow disk, so a signal is
sure to come while the file is being written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    data_dir, target = Path(sys.argv[1]), Path(sys.argv[2])
    slow = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    if slow:
        import time

        from journal_app.services.exporting import json_backup

        write = json_backup._Output.write

        def slow_write(self, data: bytes) -> None:
            time.sleep(slow)
            write(self, data)

        json_backup._Output.write = slow_write
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    from journal_app.app import close_on_terminate
    from journal_app.services.journal import Journal
    from journal_app.ui.therapy.export_dialog import ExportDialog

    journal = Journal.open(data_dir, passphrase=os.environ.get("JOURNAL_APP_PASSPHRASE") or None)
    window = QWidget()
    window.show()
    close_on_terminate(window)
    dialog = ExportDialog(journal, window)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    dialog.show()

    def start() -> None:
        dialog.write_to(target)
        print("writing", flush=True)

    QTimer.singleShot(0, start)
    code = app.exec()
    journal.close()
    print(f"quit {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
