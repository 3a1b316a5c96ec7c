"""A passphrase strength bar with plain words under it (zxcvbn through security.assess, imported on first
use so the first window never waits for it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

COLOURS = ("#D55E00", "#D55E00", "#E69F00", "#009E73", "#009E73")  # Okabe–Ito: vermillion, orange, green


def assess(passphrase: str):
    from journal_app.security import assess as assess_strength  # loads zxcvbn and the services: not at start

    return assess_strength(passphrase)


class Meter(QWidget):
    """A strength bar and its words (security.assess, imported on first use)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName("Passphrase strength")
        self.label = QLabel("")
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Passphrase strength in words")
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
            return None
        self.result = r = assess(passphrase)
        self.label.show()
        self.bar.setValue(max(r.score, 1) if r.acceptable else min(max(r.score, 1), 2))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[r.score]}; }}")
        if r.acceptable:
            self.label.setText(f"{r.label}." + (" A longer one is stronger still." if r.score < 4 else ""))
        else:
            self.label.setText(f"{r.label}.")
        return r


StrengthMeter = Meter
