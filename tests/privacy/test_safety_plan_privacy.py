"""The safety plan's privacy (issue 18, item 3): kept readable while locked, it is an owner-only 0600 file and
nothing else; kept inside the journal, nothing readable without the passphrase holds its words; and wherever it
is kept, its words appear in no export (therapist summary md/csv/pdf, the JSON backup), statistic or search
result. The journal's own (encrypted) file backups carry an in-journal plan, so restoring one restores it."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

import journal_app
from journal_app.models.values import EntryFilter, EntryForm
from journal_app.services import backup
from journal_app.services import safety_plan as sp
from journal_app.services.journal import Journal
from tests.cli.conftest import run_in_process
from tests.privacy.conftest import PASSPHRASE, encodings, files_containing

CANARY = "Quokkaplanword"
PLAN = {key: f"{CANARY} {n}" for n, key in enumerate(sp.KEYS)}


def test_readable_while_locked_is_owner_only_and_readable_without_the_passphrase(encrypted):
    sp.save(encrypted, PLAN, readable_when_locked=True)
    path = sp.file_path(encrypted.data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(encrypted.data_dir.stat().st_mode) == 0o700
    data_dir = encrypted.data_dir
    encrypted.close()
    assert sp.read_file(data_dir).sections == PLAN  # no journal, no passphrase
    # the only place the words are on disk is that file (the journal itself does not hold them)
    assert [Path(name).name for name, _word in files_containing(data_dir, [CANARY])] == [sp.FILE_NAME]


def test_kept_inside_the_journal_it_is_not_readable_locked(encrypted):
    sp.save(encrypted, PLAN, readable_when_locked=False)
    data_dir = encrypted.data_dir
    encrypted.close()
    assert sp.read_file(data_dir) is None
    assert files_containing(data_dir, [CANARY]) == []  # encrypted: no form of the words anywhere on disk


def test_moving_it_in_leaves_no_readable_copy(encrypted):
    sp.save(encrypted, PLAN, readable_when_locked=True)
    sp.save(encrypted, PLAN, readable_when_locked=False)
    data_dir = encrypted.data_dir
    encrypted.close()
    assert not sp.file_path(data_dir).exists()
    assert files_containing(data_dir, [CANARY]) == []


def _cli(capsys, monkeypatch, data_dir: Path, *argv: str):
    return run_in_process(capsys, ["--data-dir", str(data_dir), *argv], None, monkeypatch)


@pytest.mark.parametrize("readable_when_locked", [True, False])
def test_its_words_are_in_no_export_statistic_or_search(qapp, data_dir, tmp_path, capsys, monkeypatch,
                                                         readable_when_locked):
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    with Journal.init(data_dir, passphrase=PASSPHRASE) as j:
        j.save(EntryForm(occurred_at=datetime(2026, 3, 14, 20, 0, tzinfo=UTC), title="A hard evening",
                         body="He went quiet and I felt alone.", shared=True))
        sp.save(j, PLAN, readable_when_locked=readable_when_locked)
        assert not j.page(EntryFilter(text=CANARY)).rows and j.page(EntryFilter(text="quiet")).rows
        assert CANARY not in repr(j.stats())
    out = tmp_path / "out"
    out.mkdir()
    for name in ("summary.md", "summary.csv", "summary.pdf", "backup.json"):
        extra = [] if name.endswith(".json") else ["--include-unshared", "--count-private", "--with-questions"]
        result = _cli(capsys, monkeypatch, data_dir, "export", str(out / name), "--from", "2000-01-01", *extra)
        assert result.code == 0, result.err
    listing = _cli(capsys, monkeypatch, data_dir, "list", "--search", CANARY, "--json")
    assert listing.code == 0 and json.loads(listing.out) == []
    stats = _cli(capsys, monkeypatch, data_dir, "stats", "--json")
    assert stats.code == 0 and CANARY not in stats.out
    assert files_containing(out, [CANARY]) == []
    assert "He went quiet" in (out / "summary.md").read_text("utf-8")  # the exports did hold the entry
    assert "He went quiet" in (out / "backup.json").read_text("utf-8")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out / "summary.pdf"), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        assert "A hard evening" in text and CANARY.lower() not in text.lower()
    # the plan is still there, untouched by the exports
    shown = _cli(capsys, monkeypatch, data_dir, "safety-plan")
    assert f"{CANARY} 0" in shown.out


def test_no_summary_statistic_search_or_guidance_code_reads_the_plan():
    """Outside the window layer (which only opens the plan's own dialog), only the plan's own modules name it:
    no export, summary, statistic, search, import or guidance module can read it."""
    root = Path(journal_app.__file__).parent
    allowed = {"services/safety_plan.py", "cli/safety_plan.py", "cli/main.py", "cli/parser.py",
               "store/safety_plan_queries.py", "store/migrate.py", "models/tables.py",
               "store/migrations/versions/0006_safety_plan.py", "services/exporting/pdf.py",
               "store/migrations/versions/0007_daily_rollups.py"}  # names 0006 as the revision it follows
    naming = {str(p.relative_to(root)) for p in root.rglob("*.py")
              if not str(p.relative_to(root)).startswith("ui/") and "safety_plan" in p.read_text("utf-8")}
    assert naming <= allowed, naming - allowed
    assert {"services/guidance.py", "services/analytics.py", "services/insights.py", "services/journal.py"} <= {
        str(p.relative_to(root)) for p in root.rglob("*.py")}  # the checked modules are where they were
    pdf = (root / "services" / "exporting" / "pdf.py").read_text("utf-8")
    summary_part = pdf[:pdf.index("# -- the safety plan")]
    assert "safety_plan" not in summary_part  # the summary's pages never reach the plan


def test_a_file_backup_carries_the_in_journal_plan_and_restoring_brings_it_back(encrypted, tmp_path):
    sp.save(encrypted, PLAN, readable_when_locked=False)
    made = backup.make_backup(encrypted, "manual")
    data = made.path.read_bytes()
    assert not any(form in data for form in encodings(CANARY))  # encrypted like the journal
    sp.delete(encrypted)
    assert sp.load(encrypted) is None
    backup.restore(encrypted, made.path)
    assert sp.load(encrypted).sections == PLAN


def test_after_restoring_an_older_backup_the_plan_is_kept_in_one_place(encrypted):
    sp.save(encrypted, PLAN, readable_when_locked=False)
    made = backup.make_backup(encrypted, "manual")
    sp.save(encrypted, {"what_matters": "newer"}, readable_when_locked=True)
    backup.restore(encrypted, made.path)
    assert sp.load(encrypted).sections == {"what_matters": "newer"}  # the file: the latest choice
    assert sp.where(encrypted) == sp.READABLE_LOCKED
    with encrypted.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM safety_plan").scalar_one() == 0
