"""The window's language: Qt's translators for its own words (journal_app_<language>.qm, compiled from the .ts
files in journal_app/resources/translations, and Qt's qtbase_<language>.qm for standard buttons), the Qt-free
catalog (journal_app.core.i18n) for words from services, charts and exports, and QLocale's default, all set
together by apply_language. The pseudo-language installs a translator that wraps and accents every word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from journal_app.core import i18n

if TYPE_CHECKING:  # (the widgets' classes and Qt's namespace cost ~15 ms: not before the first paint)
    from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def message(text: str) -> str:
    """A fixed sentence from journal_app.core.messages, in the person's language when there is a translation."""
    return QCoreApplication.translate("messages", text)


class PseudoTranslator(QTranslator):
    """Every word Qt asks for comes back as the pseudo-language has it (⟦Ŝàvéd⟧), its plural chosen by
    English's rule: a word on screen without the brackets never went through a translator."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return source_text
        if n is not None and n >= 0:
            english = i18n.translate_in(i18n.SOURCE_LANGUAGE, context, source_text, n)
        else:
            english = source_text
        return i18n.pseudo(english)

    def isEmpty(self) -> bool:
        return False


def system_locale_name() -> str:
    """The system's language as Qt reads it (on Linux: LC_ALL, LC_MESSAGES, LANG), e.g. 'de_DE'."""
    return QLocale.system().name()


def apply_language(app: QCoreApplication, code: str | None = None) -> str:
    """Show the window, and every word the app makes, in `code` ('system' or None: the system's language; 'en',
    'de', 'pseudo'). Installing a translator sends every widget a LanguageChange event (retranslate follows
    it). Returns the language now in use."""
    wanted = system_locale_name() if code in (None, "", "system") else code
    lang = i18n.set_language(wanted)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == i18n.PSEUDO:
        _install(app, PseudoTranslator(app))
    else:
        own = QTranslator(app)
        if own.load(f"journal_app_{lang}", str(i18n.translations_dir())):
            _install(app, own)  # for English: its plural forms ("1 entry", "2 entries")
        qt_own = QTranslator(app)
        if lang != i18n.SOURCE_LANGUAGE and qt_own.load(
                f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _install(app, qt_own)
    QLocale.setDefault(_qt_locale(lang))
    return lang


def _qt_locale(lang: str) -> QLocale:
    """Qt's locale for the language (dates and numbers in widgets): the system's own when it speaks it (or when
    English is wanted on a C locale), else the language in the system's region, else the language's own."""
    system = QLocale.system()
    spoken = "en" if system.language() == QLocale.Language.C else QLocale.languageToCode(system.language())
    if lang in (spoken, i18n.PSEUDO):
        return system
    region = i18n.region()
    return QLocale(f"{lang}_{region}") if region else QLocale(lang)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def install_translation(app) -> None:
    """At start: the language the settings name (the system's by default)."""
    from journal_app.ui.common.preferences import Preferences

    apply_language(app, str(Preferences().get("language") or "system"))


# -- switching language while the window is open ------------------------------------------------------------------
def change_language(app: QApplication, code: str | None) -> str:
    """Settings ▸ Language: the new language at once, in every open window, without closing anything. What the
    person typed stays as it is (fields' own text is never touched; only labels, titles, buttons, menus, tabs,
    tips, placeholders and list items that show one of the app's words). Returns the language now in use."""
    previous = i18n.language()
    lang = apply_language(app, code)
    if lang != previous:
        retranslate(app, previous)
    return lang


def retranslate(app: QApplication, previous: str) -> int:
    """Every word of the app in the previous language, on any widget, in the current one (see
    ui.common.retranslation, loaded only when the language changes). Returns how many texts changed."""
    from journal_app.ui.common.retranslation import retranslate as every_widget

    return every_widget(app, previous)
