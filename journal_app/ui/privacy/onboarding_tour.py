"""The last page of Getting started (see onboarding.py): four things worth knowing, as cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout

from journal_app.ui.common.widgets import heading, paragraph
from journal_app.ui.privacy.onboarding_page import WRAP, Page, keys


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
