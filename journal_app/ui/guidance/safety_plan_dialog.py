"""My safety plan: the person writes it (ideally with their therapist), chooses where it is kept, and can
print it or save it as PDF. The service is journal_app/services/safety_plan.py.

With the journal open, the dialog edits the plan. While the journal is locked (the unlock dialog, the locked
window, the tray, quick capture), `show_safety_plan` opens a plan kept readable while locked, read-only; a plan
kept inside the journal cannot be read then, and a calm note says it opens after unlocking, with the crisis page
one click away. The button is always there, so the person always knows where to find the plan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.services import safety_plan
from journal_app.services.safety_plan import SafetyPlan
from journal_app.ui.common.widgets import problem_label, scale_font, small_label

_OPEN: list[QDialog] = []  # windows without a parent live as long as Python holds them


def _tr(text: str) -> str:
    """A section's title or prompt, or a sentence of services.safety_plan (marked there with QT_TRANSLATE_NOOP);
    the dialog's own words are self.tr("…") literals, which lupdate reads (it cannot read through this)."""
    return QCoreApplication.translate("SafetyPlanDialog", text)


class SafetyPlanDialog(QDialog):
    """The plan's seven sections, where it is kept, and Print / Save as PDF. `journal` None: read-only (the
    journal is locked and this is the plan kept readable while locked)."""

    # the plan: one editor per section, by key
    editors: dict[str, QPlainTextEdit]
    # where it is kept
    where_box: QWidget
    where_heading: QLabel
    locked_choice: QRadioButton
    journal_choice: QRadioButton
    locked_note: QLabel
    journal_note: QLabel
    choice: QButtonGroup
    plain_note: QLabel
    # notices
    status: QLabel
    problem: QLabel
    # the buttons
    crisis_button: QPushButton
    print_button: QPushButton
    pdf_button: QPushButton
    save_button: QPushButton
    close_button: QPushButton

    def __init__(self, journal=None, *, data_dir: Path | None = None, plan: SafetyPlan | None = None,
                 parent: QWidget | None = None, read_later: bool = False) -> None:
        """`read_later`: the plan is read from the journal on a worker (the dialog shows at once, its fields
        waiting until the plan is in them, so nothing typed meanwhile is overwritten); else read here."""
        super().__init__(parent)
        self.journal = journal
        folder = journal.data_dir if journal is not None else data_dir
        if folder is None:
            raise ValueError("the safety plan needs the journal or its folder")
        self.data_dir = Path(folder)
        self.read_only = journal is None
        self.setWindowTitle(self.tr("My safety plan"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.place: str | None = None
        self.reading = journal is not None and read_later  # the plan is still being read on a worker
        if journal is not None and not read_later:
            plan = safety_plan.load(journal)
            self.place = safety_plan.where(journal)
        self.plan = plan or SafetyPlan()
        self.ask_pdf_path: Callable[[], Path | None] = self._ask_pdf_path  # tests replace these
        self.confirm_close: Callable[[], QMessageBox.StandardButton] = self._confirm_close

        title, intro = self._build_intro()
        scroll = self._build_sections()
        self.where_box = self._build_where()
        self.status = small_label("")
        self.problem = problem_label()
        self.problem.hide()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.where_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(640, 760)
        self.dirty = False
        self._connect_signals()
        self._update_buttons()
        if self.reading:
            self._read_plan()

    def _read_plan(self) -> None:
        from journal_app.ui.common import operations

        journal = self.journal
        self._set_waiting(True)
        self.status.setText(self.tr("Opening your plan…"))
        operations.run(self, lambda: (safety_plan.load(journal), safety_plan.where(journal)),
                       self._plan_read, self._plan_not_read)

    def _set_waiting(self, waiting: bool) -> None:
        for editor in self.editors.values():
            editor.setReadOnly(waiting)
            editor.setEnabled(not waiting)
        self.where_box.setEnabled(not waiting)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(not waiting)
        if waiting:
            self.save_button.setEnabled(False)

    def _plan_read(self, result: object) -> None:
        plan, place = result if isinstance(result, tuple) else (None, None)
        self.plan = plan or SafetyPlan()
        self.place = place
        for key, editor in self.editors.items():
            editor.setPlainText(self.plan.text(key))
        if place == safety_plan.READABLE_LOCKED:
            self.locked_choice.setChecked(True)
        elif place == safety_plan.IN_JOURNAL:
            self.journal_choice.setChecked(True)
        self.reading = False
        self.dirty = False  # what was read is not a change
        self._set_waiting(False)
        self._say()
        self._update_buttons()

    def _plan_not_read(self, problem: str) -> None:
        """Its file could not be read: say so and change nothing (the fields stay closed, nothing is saved)."""
        self.reading = False
        self._say(problem)

    # -- building -------------------------------------------------------------------------------------------
    def _build_intro(self) -> tuple[QLabel, QLabel]:
        title = QLabel(self.tr("My safety plan"))
        scale_font(title, 1.4, bold=True)
        intro = QLabel(self.tr(
            "Write this on a steadier day, ideally with your therapist, so it is ready when things get hard. "
            "A few short lines in each part are enough: you may read it when it is hard to think."
        ) if not self.read_only else self.tr(
            "This is the copy you chose to keep readable while the journal is locked. You can change it after "
            "unlocking."
        ))
        intro.setWordWrap(True)
        return title, intro

    def _build_sections(self) -> QScrollArea:
        """A heading, its prompt and an editor for each section of the plan, scrolling together."""
        body = QWidget()
        sections = QVBoxLayout(body)
        sections.setContentsMargins(0, 0, 8, 0)
        sections.setSpacing(4)
        self.editors = {}
        line = QFontMetrics(self.font()).lineSpacing()
        for section in safety_plan.SECTIONS:
            heading = QLabel(_tr(section.title))
            scale_font(heading, 1.0, bold=True)
            prompt = small_label(_tr(section.prompt))
            editor = QPlainTextEdit()
            editor.setPlainText(self.plan.text(section.key))
            editor.setTabChangesFocus(True)
            editor.setReadOnly(self.read_only)
            editor.setAccessibleName(_tr(section.title))
            editor.setAccessibleDescription(_tr(section.prompt))
            editor.setFixedHeight(line * 4 + 14)
            heading.setBuddy(editor)
            sections.addSpacing(6)
            sections.addWidget(heading)
            sections.addWidget(prompt)
            sections.addWidget(editor)
            self.editors[section.key] = editor
        sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return scroll

    def _build_where(self) -> QWidget:
        """Where it is kept: asked when the plan is first saved, changeable later (the plan then moves)."""
        self.where_heading = QLabel(self.tr("Can it be read while the journal is locked?"))
        scale_font(self.where_heading, 1.0, bold=True)
        self.locked_choice = QRadioButton(self.tr("Yes, keep it readable while locked"))
        self.journal_choice = QRadioButton(self.tr("No, keep it inside my encrypted journal"))
        self.locked_note = small_label(_tr(safety_plan.CHOICE_LOCKED_TEXT))
        self.journal_note = small_label(_tr(safety_plan.CHOICE_JOURNAL_TEXT))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.locked_choice)
        self.choice.addButton(self.journal_choice)
        if self.place == safety_plan.READABLE_LOCKED:
            self.locked_choice.setChecked(True)
        elif self.place == safety_plan.IN_JOURNAL:
            self.journal_choice.setChecked(True)
        self.plain_note = small_label(self.tr(
            "Your journal has no passphrase, so either way anyone who can open your files could read the plan."
        ))
        self.plain_note.setVisible(self.journal is not None and not self.journal.encrypted)
        where = QVBoxLayout()
        where.setContentsMargins(0, 8, 0, 0)
        where.setSpacing(2)
        for widget in (self.where_heading, self.locked_choice, self.locked_note, self.journal_choice,
                       self.journal_note, self.plain_note):
            where.addWidget(widget)
        where_box = QWidget()
        where_box.setLayout(where)
        where_box.setVisible(not self.read_only)
        self.locked_note.setIndent(24)
        self.journal_note.setIndent(24)
        return where_box

    def _build_buttons(self) -> QHBoxLayout:
        self.crisis_button = QPushButton(self.tr("If you are in &crisis…"))
        self.crisis_button.setAccessibleName(self.tr("If you are in crisis: where to get help now"))
        self.crisis_button.setAutoDefault(False)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(not self.read_only)
        self.save_button.setVisible(not self.read_only)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.crisis_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        return buttons

    def _connect_signals(self) -> None:
        for editor in self.editors.values():
            editor.textChanged.connect(self._on_edit)
        self.choice.buttonToggled.connect(lambda *_: self._on_edit())
        self.crisis_button.clicked.connect(self.show_crisis)
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)

    # -- state ----------------------------------------------------------------------------------------------
    def sections(self) -> dict[str, str]:
        return {key: editor.toPlainText() for key, editor in self.editors.items()}

    def _on_edit(self) -> None:
        self.dirty = not self.read_only
        self.status.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.choice.checkedButton() is not None
        self.save_button.setEnabled(self.dirty and chosen)
        self.save_button.setToolTip(
            "" if chosen else self.tr("First choose whether the plan can be read while the journal is locked")
        )

    def _shown_plan(self) -> SafetyPlan:
        """What is on screen (for printing: a plan can be printed before it is saved)."""
        if self.read_only:
            return self.plan
        try:
            return SafetyPlan(safety_plan.clean(self.sections()), self.plan.saved_at)
        except JournalError:
            return SafetyPlan({k: v for k, v in self.sections().items() if v.strip()}, self.plan.saved_at)

    def _say(self, problem: str = "", status: str = "") -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.status.setText(status)

    # -- actions --------------------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.read_only or self.reading or not self.where_box.isEnabled():
            return False
        if self.choice.checkedButton() is None:
            self._say(self.tr("Please choose first whether the plan can be read while the journal is locked. "
                              "Nothing was saved."))
            return False
        locked = self.locked_choice.isChecked()
        try:
            self.plan = safety_plan.save(self.journal, self.sections(), readable_when_locked=locked)
        except JournalError as exc:
            self._say(str(exc))
            return False
        moved = self.place is not None and self.place != (safety_plan.READABLE_LOCKED if locked else
                                                          safety_plan.IN_JOURNAL)
        self.place = safety_plan.READABLE_LOCKED if locked else safety_plan.IN_JOURNAL
        self.dirty = False
        self._update_buttons()
        if locked:
            status = self.tr("Saved. It can be read while the journal is locked.")
        else:
            status = self.tr("Saved inside your journal. It opens after unlocking.")
        if moved:
            status += " " + self.tr("It was moved, and no copy was left in the old place.")
        self._say(status=status)
        return True

    def _ask_pdf_path(self) -> Path | None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the safety plan as PDF"), str(Path.home() / "my-safety-plan.pdf"), "PDF (*.pdf)"
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix else target.with_suffix(".pdf")

    def save_pdf(self) -> Path | None:
        target = self.ask_pdf_path()
        if target is None:
            return None
        from journal_app.core.files import write_atomic
        from journal_app.services.exporting.pdf import render_safety_plan_pdf

        try:
            safety_plan.refuse_target(target, self.data_dir)
            written = write_atomic(target, render_safety_plan_pdf(self._shown_plan(), safety_plan.page_size()),
                                   data_dir=self.data_dir, what="export")
        except JournalError as exc:
            self._say(str(exc))
            return None
        self._say(status=self.tr("Saved as {path}, readable only by you. It is not encrypted.").format(path=written))
        return written

    def print_plan(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from journal_app.services.exporting.pdf import print_safety_plan

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_safety_plan(self._shown_plan(), printer, safety_plan.page_size())
        self._say(status=self.tr("Sent to the printer."))
        return True

    def show_crisis(self):
        from journal_app.ui.guidance.help_windows import show_crisis

        return show_crisis()

    # -- closing --------------------------------------------------------------------------------------------
    def _confirm_close(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Keep your changes?"),
            self.tr("You changed your safety plan. Save the changes before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and self.isVisible():
            answer = self.confirm_close()
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
            self.dirty = False  # saved, or let go: QDialog's own close calls reject(), which must not save
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:  # Esc: the same question as closing
            self.close()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closed by the app (the journal is locking): changes are saved where the person chose, without a
        question that would hold the lock up; with no place chosen yet they cannot be kept."""
        if self.dirty and self.choice.checkedButton() is not None:
            self.save()
        self.dirty = False
        super().reject()


def _parent_for_locked() -> QWidget | None:
    """Like the crisis page: under a dialog that blocks the whole app (the unlock dialog), open as its child."""
    modal = QApplication.activeModalWidget()
    return modal if modal is not None and modal.windowModality() == Qt.WindowModality.ApplicationModal else None


def _keep(widget: QDialog) -> QDialog:
    _OPEN.append(widget)
    widget.finished.connect(lambda _result, w=widget: _OPEN.remove(w) if w in _OPEN else None)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    return widget


def show_safety_plan(journal=None, data_dir: Path | None = None, parent: QWidget | None = None) -> QDialog:
    """Open the plan from anywhere. With the journal open: the plan to read and edit. Locked: the plan kept
    readable while locked (read-only), else a calm note that it opens after unlocking. Never unlocks anything."""
    problem = ""
    if journal is not None:  # read on a worker; a file that cannot be read is said in the dialog
        return _keep(SafetyPlanDialog(journal, parent=parent, read_later=True))
    parent = parent if parent is not None else _parent_for_locked()
    plan = None
    if data_dir is not None and not problem:
        try:
            plan = safety_plan.read_file(data_dir)
        except JournalError as exc:
            problem = str(exc)
    if plan is not None:
        return _keep(SafetyPlanDialog(None, data_dir=data_dir, plan=plan, parent=parent))
    note = QMessageBox(parent)
    note.setIcon(QMessageBox.Icon.Information)
    note.setWindowTitle(QCoreApplication.translate("SafetyPlanDialog", "My safety plan"))
    note.setText(problem or _tr(safety_plan.NONE_READABLE))
    crisis = note.addButton(QCoreApplication.translate("SafetyPlanDialog", "If you are in crisis…"),
                            QMessageBox.ButtonRole.ActionRole)
    note.addButton(QMessageBox.StandardButton.Close)
    crisis.clicked.connect(_open_crisis)
    note.setModal(False)
    note.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
    return _keep(note)


def _open_crisis():
    from journal_app.ui.guidance.help_windows import show_crisis

    return show_crisis()
