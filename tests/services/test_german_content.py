"""Issue 19, the German translation's content: the guidance articles, the help pages and the crisis page in
German (resources/**/de/), found by the Qt-free loader journal_app.core.localised with English behind every
page. Each German article keeps its English twin's topic, triggers, links and figures, credits the source
article, says "du" throughout and diagnoses nobody; the German crisis page lists the numbers for Germany,
Austria and Switzerland, every one of them from the checked table in journal_app.services.crisis."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_app.core import i18n, localised
from journal_app.core.localised import language, language_of_locale_name, languages
from journal_app.services import crisis
from journal_app.services.guidance import ABOUT_ID, Library, normalise, parse_article, resources_dir

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary_de.md"
LINK = re.compile(r"\]\(([a-z0-9-]+)\)")
NUMBER = re.compile(r"\d+")
CREDIT_DE = "artikel von therafocus über bindungsbasierte therapie"
C_LOCALE = {"LANG": "C.UTF-8"}
GERMAN = {"LANG": "de_DE.UTF-8"}
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember")


@pytest.fixture
def german(monkeypatch) -> Iterator[None]:
    """The app in German, as the command line starts it with LANG=de_DE.UTF-8."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    i18n.set_language(i18n.system_locale())
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def english() -> None:
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def english_articles() -> list[Path]:
    return sorted((resources_dir() / "guidance").glob("*.md"))


def german_twin(path: Path) -> Path:
    return path.parent / "de" / path.name


def translated_articles() -> list[Path]:
    return [p for p in english_articles() if german_twin(p).is_file()]


def body_of(path: Path) -> str:
    return parse_article(path).markdown()


def flat(text: str) -> str:
    """Lower case, every run of white space one space: phrases match across line breaks."""
    return " ".join(text.split()).lower()


def numbers(text: str) -> set[str]:
    return set(NUMBER.findall(text))


def links(text: str) -> set[str]:
    return set(LINK.findall(text))


# -- the loader --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "expected"), [
    ("de_DE.UTF-8", ["de_DE", "de"]),
    ("de_AT", ["de_AT", "de"]),
    ("de-CH", ["de_CH", "de"]),
    ("de", ["de"]),
    ("en_GB.UTF-8", ["en_GB", "en"]),
    ("C", []), ("C.UTF-8", []), ("POSIX", []), ("", []), (None, []), ("1234", []),
])
def test_a_locale_name_gives_its_languages(name, expected):
    assert language_of_locale_name(name) == expected


def test_the_environment_is_read_as_gettext_reads_it():
    assert languages({"LANG": "de_DE.UTF-8"}) == ["de_DE", "de"]
    assert languages({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}) == ["en_US", "en"]
    assert languages({"LANG": "en_US.UTF-8", "LC_ALL": "de_AT.UTF-8"}) == ["de_AT", "de"]
    assert languages({"LANG": "en_US.UTF-8", "LANGUAGE": "de:fr"}) == ["de", "fr", "en_US", "en"]
    assert languages({"LANG": "C.UTF-8", "LANGUAGE": "de"}) == []  # the C locale speaks English, as in gettext
    assert languages({}) == []
    assert language({"LANG": "de_CH.UTF-8"}) == "de" and language({"LANG": "C"}) == "en"


def test_the_pages_follow_the_apps_language_not_the_environment(german):
    crisis_md = resources_dir() / "crisis.md"
    assert language() == "de" and localised.localised(crisis_md) == resources_dir() / "de" / "crisis.md"
    i18n.set_language("en")  # Settings ▸ Language: English, on a German system
    assert language() == "en" and localised.localised(crisis_md) == crisis_md
    i18n.set_language(i18n.PSEUDO)  # the pseudo-language reads the English pages
    assert localised.localised(crisis_md) == crisis_md
    i18n.set_language("de_AT.UTF-8")
    assert languages() == ["de_AT", "de"] and localised.localised(crisis_md) == resources_dir() / "de" / "crisis.md"


def test_english_comes_back_for_a_page_with_no_translation(tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "both.md").write_text("en", encoding="utf-8")
    (tmp_path / "de" / "both.md").write_text("de", encoding="utf-8")
    (tmp_path / "english-only.md").write_text("en", encoding="utf-8")
    (tmp_path / "de" / "german-only.md").write_text("de", encoding="utf-8")
    found = localised.localised_files(tmp_path, environ=GERMAN)
    assert found == [tmp_path / "de" / "both.md", tmp_path / "english-only.md"]
    assert localised.localised(tmp_path / "english-only.md", GERMAN) == tmp_path / "english-only.md"
    assert localised.localised(tmp_path / "both.md", {"LANG": "fr_FR.UTF-8"}) == tmp_path / "both.md"
    assert localised.localised(tmp_path / "both.md", C_LOCALE) == tmp_path / "both.md"
    # English asked for first is English, even with a German page there
    assert localised.localised(tmp_path / "both.md", {"LANG": "de_DE.UTF-8", "LANGUAGE": "en:de"}) == \
        tmp_path / "both.md"


