"""The pages of Getting started that read and write the journal (see onboarding.py): triggers to notice, people,
the next session. Each reads the journal in `load()` and writes through the services in `apply()` or its Add
button, all on a worker (onboarding_page.Page.read and .write)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core import i18n
from journal_app.models.values import RELATIONSHIPS, PersonInfo, TriggerInfo
from journal_app.ui.common.date_fields import picked_day
from journal_app.ui.common.i18n import message
from journal_app.ui.common.widgets import paragraph, small_label
from journal_app.ui.privacy.onboarding_page import Page, keys, long_day


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
        self.add_button.clicked.connect(self.add_typed)
        self.new_name.textEdited.connect(lambda _t: self.problem.setVisible(False))

    def load(self) -> None:
        """The triggers, read on a worker."""
        journal = self.journal
        self.read(journal.triggers, self._show)

    def _show(self, triggers: object) -> None:
        assert isinstance(triggers, list)
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.boxes.clear()
        self.archived.clear()
        for trigger in triggers:
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

    def add(self, then: Callable[[], None] | None = None) -> None:
        """Add the trigger named (on a worker), then `then()`; a name refused says why, and `then` waits."""
        if self.busy:
            return
        journal, name = self.journal, self.new_name.text()

        def added(trigger: object) -> None:
            assert isinstance(trigger, TriggerInfo)
            self._add_row(trigger)
            self.controlsChanged.emit()
            self.new_name.clear()
            self.new_name.setFocus()
            self.say(
                "",
                QCoreApplication.translate(
                    "Onboarding", "Added “{name}”. It is there to tick whenever you write."
                ).format(name=trigger.name),
            )
            if then is not None:
                then()

        self.write(lambda: journal.add_trigger(name), added, self.new_name.setFocus)

    def add_typed(self) -> None:
        """The Add button: the name typed (without it, the page says the name is needed)."""
        self.add()

    def add_pending(self) -> bool:
        if not self.new_name.text().strip():
            return False
        self.add()
        return True

    def apply(self, then: Callable[[], None]) -> None:
        if self.new_name.text().strip():
            self.add(lambda: self.apply(then))  # a name typed but not added yet: add it (or say why not) first
            return
        changes = {
            trigger_id: not box.isChecked()
            for trigger_id, box in self.boxes.items()
            if (not box.isChecked()) != self.archived[trigger_id]
        }
        if not changes:
            then()
            return
        journal = self.journal

        def work() -> None:
            for trigger_id, archived in changes.items():
                journal.set_trigger_archived(trigger_id, archived)

        def written(_none: object) -> None:
            self.archived.update(changes)
            then()

        self.write(work, written)


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
        self.add_button.clicked.connect(self.add_typed)
        self.name.textEdited.connect(lambda _t: self.problem.setVisible(False))

    def load(self) -> None:
        """The people already in the journal, read on a worker."""
        self.read(self.journal.people, self._show)

    def _show(self, people: object) -> None:
        assert isinstance(people, list)
        labels = {key: message(label) for key, label in RELATIONSHIPS}
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

    def add(self, then: Callable[[], None] | None = None) -> None:
        """Add the person named (on a worker), then show who is in the journal and `then()`; a name refused
        says why, and `then` waits."""
        if self.busy:
            return
        journal, name, relationship = self.journal, " ".join(self.name.text().split()), self.relationship.currentData()

        def work() -> tuple[PersonInfo, bool, list[PersonInfo]]:
            before = {p.id for p in journal.people()}
            person = journal.add_person(name, relationship)
            return person, person.id in before, journal.people()

        def added(answer: object) -> None:
            assert isinstance(answer, tuple)
            self._added(*answer)
            if then is not None:
                then()

        self.write(work, added, self.name.setFocus)

    def _added(self, person: PersonInfo, known: bool, people: list[PersonInfo]) -> None:
        self.name.clear()
        if known:
            self.say(
                "",
                QCoreApplication.translate("Onboarding", "{name} is already in your journal.").format(
                    name=person.name
                ),
            )
        else:
            self.say("", QCoreApplication.translate("Onboarding", "Added {name}.").format(name=person.name))
        self._show(people)
        self.name.setFocus()

    def add_typed(self) -> None:
        """The Add button: the person typed (without a name, the page says it is needed)."""
        self.add()

    def add_pending(self) -> bool:
        if not self.name.text().strip():
            return False
        self.add()
        return True

    def apply(self, then: Callable[[], None]) -> None:
        if self.name.text().strip():
            self.add(then)
        else:
            then()


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
        """The next session, read on a worker."""
        journal = self.journal

        def read() -> date | None:
            from journal_app.services import therapy  # the database layer, once a journal is open

            return therapy.next_session(journal)

        self.read(read, self._show)

    def _show(self, upcoming: object) -> None:
        if isinstance(upcoming, date):
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

    def apply(self, then: Callable[[], None]) -> None:
        if not self.wanted.isChecked():
            then()
            return
        journal, day = self.journal, picked_day(self.day)

        def work() -> date | None:
            from journal_app.services import therapy

            if all(s.held_on != day for s in therapy.sessions(journal)):
                therapy.add_session(journal, day)
            return therapy.next_session(journal)

        def written(upcoming: object) -> None:
            self.wanted.setChecked(False)  # written: Back then Next does not add it twice
            self.say(
                "",
                QCoreApplication.translate("Onboarding", "Your session on {day} is in your journal.").format(
                    day=long_day(day)
                ),
            )
            self._show(upcoming)
            then()

        self.write(work, written)


def _in_sentence(label: str) -> str:
    """A relationship inside a sentence: "Sam (partner)" in English, "Sam (Partner/in)" in German, whose nouns keep
    their capital."""
    return label.lower() if i18n.facts().lower_case_names else label
