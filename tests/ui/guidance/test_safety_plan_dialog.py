"""The safety plan in the window (issue 18, item 3): written in seven sections, kept where the person chose
(asked before the first save, changeable later: the plan moves), printed or saved as PDF (dark on white in a dark
theme too, 0600, never inside the journal's folder), and reachable from the same places as the crisis page.
While locked it opens read-only when it was kept readable then; kept inside the journal, a calm note says it
opens after unlocking. Neither unlocks anything."""

from __future__ import annotations

import shutil
import stat
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.services import safety_plan as sp
from journal_app.services.journal import Journal
from journal_app.ui.guidance.safety_plan_dialog import SafetyPlanDialog

pytestmark = pytest.mark.gui


def open_plans() -> list:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, (SafetyPlanDialog, QMessageBox)) and w.isVisible() and w.windowTitle() == "My safety plan"]


@pytest.fixture(autouse=True)
def _close_plans():
    yield
    for w in open_plans():
        if isinstance(w, SafetyPlanDialog):
            w.dirty = False
        w.close()


@pytest.fixture
def no_opening(monkeypatch):
    opened = []

    def refuse(*args, **kwargs):
        opened.append(args)
        raise AssertionError("the safety plan opened the journal")

    monkeypatch.setattr(Journal, "open", refuse)
    return opened


def write(dialog: SafetyPlanDialog, key: str, text: str) -> None:
    dialog.editors[key].setPlainText(text)


def test_a_new_plan_asks_where_it_is_kept_before_it_can_be_saved(journal, qtbot):
    dialog = SafetyPlanDialog(journal)
    qtbot.addWidget(dialog)
    assert [dialog.editors[s.key].accessibleName() for s in sp.SECTIONS] == [s.title for s in sp.SECTIONS]
    assert dialog.choice.checkedButton() is None
    write(dialog, "warning_signs", "Not sleeping")
    assert not dialog.save_button.isEnabled()
    assert not dialog.save() and "Please choose first" in dialog.problem.text()
    assert sp.load(journal) is None
    assert "not encrypted" in dialog.locked_note.text()
    assert "anyone who can open your files" in dialog.locked_note.text()
    assert "encrypted with your passphrase" in dialog.journal_note.text()
    dialog.locked_choice.setChecked(True)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path = sp.file_path(journal.data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sp.read_file(journal.data_dir).text("warning_signs") == "Not sleeping"
    assert "can be read while the journal is locked" in dialog.status.text()


def test_changing_the_choice_moves_the_plan(journal, qtbot):
    sp.save(journal, {"what_matters": "My dog"}, readable_when_locked=True)
    dialog = SafetyPlanDialog(journal)
    qtbot.addWidget(dialog)
    assert dialog.locked_choice.isChecked() and dialog.editors["what_matters"].toPlainText() == "My dog"
    dialog.journal_choice.setChecked(True)
    assert dialog.save()
    assert not sp.file_path(journal.data_dir).exists() and sp.where(journal) == sp.IN_JOURNAL
    assert "no copy was left in the old place" in dialog.status.text()


def test_closing_with_changes_asks_and_cancel_keeps_them(journal, qtbot):
    dialog = SafetyPlanDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    write(dialog, "on_my_own", "A walk")
    asked = []
    dialog.confirm_close = lambda: asked.append(1) or QMessageBox.StandardButton.Cancel
    dialog.close()
    assert asked and dialog.isVisible() and dialog.editors["on_my_own"].toPlainText() == "A walk"
    dialog.confirm_close = lambda: QMessageBox.StandardButton.Discard
    dialog.close()
    assert not dialog.isVisible() and sp.load(journal) is None


def test_locking_saves_a_plan_whose_place_is_chosen_and_closes_it(lock_harness, qtbot):
    window = lock_harness.window
    window.help.safety_plan_action.trigger()
    dialog = next(w for w in open_plans() if isinstance(w, SafetyPlanDialog))
    assert dialog.parent() is window and not dialog.read_only
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10000)  # read on a worker
    dialog.journal_choice.setChecked(True)
    write(dialog, "ask_for_help", "Sam, 07700 900123")
    assert lock_harness.controller.lock()
    assert not dialog.isVisible()
    with Journal.open(lock_harness.data_dir, passphrase="lantern orbit pickle umbrella") as j:
        assert sp.load(j).text("ask_for_help") == "Sam, 07700 900123"