def test_a_missing_german_article_falls_back_to_the_english_one(tmp_path, german):
    source = english_articles()[0]
    folder = tmp_path / "guidance"
    (folder / "de").mkdir(parents=True)
    for path in english_articles():
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "de" / source.name).write_text(german_twin(source).read_text(encoding="utf-8"), encoding="utf-8")
    library = Library.load(folder)
    assert library.problems == []
    assert len(library.articles()) == len(english_articles())
    german_one = library.get(source.stem)
    assert german_one is not None and german_one.path.parent.name == "de"
    others = [a for a in library.articles() if a.id != source.stem]
    assert others and all(a.path.parent == folder for a in others)  # the English ones, not nothing


# -- the articles --------------------------------------------------------------------------------------------
def test_every_english_article_has_a_german_one():
    missing = [p.name for p in english_articles() if not german_twin(p).is_file()]
    assert not missing, f"no German version of: {missing}"
    strays = sorted({p.name for p in (resources_dir() / "guidance" / "de").glob("*.md")}
                    - {p.name for p in english_articles()})
    assert not strays, f"German articles with no English one: {strays}"


@pytest.mark.parametrize("path", translated_articles(), ids=lambda p: p.stem)
def test_a_german_article_keeps_its_english_twins_shape(path):
    en, de = parse_article(path), parse_article(german_twin(path))
    assert (de.id, de.topic, de.order, de.triggers, de.related) == (en.id, en.topic, en.order, en.triggers, en.related)
    assert de.title != en.title and de.summary != en.summary  # translated, not copied
    assert len(de.prompts) == len(en.prompts) and all(p.endswith("?") for p in de.prompts)
    assert not set(de.prompts) & set(en.prompts)
    assert len(de.keywords) >= min(len(en.keywords), 8)
    shared = set(de.keywords) & set(en.keywords)  # names and short forms (EFT, Sue Johnson) are the same
    assert len(shared) <= len(de.keywords) // 4, shared
    body = de.markdown()
    assert body.startswith(f"# {de.title}\n")
    for prompt in de.prompts:
        assert prompt in body, prompt
    assert links(body) == links(en.markdown())
    assert numbers(body) == numbers(en.markdown()), "the figures are the English page's, exactly"
    assert "TheraFocus" in de.source and "Dezember 2025" in de.source


@pytest.mark.parametrize("path", translated_articles(), ids=lambda p: p.stem)
def test_a_german_article_credits_the_article_and_speaks_plainly(path):
    body = body_of(german_twin(path))
    low = flat(body)
    assert CREDIT_DE in low, "names the source as in the glossary"
    assert "*Quelle:" in body and "(about-guidance)" in body
    assert "keine therapie" in low or "ersetzt" in low  # not a substitute for therapy
    assert not formal_address(body), formal_address(body)
    words = normalise(body)
    for bad in (" du bist ängstlich gebunden ", " du bist vermeidend ", " du hast eine störung ", " diagnose ",
                " du bist unsicher gebunden ", " du bist bindungsgestört "):
        assert normalise(bad) not in words, bad


def formal_address(text: str) -> list[str]:
    """"Sie"/"Ihnen"/"Ihr..." in the middle of a sentence: the formal you (German writes "du" here)."""
    found = []
    for match in re.finditer(r"\b(Sie|Ihnen|Ihre[mnrs]?|Ihr)\b", text):
        before = text[:match.start()].rstrip(" *_„\"(")
        if before and before[-1] not in ".!?:\n#-–—":
            found.append(text[max(0, match.start() - 30):match.end() + 10])
    return found


def test_the_library_speaks_german_with_a_german_locale(german):
    library = Library.load()
    assert library.problems == []
    assert sorted(a.id for a in library.articles()) == sorted(p.stem for p in english_articles())
    translated = {p.stem for p in translated_articles()}
    for article in library.articles():
        assert (article.path.parent.name == "de") == (article.id in translated), article.id
    assert library.about_markdown().startswith("# Über diese Texte")
    assert library.crisis_markdown().startswith("# Wenn du in einer Krise bist")


