"""PyInstaller runtime hook, in place of PyInstaller's own pyi_rth_pyside6 and pyi_rth_mplconfig (journal-app.spec
drops those two).

pyi_rth_pyside6 imports PySide6.QtCore at start-up (about 0.2 s, to register a qt.conf that PySide6's wheels do
not need: their Qt finds its prefix from where libQt6Core lies, PySide6/Qt/lib). The command line never loads
Qt, so that would slow every `journal-app` command; here only Qt's plugin folder is named, which costs nothing.
pyi_rth_mplconfig gives matplotlib a new, empty config folder on every run, so it would rebuild its font list
each time a chart is drawn; without it matplotlib keeps its cache where it does for a venv install
(~/.cache/matplotlib)."""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