@pytest.fixture
def locked_page(lock_harness, qtbot):
    assert lock_harness.controller.lock()
    qtbot.waitUntil(lambda: lock_harness.controller.unlock_dialog is not None)
    lock_harness.controller.unlock_dialog.reject()
    qtbot.waitUntil(lambda: lock_harness.controller.unlock_dialog is None)
    return lock_harness


def test_kept_readable_it_opens_read_only_from_every_locked_place(lock_harness, qtbot, monkeypatch):
    sp.save(lock_harness.journal, {"professionals": "Dr Rees 0161 496 0000"}, readable_when_locked=True)
    assert lock_harness.controller.lock()
    qtbot.waitUntil(lambda: lock_harness.controller.unlock_dialog is not None)
    controller, window = lock_harness.controller, lock_harness.window
    failures = controller.backoff.failures
    opened = []
    monkeypatch.setattr(Journal, "open", lambda *a, **k: opened.append(a))
    dialog = controller.unlock_dialog
    places = [lambda: qtbot.mouseClick(dialog.safety_plan_button, Qt.MouseButton.LeftButton),
              lambda: qtbot.mouseClick(controller.safety_plan_button, Qt.MouseButton.LeftButton),
              window.tray.tray_safety_plan_action.trigger,
              window.help.safety_plan_action.trigger]
    for open_it in places:
        open_it()
        plans = [w for w in open_plans() if isinstance(w, SafetyPlanDialog)]
        assert len(plans) == 1
        plan = plans[0]
        assert plan.read_only and plan.editors["professionals"].isReadOnly()
        assert plan.editors["professionals"].toPlainText() == "Dr Rees 0161 496 0000"
        assert not plan.save_button.isVisible() and not plan.where_box.isVisible()
        plan.close()
    assert opened == [] and controller.journal is None and controller.backoff.failures == failures
    assert controller.safety_plan_button.text() == "My &safety plan…"


def test_kept_inside_the_journal_the_locked_places_say_it_opens_after_unlocking(lock_harness, qtbot, monkeypatch):
    sp.save(lock_harness.journal, {"professionals": "Dr Rees"}, readable_when_locked=False)
    assert lock_harness.controller.lock()
    qtbot.waitUntil(lambda: lock_harness.controller.unlock_dialog is not None)
    opened = []
    monkeypatch.setattr(Journal, "open", lambda *a, **k: opened.append(a))
    qtbot.mouseClick(lock_harness.controller.unlock_dialog.safety_plan_button, Qt.MouseButton.LeftButton)
    notes = [w for w in open_plans() if isinstance(w, QMessageBox)]
    assert len(notes) == 1 and "opens after you unlock it" in notes[0].text()
    assert "crisis page opens without unlocking" in notes[0].text()
    assert "Dr Rees" not in notes[0].text() and opened == []
    assert not [w for w in open_plans() if isinstance(w, SafetyPlanDialog)]


def test_from_quick_capture(window, qtbot):
    window.tray.quick_action.trigger()
    quick = window.tray.quick
    qtbot.keyClicks(quick.what, "A hard evening")
    assert quick.safety_plan_button.isVisible()
    qtbot.mouseClick(quick.safety_plan_button, Qt.MouseButton.LeftButton)
    plans = [w for w in open_plans() if isinstance(w, SafetyPlanDialog)]
    assert len(plans) == 1 and plans[0].parent() is window and not plans[0].read_only
    assert quick.what.text() == "A hard evening"


def test_save_as_pdf_is_0600_and_never_inside_the_journal_folder(journal, qtbot, tmp_path):
    sp.save(journal, {"warning_signs": "Not sleeping"}, readable_when_locked=False)
    dialog = SafetyPlanDialog(journal)
    qtbot.addWidget(dialog)
    inside = journal.data_dir / "plan.pdf"
    dialog.ask_pdf_path = lambda: inside
    assert dialog.save_pdf() is None and not inside.exists()
    assert "inside the journal's own folder" in dialog.problem.text()
    outside = tmp_path / "plan.pdf"
    dialog.ask_pdf_path = lambda: outside
    assert dialog.save_pdf() == outside
    assert stat.S_IMODE(outside.stat().st_mode) == 0o600 and outside.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.partial"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is not installed")
