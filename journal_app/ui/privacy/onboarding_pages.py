"""The pages of Getting started (see onboarding.py): triggers to notice, people, the next session, a tour.
Each page reads the journal in `load()` and writes through the services in `apply()` or its Add button."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import i18n
from journal_app.core.errors import JournalError
from journal_app.models.values import RELATIONSHIPS
from journal_app.ui.common.date_fields import picked_day
from journal_app.ui.common.i18n import message
from journal_app.ui.common.widgets import heading, paragraph, problem_label, small_label

WRAP = 520  # the width paragraphs wrap at; the dialog sizes from it


def kind_sentence(slug: str) -> str | None:
    """One warm sentence for each built-in trigger (None for the person's own)."""
    return {
        "abandonment-fear": QCoreApplication.translate(
            "Onboarding",
            "That sinking worry that someone close is drifting away, and the urge to make "
            "sure they are still there.",
        ),
        "withdrawal": QCoreApplication.translate(
            "Onboarding",
            "The pull to go quiet or put some distance between you when closeness starts to feel "
            "like too much.",
        ),
        "push-pull": QCoreApplication.translate(
            "Onboarding",
            "Longing to be close and bracing against it at the same time: reaching out, then stepping back.",
        ),
    }.get(slug)


def keys(shortcut) -> str:
    """A shortcut as this platform writes it (Ctrl+Shift+P, ⇧⌘P)."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class Page(QWidget):
    """One step: `load()` shows what the journal holds now; `apply()` writes what was chosen (False: stay)."""

    # the page's controls changed (a trigger was added): the dialog sets the Tab order again
    controlsChanged = Signal()

    def __init__(self, journal, title: str, intro: str) -> None:
        super().__init__()
        self.journal = journal
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.layout_.addWidget(heading(title, 1.3, WRAP))
        self.layout_.addWidget(paragraph(intro))
        self.note = small_label("")  # a calm line saying what was just done
        self.note.setAccessibleName(QCoreApplication.translate("Onboarding", "What was done"))
        self.problem = problem_label()
        self.problem.setAccessibleName(QCoreApplication.translate("Onboarding", "Problem"))
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.say("")

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.note)
        self.layout_.addWidget(self.problem)
        self.layout_.addStretch(1)

    def say(self, problem: str, note: str = "") -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def load(self) -> None:
        pass

    def controls(self) -> list[QWidget]:
        """The page's controls in the order Tab visits them (top to bottom)."""
        return []

    def apply(self) -> bool:
        return True

    def add_pending(self) -> bool:
        """Return in a line edit with text: add it (True when handled)."""
        return False


class TriggersPage(Page):
    def __init__(self, journal, first_run: bool) -> None:
        super().__init__(
            journal,
            QCoreApplication.translate("Onboarding", "What would you like to notice?"),
            QCoreApplication.translate(
                "Onboarding",
                "Triggers are the moments that stir up old feelings. Tick the ones you would like to keep an eye "
                "on. You can change this whenever you like with Triggers… in the Journal menu.",
            ),
        )
        if first_run:
            self.layout_.insertWidget(
                1,
                paragraph(
                    QCoreApplication.translate(
                        "Onboarding",
                        "Your journal is ready. These few steps are all optional: skip any of them.",
                    )
                ),
            )
        self.boxes: dict[int, QCheckBox] = {}
        self.archived: dict[int, bool] = {}
        self.list = QWidget()
        outer = QVBoxLayout(self.list)
        outer.setContentsMargins(4, 4, 4, 4)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        outer.addLayout(self.rows)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.list)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(
            self.fontMetrics().lineSpacing() * 14
        )  # the three built-ins, at any text size
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.layout_.addWidget(scroll, 1)

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(
            QCoreApplication.translate("Onboarding", "Something else, e.g. Feeling dismissed")
        )
        self.new_name.setAccessibleName(QCoreApplication.translate("Onboarding", "Name of your own trigger"))
        self.add_button = QPushButton(QCoreApplication.translate("Onboarding", "&Add"))
        self.add_button.setAccessibleName(QCoreApplication.translate("Onboarding", "Add this trigger"))
        self.add_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("Onboarding", "Your own:")))
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        self.layout_.addLayout(row)
        self.finish_layout()
        self.add_button.clicked.connect(self.add)
        self.new_name.textEdited.connect(lambda _t: self.problem.setVisible(False))

    def load(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.boxes.clear()
        self.archived.clear()
        for trigger in self.journal.triggers():
            self._add_row(trigger)
        self.controlsChanged.emit()

    def controls(self) -> list[QWidget]:
        return [*self.boxes.values(), self.new_name, self.add_button]

    def _add_row(self, trigger) -> None:
        box = QCheckBox(trigger.name)
        font = box.font()
        font.setBold(True)
        box.setFont(font)
        box.setChecked(not trigger.archived)
        box.setAccessibleName(trigger.name)
        sentence = kind_sentence(trigger.slug) if trigger.builtin else trigger.description
        self.rows.addWidget(box)
        if sentence:
            box.setAccessibleDescription(sentence)
            words = small_label(sentence)
            words.setContentsMargins(24, 0, 0, 6)
            words.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.rows.addWidget(words)
        self.boxes[trigger.id] = box
        self.archived[trigger.id] = trigger.archived

    def add(self) -> bool:
        name = self.new_name.text()
        try:
            trigger = self.journal.add_trigger(name)
        except JournalError as exc:
            self.say(str(exc))
            self.new_name.setFocus()
            return False
        self._add_row(trigger)
        self.controlsChanged.emit()
        self.new_name.clear()
        self.say(
            "",
            QCoreApplication.translate(
                "Onboarding", "Added “{name}”. It is there to tick whenever you write."
            ).format(name=trigger.name),
        )
        return True

    def add_pending(self) -> bool:
        return bool(self.new_name.text().strip()) and (self.add() or True)

    def apply(self) -> bool:
        if self.new_name.text().strip() and not self.add():
            return False  # a name typed but not added yet: add it, or say why not
        try:
            for trigger_id, box in self.boxes.items():
                archived = not box.isChecked()
                if archived != self.archived[trigger_id]:
                    self.journal.set_trigger_archived(trigger_id, archived)
                    self.archived[trigger_id] = archived
        except JournalError as exc:
            self.say(str(exc))
            return False
        return True


class PeoplePage(Page):
    def __init__(self, journal) -> None:
        super().__init__(
            journal,
            QCoreApplication.translate("Onboarding", "The people you write about"),
            QCoreApplication.translate(
                "Onboarding",
                "Optional. Add the people who come up most, and you can pick them with a click when you write. "
                "Anyone else can be added from an entry later.",
            ),
        )
        self.known = paragraph("")
        self.known.setAccessibleName(
            QCoreApplication.translate("Onboarding", "People already in your journal")
        )
        self.layout_.addWidget(self.known)
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("Onboarding", "Name, e.g. Sam"))
        self.name.setAccessibleName(QCoreApplication.translate("Onboarding", "Person's name"))
        self.relationship = QComboBox()
        self.relationship.setAccessibleName(QCoreApplication.translate("Onboarding", "Relationship"))
        for key, label in RELATIONSHIPS:
            self.relationship.addItem(message(label), key)  # marked under "messages" (models/values.py)
        self.add_button = QPushButton(QCoreApplication.translate("Onboarding", "A&dd"))
        self.add_button.setAccessibleName(QCoreApplication.translate("Onboarding", "Add this person"))
        self.add_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.name, 2)
        row.addWidget(self.relationship, 1)
        row.addWidget(self.add_button)
        self.layout_.addLayout(row)
        self.finish_layout()
        self.add_button.clicked.connect(self.add)
        self.name.textEdited.connect(lambda _t: self.problem.setVisible(False))

    def load(self) -> None:
        labels = {key: message(label) for key, label in RELATIONSHIPS}
        people = self.journal.people()
        if people:
            names = ", ".join(
                f"{p.name} ({_in_sentence(labels.get(p.relationship, p.relationship))})" for p in people
            )
            self.known.setText(
                QCoreApplication.translate("Onboarding", "Already in your journal: {names}.").format(
                    names=names
                )
            )
        else:
            self.known.setText(QCoreApplication.translate("Onboarding", "Nobody yet."))

    def controls(self) -> list[QWidget]:
        return [self.name, self.relationship, self.add_button]

    def add(self) -> bool:
        name = " ".join(self.name.text().split())
        before = {p.id for p in self.journal.people()}
        try:
            person = self.journal.add_person(name, self.relationship.currentData())
        except JournalError as exc:
            self.say(str(exc))
            self.name.setFocus()
            return False
        self.name.clear()
        if person.id in before:
            self.say(
                "",
                QCoreApplication.translate("Onboarding", "{name} is already in your journal.").format(
                    name=person.name
                ),
            )
        else:
            self.say("", QCoreApplication.translate("Onboarding", "Added {name}.").format(name=person.name))
        self.load()
        self.name.setFocus()
        return True

    def add_pending(self) -> bool:
        return bool(self.name.text().strip()) and (self.add() or True)

    def apply(self) -> bool:
        return not self.name.text().strip() or self.add()


