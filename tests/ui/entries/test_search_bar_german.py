"""The entry list's three filters on one row share it by what each choice needs: in German "Alle Auslöser" is
shown in full beside "Alle" and "Jederzeit" at the list's usual width, rather than cut to "Alle Ausl…" by an even
three-way split; after a change of language the shares follow the new words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from journal_app.ui.common.i18n import apply_language, change_language
from journal_app.ui.entries.search_bar import SearchBar, _needs

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    apply_language(qapp, "en")


def _bar(qtbot, width: int) -> SearchBar:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.set_triggers([])
    bar.set_people([])
    bar.resize(width, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def _fits(box) -> bool:
    return box.width() >= _needs(box)


def _row_width(bar) -> int:
    """The narrowest bar that holds the three filters on one row, each in full."""
    return (sum(_needs(b) for b in (bar.trigger, bar.person, bar.period))
            + 2 * max(bar.filters.horizontalSpacing(), 0) + 12)


def test_in_german_each_filter_shows_its_choice_in_full_on_one_row(qtbot, qapp):
    apply_language(qapp, "de")
    bar = _bar(qtbot, 400)
    assert bar.trigger.currentText() == "Alle Auslöser"
    bar.resize(_row_width(bar) + 6, bar.height())
    qtbot.waitUntil(lambda: bar.two_rows is False)
    qtbot.wait(20)
    assert all(_fits(b) for b in (bar.trigger, bar.person, bar.period)), [
        (b.currentText(), b.width(), b.sizeHint().width()) for b in (bar.trigger, bar.person, bar.period)]
    bar.repaint()
    assert not bar.trigger.elided


def test_a_change_of_language_shares_the_row_again(qtbot, qapp):
    bar = _bar(qtbot, 400)
    english = bar.trigger.width()
    change_language(QApplication.instance(), "de")
    assert bar.trigger.currentText() == "Alle Auslöser"
    qtbot.waitUntil(lambda: bar.trigger.width() != english or _fits(bar.trigger))
    assert _fits(bar.trigger) or bar.two_rows
