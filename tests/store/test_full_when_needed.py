"""The window's journal (issue 17, start to entries): opened lean, without SQLAlchemy, with SQLAlchemy's engine made
only when reading() or writing() first asks for it (Journal.open(lean=True, full_when_needed=True)). Both engines
reach the same file, the crash drafts need neither SQLAlchemy nor the full engine, and the lean engine hands each
thread a connection of its own."""

import os
import subprocess
import sys
import threading
from datetime import datetime

import pytest

from journal_app.models.values import EntryForm
from journal_app.services import drafts
from journal_app.services.journal import Journal
from journal_app.store.lean import LeanEngine

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(params=[None, PASSPHRASE], ids=["plain", "encrypted"])
def folder(request, tmp_path):
    with Journal.init(tmp_path / "j", passphrase=request.param) as journal:
        journal.save(EntryForm(occurred_at=datetime(2026, 3, 1, 9), title="Before", body="The call went well."))
    return tmp_path / "j", request.param


def test_reading_and_writing_make_the_full_engine_when_first_needed(folder):
    path, passphrase = folder
    with Journal.open(path, passphrase=passphrase, lean=True, full_when_needed=True) as journal:
        db = journal._db
        lean = db.engine
        assert isinstance(lean, LeanEngine)
        assert journal.entry_count() == 1  # the query modules: the lean engine
        assert db.engine is lean and lean._idle  # (its connection kept for the next read)
        with journal.querying() as held:  # a worker still reading through the lean engine meanwhile
            with journal.writing() as conn:  # SQLAlchemy's engine, made now
                conn.exec_driver_sql("UPDATE entry SET title = 'After'")
            assert held.exec_driver_sql("SELECT count(*) FROM entry").scalar() == 1
        full = db.engine
        assert not isinstance(full, LeanEngine)
        assert lean._idle == []  # the lean engine's connections closed: one pool from now on
        with journal.reading() as conn:
            assert conn.exec_driver_sql("SELECT title FROM entry").scalar() == "After"
        with journal.querying() as conn:  # the query modules use it too
            assert conn.exec_driver_sql("SELECT title FROM entry").scalar() == "After"
        assert db.engine is full and journal._engine is full  # made once
        assert journal.entry_count() == 1


def test_a_lean_journal_without_it_still_refuses_reading(folder):
    path, passphrase = folder
    with (Journal.open(path, passphrase=passphrase, lean=True) as journal, pytest.raises(RuntimeError),
          journal.reading()):
        pass


def test_drafts_work_on_the_lean_engine_alone(folder):
    path, passphrase = folder
    with Journal.open(path, passphrase=passphrase, lean=True) as journal:  # (reading() would raise here)
        form = EntryForm(occurred_at=datetime(2026, 3, 2, 20), title="Unsaved", body="Words typed before a crash.")
        drafts.keep(journal, form)
        drafts.keep(journal, EntryForm(occurred_at=datetime(2026, 3, 2, 21), body="Quick note."), drafts.QUICK)
        kept = drafts.load(journal)
        assert kept is not None and kept.form.title == "Unsaved" and kept.form.body == form.body
        drafts.discard(journal)
        assert drafts.load(journal) is None
        quick = drafts.load(journal, drafts.QUICK)
        assert quick is not None and quick.form.body == "Quick note."
    with Journal.open(path, passphrase=passphrase) as journal:  # and the full engine reads the same row
        assert drafts.load(journal, drafts.QUICK) is not None


def test_the_lean_engine_gives_each_thread_its_own_connection(folder):
    path, passphrase = folder
    with Journal.open(path, passphrase=passphrase, lean=True, full_when_needed=True) as journal:
        errors, counts = [], []

        def work() -> None:
            try:
                for _ in range(40):
                    counts.append(journal.entry_count())
            except Exception as exc:  # any failure on a thread is the test's failure
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == [] and counts == [1] * 240
        engine = journal._db.engine
        assert len(engine._idle) <= 6  # given back, none lost or doubled
        assert len({id(raw) for raw, _ in engine._idle}) == len(engine._idle)


def test_opening_for_the_window_does_not_import_sqlalchemy(folder):
    path, passphrase = folder
    code = ("import sys; from journal_app.services.journal import Journal; from journal_app.services import drafts; "
            f"j = Journal.open({str(path)!r}, passphrase={passphrase!r}, lean=True, full_when_needed=True); "
            "j.entry_count(); drafts.load(j); j.close(); "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'sqlmodel') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