def test_the_pdf_is_dark_on_white_in_a_dark_theme(qapp, tmp_path):
    from journal_app.services.exporting.pdf import render_safety_plan_pdf
    from journal_app.ui.common.theme import apply_appearance

    apply_appearance(qapp, "dark", 100)
    try:
        assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 200
        pdf = tmp_path / "plan.pdf"
        pdf.write_bytes(render_safety_plan_pdf(sp.SafetyPlan({"warning_signs": "W" * 60})))
    finally:
        apply_appearance(qapp, "system", 100)
    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=60)
    image = QImage(str(tmp_path / "page.png"))
    values = [QColor(image.pixel(x, y)).lightness() for y in range(0, image.height(), 3)
              for x in range(0, image.width(), 3)]
    assert sum(v > 240 for v in values) > 0.8 * len(values)  # white paper
    assert min(values) < 80  # dark ink


def test_named_for_screen_readers(journal, qtbot):
    from tests.ui.accessibility import unnamed_controls

    dialog = SafetyPlanDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []


def test_from_the_unlock_dialog_at_start_it_opens_as_its_child(encrypted_dir, qtbot, no_opening):
    """At start the unlock dialog blocks the whole app: the plan opens as its child, so it can be read."""
    from journal_app.ui.privacy.unlock_dialog import UnlockDialog

    with_file = sp.file_path(encrypted_dir)
    sp._write_file(encrypted_dir, sp.SafetyPlan({"what_matters": "My niece"}))
    assert with_file.exists()
    dialog = UnlockDialog(encrypted_dir)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = [m.group(1).lower() for kind in (QAbstractButton, QLabel) for w in dialog.findChildren(kind)
            for m in [re.search(r"&(\w)", w.text())] if m]
    assert "s" in keys and len(keys) == len(set(keys)), keys  # Alt+S opens it and clashes with nothing
    qtbot.mouseClick(dialog.safety_plan_button, Qt.MouseButton.LeftButton)
    plans = [w for w in open_plans() if isinstance(w, SafetyPlanDialog)]
    assert len(plans) == 1 and plans[0].parent() is dialog and plans[0].read_only
    assert plans[0].editors["what_matters"].toPlainText() == "My niece"
    assert dialog.isVisible() and dialog.journal is None and no_opening == []


def test_a_plan_file_that_cannot_be_read_gets_a_calm_note_and_is_left_alone(journal, qtbot):
    from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan

    path = sp.file_path(journal.data_dir)
    path.write_text("{ not a plan", "utf-8")
    dialog = show_safety_plan(journal, journal.data_dir)
    assert isinstance(dialog, SafetyPlanDialog)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10000)  # read on a worker
    assert "left as it is" in dialog.problem.text() and dialog.problem.isVisible()
    assert not dialog.editors["what_matters"].isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.save() and path.read_text("utf-8") == "{ not a plan"
    dialog.close()


def test_opened_from_the_window_the_plan_is_read_on_a_worker_and_its_fields_wait(journal, qtbot, monkeypatch):
    import threading

    from journal_app.ui.guidance.safety_plan_dialog import show_safety_plan
    from tests.ui.gate import Gate

    sp.save(journal, {"what_matters": "My dog"}, readable_when_locked=False)
    gate = Gate(sp, "load", monkeypatch)
    dialog = show_safety_plan(journal, journal.data_dir)
    assert gate.started.wait(5)
    assert dialog.isVisible() and dialog.reading  # shown at once
    assert not dialog.editors["what_matters"].isEnabled() and not dialog.where_box.isEnabled()
    assert not dialog.save()  # nothing typed before it is read can overwrite it
    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.reading, timeout=10000)
    assert gate.threads[0] is not threading.main_thread()
    assert dialog.editors["what_matters"].toPlainText() == "My dog" and dialog.journal_choice.isChecked()
    assert dialog.editors["what_matters"].isEnabled() and not dialog.dirty and not dialog.save_button.isEnabled()
    write(dialog, "ask_for_help", "Sam")
    assert dialog.save() and sp.load(journal).text("ask_for_help") == "Sam"
