"""Therapy sessions (past and upcoming, each with a private note) and the running list of things to bring
up next time: add, edit, tick off after the session, delete.

Nothing here reads or writes the journal on the UI thread (issue 17): both lists are read on a worker of the
operations layer, and every change is written on one (ui/common/dialog_changes.py: the buttons wait while it
is saved, Close closes once it has answered, a failure is said calmly under the lists, and the journal is marked
changed so the Patterns view's "Since my last session" follows)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.services import therapy
from journal_app.ui.common import operations
from journal_app.ui.common.date_fields import picked_day
from journal_app.ui.common.dialog_changes import DialogChanges
from journal_app.ui.common.formatting import date_style, date_text
from journal_app.ui.common.widgets import heading, paragraph, problem_label, small_label

DATA = Qt.ItemDataRole.UserRole


def session_text(held_on: date, note: str, today: date) -> str:
    """The session's day (in the chosen date format), how soon it is, and the start of its note."""
    when = date_text(held_on)
    days = (held_on - today).days
    if days == 0:
        when = QCoreApplication.translate("SessionsDialog", "{day} — today").format(day=when)
    elif days > 0:
        when = (
            QCoreApplication.translate("SessionsDialog", "{day} — in {n} day")
            if days == 1
            else QCoreApplication.translate("SessionsDialog", "{day} — in {n} days")
        ).format(day=when, n=days)
    first = " ".join(note.split())[:60]
    return when + (f"\n{first}{'…' if len(' '.join(note.split())) > 60 else ''}" if first else "")


def date_edit_format(style: str | None = None) -> str:
    """How a date box shows its day, following the date-format setting (see formatting.date_text)."""
    style = style or date_style()
    if style == "iso":
        return "yyyy-MM-dd"
    if style == "short":
        return QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return "ddd d MMM yyyy"


