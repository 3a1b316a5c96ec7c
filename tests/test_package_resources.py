"""Everything the app reads at run time ships inside the package (journal_app/resources), is found through
importlib.resources, and is carried by the built sdist and wheel: a missing file fails here, loudly, instead of
an installed copy quietly having no articles, no crisis page, no icons or no user guide.

.ci/wheel_smoke.sh goes further: it installs the wheel into a fresh venv outside the checkout and uses it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

import journal_app
from journal_app.core.paths import RESOURCES_ENV_VAR, resources_dir
from journal_app.services.guidance import ABOUT_ID, CRISIS_ID, Library
from journal_app.system.desktop_entry import DESKTOP_NAME, ICON_NAME

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(journal_app.__file__).resolve().parent
GUIDANCE_ARTICLES = 14  # the library: at least this many articles ship


def needed() -> list[str]:
    """What the app cannot do without, as paths inside journal_app/resources."""
    from journal_app.ui.common.icons import NAMES

    return sorted({
        f"{CRISIS_ID}.md",
        "help/guide.md",
        f"help/{ABOUT_ID}.md",
        DESKTOP_NAME,
        f"icons/{ICON_NAME}",
        *(f"icons/{name}.svg" for name in NAMES),
    })


def shipped(folder: Path) -> list[str]:
    """Every file under a resources folder (what the package data must carry), relative to it."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts)


def test_resources_are_found_inside_the_package(monkeypatch):
    monkeypatch.delenv(RESOURCES_ENV_VAR, raising=False)
    folder = resources_dir()
    assert folder.resolve() == (PACKAGE / "resources").resolve()
    assert Path(str(files("journal_app") / "resources")).resolve() == folder.resolve()
    missing = [name for name in needed() if not (folder / name).is_file() or not (folder / name).stat().st_size]
    assert not missing, f"the package lacks resources the app needs: {missing}"
    articles = sorted(p.stem for p in (folder / "guidance").glob("*.md"))
    assert len(articles) >= GUIDANCE_ARTICLES
    library = Library.load()
    assert not library.problems
    assert sorted(a.id for a in library.articles()) == articles  # every shipped article loads


def test_the_top_level_resources_folder_only_points_to_the_package():
    """One copy of the content: the old top-level folder keeps only a note saying where it went."""
    top = ROOT / "resources"
    if top.is_dir():
        assert shipped(top) == ["README.md"], (
            "content under resources/ would not ship: move it to journal_app/resources"
        )
        assert "journal_app/resources" in (top / "README.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_sdist_and_the_wheel_carry_every_resource(tmp_path):
    pytest.importorskip("build", reason="the 'build' package (in the test extras) is needed to build the wheel")
    pytest.importorskip("setuptools", reason="setuptools (the build backend, in the test extras) is needed")
    # Build from a clean copy of the sources, so nothing is written into the checkout.
    source = tmp_path / "source"
    junk = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis",
                                  ".pytest_cache", "tmp", "bench", "docs")
    shutil.copytree(ROOT, source, ignore=junk)
    out = tmp_path / "dist"
    # sdist first, then the wheel built from the unpacked sdist: the wheel only has what the sdist carried
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"building failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    with tarfile.open(sdist) as tar:
        in_sdist = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    everything = sorted(set(needed()) | set(shipped(PACKAGE / "resources")))
    assert len(everything) > len(needed())  # the articles are in the list too
    for listing, what in ((in_wheel, "wheel"), (in_sdist, "sdist")):
        missing = [name for name in everything if f"journal_app/resources/{name}" not in listing]
        assert not missing, f"the {what} lacks resources the app reads: {missing}"
    assert "journal_app/store/migrations/env.py" in in_wheel
