"""The keyboard shortcuts window in German: a key that works in one part of the window names that part as it is
called there, its noun keeping its capital ("In den Papierkorb (in „Einträge“)", not "(in einträge)")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from journal_app.ui.guidance.help_windows import ShortcutsWindow

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("german")]  # tests/ui/conftest.py


def test_elsewhere_names_the_part_of_the_window_in_german(qtbot, window):
    dialog = ShortcutsWindow(window)
    qtbot.addWidget(dialog)
    dialog.show()
    elsewhere = dialog.rows()["Anderswo"]
    delete = QKeySequence(QKeySequence.StandardKey.Delete).toString(QKeySequence.SequenceFormat.NativeText)
    assert elsewhere == {"In den Papierkorb (in „Einträge“)": delete}
