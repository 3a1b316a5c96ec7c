"""The lean commands (`list`, `add`, `stats`: no SQLAlchemy, see store/lean.py) print exactly what the full
path prints, and really do start without SQLAlchemy; a journal that needs migrating takes the full path."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal_app.cli import common, keying
from journal_app.models.values import REPAIR_KEYS, RESPONSE_KEYS, EntryForm, TriggerMark
from journal_app.services.journal import Journal
from journal_app.store.lean import LeanEngine
from tests.cli.conftest import PASSPHRASE

HEAVY = ("sqlalchemy", "sqlmodel", "alembic")
WORDS = ("phone", "silence", "dinner", "text", "weekend", "call", "late", "sorry", "🙂", "Zoë", "ÉCOLE", "why")


def _fill(folder: Path, passphrase: str | None = None, n: int = 160, seed: int = 7) -> None:
    """A journal of `n` random entries over two years: triggers with and without intensity, people,
    responses, repair, shared ones, a few in the Trash."""
    rng = random.Random(seed)
    start = datetime(2024, 3, 1, 6, 30, tzinfo=UTC)
    with Journal.init(folder, passphrase=passphrase) as journal:
        triggers = journal.triggers()
        people = [journal.add_person(name).id for name in ("Sam", "Zoë", "Alex")]
        for i in range(n):
            marks = tuple(TriggerMark(t.id, rng.choice([None, *range(11)]))
                          for t in rng.sample(triggers, rng.randint(0, 3)))
            form = EntryForm(
                occurred_at=start + timedelta(hours=rng.randint(0, 2 * 365 * 24), minutes=rng.randint(0, 59)),
                title=rng.choice(["", "A title", "Late again", "Ça va"]),
                body=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))),
                triggers=marks, person_ids=tuple(rng.sample(people, rng.randint(0, 2))), shared=rng.random() < 0.3,
                responses=tuple(rng.sample(RESPONSE_KEYS, rng.randint(0, 2))),
                repair=rng.choice([None, *REPAIR_KEYS]),
            )
            saved = journal.save(form)
            assert saved is not None
            if i % 17 == 0:
                journal.move_to_trash(saved.id)


COMMANDS = [
    ["list"],
    ["list", "--limit", "7"],
    ["list", "--json"],
    ["list", "--json", "--limit", "5", "--trigger", "withdrawal"],
    ["list", "--trigger", "withdrawal", "--trigger", "push-pull", "--limit", "200"],
    ["list", "--person", "Zoë", "--from", "2024-06-01", "--to", "2025-06-30"],
    ["list", "--search", "phone", "--limit", "30"],
    ["list", "--search", "🙂", "--json"],
    ["list", "--search", "ph", "--from", "2025-01-01"],
    ["list", "--person", "Nobody"],
    ["list", "--trigger", "no-such-trigger"],
    ["list", "--from", "2030-01-01"],
    ["stats"],
    ["stats", "--json"],
    ["stats", "--from", "2024-09-01", "--to", "2025-02-28"],
    ["stats", "--json", "--from", "2025-01-01"],
    ["stats", "--to", "2024-12-31"],
]


def _both(cli, monkeypatch, argv: list[str]):
    """(lean result, full result) of one command, checking the lean one really ran lean."""
    engines: list[object] = []
    opened = keying.open_journal

    def spy(folder: Path, *, lean: bool = False) -> Journal:
        journal = opened(folder, lean=lean)
        engines.append(journal._engine)
        return journal

    monkeypatch.setattr(keying, "open_journal", spy)
    lean = cli(*argv)
    assert engines and all(isinstance(e, LeanEngine) for e in engines), argv
    with monkeypatch.context() as full_path:
        full_path.setattr(common, "lean", lambda args: False)
        engines.clear()
        full = cli(*argv)
    assert engines and not any(isinstance(e, LeanEngine) for e in engines), argv
    return lean, full


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_lean_output_is_byte_identical(cli, data_dir, monkeypatch, argv):
    _fill(data_dir)
    lean, full = _both(cli, monkeypatch, argv)
    assert (lean.code, lean.out, lean.err) == (full.code, full.out, full.err)
    assert lean.out or lean.err


def test_lean_output_is_identical_on_an_encrypted_journal(cli, data_dir, monkeypatch):
    _fill(data_dir, PASSPHRASE, n=60)
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    for argv in (["list", "--json"], ["list", "--search", "dinner"], ["stats", "--json"]):
        lean, full = _both(cli, monkeypatch, argv)
        assert (lean.code, lean.out, lean.err) == (full.code, full.out, full.err), argv


def test_lean_add_saves_what_the_full_add_saves(cli, data_dir, monkeypatch):
    _fill(data_dir, n=5)
    argv = ["add", "Called back; we talked it through.", "--title", "Evening", "--trigger", "withdrawal:6",
            "--trigger", "push-pull", "--person", "Sam", "--person", "Robin", "--at", "2025-05-04T21:30",
            "--share", "--response", "named-my-need", "--repair", "partly"]
    lean, full = _both(cli, monkeypatch, argv)
    assert lean.code == full.code == 0 and lean.err == full.err == ""
    first, second = int(lean.out), int(full.out)
    with Journal.open(data_dir) as journal:
        a, b = journal.get(first), journal.get(second)
    skip = ("id", "uuid", "created_at", "updated_at")
    assert {k: v for k, v in vars(a).items() if k not in skip} == {k: v for k, v in vars(b).items() if k not in skip}
    assert [p.name for p in a.people] == ["Robin", "Sam"] and a.repair == "partly" and a.shared
    assert [(c.slug, c.intensity) for c in a.triggers] == [("withdrawal", 6), ("push-pull", None)] or \
        sorted((c.slug, c.intensity or 0) for c in a.triggers) == [("push-pull", 0), ("withdrawal", 6)]


def _modules_after(argv: list[str], env_extra: dict[str, str] | None = None) -> tuple[int, list[str], str]:
    """Run `journal-app ARGV` in a fresh interpreter; (status, heavy modules it imported, stderr)."""
    script = (
        "import sys\n"
        "from journal_app.__main__ import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as stop:\n    code = stop.code or 0\nelse:\n    code = 0\n"
        f"print('MODULES ' + ' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})),"
        " file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, **(env_extra or {})}
    proc = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    lines = proc.stderr.splitlines()
    heavy = [line for line in lines if line.startswith("MODULES")]
    assert heavy, proc.stderr
    return proc.returncode, heavy[-1].split()[1:], "\n".join(line for line in lines if not line.startswith("MODULES"))


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_lean_commands_do_not_import_sqlalchemy(data_dir, encrypted):
    _fill(data_dir, PASSPHRASE if encrypted else None, n=20)
    env = {"JOURNAL_APP_PASSPHRASE": PASSPHRASE} if encrypted else {"JOURNAL_APP_PASSPHRASE": ""}
    for argv in (["list"], ["list", "--json", "--search", "phone"], ["add", "lean", "--trigger", "withdrawal:3"],
                 ["stats", "--json"]):
        code, heavy, err = _modules_after(["--data-dir", str(data_dir), *argv], env)
        assert code == 0, err
        assert heavy == [], (argv, heavy)
    # a command that is not lean still uses SQLAlchemy (the check above can fail)
    code, heavy, err = _modules_after(["--data-dir", str(data_dir), "triggers"], env)
    assert code == 0 and "sqlalchemy" in heavy, err


def test_a_journal_needing_migration_takes_the_full_path(cli, data_dir, monkeypatch):
    """The lean path never migrates: an older journal is opened the usual way (backup, then Alembic)."""
    _fill(data_dir, n=3)
    from journal_app.store import driver

    conn = driver.connect(str(data_dir / "journal.db"), key=None)
    try:
        (head,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        conn.execute("UPDATE alembic_version SET version_num = '0005_no_such'")
    finally:
        conn.close()
    from journal_app.store import migrate, upgrade_backup

    seen: list[bool] = []
    monkeypatch.setattr(migrate, "is_known", lambda revision: True)
    monkeypatch.setattr(upgrade_backup, "backup_before_migration", lambda *args: seen.append(True))
    monkeypatch.setattr(migrate, "upgrade", lambda engine: seen.append(False))
    engines: list[object] = []
    opened = keying.open_journal

    def spy(folder: Path, *, lean: bool = False) -> Journal:
        journal = opened(folder, lean=lean)
        engines.append(journal._engine)
        return journal

    monkeypatch.setattr(keying, "open_journal", spy)
    result = cli("list", "--json")
    assert result.code == 0, result.err
    assert len(json.loads(result.out)) == 2  # the first of the three is in the Trash
    assert seen == [True, False]  # backed up, then migrated, by the full path
    assert engines and not isinstance(engines[0], LeanEngine)
    assert head == migrate.HEAD_REVISION
