"""First run: where the journal lives, that nothing leaves the computer, and a passphrase (typed twice,
strength shown as you type) or, deliberately, none. Creates the journal and hands it back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app import APP_NAME
from journal_app.core import messages
from journal_app.core.errors import JournalError
from journal_app.ui.common.i18n import message
from journal_app.ui.common.tab_order import button_row, chain_tab_order
from journal_app.ui.common.widgets import heading, paragraph, problem_label
from journal_app.ui.privacy.strength_meter import Meter
from journal_app.ui.privacy.unlock_dialog import preload_services

if TYPE_CHECKING:
    from journal_app.ui.guidance.guidance_library import GuidanceLibrary


def default_creator(data_dir: Path) -> Callable[[str | None], object]:
    def create(passphrase: str | None) -> object:
        from journal_app.services.journal import Journal

        return Journal.init(data_dir, passphrase=passphrase)

    return create


class WelcomeDialog(QDialog):
    # where the journal will be
    folder: QLabel
    # the passphrase
    passphrase: QLineEdit
    repeat: QLineEdit
    meter: Meter
    problem: QLabel
    # or, deliberately, none
    no_passphrase: QCheckBox
    warning: QLabel
    understood: QCheckBox
    # what the app is and is not, with the crisis page one click away
    support: QLabel
    crisis_link: QPushButton
    # the buttons
    buttons: QDialogButtonBox
    create_button: QPushButton

    def __init__(
        self,
        data_dir: Path,
        creator: Callable[[str | None], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.journal: object | None = None
        self._create = creator or default_creator(self.data_dir)
        # the guidance library at the crisis page, built when first asked for
        self.crisis_page: GuidanceLibrary | None = None
        self.setWindowTitle(
            QCoreApplication.translate("WelcomeDialog", "Welcome — {app}").format(app=APP_NAME)
        )
        intro = self._build_intro()
        form = self._build_passphrase_form()
        self._build_plain_choice()
        support_row = self._build_support()
        self.buttons = self._build_buttons()
        layout = self._lay_out(intro, form, support_row)
        self.create_button.setDefault(True)  # in the dialog now: Enter comes back to it after Tab
        chain: list[QWidget] = [  # Tab reaches the buttons in the order this platform shows them
            self.passphrase,
            self.repeat,
            self.no_passphrase,
            self.understood,
            self.crisis_link,
            *button_row(self.buttons),
        ]
        chain_tab_order(chain)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)  # grows when the warning shows
        self._connect_signals()
        self._on_no_passphrase(False)
        self.passphrase.setFocus()

    # -- building ----------------------------------------------------------------------------------
    def _build_intro(self) -> tuple[QLabel, QLabel, QLabel, QLabel, QLabel]:
        """The title, where the journal lives, that nothing leaves the computer, and what to choose."""
        title = heading(
            QCoreApplication.translate("WelcomeDialog", "Welcome to your journal"), 1.4, wrap_width=500
        )
        where = paragraph(
            QCoreApplication.translate(
                "WelcomeDialog", "Your journal will be kept in one file in this folder on this computer:"
            )
        )
        self.folder = paragraph(str(self.data_dir))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setContentsMargins(16, 0, 0, 0)
        self.folder.setAccessibleName(QCoreApplication.translate("WelcomeDialog", "Journal folder"))
        private = paragraph(
            QCoreApplication.translate(
                "WelcomeDialog",
                "Nothing you write leaves this computer: the app never connects to the internet.",
            )
        )
        choose = paragraph(
            QCoreApplication.translate(
                "WelcomeDialog",
                "Choose a passphrase to encrypt the journal, so that nobody can read it without the passphrase. "
                "Nobody can recover a forgotten passphrase — not us, not anyone — so choose one you will "
                "remember, or keep it somewhere safe.",
            )
        )
        return title, where, self.folder, private, choose

    def _build_passphrase_form(self) -> QFormLayout:
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("WelcomeDialog", "Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(QCoreApplication.translate("WelcomeDialog", "Passphrase again"))
        self.meter = Meter()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "&Type it again:"), self.repeat)
        return form

    def _build_plain_choice(self) -> None:
        """Starting without a passphrase (with its warning and the box that says it was understood), and
        the line that says what is wrong with the choice."""
        self.no_passphrase = QCheckBox(
            QCoreApplication.translate("WelcomeDialog", "Start &without a passphrase")
        )
        self.no_passphrase.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Start without a passphrase")
        )
        self.warning = problem_label(
            message(messages.NO_PASSPHRASE_WARNING) + " " + message(messages.NO_PASSPHRASE_LATER)
        )
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.understood = QCheckBox(
            QCoreApplication.translate(
                "WelcomeDialog", "I understand: anyone who can open my files could read my journal"
            )
        )
        self.understood.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "I understand the risk")
        )
        self.problem = problem_label()
        self.problem.setAccessibleName(QCoreApplication.translate("WelcomeDialog", "Problem"))
        self.problem.hide()

    def _build_support(self) -> QHBoxLayout:
        """What the app is and is not, with the crisis page one click away (the page Help ▸ crisis opens)."""
        self.support = paragraph(
            QCoreApplication.translate(
                "WelcomeDialog",
                "This app supports your therapy; it is not treatment or an emergency service.",
            )
        )
        self.support.setAccessibleName(QCoreApplication.translate("WelcomeDialog", "What this app is for"))
        self.crisis_link = QPushButton(QCoreApplication.translate("WelcomeDialog", "If you are in &crisis…"))
        self.crisis_link.setFlat(True)
        self.crisis_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.crisis_link.setStyleSheet(
            "QPushButton { text-align: left; text-decoration: underline; padding: 2px 0; }"
        )
        self.crisis_link.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "If you are in crisis: where to get help now")
        )
        self.crisis_link.setAutoDefault(False)
        support_row = QHBoxLayout()
        support_row.addWidget(self.support, 1)
        support_row.addWidget(self.crisis_link, 0, Qt.AlignmentFlag.AlignVCenter)
        return support_row

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            QCoreApplication.translate("WelcomeDialog", "Create my journal"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("WelcomeDialog", "Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        return buttons

    def _lay_out(
        self, intro: tuple[QLabel, QLabel, QLabel, QLabel, QLabel], form: QFormLayout, support_row: QHBoxLayout
    ) -> QVBoxLayout:
        title, where, folder, private, choose = intro
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(folder)
        layout.addWidget(private)
        layout.addSpacing(6)
        layout.addWidget(choose)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(self.no_passphrase)
        layout.addWidget(self.warning)
        layout.addWidget(self.understood)
        layout.addSpacing(8)
        layout.addLayout(support_row)
        layout.addWidget(self.buttons)
        return layout

    def _connect_signals(self) -> None:
        self.passphrase.textChanged.connect(self.meter.update_for)
        self.passphrase.textChanged.connect(lambda _t: self._say(""))
        self.repeat.textChanged.connect(lambda _t: self._say(""))
        self.no_passphrase.toggled.connect(self._on_no_passphrase)
        self.understood.toggled.connect(lambda _c: self._update_button())
        self.crisis_link.clicked.connect(self.show_crisis_page)
        self.buttons.accepted.connect(self.create_journal)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent, data_dir: Path, creator=None):
        """Show the dialog; returns the new open journal, or None when the person quit."""
        dialog = cls(data_dir, creator, parent)
        return dialog.journal if dialog.exec() == QDialog.DialogCode.Accepted else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, preload_services)

    def show_crisis_page(self) -> None:
        """Where to get help now: the crisis page in the guidance library, the page that Help ▸ If you are
        in crisis… opens. Text from the app's own files; nothing is dialled or fetched."""
        from journal_app.services.guidance import CRISIS_ID, Library
        from journal_app.ui.guidance.guidance_library import GuidanceLibrary

        if self.crisis_page is None:
            self.crisis_page = GuidanceLibrary(Library.load(), parent=self)
        self.crisis_page.open(CRISIS_ID)
        self.crisis_page.show()
        self.crisis_page.raise_()
        self.crisis_page.activateWindow()

    def _on_no_passphrase(self, checked: bool) -> None:
        for field in (self.passphrase, self.repeat, self.meter):
            field.setEnabled(not checked)
        self.warning.setVisible(checked)
        self.understood.setVisible(checked)
        if not checked:
            self.understood.setChecked(False)
        self._say("")
        self._update_button()

    def _update_button(self) -> None:
        plain = self.no_passphrase.isChecked()
        self.create_button.setText(
            QCoreApplication.translate("WelcomeDialog", "Create without a passphrase")
            if plain
            else QCoreApplication.translate("WelcomeDialog", "Create my journal")
        )
        self.create_button.setEnabled(not plain or self.understood.isChecked())

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def problem_with_choice(self) -> str | None:
        """Why the current choice cannot be used yet, or None."""
        if self.no_passphrase.isChecked():
            return None if self.understood.isChecked() else message(messages.NO_PASSPHRASE_CONFIRM)
        text = self.passphrase.text()
        if not text:
            return message(messages.CHOOSE_PASSPHRASE)
        result = self.meter.update_for(text)
        if not result.acceptable:
            return result.reason + (f" {result.hints[0]}" if result.hints else "")
        if text != self.repeat.text():
            return message(messages.PASSPHRASES_DIFFER)
        return None

    def create_journal(self) -> bool:
        problem = self.problem_with_choice()
        if problem:
            self._say(problem)
            return False
        passphrase = None if self.no_passphrase.isChecked() else self.passphrase.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.journal = self._create(passphrase)
        except JournalError as exc:
            self._say(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()
        return True
