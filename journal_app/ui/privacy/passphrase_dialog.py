"""Set, change or remove the journal's passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from journal_app.core import messages
from journal_app.ui.common.i18n import message
from journal_app.ui.common.preferences import Preferences
from journal_app.ui.common.widgets import problem_label
from journal_app.ui.privacy.strength_meter import StrengthMeter

if TYPE_CHECKING:
    from journal_app.ui.common.operations import Operation


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    def __init__(self, journal, parent=None, prefs: Preferences | None = None) -> None:
        """`prefs` tell where backups are kept (the backup_folder setting; the app's own settings when None):
        encrypting removes the old unencrypted backups there too."""
        super().__init__(parent)
        self._journal = journal
        self.running: Operation | None = None  # the change under way on a worker (operations.run), or None
        self.prefs = prefs if prefs is not None else Preferences()
        encrypted = journal.encrypted
        self.setWindowTitle(
            QCoreApplication.translate("PassphraseDialog", "Change passphrase")
            if encrypted
            else QCoreApplication.translate("PassphraseDialog", "Protect with a passphrase")
        )
        self.setMinimumWidth(460)
        intro = QLabel(
            message(messages.PASSPHRASE_CHANGE_INTRO if encrypted else messages.PASSPHRASE_SET_INTRO)
        )
        intro.setWordWrap(True)
        self.current = password_field(QCoreApplication.translate("PassphraseDialog", "Current passphrase"))
        self.new = password_field(QCoreApplication.translate("PassphraseDialog", "New passphrase"))
        self.repeat = password_field(QCoreApplication.translate("PassphraseDialog", "New passphrase again"))
        self.meter = StrengthMeter()
        self.remove = QCheckBox(
            QCoreApplication.translate("PassphraseDialog", "Remove the passphrase (not recommended)")
        )
        self.remove.setVisible(encrypted)
        self.problem = problem_label()
        self.problem.setAccessibleName(QCoreApplication.translate("PassphraseDialog", "Problem"))
        form = QFormLayout()
        if encrypted:
            form.addRow(QCoreApplication.translate("PassphraseDialog", "Current passphrase:"), self.current)
        form.addRow(QCoreApplication.translate("PassphraseDialog", "New passphrase:"), self.new)
        form.addRow(QCoreApplication.translate("PassphraseDialog", "Type it again:"), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("PassphraseDialog", "Change")
            if encrypted
            else QCoreApplication.translate("PassphraseDialog", "Encrypt")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.meter)
        layout.addWidget(self.remove)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self.meter.update_for)
        self.remove.toggled.connect(self._on_remove)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, journal, parent=None, prefs: Preferences | None = None) -> bool:
        """Show the dialog; True when the passphrase was changed."""
        return cls(journal, parent, prefs).exec() == QDialog.DialogCode.Accepted

    def _on_remove(self, checked: bool) -> None:
        for field in (self.new, self.repeat):
            field.setEnabled(not checked)
        self.problem.setText(message(messages.NO_PASSPHRASE_WARNING) if checked else "")

    def _check(self) -> str | None:
        # composed and decomposed accents are the same passphrase (the store derives keys from the NFC form)
        if self._journal.encrypted and not self._journal.opens_with(self.current.text()):
            return QCoreApplication.translate("PassphraseDialog", "The current passphrase is not right.")
        if self.remove.isChecked():
            return None
        result = self.meter.update_for(self.new.text())
        if result is None:
            return QCoreApplication.translate("PassphraseDialog", "Please type a new passphrase.")
        if not result.acceptable:
            return result.reason + (f" {result.hints[0]}" if result.hints else "")
        if self.new.text() != self.repeat.text():
            return QCoreApplication.translate("PassphraseDialog", "The two new passphrases are not the same.")
        return None

    def apply(self) -> None:
        problem = self._check()
        if problem:
            self.problem.setText(problem)
            return
        if self.remove.isChecked():
            answer = QMessageBox.warning(
                self,
                QCoreApplication.translate("PassphraseDialog", "Remove the passphrase?"),
                message(messages.NO_PASSPHRASE_WARNING),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from journal_app.services.security import change_passphrase
        from journal_app.ui.common import operations
        from journal_app.ui.common.preferences import backup_folder

        journal, folder = self._journal, backup_folder(self.prefs)
        new = None if self.remove.isChecked() else self.new.text()

        def failed(text: str) -> None:
            self._set_busy(False)
            self.problem.setText(text)

        def done(_result) -> None:
            self._set_busy(False)
            self.accept()

        # the whole file is copied and re-encrypted: on a worker, the dialog says so and waits meanwhile
        self._set_busy(True)
        self.running = operations.run(
            self,
            lambda: change_passphrase(journal, new, backup_folder=folder),
            done,
            failed,
            key=operations.FILE_KEY,
            changes=True,
        )

    @property
    def busy(self) -> bool:
        return self.running is not None

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.running = None
        for w in (self.current, self.new, self.repeat, self.remove, self.buttons):
            w.setEnabled(not busy)
        if busy:
            self.problem.setText(
                QCoreApplication.translate(
                    "PassphraseDialog", "Encrypting your journal again… Please keep the app open."
                )
            )
        if not busy and self.remove.isChecked():
            for field in (self.new, self.repeat):
                field.setEnabled(False)

    def reject(self) -> None:
        if self.busy:
            return  # half-way through: the journal is swapped only once the copy is verified
        super().reject()
