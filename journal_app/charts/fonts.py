"""matplotlib's own fonts, there before any chart or summary draws text.

matplotlib keeps the list of fonts it found in a cache file (fontlist-v*.json in its cache folder, e.g.
~/.cache/matplotlib) and trusts that file on every start. A file written by a process stopped half-way
through scanning the fonts can list none of the TrueType fonts at all (the app's background preload did
that when the window was closed during its first seconds: every font's name could not be read, each failure
was skipped, and the empty list was saved). From then on every text falls back to a font that is not there,
and drawing a chart or a PDF summary fails with ValueError, in every later run.

`ensure()` runs as the charts are imported: when the list lacks matplotlib's own DejaVu Sans (shipped inside
matplotlib, so always there to be found) it scans the fonts again, in place (matplotlib bound `findfont` to
the object it loaded), and saves the repaired list. No network, nothing of the journal's: font file names only.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
from matplotlib import font_manager

REQUIRED = "DejaVu Sans"  # matplotlib's default font, shipped in matplotlib's own data folder


def usable(manager: font_manager.FontManager) -> bool:
    """Whether `manager` lists matplotlib's own default TrueType font."""
    return any(entry.name == REQUIRED for entry in manager.ttflist)


def cache_file() -> Path:
    return Path(matplotlib.get_cachedir(), f"fontlist-v{font_manager.FontManager.__version__}.json")


def ensure(manager: font_manager.FontManager | None = None) -> bool:
    """Repair a font list that lacks matplotlib's own fonts (see the module's notes); True when it did."""
    manager = manager if manager is not None else font_manager.fontManager
    if usable(manager):
        return False
    fresh = font_manager.FontManager()
    manager.afmlist = fresh.afmlist
    manager.ttflist = fresh.ttflist
    # (findfont's cache of answers: matplotlib's stubs do not list it)
    manager._findfont_cached.cache_clear()  # type: ignore[attr-defined]
    font_manager.json_dump(manager, cache_file())
    return True


ensure()
