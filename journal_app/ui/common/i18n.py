"""Translation at run time: the sentences from journal_app/core/messages.py (marked for pyside6-lupdate there), and
loading a translation for the person's language when one ships in resources/translations/
(journal_app_<language>.qm, made from the .ts files pyside6-lupdate writes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator


def message(text: str) -> str:
    """A fixed sentence from journal_app.core.messages, in the person's language when there is a translation."""
    return QCoreApplication.translate("messages", text)


def install_translation(app, locale: QLocale | None = None) -> QTranslator | None:
    """Load the app's translation for `locale` (default: the system's) if one exists; None when there is none
    (English, the source language, needs none)."""
    from journal_app.core.paths import resources_dir

    folder = resources_dir() / "translations"
    if not folder.is_dir():
        return None
    translator = QTranslator(app)
    if translator.load(locale or QLocale.system(), "journal_app", "_", str(folder)):
        app.installTranslator(translator)
        return translator
    return None
