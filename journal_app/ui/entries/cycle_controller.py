"""Between the editor's cycle section and the journal: the person's beliefs and suggestions, the list of moves,
adding a belief or a move of their own, the earlier moments an entry may have repaired, and writing "this
repaired" once the entry is saved. Every journal call goes through the operations layer (never on the UI
thread); a failure's calm sentence shows beside the part it is about and in the status bar.

The beliefs, their strengths, kinder thoughts and moves travel with the entry's form (Journal.save, with the
rest of the entry, by autosave); only the repair links are written apart, because each joins two entries: all of
the entry's at once, in one transaction, right after the entry is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from journal_app.models.cycle_values import (
    BeliefInfo,
    MoveInfo,
    RepairCandidate,
    RepairChoice,
    shown_move_name,
)
from journal_app.models.values import EntryDetail
from journal_app.ui.common import operations

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.entries.entry_editor import EntryEditor

SUGGESTION_LIMIT = 1000  # every belief of the person's own, then the examples: the field filters as they type


class CycleController(QObject):
    # a calm sentence for the status bar (a failure, mostly)
    message = Signal(str)

    def __init__(self, editor: EntryEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.section = editor.cycle
        self.journal: Journal | None = None
        self._offered_for: tuple | None = None  # what the repair candidates shown were read for
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.section.beliefs.addRequested.connect(self.add_belief)
        self.section.moves.manageRequested.connect(self.manage_moves)
        self.section.moves.ownMoveRequested.connect(self.add_own_move)
        self.section.toggled.connect(lambda on: self.offer_repairs() if on else None)

    def attach(self, journal: Journal) -> None:
        self.journal = journal
        self._offered_for = None

    def detach(self) -> None:
        self.journal = None
        self._offered_for = None
        for key in ("cycle-vocabulary", "repair-candidates"):
            operations.drop(key)
        self.section.beliefs.set_known([], [])
        self.section.moves.set_moves([])

    # -- the lists ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the person's beliefs, the suggestions and the list of moves again."""
        journal = self.journal
        if journal is None:
            return

        def work() -> tuple[list[BeliefInfo], list[str], list[MoveInfo]]:
            return journal.beliefs(), journal.suggest_beliefs("", SUGGESTION_LIMIT), journal.moves()

        def show(result: object) -> None:
            if journal is self.journal and isinstance(result, tuple):
                self.section.beliefs.set_known(result[0], result[1])
                self.section.moves.set_moves(result[2])

        operations.run(self.editor, work, show, self.message.emit, key="cycle-vocabulary")

    def add_belief(self, text: str) -> None:
        """Find the belief with these words, or add it to the person's list; then it goes on the entry."""
        journal = self.journal
        if journal is None:
            return

        def added(result: object) -> None:
            if journal is self.journal and isinstance(result, BeliefInfo):
                self.section.beliefs.add(result)
                self.refresh()

        def failed(text: str) -> None:
            self.section.beliefs.show_problem(text)
            self.message.emit(text)

        operations.run(self.editor, lambda: journal.add_belief(text), added, failed, changes=True)

    def add_own_move(self, person_id: int, words: str) -> None:
        """"Something else…": a move in the writer's own words (one already in the list is used as it is),
        ticked for that person."""
        journal = self.journal
        if journal is None:
            return
        moves = self.section.moves
        key = words.casefold()
        known = next((m for m in moves.moves() if key in (m.name.casefold(),
                                                          shown_move_name(m.slug, m.name).casefold())), None)
        if known is not None:
            moves.set_move(person_id, known.id, True)
            return

        def added(result: object) -> None:
            if journal is self.journal and isinstance(result, MoveInfo):
                moves.set_moves([*moves.moves(), result])
                moves.set_move(person_id, result.id, True)
                self.refresh()

        def failed(text: str) -> None:
            moves.show_problem(text)
            self.message.emit(text)

        moves.show_problem("")
        operations.run(self.editor, lambda: journal.add_move(words), added, failed, changes=True)

    def manage_moves(self) -> None:
        """"Add or edit what people did…": the list of moves; the editor's choices follow any change."""
        from journal_app.ui.entries.moves_manager import MovesManagerDialog

        if self.journal is not None and MovesManagerDialog.ask(self.journal, self.editor.window()):
            self.refresh()

    # -- repair -------------------------------------------------------------------------------------
    def entry_shown(self) -> None:
        """Another entry (or a new one) is in the editor."""
        self._offered_for = None
        operations.drop("repair-candidates")
        self.offer_repairs()

    def offer_repairs(self) -> None:
        """Read the earlier moments the saved entry in the editor may have repaired (only while the section is
        open, and again only when the entry's time or people were saved changed)."""
        journal, entry_id = self.journal, self.editor.entry_id
        if journal is None or entry_id is None or not self.section.is_open():
            return
        wanted = (entry_id, self.editor.people.chosen_ids(), self.editor.when.dateTime().toMSecsSinceEpoch())
        if wanted == self._offered_for:
            return
        self._offered_for = wanted

        def show(result: object) -> None:
            if journal is self.journal and self.editor.entry_id == entry_id and isinstance(result, list):
                self.section.repair.set_candidates([c for c in result if isinstance(c, RepairCandidate)])

        def failed(text: str) -> None:
            self._offered_for = None
            self.section.repair.show_problem(text)

        operations.run(self.editor, lambda: journal.repair_candidates(entry_id), show, failed,
                       key="repair-candidates")

    def after_save(self, saved: EntryDetail) -> None:
        """The entry was saved: write "this repaired" when it changed (every link of the entry, in one
        transaction), then offer the moments again."""
        picker = self.section.repair
        journal = self.journal
        if journal is None or not picker.pending():
            self.offer_repairs()
            return
        choices, entry_id = picker.choices(), saved.id

        def linked(result: object) -> None:
            if self.editor.entry_id == entry_id:
                picker.mark_linked(choices, result if isinstance(result, tuple) else ())
                self.section.show_summary()
                self._offered_for = None
                self.offer_repairs()

        def failed(text: str) -> None:
            if self.editor.entry_id == entry_id:
                picker.undo_choice(text)
                self.section.show_summary()
            self.message.emit(text)

        operations.run(self.editor, lambda: journal.set_repairs(entry_id, choices), linked, failed,
                       key="repair-link", changes=True)

    def pending_repair(self) -> tuple[RepairChoice, ...]:
        return self.section.repair.choices()
