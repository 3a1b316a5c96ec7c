"""Typing survives a crash: unsaved words are kept as a draft in the (encrypted) journal while typing goes
on, and the next start offers them back; a normal save removes the draft."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from journal_app.services import drafts
from journal_app.services.journal import Journal
from journal_app.ui.common import operations

pytestmark = pytest.mark.gui
WORDS = "I was about to say something I'd regret — then I stopped. ✍️"


def test_unsaved_typing_is_kept_and_dropped_once_saved(window, harness, qtbot):
    window.session.autosave._delay = 60_000  # as if typing never paused
    window.new_action.trigger()
    qtbot.keyClicks(window.editor.body, WORDS[:20])
    window.editor.body.insertPlainText(WORDS[20:])
    qtbot.waitUntil(lambda: drafts.load(harness.journal) is not None, timeout=3000)
    kept = drafts.load(harness.journal)
    assert kept.form.body == WORDS and kept.form.id is None
    assert harness.journal.entry_count() == 0  # only the draft, not an entry
    window.session.save_now()
    assert drafts.load(harness.journal) is None
    assert harness.journal.entry_count() == 1


def test_a_draft_left_by_a_crash_is_offered_back(harness, qtbot, monkeypatch):
    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm
    from journal_app.ui.entries import draft_keeper

    journal = harness.journal
    drafts.keep(journal, EntryForm(occurred_at=now_utc(), title="Late", body=WORDS))
    asked = []
    monkeypatch.setattr(draft_keeper, "ask_restore", lambda parent, d, answer: (asked.append(d), answer(True)))
    window = harness.window
    assert window.session.drafts.offer(window)
    operations.wait_all()  # the draft is read on a worker, the entry too
    assert asked and asked[0].form.body == WORDS
    assert window.editor.body_text() == WORDS and window.editor.title.text() == "Late"
    assert window.session.autosave.dirty  # unsaved changes, saved like any typing
    window.session.save_now()
    assert drafts.load(journal) is None and journal.entry_count() == 1


def test_discarding_the_offer_removes_the_draft(harness, monkeypatch):
    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm
    from journal_app.ui.entries import draft_keeper

    drafts.keep(harness.journal, EntryForm(occurred_at=now_utc(), body="let it go"))
    monkeypatch.setattr(draft_keeper, "ask_restore", lambda parent, d, answer: answer(False))
    assert harness.window.session.drafts.offer(harness.window)
    operations.wait_all()  # the draft is read on a worker
    assert harness.window.session.writes.drain()  # let go of on a worker
    assert drafts.load(harness.journal) is None and harness.journal.entry_count() == 0


def test_an_edit_of_an_existing_entry_comes_back_to_that_entry(harness, monkeypatch):
    from dataclasses import replace
    from datetime import datetime

    from journal_app.models.values import EntryForm
    from journal_app.ui.entries import draft_keeper

    saved = harness.journal.save(EntryForm(occurred_at=datetime(2026, 3, 3, 21, 0), body="first words"))
    drafts.keep(harness.journal, replace(saved.to_form(), body="first words, and more after"))
    monkeypatch.setattr(draft_keeper, "ask_restore", lambda parent, d, answer: answer(True))
    window = harness.window
    assert window.session.drafts.offer(window)
    operations.wait_all()  # the draft is read on a worker, then the entry it was an edit of
    assert window.editor.entry_id == saved.id and window.editor.body_text() == "first words, and more after"
    window.session.save_now()
    assert harness.journal.get(saved.id).body == "first words, and more after"


WORKER = textwrap.dedent('''
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from journal_app.services.journal import Journal
    from journal_app.ui.shell.main_window import MainWindow
    app = QApplication([])
    journal = Journal.open(sys.argv[1], passphrase=sys.argv[2])
    window = MainWindow()
    window.show()
    window.attach(journal)
    window.session.autosave._delay = 600_000  # typing that never pauses: no autosave before the crash
    window.new_action.trigger()
    window.editor.body.insertPlainText(sys.argv[3])
    def crash():  # the draft was asked for at 1 s (DRAFT_MS) and is written on a worker: once that write is
        window.session.writes.drain()  # done (not sooner, on a slow machine), the process dies with no save
        os.kill(os.getpid(), signal.SIGKILL)
    QTimer.singleShot(1600, crash)
    app.exec()
''')


def test_kill_9_while_typing_keeps_the_words(tmp_path):
    folder = tmp_path / "journal"
    passphrase = "lantern orbit pickle umbrella"
    Journal.open(folder, create=True, passphrase=passphrase).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", WORKER, str(folder), passphrase, WORDS], env=env,
                          capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr.decode()[-2000:]
    with Journal.open(folder, passphrase=passphrase) as journal:
        kept = drafts.load(journal)
        assert kept is not None and kept.form.body == WORDS
        assert journal.entry_count() == 0
    assert WORDS.encode("utf-8") not in b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_a_broken_character_does_not_lose_the_draft(harness):
    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm

    body = "half a pair \ud83d of an emoji"
    drafts.keep(harness.journal, EntryForm(occurred_at=now_utc(), body=body))
    assert drafts.load(harness.journal).form.body == body


def test_the_question_does_not_block_the_window(harness, qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm

    drafts.keep(harness.journal, EntryForm(occurred_at=now_utc(), body="still here"))
    window = harness.window
    assert window.session.drafts.offer(window)  # returns at once; the question waits on top of the window
    operations.wait_all()  # (once the draft is read on a worker)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "unsaved writing" in box.text() and "still here" in box.informativeText()
    restore = next(b for b in box.buttons() if b.text() == "Restore it")
    restore.click()
    qtbot.waitUntil(lambda: window.editor.body_text() == "still here")


TERM_WORKER = textwrap.dedent('''
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from journal_app.app import close_on_terminate
    from journal_app.services.journal import Journal
    from journal_app.ui.shell.main_window import MainWindow
    app = QApplication([])
    journal = Journal.open(sys.argv[1])
    window = MainWindow()
    window.show()
    window.attach(journal)
    close_on_terminate(window)
    window.session.autosave._delay = 600_000
    window.new_action.trigger()
    window.editor.body.insertPlainText(sys.argv[2])
    QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGTERM))  # as a logout would
    app.exec()
    journal.close()
''')


def test_logging_out_saves_what_is_being_written(tmp_path):
    folder = tmp_path / "journal"
    Journal.init(folder).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", TERM_WORKER, str(folder), WORDS], env=env, capture_output=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    with Journal.open(folder) as journal:
        assert journal.entry_count() == 1 and drafts.load(journal) is None
        assert journal.page().rows[0].preview == WORDS


def test_the_editor_and_quick_capture_keep_drafts_of_their_own(harness):
    from journal_app.core.timeutil import now_utc
    from journal_app.models.values import EntryForm

    journal = harness.journal
    drafts.keep(journal, EntryForm(occurred_at=now_utc(), body="in the editor"))
    drafts.keep(journal, EntryForm(occurred_at=now_utc(), title="jotted"), drafts.QUICK)
    assert drafts.load(journal).form.body == "in the editor"
    assert drafts.load(journal, drafts.QUICK).form.title == "jotted"
    drafts.discard(journal)  # the editor's saved: the quick one stays
    assert drafts.load(journal) is None and drafts.load(journal, drafts.QUICK).form.title == "jotted"
    drafts.keep(journal, EntryForm(occurred_at=now_utc(), body="more"))
    drafts.discard(journal, drafts.QUICK)
    assert drafts.load(journal, drafts.QUICK) is None and drafts.load(journal).form.body == "more"
    drafts.discard(journal)
    assert drafts.load(journal) is None


QUICK_WORKER = textwrap.dedent('''
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from journal_app.services.journal import Journal
    from journal_app.ui.shell.main_window import MainWindow
    app = QApplication([])
    journal = Journal.open(sys.argv[1], passphrase=sys.argv[2])
    window = MainWindow()
    window.show()
    window.attach(journal)
    quick = window.tray.open_quick_capture()
    from journal_app.ui.common import operations
    operations.wait_all()  # its trigger list is read on a worker
    quick.what.setText(sys.argv[3])
    quick.check_for("withdrawal").setChecked(True)
    def crash():  # the draft was asked for at 1 s (DRAFT_MS) and is written on a worker: once that write is
        window.session.writes.drain()  # done (not sooner, on a slow machine), the process dies with no save
        os.kill(os.getpid(), signal.SIGKILL)
    QTimer.singleShot(1600, crash)
    app.exec()
''')


def test_kill_9_while_jotting_in_quick_capture_keeps_the_words_encrypted(tmp_path, qtbot):
    folder = tmp_path / "journal"
    passphrase = "lantern orbit pickle umbrella"
    Journal.open(folder, create=True, passphrase=passphrase).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", QUICK_WORKER, str(folder), passphrase, WORDS], env=env,
                          capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr.decode()[-2000:]
    assert WORDS.encode("utf-8") not in b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    from journal_app.ui.shell.main_window import MainWindow

    journal = Journal.open(folder, passphrase=passphrase)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(journal)
    try:
        qtbot.waitUntil(lambda: window.tray.quick is not None and window.tray.quick.isVisible(), timeout=2000)
        quick = window.tray.quick
        operations.wait_all()  # its trigger list is read on a worker (the draft's tick waits for it)
        assert quick.what.text() == WORDS and quick.check_for("withdrawal").isChecked()
        assert quick.restored.isVisible() and journal.entry_count() == 0
        with qtbot.waitSignal(quick.saved):
            quick.save_button.click()
        assert journal.entry_count() == 1 and journal.page().rows[0].title == WORDS
        qtbot.waitUntil(lambda: drafts.load(journal, drafts.QUICK) is None, timeout=5000)  # let go on a worker
    finally:
        window.close()
        journal.close()
