"""Settings really change the app: the idle lock time (from the dialog and the menu), the first day of the
week in Patterns (-1: the locale's), where backups go and how many are kept, how dates are shown, and the
export dialog's starting choices."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from journal_app.ui.common.preferences import Preferences

pytestmark = pytest.mark.gui


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def english(qapp):
    """British English dates, and the date style put back afterwards."""
    from journal_app.ui.common.formatting import set_date_style

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)
    set_date_style("long")


def test_idle_minutes_from_the_settings_dialog_take_effect(qtbot, lock_harness):
    from journal_app.ui.shell.settings_dialog import SettingsDialog

    controller, clock = lock_harness.controller, lock_harness.clock
    dialog = SettingsDialog(controller.prefs, lock_harness.window)
    qtbot.addWidget(dialog)
    dialog.idle.setFocus()
    dialog.idle.selectAll()
    qtbot.keyClicks(dialog.idle, "45")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert controller.idle.minutes == 45
    assert controller.idle_menu.action_for(45).isChecked()
    assert controller.idle_menu.action_for(45).text() == "45 minutes"
    clock.advance(44 * 60)
    assert controller.idle.check() is False
    clock.advance(2 * 60)
    assert controller.idle.check() is True and controller.is_locked
    # and the menu writes the same setting
    controller.idle_menu.action_for(15).trigger()
    assert controller.prefs.get("idle_minutes") == 15 and controller.idle.minutes == 15
    assert int(lock_harness.settings.value("lock/idle_minutes")) == 15


def test_week_start_minus_one_is_the_locales_and_follows_settings(qtbot, prefs):
    from journal_app.ui.common.formatting import locale_week_start
    from journal_app.ui.patterns.patterns_view import PatternsView
    from tests.charts.test_charts import make_report
    from tests.ui.patterns.test_patterns_view import Source

    source = Source(make_report())
    view = PatternsView(source, settings=prefs)
    qtbot.addWidget(view)
    view.refresh()
    assert view.week_start.currentData() == -1 and source.week_starts[-1] == locale_week_start()
    prefs.set("week_start", 6)  # e.g. from the Settings dialog
    assert view.week_start.currentData() == 6 and source.week_starts[-1] == 6
    prefs.set("week_start", 3)  # Thursday: not one of the usual choices, still shown and used
    assert view.week_start.currentData() == 3 and source.week_starts[-1] == 3
    view.week_start.setCurrentIndex(view.week_start.findData(5))
    assert prefs.get("week_start") == 5 and source.week_starts[-1] == 5
    view.week_start.setCurrentIndex(view.week_start.findData(-1))
    assert prefs.get("week_start") == -1 and source.week_starts[-1] == locale_week_start()


def test_backups_follow_the_folder_and_keep_settings(qtbot, journal, prefs, tmp_path, monkeypatch):
    from journal_app.models.values import EntryForm
    from journal_app.services import backup
    from journal_app.ui.privacy.backups_dialog import BackupsDialog
    from journal_app.ui.privacy.lock_controller import daily_backup

    journal.save(EntryForm(occurred_at=datetime(2025, 3, 1, 9, tzinfo=UTC), body="a line"))
    folder = tmp_path / "elsewhere"
    prefs.set("backup_folder", str(folder))
    prefs.set("backup_keep", 2)
    assert daily_backup(journal, prefs) is None
    assert len(backup.list_backups(journal.data_dir, folder)) == 1
    dialog = BackupsDialog(journal, prefs=prefs)
    qtbot.addWidget(dialog)
    note = dialog.findChildren(type(dialog.status))[0].text()
    assert str(folder) in note and "newest 2 " in note
    for _ in range(3):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)  # made on a worker
    assert len(backup.list_backups(journal.data_dir, folder)) == 2, "rotated to the chosen number"
    assert backup.list_backups(journal.data_dir) == [], "nothing in the journal folder"
    assert dialog.tree.topLevelItemCount() == 2


def test_date_format_setting_changes_how_dates_read(qtbot, english, prefs, window, harness):
    from journal_app.models.values import EntryForm
    from journal_app.ui.common.formatting import date_text, short_when
    from journal_app.ui.common.theme import apply_preferences

    day = date(2026, 11, 28)
    assert date_text(day, "long") == "Saturday 28 November 2026"
    assert date_text(day, "iso") == "2026-11-28"
    assert date_text(day, "short") == QLocale().toString(day, QLocale.FormatType.ShortFormat) == "28/11/2026"
    when = datetime(2026, 11, 28, 20, 4, tzinfo=UTC)  # 21:04 in Berlin
    assert short_when(when) == "Saturday 28 November 2026, 21:04"
    harness.journal.save(EntryForm(occurred_at=when, body="Dates"))
    window.model.reload()
    index = window.model.index(0, 0)
    prefs.set("date_format", "iso")
    apply_preferences(QApplication.instance(), prefs, "date_format")
    assert short_when(when) == "2026-11-28 21:04"
    assert window.model.data(index, Qt.ItemDataRole.AccessibleTextRole).startswith("2026-11-28 21:04")
    prefs.set("date_format", "short")
    apply_preferences(QApplication.instance(), prefs, "date_format")
    assert short_when(when) == "28/11/2026 21:04"
    apply_preferences(QApplication.instance(), prefs, "idle_minutes")  # not a display setting: ignored
    assert short_when(when) == "28/11/2026 21:04"


@pytest.mark.parametrize("page", ["Letter", ""])
def test_export_dialog_starts_from_the_export_defaults(qtbot, journal, prefs, page):
    from journal_app.services.exporting.summary import default_page_size
    from journal_app.ui.therapy.export_dialog import ExportDialog

    prefs.set("export_format", "md")
    prefs.set("export_people", "role")
    prefs.set("export_page", page)
    dialog = ExportDialog(journal, prefs=prefs)
    qtbot.addWidget(dialog)
    assert dialog.fmt() == "md" and dialog.people.currentData() == "role"
    assert dialog.page.currentText() == (page or default_page_size())
    assert dialog.options().people == "role"
    # the dialog reads the range's entries and makes its preview on workers: let them answer before the test ends
    # (a read still running while the test's widgets went was seen to crash the process now and then in CI)
    qtbot.waitUntil(lambda: dialog.choices.entries.chosen() is not None, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.preview_pending, timeout=10000)
