"""The Export dialog's choices of issue 15: "Also count my private entries (their words stay hidden)" (off:
the numbers count only entries marked "may share", and page 1 says so), people shown as chosen in every
sentence, and the PDF preview drawn on paper (dark on white) even in the dark theme."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from journal_app.models.values import EntryForm, TriggerMark
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui
PRIVATE, SHARED = "zanzibarquokka", "lighthousewren"


@pytest.fixture
def dialog(window, harness, qtbot):
    journal = harness.journal
    fear = journal.trigger("abandonment-fear").id
    quiet = journal.trigger("withdrawal").id
    sam = journal.add_person("Samwise", "partner")
    now = datetime.now().replace(second=0, microsecond=0)
    for days in (6, 5, 4, 3, 2, 1):  # shared moments, all with Samwise: a sentence names who was there
        journal.save(EntryForm(occurred_at=now - timedelta(days=days, hours=1), title=f"Texts {days}",
                               body=f"I felt {SHARED}.", triggers=(TriggerMark(fear, 7),), person_ids=(sam.id,),
                               shared=True))
    journal.save(EntryForm(occurred_at=now - timedelta(hours=3), body=f"Only for me: {PRIVATE}.",
                           triggers=(TriggerMark(quiet, 3),)))
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    qtbot.waitUntil(d.isVisible)
    settle(qtbot, d)
    return d


def settle(qtbot, d) -> str:
    """The preview is built on a worker: wait until the one asked for last is on screen; its text."""
    qtbot.waitUntil(lambda: not d.preview_pending, timeout=10000)
    return d.preview.toPlainText()


def _private_item(d):
    items = [d.entry_list.topLevelItem(i) for i in range(d.entry_list.topLevelItemCount())]
    return next(i for i in items if "(private)" in i.text(0))


def test_private_entries_are_not_counted_unless_asked(dialog, qtbot):
    box = dialog.count_private
    assert box.text() == "Also count my private entries (their words stay hidden)" and not box.isChecked()
    assert box.isEnabled()
    text = dialog.preview.toPlainText()
    assert "These numbers count the 6 entries I chose to share." in text
    assert "Withdrawal came up" not in text and PRIVATE not in text  # its trigger is not counted either
    assert not dialog.options().count_private

    box.setChecked(True)
    text = settle(qtbot, dialog)
    assert "These numbers count all 7 entries; the words of private entries are not shown." in text
    assert "Withdrawal came up once" in text and PRIVATE not in text  # counted, and still not shown
    assert dialog.summary.entries_in_range == 7

    _private_item(dialog).setCheckState(0, Qt.CheckState.Checked)  # now its words are in the summary too
    text = settle(qtbot, dialog)
    assert "These numbers count all 7 entries, private ones too." in text and PRIVATE in text


def test_the_choice_is_off_for_the_whole_journal_backup(dialog):
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert not dialog.count_private.isEnabled()


def test_sentences_follow_the_people_choice(dialog, qtbot):
    dialog.people.setCurrentIndex(dialog.people.findData("name"))
    assert "moments involved Samwise" in settle(qtbot, dialog)
    for mode, shown in (("initial", "involved S."), ("role", "involved my partner")):
        dialog.people.setCurrentIndex(dialog.people.findData(mode))
        text = settle(qtbot, dialog)
        assert shown in text and "Samwise" not in text, mode


def test_the_pdf_preview_is_paper_in_the_dark_theme(dialog, qapp, qtbot):
    from journal_app.services.exporting.pdf import HEADER_ROW
    from journal_app.ui.common.theme import apply_appearance

    apply_appearance(qapp, "dark", 100)
    try:
        qapp.processEvents()
        dialog.refresh()
        settle(qtbot, dialog)
        qapp.processEvents()  # a widget's palette is resolved against its parent's as events are handled
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 60  # the window is dark
        palette = dialog.preview.palette()
        assert palette.color(QPalette.ColorRole.Base).lightness() == 255
        assert palette.color(QPalette.ColorRole.Text).lightness() < 60
        dialog.preview.resize(700, 900)
        shot = dialog.preview.viewport().grab().toImage()
        band = QColor(HEADER_ROW)
        rows = [y for y in range(shot.height()) if QColor(shot.pixel(shot.width() - 20, y)) == band]
        assert rows, "the table header's band is not in view"
        ink = min(QColor(shot.pixel(x, y)).lightness() for y in rows for x in range(shot.width() // 2))
        assert ink < 90, f"the table header's letters are not dark ({ink})"
        assert QColor(shot.pixel(shot.width() - 3, shot.height() - 3)).lightness() == 255

        dialog.format.setCurrentIndex(dialog.format.findData("md"))  # plain text follows the window again
        settle(qtbot, dialog)
        qapp.processEvents()
        assert dialog.preview.palette().color(QPalette.ColorRole.Base) == qapp.palette().color(QPalette.ColorRole.Base)
    finally:
        apply_appearance(qapp, "system", 100)
