"""The entry editor: when, title, the words, triggers with intensity, people, the share toggle, and the cycle
(what I told myself, what they did, what this repaired) folded under one line."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.models.cycle_values import RepairChoice
from journal_app.models.values import EntryDetail, EntryForm, PersonInfo, TriggerInfo, first_sentence
from journal_app.ui.common.reflow_row import ReflowRow
from journal_app.ui.common.trigger_picker import TriggerPicker
from journal_app.ui.common.widgets import scale_font
from journal_app.ui.entries.cycle_section import CycleSection
from journal_app.ui.entries.people_picker import PeoplePicker
from journal_app.ui.entries.response_picker import ResponsePicker
from journal_app.ui.entries.template_picker import TemplatePicker


def body_placeholder() -> str:
    return QCoreApplication.translate(
        "EntryEditor",
        "What happened? What did you feel, and what did you do?\n\n"
        "Write as much or as little as you like. It saves by itself.",
    )


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, tz=UTC)


class EntryEditor(QWidget):
    # anything the user can change was changed (typing, ticking, picking)
    edited = Signal()
    # another entry (or a new, empty one) is now in the editor
    loaded = Signal()
    # "Bring up next time": carries the selected words, or the entry's title or first sentence
    bringUpRequested = Signal(str)

    # the header: when, the prompts, "bring up next time" and the share toggle
    when: QDateTimeEdit
    shared: QCheckBox
    bring_up: QPushButton
    prompts: TemplatePicker
    # the words
    title: QLineEdit
    body: QPlainTextEdit
    # the details below them
    triggers: TriggerPicker
    responses: ResponsePicker
    people: PeoplePicker
    # the cycle: beliefs, what they did, repair (folded unless the entry holds any)
    cycle: CycleSection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_id: int | None = None
        self._occurred_at: datetime = datetime.now(UTC)
        self._loading = False
        # The saved text is kept as it was, byte for byte, until the person edits that field: Qt's text
        # boxes normalise line endings (and QTextDocument.toPlainText turns no-break spaces into spaces).
        self._title, self._body = "", ""
        self._title_edited = self._body_edited = False

        self._build_header_fields()
        self._build_words()
        self._build_pickers()
        top = self._build_top_row()
        details = self._build_details()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.body)
        # the details scroll when the window is too short or narrow for them, so the writing keeps its room
        below = QScrollArea()
        below.setWidget(details)
        below.setWidgetResizable(True)
        below.setFrameShape(QScrollArea.Shape.NoFrame)
        below.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        self._connect_signals()

    # -- building ----------------------------------------------------------------------------------
    def _build_header_fields(self) -> None:
        """When it happened, the share toggle and "Bring up next time"."""
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setAccessibleName(QCoreApplication.translate("EntryEditor", "When it happened"))
        self.when.setToolTip(
            QCoreApplication.translate("EntryEditor", "When it happened (you can change the date and time)")
        )
        self.when.setAccessibleDescription(
            QCoreApplication.translate(
                "EntryEditor", "The date and time of the moment; arrows change the part the cursor is in"
            )
        )
        self.shared = QCheckBox(QCoreApplication.translate("EntryEditor", "May share with my therapist"))
        self.shared.setAccessibleName(
            QCoreApplication.translate("EntryEditor", "May share with my therapist")
        )
        self.shared.setToolTip(
            QCoreApplication.translate(
                "EntryEditor", "Only entries you tick can go into a summary you choose to export."
            )
        )
        self.shared.setAccessibleDescription(self.shared.toolTip())
        self.bring_up = QPushButton(QCoreApplication.translate("EntryEditor", "Bring up next time"))
        self.bring_up.setAccessibleName(
            QCoreApplication.translate(
                "EntryEditor", "Add the selected words, or this entry, to things to bring up next time"
            )
        )
        self.bring_up.setToolTip(
            QCoreApplication.translate(
                "EntryEditor",
                "Add the selected words (or this entry) to the things to bring up at your next session",
            )
        )

    def _build_words(self) -> None:
        """The title and the text."""
        self.title = QLineEdit()
        self.title.setPlaceholderText(QCoreApplication.translate("EntryEditor", "Title (optional)"))
        self.title.setAccessibleName(QCoreApplication.translate("EntryEditor", "Title"))
        scale_font(self.title, 1.25)
        self.title.setFrame(False)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(body_placeholder())
        self.body.setAccessibleName(QCoreApplication.translate("EntryEditor", "Entry text"))
        self.body.setAccessibleDescription(
            QCoreApplication.translate(
                "EntryEditor",
                "What happened, what you felt and what you did, in your own words. "
                "It saves by itself. Tab moves on to the next field.",
            )
        )
        self.body.setTabChangesFocus(True)
        scale_font(self.body, 1.1)

    def _build_pickers(self) -> None:
        """Triggers, people, what I did, and the reflection prompts (they write into the text)."""
        self.triggers = TriggerPicker()
        self.people = PeoplePicker()
        self.responses = ResponsePicker()
        self.prompts = TemplatePicker(self.body)
        self.cycle = CycleSection()

    def _build_top_row(self) -> ReflowRow:
        """When it happened on the left; prompts, "Bring up next time" and the share toggle on the right (below
        it when the window is narrow)."""
        when_label = QLabel(QCoreApplication.translate("EntryEditor", "When:"))
        when_label.setBuddy(self.when)
        when_part = QWidget()
        w = QHBoxLayout(when_part)
        w.setContentsMargins(0, 0, 0, 0)
        w.addWidget(when_label)
        w.addWidget(self.when)
        w.addStretch(1)
        tools = QWidget()
        t = QHBoxLayout(tools)
        t.setContentsMargins(0, 0, 0, 0)
        t.addStretch(1)
        t.addWidget(self.prompts)
        t.addWidget(self.bring_up)
        t.addWidget(self.shared)
        return ReflowRow([when_part, None, tools])

    def _build_details(self) -> QWidget:
        """Triggers, what I did and people, side by side between thin lines (two above one when narrow); the
        cycle's section under them."""
        row = ReflowRow([self.triggers, self.responses, self.people], lines=True)
        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(row)
        layout.addWidget(self.cycle)
        layout.addStretch(1)
        return details

    def _connect_signals(self) -> None:
        self.when.dateTimeChanged.connect(self._on_when_changed)
        self.shared.toggled.connect(self._changed)
        self.title.textEdited.connect(self._on_title_edited)
        self.body.textChanged.connect(self._on_body_changed)
        self.triggers.changed.connect(self._changed)
        self.people.changed.connect(self._changed)
        self.responses.changed.connect(self._changed)
        self.people.changed.connect(lambda: self.cycle.moves.set_people(self.people.chosen()))
        for part in (self.cycle.beliefs, self.cycle.moves, self.cycle.repair):
            part.changed.connect(self._changed)
            part.changed.connect(self.cycle.show_summary)
        self.cycle.beliefs.rerateRequested.connect(self._rerate)
        self.bring_up.clicked.connect(lambda: self.bringUpRequested.emit(self.bring_up_text()))
        self.loaded.connect(self.prompts.sync)  # the prompts' tick follows the entry shown

    # -- state -------------------------------------------------------------------------------------
    @property
    def entry_id(self) -> int | None:
        return self._entry_id

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_title_edited(self, _text: str) -> None:
        if not self._loading:
            self._title_edited = True
            self.edited.emit()

    def _on_body_changed(self) -> None:
        if not self._loading:
            self._body_edited = True
            self.edited.emit()

    def _on_when_changed(self, value: QDateTime) -> None:
        if not self._loading:
            self._occurred_at = from_qdatetime(value)
            self.edited.emit()

    def set_vocabulary(self, triggers: list[TriggerInfo], people: list[PersonInfo]) -> None:
        self._loading = True
        try:
            self.triggers.set_triggers(triggers)
            self.people.set_known(people)
        finally:
            self._loading = False

    def set_template_store(self, store) -> None:
        """The person's reflection templates (a TemplateStore on the data folder; None: built-ins only)."""
        self.prompts.set_store(store)

    def start_new(self, now: datetime | None = None) -> None:
        self._load(None, now or datetime.now(UTC), "", "", (), (), False, cycle=None)
        self.responses.set_values((), None)
        self.body.setFocus()

    def load(self, entry: EntryDetail) -> None:
        self._load(
            entry.id,
            entry.occurred_at,
            entry.title,
            entry.body,
            entry.to_form().triggers,
            entry.people,
            entry.shared,
            cycle=entry,
        )
        self.responses.set_values(entry.responses, entry.repair)

    def _load(self, entry_id, occurred_at, title, body, marks, people, shared, cycle=None, keep=False) -> None:
        """Show an entry's fields; `cycle`: the entry whose cycle to show (None: an empty one), unless `keep`
        (a restored draft puts its own in afterwards)."""
        self._loading = True
        try:
            self._entry_id = entry_id
            self._occurred_at = occurred_at
            self._title, self._body = title, body
            self._title_edited = self._body_edited = False
            self.when.setDateTime(to_qdatetime(occurred_at))
            self.title.setText(title)
            self.body.setPlainText(body)  # also clears the undo history: no undoing into another entry
            self.triggers.set_marks(marks)
            self.people.set_chosen(tuple(people))
            self.shared.setChecked(shared)
            self.cycle.moves.set_people(tuple(people))
            if not keep:
                self.cycle.show_entry(cycle)
        finally:
            self._loading = False
        self.loaded.emit()

    def apply_form(self, form: EntryForm, repair: tuple[RepairChoice, ...] = (), *,
                   with_repair: bool = False) -> None:
        """Put restored writing (a draft kept through a crash) into the editor as unsaved changes: its beliefs
        and moves when it holds them, and `repair` ("this repaired") when `with_repair` (an older draft has
        none: the entry's link stays as it is)."""
        people = tuple(p for p in self.people.known() if p.id in form.person_ids)
        self._load(
            self._entry_id, form.occurred_at, form.title, form.body, form.triggers, people, form.shared,
            keep=True,
        )
        self.responses.set_values(form.responses, form.repair)
        self._loading = True
        try:
            self.cycle.restore(form, repair, with_repair=with_repair)
        finally:
            self._loading = False
        self._title_edited = self._body_edited = True
        self.edited.emit()

    def _rerate(self, belief_id: int) -> None:
        """"Kinder thought…" on a belief: ask for the thought record's second step and keep it on the entry."""
        from journal_app.ui.entries.rerate_dialog import RerateDialog

        row = self.cycle.beliefs.row(belief_id)
        if row is None:
            return
        later = RerateDialog.ask(self, self.cycle.beliefs.text_of(belief_id), row.mark())
        if later is not None:
            self.cycle.beliefs.set_later(belief_id, later.balanced, later.rerated)

    def repair_choices(self) -> tuple[RepairChoice, ...]:
        """Every earlier moment this entry says it repaired, each with who reached out first (none: not a
        repair)."""
        return self.cycle.repair.choices()

    repair_choice = repair_choices  # the name the draft keeper asks by (it keeps all of them)

    def bring_up_text(self) -> str:
        """The selected words in the entry, else its title, else its first sentence."""
        chosen = self.body.textCursor().selectedText().replace("\u2029", "\n").strip()
        if chosen:
            return chosen
        title = self.title.text().strip()
        return title or first_sentence(self.body_text(), 200)

    def insert_prompt(self, prompt: str) -> None:
        """Put a reflection question at the end of the entry on its own line, the cursor after it (one undo
        step takes it out again)."""
        cursor = self.body.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        text = self.body_text()
        gap = (
            ""
            if not text.strip()
            else ("\n" if text.endswith("\n\n") else "\n\n" if not text.endswith("\n") else "\n")
        )
        cursor.insertText(f"{gap}{prompt}\n")
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def mark_saved(self, entry: EntryDetail, *, typed_since: bool = False) -> None:
        """After a save: remember the id of a newly created entry, keep everything the user sees.
        `typed_since`: the save started before the latest changes (saved off the UI thread), so what the
        boxes hold now is newer than what was saved and stays what the next save writes."""
        self._entry_id = entry.id
        if typed_since:
            return
        self._title, self._body = entry.title, entry.body
        self._title_edited = self._body_edited = False

    def holds_nothing_written(self, form: EntryForm) -> bool:
        """Whether the form holds nothing the person wrote or chose once the reflection prompts left
        unanswered are set aside (a new entry like that is not saved)."""
        return replace(form, body=self.prompts.without_prompts(form.body)).is_blank()

    def body_text(self) -> str:
        """What is in the text box, exactly: toRawText keeps no-break spaces; paragraph breaks become \\n."""
        return self.body.document().toRawText().replace("\u2029", "\n")

    def form(self) -> EntryForm:
        return EntryForm(
            id=self._entry_id,
            occurred_at=self._occurred_at,
            title=self.title.text() if self._title_edited else self._title,
            body=self.body_text() if self._body_edited else self._body,
            triggers=self.triggers.marks(),
            person_ids=self.people.chosen_ids(),
            shared=self.shared.isChecked(),
            responses=self.responses.responses(),
            repair=self.responses.repair_value(),
            beliefs=self.cycle.beliefs.marks(),
            moves=self.cycle.moves.marks(),
        )
