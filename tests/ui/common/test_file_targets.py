"""The window's file dialogs never touch the journal's own folder: Export, "Save a copy elsewhere…", Import and
"Save chart…" show a calm message naming the path when the journal, a side file or the backups folder is
chosen, and ask again; nothing is written or read. Charts are written 0600 and atomically; the settings file
is 0600 in a 0700 folder."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal_app.models.values import EntryForm
from tests.ui.opening import opened_export

pytestmark = pytest.mark.gui
CANARY = "marzipanheron"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def told(monkeypatch):
    """Every calm message the dialogs show (QMessageBox.information/warning), as (title, text)."""
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda _parent, title, text, *a, **k: shown.append((title, text))))
    return shown


def answers(monkeypatch, method: str, *paths):
    """The file dialog answers each path in turn (then cancels), recording how often it was shown."""
    given = list(paths)
    asked = []

    def fake(*_args, **_kwargs):
        asked.append(True)
        return (str(given.pop(0)) if given else "", "")

    monkeypatch.setattr(QFileDialog, method, staticmethod(fake))
    return asked


@pytest.fixture
def filled(harness):
    journal = harness.journal
    journal.save(EntryForm(occurred_at=datetime.now() - timedelta(days=1), body=f"I felt {CANARY}.", shared=True))
    journal.copy_to(journal.data_dir / "backups" / "journal-20250101T000000000000Z-manual.db")
    return journal


def inside_places(data_dir: Path, tmp_path: Path) -> list[Path]:
    link = tmp_path / "to-the-journal"
    link.symlink_to(data_dir)
    return [data_dir / "journal.db", data_dir / "journal.db-wal", data_dir / "backups" / "summary.md",
            link / "journal.db", tmp_path / "x" / ".." / data_dir.name / "summary.md"]


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_export_refuses_the_journal_folder_and_asks_again(window, filled, qtbot, tmp_path, monkeypatch, told, fmt):
    data_dir = filled.data_dir
    before = snapshot(data_dir)
    bad = inside_places(data_dir, tmp_path)
    good = tmp_path / f"summary.{fmt}"
    asked = answers(monkeypatch, "getSaveFileName", *bad, good)
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.save()
    qtbot.waitUntil(lambda: good.exists() and dialog.save_button.isEnabled(), timeout=20000)
    assert len(asked) == len(bad) + 1  # asked again after each refusal
    assert len(told) == len(bad)
    for (title, text), path in zip(told, bad):
        assert title == "Please choose another place"
        assert str(path) in text and "Nothing was written" in text
    assert snapshot(data_dir) == before  # not a byte of the journal's folder changed
    assert CANARY in good.read_text(encoding="utf-8")


def test_export_dialog_write_to_refuses_too(window, filled, tmp_path, told):
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    journal_file = filled.data_dir / "journal.db"
    before = digest(journal_file)
    dialog.write_to(journal_file, wait=True)
    assert "inside the journal's own folder" in dialog.status.text()
    assert told and str(journal_file) in told[0][1]
    assert digest(journal_file) == before


def test_a_hard_link_to_the_journal_is_refused(window, filled, tmp_path, monkeypatch, told):
    hard = tmp_path / "looks-harmless.md"
    os.link(filled.data_dir / "journal.db", hard)
    before = digest(hard)
    answers(monkeypatch, "getSaveFileName", hard)  # then cancel
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.save()
    assert len(told) == 1 and "another name for the journal's file journal.db" in told[0][1]
    assert digest(hard) == before


def test_backup_copy_refuses_the_journal_folder(qtbot, filled, tmp_path, monkeypatch, told):
    from journal_app.ui.privacy.backups_dialog import BackupsDialog

    data_dir = filled.data_dir
    before = snapshot(data_dir)
    good = tmp_path / "elsewhere.db"
    bad = [data_dir / "journal.db", data_dir / "backups" / "copy.db", data_dir / "copy.db"]
    asked = answers(monkeypatch, "getSaveFileName", *bad, good)
    dialog = BackupsDialog(filled)
    qtbot.addWidget(dialog)
    dialog.save_copy()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)  # the copy is made on a worker
    assert len(asked) == 4 and len(told) == 3
    assert all(str(p) in text for (_t, text), p in zip(told, bad))
    assert snapshot(data_dir) == before
    assert good.exists() and stat.S_IMODE(good.stat().st_mode) == 0o600


def test_import_refuses_the_journals_own_files(qtbot, window, filled, monkeypatch, told):
    from journal_app.ui.therapy.import_dialog import ImportDialog

    data_dir = filled.data_dir
    asked = answers(monkeypatch, "getOpenFileName", data_dir / "journal.db",
                    next((data_dir / "backups").iterdir()))  # then cancel
    dialog = ImportDialog(filled, window)
    qtbot.addWidget(dialog)
    dialog.choose()
    assert len(asked) == 3 and len(told) == 2
    assert "Nothing was imported" in told[0][1]
    assert dialog.path is None and dialog.preview is None and not dialog.import_button.isEnabled()
    dialog.set_file(data_dir / "journal.db")  # a dropped or typed path: the same rule
    assert "inside the journal's own folder" in dialog.summary.text() and dialog.preview is None


@pytest.fixture
def chart(qtbot, data_dir):
    from matplotlib.figure import Figure

    from journal_app.ui.patterns.chart_view import ChartView

    data_dir.mkdir(mode=0o700)
    view = ChartView()
    qtbot.addWidget(view)
    figure = Figure()
    figure.add_subplot().bar(["Abandonment fear"], [3])
    view.show_figure(figure, f"Chart of {CANARY}", name="patterns-counts")
    view.data_dir = data_dir
    return view


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_save_chart_is_0600_atomic_and_never_in_the_journal_folder(chart, data_dir, tmp_path, monkeypatch, told,
                                                                   suffix, magic):
    (data_dir / "journal.db").write_bytes(b"pretend journal")
    good = tmp_path / f"chart{suffix}"
    asked = answers(monkeypatch, "getSaveFileName", data_dir / "journal.db", data_dir / f"chart{suffix}", good)
    written = []
    original = os.replace

    def spy(src, dst, *a, **k):  # the chart reaches its name only by a rename of a finished, hidden file
        written.append((Path(src).name, Path(dst), stat.S_IMODE(os.stat(src).st_mode), Path(src).read_bytes()))
        return original(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", spy)
    old_umask = os.umask(0o022)
    try:
        assert chart.save() == good
    finally:
        os.umask(old_umask)
    assert len(asked) == 3 and len(told) == 2
    assert (data_dir / "journal.db").read_bytes() == b"pretend journal" and not (data_dir / f"chart{suffix}").exists()
    assert stat.S_IMODE(good.stat().st_mode) == 0o600 and good.read_bytes().startswith(magic)
    ((partial, dest, mode, data),) = written
    assert partial.startswith(f".chart{suffix}.") and partial.endswith(".partial")
    assert dest == good and mode == 0o600 and data == good.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([data_dir.name, good.name])  # no partial left


def test_save_chart_failure_leaves_nothing(chart, tmp_path, monkeypatch, told):
    folder = tmp_path / "read-only"
    folder.mkdir()
    answers(monkeypatch, "getSaveFileName", folder / "chart.png")

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(chart.figure, "savefig", boom)
    assert chart.save() is None
    assert told and "the disk is full" in told[0][1]
    assert list(folder.iterdir()) == []


def test_the_settings_file_is_private(qtbot):
    from journal_app.ui.common.preferences import Preferences, app_settings

    path = Path(app_settings().fileName())
    old_umask = os.umask(0o022)
    try:
        prefs = Preferences()
        prefs.set("theme", "dark")
    finally:
        os.umask(old_umask)
    assert path.is_file() and "dark" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700  # ~/.config/journal-app: the app's own
    os.chmod(path, 0o644)  # an older version's file
    os.chmod(path.parent, 0o755)
    Preferences().set("theme", "light")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_settings_file_given_elsewhere_keeps_its_folder(tmp_path):
    from journal_app.ui.common.preferences import Preferences

    folder = tmp_path / "shared-folder"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    prefs = Preferences(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    prefs.set("theme", "dark")
    assert stat.S_IMODE((folder / "settings.ini").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755  # not ours to change


def test_the_settings_file_is_no_place_for_an_export(window, filled, monkeypatch, told, tmp_path):
    from journal_app.ui.common.preferences import app_settings

    settings = Path(app_settings().fileName())
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[display]\ntheme=dark\n")
    answers(monkeypatch, "getSaveFileName", settings)
    window.therapy.export_action.trigger()
    dialog = opened_export(window)  # (its first reads on a worker)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.save()
    assert len(told) == 1 and "this app's own settings" in told[0][1]
    assert settings.read_text() == "[display]\ntheme=dark\n"
