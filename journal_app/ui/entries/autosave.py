"""Saves about a second after typing pauses, on demand (Ctrl+S), and before switching or closing.
Reports honestly what happened: "Not saved yet", "Saving…", "Saved", or why it could not save.

With `save_later`, the save after a pause runs off the UI thread (the window keeps answering while the
journal writes and syncs): what the editor held when it started is saved, typing meanwhile stays "not saved
yet" and is saved after the next pause, and only a save that caught up with every change settles. `flush()`
(switching, locking, closing) first waits for the writes under way (`drain`), then saves what is left at
once. `when_saved(then)` (before a dialog that reads the journal) never saves on the UI thread: it starts the
save off it, if one is needed, and calls `then()` once what was typed has landed; not if it failed (the
status says why)."""

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

    def __init__(
        self,
        save: Callable[[], bool | str],
        delay_ms: int = DELAY_MS,
        parent=None,
        *,
        save_later: Callable[[Callable[[bool | str], None]], None] | None = None,
        drain: Callable[[], bool] | None = None,
    ) -> None:
        """`save` writes the editor's content. It returns True when saved, False when there was nothing
        to save (a blank new entry), or a calm reason (str) when saving failed. `save_later(landed)` starts
        the same off the UI thread and calls `landed(outcome)` on the UI thread when it is done; `drain()`
        waits until the writes under way (a save it started, a crash draft) have landed (False: not in time)."""
        super().__init__(parent)
        self._save = save
        self._save_later = save_later
        self._drain = drain
        self._dirty = False
        self._edits = 0  # changes so far: a save landing knows whether newer typing came meanwhile
        self._epoch = 0  # a new entry in the editor: a save still landing was for the one before
        self.saving = False  # a save started by save_later has not landed yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay = delay_ms
        self._timer.timeout.connect(self._on_pause)
        self.status = ""
        # when_saved: (then, failed) called once what is typed has landed, or could not be saved
        self._waiting: list[tuple[Callable[[], None], Callable[[], None] | None]] = []

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_status(self, text: str) -> None:
        self.status = text
        self.statusChanged.emit(text)

    def schedule(self) -> None:
        """Something changed: save once typing has paused."""
        self._dirty = True
        self._edits += 1
        self._timer.start(self._delay)
        self._set_status(message(messages.UNSAVED))

    @property
    def edits(self) -> int:
        """How many changes were made so far (a save compares it with the count when it started)."""
        return self._edits

    def reset(self, status: str = "") -> None:
        """A different entry is now in the editor and nothing is pending."""
        self._timer.stop()
        self._dirty = False
        self._epoch += 1
        self.saving = False
        self._set_status(status)
        self.settled.emit()
        self._release(True)

    def save_soon(self) -> None:
        """Save what is pending now rather than after the pause (off the UI thread when it can)."""
        if self._dirty and not self.saving:
            self._timer.stop()
            self._on_pause()

    def _on_pause(self) -> None:
        """Typing paused (or a failed save's retry is due): save, off the UI thread when it can."""
        if self._save_later is None:
            self.flush()
            return
        if not self._dirty or self.saving:
            return  # a save under way: newer typing is saved after it lands
        started, epoch = self._edits, self._epoch
        self.saving = True
        self._set_status(message(messages.SAVING))
        self._save_later(lambda outcome: self._landed(outcome, started, epoch))

    def _landed(self, outcome: bool | str, started: int, epoch: int) -> None:
        if epoch != self._epoch:
            return  # another entry is in the editor now
        self.saving = False
        if isinstance(outcome, bool):
            if self._edits == started:
                self._dirty = False
                self._set_status(message(messages.SAVED if outcome else messages.NOTHING_TO_SAVE))
                self.settled.emit()
                self._release(True)
            elif self._waiting:  # typed on meanwhile, and a dialog waits: save that now
                self._on_pause()
            else:  # typed on meanwhile: that is saved after the next pause
                self._set_status(message(messages.UNSAVED))
                self._timer.start(self._delay)
            return
        self._set_status(str(messages.save_failed(outcome)))
        self._timer.start(RETRY_MS)
        self._release(False)

    def when_saved(self, then: Callable[[], None], failed: Callable[[], None] | None = None) -> None:
        """Call `then()` once nothing typed is left unsaved: at once when nothing is pending, else after the
        save (started now, off the UI thread) has landed. When it failed, `failed()` instead (if given): the
        status says why, and the words stay in the editor. The same `then` asked for again while it waits is
        called once. (Without `save_later`: saved here, as flush() does.)"""
        if self._save_later is None:
            call = then if self.flush() else failed
            if call is not None:
                call()
            return
        if not self._dirty and not self.saving:
            then()
            return
        if (then, failed) not in self._waiting:
            self._waiting.append((then, failed))
        if not self.saving:
            self._timer.stop()
            self._on_pause()

    def _release(self, saved: bool) -> None:
        """What when_saved holds: called from the event loop (after the write lane has moved on)."""
        waiting, self._waiting = self._waiting, []
        for then, failed in waiting:
            call = then if saved else failed
            if call is not None:
                QTimer.singleShot(0, self, call)

    def flush(self) -> bool:
        """Save now if anything is pending (after a save under way has landed). True when nothing is left
        unsaved."""
        self._timer.stop()
        if self._drain is not None and not self._drain():
            return False  # still writing: nothing is lost, the words stay in the editor
        self._timer.stop()  # (a save that landed with newer typing asked for another)
        if not self._dirty:
            return True
        self._set_status(message(messages.SAVING))
        outcome = self._save()
        if isinstance(outcome, bool):
            self._dirty = False
            self._set_status(message(messages.SAVED if outcome else messages.NOTHING_TO_SAVE))
            self.settled.emit()
            if self._drain is not None:
                self._drain()  # the draft let go after it (nothing is left writing when the journal closes)
            self._release(True)
            return True
        self._set_status(str(messages.save_failed(outcome)))
        self._timer.start(RETRY_MS)
        self._release(False)
        return False
