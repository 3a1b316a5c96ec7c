"""Getting started, after the privacy step (and again from Help): which triggers to notice, the people the
person writes about most, the date of their next session, and a short tour. Every page is optional.

Each change goes through the services as its own transaction: ticks on the triggers page and the session
date are written when the person moves on with Next; Add writes at once. Every read and write runs on a worker
(the operations layer, issue 17): meanwhile the page is disabled and the buttons wait (Skip and Escape too while
a change is written, so nothing is left half-said), and the step moves on once the write is in. "Skip" closes
without writing anything more, but what earlier pages (or an Add button) already wrote stays: it is the person's own
choice, and it can be changed later in Journal ▸ Triggers… and Sessions and questions…"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app import APP_NAME
from journal_app.ui.common.widgets import small_label
from journal_app.ui.privacy.onboarding_page import Page
from journal_app.ui.privacy.onboarding_pages import PeoplePage, SessionPage, TriggersPage
from journal_app.ui.privacy.onboarding_tour import TourPage


class OnboardingDialog(QDialog):
    """Back / Next (Finish on the last page) / Skip; Escape skips. Return in a name box adds the name."""

    def __init__(self, journal, first_run: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(
            QCoreApplication.translate("Onboarding", "Getting started — {app}").format(app=APP_NAME)
        )
        self.triggers_page = TriggersPage(journal, first_run)
        self.people_page = PeoplePage(journal)
        self.session_page = SessionPage(journal)
        self.tour_page = TourPage(journal)
        self.pages: tuple[Page, ...] = (
            self.triggers_page,
            self.people_page,
            self.session_page,
            self.tour_page,
        )
        self.stack = QStackedWidget()
        self._focus_pending = False  # the page shown is still being read: focus its first control once it is in
        for page in self.pages:
            self.stack.addWidget(page)
            page.controlsChanged.connect(self._set_tab_order)
            page.busyChanged.connect(self._settle)
        self.step = small_label("")
        self.step.setAccessibleName(QCoreApplication.translate("Onboarding", "Step"))

        self.skip_button = QPushButton(
            QCoreApplication.translate("Onboarding", "&Skip")
            if first_run
            else QCoreApplication.translate("Onboarding", "&Close")
        )
        self.skip_button.setAccessibleName(
            QCoreApplication.translate("Onboarding", "Skip the rest and start writing")
            if first_run
            else QCoreApplication.translate("Onboarding", "Close")
        )
        self.back_button = QPushButton(QCoreApplication.translate("Onboarding", "&Back"))
        self.back_button.setAccessibleName(QCoreApplication.translate("Onboarding", "Back"))
        self.next_button = QPushButton(QCoreApplication.translate("Onboarding", "&Next"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 18)
        layout.setSpacing(12)
        layout.addWidget(self.step)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        # Skip (and Escape) writes nothing more; what earlier pages or an Add button already wrote stays
        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.go(0)
        lines = self.fontMetrics()
        self.resize(
            self.sizeHint().expandedTo(QSize(lines.averageCharWidth() * 84, lines.lineSpacing() * 30))
        )

    @classmethod
    def ask(cls, parent, journal, first_run: bool) -> bool:
        """Show the steps; True when the person went through to Finish, False when they skipped (either way
        what was already written stays)."""
        dialog = cls(journal, first_run, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def current(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    @property
    def busy(self) -> bool:
        """A page is reading or writing on a worker."""
        return any(page.busy for page in self.pages)

    def go(self, index: int) -> None:
        page = self.pages[index]
        page.say("")
        self.stack.setCurrentIndex(index)
        self._focus_pending = True
        page.load()  # on a worker: the page is disabled until what it shows is in
        last = index == len(self.pages) - 1
        self.step.setText(
            QCoreApplication.translate("Onboarding", "Step {n} of {total}").format(
                n=index + 1, total=len(self.pages)
            )
        )
        self.next_button.setText(
            QCoreApplication.translate("Onboarding", "&Finish")
            if last
            else QCoreApplication.translate("Onboarding", "&Next")
        )
        self.next_button.setAccessibleName(
            QCoreApplication.translate("Onboarding", "Finish")
            if last
            else QCoreApplication.translate("Onboarding", "Next")
        )
        self.skip_button.setVisible(not last)
        self.next_button.setDefault(True)
        self._set_tab_order()
        self._settle()

    def _settle(self) -> None:
        """A page began or ended a read or a write: the buttons wait while one is under way; once the page shown
        is in, its first control takes the focus."""
        busy, writing = self.busy, any(page.writing for page in self.pages)
        self.back_button.setEnabled(self.stack.currentIndex() > 0 and not busy)
        self.next_button.setEnabled(not busy)
        self.skip_button.setEnabled(not writing)
        if busy or not self._focus_pending:
            return
        self._focus_pending = False
        # once the rows just added are shown (their layout shows them on its next turn): a hidden one takes no focus
        QTimer.singleShot(0, self, self._focus_first)

    def _focus_first(self) -> None:
        first = next((w for w in self.current().controls() if w.isEnabled()), self.next_button)
        first.setFocus(Qt.FocusReason.TabFocusReason)

    def _set_tab_order(self) -> None:
        """Tab goes down the current page, then Skip, Back, Next (rows added later come in their place)."""
        chain = [*self.current().controls(), self.skip_button, self.back_button, self.next_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def next(self) -> None:
        """Write what the page chose (on a worker), then the next step (or Finish); a page that could not write
        says why and stays."""
        if self.busy:
            return
        index = self.stack.currentIndex()

        def moved_on() -> None:
            if index == len(self.pages) - 1:
                self.accept()
            else:
                self.go(index + 1)

        self.current().apply(moved_on)

    def back(self) -> None:
        if self.stack.currentIndex() > 0 and not self.busy:
            self.go(self.stack.currentIndex() - 1)

    def reject(self) -> None:
        """Skip, Close or Escape: not while a change is being written (it is never left half-said)."""
        if not any(page.writing for page in self.pages):
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        returned = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if returned and self.busy:
            return  # a read or a write is under way: Return waits with the buttons
        if returned and isinstance(self.focusWidget(), QLineEdit) and self.current().add_pending():
            return  # Return in a name box adds the name instead of moving on
        super().keyPressEvent(event)
