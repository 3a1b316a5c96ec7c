"""The Settings dialog: every field saved on OK and read back by a new Preferences on the same (private) file,
Cancel changes nothing, Restore defaults, the live text-size sample, and which fields are enabled."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTime
from PySide6.QtWidgets import QDialog, QFileDialog

from journal_app.ui.common.preferences import PREFS, Preferences
from journal_app.ui.shell.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

CHANGED = {
    "idle_minutes": 15, "backup_keep": 3, "reminder": "weekly", "reminder_time": "07:45", "reminder_weekday": 3,
    "week_start": 6, "theme": "dark", "text_size": 150, "date_format": "iso", "export_format": "md",
    "export_people": "role", "export_page": "Letter", "language": "en",
}


def settings_file(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def prefs(tmp_path):
    return Preferences(settings_file(tmp_path))


@pytest.fixture
def dialog(qtbot, prefs):
    d = SettingsDialog(prefs, today=date(2026, 11, 28))
    qtbot.addWidget(d)
    d.show()
    return d


def pick(qtbot, combo, value) -> None:
    """Choose the item holding `value` with the keyboard, as a person would."""
    combo.setFocus()
    steps = combo.findData(value) - combo.currentIndex()
    assert combo.findData(value) >= 0, value
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == value


def type_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == value


def fill_everything(qtbot, d, folder) -> None:
    type_number(qtbot, d.idle, CHANGED["idle_minutes"])
    type_number(qtbot, d.keep, CHANGED["backup_keep"])
    qtbot.mouseClick(d.browse, Qt.MouseButton.LeftButton)
    assert d.folder.text() == str(folder)
    pick(qtbot, d.reminder, "weekly")
    d.reminder_time.setFocus()
    d.reminder_time.setTime(QTime(7, 45))
    pick(qtbot, d.weekday, CHANGED["reminder_weekday"])
    pick(qtbot, d.week_start, 6)
    pick(qtbot, d.language, "en")
    pick(qtbot, d.theme, "dark")
    type_number(qtbot, d.text_size, 150)
    pick(qtbot, d.date_format, "iso")
    pick(qtbot, d.export_format, "md")
    pick(qtbot, d.export_people, "role")
    pick(qtbot, d.export_page, "Letter")


def test_every_setting_is_saved_on_ok_and_read_back_from_the_file(qtbot, dialog, prefs, tmp_path, monkeypatch):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args, **kwargs: asked.append(args) or str(folder))
    fill_everything(qtbot, dialog, folder)
    assert asked, "Browse… asked for a folder"
    assert prefs.get("theme") == "system", "nothing is saved before OK"
    changed = []
    prefs.changed.connect(changed.append)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = dict(CHANGED, backup_folder=str(folder))
    assert sorted(changed) == sorted(expected), "every change is announced once, through Preferences.set"
    again = Preferences(settings_file(tmp_path))
    assert {name: again.get(name) for name in expected} == expected
    assert again.get("onboarding_done") is PREFS["onboarding_done"].default  # not shown here: untouched


def test_cancel_changes_nothing(qtbot, dialog, prefs, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    fill_everything(qtbot, dialog, tmp_path)
    changed = []
    prefs.changed.connect(changed.append)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and changed == []
    assert settings_file(tmp_path).allKeys() == []
    assert Preferences(settings_file(tmp_path)).as_dict() == {n: p.default for n, p in PREFS.items()}


def test_restore_defaults_fills_the_form_and_ok_saves_them(qtbot, prefs, tmp_path):
    for name, value in CHANGED.items():
        prefs.set(name, value)
    prefs.set("backup_folder", str(tmp_path))
    d = SettingsDialog(prefs)
    qtbot.addWidget(d)
    assert d.values() == dict(CHANGED, backup_folder=str(tmp_path)), "the form opens on what is saved"
    qtbot.mouseClick(d.defaults_button, Qt.MouseButton.LeftButton)
    defaults = {name: PREFS[name].default for name in d.values()}
    assert d.values() == defaults
    assert prefs.get("theme") == "dark", "Restore defaults saves nothing by itself"
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert Preferences(settings_file(tmp_path)).as_dict() == {n: p.default for n, p in PREFS.items()}


def test_ask_is_true_only_when_saved(qtbot, prefs, monkeypatch):
    def choose_light_then(button_name):
        def run(self):
            qtbot.addWidget(self)
            self.theme.setCurrentIndex(self.theme.findData("light"))
            getattr(self, button_name).click()
            return self.result()
        return run

    monkeypatch.setattr(SettingsDialog, "exec", choose_light_then("cancel_button"))
    assert SettingsDialog.ask(None, prefs) is False and prefs.get("theme") == "system"
    monkeypatch.setattr(SettingsDialog, "exec", choose_light_then("ok_button"))
    assert SettingsDialog.ask(None, prefs) is True and prefs.get("theme") == "light"


def test_backup_folder_browse_cancelled_and_back_to_the_journal_folder(qtbot, dialog, prefs, tmp_path, monkeypatch):
    assert dialog.folder.text() == "The journal folder" and not dialog.use_journal_folder.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")  # the person cancelled
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.values()["backup_folder"] == ""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.values()["backup_folder"] == str(tmp_path) and dialog.use_journal_folder.isEnabled()
    qtbot.mouseClick(dialog.use_journal_folder, Qt.MouseButton.LeftButton)
    assert dialog.values()["backup_folder"] == "" and dialog.folder.text() == "The journal folder"


def test_never_lock_is_zero_minutes(qtbot, dialog, prefs):
    type_number(qtbot, dialog.idle, 0)
    assert dialog.idle.text() == "Never"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert prefs.get("idle_minutes") == 0


def test_text_size_slider_spin_and_live_sample(qtbot, dialog):
    base = dialog.sample.font().pointSizeF()
    type_number(qtbot, dialog.text_size, 200)
    assert dialog.size_slider.value() == 200
    assert dialog.sample.font().pointSizeF() == pytest.approx(base * 2, abs=0.1)
    dialog.size_slider.setFocus()
    qtbot.keyClick(dialog.size_slider, Qt.Key.Key_Home)
    assert dialog.text_size.value() == 75
    assert dialog.sample.font().pointSizeF() == pytest.approx(base * 0.75, abs=0.1)


def test_reminder_time_and_day_follow_the_frequency(qtbot, dialog):
    assert not dialog.reminder_time.isEnabled() and not dialog.weekday.isEnabled()
    pick(qtbot, dialog.reminder, "daily")
    assert dialog.reminder_time.isEnabled() and not dialog.weekday.isEnabled()
    pick(qtbot, dialog.reminder, "weekly")
    assert dialog.reminder_time.isEnabled() and dialog.weekday.isEnabled()


def test_date_formats_show_todays_date_and_an_unusual_week_start_is_kept(qtbot, prefs):
    prefs.set("week_start", 2)  # Wednesday, e.g. set by hand in the file
    d = SettingsDialog(prefs, today=date(2026, 11, 28))
    qtbot.addWidget(d)
    labels = [d.date_format.itemText(i) for i in range(d.date_format.count())]
    assert "2026-11-28" in labels[2] and "2026" in labels[0] and "28" in labels[1]
    assert d.week_start.currentData() == 2
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert prefs.get("week_start") == 2


def test_every_field_has_an_accessible_name(dialog):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit

    fields = dialog.findChildren(QComboBox) + dialog.findChildren(QAbstractSpinBox) + \
        dialog.findChildren(QAbstractSlider) + dialog.findChildren(QLineEdit)
    fields = [f for f in fields if f.isVisibleTo(dialog) and not isinstance(f.parent(), QAbstractSpinBox)]
    fields = [f for f in fields if f.objectName() != "qt_spinbox_lineedit"]
    assert len(fields) >= 14
    assert all(f.accessibleName() for f in fields), [type(f).__name__ for f in fields if not f.accessibleName()]
    assert all(b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog))
