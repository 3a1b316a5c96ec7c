"""Saves about a second after typing pauses, on demand (Ctrl+S), and before switching or closing.
Reports honestly what happened: "Not saved yet", "Saving…", "Saved", or why it could not save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from journal_app.core import messages
from journal_app.ui.common.i18n import message

DELAY_MS = 1000
RETRY_MS = 5000


class Autosave(QObject):
    # the words to show in the window's status area
    statusChanged = Signal(str)
    # nothing is pending any more (saved, nothing to save, or a different entry is in the editor)
    settled = Signal()

    def __init__(self, save: Callable[[], bool | str], delay_ms: int = DELAY_MS, parent=None) -> None:
        """`save` writes the editor's content. It returns True when saved, False when there was nothing
        to save (a blank new entry), or a calm reason (str) when saving failed."""
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay = delay_ms
        self._timer.timeout.connect(self.flush)
        self.status = ""

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_status(self, text: str) -> None:
        self.status = text
        self.statusChanged.emit(text)

    def schedule(self) -> None:
        """Something changed: save once typing has paused."""
        self._dirty = True
        self._timer.start(self._delay)
        self._set_status(message(messages.UNSAVED))

    def reset(self, status: str = "") -> None:
        """A different entry is now in the editor and nothing is pending."""
        self._timer.stop()
        self._dirty = False
        self._set_status(status)
        self.settled.emit()

    def flush(self) -> bool:
        """Save now if anything is pending. True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty:
            return True
        self._set_status(message(messages.SAVING))
        outcome = self._save()
        if isinstance(outcome, bool):
            self._dirty = False
            self._set_status(message(messages.SAVED if outcome else messages.NOTHING_TO_SAVE))
            self.settled.emit()
            return True
        self._set_status(str(messages.save_failed(outcome)))
        self._timer.start(RETRY_MS)
        return False
