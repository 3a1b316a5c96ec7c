"""The app's words in the person's language, without Qt (the command line, services, charts and exports use it;
the window uses it too, beside Qt's own translator).

Marking text for translators (packaging/translations.py extracts every mark into
journal_app/resources/translations/journal_app_<language>.ts, which Qt Linguist edits):
- trans(context, "Text with {name}", name=value): the text in the current language, named arguments filled in;
- ntrans(context, "%n entry(s)", n, ...): the plural form for n (real rules: English and German have one form
  for exactly 1 and another for every other number), %n written as a number of the language;
- msg(context, text, ...) / nmsg(...): the same, kept as a Message and turned into words only when shown ("at the
  edge"): a JournalError carries one, so its sentence is in the language of the moment it is read;
- QT_TRANSLATE_NOOP(context, text): marks words a table holds; translate(context, text) looks them up where they
  are shown. The window's own words use QCoreApplication.translate / self.tr, which Qt looks up in the .qm.

The catalog is the shipped .ts file itself, read with the standard library's XML reader the first time a word is
looked up (English needs only its plural forms, from journal_app_en.ts). Finished translations only: an
unfinished one shows the English. The language 'pseudo' wraps and accents every translated string (⟦Ŝàvéd⟧) so a
test can see words that bypass the catalog.

Dates and numbers follow the language too: number(4.5, 1) is '4,5' in German; short_date is 14.03.2026 there;
weeks start on Monday (first_weekday)."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import date  # (annotations only: datetime is not loaded before the window's first paint)

SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
# The name of each language in that language, as a menu offers it
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}
TRANSLATIONS_PACKAGE = ("journal_app", "resources", "translations")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translators under `context`, unchanged; translate(context, text) shows it translated."""
    return text


# -- plural rules: which of a language's forms fits n (the order Qt Linguist gives its numerus forms) --------
def _one_other(n: int) -> int:
    return 0 if n == 1 else 1


def _zero_one_other(n: int) -> int:  # French, Portuguese (Brazil): 0 and 1 take the singular
    return 0 if n in (0, 1) else 1


PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": _one_other, "de": _one_other, "nl": _one_other, "sv": _one_other, "da": _one_other,
    "no": _one_other, "nb": _one_other, "it": _one_other, "es": _one_other, "fr": _zero_one_other,
}


# -- how a language writes numbers and dates ------------------------------------------------------------------
class LocaleFacts:
    """How a language writes numbers and dates. (Plain classes here, not dataclasses: the command line loads this
    module on every run, and each dataclass costs a millisecond or more to make.)"""

    __slots__ = ("day_month", "decimal", "first_weekday", "group", "long_date", "lower_case_names", "medium_date",
                 "month_year", "short_date")

    def __init__(self, decimal: str, group: str, first_weekday: int, short_date: str, day_month: str,
                 month_year: str, long_date: str, medium_date: str, lower_case_names: bool = False) -> None:
        self.decimal, self.group, self.first_weekday = decimal, group, first_weekday  # 0 Monday .. 6 Sunday
        # str.format patterns over day, month_no, year (ints), mon (short name), month, weekday
        self.short_date, self.day_month, self.month_year = short_date, day_month, month_year
        self.long_date, self.medium_date = long_date, medium_date
        self.lower_case_names = lower_case_names  # a trigger's name lower-cased inside a sentence (English)


_FACTS = {
    "en": LocaleFacts(".", ",", 0, "{day} {mon} {year}", "{day} {mon}", "{month} {year}",
                      "{weekday} {day} {month} {year}", "{day} {month} {year}", lower_case_names=True),
    "de": LocaleFacts(",", ".", 0, "{day:02d}.{month_no:02d}.{year}", "{day:02d}.{month_no:02d}.",
                      "{month} {year}", "{weekday}, {day}. {month} {year}", "{day}. {month} {year}"),
}
_ISO_FACTS = LocaleFacts(".", "\u202f", 0, "{year}-{month_no:02d}-{day:02d}", "{month_no:02d}-{day:02d}",
                         "{month} {year}", "{weekday} {year}-{month_no:02d}-{day:02d}",
                         "{year}-{month_no:02d}-{day:02d}")
