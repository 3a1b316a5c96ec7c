"""The guidance panel beside the editor: reading related to the triggers ticked and the words written, each
with the reason it is shown and its reflection questions (one click puts a question into the entry)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.guidance import CRISIS_ID, Suggestion
from journal_app.ui.common.widgets import heading, paragraph, small_label

PROMPTS_SHOWN = 2


def empty_text() -> str:
    return QCoreApplication.translate(
        "GuidancePanel",
        "As you write, or tick a trigger, reading that may help shows up here. Nothing you write leaves "
        "this computer.",
    )


def cue_text() -> str:
    return QCoreApplication.translate(
        "GuidancePanel",
        "If you are thinking about hurting yourself, or you are not safe with someone, help is there now.",
    )


def _link(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setFlat(True)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    b.setAccessibleName(name)
    b.setStyleSheet("QPushButton { text-align: left; text-decoration: underline; padding: 2px 0; }")
    return b


class WrapButton(QPushButton):
    """A push button whose text wraps over as many lines as the width needs (a long question stays whole)."""

    PAD = 8

    def __init__(self, text: str) -> None:
        super().__init__()
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(self.PAD, 4, self.PAD, 4)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(max(width - 2 * self.PAD, 40)) + 8

    def sizeHint(self) -> QSize:
        return QSize(220, self.heightForWidth(220))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.label.fontMetrics().height() + 8)

    def text(self) -> str:
        return self.label.text()


class SuggestionCard(QFrame):
    """One article: title (opens it), why it is shown, its summary and a few questions to insert."""

    def __init__(self, suggestion: Suggestion, panel: GuidancePanel) -> None:
        super().__init__()
        self.suggestion = suggestion
        a = suggestion.article
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)
        self.title = WrapButton(a.title)
        self.title.setFlat(True)
        self.title.setAccessibleName(
            QCoreApplication.translate("GuidancePanel", "Read: {title}").format(title=a.title)
        )
        self.title.setToolTip(
            QCoreApplication.translate("GuidancePanel", "Read this in the guidance library")
        )
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        font = self.title.label.font()
        font.setBold(True)
        font.setUnderline(True)
        self.title.label.setFont(font)
        self.title.clicked.connect(lambda: panel.openArticle.emit(a.id))
        self.reason = small_label(suggestion.reason)
        self.summary = paragraph(a.summary)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.summary)
        self.prompt_buttons: list[QPushButton] = []
        for prompt in a.prompts[:PROMPTS_SHOWN]:
            b = WrapButton(
                QCoreApplication.translate("GuidancePanel", "+ {question}").format(question=prompt)
            )
            b.setToolTip(QCoreApplication.translate("GuidancePanel", "Put this question into your entry"))
            b.setAccessibleName(
                QCoreApplication.translate(
                    "GuidancePanel", "Put this question into your entry: {question}"
                ).format(question=prompt)
            )
            b.clicked.connect(lambda _checked=False, p=prompt: panel.promptChosen.emit(p))
            self.prompt_buttons.append(b)
            layout.addWidget(b)


class SafetyCue(QFrame):
    """The gentle cue: one calm line, the crisis page and the person's safety plan, first in the panel, when the
    words suggest self-harm, suicide or danger from someone. Not a pop-up, not stored, not flagged: it goes when
    the words go."""

    def __init__(self, panel: GuidancePanel) -> None:
        super().__init__()
        self.setObjectName("safetyCue")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("GuidancePanel", "Help is there now"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)
        self.line = paragraph(cue_text())
        self.crisis = WrapButton(QCoreApplication.translate("GuidancePanel", "Where to get help now"))
        self.crisis.setFlat(True)
        self.crisis.setCursor(Qt.CursorShape.PointingHandCursor)
        self.crisis.setAccessibleName(
            QCoreApplication.translate("GuidancePanel", "Where to get help now: the crisis page")
        )
        font = self.crisis.label.font()
        font.setBold(True)
        font.setUnderline(True)
        self.crisis.label.setFont(font)
        self.crisis.clicked.connect(lambda: panel.openArticle.emit(CRISIS_ID))  # as the crisis link below does
        self.plan = WrapButton(QCoreApplication.translate("GuidancePanel", "My safety plan"))
        self.plan.setFlat(True)
        self.plan.setCursor(Qt.CursorShape.PointingHandCursor)
        self.plan.setAccessibleName(
            QCoreApplication.translate("GuidancePanel", "My safety plan: the steps I wrote for a hard moment")
        )
        self.plan.label.setFont(font)
        self.plan.clicked.connect(panel.safetyPlanRequested)
        layout.addWidget(self.line)
        layout.addWidget(self.crisis)
        layout.addWidget(self.plan)


class GuidancePanel(QWidget):
    # the person wants to read an article (its id), or the crisis page ("crisis")
    openArticle = Signal(str)
    # put this reflection question into the entry
    promptChosen = Signal(str)
    # open the guidance library
    libraryRequested = Signal()
    # open the person's safety plan (from the gentle cue)
    safetyPlanRequested = Signal()
    # the app's language changed (Settings ▸ Language): the articles are to be read again in it
    languageChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("GuidancePanel", "Guidance"))
        self.setMinimumWidth(240)
        self.suggestions: list[Suggestion] = []
        self.cards: list[SuggestionCard] = []
        self.safety = False
        self.cue = SafetyCue(self)
        self.cue.setVisible(False)
        self.empty = paragraph(empty_text())
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.setContentsMargins(0, 0, 4, 0)
        v.addWidget(self.cue)
        v.addWidget(self.empty)
        v.addLayout(self.list)
        v.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.library_link = _link(
            QCoreApplication.translate("GuidancePanel", "Browse all guidance…"),
            QCoreApplication.translate("GuidancePanel", "Open the guidance library"),
        )
        self.crisis_link = _link(
            QCoreApplication.translate("GuidancePanel", "If you are in crisis"),
            QCoreApplication.translate("GuidancePanel", "If you are in crisis: where to get help now"),
        )
        self.library_link.clicked.connect(self.libraryRequested)
        self.crisis_link.clicked.connect(lambda: self.openArticle.emit(CRISIS_ID))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading(QCoreApplication.translate("GuidancePanel", "Guidance"), 1.15, 0))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.library_link)
        layout.addWidget(self.crisis_link)

    def show_suggestions(self, suggestions: list[Suggestion], safety: bool = False) -> None:
        """The cards, and (when `safety`) the gentle cue above them with the crisis page first."""
        if safety != self.safety:
            self.safety = safety
            self.cue.setVisible(safety)
        self.empty.setVisible(not suggestions and not safety)
        if list(suggestions) == self.suggestions:
            return  # typing that changes nothing leaves the cards (and the person's place) alone
        self.suggestions = list(suggestions)
        for card in self.cards:
            self.list.removeWidget(card)
            card.deleteLater()
        self.cards = [SuggestionCard(s, self) for s in suggestions]
        for card in self.cards:
            self.list.addWidget(card)

    def article_ids(self) -> list[str]:
        return [s.article.id for s in self.suggestions]

    def retranslate(self) -> None:
        """The language changed (ui.common.i18n.retranslate calls this): the cards are built again once the
        articles are read in the new language (the controller listens)."""
        self.empty.setText(empty_text())
        self.suggestions = []  # the same articles in another language are new cards
        self.languageChanged.emit()
