"""The window's language: Qt's translators for its own words (journal_app_<language>.qm, compiled from the .ts
files in journal_app/resources/translations, and Qt's qtbase_<language>.qm for standard buttons), the Qt-free
catalog (journal_app.core.i18n) for words from services, charts and exports, and QLocale's default, all set
together by apply_language. The pseudo-language installs a translator that wraps and accents every word."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from journal_app.core import i18n

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
    """Every word of the app in the previous language, on any widget, in the current one; then each widget's own
    `retranslate()` (for sentences with numbers and names in them). Returns how many texts changed."""
    back = i18n.shown_texts(previous)

    def new(contexts: set[str], text: str) -> str | None:
        keys = back.get(text) if text else None
        if not keys:
            return None
        key = next((k for k in keys if k[0] in contexts), keys[-1])  # the widget's own words first
        now = QCoreApplication.translate(key[0], key[1], key[2] or None)
        return now if now != text else None

    changed = 0
    for widget in app.allWidgets():
        changed += _retranslate_widget(widget, partial(new, _contexts(widget)))
        _follow_locale(widget)
    for widget in app.allWidgets():
        own = getattr(widget, "retranslate", None)
        if callable(own):
            own()
    return changed


def _contexts(widget: QWidget) -> set[str]:
    """The translation contexts a widget's words most likely come from: its class and its parents' classes (Qt's
    tr() context is the class's name; the app's QCoreApplication.translate calls name their widget's class)."""
    found: set[str] = set()
    current: QWidget | None = widget
    while current is not None:
        found.update(cls.__name__ for cls in type(current).__mro__[:3])
        current = current.parentWidget()
    return found


# widgets that write dates with QLocale's words: the calendar's month and day names, a date field's format
_LOCALE_WIDGETS = (QCalendarWidget, QDateTimeEdit)
_FOLLOWS = "followsLanguage"


def _follow_locale(widget: QWidget) -> None:
    """A calendar or date field takes the new language's locale (QLocale.setDefault reaches only widgets made
    after it): "Dezember" and "Mo Di Mi" in German. One whose locale the app set on purpose is left alone."""
    if not isinstance(widget, _LOCALE_WIDGETS):
        return
    if widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale) and not widget.property(_FOLLOWS):
        return
    if widget.locale() != QLocale():
        widget.setLocale(QLocale())
        widget.setProperty(_FOLLOWS, True)


def _swap(get: Callable[[], str], put: Callable[[str], None], new: Callable[[str], str | None]) -> int:
    now = new(get())
    if now is None:
        return 0
    put(now)
    return 1


def _swap_items(count: int, get: Callable[[int], str], put: Callable[[int, str], None],
                new: Callable[[str], str | None]) -> int:
    n = 0
    for i in range(count):
        now = new(get(i))
        if now is not None:
            put(i, now)
            n += 1
    return n


def _retranslate_widget(widget: QWidget, new: Callable[[str], str | None]) -> int:
    n = 0
    for get, put in ((widget.windowTitle, widget.setWindowTitle), (widget.toolTip, widget.setToolTip),
                     (widget.statusTip, widget.setStatusTip), (widget.whatsThis, widget.setWhatsThis),
                     (widget.accessibleName, widget.setAccessibleName),
                     (widget.accessibleDescription, widget.setAccessibleDescription)):
        n += _swap(get, put, new)
    if isinstance(widget, QLabel | QAbstractButton):
        n += _swap(widget.text, widget.setText, new)
    elif isinstance(widget, QGroupBox | QMenu):
        n += _swap(widget.title, widget.setTitle, new)
    elif isinstance(widget, QTabBar):
        n += _swap_items(widget.count(), widget.tabText, widget.setTabText, new)
        n += _swap_items(widget.count(), widget.tabToolTip, widget.setTabToolTip, new)
    elif isinstance(widget, QComboBox):
        n += _swap_items(widget.count(), widget.itemText, widget.setItemText, new)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        n += _swap(widget.placeholderText, widget.setPlaceholderText, new)
    elif isinstance(widget, QAbstractSpinBox):
        n += _retranslate_spin(widget, new)
    elif isinstance(widget, QAbstractItemView):
        _refresh_view(widget)
    for action in widget.actions():
        for get, put in ((action.text, action.setText), (action.toolTip, action.setToolTip),
                         (action.statusTip, action.setStatusTip), (action.iconText, action.setIconText)):
            n += _swap(get, put, new)
    return n


def _retranslate_spin(spin: QAbstractSpinBox, new: Callable[[str], str | None]) -> int:
    n = _swap(spin.specialValueText, spin.setSpecialValueText, new)
    for name in ("suffix", "prefix"):
        get, put = getattr(spin, name, None), getattr(spin, "set" + name.capitalize(), None)
        if get is not None and put is not None:
            n += _swap(get, put, new)
    return n


def _refresh_view(view: QAbstractItemView) -> None:
    """A list, table or tree asks its model again (models translate their words each time they are asked)."""
    model = view.model()
    headers = []
    if isinstance(view, QTableView):
        headers = [view.horizontalHeader(), view.verticalHeader()]
    elif isinstance(view, QTreeView):
        headers = [view.header()]
    for header in headers:
        if model is not None and header.count():
            model.headerDataChanged.emit(header.orientation(), 0, header.count() - 1)
    view.viewport().update()