_SUNDAY_REGIONS = {"US", "CA", "JP", "IL", "BR", "MX", "PH", "AU"}

MONTHS = (
    QT_TRANSLATE_NOOP("months", "January"), QT_TRANSLATE_NOOP("months", "February"),
    QT_TRANSLATE_NOOP("months", "March"), QT_TRANSLATE_NOOP("months", "April"),
    QT_TRANSLATE_NOOP("months", "May"), QT_TRANSLATE_NOOP("months", "June"),
    QT_TRANSLATE_NOOP("months", "July"), QT_TRANSLATE_NOOP("months", "August"),
    QT_TRANSLATE_NOOP("months", "September"), QT_TRANSLATE_NOOP("months", "October"),
    QT_TRANSLATE_NOOP("months", "November"), QT_TRANSLATE_NOOP("months", "December"),
)
MONTHS_SHORT = (
    QT_TRANSLATE_NOOP("months, short", "Jan"), QT_TRANSLATE_NOOP("months, short", "Feb"),
    QT_TRANSLATE_NOOP("months, short", "Mar"), QT_TRANSLATE_NOOP("months, short", "Apr"),
    QT_TRANSLATE_NOOP("months, short", "May"), QT_TRANSLATE_NOOP("months, short", "Jun"),
    QT_TRANSLATE_NOOP("months, short", "Jul"), QT_TRANSLATE_NOOP("months, short", "Aug"),
    QT_TRANSLATE_NOOP("months, short", "Sep"), QT_TRANSLATE_NOOP("months, short", "Oct"),
    QT_TRANSLATE_NOOP("months, short", "Nov"), QT_TRANSLATE_NOOP("months, short", "Dec"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("weekdays", "Monday"), QT_TRANSLATE_NOOP("weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("weekdays", "Wednesday"), QT_TRANSLATE_NOOP("weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("weekdays", "Friday"), QT_TRANSLATE_NOOP("weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("weekdays", "Sunday"),
)
WEEKDAYS_SHORT = (
    QT_TRANSLATE_NOOP("weekdays, short", "Mon"), QT_TRANSLATE_NOOP("weekdays, short", "Tue"),
    QT_TRANSLATE_NOOP("weekdays, short", "Wed"), QT_TRANSLATE_NOOP("weekdays, short", "Thu"),
    QT_TRANSLATE_NOOP("weekdays, short", "Fri"), QT_TRANSLATE_NOOP("weekdays, short", "Sat"),
    QT_TRANSLATE_NOOP("weekdays, short", "Sun"),
)


# -- the catalog ------------------------------------------------------------------------------------------------
Key = tuple[str, str, str]  # context, source text, disambiguation ("" when none)


class Catalog:
    """One language's finished translations: singular texts, and the plural forms of numerus messages."""

    __slots__ = ("language", "plurals", "texts")

    def __init__(self, language: str) -> None:
        self.language = language
        self.texts: dict[Key, str] = {}
        self.plurals: dict[Key, tuple[str, ...]] = {}


def translations_dir() -> Path:
    """The folder of journal_app_<language>.ts/.qm inside the installed package (never a checkout's copy): beside
    this module, as importlib.resources finds it for a package on disk, without importing importlib.resources (and
    zipfile, lzma, tempfile), which every command would pay for."""
    return Path(__file__).resolve().parent.parent.joinpath(*TRANSLATIONS_PACKAGE[1:])


def ts_path(language: str) -> Path:
    return translations_dir() / f"journal_app_{language}.ts"


def read_ts(path: Path, language: str) -> Catalog:
    """The finished messages of one .ts file (Qt Linguist's XML): unfinished, vanished and obsolete ones are left
    out, so their English shows, as Qt's lrelease -nounfinished does for the window."""
    from xml.etree import ElementTree

    catalog = Catalog(language)
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    catalog.plurals[key] = forms
            elif translation.text:
                catalog.texts[key] = translation.text
    return catalog


def message_keys() -> set[Key]:
    """Every message the app marks (finished or not): read from a translation's .ts, which extract fills with all
    of them (English's own file holds only plural forms)."""
    from xml.etree import ElementTree

    keys: set[Key] = set()
    for code in available():
        path = ts_path(code)
        if code == SOURCE_LANGUAGE or not path.is_file():
            continue
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                keys.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
        break
    return keys


def shown_texts(language: str) -> dict[str, list[Key]]:
    """Each text as `language` shows it -> the messages that show it so: the way back from words on screen to
    their message, for turning a window's words into another language (English words too, where a message is
    not translated). One text can be several messages ("not rated" is "offen" beside a trigger and "nicht
    angegeben" in an export): the caller picks by context."""
    keys = sorted(message_keys())
    back: dict[str, list[Key]] = {}
    for key in keys:  # untranslated words show the English
        back.setdefault(key[1], []).append(key)
    if language == PSEUDO:
        for key in keys:
            back.setdefault(pseudo(key[1]), []).append(key)
    elif language != SOURCE_LANGUAGE:
        texts = _STATE.catalog(language).texts
        for key in keys:
            if key in texts and texts[key] != key[1]:
                back.setdefault(texts[key], []).append(key)
    return back


class _State:
    """The language of the process (words are looked up by workers too, so it changes under a lock)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.language = SOURCE_LANGUAGE
        self.region = ""
        self.catalogs: dict[str, Catalog] = {}

    def catalog(self, language: str) -> Catalog:
        """A language's catalog, read from its .ts the first time it is wanted."""
        found = self.catalogs.get(language)
        if found is None:
            with self.lock:
                found = self.catalogs.get(language)
                if found is None:
                    found = self.catalogs[language] = _load(language)
        return found


_STATE = _State()


def _load(language: str) -> Catalog:
    file_language = SOURCE_LANGUAGE if language == PSEUDO else language
    path = ts_path(file_language)
    if not path.is_file():
        return Catalog(language)
    catalog = read_ts(path, file_language)
    catalog.language = language
    return catalog


# -- the language -------------------------------------------------------------------------------------------------
def available() -> list[str]:
    """The languages the app can be shown in: English (the source) and every language with a shipped .ts file."""
    found = {SOURCE_LANGUAGE}
    folder = translations_dir()
    if folder.is_dir():
        for path in folder.glob("journal_app_*.ts"):
            found.add(path.stem.removeprefix("journal_app_"))
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def reload() -> None:
    """Read the .ts files again when next wanted (after `packaging/translations.py extract`, or in tests)."""
    with _STATE.lock:
        _STATE.catalogs.clear()


def language() -> str:
    return _STATE.language


def region() -> str:
    return _STATE.region


def set_language(code: str | None) -> str:
    """Show words in `code` ('en', 'de', 'pseudo', or a locale such as 'de_AT.UTF-8'); None or 'system': the
    system's language (LC_ALL, LC_MESSAGES, LANG). A language with no translation falls back to English.
    Returns the language now in use."""
    if code in (None, "", "system"):
        code = system_locale()
    lang, reg = _split_locale(code or SOURCE_LANGUAGE)
    if lang not in (SOURCE_LANGUAGE, PSEUDO) and lang not in available():  # English needs no look (the CLI's start)
        lang, reg = SOURCE_LANGUAGE, ""
    with _STATE.lock:
        _STATE.language, _STATE.region = lang, reg
    return lang


def set_language_preview(code: str | None) -> str:
    """The language set_language(code) would choose, without choosing it."""
    if code in (None, "", "system"):
        code = system_locale()
    lang = _split_locale(code or SOURCE_LANGUAGE)[0]
    return lang if lang == PSEUDO or lang in available() else SOURCE_LANGUAGE


def _split_locale(code: str) -> tuple[str, str]:
    base = code.split(".", 1)[0].split("@", 1)[0]
    if base in ("C", "POSIX"):
        return SOURCE_LANGUAGE, ""
    lang, _, reg = base.replace("-", "_").partition("_")
    return lang.lower(), reg.upper()


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The locale the command line follows, as POSIX says: LC_ALL, else LC_MESSAGES, else LANG ('C' when none).
    GNU's LANGUAGE list comes first when the locale is not C, as gettext has it."""
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "C")
    if _split_locale(locale)[0] == SOURCE_LANGUAGE and locale.split(".")[0] in ("C", "POSIX"):
        return locale
    shipped = available()
    for wanted in (env.get("LANGUAGE") or "").split(":"):
        if wanted and _split_locale(wanted)[0] in shipped:
            return wanted if "_" in wanted else f"{wanted}_{_split_locale(locale)[1]}".rstrip("_")
    return locale


# -- looking words up ------------------------------------------------------------------------------------------
def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (marked under `context`) in the current language, as it is: no arguments filled in. With n >= 0
    the plural form for n is chosen and %n becomes n."""
    lang = _STATE.language
    result = _lookup(lang, (context, text, disambiguation or ""), n)
    return pseudo(result) if lang == PSEUDO else result


def translate_in(code: str, context: str, text: str, n: int = -1) -> str:
    """`text` in a language other than the current one (a message's English for a log, say)."""
    return _lookup(code, (context, text, ""), n)


def _lookup(lang: str, key: Key, n: int) -> str:
    if n < 0:
        return key[1] if lang == SOURCE_LANGUAGE else _STATE.catalog(lang).texts.get(key, key[1])
    forms = _STATE.catalog(lang).plurals.get(key)
    if not forms:  # not translated yet: English's forms (journal_app_en.ts), English's rule
        lang, forms = SOURCE_LANGUAGE, _STATE.catalog(SOURCE_LANGUAGE).plurals.get(key, (key[1],))
    chosen = forms[min(PLURAL_RULES.get(lang, _one_other)(n), len(forms) - 1)]
    return chosen.replace("%n", number(n))


def trans(context: str, text: str, /, **named: Any) -> str:
    """`text` in the current language with its {named} arguments filled in. A translation whose placeholders do
    not fit (packaging/translations.py check refuses those) falls back to the English."""
    return _fill(translate(context, text), text, named)


def ntrans(context: str, text: str, n: int, /, **named: Any) -> str:
    """The plural form of `text` ("%n entry(s)") for n, %n written as a number, {named} arguments filled in."""
    return _fill(translate(context, text, None, n), text.replace("%n", number(n)), named)


def _fill(translated: str, source: str, named: Mapping[str, Any]) -> str:
    if not named:
        return translated
    try:
        return translated.format(**named)
    except (KeyError, IndexError, ValueError):
        return source.format(**named)


class Message:
    """A sentence kept as its message id (context and English text) and named arguments, turned into words when
    shown: str(message). Arguments that are Messages themselves are shown in the same language."""

    __slots__ = ("args", "context", "n", "text")

    def __init__(self, context: str, text: str, args: tuple[tuple[str, Any], ...] = (), n: int | None = None) -> None:
        self.context, self.text, self.args, self.n = context, text, args, n

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.context, self.text, self.args, self.n) == (
            other.context, other.text, other.args, other.n)

    def __hash__(self) -> int:
        return hash((self.context, self.text, self.n))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {self.text!r}, {self.args!r}, {self.n!r})"

    def __str__(self) -> str:
        named = {name: str(value) if isinstance(value, Message) else value for name, value in self.args}
        if self.n is None:
            return trans(self.context, self.text, **named)
        return ntrans(self.context, self.text, self.n, **named)

    def english(self) -> str:
        """The sentence in English whatever the language (for logs and the journal's own records)."""
        named = {name: value.english() if isinstance(value, Message) else value for name, value in self.args}
        text = self.text if self.n is None else translate_in(SOURCE_LANGUAGE, self.context, self.text, self.n)
        return text.format(**named) if named else text


def msg(context: str, text: str, /, **named: Any) -> Message:
    """A sentence to show later, in the language of that moment (an error's message, say)."""
    return Message(context, text, tuple(named.items()))


def nmsg(context: str, text: str, n: int, /, **named: Any) -> Message:
    """msg() for a sentence with a plural form chosen by n."""
    return Message(context, text, tuple(named.items()), n)


# -- the pseudo-language --------------------------------------------------------------------------------------
_ACCENTS = str.maketrans(
    "AaCcEeIiNnOoSsUuYyZzGgHhJjKkLlRrTtWw",
    "ÀàÇçÉéÎîÑñÔôŜŝÛûÝýŽžĜĝĤĥĴĵĶķĹĺŔŕŢţŴŵ",
)
# what must stay as it is for the text to work: {named} arguments, %n and %1, markup tags and entities, URLs
_KEEP = r"\{[^{}]*\}|%[n0-9]|<[^<>]+>|&[a-zA-Z]+;|&#?\w+;|https?://\S+|`[^`]*`"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    """⟦Ŝàvéd⟧ for 'Saved': the pseudo-language's form of any text (placeholders, tags and links kept)."""
    if not text or text.startswith(PSEUDO_OPEN):
        return text
    out, last = [], 0
    for match in re.finditer(_KEEP, text):
        out.append(text[last:match.start()].translate(_ACCENTS))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(_ACCENTS))
    return f"{PSEUDO_OPEN}{''.join(out)}{PSEUDO_CLOSE}"


