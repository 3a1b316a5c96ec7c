"""`journal-app safety-plan [--show | --pdf OUT]` (issue 18, item 3). A plan kept readable while locked is
shown without a passphrase and without opening the journal; one kept inside the journal needs the journal
opened (its passphrase); --pdf writes a new 0600 file, never inside the journal's folder."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from journal_app.cli import keying as cli_keying
from journal_app.services import safety_plan as sp
from journal_app.services.journal import Journal
from tests.cli.conftest import PASSPHRASE, run_subprocess

WORDS = {"warning_signs": "Going quiet for days", "professionals": "Crisis team 0300 555 0100"}


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def plan_in(data_dir: Path, *, readable_when_locked: bool, passphrase: str | None = PASSPHRASE) -> None:
    with Journal.init(data_dir, passphrase=passphrase) as j:
        sp.save(j, WORDS, readable_when_locked=readable_when_locked)


def refuse_opening(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the plan kept readable while locked must not open the journal")

    for name in ("passphrase_to_open", "open_journal", "_ask"):
        monkeypatch.setattr(cli_keying, name, refuse)
    monkeypatch.setattr(Journal, "open", refuse)


def test_no_plan_yet_says_where_to_write_one(cli):
    assert cli("init", "--no-passphrase").code == 0
    result = cli("safety-plan")
    assert (result.code, result.err) == (0, "")
    assert "You have not written a safety plan yet" in result.out and "journal-app crisis" in result.out


def test_no_journal_at_all(cli, data_dir):
    result = cli("safety-plan")
    assert result.code == 0 and "You have not written a safety plan yet" in result.out
    assert not data_dir.exists()


def test_kept_readable_it_shows_without_a_passphrase_or_opening_the_journal(cli, data_dir, monkeypatch):
    plan_in(data_dir, readable_when_locked=True)
    before = snapshot(data_dir)
    refuse_opening(monkeypatch)
    result = cli("safety-plan", "--show")
    assert (result.code, result.err) == (0, "")
    assert "Going quiet for days" in result.out and "Crisis team 0300 555 0100" in result.out
    for section in sp.SECTIONS:
        assert section.title in result.out
    assert snapshot(data_dir) == before


def test_a_real_run_beside_an_encrypted_journal_asks_nothing(data_dir):
    plan_in(data_dir, readable_when_locked=True)
    result = run_subprocess(["--data-dir", str(data_dir), "safety-plan"], env_extra={"JOURNAL_APP_PASSPHRASE": ""})
    assert (result.code, result.err) == (0, "")
    assert "Going quiet for days" in result.out and "passphrase" not in result.out.lower()


def test_kept_inside_the_journal_it_needs_the_passphrase(cli, data_dir, monkeypatch):
    plan_in(data_dir, readable_when_locked=False)
    assert not sp.file_path(data_dir).exists()
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", "not the passphrase at all")
    wrong = cli("safety-plan")
    assert wrong.code != 0 and "Going quiet" not in wrong.out + wrong.err and "Traceback" not in wrong.err
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    result = cli("safety-plan")
    assert (result.code, result.err) == (0, "") and "Going quiet for days" in result.out


def test_pdf_is_a_new_0600_file(qapp, cli, data_dir, tmp_path, monkeypatch):
    plan_in(data_dir, readable_when_locked=True)
    refuse_opening(monkeypatch)
    out = tmp_path / "plan.pdf"
    result = cli("safety-plan", "--pdf", str(out))
    assert (result.code, result.err) == (0, ""), result.err
    assert out.read_bytes().startswith(b"%PDF") and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "not encrypted" in result.out
    again = cli("safety-plan", "--pdf", str(out))
    again.assert_one_line_error(2, "already exists", "Nothing was written.")


@pytest.mark.parametrize("inside", ["plan.pdf", "backups/plan.pdf"])
def test_pdf_inside_the_journal_folder_is_refused(cli, data_dir, inside):
    plan_in(data_dir, readable_when_locked=True)
    (data_dir / "backups").mkdir(exist_ok=True)
    before = snapshot(data_dir)
    result = cli("safety-plan", "--pdf", str(data_dir / inside))
    result.assert_one_line_error(2, "inside the journal's own folder", "Nothing was written.")
    assert snapshot(data_dir) == before


def test_show_and_pdf_together_are_refused(cli, tmp_path):
    result = cli("safety-plan", "--show", "--pdf", str(tmp_path / "x.pdf"))
    assert result.code == 2 and "not allowed with" in result.err


def test_help_says_what_needs_a_passphrase(cli):
    result = cli("safety-plan", "--help")
    assert result.code == 0 and "--pdf OUT" in result.out and "without your passphrase" in result.out
