"""The Qt-free catalog (journal_app.core.i18n): lookups from a .ts file, plurals by each language's rule, named
arguments, messages turned into words when shown, the pseudo-language, numbers and dates, the system's
language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal_app.core import i18n
from journal_app.core.errors import NotFound

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>insights</name>
    <message>
        <source>You wrote about {name} most.</source>
        <translation>Am meisten hast du über {name} geschrieben.</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation type="unfinished">Noch nicht</translation>
    </message>
    <message>
        <source>Broken {thing}</source>
        <translation>Kaputt {other}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
</context>
</TS>
"""
ENGLISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>insights</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def catalogs(tmp_path, monkeypatch) -> Path:
    (tmp_path / "journal_app_de.ts").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "journal_app_en.ts").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.reload()
    yield tmp_path
    i18n.set_language("en")
    i18n.reload()


def test_english_is_the_default_and_the_source(catalogs):
    assert i18n.language() == "en"
    assert i18n.trans("insights", "You wrote about {name} most.", name="Sam") == "You wrote about Sam most."


def test_german_finished_translations_and_named_arguments(catalogs):
    assert i18n.set_language("de") == "de"
    assert i18n.trans("insights", "You wrote about {name} most.", name="Sam") == \
        "Am meisten hast du über Sam geschrieben."
    assert i18n.trans("insights", "Not finished yet") == "Not finished yet"  # unfinished: the English
    assert i18n.trans("insights", "Never marked") == "Never marked"


def test_a_translation_with_wrong_placeholders_falls_back_to_english(catalogs):
    i18n.set_language("de")
    assert i18n.trans("insights", "Broken {thing}", thing="x") == "Broken x"


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("en", 1, "1 entry"), ("en", 0, "0 entries"), ("en", 2, "2 entries"), ("en", 1500, "1,500 entries"),
    ("de", 1, "1 Eintrag"), ("de", 0, "0 Einträge"), ("de", 21, "21 Einträge"), ("de", 1500, "1.500 Einträge"),
])
def test_plural_forms_follow_each_languages_rule(catalogs, lang, n, expected):
    i18n.set_language(lang)
    assert i18n.ntrans("insights", "%n entry(s)", n) == expected


def test_an_untranslated_plural_takes_englishs_forms(catalogs):
    i18n.set_language("de")
    assert i18n.ntrans("insights", "%n day(s)", 1) == "1 day"
    assert i18n.ntrans("insights", "%n day(s)", 3) == "3 days"


def test_a_message_is_worded_when_shown_in_the_language_of_that_moment(catalogs):
    error = NotFound(i18n.msg("insights", "You wrote about {name} most.", name="Sam"))
    assert str(error) == "You wrote about Sam most."
    i18n.set_language("de")
    assert str(error) == "Am meisten hast du über Sam geschrieben."
    assert error.args[0].english() == "You wrote about Sam most."
    counted = i18n.nmsg("insights", "%n entry(s)", 2)
    assert str(counted) == "2 Einträge"
    assert counted.english() == "2 entries"


def test_pseudo_wraps_and_accents_but_keeps_placeholders_and_markup():
    assert i18n.pseudo("Saved") == "⟦Ŝàvéd⟧"
    assert i18n.pseudo("Hello {name}, see <b>this</b> %n") == "⟦Ĥéĺĺô {name}, ŝéé <b>ţĥîŝ</b> %n⟧"
    assert i18n.pseudo(i18n.pseudo("Saved")) == "⟦Ŝàvéd⟧"


def test_pseudo_language_wraps_every_translated_word(catalogs):
    i18n.set_language("pseudo")
    assert i18n.trans("insights", "You wrote about {name} most.", name="Sam") == "⟦Ýôû ŵŕôţé àbôûţ Sam môŝţ.⟧"
    assert i18n.ntrans("insights", "%n entry(s)", 1) == "⟦1 éñţŕý⟧"


def test_numbers_and_dates_follow_the_language(catalogs):
    day = date(2026, 3, 14)
    assert (i18n.number(4.5, 1), i18n.number(36500), i18n.short_date(day)) == ("4.5", "36,500", "14 Mar 2026")
    assert i18n.long_date(day) == "Saturday 14 March 2026"
    i18n.set_language("de_DE.UTF-8")
    assert (i18n.number(4.5, 1), i18n.number(36500), i18n.short_date(day)) == ("4,5", "36.500", "14.03.2026")
    assert i18n.long_date(day) == "Samstag, 14. März 2026"
    assert i18n.day_month(day) == "14.03."
    assert i18n.first_weekday() == 0  # Monday


def test_week_start_follows_the_region(catalogs):
    i18n.set_language("en_US")
    assert i18n.first_weekday() == 6
    i18n.set_language("en_GB")
    assert i18n.first_weekday() == 0


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"}, "de"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LC_ALL": "de_CH.UTF-8", "LANG": "en_US.UTF-8"}, "de"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # no French translation ships: English
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "de:en"}, "de"),
])
def test_the_command_lines_language_follows_the_environment(catalogs, env, expected):
    assert i18n.set_language(i18n.system_locale(env)) == expected


def test_available_lists_english_first_and_every_shipped_translation(catalogs):
    assert i18n.available() == ["en", "de"]


def test_the_shipped_translations_are_found_inside_the_package():
    folder = i18n.translations_dir()
    assert (folder / "journal_app_en.ts").is_file()
    assert "de" in i18n.available()
