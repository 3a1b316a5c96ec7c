"""Add, rename, recolour and archive triggers, and link guidance to your own. Built-ins can be hidden, never
deleted. The list, and every change to it, is list_editor.ListEditorDialog's (through the operations layer)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

from journal_app.core import messages
from journal_app.core.palette import OKABE_ITO
from journal_app.models.values import TriggerInfo
from journal_app.ui.common import operations
from journal_app.ui.common.i18n import message
from journal_app.ui.common.trigger_picker import swatch
from journal_app.ui.entries.list_editor import JournalCalls, ListEditorDialog, ListTexts


class TriggerManagerDialog(ListEditorDialog):
    # the list of triggers changed (added, renamed, recoloured, archived, guidance linked)
    triggersChanged = Signal()
    # what it reads and changes (on a worker)
    calls = JournalCalls(read="triggers", add="add_trigger", rename="rename_trigger", archive="set_trigger_archived")

    # what else can be done with the chosen trigger
    colour_button: QPushButton
    guidance_button: QPushButton

    def __init__(self, journal, parent: QWidget | None = None, library=None) -> None:
        self._library = library  # a callable giving the guidance Library (to link articles to own triggers)
        super().__init__(journal, parent)
        self.listChanged.connect(self.triggersChanged)
        self.colour_button.clicked.connect(self._recolour)
        self.guidance_button.clicked.connect(self._link_guidance)

    def texts(self) -> ListTexts:
        return ListTexts(
            title=QCoreApplication.translate("TriggerManagerDialog", "Triggers"),
            intro=QCoreApplication.translate(
                "TriggerManagerDialog",
                "Triggers are the patterns an entry touched. Add your own, such as feeling criticised or "
                "jealousy, and give each a colour you will recognise in the list and the charts.",
            ),
            placeholder=QCoreApplication.translate("TriggerManagerDialog", "New trigger, e.g. Feeling criticised"),
            new_name=QCoreApplication.translate("TriggerManagerDialog", "New trigger name"),
            add=QCoreApplication.translate("TriggerManagerDialog", "Add this trigger"),
            rename=QCoreApplication.translate("TriggerManagerDialog", "Rename the chosen trigger"),
            rename_title=QCoreApplication.translate("TriggerManagerDialog", "Rename trigger"),
        )

    # -- how a trigger is shown ----------------------------------------------------------------------
    def hidden_word(self, item: TriggerInfo) -> str:
        return (
            QCoreApplication.translate("TriggerManagerDialog", "hidden")
            if item.builtin
            else QCoreApplication.translate("TriggerManagerDialog", "archived")
        )

    def icon(self, item: TriggerInfo) -> QIcon:
        return swatch(item.colour, 16)

    def extra_actions(self) -> Sequence[QPushButton]:
        self.colour_button = QPushButton(QCoreApplication.translate("TriggerManagerDialog", "Colour…"))
        self.colour_button.setAccessibleName(
            QCoreApplication.translate("TriggerManagerDialog", "Colour of the chosen trigger")
        )
        self.guidance_button = QPushButton(QCoreApplication.translate("TriggerManagerDialog", "Guidance…"))
        self.guidance_button.setToolTip(
            QCoreApplication.translate(
                "TriggerManagerDialog", "Choose the reading shown when you tag this trigger"
            )
        )
        self.guidance_button.setAccessibleName(
            QCoreApplication.translate("TriggerManagerDialog", "Guidance for the chosen trigger")
        )
        self.guidance_button.setAccessibleDescription(self.guidance_button.toolTip())
        self.guidance_button.setVisible(self._library is not None)
        return (self.colour_button, self.guidance_button)

    def action_order(self) -> list[QPushButton]:
        return [self.rename_button, self.colour_button, self.archive_button, self.guidance_button]

    def update_actions(self, item: TriggerInfo | None) -> None:
        self.colour_button.setEnabled(item is not None)
        self.guidance_button.setEnabled(item is not None and not item.builtin)
        if item is None:
            self.archive_button.setText(QCoreApplication.translate("TriggerManagerDialog", "Archive"))
            self.note.setText("")
        elif item.builtin:
            self.archive_button.setText(
                QCoreApplication.translate("TriggerManagerDialog", "Show again")
                if item.archived
                else QCoreApplication.translate("TriggerManagerDialog", "Hide")
            )
            self.note.setText(message(messages.TRIGGER_BUILTIN_NOTE))
        else:
            self.archive_button.setText(
                QCoreApplication.translate("TriggerManagerDialog", "Unarchive")
                if item.archived
                else QCoreApplication.translate("TriggerManagerDialog", "Archive")
            )
            self.note.setText(message(messages.TRIGGER_ARCHIVE_NOTE))

    # -- its own actions -----------------------------------------------------------------------------
    def _recolour(self) -> None:
        t = self.current()
        if t is None or self.busy:
            return
        for i, hex_colour in enumerate(OKABE_ITO):
            QColorDialog.setCustomColor(i, QColor(hex_colour))
        colour = QColorDialog.getColor(
            QColor(t.colour),
            self,
            QCoreApplication.translate("TriggerManagerDialog", "Colour for {name}").format(name=t.name),
        )
        if colour.isValid():
            journal, hex_name = self._journal, colour.name()
            self.change(lambda: journal.recolour_trigger(t.id, hex_name))

    def _link_guidance(self) -> None:
        """The articles linked to the chosen trigger are read on a worker, then chosen, then saved on one."""
        t = self.current()
        if t is None or t.builtin or self._library is None or self.busy:
            return
        journal = self._journal

        def choose(links: object) -> None:
            assert isinstance(links, dict) and self._library is not None
            chosen = self._choose_guidance(t, links.get(t.slug, ()))
            if chosen is not None:
                self.change(lambda: journal.link_guidance(t.id, chosen))

        self.problem.hide()
        operations.run(self, journal.guidance_links, choose, self.changes.show_problem,
                       key=f"{self._read_key}-links")

    def _choose_guidance(self, trigger: TriggerInfo, linked: tuple[str, ...]) -> tuple[str, ...] | None:
        from journal_app.ui.guidance.guidance_links_dialog import GuidanceLinksDialog

        assert self._library is not None
        return GuidanceLinksDialog.ask(self, self._library(), trigger, linked)
