"""The safety plan in German: every word of the dialog (its introduction, where it is kept, the buttons, what it
says after saving) and the note shown while locked, none of it left in English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QRadioButton

from journal_app.services import safety_plan as sp
from journal_app.ui.guidance.safety_plan_dialog import SafetyPlanDialog, show_safety_plan

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("german")]  # tests/ui/conftest.py
ENGLISH = ("the ", "journal", "your ", "plan can", "Save", "Print", "Close", "crisis", "locked", "Keep", "kept")


def _shown_words(dialog) -> list[str]:
    words = [dialog.windowTitle()]
    for kind in (QLabel, QPushButton, QRadioButton):
        words += [w.text() for w in dialog.findChildren(kind) if w.isVisible() and w.text()]
    words += [w.accessibleName() for w in dialog.findChildren(QPushButton) if w.accessibleName()]
    return words


def test_the_dialog_is_german_throughout(qtbot, journal):
    dialog = SafetyPlanDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    words = [*_shown_words(dialog), dialog.save_button.toolTip()]
    assert dialog.windowTitle() == "Mein Sicherheitsplan"
    assert dialog.where_heading.text() == "Soll sich der Plan lesen lassen, solange das Tagebuch gesperrt ist?"
    assert dialog.locked_choice.text().startswith("Ja") and dialog.journal_choice.text().startswith("Nein")
    assert dialog.pdf_button.text() == "Als P&DF speichern…"
    english = [w for w in words if any(e in w for e in ENGLISH)]
    assert english == [], english

    dialog.editors[next(iter(dialog.editors))].setPlainText("Spazieren gehen")
    dialog.journal_choice.setChecked(True)
    dialog.save()
    assert dialog.status.text() == "In deinem Tagebuch gespeichert. Er öffnet sich nach dem Entsperren."
    dialog.close()


def test_the_note_while_locked_is_german(qtbot, tmp_path):
    note = show_safety_plan(None, data_dir=tmp_path)
    qtbot.addWidget(note)
    assert isinstance(note, QMessageBox)
    assert note.windowTitle() == "Mein Sicherheitsplan"
    assert note.text() == QApplication.translate("SafetyPlanDialog", sp.NONE_READABLE) != sp.NONE_READABLE
    assert [b.text() for b in note.buttons() if b.text().startswith("Wenn du")] == ["Wenn du in einer Krise bist…"]
    note.close()