class SessionPage(Page):
    def __init__(self, journal) -> None:
        super().__init__(
            journal,
            QCoreApplication.translate("Onboarding", "Your next session"),
            QCoreApplication.translate(
                "Onboarding",
                "Optional. If you know when you will next see your therapist, add the day here. Your patterns "
                "and summaries can then start from your last session, and you can gather things to bring up.",
            ),
        )
        self.current = paragraph("")
        self.current.setAccessibleName(QCoreApplication.translate("Onboarding", "Sessions in your journal"))
        self.wanted = QCheckBox(QCoreApplication.translate("Onboarding", "Add a session on"))
        self.wanted.setAccessibleName(QCoreApplication.translate("Onboarding", "Add a session"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(QCoreApplication.translate("Onboarding", "Day of the session"))
        self.day.setDate(QDate.currentDate().addDays(7))
        self.day.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.wanted)
        row.addWidget(self.day)
        row.addStretch(1)
        self.hint = small_label("")
        self.hint.setAccessibleName(QCoreApplication.translate("Onboarding", "About this day"))
        self.layout_.addWidget(self.current)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.hint)
        self.layout_.addWidget(
            small_label(
                QCoreApplication.translate(
                    "Onboarding",
                    "Sessions and questions… in the Journal menu (or {keys}) keeps every session, past and upcoming.",
                ).format(keys=keys("Ctrl+Shift+S"))
            )
        )
        self.finish_layout()
        self.wanted.toggled.connect(self.day.setEnabled)
        self.wanted.toggled.connect(lambda _c: self._update_hint())
        self.day.dateChanged.connect(lambda _d: self._update_hint())
        self.wanted.toggled.connect(lambda checked: checked and self.day.setFocus())

    def load(self) -> None:
        from journal_app.services import therapy  # the database layer, once a journal is open

        upcoming = therapy.next_session(self.journal)
        if upcoming is not None:
            self.current.setText(
                QCoreApplication.translate("Onboarding", "Your next session is on {day}.").format(
                    day=long_day(upcoming)
                )
            )
        else:
            self.current.setText(
                QCoreApplication.translate("Onboarding", "There is no upcoming session in your journal yet.")
            )
        self._update_hint()

    def controls(self) -> list[QWidget]:
        return [self.wanted, self.day]

    def _update_hint(self) -> None:
        day = picked_day(self.day)
        past = self.wanted.isChecked() and day < date.today()
        self.hint.setText(
            QCoreApplication.translate(
                "Onboarding",
                "That day has passed, so it will be kept as a past session, and “since my last "
                "session” will count from it.",
            )
            if past
            else ""
        )
        self.hint.setVisible(past)

    def apply(self) -> bool:
        if not self.wanted.isChecked():
            return True
        from journal_app.services import therapy

        day = picked_day(self.day)
        try:
            if all(s.held_on != day for s in therapy.sessions(self.journal)):
                therapy.add_session(self.journal, day)
        except JournalError as exc:
            self.say(str(exc))
            return False
        self.wanted.setChecked(False)  # written: Back then Next does not add it twice
        self.say(
            "",
            QCoreApplication.translate("Onboarding", "Your session on {day} is in your journal.").format(
                day=long_day(day)
            ),
        )
        self.load()
        return True