class SessionsDialog(QDialog):
    # sessions or questions changed (the Patterns view and exports count from the last session)
    changed = Signal()

    # sessions
    sessions: QListWidget
    day: QDateEdit
    note: QPlainTextEdit
    add_session_button: QPushButton
    save_session_button: QPushButton
    delete_session_button: QPushButton
    # things to bring up
    items: QListWidget
    new_item: QLineEdit
    add_item_button: QPushButton
    delete_item_button: QPushButton
    show_done: QCheckBox
    # below both: what went wrong (hidden when nothing did), and what was done
    problem: QLabel
    status: QLabel
    buttons: QDialogButtonBox

    def __init__(self, journal, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SessionsDialog", "Sessions and questions"))
        self.resize(820, 560)
        self._journal = journal
        self.today = today or date.today()
        self._keys = (f"sessions-{id(self)}", f"bring-up-{id(self)}")  # the two lists' reads

        split = QSplitter()
        split.addWidget(self._build_sessions())
        split.addWidget(self._build_questions())
        split.setChildrenCollapsible(False)
        self.problem = problem_label()
        self.problem.hide()
        # a tick that could not be saved is shown as it is
        self.changes = DialogChanges(self, self.problem, after_failure=self.reload_items)
        self.status = paragraph("")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._update_buttons()  # nothing chosen yet (the lists are being read)
        self.reload_sessions()
        self.reload_items()

    # -- building ----------------------------------------------------------------------------------
    def _build_sessions(self) -> QWidget:
        """The sessions, past and upcoming, with the day and private note of the one chosen."""
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(QCoreApplication.translate("SessionsDialog", "Therapy sessions"))
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setSpacing(3)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_edit_format())
        self.day.setAccessibleName(QCoreApplication.translate("SessionsDialog", "Session date"))
        self.day.setDate(QDate.currentDate())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate(
                "SessionsDialog",
                "A private note (optional). Notes stay in your journal and are never exported.",
            )
        )
        self.note.setAccessibleName(
            QCoreApplication.translate("SessionsDialog", "Private note about the session")
        )
        self.note.setTabChangesFocus(True)  # Tab moves on to the buttons (a note needs no tab characters)
        self.note.setMaximumHeight(90)
        self.add_session_button = QPushButton(QCoreApplication.translate("SessionsDialog", "Add session"))
        self.save_session_button = QPushButton(QCoreApplication.translate("SessionsDialog", "Save changes"))
        self.delete_session_button = QPushButton(QCoreApplication.translate("SessionsDialog", "Delete"))
        self.delete_session_button.setAccessibleName(
            QCoreApplication.translate("SessionsDialog", "Delete the chosen session")
        )
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(heading(QCoreApplication.translate("SessionsDialog", "Sessions"), 1.1, 0))
        lv.addWidget(
            small_label(
                QCoreApplication.translate(
                    "SessionsDialog",
                    'Past and upcoming. "Since my last session" counts from the latest one up to today.',
                )
            )
        )
        lv.addWidget(self.sessions, 1)
        lv.addWidget(self.day)
        lv.addWidget(self.note)
        row = QHBoxLayout()
        for b in (self.add_session_button, self.save_session_button, self.delete_session_button):
            row.addWidget(b)
        lv.addLayout(row)

        return left

    def _build_questions(self) -> QWidget:
        """The running list of things to bring up next time."""
        self.items = QListWidget()
        self.items.setAccessibleName(
            QCoreApplication.translate("SessionsDialog", "Things to bring up next time")
        )
        self.items.setSpacing(2)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(
            QCoreApplication.translate("SessionsDialog", "Something to bring up next time…")
        )
        self.new_item.setAccessibleName(QCoreApplication.translate("SessionsDialog", "New thing to bring up"))
        self.add_item_button = QPushButton(QCoreApplication.translate("SessionsDialog", "Add"))
        self.add_item_button.setAccessibleName(
            QCoreApplication.translate("SessionsDialog", "Add this to bring up")
        )
        self.delete_item_button = QPushButton(QCoreApplication.translate("SessionsDialog", "Delete"))
        self.delete_item_button.setAccessibleName(
            QCoreApplication.translate("SessionsDialog", "Delete the chosen thing to bring up")
        )
        self.show_done = QCheckBox(QCoreApplication.translate("SessionsDialog", "Show ticked-off ones"))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(
            heading(QCoreApplication.translate("SessionsDialog", "Things to bring up next time"), 1.1, 0)
        )
        rv.addWidget(
            small_label(
                QCoreApplication.translate(
                    "SessionsDialog",
                    "Tick one off once you have talked about it. Open ones are offered when you export.",
                )
            )
        )
        rv.addWidget(self.items, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_item_button)
        rv.addLayout(add_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_done)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_item_button)
        rv.addLayout(bottom)
        QWidget.setTabOrder(self.add_item_button, self.show_done)  # Tab follows the row as it is shown
        QWidget.setTabOrder(self.show_done, self.delete_item_button)
        return right

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.sessions.currentItemChanged.connect(self._on_session)
        self.add_session_button.clicked.connect(self.add_session)
        self.save_session_button.clicked.connect(self.save_session)
        self.delete_session_button.clicked.connect(self.delete_session)
        self.add_item_button.clicked.connect(self.add_item)
        self.new_item.returnPressed.connect(self.add_item)
        self.delete_item_button.clicked.connect(self.delete_item)
        self.items.itemChanged.connect(self._on_item_ticked)
        self.items.currentItemChanged.connect(self._update_buttons)
        self.show_done.toggled.connect(lambda _on: self.reload_items())
        self.changes.busyChanged.connect(self._update_buttons)
        self.changes.changedElsewhere.connect(self.reload)

    def keyPressEvent(self, event) -> None:
        """Enter belongs to the field it is pressed in: in "Something to bring up…" it adds that (the line's
        returnPressed), in a button it presses that button. It never falls through to a default button, so
        it cannot add a session from the other half of the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPushButton
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- helpers -----------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A list is being read."""
        return any(operations.pending(key) is not None for key in self._keys)

    @property
    def busy(self) -> bool:
        """A change is being saved."""
        return self.changes.busy

    def reload(self) -> None:
        """Both lists again (the journal was changed elsewhere while the dialog is shown)."""
        s = self.current_session()
        self.reload_sessions(s.id if s is not None else None)
        self.reload_items()

    def _change(self, work, done) -> None:
        """Write `work()` on a worker; once it is saved, `done(result)` and `changed`."""

        def saved(result: object) -> None:
            done(result)
            self.changed.emit()

        self.changes.run(work, saved)

    def _update_buttons(self, *_args) -> None:
        idle = not self.busy
        chosen = self.current_session() is not None
        self.add_session_button.setEnabled(idle)
        self.save_session_button.setEnabled(idle and chosen)
        self.delete_session_button.setEnabled(idle and chosen)
        self.add_item_button.setEnabled(idle)
        self.delete_item_button.setEnabled(idle and self.items.currentItem() is not None)

    def reject(self) -> None:
        """Close, once a change being saved has answered."""
        if self.changes.may_close():
            super().reject()

    # -- sessions ----------------------------------------------------------------------------------
    def reload_sessions(self, select_id: int | None = None) -> None:
        """Read the sessions (on a worker), then choose `select_id` (else none: the form adds a new one)."""
        journal = self._journal
        operations.run(self, lambda: therapy.sessions(journal), lambda found: self._show_sessions(found, select_id),
                       self.changes.show_problem, key=self._keys[0])

    def _show_sessions(self, found: object, select_id: int | None) -> None:
        assert isinstance(found, list)
        self.sessions.clear()
        for s in found:
            item = QListWidgetItem(session_text(s.held_on, s.note, self.today))
            item.setData(DATA, s)
            if s.held_on > self.today:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.sessions.addItem(item)
        self.sessions.setCurrentRow(-1)  # nothing chosen: the form adds a new session
        for i in range(self.sessions.count()):
            if self.sessions.item(i).data(DATA).id == select_id:
                self.sessions.setCurrentRow(i)
        self._on_session(self.sessions.currentItem())

    def current_session(self):
        item = self.sessions.currentItem()
        return item.data(DATA) if item else None

    def _on_session(self, item, _previous=None) -> None:
        s = item.data(DATA) if item else None
        self._update_buttons()
        if s is not None:
            self.day.setDate(s.held_on)
            self.note.setPlainText(s.note)

    def add_session(self) -> None:
        if self.busy:
            return
        journal, day, note = self._journal, picked_day(self.day), self.note.toPlainText()

        def added(session: object) -> None:
            self.reload_sessions(getattr(session, "id", None))
            self.status.setText(
                QCoreApplication.translate("SessionsDialog", "Session on {day} added.").format(
                    day=date_text(day)
                )
            )

        self._change(lambda: therapy.add_session(journal, day, note), added)

    def save_session(self) -> None:
        s = self.current_session()
        if s is None or self.busy:
            return
        journal, day, note = self._journal, picked_day(self.day), self.note.toPlainText()
        self._change(lambda: therapy.update_session(journal, s.id, day, note),
                     lambda _saved: self.reload_sessions(s.id))

    def delete_session(self) -> None:
        s = self.current_session()
        if s is None or self.busy:
            return
        question = (
            QCoreApplication.translate("SessionsDialog", "Delete the session on {day} and its note?")
            if s.note
            else QCoreApplication.translate("SessionsDialog", "Delete the session on {day}?")
        )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SessionsDialog", "Delete session"),
            question.format(day=date_text(s.held_on)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_none: object) -> None:
            self.note.clear()
            self.reload_sessions()

        journal = self._journal
        self._change(lambda: therapy.delete_session(journal, s.id), deleted)

    # -- things to bring up ------------------------------------------------------------------------
    def reload_items(self) -> None:
        """Read the things to bring up (on a worker), the ticked-off ones too when they are asked for."""
        journal, include_done = self._journal, self.show_done.isChecked()
        operations.run(self, lambda: therapy.agenda(journal, include_done=include_done), self._show_items,
                       self.changes.show_problem, key=self._keys[1])

    def _show_items(self, found: object) -> None:
        assert isinstance(found, list)
        self.items.blockSignals(True)
        self.items.clear()
        for it in found:
            item = QListWidgetItem(it.text)
            item.setData(DATA, it)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if it.done else Qt.CheckState.Unchecked)
            if it.entry_id is not None:
                item.setToolTip(QCoreApplication.translate("SessionsDialog", "From one of your entries"))
            self.items.addItem(item)
        self.items.blockSignals(False)

    def add_item(self) -> None:
        text = self.new_item.text()
        if not text.strip():
            self.new_item.setFocus()
            return
        if self.busy:
            return

        def added(_item: object) -> None:
            self.new_item.clear()
            self.reload_items()

        journal = self._journal
        self._change(lambda: therapy.add_item(journal, text), added)

    def _on_item_ticked(self, item: QListWidgetItem) -> None:
        it = item.data(DATA)
        done = item.checkState() == Qt.CheckState.Checked
        if it is None or done == it.done:
            return

        def ticked(_item: object) -> None:
            self.reload_items()
            if done:
                self.status.setText(
                    QCoreApplication.translate("SessionsDialog", "Ticked off: {text}").format(text=it.text)
                )

        journal = self._journal
        self._change(lambda: therapy.set_item_done(journal, it.id, done), ticked)

    def delete_item(self) -> None:
        item = self.items.currentItem()
        it = item.data(DATA) if item else None
        if it is None or self.busy:
            return
        journal = self._journal
        self._change(lambda: therapy.delete_item(journal, it.id), lambda _none: self.reload_items())
