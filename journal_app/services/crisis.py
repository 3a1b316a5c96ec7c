"""The crisis page: emergency and crisis numbers by country, the country taken from the locale, and the page
itself as Markdown (the window) or plain text (`journal-app crisis`). No Qt, no journal: the page is read
without unlocking anything.

Nothing here dials or fetches: the page is text. The words around the numbers live in resources/crisis.md;
the numbers live here, in one table, with the date they were last checked. Only numbers that were checked are
listed; a country without a line of some kind simply leaves that part out, and every page ends with what to
do anywhere (the local emergency number, the nearest emergency department, an international directory).
When a number is checked again, change its country's `checked` date.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from journal_app.core import i18n
from journal_app.core.i18n import QT_TRANSLATE_NOOP, trans, translate
from journal_app.core.localised import localised
from journal_app.core.paths import resources_dir

CHECKED = date(2026, 12, 7)  # the day every number below was last checked
DIRECTORY = "findahelpline.com"  # an international directory of helplines, named as text only
NUMBERS_MARK = "<!-- numbers -->"  # where resources/crisis.md takes the numbers
ALIASES = {"UK": "GB"}  # what people type that is not the ISO 3166 code
# the countries whose numbers a language's page always shows (the chosen country's first, each once): German is
# spoken in Germany, Austria and Switzerland, so the German page lists all three wherever the person is
HOME_COUNTRIES = {"de": ("DE", "AT", "CH")}
# the names after "In" that differ from the name ("the" in English; "der Schweiz" in German)
IN_NAMES = {"US": QT_TRANSLATE_NOOP("crisis", "the United States"),
            "GB": QT_TRANSLATE_NOOP("crisis", "the United Kingdom"),
            "NL": QT_TRANSLATE_NOOP("crisis", "the Netherlands (Nederland)"),
            "CH": QT_TRANSLATE_NOOP("crisis", "Switzerland")}  # "in der Schweiz"


@dataclass(frozen=True)
class Line:
    """One number: who answers (`name`), what to dial or text (`number`), and for whom or how (`note`)."""

    name: str
    number: str
    note: str = ""


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    emergency: tuple[Line, ...]  # police, ambulance, fire: at least one
    crisis: tuple[Line, ...]  # someone to talk to: suicide prevention, mental-health crisis, young people
    abuse: tuple[Line, ...] = ()  # when someone at home or a partner is hurting you
    checked: date = CHECKED

    @property
    def shown_name(self) -> str:
        """The country's name in the person's language ("Germany (Deutschland)")."""
        return translate("crisis", self.name)

    @property
    def in_name(self) -> str:
        """The name after "In": "the United Kingdom", "Germany (Deutschland)"."""
        return translate("crisis", IN_NAMES[self.code]) if self.code in IN_NAMES else self.shown_name


def _c(code: str, name: str, emergency: Iterable[Line], crisis: Iterable[Line],
       abuse: Iterable[Line] = ()) -> Country:
    return Country(code, name, tuple(emergency), tuple(crisis), tuple(abuse))


COUNTRIES: dict[str, Country] = {c.code: c for c in (
    _c("US", QT_TRANSLATE_NOOP("crisis", "United States"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "911", QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("988 Suicide & Crisis Lifeline", "988", QT_TRANSLATE_NOOP("crisis", "call or text, day and night")),
        Line("Crisis Text Line", QT_TRANSLATE_NOOP("crisis", "text HOME to 741741"))],
       [Line("National Domestic Violence Hotline", "1-800-799-7233",
             QT_TRANSLATE_NOOP("crisis", "or text START to 88788"))]),
    _c("CA", QT_TRANSLATE_NOOP("crisis", "Canada"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "911", QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("9-8-8 Suicide Crisis Helpline", "988", QT_TRANSLATE_NOOP("crisis", "call or text, day and night")),
        Line("Kids Help Phone", "1-800-668-6868",
             QT_TRANSLATE_NOOP("crisis", "for young people; or text CONNECT to 686868")),
        Line("Hope for Wellness Help Line", "1-855-242-3310", QT_TRANSLATE_NOOP("crisis", "for Indigenous peoples"))]),
    _c("GB", QT_TRANSLATE_NOOP("crisis", "United Kingdom"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), QT_TRANSLATE_NOOP("crisis", "999 or 112"),
             QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire")),
        Line("NHS 111", "111", QT_TRANSLATE_NOOP(
            "crisis", "urgent medical help that is not an emergency, in England, Scotland and Wales"))],
       [Line("Samaritans", "116 123", QT_TRANSLATE_NOOP("crisis", "free, day and night")),
        Line("Shout", QT_TRANSLATE_NOOP("crisis", "text SHOUT to 85258")),
        Line("Lifeline (Northern Ireland)", "0808 808 8000")],
       [Line("National Domestic Abuse Helpline (England)", "0808 2000 247",
             QT_TRANSLATE_NOOP("crisis", "day and night")),
        Line("Domestic Abuse and Forced Marriage Helpline (Scotland)", "0800 027 1234"),
        Line("Live Fear Free (Wales)", "0808 80 10 800"),
        Line("Domestic and Sexual Abuse Helpline (Northern Ireland)", "0808 802 1414")]),
    _c("IE", QT_TRANSLATE_NOOP("crisis", "Ireland"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), QT_TRANSLATE_NOOP("crisis", "112 or 999"),
             QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("Samaritans", "116 123", QT_TRANSLATE_NOOP("crisis", "free, day and night")),
        Line("Pieta", "1800 247 247", QT_TRANSLATE_NOOP("crisis", "suicide and self-harm")),
        Line("Text About It", QT_TRANSLATE_NOOP("crisis", "text HELLO to 50808"))],
       [Line("Women's Aid National Freephone Helpline", "1800 341 900", QT_TRANSLATE_NOOP("crisis", "day and night"))]),
    _c("AU", QT_TRANSLATE_NOOP("crisis", "Australia"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "000", QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("Lifeline", "13 11 14", QT_TRANSLATE_NOOP("crisis", "day and night")),
        Line("Suicide Call Back Service", "1300 659 467"),
        Line("Beyond Blue", "1300 22 4636"),
        Line("Kids Helpline", "1800 55 1800", QT_TRANSLATE_NOOP("crisis", "for young people")),
        Line("13YARN", "13 92 76", QT_TRANSLATE_NOOP("crisis", "for Aboriginal and Torres Strait Islander people"))],
       [Line("1800RESPECT", "1800 737 732", QT_TRANSLATE_NOOP("crisis", "domestic, family and sexual violence"))]),
    _c("NZ", QT_TRANSLATE_NOOP("crisis", "New Zealand"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "111", QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("Need to talk?", "1737", QT_TRANSLATE_NOOP("crisis", "call or text")),
        Line("Lifeline", "0800 543 354"),
        Line("Suicide Crisis Helpline", "0508 828 865")],
       [Line("Women's Refuge crisis line", "0800 733 843"),
        Line("Are You OK family violence line", "0800 456 450")]),
    _c("DE", QT_TRANSLATE_NOOP("crisis", "Germany (Deutschland)"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112", QT_TRANSLATE_NOOP("crisis", "ambulance, fire")),
        Line(QT_TRANSLATE_NOOP("crisis", "Police"), "110"),
        Line("Ärztlicher Bereitschaftsdienst", "116 117",
             QT_TRANSLATE_NOOP("crisis", "a doctor when it is not an emergency"))],
       # 116 123 is the EU's number for emotional support (Commission Decision 2007/698/EC); in Germany TelefonSeelsorge
       # answers it beside its two 0800 numbers. Sources seen on 7 December 2026, two independent ones: the text
       # issued with the 2021 stamp "65 Jahre TelefonSeelsorge" ("0800 / 111 0 111 bzw. 0800 / 111 0 222 und
       # 116 123") and the Protestant deanery of Ansbach (ansbach-evangelisch.de, "Jeder braucht mal Hilfe").
       [Line("TelefonSeelsorge", QT_TRANSLATE_NOOP("crisis", "0800 111 0 111 or 0800 111 0 222 or 116 123"),
             QT_TRANSLATE_NOOP("crisis", "day and night")),
        Line("Nummer gegen Kummer", "116 111", QT_TRANSLATE_NOOP("crisis", "for children and young people"))],
       [Line("Hilfetelefon Gewalt gegen Frauen", "116 016",
             QT_TRANSLATE_NOOP("crisis", "day and night, in many languages"))]),
    _c("AT", QT_TRANSLATE_NOOP("crisis", "Austria (Österreich)"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112"),
        Line(QT_TRANSLATE_NOOP("crisis", "Ambulance (Rettung)"), "144"),
        Line(QT_TRANSLATE_NOOP("crisis", "Police"), "133"),
        Line("Gesundheitsnummer", "1450", QT_TRANSLATE_NOOP("crisis", "health advice when it is not an emergency"))],
       [Line("TelefonSeelsorge", "142", QT_TRANSLATE_NOOP("crisis", "day and night")),
        Line("Rat auf Draht", "147", QT_TRANSLATE_NOOP("crisis", "for children and young people"))],
       [Line("Frauenhelpline gegen Gewalt", "0800 222 555", QT_TRANSLATE_NOOP("crisis", "day and night"))]),
    _c("CH", QT_TRANSLATE_NOOP("crisis", "Switzerland (Schweiz, Suisse, Svizzera)"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112"),
        Line(QT_TRANSLATE_NOOP("crisis", "Ambulance"), "144"),
        Line(QT_TRANSLATE_NOOP("crisis", "Police"), "117")],
       [Line("Die Dargebotene Hand / La Main Tendue / Telefono Amico", "143",
             QT_TRANSLATE_NOOP("crisis", "day and night")),
        Line("Pro Juventute", "147", QT_TRANSLATE_NOOP("crisis", "for children and young people"))]),
    _c("FR", QT_TRANSLATE_NOOP("crisis", "France"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112"),
        Line(QT_TRANSLATE_NOOP("crisis", "SAMU (medical emergency)"), "15"),
        Line(QT_TRANSLATE_NOOP("crisis", "Police"), "17"),
        Line(QT_TRANSLATE_NOOP("crisis", "Emergency by text message"), "114",
             QT_TRANSLATE_NOOP("crisis", "by SMS, if you cannot speak or hear"))],
       [Line("Numéro national de prévention du suicide", "3114", QT_TRANSLATE_NOOP("crisis", "day and night")),
        Line("Allô Enfance en Danger", "119", QT_TRANSLATE_NOOP("crisis", "children and young people in danger"))],
       [Line("Violences Femmes Info", "3919", QT_TRANSLATE_NOOP("crisis", "day and night"))]),
    _c("ES", QT_TRANSLATE_NOOP("crisis", "Spain (España)"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112", QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("Línea de atención a la conducta suicida", "024", QT_TRANSLATE_NOOP("crisis", "day and night"))],
       [Line("Violencia de género", "016", QT_TRANSLATE_NOOP("crisis", "day and night"))]),
    _c("IT", QT_TRANSLATE_NOOP("crisis", "Italy (Italia)"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112"),
        Line(QT_TRANSLATE_NOOP("crisis", "Medical emergency"), "118")],
       [Line("Telefono Amico Italia", "02 2327 2327")],
       [Line("Antiviolenza e stalking", "1522", QT_TRANSLATE_NOOP("crisis", "day and night"))]),
    _c("NL", QT_TRANSLATE_NOOP("crisis", "Netherlands (Nederland)"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112", QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("113 Zelfmoordpreventie", QT_TRANSLATE_NOOP("crisis", "113 or 0800 0113"),
             QT_TRANSLATE_NOOP("crisis", "day and night")),
        Line("De Kindertelefoon", "0800 0432", QT_TRANSLATE_NOOP("crisis", "for children and young people"))],
       [Line("Veilig Thuis", "0800 2000",
             QT_TRANSLATE_NOOP("crisis", "domestic abuse and child abuse, day and night"))]),
    _c("IN", QT_TRANSLATE_NOOP("crisis", "India"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency"), "112", QT_TRANSLATE_NOOP("crisis", "police, ambulance, fire"))],
       [Line("Tele-MANAS", QT_TRANSLATE_NOOP("crisis", "14416 or 1-800-891-4416"),
             QT_TRANSLATE_NOOP("crisis", "mental health support, day and night"))],
       [Line("Women Helpline", "181")]),
    _c("ZA", QT_TRANSLATE_NOOP("crisis", "South Africa"),
       [Line(QT_TRANSLATE_NOOP("crisis", "Emergency from a mobile phone"), "112"),
        Line(QT_TRANSLATE_NOOP("crisis", "Police"), "10111"),
        Line(QT_TRANSLATE_NOOP("crisis", "Ambulance"), "10177")],
       [Line("SADAG Suicide Crisis Line", "0800 567 567"),
        Line("Lifeline South Africa", "0861 322 322"),
        Line("Childline", "116", QT_TRANSLATE_NOOP("crisis", "for children and young people"))],
       [Line("Gender-Based Violence Command Centre", "0800 428 428", QT_TRANSLATE_NOOP("crisis", "day and night"))]),
)}


# -- choosing the country --------------------------------------------------------------------------------
def normalise(code: str | None) -> str | None:
    """The known country for a code as typed ("de", " GB ", "uk"), or None."""
    if not code:
        return None
    upper = code.strip().upper()
    upper = ALIASES.get(upper, upper)
    return upper if upper in COUNTRIES else None


_LOCALE_RE = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?:$|[.@])")


def country_of_locale_name(name: str | None) -> str | None:
    """The ISO 3166 code in a locale name ("de_DE.UTF-8" → "DE", "en-GB" → "GB"); None for "C", "POSIX",
    "en" or anything without a territory. The code may be one this table does not list."""
    found = _LOCALE_RE.match((name or "").strip())
    return found.group(1).upper() if found else None


def country_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The territory of the locale as the C library picks it: LC_ALL, else LC_MESSAGES, else LANG (the first
    one set wins, as it does for the language). None when it names no territory."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return country_of_locale_name(value)
    return None


def known_codes() -> list[str]:
    return sorted(COUNTRIES)


def by_name() -> list[Country]:
    """Every listed country, sorted by its name (the window's choice)."""
    return sorted(COUNTRIES.values(), key=lambda c: c.shown_name.casefold())


def checked_text(day: date) -> str:
    """A day written out, "7 December 2026" (7. Dezember 2026 in German): never ambiguous."""
    return i18n.medium_date(day)


# -- the page ----------------------------------------------------------------------------------------------
# the words if resources/crisis.md cannot be read: the numbers are never kept from anyone
FALLBACK_TEMPLATE = f"""# If you are in crisis

You matter. This app is a private journal, not an emergency service. If you might hurt yourself or someone
else, or you are not safe right now, please contact help straight away.

{NUMBERS_MARK}
"""


def template() -> str:
    try:
        return localised(resources_dir() / "crisis.md").read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return FALLBACK_TEMPLATE


def _line(line: Line) -> str:
    note = f" — {translate('crisis', line.note)}" if line.note else ""
    return f"- {translate('crisis', line.name)}: **{translate('crisis', line.number)}**{note}"


def numbers_markdown(country: Country) -> str:
    """One country's numbers, grouped, with the date they were last checked."""
    parts = [f"### {trans('crisis', 'In {country}', country=country.in_name)}", "",
             f"**{trans('crisis', 'In an emergency')}**", "", *map(_line, country.emergency)]
    if country.crisis:
        parts += ["", f"**{trans('crisis', 'Someone to talk to')}**", "", *map(_line, country.crisis)]
    if country.abuse:
        abuse = trans("crisis", "If someone at home, or a partner, is hurting you or frightening you")
        parts += ["", f"**{abuse}**", "", *map(_line, country.abuse)]
    parts += ["", trans("crisis", "Numbers last checked: {date}. Numbers sometimes change. If one does not "
                        "connect, call the emergency number.", date=checked_text(country.checked))]
    return "\n".join(parts)


def anywhere_markdown(listed: bool) -> str:
    """What to do in any country (the whole advice when the country is not listed)."""
    title = trans("crisis", "Wherever you are") if listed else trans("crisis", "If your country is not listed")
    directory = trans("crisis", "Or look up a helpline in your country in an international directory: {directory} "
                      "(type it into a browser on any device; this app does not open it).",
                      directory=f"**{DIRECTORY}**")
    return "\n".join([
        f"### {title}", "",
        f"- {trans('crisis', 'Call your local emergency number.')}",
        "- " + trans("crisis", "Or go to the nearest emergency department (A&E, ER) and tell them how you are "
                     "feeling."),
        f"- {directory}",
    ])


def page_markdown(code: str | None) -> str:
    """The crisis page for a country (its ISO code; None or an unlisted code: the advice for anywhere). A language
    spoken in several countries (HOME_COUNTRIES) adds theirs after the chosen one, each country once."""
    country = COUNTRIES.get(normalise(code) or "")
    shown = [country] if country is not None else []
    shown += [COUNTRIES[c] for c in HOME_COUNTRIES.get(i18n.language(), ()) if country is None or c != country.code]
    blocks = [numbers_markdown(c) for c in shown] + [anywhere_markdown(country is not None)]
    return _fill("\n\n".join(blocks))


def every_country_markdown(first: str | None = None) -> str:
    """The page with every listed country's numbers (the country `first` leading), for reading through."""
    lead = normalise(first)
    order = ([COUNTRIES[lead]] if lead else []) + [c for c in by_name() if c.code != lead]
    blocks = [numbers_markdown(c) for c in order] + [anywhere_markdown(True)]
    return _fill("\n\n".join(blocks))


def _fill(block: str) -> str:
    text = template()
    if NUMBERS_MARK in text:
        return text.replace(NUMBERS_MARK, block, 1)
    return f"{text.rstrip()}\n\n{block}\n"  # an edited template without the mark still gets the numbers


def page_text(code: str | None) -> str:
    """The page as plain text for a terminal: no Markdown marks."""
    out = []
    for raw in page_markdown(code).splitlines():
        line = raw.replace("**", "")
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            title = heading.group(2)
            line = f"{title}\n{('=' if len(heading.group(1)) == 1 else '-') * len(title)}"
        out.append(line)
    return "\n".join(out).strip() + "\n"
