"""One door: services reach the store only through Journal's units of work, and the passphrase stays inside."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

import journal_app
from journal_app.core.errors import ReadOnlyJournal
from journal_app.models.values import EntryForm
from journal_app.services.journal import Journal

PACKAGE = Path(journal_app.__file__).parent
DOOR = PACKAGE / "services" / "journal.py"
STORE = PACKAGE / "store"
# analytics.py still opens its own read sessions on the engine; the lead switches those three lines over
NOT_YET = {PACKAGE / "services" / "analytics.py"}
ADD_PERSON = "INSERT INTO person (name, relationship, created_at) VALUES (?, 'friend', '2026-03-14 20:15:00')"


def _outside_the_door() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if p != DOOR and STORE not in p.parents and p not in NOT_YET]


# the engine by any name (`_engine`, `full_engine`, `engine_for`...); matplotlib's Figure.set_layout_engine is not it
ENGINE = re.compile(r"(?<!layout)_engine")


def test_only_the_store_and_the_journal_touch_the_engine():
    found = [f"{p.relative_to(PACKAGE)}:{n}" for p in _outside_the_door()
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1) if ENGINE.search(line)]
    assert found == []


def test_the_engine_pattern_tells_the_engine_from_a_figures_layout():
    assert ENGINE.search("journal._engine.connect()") and ENGINE.search("db.full_engine()")
    assert not ENGINE.search('self.set_layout_engine("none")')


def test_the_check_sees_a_module_that_reaches_for_the_engine():
    # the walk above covers every module outside the store, in every package (not a hand-made list)
    walked = set(_outside_the_door())
    assert PACKAGE / "services" / "therapy.py" in walked
    assert PACKAGE / "cli" / "main.py" in walked
    assert any(PACKAGE / "ui" in p.parents for p in walked)
    assert not any(STORE in p.parents for p in walked) and DOOR not in walked


def test_journal_has_no_public_key_or_engine():
    public = {name for name in dir(Journal) if not name.startswith("_")}
    assert not public & {"key", "engine", "passphrase", "conn_key", "db"}


def test_an_open_journal_does_not_show_its_passphrase(tmp_path):
    with Journal.init(tmp_path / "j", passphrase="correct horse battery staple") as journal:
        shown = {name for name in vars(journal) if not name.startswith("_")}
        assert shown == set()
        assert not hasattr(journal, "key")
        assert "correct horse" not in repr(journal)


def test_opens_with_compares_the_passphrase_the_way_keys_are_derived(tmp_path):
    typed = "Caf\u00e9 na\u00efve words"
    with Journal.init(tmp_path / "j", passphrase=typed) as journal:
        assert journal.opens_with(typed)
        assert journal.opens_with(unicodedata.normalize("NFD", typed))  # the same passphrase to the store
        assert not journal.opens_with("Cafe naive words")
        assert not journal.opens_with(None) and not journal.opens_with("")
    with Journal.init(tmp_path / "plain") as plain:
        assert plain.opens_with(None) and plain.opens_with("")
        assert not plain.opens_with(typed)


def test_writing_is_one_transaction_and_reading_keeps_nothing(tmp_path):
    with Journal.init(tmp_path / "j") as journal:
        with pytest.raises(RuntimeError, match="half way"), journal.writing() as conn:
            conn.exec_driver_sql(ADD_PERSON, ("Sam",))
            raise RuntimeError("half way")
        assert journal.people() == []  # rolled back
        with journal.reading() as conn:
            conn.exec_driver_sql(ADD_PERSON, ("Ana",))
        assert journal.people() == []  # a read keeps nothing
        with journal.writing() as conn:
            conn.exec_driver_sql(ADD_PERSON, ("Ana",))
        assert [p.name for p in journal.people()] == ["Ana"]


def test_writing_on_a_read_only_journal_is_refused_calmly(data_dir, read_only_view):
    with Journal.init(data_dir) as journal:
        journal.save(EntryForm(datetime(2026, 3, 14, 20, 15, tzinfo=UTC), title="kept", body="words"))
    with Journal.open(read_only_view(data_dir)) as journal:
        assert journal.read_only
        with journal.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM entry").scalar_one() == 1
        with pytest.raises(ReadOnlyJournal), journal.writing() as conn:
            conn.exec_driver_sql("DELETE FROM entry")
        assert journal.entry_count() == 1


def test_services_use_the_units_of_work():
    # (querying() and changing() are the units of work of the query modules, lean or not: drafts uses them)
    uses = [p for p in _outside_the_door()
            if re.search(r"journal\.(reading|writing|querying|changing)\(\)", p.read_text("utf-8"))]
    assert {p.name for p in uses} >= {"therapy.py", "drafts.py", "safety_plan.py", "build.py", "apply.py"}
