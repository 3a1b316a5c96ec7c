"""Guidance in the window: the panel beside the editor (kept up to date as the person ticks triggers and
types), the library, the crisis page and the Help menu entries for them. The articles load the first time
guidance is needed (on a worker when the panel asks for them), not at start."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from journal_app.core import i18n
from journal_app.models.values import BUILTIN_TRIGGERS
from journal_app.services.guidance import CRISIS_ID, Library
from journal_app.ui.common.trigger_picker import TriggerPicker
from journal_app.ui.common.widgets import make_action
from journal_app.ui.guidance.guidance_panel import GuidancePanel

if TYPE_CHECKING:
    from journal_app.services.journal import Journal
    from journal_app.ui.common.operations import Operation
    from journal_app.ui.guidance.guidance_library import GuidanceLibrary

TYPING_PAUSE_MS = 400  # suggestions follow the words after this pause in typing
PANEL_WIDTH = 300


def shown_name(slug: str, name: str) -> str:
    """A trigger's name in the language of the moment: the picker keeps the names it was given, so a built-in
    trigger read before Settings ▸ Language changed ("Withdrawal") is named in the new language ("Rückzug") in the
    panel's "Because you tagged …"; a name the person gave stays as they wrote it."""
    builtin = next((b.name for b in BUILTIN_TRIGGERS if b.slug == slug), None)
    if builtin is not None and name in {i18n.translate_in(code, "triggers", builtin) for code in i18n.available()}:
        return i18n.translate("triggers", builtin)
    return name


class Prompts(Protocol):
    def without_prompts(self, text: str) -> str: ...


class GuidedEditor(Protocol):
    """What guidance reads of the entry editor (ui.entries.entry_editor.EntryEditor): the words, the ticked
    triggers, and when they change."""

    @property
    def edited(self) -> SignalInstance: ...
    @property
    def loaded(self) -> SignalInstance: ...
    @property
    def triggers(self) -> TriggerPicker: ...
    @property
    def title(self) -> QLineEdit: ...
    @property
    def prompts(self) -> Prompts: ...
    def body_text(self) -> str: ...
    def insert_prompt(self, text: str) -> None: ...