def test_the_library_stays_english_without_a_german_locale(english):
    library = Library.load()
    assert all(a.path.parent.name == "guidance" for a in library.articles())
    assert library.about_markdown().startswith("# About this guidance")
    assert library.crisis_markdown().startswith("# If you are in crisis")


GERMAN_SENTENCES = [
    ("Er hat den ganzen Abend nicht zurückgeschrieben und ich konnte nicht schlafen.", "abandonment-fear"),
    ("Als sie laut wurde, habe ich einfach dichtgemacht und nichts mehr gesagt.", "withdrawal"),
    ("Morgen ist Therapie und ich will es ansprechen, aber ich bin nervös.", "preparing-for-session"),
    ("Sie hat mich wieder auf gelesen gelassen, zum dritten Mal diese Woche.", "abandonment-fear"),
    ("Ich habe ihn weggestoßen und ihm dann um zwei Uhr nachts geschrieben.", "push-pull"),
    ("Ich habe sie wegen des Abwaschs angeblafft und mich danach schrecklich gefühlt.", "emotional-regulation"),
    ("Schon wieder, es ist dasselbe Muster mit jedem Partner.", "why-patterns-repeat"),
    ("Ich erinnere mich kaum an meine Kindheit, ist das wichtig?", "common-questions"),
    ("Ich bin sauer auf meine Therapeutin, weil sie abgesagt hat.", "therapist-secure-base"),
    ("Wir haben es in Ruhe geredet, diesmal anders als sonst.", "earned-security"),
    ("Mein Herz rast und ich bin kurz davor zu schicken, was ich getippt habe.", "in-the-moment"),
]


@pytest.mark.parametrize(("sentence", "expected"), GERMAN_SENTENCES)
def test_german_words_suggest_the_german_article(german, sentence, expected):
    if not german_twin(resources_dir() / "guidance" / f"{expected}.md").is_file():
        pytest.skip("that article is not translated yet")
    found = Library.load().suggest(sentence)
    assert found and found[0].article.id == expected, [s.article.id for s in found]


@pytest.mark.parametrize("sentence", [
    "Wir haben zu Abend gegessen und einen Film geschaut.",
    "Viel los bei der Arbeit heute, lauter Besprechungen und eine lange Heimfahrt.",
    "Das Wetter war schön, also bin ich im Park spazieren gegangen.",
    "Eingekauft, Nudeln gekocht, den Klempner wegen des Wasserhahns angerufen.",
])
def test_neutral_german_text_suggests_nothing(german, sentence):
    assert Library.load().suggest(sentence) == []


def test_the_triggers_articles_are_named_as_the_glossary_names_the_triggers():
    glossary = GLOSSARY.read_text(encoding="utf-8")
    for slug in ("abandonment-fear", "withdrawal", "push-pull"):
        row = re.search(rf"^\| {slug} \| [^|]+ \| ([^|]+) \|$", glossary, re.MULTILINE)
        assert row, slug
        path = resources_dir() / "guidance" / "de" / f"{slug}.md"
        if path.is_file():
            assert parse_article(path).title == row.group(1).strip(), slug


# -- the help pages --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["guide.md", f"{ABOUT_ID}.md"])
def test_the_help_pages_are_in_german_with_the_same_figures_and_links(name):
    en = (resources_dir() / "help" / name).read_text(encoding="utf-8")
    de = (resources_dir() / "help" / "de" / name).read_text(encoding="utf-8")
    assert links(de) == links(en)
    assert numbers(de) == numbers(en)
    assert CREDIT_DE in flat(de)
    assert not formal_address(de), formal_address(de)


def test_the_user_guide_window_reads_the_german_guide(german):
    from journal_app.ui.guidance.help_windows import guide_path

    assert guide_path() == resources_dir() / "help" / "de" / "guide.md"
    i18n.set_language("en")
    assert guide_path() == resources_dir() / "help" / "guide.md"


# -- the crisis page ---------------------------------------------------------------------------------------------
DACH = ("DE", "AT", "CH")


def dach_numbers() -> set[str]:
    """Every number the checked table holds for Germany, Austria and Switzerland, as German writes it."""
    out = set()
    for code in DACH:
        country = crisis.COUNTRIES[code]
        for line in country.emergency + country.crisis + country.abuse:
            out.add(i18n.translate("crisis", line.number))
    return out


def german_template() -> str:
    return (resources_dir() / "de" / "crisis.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", [None, "DE", "AT", "CH", "FR", "US", "GB"])
