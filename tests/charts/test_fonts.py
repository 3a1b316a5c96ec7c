"""charts/fonts.py: a matplotlib font list saved without its fonts is repaired before anything draws text."""

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import matplotlib
from matplotlib import font_manager

from journal_app.charts import fonts

ROOT = Path(__file__).resolve().parents[2]


def _without_truetype() -> font_manager.FontManager:
    broken = copy.copy(font_manager.fontManager)
    broken.ttflist = []
    return broken


def test_a_list_with_matplotlibs_fonts_is_left_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(tmp_path))
    assert fonts.ensure() is False
    assert not list(tmp_path.iterdir())


def test_a_list_without_truetype_fonts_is_scanned_again_and_saved(tmp_path, monkeypatch):
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(tmp_path))
    broken = _without_truetype()
    assert not fonts.usable(broken)
    assert fonts.ensure(broken) is True
    assert fonts.usable(broken)
    assert broken.findfont(font_manager.FontProperties(family=["sans-serif"])).endswith("DejaVuSans.ttf")
    saved = font_manager.json_load(fonts.cache_file())
    assert fonts.usable(saved) and len(saved.ttflist) == len(broken.ttflist)


def test_a_process_that_finds_an_empty_list_on_disk_still_draws_a_chart(tmp_path):
    """The CI failure this fixes: the window quit during its first seconds and left matplotlib's cache with no
    TrueType font; `journal-app export` then failed with ValueError, and went on failing."""
    config = tmp_path / "mpl"
    config.mkdir()
    name = f"fontlist-v{font_manager.FontManager.__version__}.json"
    font_manager.json_dump(_without_truetype(), config / name)
    assert not json.loads((config / name).read_text())["ttflist"]
    code = ("from journal_app.charts.render import ChartSpec, render\n"
            "from tests.charts.test_charts import make_report\n"
            "picture = render(ChartSpec(make_report(), 'counts'), 800, 400)\n"
            "print(len(set(picture.rgba)))\n")
    env = {**os.environ, "MPLCONFIGDIR": str(config), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) > 20  # drawn: many shades, text included
    assert "findfont" not in done.stderr
    assert json.loads((config / name).read_text())["ttflist"]  # repaired on disk too
