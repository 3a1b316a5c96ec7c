"""The layering rules of DESIGN.md §2, checked: import-linter contracts and light imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "PySide6", "shiboken6", "matplotlib")


def _lint_imports(*args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run(
        [*command, "--no-cache", "--no-logo", *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_import_linter_contracts_are_kept():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    names = [c["name"] for c in config["tool"]["importlinter"]["contracts"]]
    assert len(names) >= 3
    result = _lint_imports(str(ROOT / "pyproject.toml"))
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    for name in names:
        assert f"{name} KEPT" in report, report
    assert f"Contracts: {len(names)} kept, 0 broken." in report, report


def test_import_linter_notices_a_broken_contract(tmp_path):
    # the services do import the store, so forbidding it must be reported as broken
    config = tmp_path / "contracts.ini"
    config.write_text(textwrap.dedent("""\
        [importlinter]
        root_package = journal_app

        [importlinter:contract:probe]
        name = Services may not import the store (deliberately false)
        type = forbidden
        source_modules = journal_app.services.journal
        forbidden_modules = journal_app.store
        """))
    result = _lint_imports(str(config))
    assert result.returncode != 0
    assert "BROKEN" in result.stdout + result.stderr


def _imported_after(code: str, cwd: Path = ROOT) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    result = subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


@pytest.mark.parametrize(
    "module",
    [
        "journal_app.models.values",
        "journal_app.core.messages",
        "journal_app.core.paths",
        "journal_app.models",
        "journal_app.core.errors",
        "journal_app.core.timeutil",
        "journal_app.core.palette",
    ],
)
def test_light_modules_import_nothing_heavy(module):
    loaded = _imported_after(f"import {module}")
    assert "journal_app" in loaded  # the probe really ran the import
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_the_probe_sees_heavy_imports():
    assert {"sqlalchemy", "sqlmodel"} <= _imported_after("import journal_app.models.tables")


def test_services_never_import_qt_or_matplotlib():
    loaded = _imported_after("import journal_app.services.journal")
    assert "sqlcipher3" in loaded  # the check sees what is imported
    assert "sqlalchemy" not in loaded  # imported when an engine is made (the lean CLI commands never do)
    assert loaded.isdisjoint({"PySide6", "shiboken6", "matplotlib", "alembic"}), loaded


def test_opening_an_up_to_date_journal_does_not_import_alembic(tmp_path):
    from journal_app.services.journal import Journal

    folder = tmp_path / "journal"
    Journal.open(folder, create=True).close()
    loaded = _imported_after(
        f"from journal_app.services.journal import Journal\nJournal.open({str(folder)!r}).close()"
    )
    assert "sqlalchemy" in loaded
    assert "alembic" not in loaded
