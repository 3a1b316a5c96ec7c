"""The safety plan's service (issue 18, item 3): sections, where it is kept (its own 0600 file readable while
locked, or a row inside the journal), moving between the two without leaving a copy, and the printed page."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.services import safety_plan as sp
from journal_app.services.journal import Journal

WORDS = {"warning_signs": "Not sleeping, going quiet", "professionals": "My therapist: 0123 456 789"}


def test_seven_sections_each_with_a_title_and_a_one_line_prompt():
    assert [s.key for s in sp.SECTIONS] == ["warning_signs", "on_my_own", "people_places", "ask_for_help",
                                           "professionals", "surroundings", "what_matters"]
    for section in sp.SECTIONS:
        assert section.title and section.prompt and "\n" not in section.prompt
        assert len(section.prompt) < 110
    # our own wording, not the published form's headings
    assert not any("Step" in s.title or "Internal coping" in s.title for s in sp.SECTIONS)


def test_no_plan_at_first(journal):
    assert sp.load(journal) is None and sp.where(journal) is None
    assert sp.read_file(journal.data_dir) is None


def test_kept_readable_while_locked_is_an_owner_only_file_and_no_row(journal):
    plan = sp.save(journal, WORDS, readable_when_locked=True)
    path = sp.file_path(journal.data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text("utf-8"))["sections"] == WORDS
    assert sp.where(journal) == sp.READABLE_LOCKED
    assert sp.read_file(journal.data_dir).sections == WORDS == sp.load(journal).sections
    assert plan.saved_at is not None
    with journal.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM safety_plan").scalar_one() == 0
    assert not [p for p in journal.data_dir.iterdir() if p.name.endswith(".partial")]  # written atomically


def test_kept_inside_the_journal_is_a_row_and_no_file(journal):
    sp.save(journal, WORDS, readable_when_locked=False)
    assert not sp.file_path(journal.data_dir).exists()
    assert sp.where(journal) == sp.IN_JOURNAL
    assert sp.read_file(journal.data_dir) is None  # nothing readable without opening the journal
    assert sp.load(journal).sections == WORDS


def test_changing_the_choice_moves_the_plan_and_leaves_no_copy(journal):
    sp.save(journal, WORDS, readable_when_locked=False)
    sp.save(journal, {**WORDS, "what_matters": "My sister"}, readable_when_locked=True)
    with journal.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM safety_plan").scalar_one() == 0
    assert sp.load(journal).text("what_matters") == "My sister"
    sp.save(journal, WORDS, readable_when_locked=False)
    assert not sp.file_path(journal.data_dir).exists()
    assert sp.load(journal).sections == WORDS
    assert [p.name for p in journal.data_dir.iterdir() if "safety" in p.name] == []


def test_the_row_survives_closing_and_reopening(data_dir):
    j = Journal.init(data_dir, passphrase="a quiet lantern 77")
    sp.save(j, WORDS, readable_when_locked=False)
    j.close()
    raw = (data_dir / "journal.db").read_bytes()
    assert b"0123 456 789" not in raw  # encrypted with the journal
    with Journal.open(data_dir, passphrase="a quiet lantern 77") as j:
        assert sp.load(j).sections == WORDS


def test_delete_removes_both(journal):
    sp.save(journal, WORDS, readable_when_locked=True)
    sp.delete(journal)
    assert sp.load(journal) is None and not sp.file_path(journal.data_dir).exists()


def test_unknown_keys_are_dropped_and_a_too_long_section_is_refused(journal):
    sp.save(journal, {**WORDS, "nonsense": "x"}, readable_when_locked=True)
    assert set(sp.load(journal).sections) == set(WORDS)
    with pytest.raises(InvalidInput, match="Nothing was saved"):
        sp.save(journal, {"on_my_own": "x" * (sp.MAX_SECTION_CHARS + 1)}, readable_when_locked=False)
    assert sp.load(journal).sections == WORDS  # unchanged


def test_a_file_this_app_cannot_read_is_left_alone_with_a_calm_message(journal):
    path = sp.file_path(journal.data_dir)
    path.write_text("not json", "utf-8")
    with pytest.raises(Exception, match="left as it is"):
        sp.read_file(journal.data_dir)
    assert path.read_text("utf-8") == "not json"


def test_plain_text_lists_every_section():
    text = sp.plain_text(sp.SafetyPlan(dict(WORDS)))
    for section in sp.SECTIONS:
        assert section.title in text
    assert "0123 456 789" in text and "(nothing written here yet)" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_the_pdf_holds_the_plan_dark_on_white(qapp, journal, tmp_path):
    from journal_app.services.exporting.pdf import render_safety_plan_pdf

    plan = sp.save(journal, WORDS, readable_when_locked=True)
    out = tmp_path / "plan.pdf"
    out.write_bytes(render_safety_plan_pdf(plan))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True).stdout
    words = " ".join(text.decode("utf-8").split())
    for section in sp.SECTIONS:
        assert section.title in words
    assert "Not sleeping, going quiet" in words and "My therapist: 0123 456 789" in words
