"""Chart words in German: a matrix's text alternative names its rows and columns as the axes do, German nouns
keeping their capital ("3 Zeilen (Auslöser) und 2 Spalten (Person)"); English lower-cases them inside the sentence."""

from __future__ import annotations

import pytest

from journal_app import charts
from journal_app.core import i18n
from tests.charts.test_charts import make_report


@pytest.fixture
def german():
    i18n.set_language("de")
    yield
    i18n.set_language("en")


@pytest.mark.usefixtures("german")
def test_a_matrix_alternative_keeps_german_nouns_capitalised():
    _fig, alt = charts.build_matrix(make_report(), "trigger_person")
    assert alt.startswith("Mit wem es passiert ist: eine Tabelle mit 3 Zeilen (Auslöser) und 2 Spalten (Person)."), alt
    _fig, alt = charts.build_matrix(make_report(), "weekday_time")
    assert alt.startswith("Wann es passiert ist: eine Tabelle mit 7 Zeilen (Wochentag) und 4 Spalten (Tageszeit)."), alt


def test_in_english_the_labels_are_lower_case_inside_the_sentence():
    _fig, alt = charts.build_matrix(make_report(), "trigger_person")
    assert alt.startswith("Who it happened with: a table of 3 trigger rows by 2 person columns."), alt


@pytest.mark.usefixtures("german")
def test_long_side_labels_of_what_you_did_go_on_two_lines():
    from tests.charts.test_charts import _full_report

    fig, _alt = charts.build_responses(_full_report())
    ax = fig.axes[0]
    assert ax.get_ylabel() == "Anteil der notierten\nMomente"
    assert fig.axes[1].get_ylabel() == "Momente mit Auslöser\n(Balken)"


def test_english_side_labels_stay_on_one_line():
    from tests.charts.test_charts import _full_report

    fig, _alt = charts.build_responses(_full_report())
    assert fig.axes[0].get_ylabel() == "Share of moments noted"
    assert fig.axes[1].get_ylabel() == "Triggered moments (bars)"
