"""Which language the app speaks, and a resource file in that language, with English behind it. No Qt.

A translated page sits in a folder named after its language, beside the English one:

    guidance/withdrawal.md     guidance/de/withdrawal.md
    help/guide.md              help/de/guide.md
    crisis.md                  de/crisis.md

`localised(path)` gives the translated file when it exists and the English one when it does not, so a missing
translation never leaves anyone without the page. English, the source language, has no folder of its own.

The language is the app's language of the moment (journal_app.core.i18n: the command line sets it from LC_ALL /
LC_MESSAGES / LANG at start, the window from Settings ▸ Language), so a page comes in the language the words
around it are in. The pseudo-language reads the English pages. `environ` (tests, and anything that must follow a
given environment rather than the app) reads the locale from the variables instead, as gettext does: LC_ALL, else
LC_MESSAGES, else LANG; "C" or "POSIX" there means English; otherwise LANGUAGE, a colon-separated list of
preferences, comes first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

SOURCE = "en"  # the language the English files are written in; it needs no folder
_NAME = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}))?(?:$|[.@])")


def language_of_locale_name(name: str | None) -> list[str]:
    """The languages a locale name asks for, most specific first: "de_AT.UTF-8" → ["de_AT", "de"], "de" →
    ["de"]; nothing for "C", "POSIX", "" or anything that is not a locale name."""
    found = _NAME.match((name or "").strip())
    if not found or found.group(0).upper() in ("C", "C.", "POSIX"):
        return []
    lang = found.group(1).lower()
    territory = found.group(2)
    return [f"{lang}_{territory.upper()}", lang] if territory else [lang]


def languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages to try, best first, before English: the app's (journal_app.core.i18n), or the one
    `environ` names."""
    if environ is None:
        return _app_languages()
    env = environ
    locale_name = next((env[var] for var in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(var)), "")
    from_locale = language_of_locale_name(locale_name)
    if not from_locale:
        return []  # "C", "POSIX" or nothing: English, whatever LANGUAGE says (as gettext does)
    wanted: list[str] = []
    for part in env.get("LANGUAGE", "").split(":"):
        wanted += language_of_locale_name(part)
    wanted += from_locale
    return list(dict.fromkeys(wanted))  # in order, once each


def _app_languages() -> list[str]:
    from journal_app.core import i18n

    lang, region = i18n.language(), i18n.region()
    if lang in (i18n.PSEUDO, SOURCE):
        return [SOURCE]
    return [f"{lang}_{region}", lang] if region else [lang]


def language(environ: Mapping[str, str] | None = None) -> str:
    """The language in force, as a short code ("de", "en"): the first one asked for, without its country."""
    asked = languages(environ)
    return asked[0].split("_")[0] if asked else SOURCE


def localised(path: Path, environ: Mapping[str, str] | None = None) -> Path:
    """The file at `path` (an English resource) in the first language asked for that has it, else `path`."""
    for lang in languages(environ):
        if lang.split("_")[0] == SOURCE:
            return path  # English is asked for before any translation that exists
        candidate = path.parent / lang / path.name
        if candidate.is_file():
            return candidate
    return path


def localised_files(folder: Path, pattern: str = "*.md", environ: Mapping[str, str] | None = None) -> list[Path]:
    """Every English file in `folder` matching `pattern`, sorted, each replaced by its translation where one
    exists. The English files decide what there is: a translation without an English file is not listed.
    Raises OSError as Path.glob does when the folder cannot be read."""
    return [localised(path, environ) for path in sorted(folder.glob(pattern)) if path.is_file()]
