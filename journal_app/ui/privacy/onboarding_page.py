"""What every page of Getting started shares (see onboarding.py): its heading and words, a line saying what was
done or what went wrong, and its reads and writes on a worker through the operations layer (issue 17): the page
is disabled while it reads or writes, a newer read drops an older one's answer, and a failure is said on the page
in the operations layer's calm sentence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from journal_app.ui.common import operations
from journal_app.ui.common.widgets import heading, paragraph, problem_label, small_label

WRAP = 520  # the width paragraphs wrap at; the dialog sizes from it


def keys(shortcut) -> str:
    """A shortcut as this platform writes it (Ctrl+Shift+P, ⇧⌘P)."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class Page(QWidget):
    """One step: `load()` shows what the journal holds now; `apply(then)` writes what was chosen and then calls
    `then()` (a failure says why, and the page stays). Both on a worker; `busy` meanwhile."""

    # the page's controls changed (a trigger was added): the dialog sets the Tab order again
    controlsChanged = Signal()
    # a read or a write on a worker began or ended (`busy`, `writing`): the dialog's buttons follow
    busyChanged = Signal()

    def __init__(self, journal, title: str, intro: str) -> None:
        super().__init__()
        self.journal = journal
        self.reading = False  # a read for load() is under way on a worker
        self.writing = False  # a change is being written on a worker
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.layout_.addWidget(heading(title, 1.3, WRAP))
        self.layout_.addWidget(paragraph(intro))
        self.note = small_label("")  # a calm line saying what was just done
        self.note.setAccessibleName(QCoreApplication.translate("Onboarding", "What was done"))
        self.problem = problem_label()
        self.problem.setAccessibleName(QCoreApplication.translate("Onboarding", "Problem"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.say("")

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(self.problem)
        self.layout_.addStretch(1)

    def say(self, problem: str, note: str = "") -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.note.setText(note)
        self.note.setVisible(bool(note))

    @property
    def busy(self) -> bool:
        return self.reading or self.writing

    def _set_busy(self, reading: bool, writing: bool) -> None:
        self.reading, self.writing = reading, writing
        self.setEnabled(not self.busy)  # the controls wait (each keeps its own enabled state for afterwards)
        self.busyChanged.emit()

    def read(self, work: Callable[[], object], show: Callable[[object], None]) -> None:
        """`work()` on a worker, then `show(result)` here; the page is disabled until it is in. A newer read
        drops an older one's answer; a failure is said on the page."""

        def arrived(result: object) -> None:
            show(result)
            self._set_busy(False, self.writing)  # then the dialog focuses the first of the controls shown

        def failed(problem: str) -> None:
            self._set_busy(False, self.writing)
            self.say(problem)

        self._set_busy(True, self.writing)
        operations.run(self, work, arrived, failed, key=f"onboarding-read-{id(self)}")

    def write(self, work: Callable[[], object], done: Callable[[object], None],
              failed: Callable[[], None] | None = None) -> None:
        """`work()` (a change) on a worker, then `done(result)` here; a failure is said on the page, then
        `failed()`. The page is disabled meanwhile, and the journal marked changed."""

        def written(result: object) -> None:
            self._set_busy(self.reading, False)
            done(result)

        def refused(problem: str) -> None:
            self._set_busy(self.reading, False)
            self.say(problem)
            if failed is not None:
                failed()

        self._set_busy(self.reading, True)
        operations.run(self, work, written, refused, changes=True)

    def load(self) -> None:
        pass

    def controls(self) -> list[QWidget]:
        """The page's controls in the order Tab visits them (top to bottom)."""
        return []

    def apply(self, then: Callable[[], None]) -> None:
        then()

    def add_pending(self) -> bool:
        """Return in a line edit with text: add it (True when handled)."""
        return False
