"""The main window: the entry list with search on the left, the editor on the right (or the Patterns view or
the calendar). Layout and wiring only; the work happens in EditingSession, the controllers and the services.

At start-up the app paints a light shell first (title, menus, "Opening your journal…": little beyond a bare
Qt window) and builds the rest right after that first paint (`deferred=True`, then `build_in_slices()`: one short
step per turn of the event loop, each once a worker has imported its modules), so the window is on screen as
fast as Qt allows and keeps answering while it is built.

How it is composed (each part a typed attribute the window sets itself, in `__init__` or `build()`):
- shell (`__init__`): `pages`, the Journal/Edit/Help menus, `prefs`, `journal` (the open Journal or None)
  and `patterns` (the Patterns view, built when first shown);
- parts (`_build_list`, `_build_editor_area`, `_build_pages`): `search_bar`, `model`, `list_view`, `editor`,
  `editor_area` (editor + guidance panel), `right` (editor, Patterns view or calendar), `locked_page`;
- `session` (EditingSession): editor, autosave, crash drafts and list kept in step with the journal;
- actions (`window_actions.make_actions`: `new_action`, `save_action`, …) and controllers, each given only
  the parts it needs: `guidance`, `therapy`, `calendar`, `help`, `tray`; `place_actions()` lays out the menus;
- `_connect_signals()`: the one place the parts and controllers are wired together. A controller asks the
  window for something by a signal; the LockController (made in app.py) works through the small
  LockableWindow protocol (attach, detach, show_locked, …). On attach/detach each controller's
  `set_journal(journal or None)` follows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app import APP_NAME
from journal_app.core import messages
from journal_app.ui.common.i18n import message
from journal_app.ui.common.preferences import Preferences

if TYPE_CHECKING:
    from pathlib import Path

    # (QtGui's Python module costs ~15 ms: not before the first paint)
    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QToolBar

    from journal_app.charts.base import Pick
    from journal_app.services.journal import Journal
    from journal_app.ui.entries.autosave import Autosave
    from journal_app.ui.entries.calendar_controller import CalendarController
    from journal_app.ui.entries.editing_session import EditingSession
    from journal_app.ui.entries.entry_editor import EntryEditor
    from journal_app.ui.entries.entry_list_model import EntryListModel
    from journal_app.ui.entries.entry_list_view import EntryListView
    from journal_app.ui.entries.search_bar import SearchBar
    from journal_app.ui.guidance.guidance_controller import GuidanceController
    from journal_app.ui.patterns.patterns_view import PatternsView
    from journal_app.ui.shell.help_controller import HelpController
    from journal_app.ui.shell.tray import TrayController
    from journal_app.ui.therapy.therapy_controller import TherapyController


# between two build steps: a real timer (Qt runs zero-delay single shots as posted events, one after another in
# the same pass, with no paint, no input and no other timer in between)
SLICE_GAP_MS = 1


def _centred(label: QLabel) -> QWidget:
    """A page with `label` in its middle, centred by stretches around it rather than by Qt.AlignmentFlag (the Qt
    namespace costs ~12 ms to load) or by markup (a label's first rich text ~5 ms): the first paint has neither."""
    page = QWidget()
    rows = QVBoxLayout(page)
    line = QHBoxLayout()
    line.addStretch(1)
    line.addWidget(label)
    line.addStretch(1)
    rows.addStretch(1)
    rows.addLayout(line)
    rows.addStretch(1)
    return page


class MainWindow(QMainWindow):
    # the person asked to lock the journal (Ctrl+L)
    lockRequested = Signal()
    # the person asked to unlock it again (the button on the locked page)
    unlockRequested = Signal()
    # the journal now is (True) or is not (False) encrypted, after a passphrase change or a restore
    encryptionChanged = Signal(bool)

    # -- the parts, built by build() after the first paint ------------------------------------------
    search_bar: SearchBar
    model: EntryListModel
    list_view: EntryListView
    list_empty: QLabel
    list_stack: QStackedWidget
    editor: EntryEditor
    placeholder: QLabel
    editor_area: QSplitter  # the editor, and the guidance panel beside it
    right: QStackedWidget  # the editor area, the Patterns view or the calendar
    content: QSplitter  # the list on the left, `right` on the right
    locked_page: QWidget
    locked_label: QLabel
    unlock_button: QPushButton
    save_status: QLabel
    session: EditingSession
    toolbar: QToolBar
    # the window's own actions (window_actions.make_actions)
    new_action: QAction
    save_action: QAction
    trash_action: QAction
    show_trash_action: QAction
    triggers_action: QAction
    find_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    settings_action: QAction
    about_action: QAction
    passphrase_action: QAction
    backups_action: QAction
    patterns_action: QAction
    lock_action: QAction
    list_delete: QAction
    # the controllers; each but the tray has set_journal(journal or None), called on attach and detach
    guidance: GuidanceController
    therapy: TherapyController
    calendar: CalendarController
    help: HelpController
    tray: TrayController
    parts: tuple[GuidanceController, TherapyController, CalendarController, HelpController]

    def __init__(self, prefs: Preferences | None = None, deferred: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self.prefs = prefs if prefs is not None else Preferences(parent=self)
        self.journal: Journal | None = None
        self.patterns: PatternsView | None = None  # built when first shown (it loads matplotlib)
        self._patterns_wait: QWidget | None = None  # shown meanwhile if its modules are still loading
        self._editor_on = False
        self.built = False
        opening = QCoreApplication.translate("MainWindow", "Opening your journal…")
        self.opening = QLabel(opening)
        self.opening.setAccessibleName(opening)
        self.opening_page = _centred(self.opening)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.opening_page)
        self.setCentralWidget(self.pages)
        self.journal_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Journal"))
        self.edit_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        if not deferred:
            self.build()

    def build(self) -> None:
        """Everything but the shell, at once: the list, the editor, the actions and the controllers."""
        if self.built:
            return
        self.built = True
        for _modules, step in self._build_steps():
            step()

    def build_in_slices(self, done: Callable[[], None], failed: Callable[[Exception], None]) -> None:
        """Everything but the shell, as build() does, in short steps: one per turn of the event loop, so the
        window keeps answering (and painting) while it is built. A step waits, without blocking, until the
        background preload has loaded the modules it needs (ui.common.preload), so the UI thread never stops to
        import them. `done()` follows the last step; an exception in a step goes to `failed(exc)` instead, and
        the building stops there."""
        if self.built:
            QTimer.singleShot(0, done)
            return
        self.built = True
        from journal_app.ui.common.preload import when_loaded

        steps = list(self._build_steps())

        def next_step() -> None:
            if not steps:
                done()
                return
            modules, step = steps.pop(0)

            def run_step() -> None:
                try:
                    step()
                except Exception as exc:
                    failed(exc)
                    return
                QTimer.singleShot(SLICE_GAP_MS, next_step)

            when_loaded(modules, run_step)  # at once, or once the worker has imported them

        QTimer.singleShot(SLICE_GAP_MS, next_step)

    def _build_steps(self) -> Iterator[tuple[tuple[str, ...], Callable[[], None]]]:
        """The build, step by step, in order: (the modules the step imports, the step)."""
        parts: dict[str, QWidget] = {}

        def status() -> None:
            self.save_status = QLabel("")
            self.save_status.setAccessibleName(QCoreApplication.translate("MainWindow", "Save status"))
            self.statusBar().addPermanentWidget(self.save_status)

        def session() -> None:
            from journal_app.ui.entries.editing_session import EditingSession

            self.session = EditingSession(self.editor, self.model, self)

        def place() -> None:
            from journal_app.ui.shell.window_actions import place_actions

            self.toolbar = place_actions(self)
            self._connect_signals()
            self._set_enabled(False)

        entries = "journal_app.ui.entries."
        yield ((entries + "entry_list_model", entries + "entry_list_view", entries + "search_bar"),
               lambda: parts.update(left=self._build_list()))
        yield (entries + "entry_editor",), self._build_editor_area
        yield (), lambda: self._build_pages(parts["left"])
        yield (), status
        yield (entries + "editing_session",), session
        yield ("journal_app.ui.shell.window_actions", "journal_app.ui.common.icons"), self._build_actions
        yield (("journal_app.ui.guidance.guidance_controller", "journal_app.ui.therapy.therapy_controller",
                entries + "calendar_controller", "journal_app.ui.shell.help_controller",
                "journal_app.ui.shell.tray"), self._build_controllers)
        yield (), place

    def _build_list(self) -> QWidget:
        """The search bar over the entry list (or the words saying it is empty); returns the left side."""
        from PySide6.QtCore import Qt

        from journal_app.ui.entries.entry_list_model import ID_ROLE, EntryListModel
        from journal_app.ui.entries.entry_list_view import EntryListView
        from journal_app.ui.entries.search_bar import SearchBar

        self._id_role = ID_ROLE
        self.search_bar = SearchBar()
        self.model = EntryListModel(self, background=True)  # counted; pages read on a worker
        self.list_view = EntryListView(self.model, QCoreApplication.translate("MainWindow", "Entries"))
        self.list_empty = QLabel(message(messages.EMPTY_JOURNAL))
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_empty.setMargin(24)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.list_empty)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search_bar)
        lv.addWidget(self.list_stack, 1)
        return left

    def _build_editor_area(self) -> None:
        """The right-hand side: "no entry chosen", or the editor (with the guidance panel, added later)."""
        from PySide6.QtCore import Qt

        from journal_app.ui.entries.entry_editor import EntryEditor

        self.editor = EntryEditor()
        self.placeholder = QLabel(QCoreApplication.translate("MainWindow", "Opening your journal…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.editor_area = QSplitter()
        self.editor_area.addWidget(self.editor)
        self.editor_area.setChildrenCollapsible(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.editor_area)

    def _build_pages(self, left: QWidget) -> None:
        """The list and the right-hand side split side by side, and the "Locked" page."""
        from PySide6.QtCore import Qt

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 900])
        split.setChildrenCollapsible(False)
        self.content = split
        self.locked_page = QWidget()
        self.locked_label = QLabel(message(messages.LOCKED_PAGE))
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_label.setWordWrap(True)
        self.unlock_button = QPushButton(QCoreApplication.translate("MainWindow", "Unlock…"))
        self.unlock_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Unlock the journal"))
        lp = QVBoxLayout(self.locked_page)
        lp.addStretch(1)
        lp.addWidget(self.locked_label)
        lp.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lp.addStretch(1)
        self._locked_layout = lp
        self.pages.addWidget(split)
        self.pages.addWidget(self.locked_page)
        self.pages.setCurrentWidget(split)

    def _build_actions(self) -> None:
        from journal_app.ui.shell.window_actions import make_actions

        a = make_actions(self)
        self.new_action, self.save_action, self.trash_action = a.new_action, a.save_action, a.trash_action
        self.show_trash_action, self.triggers_action = a.show_trash_action, a.triggers_action
        self.find_action, self.quit_action = a.find_action, a.quit_action
        self.undo_action, self.redo_action = a.undo_action, a.redo_action
        self.settings_action = a.settings_action
        self.about_action, self.passphrase_action = a.about_action, a.passphrase_action
        self.backups_action, self.patterns_action = a.backups_action, a.patterns_action
        self.lock_action, self.list_delete = a.lock_action, a.list_delete

    def _build_controllers(self) -> None:
        """The controllers, each given the parts it works on (wired to the window in _connect_signals)."""
        from journal_app.ui.entries.calendar_controller import CalendarController
        from journal_app.ui.guidance.guidance_controller import PANEL_WIDTH, GuidanceController
        from journal_app.ui.shell.help_controller import HelpController
        from journal_app.ui.shell.tray import TrayController
        from journal_app.ui.therapy.therapy_controller import TherapyController

        status = self.statusBar()
        self.guidance = GuidanceController(self, self.editor)
        self.editor_area.addWidget(self.guidance.panel)
        self.editor_area.setStretchFactor(0, 1)
        self.editor_area.setStretchFactor(1, 0)
        self.editor_area.setSizes([10_000, PANEL_WIDTH])
        self.therapy = TherapyController(self, self.session, self.editor.bring_up, status)
        self.calendar = CalendarController(self, self, self.session, self.search_bar, self.prefs, status)
        self.help = HelpController(self, self.session.autosave.when_saved, self.journal_folder)
        self.tray = TrayController(self, self.prefs, self.quit_action, self.journal_folder)
        self.parts = (self.guidance, self.therapy, self.calendar, self.help)

    def _connect_signals(self) -> None:
        status = self.statusBar()
        self.search_bar.filterChanged.connect(self.model.set_filter)
        self.model.reloaded.connect(self._on_list_reloaded)
        self.model.failed.connect(lambda text: status.showMessage(text, 10000))
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.dataChanged.connect(self._on_rows_read)
        self.session.autosave.statusChanged.connect(self.save_status.setText)
        self.session.editorActive.connect(self._on_editor_active)
        self.session.entryCreated.connect(self._on_entry_created)
        self.session.message.connect(lambda text: status.showMessage(text, 8000))
        self.editor.triggers.manageRequested.connect(self.manage_triggers)
        self.editor.prompts.message.connect(lambda text: status.showMessage(text, 10000))
        self.editor.bringUpRequested.connect(self.therapy.bring_up)
        self.unlock_button.clicked.connect(self.unlockRequested)
        self.model.reloaded.connect(self.calendar.refresh)  # a save, a trash or an import moves the dots
        self.about_action.triggered.connect(self.help.show_about)
        self.guidance.crisisRequested.connect(self.help.show_crisis)
        self.guidance.safetyPlanRequested.connect(self.help.show_safety_plan)
        self.guidance.entriesRequested.connect(self.show_trigger_entries)
        self.therapy.lastSessionChanged.connect(self._on_last_session_changed)
        self.therapy.imported.connect(self.reload_after_import)
        self.help.vocabularyChanged.connect(self.reload_after_import)  # after Getting started
        self.tray.entrySaved.connect(self._on_quick_saved)

    # -- the journal -------------------------------------------------------------------------------
    def attach(self, journal: Journal) -> None:
        """Show an open journal (called once it is open; the window appeared before)."""
        self.journal = journal
        self.session.attach(journal)
        self.refresh_vocabulary(then=lambda: self.session.drafts.offer(self))  # a crash's unsaved writing
        self.model.set_source(journal)
        self._set_enabled(True)
        self.lock_action.setEnabled(bool(getattr(journal, "encrypted", False)))
        self.placeholder.setText(message(messages.NO_ENTRY_SELECTED))
        from journal_app.services.templates import TemplateStore

        self.editor.set_template_store(TemplateStore(journal.data_dir))
        for part in self.parts:
            part.set_journal(journal)
        self.tray.set_journal(journal)
        self.show_locked(False)

    def detach(self) -> Journal | None:
        """Let go of the journal and drop everything read from it from the widgets (the caller has saved
        the editor first and closes the journal). Returns the journal that was attached."""
        from journal_app.ui.common import operations

        journal, self.journal = self.journal, None
        operations.drop(self._vocabulary_key)
        self.show_patterns(False)
        if self.patterns is not None:
            self.patterns.set_source(None)
        self._set_enabled(False)
        self.lock_action.setEnabled(False)
        self.session.detach()
        for part in self.parts:
            part.set_journal(None)
        self.editor.set_template_store(None)
        self.model.set_source(None)
        self.search_bar.search.clear()
        self.search_bar.set_triggers([])
        self.search_bar.set_people([])
        self.search_bar.period.setCurrentIndex(0)
        self.model.set_filter(self.search_bar.current_filter())
        self.list_view.clearSelection()
        self.statusBar().clearMessage()
        self.tray.set_journal(None)  # after clearing: its "could not be saved" stays readable
        self.save_status.clear()
        self.setWindowTitle(APP_NAME)
        return journal

    def journal_folder(self) -> Path | None:
        """The journal folder, open or locked (the LockController knows it while locked)."""
        if self.journal is not None:
            return self.journal.data_dir
        from journal_app.ui.privacy.lock_controller import LockController

        controller = self.findChild(LockController)
        return controller.data_dir if controller is not None else None

    @property
    def autosave(self) -> Autosave:
        """The editor's autosave (the LockController saves through it before locking)."""
        return self.session.autosave

    def open_entry_id(self) -> int | None:
        """The saved entry open in the editor, if one is (to open it again after unlocking)."""
        return self.editor.entry_id if self.built and self._editor_on else None

    def reopen_entry(self, entry_id: int | None) -> None:
        """Open an entry again in the editor and show it chosen in the list (after unlocking); an entry that
        is in the Trash or gone in the meantime is simply not opened."""
        if entry_id is None or self.journal is None:
            return

        def answered(opened: bool) -> None:
            if opened:
                self._select_row_of(entry_id)
                row = self.model.row_of(entry_id)
                if row >= 0:
                    self.list_view.scrollTo(self.model.index(row, 0))

        # read on a worker; one moved to the Trash or emptied from it meanwhile is simply not opened
        self.session.open_entry(entry_id, answered, quiet=True, unless_trashed=True)

    def set_idle_menu(self, menu: QMenu) -> None:
        """Put the "Lock after…" choices under Lock in the Journal menu."""
        actions = self.journal_menu.actions()
        self.journal_menu.insertMenu(actions[actions.index(self.lock_action) + 1], menu)

    def add_locked_page_button(self, button: QPushButton) -> None:
        """A button under Unlock… (and those added before) on the "Locked" page."""
        from PySide6.QtCore import Qt

        layout = self._locked_layout
        # before the stretch at the bottom
        layout.insertWidget(layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_locked(self, locked: bool) -> None:
        """The "Locked" page instead of the list and editor (or back)."""
        self.pages.setCurrentWidget(self.locked_page if locked else self.content)
        if locked:
            self.unlock_button.setFocus()

    def show_opening(self, text: str) -> None:
        """A calm line (e.g. "Opening the newest backup…") in place of the list and editor while a journal is
        being put in place; attach() shows the journal again."""
        from PySide6.QtCore import Qt

        self.opening.setTextFormat(Qt.TextFormat.PlainText)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setText(text)
        self.opening.setAccessibleName(text)
        self.pages.setCurrentWidget(self.opening_page)

    def showing_locked(self) -> bool:
        """Whether the "Locked" page is on show."""
        return self.pages.currentWidget() is self.locked_page

    def _set_enabled(self, enabled: bool) -> None:
        for a in (
            self.new_action,
            self.save_action,
            self.trash_action,
            self.show_trash_action,
            self.triggers_action,
            self.find_action,
            self.lock_action,
            self.passphrase_action,
            self.backups_action,
            self.patterns_action,
        ):
            a.setEnabled(enabled)
        self.search_bar.setEnabled(enabled)

    def refresh_vocabulary(self, then: Callable[[], object] | None = None) -> None:
        """Read the journal's triggers, people and guidance links on a worker, then show them in the editor's
        choices, the search bar's filters and the guidance panel; `then()` follows (attach: a crash draft is
        offered once the editor knows the triggers it holds)."""
        from journal_app.ui.common import operations

        journal = self.journal
        if journal is None:
            return

        def read() -> tuple:
            return journal.triggers(), journal.people(), journal.guidance_links()

        def show(result) -> None:
            if self.journal is not journal:
                return
            triggers, people, links = result
            self.session.show_vocabulary(triggers, people)
            self.search_bar.set_triggers(triggers)
            self.search_bar.set_people(people)
            self.guidance.set_journal(journal, links)
            if then is not None:
                then()

        operations.run(self, read, show, key=self._vocabulary_key)

    @property
    def _vocabulary_key(self) -> str:
        return f"window-vocabulary-{id(self)}"

    # -- the right-hand area (the PaneHost the calendar uses) ---------------------------------------
    def add_pane(self, pane: QWidget) -> None:
        """A view that can take the editor's place (the Patterns view, the calendar)."""
        self.right.addWidget(pane)

    def is_shown(self, pane: QWidget | None) -> bool:
        return pane is not None and self.right.currentWidget() is pane

    def show_pane(self, pane: QWidget | None, leaving: QWidget | None = None) -> None:
        """Show a view (Patterns, calendar) in the right-hand area instead of the editor. None goes back to the
        editor: always, or only when `leaving` (the view asking) is the one on show."""
        if pane is None:
            if leaving is None or self.right.currentWidget() is leaving:
                self.patterns_action.setChecked(False)
                self.calendar.action.setChecked(False)
                self.right.setCurrentWidget(self.editor_area if self._editor_on else self.placeholder)
            return
        self.patterns_action.setChecked(pane is self.patterns)
        self.calendar.action.setChecked(pane is self.calendar.view)
        self.right.setCurrentWidget(pane)

    def show_patterns(self, show: bool = True) -> None:
        """The Patterns view in the right-hand area instead of the editor (or, with show=False, back). Opened
        before the background preload has loaded its modules, a calm note shows first (never an import here)."""
        if not show or self.journal is None:
            self.patterns_action.setChecked(False)
            self.show_pane(None, self.patterns if self.patterns is not None else self._patterns_wait)
            return
        from journal_app.ui.common import preload

        if self.patterns is None and not preload.charts_ready(preload.PATTERNS_MODULES):
            self._wait_for_patterns()
            return
        self._open_patterns()

    def _wait_for_patterns(self) -> None:
        from journal_app.ui.common import preload
        from journal_app.ui.patterns.patterns_pane import loading_pane

        if self._patterns_wait is None:
            self._patterns_wait = loading_pane()
            self.add_pane(self._patterns_wait)
        self.show_pane(self._patterns_wait)
        self.patterns_action.setChecked(True)

        def ready() -> None:
            if self.journal is not None and self.is_shown(self._patterns_wait):
                self._open_patterns()

        preload.when_charts_ready(preload.PATTERNS_MODULES, ready, self)

    def _open_patterns(self) -> None:
        from journal_app.ui.patterns.patterns_pane import feed, new_patterns_view

        journal = self.journal
        if journal is None:
            return
        if self.patterns is None:
            self.patterns = new_patterns_view(self.prefs)
            self.patterns.picked.connect(self._show_picked_entries)
            self.add_pane(self.patterns)
        view = self.patterns
        # the day as last read on a worker; read again in case it changed unseen (if so, the view follows).
        # After feed(), whose imports the read would otherwise contend with from its worker
        feed(view, journal, self.therapy.last_session())
        self.therapy.read_last_session()
        self.show_pane(view)
        self._drop_patterns_wait()
        # what is typed is saved first, off the UI thread (the report counts it); refreshed either way
        self.session.autosave.when_saved(self._refresh_patterns, self._refresh_patterns)
        view.range.setFocus()  # keyboard first: arrows change the range, Tab reaches the charts

    def _refresh_patterns(self) -> None:
        if self.patterns is not None and self.is_shown(self.patterns) and self.patterns.report_for is not None:
            self.patterns.refresh()

    def _drop_patterns_wait(self) -> None:
        if self._patterns_wait is not None:
            self.right.removeWidget(self._patterns_wait)
            self._patterns_wait.deleteLater()
            self._patterns_wait = None

    # -- reactions ---------------------------------------------------------------------------------
    def _on_list_reloaded(self) -> None:
        empty = self.model.rowCount() == 0
        if empty and self.model.error:  # the first page could not be read: say so where the list was
            self.list_empty.setText(self.model.error)
        elif empty:
            text = messages.NO_RESULTS if self.search_bar.is_filtering() else messages.EMPTY_JOURNAL
            self.list_empty.setText(message(text))
        self.list_stack.setCurrentWidget(self.list_empty if empty else self.list_view)
        if self.editor.entry_id is not None:
            self._select_row_of(self.editor.entry_id)

    def _select_row_of(self, entry_id: int) -> None:
        from PySide6.QtCore import QItemSelectionModel

        row = self.model.row_of(entry_id)
        sel = self.list_view.selectionModel()
        sel.blockSignals(True)
        if row >= 0:
            sel.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            sel.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            sel.clearSelection()
        sel.blockSignals(False)
        self.list_view.viewport().update()

    def _on_current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        entry_id = current.data(self._id_role) if current.isValid() else None
        # while the chosen row's page is being read the editor still shows the entry before: Delete waits
        self.list_delete.setEnabled(entry_id is not None or not current.isValid())
        if current.isValid() and entry_id is None:
            return  # the entry opens when its page arrives (_on_rows_read)
        if entry_id is None:
            return

        def answered(opened: bool) -> None:
            self.list_delete.setEnabled(True)
            if not opened and self.editor.entry_id:  # it could not be opened: the one in the editor stays chosen
                self._select_row_of(self.editor.entry_id)

        # read on a worker; meanwhile Delete waits (it would trash the entry shown, not the row chosen)
        self.list_delete.setEnabled(False)
        if not self.session.open_entry(entry_id, answered):
            answered(False)

    def _on_rows_read(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        """Rows were filled in: the one chosen while its page was being read opens now."""
        current = self.list_view.currentIndex()
        if current.isValid() and top.row() <= current.row() <= bottom.row():
            entry_id = current.data(self._id_role)
            if entry_id is not None and entry_id != self.editor.entry_id:
                self._on_current_changed(current, None)

    def _on_editor_active(self, active: bool) -> None:
        self._editor_on = active
        if active or self.right.currentWidget() not in (self.patterns, self._patterns_wait, self.calendar.view):
            self.show_pane(None)
        self.trash_action.setEnabled(active)
        if not active:
            self._select_row_of(-1)

    def _on_entry_created(self, entry_id: int) -> None:
        self.refresh_vocabulary()  # a person named in it may be new
        self.model.reload()
        self._select_row_of(entry_id)

    def _on_last_session_changed(self) -> None:
        """The day of the last session changed (read on a worker): the Patterns view's "Since my last session"
        follows."""
        patterns = self.patterns
        if patterns is not None and patterns.report_for is not None:
            patterns.set_last_session(self.therapy.last_session())
            if self.right.currentWidget() is patterns:
                patterns.refresh()

    def _on_quick_saved(self) -> None:
        """Quick capture saved an entry: the list shows it (unless the journal locked meanwhile)."""
        if self.journal is not None:
            self.model.reload()

    # -- commands ----------------------------------------------------------------------------------
    def new_entry(self) -> None:
        if self.session.new_entry():
            self._select_row_of(-1)

    def _show_picked_entries(self, pick: Pick) -> None:
        """A clicked bar, day or cell: filter the list to its trigger, person and days, and show it."""
        self.search_bar.show_only(pick.trigger_id, pick.person, pick.start, pick.end, pick.entry_ids)
        self.show_patterns(False)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Showing the entries for: {label}").format(
                label=pick.label
            ),
            10000,
        )

    def show_trigger_entries(self, trigger_id: int, name: str) -> None:
        """Every entry tagged with a trigger, whenever it was (from the guidance library)."""
        self.search_bar.show_only(trigger_id)
        self.show_patterns(False)
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Showing the entries where you tagged {name}.").format(
                name=name
            ),
            10000,
        )

    def manage_triggers(self) -> None:
        """The trigger manager, once what is typed has been saved (off the UI thread)."""
        if self.journal is not None:
            self.session.autosave.when_saved(self._open_trigger_manager)

    def _open_trigger_manager(self) -> None:
        if self.journal is None:
            return
        from journal_app.ui.entries.trigger_manager import TriggerManagerDialog

        dialog = TriggerManagerDialog(self.journal, self, library=self.guidance.library)
        dialog.triggersChanged.connect(self._on_triggers_changed)
        dialog.exec()

    def reload_after_import(self) -> None:
        """New entries, triggers and people came in: show them."""
        self._on_triggers_changed()

    def _on_triggers_changed(self) -> None:
        self.refresh_vocabulary()  # names and guidance links may have changed
        self.model.reload()

    def show_trash(self) -> None:
        """The Trash, once what is typed has been saved (off the UI thread)."""
        if self.journal is not None:
            self.session.autosave.when_saved(self._open_trash)

    def _open_trash(self) -> None:
        if self.journal is None:
            return
        from journal_app.ui.entries.trash_dialog import TrashDialog

        dialog = TrashDialog(self.journal, self)
        dialog.trashChanged.connect(self.model.reload)
        dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.journal is not None and not self.session.autosave.flush():
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Not saved"),
                QCoreApplication.translate(
                    "MainWindow", "{status}\n\nClose anyway and lose the latest changes?"
                ).format(status=self.session.autosave.status),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        event.accept()
