"""Choosing a file in the window's file dialogs (export, backup copy, import, save chart): never the journal,
its side files, its backups folder or the app's settings. A refused choice gets a calm message and the file
dialog again; nothing is written or read until the choice is good. The rule itself is
paths.refuse_inside_data_folder, the same one the command line uses."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from journal_app.core.errors import InvalidInput
from journal_app.core.paths import config_dir, refuse_inside_data_folder

Choice = str | os.PathLike[str] | None


def protected_places() -> tuple[Path | str | None, ...]:
    """The app's own settings: its folder where known without Qt, and the settings file Qt really uses."""
    from journal_app.ui.common.preferences import app_settings

    return config_dir(), app_settings().fileName() or None


def refusal(path: str | os.PathLike[str], data_dir: Path, what: str) -> str | None:
    """Why `path` may not be used for `what` ("export", "backup", "chart", "import"), or None when it may."""
    try:
        refuse_inside_data_folder(path, data_dir, what, protected=protected_places())
    except InvalidInput as exc:
        return str(exc)
    return None


def choose_file(parent, ask: Callable[[], Choice], data_dir: Path, what: str) -> Path | None:
    """Call `ask` (which shows a file dialog and returns the chosen path, or None/"" when cancelled) until the
    choice is one that may be used, saying why each refused one was; None when the person cancels."""
    while True:
        chosen = ask()
        if not chosen:
            return None
        problem = refusal(chosen, data_dir, what)
        if problem is None:
            return Path(chosen)
        QMessageBox.information(
            parent, QCoreApplication.translate("FileTargets", "Please choose another place"), problem
        )
