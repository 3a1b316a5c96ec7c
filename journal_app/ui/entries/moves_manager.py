"""The list of what people did (moves), edited the way triggers are: add your own, rename, hide a built-in or
archive your own (entries keep it). The list, and every change to it, is list_editor.ListEditorDialog's (through
the operations layer)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from journal_app.models.cycle_values import MoveInfo, shown_move_name
from journal_app.ui.entries.list_editor import JournalCalls, ListEditorDialog, ListTexts


class MovesManagerDialog(ListEditorDialog):
    # the list of moves changed (added, renamed, hidden or shown again)
    movesChanged = Signal()
    # what it reads and changes (on a worker)
    calls = JournalCalls(read="moves", add="add_move", rename="rename_move", archive="set_move_archived")

    def __init__(self, journal, parent: QWidget | None = None) -> None:
        super().__init__(journal, parent)
        self.listChanged.connect(self.movesChanged)

    def texts(self) -> ListTexts:
        return ListTexts(
            title=QCoreApplication.translate("MovesManagerDialog", "What people did"),
            intro=QCoreApplication.translate(
                "MovesManagerDialog",
                "What the other person did in a moment, named for what was done. Add your own, such as "
                "cancelled plans or made a joke; a move you hide stays on the entries that have it.",
            ),
            placeholder=QCoreApplication.translate("MovesManagerDialog", "Something they did, e.g. Cancelled plans"),
            new_name=QCoreApplication.translate("MovesManagerDialog", "New move"),
            add=QCoreApplication.translate("MovesManagerDialog", "Add this move"),
            rename=QCoreApplication.translate("MovesManagerDialog", "Rename the chosen move"),
            rename_title=QCoreApplication.translate("MovesManagerDialog", "Rename"),
        )

    # -- how a move is shown -------------------------------------------------------------------------
    def shown_name(self, item: MoveInfo) -> str:
        return shown_move_name(item.slug, item.name)

    def update_actions(self, item: MoveInfo | None) -> None:
        hidden = item is not None and item.archived
        self.archive_button.setText(
            QCoreApplication.translate("MovesManagerDialog", "Show again")
            if hidden
            else QCoreApplication.translate("MovesManagerDialog", "Hide")
        )
        self.archive_button.setAccessibleName(
            QCoreApplication.translate("MovesManagerDialog", "Show the chosen move again")
            if hidden
            else QCoreApplication.translate("MovesManagerDialog", "Hide the chosen move")
        )
        self.note.setText(
            ""
            if item is None
            else QCoreApplication.translate(
                "MovesManagerDialog",
                "Hidden moves are no longer offered; entries that have them keep them.",
            )
        )