class GuidanceController(QObject):
    """The guidance panel (the window puts it beside the editor), the library and the Help menu's guidance
    actions (the window places them)."""

    # the crisis page was asked for
    crisisRequested = Signal()
    # the safety plan was asked for (from the panel's safety line)
    safetyPlanRequested = Signal()
    # the library asked to list the entries tagged with a trigger; carries its id and name
    entriesRequested = Signal(int, str)

    def __init__(self, window: QWidget, editor: GuidedEditor) -> None:
        super().__init__(window)
        self.owner = window  # the parent of the library window
        self.editor = editor
        self.journal: Journal | None = None
        self._library: Library | None = None
        self._reading: Operation | None = None  # the articles being read on a worker
        self._cue_waiting = False  # the safety cue's module is being loaded by the background preload
        self._links: dict[str, tuple[str, ...]] = {}
        self.dialog: GuidanceLibrary | None = None  # the library window, built when first opened
        self.panel = GuidancePanel()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self._make_actions(window)
        editor.edited.connect(self.timer.start)
        editor.triggers.changed.connect(self.refresh)  # a tick shows its reading at once
        editor.loaded.connect(self.refresh)
        self.timer.timeout.connect(self.refresh)
        self.panel.promptChosen.connect(editor.insert_prompt)
        self.panel.openArticle.connect(self.open)
        self.panel.libraryRequested.connect(lambda: self.open(None))
        self.panel.safetyPlanRequested.connect(self.safetyPlanRequested)
        self.panel.languageChanged.connect(self.reload_articles)

    def _make_actions(self, window: QWidget) -> None:
        action = partial(make_action, window)  # action(text, slot, shortcut=None, tip="")

        self.library_action = action(
            QCoreApplication.translate("GuidanceController", "&Guidance library…"),
            lambda: self.open(None),
            QKeySequence.StandardKey.HelpContents,
            QCoreApplication.translate(
                "GuidanceController", "Read about attachment patterns, triggers and therapy"
            ),
        )
        self.panel_action = action(
            QCoreApplication.translate("GuidanceController", "Guidance &beside the entry"),
            self.show_panel,
            "Ctrl+Shift+G",
            QCoreApplication.translate(
                "GuidanceController", "Show or hide related reading next to what you write"
            ),
        )
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        self.crisis_action = action(
            QCoreApplication.translate("GuidanceController", "If you are in &crisis…"),
            lambda: self.open(CRISIS_ID),
            None,
            QCoreApplication.translate(
                "GuidanceController", "This app is not an emergency service: where to get help now"
            ),
        )

    # -- data --------------------------------------------------------------------------------------
    def library(self) -> Library:
        if self._library is None:
            self._library = Library.load()
        return self._library

    def _load_library(self) -> None:
        """Read the articles on a worker (about 40 ms of files and TOML, which the first page of entries no
        longer waits for), then show the panel's suggestions."""
        from journal_app.ui.common import operations

        if self._reading is not None:
            return  # already on its way

        def read() -> Library:
            return Library.load()

        def loaded(library: object) -> None:
            self._reading = None
            if self._library is None and isinstance(library, Library):
                self._library = library
            self.refresh()

        def failed(problem: str) -> None:
            self._reading = None
            operations.show_failure(self.panel, problem)

        self._reading = operations.run(self.panel, read, loaded, failed)

    def reload_articles(self) -> None:
        """Settings ▸ Language changed: the articles are read again in the new language (each in German where it
        has a German text), for the panel's cards and the library window, which stays where it was."""
        if self._library is None and self.dialog is None:
            self.refresh()
            return
        self._library = Library.load()
        if self.dialog is not None:
            self.dialog.set_library(self._library)
        self.refresh()

    def set_journal(self, journal: Journal | None, links: dict[str, tuple[str, ...]] | None = None) -> None:
        """A journal was opened (or closed: None) with its own triggers' guidance `links` (read on a worker by
        the window: MainWindow.refresh_vocabulary; None: as they were)."""
        if links is not None:
            self._links = links
        elif journal is not self.journal:
            self._links = {}
        self.journal = journal
        if self.dialog is not None:
            if journal is None:
                self.dialog.close()
            else:
                self.dialog.trigger_names, self.dialog.linked = self._trigger_names(), self._links
        if journal is None:
            self.timer.stop()
            self.panel.show_suggestions([])
        else:
            self.refresh()

    def _trigger_names(self) -> dict[str, str]:
        return {t.slug: t.name for t in self.editor.triggers.known()}

    # -- the panel ---------------------------------------------------------------------------------
    def show_panel(self, show: bool) -> None:
        self.panel_action.setChecked(show)
        self.panel.setVisible(show)
        if show:
            self.refresh()

    def _cue_loaded(self) -> bool:
        """Whether the safety cue's module is in: typed before the background preload has loaded it, the UI
        thread would stop to compile its rules (0.2-0.7 s); it waits for the preload instead (once)."""
        from journal_app.ui.common import preload

        if preload.charts_ready(preload.CUE_MODULES):
            return True
        if not self._cue_waiting:
            self._cue_waiting = True

            def loaded() -> None:
                self._cue_waiting = False
                self.refresh()

            preload.when_charts_ready(preload.CUE_MODULES, loaded, self)
        return False

    def refresh(self) -> None:
        """Suggestions for what is in the editor now."""
        self.timer.stop()
        if self.journal is None or not self.panel_action.isChecked():
            return
        if self._library is None:
            self._load_library()  # the panel fills in once the articles are read
            return
        if not self._cue_loaded():
            return  # the panel fills in once the safety cue's rules are loaded (off the UI thread)
        editor = self.editor
        known = {t.id: t for t in editor.triggers.known()}
        tagged = [
            (known[m.trigger_id].slug, shown_name(known[m.trigger_id].slug, known[m.trigger_id].name))
            for m in editor.triggers.marks()
            if m.trigger_id in known
        ]
        # the person's own words only: a template's prompts ("…repair…?") must not bring up reading themselves
        text = f"{editor.title.text()}\n{editor.prompts.without_prompts(editor.body_text())}"
        guide = self.library().guide(text, tagged, self._links)
        self.panel.show_suggestions(guide.suggestions, guide.safety)

    # -- the library -------------------------------------------------------------------------------
    def open(self, article_id: str | None) -> None:
        """Open the library (at an article), or the crisis page (its own window, help_windows.CrisisWindow)."""
        if article_id == CRISIS_ID:
            self.crisisRequested.emit()
            return
        from journal_app.ui.guidance.guidance_library import GuidanceLibrary

        if self.dialog is None:
            self.dialog = GuidanceLibrary(self.library(), self._trigger_names(), self._links, self.owner)
            self.dialog.showEntries.connect(self._show_entries)
        if article_id is not None:
            self.dialog.open(article_id)
        elif self.dialog.current_id is None:
            first = self.library().articles()
            if first:
                self.dialog.open(first[0].id)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _show_entries(self, slug: str) -> None:
        if self.journal is None:
            return
        trigger = next((t for t in self.editor.triggers.known() if t.slug == slug), None)
        if trigger is not None:
            self.entriesRequested.emit(trigger.id, trigger.name)
