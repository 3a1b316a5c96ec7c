"""PyInstaller runtime hook: a fonts fallback for a system with no fonts at all.

Runs before the app. When no font file is found where fontconfig usually looks, Qt would draw no text, so
fontconfig is pointed at the bundle's fonts.conf (the system's configuration, if any, plus the DejaVu fonts
in the bundle: fonts/ttf, copied from matplotlib's own) and QT_QPA_FONTDIR at the same folder. A person's
own FONTCONFIG_FILE or QT_QPA_FONTDIR is left alone. JOURNAL_APP_BUNDLED_FONTS=1 uses the bundled fonts
even when the system has some (to check the fallback)."""

import os
import sys

_FONT_ENDINGS = (".ttf", ".otf", ".ttc", ".pfb", ".pcf", ".pcf.gz", ".otb", ".woff", ".woff2")


def _system_has_fonts() -> bool:
    home = os.path.expanduser("~")
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share")
    data_dirs = (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(":")
    folders = [os.path.join(d, "fonts") for d in (data_home, *data_dirs) if d]
    folders += [os.path.join(home, ".fonts"), "/usr/X11R6/lib/X11/fonts"]
    for folder in folders:
        for _root, _dirs, names in os.walk(folder):
            if any(name.lower().endswith(_FONT_ENDINGS) for name in names):
                return True
    return False


def _use_bundled_fonts() -> None:
    fonts = os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "fonts")
    if not os.path.isdir(os.path.join(fonts, "ttf")):
        return
    forced = os.environ.get("JOURNAL_APP_BUNDLED_FONTS") == "1"
    if not forced and (os.environ.get("FONTCONFIG_FILE") or _system_has_fonts()):
        return
    os.environ["FONTCONFIG_FILE"] = os.path.join(fonts, "fonts.conf")
    os.environ.setdefault("QT_QPA_FONTDIR", os.path.join(fonts, "ttf"))


_use_bundled_fonts()
