"""Guidance in the window: the panel follows ticks and words, a prompt goes into the entry, the library reads,
searches and links, the crisis page is one menu click away, and own triggers can be linked to articles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from journal_app.ui.common import operations
from tests.ui.guidance.waiting import cue_loaded

pytestmark = pytest.mark.gui


def _new_entry(window, qtbot):
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.editor_area)
    cue_loaded(qtbot)
    return window.editor



def test_panel_updates_when_a_trigger_is_ticked(window, qtbot):
    editor = _new_entry(window, qtbot)
    panel = window.guidance.panel
    assert panel.suggestions == [] and panel.empty.isVisible()
    qtbot.mouseClick(editor.triggers.row_for("withdrawal").check, Qt.MouseButton.LeftButton)
    assert panel.article_ids()[0] == "withdrawal"  # at once, not after a pause
    assert panel.cards[0].reason.text() == "Because you tagged Withdrawal"
    assert not panel.empty.isVisible()
    qtbot.mouseClick(editor.triggers.row_for("withdrawal").check, Qt.MouseButton.LeftButton)
    assert panel.suggestions == []


def test_panel_follows_the_words_after_a_pause(window, qtbot):
    editor = _new_entry(window, qtbot)
    panel = window.guidance.panel
    qtbot.keyClicks(editor.body, "After dinner I told him I need space and went quiet.")
    qtbot.waitUntil(lambda: panel.article_ids()[:1] == ["withdrawal"], timeout=3000)
    assert panel.cards[0].reason.text() == "Because you wrote \u201cneed space\u201d"
    editor.body.clear()
    qtbot.keyClicks(editor.body, "A quiet day, nothing much.")
    qtbot.waitUntil(lambda: panel.suggestions == [], timeout=3000)


def test_the_reflection_prompts_own_words_bring_up_nothing(window, qtbot):
    editor = _new_entry(window, qtbot)
    panel = window.guidance.panel
    qtbot.mouseClick(editor.prompts, Qt.MouseButton.LeftButton)  # the Reflection prompts: "…repair…?"
    assert editor.prompts.isChecked() and "repair" in editor.body_text()
    window.guidance.refresh()
    assert panel.suggestions == [] and panel.empty.isVisible()
    qtbot.keyClicks(editor.body, "We talked it through and made up after.")  # the person's own answer
    qtbot.waitUntil(lambda: panel.article_ids()[:1] == ["earned-security"], timeout=3000)
    assert panel.cards[0].reason.text() == "Because you wrote \u201cwe talked it through\u201d"


def test_clicking_a_prompt_puts_it_into_the_entry(window, qtbot):
    editor = _new_entry(window, qtbot)
    qtbot.keyClicks(editor.body, "He didn't text back.")
    qtbot.mouseClick(editor.triggers.row_for("abandonment-fear").check, Qt.MouseButton.LeftButton)
    card = window.guidance.panel.cards[0]
    button = card.prompt_buttons[0]
    prompt = card.suggestion.article.prompts[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.body_text() == f"He didn't text back.\n\n{prompt}\n"
    assert editor.form().body == editor.body_text()  # it is part of what gets saved
    qtbot.waitUntil(lambda: window.save_status.text() == "Saved", timeout=4000)
    editor.body.undo()
    assert editor.body_text() == "He didn't text back."


def test_crisis_page_is_reachable_from_the_help_menu(window, qtbot):
    from journal_app.ui.guidance.help_windows import CrisisWindow

    assert window.guidance.crisis_action in window.help_menu.actions()
    window.guidance.crisis_action.trigger()
    page = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrisisWindow) and w.isVisible())
    page.choose("US")
    text = page.page_text()
    assert text.startswith("If you are in crisis")
    assert "988" in text and "findahelpline.com" in text
    page.close()


def test_crisis_link_in_the_panel_and_library_button(window, qtbot):
    from journal_app.ui.guidance.help_windows import CrisisWindow

    qtbot.mouseClick(window.guidance.panel.crisis_link, Qt.MouseButton.LeftButton)
    page = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CrisisWindow) and w.isVisible())
    page.close()
    window.guidance.open("withdrawal")
    dialog = window.guidance.dialog
    qtbot.mouseClick(dialog.crisis_button, Qt.MouseButton.LeftButton)
    assert dialog.current_id == "crisis"  # in the library: every country's numbers
    assert "988" in dialog.reader_text() and "116 123" in dialog.reader_text()


def test_library_by_topic_search_links_and_entries(window, harness, qtbot):
    from journal_app.models.values import EntryForm, TriggerMark

    journal = harness.journal
    withdrawal = journal.trigger("withdrawal")
    from datetime import datetime

    journal.save(EntryForm(occurred_at=datetime(2024, 5, 1, 20, 0), body="went quiet",
                           triggers=(TriggerMark(withdrawal.id, 5),)))
    journal.save(EntryForm(occurred_at=datetime(2024, 5, 2, 20, 0), body="a walk"))
    window.model.reload()

    window.guidance.library_action.trigger()
    dialog = window.guidance.dialog
    qtbot.waitUntil(dialog.isVisible)
    topics = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert topics == ["Your patterns", "Understanding attachment", "Change and therapy"]
    assert dialog.current_id == "abandonment-fear"  # the first article opens

    qtbot.keyClicks(dialog.search, "regulation")
    first = dialog.tree.topLevelItem(0)
    assert first.data(0, Qt.ItemDataRole.UserRole) == "emotional-regulation"
    dialog.tree.setCurrentItem(first)
    assert dialog.current_id == "emotional-regulation"
    assert "Emotional regulation" in dialog.reader_text().splitlines()[0] or dialog.reader_text()

    dialog.search.clear()
    dialog.open("withdrawal")
    text = dialog.reader_text()
    assert "Related reading:" in text and "Entries where I tagged Withdrawal" in text
    dialog.follow(QUrl(dialog.library.get("withdrawal").related[0]))  # a link to another article
    assert dialog.current_id == dialog.library.get("withdrawal").related[0]
    dialog.follow(QUrl("https://example.org"))
    assert "never opens web pages" in dialog.status.text()

    dialog.follow(QUrl("entries:withdrawal"))  # back to the journal: every entry tagged Withdrawal
    f = window.search_bar.current_filter()
    assert f.trigger_ids == (withdrawal.id,) and f.start is None
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_own_trigger_linked_to_an_article(window, harness, qtbot, monkeypatch):
    from journal_app.ui.entries.trigger_manager import TriggerManagerDialog
    from journal_app.ui.guidance.guidance_links_dialog import GuidanceLinksDialog

    jealousy = harness.journal.add_trigger("Jealousy")
    dialog = TriggerManagerDialog(harness.journal, window, library=window.guidance.library)
    qtbot.addWidget(dialog)
    dialog.reload(select_id=harness.journal.trigger("withdrawal").id)
    operations.wait_all()  # the list is read on a worker
    assert not dialog.guidance_button.isEnabled()  # built-ins have their reading already
    dialog.reload(select_id=jealousy.id)
    operations.wait_all()
    assert dialog.guidance_button.isEnabled()
    seen = {}

    def ask(parent, library, trigger, chosen):
        links = GuidanceLinksDialog(library, trigger, chosen, parent)
        seen["titles"] = [links.list.item(i).text() for i in range(links.list.count())]
        for i in range(links.list.count()):
            item = links.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == "why-patterns-repeat":
                item.setCheckState(Qt.CheckState.Checked)
        return links.chosen()

    monkeypatch.setattr(GuidanceLinksDialog, "ask", staticmethod(ask))
    dialog.triggersChanged.connect(window._on_triggers_changed)
    dialog.guidance_button.click()
    operations.wait_all()  # the links are read, and then saved, on a worker
    assert "Why patterns repeat" in seen["titles"]
    assert harness.journal.guidance_links() == {"jealousy": ("why-patterns-repeat",)}
    operations.wait_all()  # the window reads the triggers and links again on a worker

    editor = _new_entry(window, qtbot)
    qtbot.mouseClick(editor.triggers.row_for("jealousy").check, Qt.MouseButton.LeftButton)
    panel = window.guidance.panel
    assert panel.article_ids() == ["why-patterns-repeat"]
    assert panel.cards[0].reason.text() == "Because you tagged Jealousy"


def test_panel_can_be_hidden_and_locking_clears_it(window, harness, qtbot):
    editor = _new_entry(window, qtbot)
    qtbot.mouseClick(editor.triggers.row_for("push-pull").check, Qt.MouseButton.LeftButton)
    assert window.guidance.panel.suggestions
    window.guidance.panel_action.trigger()
    assert not window.guidance.panel.isVisible()
    window.guidance.panel_action.trigger()
    assert window.guidance.panel.isVisible()
    window.detach()
    assert window.guidance.panel.suggestions == []
    window.attach(harness.journal)
