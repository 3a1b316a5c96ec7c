"""Every dialog reads out well: each one, built on a real journal and shown (every page or state of the
multi-step ones), has a window title and no control a keyboard or screen-reader user can reach without a name;
in the welcome, unlock, export and settings dialogs Tab visits every control in the order they are shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

from journal_app.core.timeutil import now_utc
from journal_app.models.values import EntryForm
from journal_app.services import backup, therapy
from journal_app.services.journal import Journal
from journal_app.ui.common import operations
from journal_app.ui.common.preferences import Preferences
from tests.ui.accessibility import unnamed_controls
from tests.ui.conftest import STRONG

pytestmark = pytest.mark.gui


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def filled(journal):
    """The journal with a shared entry, a private one, one in the Trash, a session and a thing to bring up."""
    journal.save(EntryForm(occurred_at=now_utc() - timedelta(days=1), title="Late reply", body="I waited.",
                           shared=True))
    journal.save(EntryForm(occurred_at=now_utc(), title="Quiet", body="Just for me."))
    gone = journal.save(EntryForm(occurred_at=now_utc(), title="Gone", body="In the Trash."))
    journal.move_to_trash(gone.id)
    therapy.add_session(journal, date.today() - timedelta(days=3), "A note")
    therapy.add_item(journal, "Why do I go quiet?")
    return journal


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def check(dialog) -> None:
    """A title, and a name for every control that can be reached."""
    assert dialog.windowTitle().strip(), type(dialog).__name__
    assert unnamed_controls(dialog) == []


# -- every dialog has a title and names ---------------------------------------------------------------------
def test_welcome_dialog(qtbot, tmp_path):
    from journal_app.ui.privacy.welcome_dialog import WelcomeDialog

    dialog = shown(qtbot, WelcomeDialog(tmp_path / "new journal"))
    check(dialog)
    dialog.no_passphrase.setChecked(True)  # the warning and the "I understand" box
    assert dialog.understood.isVisible()
    check(dialog)


def test_unlock_dialog_before_and_after_a_wrong_passphrase(qtbot, data_dir, prefs):
    from journal_app.ui.privacy.unlock_dialog import UnlockDialog

    Journal.init(data_dir, passphrase=STRONG).close()
    dialog = shown(qtbot, UnlockDialog(data_dir, prefs=prefs))
    check(dialog)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000):  # the opener runs on a worker
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.backup_button.isVisible() and dialog.problem.isVisible()
    check(dialog)


@pytest.mark.parametrize("encrypted", [False, True])
def test_passphrase_dialog(qtbot, data_dir, prefs, encrypted):
    from journal_app.ui.privacy.passphrase_dialog import PassphraseDialog

    with Journal.init(data_dir, passphrase=STRONG if encrypted else None) as journal:
        dialog = shown(qtbot, PassphraseDialog(journal, prefs=prefs))
        check(dialog)
        qtbot.keyClicks(dialog.new, "lantern")  # the strength meter shows its words
        assert dialog.meter.label.isVisible() and dialog.meter.bar.accessibleDescription()
        check(dialog)
        if encrypted:
            dialog.remove.setChecked(True)
            check(dialog)
        dialog.close()


def test_backups_dialog(qtbot, filled, prefs):
    from journal_app.ui.privacy.backups_dialog import BackupsDialog

    backup.make_backup(filled)
    dialog = shown(qtbot, BackupsDialog(filled, prefs=prefs))
    assert dialog.tree.topLevelItemCount() == 1
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    check(dialog)


def test_trash_dialog(qtbot, filled, window):
    from journal_app.ui.entries.trash_dialog import TrashDialog

    dialog = shown(qtbot, TrashDialog(filled, window))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # the Trash is read on a worker
    assert dialog.model.rowCount() == 1
    check(dialog)


def test_trigger_manager_and_guidance_links(qtbot, window, harness, monkeypatch):
    from journal_app.ui.entries.trigger_manager import TriggerManagerDialog
    from journal_app.ui.guidance.guidance_links_dialog import GuidanceLinksDialog

    own = harness.journal.add_trigger("Feeling dismissed")
    dialog = shown(qtbot, TriggerManagerDialog(harness.journal, window, library=window.guidance.library))
    check(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 4, timeout=10000)  # the list is read on a worker
    for row in range(dialog.list.count()):  # a built-in, then the person's own (the Guidance… button too)
        dialog.list.setCurrentRow(row)
        check(dialog)
    assert dialog.guidance_button.isVisible()
    links = shown(qtbot, GuidanceLinksDialog(window.guidance.library(), own, (), dialog))
    check(links)


def test_import_dialog_every_step(qtbot, window, harness, tmp_path):
    import json

    from journal_app.ui.therapy.import_dialog import ImportDialog

    dialog = shown(qtbot, ImportDialog(harness.journal, window))
    check(dialog)  # no file yet
    source = tmp_path / "jrnl.json"
    entries = [{"title": "Moment.", "body": "@anxious day", "date": "2025-03-01", "time": "21:30",
                "tags": ["@anxious", "@walks"], "starred": False}]
    source.write_text(json.dumps({"tags": {"@anxious": 1, "@walks": 1}, "entries": entries}), encoding="utf-8")
    dialog.set_file(source)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # read on a worker
    assert dialog.table.isVisible() and dialog.table.rowCount() >= 1  # the tag choices
    check(dialog)
    dialog.start(wait=True)
    qtbot.waitUntil(lambda: "Imported" in dialog.status.text())
    check(dialog)  # done


def test_export_dialog_every_format_and_a_custom_range(qtbot, window, filled, prefs):
    from journal_app.ui.therapy.export_dialog import ExportDialog

    dialog = shown(qtbot, ExportDialog(filled, window, prefs=prefs))
    for index in range(dialog.format.count()):
        dialog.format.setCurrentIndex(index)
        check(dialog)
    dialog.format.setCurrentIndex(0)
    dialog.range.setCurrentIndex(dialog.range.findData("custom"))
    assert dialog.start.isVisible() and dialog.end.isVisible()
    check(dialog)


def test_sessions_dialog_with_a_session_chosen_and_ticked_ones_shown(qtbot, window, filled):
    from journal_app.ui.therapy.sessions_dialog import SessionsDialog

    dialog = shown(qtbot, SessionsDialog(filled, window))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)  # both lists are read on a worker
    check(dialog)
    dialog.sessions.setCurrentRow(0)
    assert dialog.save_session_button.isEnabled()
    check(dialog)
    dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)  # the tick is saved on a worker
    dialog.show_done.setChecked(True)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.items.count() == 1
    check(dialog)


def test_guidance_library_reading_and_searching(qtbot, window):
    window.guidance.library_action.trigger()
    dialog = window.guidance.dialog
    qtbot.waitExposed(dialog)
    check(dialog)
    dialog.open("withdrawal")
    check(dialog)
    qtbot.keyClicks(dialog.search, "zzzzqqq")
    assert dialog.no_results.isVisible()
    check(dialog)


def test_settings_dialog(qtbot, prefs):
    from journal_app.ui.shell.settings_dialog import SettingsDialog

    dialog = shown(qtbot, SettingsDialog(prefs))
    check(dialog)
    dialog.reminder.setCurrentIndex(dialog.reminder.findData("weekly"))
    check(dialog)


def test_templates_dialog(qtbot, tmp_path):
    from journal_app.services.templates import TemplateStore
    from journal_app.ui.entries.templates_dialog import TemplatesDialog

    dialog = shown(qtbot, TemplatesDialog(TemplateStore(tmp_path)))
    check(dialog)
    dialog.copy()  # the person's own copy: editable
    assert not dialog.name.isReadOnly()
    check(dialog)


@pytest.mark.parametrize("first_run", [True, False])
def test_onboarding_every_page(qtbot, journal, first_run):
    from journal_app.ui.privacy.onboarding import OnboardingDialog

    dialog = shown(qtbot, OnboardingDialog(journal, first_run))
    for index in range(len(dialog.pages)):
        operations.wait_all()  # each page is read on a worker
        assert dialog.stack.currentIndex() == index
        check(dialog)
        if index < len(dialog.pages) - 1:
            dialog.next()
    dialog.session_page.wanted.setChecked(True)  # the session day box, enabled
    dialog.go(2)
    operations.wait_all()
    check(dialog)


def test_help_windows(qtbot, window, data_dir):
    from journal_app.ui.guidance.help_windows import AboutDialog, ShortcutsWindow, UserGuideWindow

    for dialog in (UserGuideWindow(), ShortcutsWindow(window), AboutDialog(None, data_dir)):
        check(shown(qtbot, dialog))


# -- Tab goes through the controls in the order they are shown ----------------------------------------------
def _reachable(dialog) -> list[QWidget]:
    """The controls Tab should stop at: shown, enabled, taking focus by Tab (not the inner parts of a combo
    box or spin box, nor scroll bars)."""
    found = []
    for w in dialog.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(w, QScrollBar) or w.focusProxy() is not None:
            continue
        parent = w.parentWidget()
        while parent is not None and not isinstance(parent, (QComboBox, QAbstractSpinBox)):
            parent = parent.parentWidget()
        if parent is None:
            found.append(w)
    return found


def visual_order(widgets: list[QWidget], dialog, regions: list[QWidget] = ()) -> list[QWidget]:
    """`widgets` as a person reads the dialog: region by region (e.g. the left column, then the right; widgets
    in no region come last), within each top to bottom, and left to right along a row (widgets whose middles
    lie within the first one's height share its row)."""

    def region_of(w):
        return next((i for i, r in enumerate(regions) if r is w or r.isAncestorOf(w)), len(regions))

    def box(w):
        top_left = w.mapTo(dialog, w.rect().topLeft())
        return top_left.x(), top_left.y(), w.height()

    ordered = []
    for region in sorted({region_of(w) for w in widgets}):
        inside = sorted((w for w in widgets if region_of(w) == region), key=lambda w: box(w)[1] + box(w)[2] / 2)
        rows: list[list[QWidget]] = []
        for w in inside:
            _x, y, h = box(w)
            if rows:
                _fx, fy, fh = box(rows[-1][0])
                if fy <= y + h / 2 <= fy + fh:
                    rows[-1].append(w)
                    continue
            rows.append([w])
        for row in rows:
            ordered += sorted(row, key=lambda w: box(w)[0])
    return ordered


def tab_chain(qtbot, dialog, first: QWidget, limit: int = 80) -> list[QWidget]:
    """Focus `first`, then press Tab until the focus comes back to it; the widgets visited, in order (a date
    box takes a Tab for each of its parts, day, month and year, before it lets the focus go on)."""
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    visited = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is first:
            return visited
        if widget is visited[-1]:
            continue
        assert widget not in visited, f"Tab went round without reaching the start again: {names(visited)}"
        visited.append(widget)
    raise AssertionError(f"Tab never came back to the start: {names(visited)}")


def names(widgets) -> list[str]:
    return [f"{type(w).__name__}:{w.accessibleName() or getattr(w, 'text', lambda: '')()}" for w in widgets]


def assert_tab_follows_the_layout(qtbot, dialog, first, regions=()):
    chain = tab_chain(qtbot, dialog, first)
    expected = visual_order(_reachable(dialog), dialog, list(regions))
    assert names(chain) == names(expected)


def test_tab_order_welcome(qtbot, tmp_path):
    from journal_app.ui.privacy.welcome_dialog import WelcomeDialog

    dialog = shown(qtbot, WelcomeDialog(tmp_path / "new journal"))
    assert_tab_follows_the_layout(qtbot, dialog, dialog.passphrase)
    dialog.no_passphrase.setChecked(True)
    dialog.understood.setChecked(True)
    assert_tab_follows_the_layout(qtbot, dialog, dialog.no_passphrase)


def test_tab_order_unlock(qtbot, data_dir, prefs):
    from journal_app.ui.privacy.unlock_dialog import UnlockDialog

    Journal.init(data_dir, passphrase=STRONG).close()
    dialog = shown(qtbot, UnlockDialog(data_dir, prefs=prefs))
    assert_tab_follows_the_layout(qtbot, dialog, dialog.passphrase)
    # after Tab went round the buttons, Enter in the passphrase still means Unlock (not Quit)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    with qtbot.waitSignal(dialog.unlockFinished, timeout=10000):  # the opener runs on a worker
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.backup_button.isVisible()
    assert_tab_follows_the_layout(qtbot, dialog, dialog.passphrase)


def test_tab_order_export(qtbot, window, filled, prefs):
    from journal_app.ui.therapy.export_dialog import ExportDialog

    dialog = shown(qtbot, ExportDialog(filled, window, prefs=prefs))
    dialog.range.setCurrentIndex(dialog.range.findData("custom"))
    left, right = dialog.preview.parentWidget().parentWidget().widget(0), dialog.preview.parentWidget()
    assert_tab_follows_the_layout(qtbot, dialog, dialog.format, regions=(left, right))


def test_tab_order_settings(qtbot, prefs):
    from PySide6.QtWidgets import QGroupBox

    from journal_app.ui.shell.settings_dialog import SettingsDialog

    dialog = shown(qtbot, SettingsDialog(prefs))
    dialog.reminder.setCurrentIndex(dialog.reminder.findData("weekly"))  # every field enabled
    groups = sorted(dialog.findChildren(QGroupBox), key=lambda g: (g.mapTo(dialog, g.rect().topLeft()).x(),
                                                                   g.mapTo(dialog, g.rect().topLeft()).y()))
    assert len(groups) == 6
    assert_tab_follows_the_layout(qtbot, dialog, dialog.idle, regions=groups)