def test_the_german_crisis_page_lists_germany_austria_and_switzerland_once_each(german, code):
    page = crisis.page_markdown(code)
    assert page.startswith("# Wenn du in einer Krise bist")
    for number in dach_numbers():
        assert f"**{number}**" in page, number
    for name in ("TelefonSeelsorge", "Rat auf Draht", "Die Dargebotene Hand", "Pro Juventute",
                 "Hilfetelefon Gewalt gegen Frauen", "Frauenhelpline gegen Gewalt"):
        assert f"- {name}" in page, name
    for heading in ("### In Deutschland", "### In Österreich", "### In der Schweiz"):
        assert page.count(heading) == 1, heading  # each country's block once, never repeated
    assert page.count("Nummern zuletzt geprüft") == (3 if code in (None, *DACH) else 4)
    if code in crisis.COUNTRIES:  # the chosen country's own numbers come first
        chosen = crisis.COUNTRIES[code]
        assert page.index(f"### In {chosen.in_name}") <= min(
            page.index(h) for h in ("### In Deutschland", "### In Österreich", "### In der Schweiz"))
        for line in chosen.emergency + chosen.crisis + chosen.abuse:  # the number as the language writes it
            assert f"**{i18n.translate('crisis', line.number)}**" in page


@pytest.mark.parametrize("code", sorted(crisis.COUNTRIES))
def test_the_german_page_has_116_123_wherever_the_english_page_has_it(code):
    i18n.set_language("en")
    english = crisis.page_markdown(code)
    i18n.set_language("de")
    try:
        german = crisis.page_markdown(code)
    finally:
        i18n.set_language("en")
    assert english.count("116 123") <= german.count("116 123")
    assert "116 123" in german  # TelefonSeelsorge in Germany answers on it too


def test_the_german_crisis_template_holds_no_numbers_of_its_own():
    """Every number on the German page comes from the checked table (with its date), so it is never listed twice
    or out of step with the table."""
    template = german_template()
    assert not re.findall(r"\*\*[0-9][0-9 ]*[0-9]", template)
    assert "Nummern zuletzt geprüft" not in template  # the table's date is written under each country
    assert crisis.NUMBERS_MARK in template
    assert not formal_address(template), formal_address(template)
    checked = {crisis.COUNTRIES[code].checked for code in DACH}
    assert len(checked) == 1
    day = checked.pop()
    i18n.set_language("de")
    try:
        page = crisis.page_markdown("CH")
    finally:
        i18n.set_language("en")
    assert f"Nummern zuletzt geprüft: {day.day}. {MONTHS_DE[day.month - 1]} {day.year}." in page


def test_the_crisis_page_and_the_command_line_stay_english_in_english(english):
    assert crisis.page_markdown("DE").startswith("# If you are in crisis")
    assert crisis.page_text(None).startswith("If you are in crisis")


def test_the_german_crisis_page_prints_for_the_command_line(german):
    text = crisis.page_text("AT")
    assert text.startswith("Wenn du in einer Krise bist\n")
    assert "**" not in text and "142" in text and "0800 222 555" in text


# -- the glossary, the catalog and the articles say the same -------------------------------------------------------
def glossary_rows(heading: str) -> dict[str, tuple[str, ...]]:
    """The rows of the glossary table under `heading`: first cell -> the other cells."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text[text.index(heading):]
    section = section[:section.index("\n\n", section.index("| ---"))]
    rows = {}
    for line in section.splitlines()[3:]:
        cells = tuple(c.strip() for c in line.strip().strip("|").split("|"))
        rows[cells[0]] = cells[1:]
    return rows


def test_the_window_names_the_triggers_and_responses_as_the_glossary_does():
    from journal_app.models.values import BUILTIN_TRIGGERS, RESPONSES

    i18n.set_language("de")
    triggers = glossary_rows("### The built-in triggers")
    for trigger in BUILTIN_TRIGGERS:
        german = triggers[trigger.slug][1]
        assert i18n.translate("triggers", trigger.name) == german, trigger.slug
        assert parse_article(resources_dir() / "guidance" / "de" / f"{trigger.slug}.md").title == german
    responses = glossary_rows("### What I did (responses)")
    for key, english, _group in RESPONSES:
        assert i18n.translate("messages", english) == responses[key][1], key
    repair = glossary_rows("### Repair")
    from journal_app.models.values import REPAIR

    for key, english in REPAIR:
        assert i18n.translate("messages", english) == repair[key][1], key


def test_german_ships_complete():
    """German is a shipped language, not a draft: every message of the catalog is translated and finished."""
    from xml.etree import ElementTree

    assert i18n.LANGUAGE_NAMES.get("de") == "Deutsch" and "de" in i18n.available()
    root = ElementTree.parse(i18n.ts_path("de")).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")]
    assert unfinished == []