class TourPage(Page):
    def __init__(self, journal) -> None:
        super().__init__(
            journal,
            QCoreApplication.translate("Onboarding", "A short tour"),
            QCoreApplication.translate(
                "Onboarding", "Four things worth knowing. Help ▸ User guide has more whenever you want it."
            ),
        )
        cards = (
            (
                QCoreApplication.translate("Onboarding", "Writing"),
                QCoreApplication.translate(
                    "Onboarding",
                    "Press {new} and write about a moment in your own words. It saves by itself as "
                    "you type, and if the computer stops suddenly, your words are kept as a draft "
                    "and offered back.",
                ).format(new=keys(QKeySequence.StandardKey.New)),
            ),
            (
                QCoreApplication.translate("Onboarding", "Patterns"),
                QCoreApplication.translate(
                    "Onboarding",
                    "After a few entries, {keys} shows how often each trigger came up, how strong "
                    "it felt and what you did, with a few plain sentences about what changed.",
                ).format(keys=keys("Ctrl+Shift+P")),
            ),
            (
                QCoreApplication.translate("Onboarding", "Guidance"),
                QCoreApplication.translate(
                    "Onboarding",
                    "Gentle reading appears beside your entry for the triggers you tick. {keys} "
                    "opens the whole library, and Help ▸ If you are in crisis… lists where to get "
                    "help now.",
                ).format(keys=keys(QKeySequence.StandardKey.HelpContents)),
            ),
            (
                QCoreApplication.translate("Onboarding", "Sharing with your therapist"),
                QCoreApplication.translate(
                    "Onboarding",
                    "{keys} makes a summary of the entries you chose to share. "
                    "You see exactly what it says before saving it as a PDF or "
                    "printing it.",
                ).format(keys=keys("Ctrl+Shift+E")),
            ),
        )
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, (title, text) in enumerate(cards):
            card = QFrame()
            card.setObjectName("tour-card")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setBackgroundRole(QPalette.ColorRole.Base)  # a quiet card that follows light and dark themes
            card.setAutoFillBackground(True)
            card.setAccessibleName(title)
            box = QVBoxLayout(card)
            box.setContentsMargins(14, 12, 14, 12)
            box.addWidget(heading(title, 1.05, 0))
            words = paragraph(text)
            width = max(WRAP // 2 - 20, words.fontMetrics().averageCharWidth() * 34)
            words.setMinimumSize(width, words.heightForWidth(width))  # never clipped, even with large text
            box.addWidget(words)
            box.addStretch(1)
            grid.addWidget(card, i // 2, i % 2)
        self.layout_.addLayout(grid)
        self.finish_layout()


def _in_sentence(label: str) -> str:
    """A relationship inside a sentence: "Sam (partner)" in English, "Sam (Partner/in)" in German, whose nouns keep
    their capital."""
    return label.lower() if i18n.facts().lower_case_names else label
