"""The crisis page's table (issue 18, item 1): every listed country has an emergency number and the date its
numbers were last checked; the country comes from the locale; an unknown country gets what to do anywhere; the
page is text with nothing to dial or fetch."""

from __future__ import annotations

import re
from datetime import date

import pytest

from journal_app.services import crisis

REQUIRED = ("US", "CA", "GB", "IE", "AU", "NZ", "DE", "AT", "CH", "FR", "ES", "IT", "NL", "IN", "ZA")
# countries with a national line for domestic abuse in the table (CA and CH have none listed: provincial or
# cantonal services, not one number that was checked)
WITH_ABUSE_LINES = ("US", "GB", "IE", "AU", "NZ", "DE", "AT", "FR", "ES", "IT", "NL", "IN", "ZA")
DIGITS = re.compile(r"\d")


def test_at_least_fifteen_countries_and_every_required_one():
    assert len(crisis.COUNTRIES) >= 15
    assert set(REQUIRED) <= set(crisis.COUNTRIES)
    for code, country in crisis.COUNTRIES.items():
        assert country.code == code and re.fullmatch(r"[A-Z]{2}", code)


@pytest.mark.parametrize("code", REQUIRED)
def test_every_listed_country_has_an_emergency_number_and_a_check_date(code):
    country = crisis.COUNTRIES[code]
    assert country.emergency, code
    assert all(DIGITS.search(line.number) and line.name for line in country.emergency)
    assert isinstance(country.checked, date)
    assert country.checked >= date(2023, 11, 30)  # checked after Canada's 988 began: not an old list
    page = crisis.page_markdown(code)
    assert f"Numbers last checked: {crisis.checked_text(country.checked)}." in page
    for line in country.emergency + country.crisis + country.abuse:
        assert f"**{line.number}**" in page, (code, line)
    assert f"In {country.in_name}" in page


def test_every_line_has_a_name_and_something_to_dial_or_text():
    for country in crisis.COUNTRIES.values():
        for line in country.emergency + country.crisis + country.abuse:
            assert line.name.strip() and DIGITS.search(line.number), (country.code, line)
            assert re.fullmatch(r"[0-9 +\-]+( or [0-9 +\-]+)*|text [A-Z]+ to [0-9]+", line.number), line.number


def test_domestic_abuse_lines_where_known():
    for code in WITH_ABUSE_LINES:
        assert crisis.COUNTRIES[code].abuse, code
        assert "If someone at home, or a partner, is hurting you" in crisis.page_markdown(code)
    assert "If someone at home" not in crisis.page_markdown("CH")  # no line rather than a guessed one


@pytest.mark.parametrize(("code", "numbers"), [
    ("US", ["911", "988", "1-800-799-7233"]),
    ("CA", ["911", "988"]),
    ("GB", ["999", "112", "116 123", "111", "0808 2000 247"]),
    ("IE", ["112", "999", "116 123"]),
    ("AU", ["000", "13 11 14", "1800 737 732"]),
    ("NZ", ["111", "1737", "0800 543 354"]),
    ("DE", ["112", "0800 111 0 111", "0800 111 0 222", "116 016"]),
    ("AT", ["112", "144", "142", "0800 222 555"]),
    ("CH", ["112", "144", "143"]),
    ("FR", ["112", "15", "3114", "3919"]),
    ("ES", ["112", "024", "016"]),
    ("IT", ["112", "02 2327 2327"]),
    ("NL", ["112", "0800 0113", "0800 2000"]),
    ("IN", ["112", "14416"]),
    ("ZA", ["112", "10111", "10177", "0800 567 567"]),
])
def test_the_main_numbers_are_on_each_page(code, numbers):
    page = crisis.page_markdown(code)
    for number in numbers:
        assert re.search(rf"\*\*([^*]* or )?{re.escape(number)}( or [^*]*)?\*\*", page), (code, number)


@pytest.mark.parametrize("code", [None, "", "JP", "XX", "zz"])
def test_an_unknown_country_is_told_what_to_do_anywhere(code):
    page = crisis.page_markdown(code)
    assert "If your country is not listed" in page
    assert "Call your local emergency number" in page
    assert "nearest emergency department" in page
    assert "findahelpline.com" in page
    assert "Numbers last checked" not in page  # no other country's numbers posing as theirs
    assert "**911**" not in page and "**112**" not in page


def test_a_listed_country_also_says_what_to_do_anywhere():
    page = crisis.page_markdown("GB")
    assert page.index("In the United Kingdom") < page.index("Wherever you are") < page.index("## Reaching out")
    assert page.startswith("# If you are in crisis") and "not an emergency service" in page
    assert "<!--" not in page


def test_nothing_on_the_page_is_a_link():
    for code in [*crisis.COUNTRIES, None]:
        page = crisis.page_markdown(code)
        assert "http" not in page and "](" not in page and "<a " not in page and "tel:" not in page


@pytest.mark.parametrize(("typed", "code"), [
    ("gb", "GB"), (" de ", "DE"), ("UK", "GB"), ("uk", "GB"), ("Us", "US"), ("JP", None), ("", None),
    (None, None), ("GBR", None),
])
def test_codes_as_typed(typed, code):
    assert crisis.normalise(typed) == code


@pytest.mark.parametrize(("name", "code"), [
    ("de_DE.UTF-8", "DE"), ("en_GB", "GB"), ("en-NZ", "NZ"), ("fr_CH.UTF-8@euro", "CH"), ("ast_ES.UTF-8", "ES"),
    ("ja_JP.UTF-8", "JP"), ("C", None), ("C.UTF-8", None), ("POSIX", None), ("en", None), ("", None),
])
def test_country_of_a_locale_name(name, code):
    assert crisis.country_of_locale_name(name) == code


def test_the_locale_variables_in_the_c_library_order():
    env = {"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_AT.UTF-8", "LC_ALL": "fr_FR.UTF-8"}
    assert crisis.country_from_environment(env) == "FR"
    del env["LC_ALL"]
    assert crisis.country_from_environment(env) == "AT"
    del env["LC_MESSAGES"]
    assert crisis.country_from_environment(env) == "US"
    assert crisis.country_from_environment({"LC_ALL": "C.UTF-8", "LANG": "en_GB.UTF-8"}) is None  # C wins
    assert crisis.country_from_environment({}) is None


def test_the_plain_text_page_has_no_markdown_marks():
    text = crisis.page_text("NL")
    assert "**" not in text and not re.search(r"^#", text, re.MULTILINE) and "<!--" not in text
    assert "Veilig Thuis: 0800 2000" in text and "Numbers last checked: 7 December 2026." in text


def test_every_country_page_leads_with_the_chosen_one():
    page = crisis.every_country_markdown("nz")
    assert page.index("In New Zealand") < page.index("In Australia")
    for country in crisis.COUNTRIES.values():
        assert f"In {country.in_name}" in page
    assert "Wherever you are" in page
    assert crisis.every_country_markdown(None).index("In Australia") < page.index("In the United States")


def test_the_numbers_are_shown_even_when_the_words_cannot_be_read(tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNAL_APP_RESOURCES", str(tmp_path))  # no crisis.md there
    page = crisis.page_markdown("IE")
    assert page.startswith("# If you are in crisis") and "**116 123**" in page and "<!--" not in page


def test_checked_text_is_the_same_in_every_locale():
    assert crisis.checked_text(date(2026, 12, 7)) == "7 December 2026"
    assert crisis.checked_text(date(2025, 1, 31)) == "31 January 2025"
