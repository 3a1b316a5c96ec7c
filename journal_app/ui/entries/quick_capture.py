"""A small window to jot a moment in a few seconds: what happened, what it touched, how strong it felt. Saving
makes it a full entry (the same Journal.save the editor uses); it can be filled in further later.

Nothing typed here is ever dropped silently: Esc or closing with words in it asks whether to save them, an
error keeps every word where it was, and while it holds words they are kept as a crash draft (DraftKeeper's
QuickDraftKeeper) that the next start puts back here. "If you are in crisis…" opens the crisis page, which
touches nothing here or in the journal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.timeutil import now_utc
from journal_app.models.values import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    EntryDetail,
    EntryForm,
    TriggerInfo,
    TriggerMark,
)
from journal_app.ui.common.operations import Operation
from journal_app.ui.common.trigger_picker import swatch
from journal_app.ui.common.widgets import problem_label, small_label

TRIGGER_COLUMNS = 2
FRAME_GUESS = (8, 36)  # a desktop's borders and title bar, before the window has been shown once


class QuickCaptureWindow(QWidget):
    """A small window of its own (kept above its parent, the main window): begin() shows it. Not a QDialog,
    on purpose: locking closes the window's dialogs, while this one's words are saved first
    (TrayController.set_journal)."""

    # a new entry was saved from this window; carries its id
    saved = Signal(int)
    # the person changed what the window holds (typed, ticked, rated), or it was emptied
    edited = Signal()

    # what happened
    what: QLineEdit
    note: QPlainTextEdit
    # what it touched: a tick box per trigger, in a grid
    touch_heading: QLabel
    _grid_host: QWidget
    _grid: QGridLayout
    # how strong it felt
    strength_heading: QLabel
    intensity: QSlider
    intensity_value: QLabel
    _strength_top: QWidget
    _strength_row: QWidget
    # notices
    restored: QLabel
    problem: QLabel
    # the buttons
    save_button: QPushButton
    cancel_button: QPushButton
    crisis_button: QPushButton
    safety_plan_button: QPushButton

    def __init__(
        self, journal=None, parent: QWidget | None = None, clock: Callable[[], datetime] = now_utc
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Quick capture"))
        self.setAccessibleName(self.tr("Quick capture"))
        self.journal = journal
        self._clock = clock
        self._started: datetime | None = None  # when this capture began: the moment it is about
        self._rated = False
        self._loading = False
        self._pending: tuple[TriggerMark, ...] = ()  # restored ticks for triggers not read yet
        self._triggers: list[TriggerInfo] = []
        self.checks: dict[int, QCheckBox] = {}
        self._saving: Operation | None = None  # the save under way on a worker, if any
        self._pool = QThreadPool(self)  # its own: a save never waits behind long work on the shared pool
        self._pool.setMaxThreadCount(1)

        heading = self._build_what()
        self._build_touched()
        self._build_strength()
        self._build_notices()
        buttons = self._build_buttons()
        crisis_row = self._build_crisis_row()
        self.data_dir = journal.data_dir if journal is not None else None  # kept while locked: the plan's file

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.what)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(self.touch_heading)
        layout.addWidget(self._grid_host)
        layout.addSpacing(6)
        layout.addWidget(self._strength_top)
        layout.addWidget(self._strength_row)
        layout.addWidget(self.restored)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addLayout(crisis_row)
        self.setMinimumWidth(440)

        self._connect_signals()
        self._reset()
        if journal is not None:
            self.refresh_triggers()

    # -- building ----------------------------------------------------------------------------------
    def _build_what(self) -> QLabel:
        """The line and the optional note; returns the heading above them."""
        heading = QLabel(self.tr("<b>What happened?</b>"))
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("A few words are enough"))
        self.what.setAccessibleName(self.tr("What happened"))
        self.what.setAccessibleDescription(self.tr("A line about the moment; it becomes the entry's title"))
        heading.setBuddy(self.what)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("More, if you like (optional)"))
        self.note.setAccessibleName(self.tr("More about it"))
        self.note.setAccessibleDescription(self.tr("Optional; it becomes the entry's text"))
        self.note.setTabChangesFocus(True)
        lines = self.note.fontMetrics().lineSpacing()
        self.note.setFixedHeight(lines * 4 + 12)
        return heading

    def _build_touched(self) -> None:
        """The heading and the (empty) grid the triggers' tick boxes go in."""
        self.touch_heading = QLabel(self.tr("<b>What did it touch?</b>"))
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)

    def _build_strength(self) -> None:
        """The heading with the value chosen, and the slider between its two ends."""
        self.strength_heading = QLabel(self.tr("<b>How strong did it feel?</b>"))
        self.intensity = QSlider(Qt.Orientation.Horizontal)
        self.intensity.setRange(INTENSITY_MIN, INTENSITY_MAX)
        self.intensity.setPageStep(2)
        self.intensity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.intensity.setTickInterval(1)
        self.intensity.setAccessibleName(self.tr("How strong it felt, 0 to 10"))
        self.intensity.setToolTip(
            self.tr("From 0 (barely) to 10 (overwhelming), for the triggers you ticked")
        )
        self.strength_heading.setBuddy(self.intensity)
        self.intensity_value = QLabel()
        self.intensity_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.intensity_value.setAccessibleName(self.tr("Intensity chosen"))
        self._strength_row = QWidget()
        scale = QHBoxLayout(self._strength_row)
        scale.setContentsMargins(0, 0, 0, 0)
        scale.addWidget(small_label(self.tr("0 barely")))
        scale.addWidget(self.intensity, 1)
        scale.addWidget(small_label(self.tr("10 overwhelming")))
        self._strength_top = QWidget()
        top = QHBoxLayout(self._strength_top)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.strength_heading)
        top.addStretch(1)
        top.addWidget(self.intensity_value)

    def _build_notices(self) -> None:
        self.restored = small_label(
            self.tr("Kept from before the app closed unexpectedly: save it, or close to let it go.")
        )
        self.restored.setAccessibleName(self.tr("Restored writing"))
        self.restored.hide()
        self.problem = problem_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save as an entry"))
        self.save_button.setToolTip(self.tr("Save as an entry (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Close without saving (Esc); you are asked first if you wrote something")
        )
        hint = small_label(self.tr("Ctrl+Enter saves · Esc closes"))
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _build_crisis_row(self) -> QHBoxLayout:
        """The crisis page and the safety plan, one click away (both work while the journal is locked)."""
        self.crisis_button = QPushButton(self.tr("If you are in crisis…"))
        self.crisis_button.setFlat(True)
        self.crisis_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.crisis_button.setStyleSheet("QPushButton { text-align: left; text-decoration: underline; }")
        self.crisis_button.setAccessibleName(self.tr("If you are in crisis: where to get help now"))
        self.crisis_button.setAutoDefault(False)
        self.safety_plan_button = QPushButton(self.tr("My safety plan…"))
        self.safety_plan_button.setFlat(True)
        self.safety_plan_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.safety_plan_button.setStyleSheet("QPushButton { text-align: left; text-decoration: underline; }")
        self.safety_plan_button.setAccessibleName(self.tr("My safety plan"))
        self.safety_plan_button.setAutoDefault(False)
        crisis_row = QHBoxLayout()
        crisis_row.addWidget(self.crisis_button)
        crisis_row.addWidget(self.safety_plan_button)
        crisis_row.addStretch(1)
        return crisis_row

    def _connect_signals(self) -> None:
        self.crisis_button.clicked.connect(self.show_crisis)
        self.safety_plan_button.clicked.connect(self.show_safety_plan)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_soon)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        self.what.returnPressed.connect(self.note.setFocus)  # Enter moves on; it never saves half a thought
        self.save_button.clicked.connect(self.save_soon)
        self.cancel_button.clicked.connect(self.close)
        self.intensity.actionTriggered.connect(self._on_rated)
        self.intensity.valueChanged.connect(self._show_intensity)
        self.what.textChanged.connect(self._on_edited)
        self.note.textChanged.connect(self._on_edited)
        self.intensity.actionTriggered.connect(self._on_edited)

    # -- content -----------------------------------------------------------------------------------
    def set_journal(self, journal) -> None:
        """The journal to save into (None while it is locked: nothing can be saved)."""
        self.journal = journal
        if journal is not None:
            self.data_dir = journal.data_dir
        self.save_button.setEnabled(journal is not None)
        if journal is not None:
            self.refresh_triggers()

    def refresh_triggers(self) -> None:
        """Offer the triggers in use (not archived), keeping what is ticked: read on a worker (the operations
        layer); the tick boxes shown stay until the list is in."""
        from journal_app.ui.common import operations

        journal = self.journal
        if journal is None:
            return

        def read() -> list[TriggerInfo]:
            return journal.triggers()

        def arrived(triggers: object) -> None:
            if journal is self.journal and isinstance(triggers, list):
                self._show_triggers([t for t in triggers if not t.archived])

        operations.run(self, read, arrived, self._show_problem, key=f"quick-triggers-{id(self)}")

    def _show_triggers(self, triggers: list[TriggerInfo]) -> None:
        ticked = {tid for tid, check in self.checks.items() if check.isChecked()}
        if [(t.id, t.name, t.colour) for t in triggers] == [(t.id, t.name, t.colour) for t in self._triggers]:
            return
        for check in self.checks.values():
            check.deleteLater()
        self.checks.clear()
        self._triggers = triggers
        for i, trigger in enumerate(triggers):
            check = QCheckBox(trigger.name)
            check.setIcon(swatch(trigger.colour))
            check.setAccessibleName(
                QCoreApplication.translate("QuickCaptureWindow", "Trigger {name}").format(name=trigger.name)
            )
            check.setToolTip(trigger.description or trigger.name)
            check.setChecked(trigger.id in ticked)
            check.toggled.connect(self._update_intensity_enabled)
            check.toggled.connect(self._on_edited)
            self._grid.addWidget(check, i // TRIGGER_COLUMNS, i % TRIGGER_COLUMNS)
            self.checks[trigger.id] = check
        for widget in (self.touch_heading, self._grid_host):
            widget.setVisible(bool(triggers))
        self._update_intensity_enabled()
        if self._pending:
            self._tick(self._pending)

    def check_for(self, slug: str) -> QCheckBox | None:
        """The tick box of a trigger, by slug (for tests and scripts)."""
        for trigger in self._triggers:
            if trigger.slug == slug:
                return self.checks.get(trigger.id)
        return None

    def form(self) -> EntryForm:
        """What would be saved now."""
        level = self.intensity.value() if self._rated else None
        marks = tuple(TriggerMark(tid, level) for tid, check in self.checks.items() if check.isChecked())
        marks += tuple(TriggerMark(m.trigger_id, level) for m in self._pending)  # restored, not offered now
        return EntryForm(
            occurred_at=self._started or self._clock(),
            title=self.what.text().strip(),
            body=self.note.toPlainText(),
            triggers=marks,
        )

    def has_content(self) -> bool:
        """Something written or ticked that closing would lose."""
        return not self.form().is_blank()

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def apply_form(self, form: EntryForm) -> None:
        """Put back words kept through a crash (they stay unsaved until the person saves them here)."""
        self._loading = True
        try:
            self.what.setText(form.title)
            self.note.setPlainText(form.body)
            self._tick(form.triggers)
            self._started = form.occurred_at
        finally:
            self._loading = False
        self.restored.show()

    def _tick(self, marks: tuple[TriggerMark, ...]) -> None:
        """Tick the triggers of `marks` and show their strength (kept for triggers not offered yet)."""
        self._pending = tuple(m for m in marks if m.trigger_id not in self.checks)
        for mark in marks:
            check = self.checks.get(mark.trigger_id)
            if check is not None:
                check.setChecked(True)
        rated = [m.intensity for m in marks if m.intensity is not None]
        if rated:
            self._rated = True
            self.intensity.setValue(rated[0])
            self._show_intensity()

    def begin(self) -> None:
        """Show the window ready to type (kept as it was if a capture is under way)."""
        if not self.has_content():
            self._started = self._clock()
        if not self.isVisible():
            self.place()
        self.show()
        self.raise_()
        self.activateWindow()
        self.what.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def place(self) -> None:
        """Put the window wholly on one screen: centred over the part of the main window that is on screen
        (else on the screen under the mouse), moved in from the edges and made smaller if it does not fit.
        Left to itself a desktop may put it at a corner or half off the screen."""
        self.adjustSize()
        owner = self.parentWidget()
        anchor = owner.window() if owner is not None else None
        if anchor is not None and (not anchor.isVisible() or anchor.isMinimized()):
            anchor = None
        screen = (
            (anchor.screen() if anchor is not None else None)
            or QGuiApplication.screenAt(QCursor.pos())
            or QGuiApplication.primaryScreen()
        )
        if screen is None:
            return
        area = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        if extra_w <= 0 and extra_h <= 0:  # not shown yet: leave room for a title bar and borders
            extra_w, extra_h = FRAME_GUESS
        width = min(self.width(), max(area.width() - extra_w, self.minimumWidth()))
        height = min(self.height(), area.height() - extra_h)
        self.resize(width, height)
        seen = anchor.frameGeometry().intersected(area) if anchor is not None else area
        centre = seen.center() if not seen.isEmpty() else area.center()
        x = centre.x() - (self.width() + extra_w) // 2
        y = centre.y() - (self.height() + extra_h) // 2
        x = max(area.left(), min(x, area.left() + area.width() - self.width() - extra_w))
        y = max(area.top(), min(y, area.top() + area.height() - self.height() - extra_h))
        self.move(x, y)  # a window's position is where its frame starts

    def show_safety_plan(self):
        """The safety plan beside this window (locked: the copy kept readable then, or a calm note)."""
        from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan

        parent = self.parentWidget() if self.journal is not None else None  # the window: locking closes it
        return show_safety_plan(self.journal, self.data_dir, parent)

    def show_crisis(self):
        """The crisis page beside this window; what is typed here stays as it is."""
        from journal_app.ui.guidance.help_windows import show_crisis

        return show_crisis()

    # -- saving and closing ------------------------------------------------------------------------
    def save_soon(self) -> None:
        """Save (the button, Ctrl+Enter) on a worker: the window keeps answering while the journal writes.
        Meanwhile the fields wait (nothing typed then could be lost); saved, the window empties and closes;
        on a problem it says so here and keeps every word."""
        if self._saving is not None:
            return
        form = self._form_to_save()
        journal = self.journal
        if form is None or journal is None:
            return
        from journal_app.ui.common import operations

        def saved(entry: object) -> None:
            self._saving = None
            self._set_busy(False)
            if isinstance(entry, EntryDetail):
                self._reset()
                self.hide()
                self.saved.emit(entry.id)

        def failed(text: str) -> None:
            self._saving = None
            self._set_busy(False)
            self._show_problem(text)

        self._set_busy(True)
        self._saving = operations.run(self, lambda: journal.save(form), saved, failed, pool=self._pool)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.what, self.note, self._grid_host, self._strength_top, self._strength_row):
            widget.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.journal is not None)

    def _finish_saving(self) -> None:
        """Wait for the save under way on a worker and deliver its answer (before locking or closing)."""
        op = self._saving
        if op is not None and op.ran.wait(60):
            op.deliver_posted()

    def _form_to_save(self) -> EntryForm | None:
        """What to save, or None (with the reason shown) when it cannot be saved now."""
        if self.journal is None:
            self._show_problem(
                self.tr("The journal is locked. Unlock it, then save; your words are kept here.")
            )
            return None
        form = self.form()
        if form.is_blank():
            self._show_problem(self.tr("Write a few words, or tick what it touched, then save."))
            self.what.setFocus()
            return None
        return form

    def save(self) -> bool:
        """Save as a new entry and wait for it (locking, closing); True when saved. On a problem, says so
        here and keeps every word."""
        if self._saving is not None:
            self._finish_saving()
            if self._saving is not None:
                return False  # still writing: the words stay here
            if not self.has_content():
                return True  # the save under way saved it
        form = self._form_to_save()
        if form is None or self.journal is None:
            return False
        try:
            entry = self.journal.save(form)
        except JournalError as exc:
            self._show_problem(str(exc))
            return False
        self._reset()
        self.hide()
        self.saved.emit(entry.id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Esc, Cancel or the window's close button: asks first when something was written."""
        if self.isVisible() and not self._may_close():
            event.ignore()
            return
        event.accept()

    def _may_close(self) -> bool:
        if self.has_content():
            answer = QMessageBox.question(
                self,
                self.tr("Quick capture"),
                self.tr("Save this moment to your journal before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Save:
                return self.save()
            if answer != QMessageBox.StandardButton.Discard:
                return False  # keep writing
        self._reset()
        return True

    def _reset(self) -> None:
        self._loading = True
        try:
            self.what.clear()
            self.note.clear()
            for check in self.checks.values():
                check.setChecked(False)
            self._rated = False
            self._pending = ()
            self.intensity.setValue(INTENSITY_MIN)
            self._show_intensity()
            self._update_intensity_enabled()
            self._show_problem("")
            self.restored.hide()
            self._started = None
        finally:
            self._loading = False
        self.edited.emit()  # emptied: nothing left to keep

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- intensity ---------------------------------------------------------------------------------
    def _on_rated(self, _action: int) -> None:
        self._rated = True
        self._show_intensity()

    def _show_intensity(self, *_args) -> None:
        if self._rated:
            text = QCoreApplication.translate("QuickCaptureWindow", "{n} of 10").format(
                n=self.intensity.value()
            )
        else:
            text = self.tr("Not rated")
        self.intensity_value.setText(text)
        self.intensity.setAccessibleDescription(text)

    def _update_intensity_enabled(self, *_args) -> None:
        any_ticked = any(check.isChecked() for check in self.checks.values())
        self.intensity.setEnabled(any_ticked)
        for widget in (self._strength_top, self._strength_row):
            widget.setVisible(bool(self.checks))  # the strength is a trigger's: no triggers, no scale
