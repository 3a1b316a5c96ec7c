"""Enter in "Something to bring up…" adds only that: no session is added by a default button."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from journal_app.services import therapy
from journal_app.ui.common import operations

pytestmark = pytest.mark.gui


def test_enter_in_bring_up_adds_only_the_question(window, harness, qtbot):
    from journal_app.ui.therapy.sessions_dialog import SessionsDialog

    journal = harness.journal
    dialog = SessionsDialog(journal, window, today=date(2026, 3, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.day.setDate(QDate(2026, 3, 17))
    dialog.new_item.setFocus()
    qtbot.keyClicks(dialog.new_item, "Why do I go quiet with Mum?")
    qtbot.keyClick(dialog.new_item, Qt.Key.Key_Return)
    operations.wait_all()  # saved on a worker
    assert [i.text for i in therapy.agenda(journal)] == ["Why do I go quiet with Mum?"]
    assert therapy.sessions(journal) == []
    assert dialog.isVisible()  # Enter did not close the dialog either

    qtbot.keyClick(dialog.new_item, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # empty: nothing
    operations.wait_all()
    assert therapy.sessions(journal) == [] and len(therapy.agenda(journal)) == 1

    # Enter on the focused "Add session" button still adds a session, as a keyboard user expects
    dialog.add_session_button.setFocus()
    qtbot.keyClick(dialog.add_session_button, Qt.Key.Key_Return)
    operations.wait_all()
    assert [s.held_on for s in therapy.sessions(journal)] == [date(2026, 3, 17)]
