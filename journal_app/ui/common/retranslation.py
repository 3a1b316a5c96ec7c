"""Settings ▸ Language while the window is open (ui.common.i18n.change_language): every word of the app on every
widget put into the new language, each widget's own `retranslate()` called, and calendars and date fields given
the new locale. Apart from ui.common.i18n so that the window's start loads none of it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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
