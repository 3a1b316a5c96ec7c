"""Writing what the Export dialog chose, off the UI thread: the jobs (a summary as PDF, Markdown or CSV, or on
a printer; the whole journal as the JSON backup) and the worker that runs them on a thread of their own with
progress, Cancel and a clean stop when the app quits. A file is written all at once (core.files.write_atomic):
stopped or failed, nothing is left behind. The JSON backup reads the journal on its own pooled connection; the
window may keep saving meanwhile.

Not on the shared pool of the operations layer: a backup of a big journal takes many seconds, and the pool's
few threads are for the previews and the window's reads."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from journal_app.ui.common.background import BackgroundWorker, Cancelled, run_in_thread

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from journal_app.services.exporting.summary import Summary
    from journal_app.services.journal import Journal
    from journal_app.ui.therapy.export_preview import ChartCache

Progress = Callable[[int, int], None]
Job = Callable[[Progress], tuple[Path | None, str]]  # (the file written, or None: printed; the sentence)


def backup_job(journal: Journal, target: Path) -> Job:
    """The whole journal as the JSON backup: progress after each batch of entries; Cancel stops at the next."""
    from journal_app.core.files import write_atomic
    from journal_app.services.exporting.json_backup import write_backup

    data_dir = journal.data_dir  # the partial file is registered there until it is gone

    def job(progress: Progress) -> tuple[Path, str]:
        counted = []
        path = write_atomic(
            target,
            lambda stream: counted.append(write_backup(journal, stream, progress)),
            data_dir=data_dir,
        )
        return path, (
            QCoreApplication.translate("ExportDialog", "Saved the whole journal (1 entry) to {path}.")
            if counted[0] == 1
            else QCoreApplication.translate("ExportDialog", "Saved the whole journal ({n} entries) to {path}.")
        ).format(n=counted[0], path=path)

    return job


def summary_job(target: Path, fmt: str, *, data_dir: Path, bom: bool, summary: Summary | None,
                build_summary: Callable[[], Summary], charts: ChartCache) -> Job:
    """A summary as PDF, Markdown or CSV: the one on screen, else (the choices changed a moment ago) built in
    the job by `build_summary`. The charts are the preview's when nothing they show changed."""
    from journal_app.core.files import write_atomic

    def job(progress: Progress) -> tuple[Path, str]:
        progress(0, 3)
        made = summary if summary is not None else build_summary()
        progress(1, 3)
        data = render(made, fmt, bom, charts, lambda done, total: progress(total + done, 3 * total))
        progress(2, 3)  # Cancel pressed while it was drawn: nothing is written
        path = write_atomic(target, data, data_dir=data_dir)
        n = len(made.entries)
        return path, (
            QCoreApplication.translate("ExportDialog", "Saved 1 entry to {path}.")
            if n == 1
            else QCoreApplication.translate("ExportDialog", "Saved {n} entries to {path}.")
        ).format(n=n, path=path)

    return job


def print_job(printer: QPrinter, summary: Summary | None, build_summary: Callable[[], Summary],
              charts: ChartCache) -> Job:
    """The summary's pages on the printer the person chose in the print dialog: laid out and painted here, on
    the writer's thread (Qt paints on a QPrinter off the GUI thread), as the PDF's are. `summary` as for
    summary_job. Its answer has no path: (None, the sentence).

    Stop stops it while the pages are laid out, before anything is sent. Once they are drawn it goes on to the
    end: Qt cannot take back half a print (nor half a file, printing to one), and half a summary would be
    worse than all of it."""

    def job(progress: Progress) -> tuple[Path | None, str]:
        from journal_app.services.exporting.pdf import print_summary

        def told(done: int, total: int) -> None:
            try:
                progress(total + done, 3 * total)
            except Cancelled:
                if 2 * done < total:  # still laying out: nothing printed yet
                    raise

        progress(0, 3)
        made = summary if summary is not None else build_summary()
        progress(1, 3)
        print_summary(made, printer, charts.images(made), told)
        return None, QCoreApplication.translate("ExportDialog", "Sent to the printer.")

    return job


def render(summary: Summary, fmt: str, bom: bool, charts: ChartCache, progress: Progress | None = None) -> bytes:
    """The bytes of the file, exactly as services.exporting.render makes them, with the kept charts; a PDF,
    which takes long for a long summary, tells `progress` as it goes (and stops there when cancelled)."""
    if fmt == "pdf":
        from journal_app.services.exporting.pdf import render_pdf

        return render_pdf(summary, charts.images(summary), progress)
    if fmt == "md":
        from journal_app.services.exporting.markdown import render_markdown

        return render_markdown(summary, charts.alternatives(summary)).encode("utf-8")
    from journal_app.services.exporting.render import render as render_file

    return render_file(summary, fmt, bom=bom)


class ExportWriter(QObject):
    """Runs one job at a time on a thread of its own; its answer comes back on the UI thread."""

    # written: (path, the sentence to show)
    finished = Signal(object)
    # the calm sentence to show ("" when stopped on purpose)
    failed = Signal(str)
    # done, total
    progressed = Signal(int, int)

    def __init__(self, parent: QObject, unexpected: str) -> None:
        super().__init__(parent)
        self._unexpected = unexpected
        self.writing: QThread | None = None
        self.worker: BackgroundWorker | None = None

    @property
    def busy(self) -> bool:
        return self.writing is not None and self.writing.isRunning()

    def start(self, job: Job, wait: bool = False) -> None:
        """Run `job` in the background; `wait` blocks until it is done, still handling events (tests)."""
        self.worker = BackgroundWorker(job, self._unexpected)
        self.writing = run_in_thread(self, self.worker, finished=self.finished, failed=self.failed,
                                     progressed=self.progressed, wait=wait)

    def cancel(self) -> None:
        """Stop at the job's next progress call; its partial file is removed and `failed("")` follows."""
        if self.worker is not None and self.busy:
            self.worker.cancel()

    def stop_now(self) -> None:
        """The app is quitting: stop and remove the partial file at once (an export is plain text), then wait
        for the thread to finish its clean-up."""
        if not self.busy:
            return
        from journal_app.core.files import abandon_all

        self.cancel()  # the JSON backup stops at its next batch
        abandon_all()
        self.wait(30.0)

    def wait(self, limit: float | None = None) -> None:
        """Wait for the thread to end, handling events meanwhile: the worker's last signal (which also ends
        the thread) is delivered on this thread, so a bare wait() would wait for itself."""
        deadline = None if limit is None else time.monotonic() + limit
        while self.writing is not None and self.writing.isRunning():
            if deadline is not None and time.monotonic() > deadline:
                return
            self.writing.wait(20)
            QCoreApplication.processEvents()
