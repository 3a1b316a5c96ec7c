"""A passphrase strength bar with plain words under it (zxcvbn through security.assess, imported on first
use so the first window never waits for it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from journal_app.ui.common.i18n import message

COLOURS = ("#D55E00", "#D55E00", "#E69F00", "#009E73", "#009E73")  # Okabe–Ito: vermillion, orange, green


def assess(passphrase: str):
    from journal_app.services.security import (
        assess as assess_strength,  # loads zxcvbn and the services: not at start
    )

    return assess_strength(passphrase)


class Meter(QWidget):
    """A strength bar and its words (security.assess, imported on first use)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(QCoreApplication.translate("StrengthMeter", "Passphrase strength"))
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(
            QCoreApplication.translate("StrengthMeter", "Passphrase strength in words")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.label.hide()
        self.result = None

    def update_for(self, passphrase: str):
        if not passphrase:
            self.result = None
            self.bar.setValue(0)
            self.label.setText("")
            self.label.hide()
            self.bar.setAccessibleDescription("")
            return None
        self.result = r = assess(passphrase)
        self.label.show()
        self.bar.setValue(max(r.score, 1) if r.acceptable else min(max(r.score, 1), 2))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[r.score]}; }}")
        label = message(r.label)  # one of security.LABELS
        if r.acceptable and r.score < 4:
            self.label.setText(
                QCoreApplication.translate(
                    "StrengthMeter", "{label}. A longer one is stronger still."
                ).format(label=label)
            )
        else:
            self.label.setText(QCoreApplication.translate("StrengthMeter", "{label}.").format(label=label))
        self.bar.setAccessibleDescription(label)
        return r


StrengthMeter = Meter
