"""A passphrase strength bar with plain words under it (zxcvbn through security.assess)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from journal_app.security import Assessment, assess

COLOURS = ("#D55E00", "#D55E00", "#E69F00", "#009E73", "#009E73")


class StrengthMeter(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName("Passphrase strength")
        self.label = QLabel("")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.result: Assessment | None = None

    def update_for(self, passphrase: str) -> Assessment | None:
        if not passphrase:
            self.result = None
            self.bar.setValue(0)
            self.label.setText("")
            return None
        self.result = assess(passphrase)
        self.bar.setValue(self.result.score if self.result.acceptable else min(self.result.score, 2))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[self.result.score]}; }}")
        if self.result.acceptable:
            self.label.setText(f"{self.result.label}.")
        else:
            hint = f" {self.result.hints[0]}" if self.result.hints else ""
            self.label.setText(f"{self.result.label}: {self.result.reason}{hint}")
        return self.result
