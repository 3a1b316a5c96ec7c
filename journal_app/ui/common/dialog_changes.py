"""The journal writes of one dialog, through the operations layer: each runs on a worker and marks the journal
changed; while any is under way the dialog is busy (it turns its buttons off), and Close waits for the answer
so a change is never half-reported. A failure is said calmly in the dialog's problem line (hidden again when
the next change starts). The "journal changed" that follows the dialog's own change is not passed
on (the dialog reads what it changed already); one from anywhere else, while the dialog is shown, is
(`changedElsewhere`), so the dialog reads the journal again. Used by the list editor (triggers, what people
did) and the sessions dialog."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel

from journal_app.ui.common import operations


class DialogChanges(QObject):
    # a change started while none was under way (True), or the last one under way answered (False)
    busyChanged = Signal(bool)
    # the journal was changed by something else while the dialog is shown: read it again
    changedElsewhere = Signal()

    def __init__(self, dialog: QDialog, problem: QLabel, after_failure: Callable[[], None] | None = None) -> None:
        """`problem` is the line that says what went wrong; `after_failure()` runs once a failure is shown."""
        super().__init__(dialog)
        self._dialog = dialog
        self._problem = problem
        self._after_failure = after_failure
        self._saving = 0  # changes not answered yet
        self._close_when_saved = False
        self._own_change = False  # the next "journal changed" follows this dialog's own change
        operations.hub().journalChanged.connect(self._journal_changed)

    @property
    def busy(self) -> bool:
        """A change is being saved."""
        return self._saving > 0

    def run(self, work: Callable[[], object], done: Callable[[object], None] | None = None) -> None:
        """Write `work()` on a worker; once it has answered, `done(result)` (or the failure shown)."""

        def changed(result: object) -> None:
            try:
                if done is not None:
                    done(result)
            finally:
                self._own_change = True  # the "journal changed" that follows this answer
                self._answered()

        def failed(message: str) -> None:
            try:
                self.show_problem(message)
                if self._after_failure is not None:
                    self._after_failure()
            finally:
                self._answered()

        self._problem.hide()
        self._saving += 1
        if self._saving == 1:
            self.busyChanged.emit(True)
        operations.run(self._dialog, work, changed, failed, changes=True)

    def show_problem(self, message: str) -> None:
        """Say what went wrong (a change, or reading the journal); "" says nothing."""
        self._problem.setText(message)
        self._problem.setVisible(bool(message))

    def may_close(self) -> bool:
        """True when the dialog may close now; else it closes once the change under way has answered."""
        if self.busy:
            self._close_when_saved = True
            return False
        return True

    def _answered(self) -> None:
        self._saving -= 1
        if self.busy:
            return
        self.busyChanged.emit(False)
        if self._close_when_saved:
            self._close_when_saved = False
            QDialog.reject(self._dialog)  # the dialog's own reject() asked to wait for this

    def _journal_changed(self) -> None:
        if self._own_change:
            self._own_change = False
        elif shiboken6.isValid(self._dialog) and self._dialog.isVisible():
            self.changedElsewhere.emit()