# -- numbers and dates --------------------------------------------------------------------------------------------
def facts() -> LocaleFacts:
    lang = _STATE.language
    return _FACTS.get(SOURCE_LANGUAGE if lang == PSEUDO else lang, _ISO_FACTS)


def number(value: float, places: int = 0, grouping: bool = True) -> str:
    """value with `places` decimals, written the language's way: 36,500 and 4.5 in English, 36.500 and 4,5 in
    German (places=0 rounds to a whole number)."""
    f = facts()
    text = f"{value:,.{places}f}" if grouping else f"{value:.{places}f}"
    table: dict[str, str | int | None] = {",": f.group, ".": f.decimal}
    return text.translate(str.maketrans(table))


def first_weekday() -> int:
    """The first day of the week, 0 Monday .. 6 Sunday: Monday in German (and for most of Europe), Sunday where
    the region's calendars start on it."""
    return 6 if _STATE.region in _SUNDAY_REGIONS else facts().first_weekday


def month_name(month: int, short: bool = False) -> str:
    return translate("months, short" if short else "months", (MONTHS_SHORT if short else MONTHS)[month - 1])


def weekday_name(weekday: int, short: bool = False) -> str:
    """0 Monday .. 6 Sunday, in the current language."""
    return translate("weekdays, short" if short else "weekdays", (WEEKDAYS_SHORT if short else WEEKDAYS)[weekday])


def _date_fields(day: date) -> dict[str, Any]:
    return {"day": day.day, "month_no": day.month, "year": day.year, "mon": month_name(day.month, True),
            "month": month_name(day.month), "weekday": weekday_name(day.weekday())}


def short_date(day: date) -> str:
    """14 Mar 2026 in English, 14.03.2026 in German."""
    return facts().short_date.format(**_date_fields(day))


def day_month(day: date) -> str:
    """14 Mar in English, 14.03. in German (an axis label)."""
    return facts().day_month.format(**_date_fields(day))


def month_year(day: date, short: bool = False) -> str:
    """March 2026 (Mar 2026 when short) in English, März 2026 in German."""
    fields = _date_fields(day)
    if short:
        fields["month"] = fields["mon"]
    return facts().month_year.format(**fields)


def medium_date(day: date) -> str:
    """14 March 2026 in English, 14. März 2026 in German."""
    return facts().medium_date.format(**_date_fields(day))


def long_date(day: date) -> str:
    """Saturday 14 March 2026 in English, Samstag, 14. März 2026 in German."""
    return facts().long_date.format(**_date_fields(day))
