"""The standalone bundle's spec (packaging/journal-app.spec) names everything the app reads at run time.

The real check is .ci/bundle_smoke.sh (it builds the bundle and runs it with no Python on PATH); this one is
cheap and runs with the suite, so a new folder under journal_app/resources cannot be forgotten in the spec."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "journal-app.spec"


def _spec_list(name: str) -> list[str]:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return value
    raise AssertionError(f"{SPEC.name} has no {name} list")


def test_the_spec_lists_every_resource_folder_and_file():
    listed = set(_spec_list("RESOURCE_FOLDERS")) | set(_spec_list("RESOURCE_FILES"))
    present = {p.name for p in (ROOT / "journal_app" / "resources").iterdir() if p.name != "__pycache__"}
    assert present - listed == set(), f"add these to RESOURCE_FOLDERS or RESOURCE_FILES in {SPEC.name}"
    assert "translations" in listed  # the .qm files, once a translation ships


def test_the_spec_carries_the_migrations_fonts_and_runtime_hooks():
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_data_files("journal_app.store.migrations", include_py_files=True)' in text
    for hook in ("rthook_qt.py", "rthook_fonts.py"):
        assert hook in text and (SPEC.parent / hook).is_file()
    assert (SPEC.parent / "fonts.conf").is_file() and "DejaVuSans" in text
    assert "journal_app.__main__ import main" in (SPEC.parent / "entry.py").read_text(encoding="utf-8")
