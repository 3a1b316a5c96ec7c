"""The gentle safety cue in the guidance panel (issue 18, item 4): when an entry's words suggest self-harm,
suicide or danger from someone, the crisis page comes first with one calm line. No pop-up; nothing stored,
flagged, exported or counted."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal_app.models.values import EntryForm
from journal_app.services.safety_cue import CUE_LINE
from journal_app.ui.guidance.guidance_panel import cue_text
from tests.ui.opening import open_entry

pytestmark = pytest.mark.gui

WORDS = "We argued about the dishes. He said he'd hurt me if I left, and I need space."


def _new_entry(window, qtbot):
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.editor_area)
    return window.editor


def _folder_bytes(data_dir) -> dict:
    """Every file of the journal folder, but SQLite's -shm: that is the shared-memory index of the WAL, whose
    read marks move whenever anything is read (opening an entry does); it holds no data."""
    return {p.relative_to(data_dir): p.read_bytes() for p in sorted(data_dir.rglob("*"))
            if p.is_file() and not p.name.endswith("-shm")}


def _top_level_shown() -> set:
    """The windows on screen, by their C++ address (Python wrappers of earlier tests' windows may be stale)."""
    import shiboken6

    return {shiboken6.getCppPointer(w)[0] for w in QApplication.topLevelWidgets()
            if shiboken6.isValid(w) and w.isVisible()}


def test_the_cue_follows_the_words_and_goes_when_they_go(window, qtbot):
    editor = _new_entry(window, qtbot)
    panel = window.guidance.panel
    assert not panel.cue.isVisible() and panel.empty.isVisible()
    shown = _top_level_shown()
    qtbot.keyClicks(editor.body, "I don't want to be here anymore.")
    qtbot.waitUntil(panel.cue.isVisible, timeout=3000)
    assert panel.cue.line.text() == CUE_LINE
    assert not panel.empty.isVisible()  # "reading shows up here" would sit oddly under it
    assert _top_level_shown() <= shown  # no pop-up, no new window (earlier tests' may still be closing)
    editor.body.clear()
    qtbot.keyClicks(editor.body, "I was killing time before the bus; I'm dying to see you.")
    qtbot.waitUntil(lambda: not panel.cue.isVisible(), timeout=3000)
    assert panel.empty.isVisible()


def test_the_crisis_page_comes_first_above_the_reading(window, qtbot):
    editor = _new_entry(window, qtbot)
    panel = window.guidance.panel
    qtbot.keyClicks(editor.body, WORDS)
    qtbot.waitUntil(lambda: panel.cue.isVisible() and panel.article_ids()[:1] == ["withdrawal"], timeout=3000)
    # the cue sits above the cards in the panel
    def y(widget) -> int:
        return widget.mapTo(panel, widget.rect().topLeft()).y()

    qtbot.waitUntil(lambda: y(panel.cue) + panel.cue.height() <= y(panel.cards[0]), timeout=3000)  # once laid out
    qtbot.mouseClick(panel.cue.crisis, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.guidance.help_windows import CrisisWindow

    pages = lambda: [w for w in QApplication.topLevelWidgets() if isinstance(w, CrisisWindow) and w.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: bool(pages()))
    assert pages()[0].page_text().startswith("If you are in crisis")
    pages()[0].close()


def test_the_translatable_line_is_the_shared_line():
    assert cue_text() == CUE_LINE


def test_the_template_prompts_alone_never_show_it(window, qtbot):
    editor = _new_entry(window, qtbot)
    qtbot.mouseClick(editor.prompts, Qt.MouseButton.LeftButton)
    window.guidance.refresh()
    assert not window.guidance.panel.cue.isVisible()


def test_nothing_is_stored_flagged_or_exported(harness, qtbot):
    """Opening an entry whose words show the cue leaves every file of the journal byte-identical, and its
    exports carry no trace of the cue."""
    from journal_app.models.analytics_values import DateRange
    from journal_app.services.exporting.build import build_summary
    from journal_app.services.exporting.json_backup import write_backup
    from journal_app.services.exporting.render import render
    from journal_app.services.exporting.summary import SummaryOptions

    journal, window = harness.journal, harness.window
    saved = journal.save(EntryForm(occurred_at=datetime(2026, 3, 10, 21, 0), title="Tuesday", body=WORDS,
                                   shared=True))
    before = _folder_bytes(harness.data_dir)
    open_entry(window, saved.id)
    panel = window.guidance.panel
    qtbot.waitUntil(panel.cue.isVisible, timeout=3000)
    qtbot.wait(600)  # past the typing pause and any autosave tick
    assert window.editor.entry_id == saved.id
    assert _folder_bytes(harness.data_dir) == before

    options = SummaryOptions(date_range=DateRange(date(2026, 3, 1), date(2026, 3, 20)), entry_ids=(saved.id,))
    summary = build_summary(journal, options, today=date(2026, 3, 20))
    stream = io.BytesIO()
    write_backup(journal, stream)
    exports = {"json backup": stream.getvalue().decode("utf-8")}
    for fmt in ("md", "csv"):
        exports[fmt] = render(summary, fmt).decode("utf-8-sig")
    for name, text in exports.items():
        assert "hurt me if I left" in text, name  # the entry's words are there ...
        low = text.lower()
        for trace in (CUE_LINE.lower(), "safety", "help is there now", "crisis"):
            assert trace not in low, (name, trace)  # ... and nothing of the cue


def test_the_cue_offers_the_safety_plan_too(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.guidance.safety_plan_dialog import SafetyPlanDialog

    editor = _new_entry(window, qtbot)
    panel = window.guidance.panel
    qtbot.keyClicks(editor.body, WORDS)
    qtbot.waitUntil(panel.cue.isVisible, timeout=3000)
    assert panel.cue.plan.isVisible()
    qtbot.mouseClick(panel.cue.plan, Qt.MouseButton.LeftButton)

    def plans():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, SafetyPlanDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(plans()))
    plans()[0].close()
