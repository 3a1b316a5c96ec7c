"""The Export dialog's cycle choice (issue 20): ticking "The cycle" and the people whose cycles go in reaches the
summary, its preview (built on a worker, as every preview) and the file written, PDF and Markdown; a person not
ticked and private entries stay out; the CSV and the JSON backup have no cycle section, so the choice is off there."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from journal_app.models.cycle_values import BeliefMark, MoveMark
from journal_app.models.values import EntryForm, TriggerMark
from tests.ui.opening import opened_export
from tests.ui.therapy.test_export_dialog import settle

pytestmark = pytest.mark.gui
SAM_BELIEF, ALEX_BELIEF, PRIVATE_BELIEF = "Nobody stays", "Quokkas keep score", "Zanzibar owls never call"


@pytest.fixture
def dialog(window, harness, qtbot):
    journal = harness.journal
    fear = journal.trigger("abandonment-fear").id
    quiet = journal.move("went-quiet").id
    sam, alex = journal.add_person("Sam", "partner"), journal.add_person("Alex", "friend")
    now = datetime.now().replace(second=0, microsecond=0)
    for day, person, belief, shared in ((5, sam, SAM_BELIEF, True), (4, sam, SAM_BELIEF, True),
                                        (3, alex, ALEX_BELIEF, True), (2, sam, PRIVATE_BELIEF, False)):
        held = journal.add_belief(belief)
        journal.save(EntryForm(occurred_at=now - timedelta(days=day), body="A moment.",
                               triggers=(TriggerMark(fear, 6),), person_ids=(person.id,), responses=("kept-checking",),
                               beliefs=(BeliefMark(held.id, 70),), moves=(MoveMark(person.id, quiet),),
                               shared=shared))
    window.therapy.export_action.trigger()
    d = opened_export(window)  # (its first reads on a worker)
    qtbot.waitUntil(d.isVisible)
    settle(qtbot, d)
    return d


def _person(d, name):
    return next(d.cycle_people.topLevelItem(i) for i in range(d.cycle_people.topLevelItemCount())
                if d.cycle_people.topLevelItem(i).text(0) == name)


def test_off_by_default_and_the_people_all_ticked(dialog):
    assert not dialog.cycle_box.isChecked() and not dialog.options().include_cycle
    assert dialog.cycle_people.isHidden()
    assert "The cycle" not in dialog.preview.toPlainText()
    names = sorted(dialog.cycle_people.topLevelItem(i).text(0) for i in range(dialog.cycle_people.topLevelItemCount()))
    assert names == ["Alex", "Sam"]
    assert _person(dialog, "Sam").checkState(0) == Qt.CheckState.Checked


def test_the_choice_reaches_the_markdown_preview_and_file(dialog, qtbot, tmp_path):
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.people.setCurrentIndex(dialog.people.findData("initial"))
    box = dialog.cycle_box  # clicked on its box, at its left
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.cycle_box.isChecked() and dialog.cycle_people.isVisible()
    assert dialog.preview_pending  # the preview follows on a worker
    text = settle(qtbot, dialog)
    section = text[text.index("## The cycle"):]
    assert "### With S." in section and "### With A." in section and SAM_BELIEF in section
    assert PRIVATE_BELIEF not in text  # a private entry: not counted, not shown
    _person(dialog, "Alex").setCheckState(0, Qt.CheckState.Unchecked)
    options = dialog.options()
    assert options.include_cycle and options.cycle_people == (dialog._journal.person("Sam").id,)
    text = settle(qtbot, dialog)
    section = text[text.index("## The cycle"):text.index("## Entries")]
    assert "With S." in section and "A." not in section and ALEX_BELIEF not in section
    assert "Sam" not in text and "Alex" not in text  # initials everywhere
    target = tmp_path / "summary.md"
    dialog.write_to(target, wait=True)
    assert target.read_text(encoding="utf-8") == text
    _person(dialog, "Sam").setCheckState(0, Qt.CheckState.Unchecked)  # nobody ticked: no cycle
    assert not dialog.options().include_cycle
    assert "## The cycle" not in settle(qtbot, dialog)


def test_the_choice_reaches_the_pdf_preview_and_file(dialog, qtbot, tmp_path):
    from pypdf import PdfReader

    assert dialog.fmt() == "pdf"
    dialog.people.setCurrentIndex(dialog.people.findData("name"))
    dialog.cycle_box.setChecked(True)
    _person(dialog, "Alex").setCheckState(0, Qt.CheckState.Unchecked)
    shown = settle(qtbot, dialog)
    assert PRIVATE_BELIEF not in shown
    sam = dialog._journal.person("Sam").id
    document = dialog.preview.document()  # the diagram and the beliefs' chart, drawn on the worker
    for key in (f"cycle-person-{sam}", "cycle-beliefs"):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{key}.png"))
        assert isinstance(image, QImage) and not image.isNull(), key
    alex = dialog._journal.person("Alex").id
    assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart-cycle-person-{alex}.png")) is None
    shown = shown[shown.index("The cycle"):shown.rindex("Entries")]
    assert "With Sam" in shown and SAM_BELIEF in shown
    assert "Alex" not in shown and ALEX_BELIEF not in shown
    target = tmp_path / "summary.pdf"
    dialog.write_to(target, wait=True)
    written = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split())
                                                     for p in PdfReader(str(target)).pages))
    assert PRIVATE_BELIEF not in written
    written = written[written.index("The cycle"):written.rindex("Entries")]
    assert "With Sam" in written and SAM_BELIEF in written
    assert "Alex" not in written and ALEX_BELIEF not in written


def test_no_cycle_choice_for_csv_and_json(dialog, qtbot):
    dialog.cycle_box.setChecked(True)
    for fmt in ("csv", "json"):
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        settle(qtbot, dialog)
        assert not dialog.cycle_box.isEnabled()
        if fmt == "csv":
            assert not dialog.options().include_cycle
            assert "last columns" in dialog.cycle_box.toolTip()  # where the CSV has its part of the cycle
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    assert dialog.cycle_box.isEnabled() and dialog.options().include_cycle
    assert "last columns" not in dialog.cycle_box.toolTip()


def test_the_cycle_figures_are_kept_while_the_cycle_stays(dialog, qtbot):
    """Toggling something else draws the cycle's figures again no more; a change to the cycle does."""
    dialog.cycle_box.setChecked(True)
    settle(qtbot, dialog)
    summary = dialog.summary
    first = dialog.charts.images(summary)
    assert [key for key, _image, _alt in first if key.startswith("cycle-")]
    dialog.numbers.setChecked(False)
    settle(qtbot, dialog)
    assert dialog.charts.images(dialog.summary)[-1][1] is first[-1][1]  # the same image, not drawn again
    _person(dialog, "Alex").setCheckState(0, Qt.CheckState.Unchecked)
    settle(qtbot, dialog)
    assert dialog.charts.images(dialog.summary)[-1][1] is not first[-1][1]
