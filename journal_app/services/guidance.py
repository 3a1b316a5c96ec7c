"""Guidance articles (resources/guidance/*.md): loading and checking them, suggesting them for what a person
tagged and wrote, and searching them. Qt-free.

Each article is Markdown with TOML front matter between two `+++` lines (read with tomllib): id, title,
summary, topic, order, triggers (built-in slugs), keywords (words and phrases that suggest it), prompts
(reflection questions), related (article ids) and source. A file that cannot be read or checked is left out
and reported (in the log, with its name, and in `Library.problems`); the rest still load. Bodies are read
when an article is first opened.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from journal_app.core.i18n import QT_TRANSLATE_NOOP, trans, translate
from journal_app.core.localised import localised, localised_files
from journal_app.core.paths import resources_dir  # others import it from here too
from journal_app.models.values import BUILTIN_SLUGS

log = logging.getLogger(__name__)


def _shows_cue(text: str) -> bool:
    """services.safety_cue.shows_cue, imported when first needed: compiling its rules takes ~0.2 s, which the
    window does after its first page of entries is listed (ui.common.preload), not while it opens."""
    from journal_app.services.safety_cue import shows_cue

    return shows_cue(text)

# an article's `topic` (its front matter, in English); shown as translate("guidance", topic)
TOPICS = (QT_TRANSLATE_NOOP("guidance", "Your patterns"), QT_TRANSLATE_NOOP("guidance", "Understanding attachment"),
          QT_TRANSLATE_NOOP("guidance", "Change and therapy"))
CRISIS_ID = "crisis"
ABOUT_ID = "about-guidance"  # where the articles' facts come from, and how they are credited
MIN_PROMPTS = 3
SHOWN_SUGGESTIONS = 6
PER_TAGGED_TRIGGER = 3  # so words written still get a place when a trigger is ticked
_FENCE = "+++"
_WORD = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped (didn't = didnt), everything but letters and digits a single space,
    padded with spaces so whole words and phrases match with `in`."""
    text = text.lower().replace("\u2019", "").replace("\u2018", "").replace("'", "")
    return f" {_WORD.sub(' ', text).strip()} "


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    summary: str
    topic: str
    order: int
    triggers: tuple[str, ...]
    keywords: tuple[str, ...]
    prompts: tuple[str, ...]
    related: tuple[str, ...]
    source: str
    path: Path = field(compare=False, repr=False)

    def markdown(self) -> str:
        """The body (everything after the front matter)."""
        return split_front_matter(self.path.read_text(encoding="utf-8"))[1].lstrip("\n")


@dataclass(frozen=True)
class Suggestion:
    article: Article
    reason: str  # "Because you tagged Withdrawal" / "Because you wrote “need space”"


@dataclass(frozen=True)
class Guide:
    suggestions: list[Suggestion]
    safety: bool  # the words suggest self-harm, suicide or danger from someone: the crisis page goes first


class ArticleError(ValueError):
    """A guidance file that cannot be used; the message names what is wrong."""


def split_front_matter(text: str) -> tuple[str, str]:
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        raise ArticleError("it does not start with a +++ line (the front matter)")
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == _FENCE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    raise ArticleError("its front matter has no closing +++ line")


def _strings(data: dict[str, object], key: str, *, required: bool = True) -> tuple[str, ...]:
    value = data.get(key, [] if not required else None)
    if value is None:
        raise ArticleError(f"it has no {key}")
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ArticleError(f"its {key} must be a list of words or sentences")
    return tuple(v.strip() for v in value)


def _text(data: dict[str, object], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ArticleError(f"it has no {key}")
    return value.strip()


def parse_article(path: Path) -> Article:
    """One article's front matter, checked. Raises ArticleError naming the problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(f"it could not be read ({exc})") from exc
    front, _body = split_front_matter(text)
    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError as exc:
        raise ArticleError(f"its front matter is not valid TOML ({exc})") from exc
    article_id = _text(data, "id")
    if article_id != path.stem:
        raise ArticleError(f"its id {article_id!r} is not its file name {path.stem!r}")
    triggers = _strings(data, "triggers", required=False)
    unknown = [slug for slug in triggers if slug not in BUILTIN_SLUGS]
    if unknown:
        raise ArticleError(f"it names unknown trigger(s): {', '.join(unknown)}")
    prompts = _strings(data, "prompts")
    if len(prompts) < MIN_PROMPTS:
        raise ArticleError(f"it has {len(prompts)} prompts; at least {MIN_PROMPTS} are needed")
    topic = data.get("topic", TOPICS[0])
    if topic not in TOPICS:
        raise ArticleError(f"its topic {topic!r} is not one of: {', '.join(TOPICS)}")
    order = data.get("order", 100)
    if not isinstance(order, int):
        raise ArticleError("its order must be a whole number")
    return Article(
        id=article_id, title=_text(data, "title"), summary=_text(data, "summary"), topic=topic, order=order,
        triggers=triggers, keywords=_strings(data, "keywords", required=False), prompts=prompts,
        related=_strings(data, "related", required=False), source=_text(data, "source"), path=path,
    )


class Library:
    """All articles that loaded, in library order (topic, then order), and what could not be used."""

    def __init__(self, articles: list[Article], problems: list[str], folder: Path) -> None:
        self.folder = folder
        self.problems = problems
        self._articles = {a.id: a for a in sorted(articles, key=lambda a: (TOPICS.index(a.topic), a.order, a.title))}
        self._keywords = {a.id: [(k, normalise(k)) for k in a.keywords] for a in self._articles.values()}
        self._text: dict[str, str] = {}

    @classmethod
    def load(cls, folder: Path | None = None) -> Library:
        folder = folder or resources_dir() / "guidance"
        articles, problems = [], []
        try:
            paths = localised_files(folder)  # each article in the person's language where it has one
        except OSError as exc:
            paths = []
            problems.append(f"The guidance folder {folder} could not be read: {exc}")
        for path in paths:
            try:
                articles.append(parse_article(path))
            except ArticleError as exc:
                problems.append(f"{path.name} was left out: {exc}.")
        known = {a.id for a in articles}
        checked = []
        for a in articles:
            missing = [r for r in a.related if r not in known]
            if missing:
                problems.append(f"{a.path.name} links to unknown article(s): {', '.join(missing)} (left out).")
                a = replace(a, related=tuple(r for r in a.related if r in known))
            checked.append(a)
        for problem in problems:
            log.warning("Guidance: %s", problem)
        return cls(checked, problems, folder)

    # -- reading ---------------------------------------------------------------------------------------------
    def articles(self) -> list[Article]:
        return list(self._articles.values())

    def get(self, article_id: str) -> Article | None:
        return self._articles.get(article_id)

    def by_topic(self) -> list[tuple[str, list[Article]]]:
        """(the topic as shown, in the person's language; its articles), in the library's order."""
        return [(translate("guidance", t), [a for a in self._articles.values() if a.topic == t]) for t in TOPICS
                if any(a.topic == t for a in self._articles.values())]

    def for_trigger(self, slug: str) -> list[Article]:
        """Articles about a built-in trigger: its own article (id == slug) first."""
        found = [a for a in self._articles.values() if slug in a.triggers]
        return sorted(found, key=lambda a: a.id != slug)

    def crisis_markdown(self) -> str:
        """The crisis page with every country's numbers, the locale's first (journal_app.services.crisis)."""
        from journal_app.services import crisis

        return crisis.every_country_markdown(crisis.country_from_environment())

    def about_markdown(self) -> str:
        """The library's About page (resources/help/about-guidance.md): the source article and its credit."""
        return localised(self.folder.parent / "help" / f"{ABOUT_ID}.md").read_text(encoding="utf-8")

    # -- suggesting ------------------------------------------------------------------------------------------
    def suggest(self, text: str, tagged: Sequence[tuple[str, str]] = (),
                links: dict[str, tuple[str, ...]] | None = None,
                limit: int = SHOWN_SUGGESTIONS) -> list[Suggestion]:
        """What to show beside an entry. `tagged` is (slug, name) of the ticked triggers; `links` maps a custom
        trigger's slug to the article ids the person linked to it. Articles for the ticked triggers come first
        (up to three each, the linked and own ones first), then articles whose keywords appear in `text`, most
        matching keywords first."""
        links = links or {}
        out: list[Suggestion] = []
        seen: set[str] = set()
        for slug, name in tagged:
            chosen = [self._articles[i] for i in links.get(slug, ()) if i in self._articles]
            for article in (chosen + self.for_trigger(slug))[:PER_TAGGED_TRIGGER]:
                if article.id not in seen:
                    seen.add(article.id)
                    out.append(Suggestion(article, trans("guidance", "Because you tagged {trigger}", trigger=name)))
        words = normalise(text)
        matches = []
        for article in self._articles.values():
            if article.id in seen:
                continue
            hits = [k for k, norm in self._keywords[article.id] if norm.strip() and norm in words]
            if hits:
                first = min(hits, key=lambda k: words.index(normalise(k)))
                matches.append((-len(hits), words.index(normalise(first)), article, first))
        for _n, _pos, article, keyword in sorted(matches, key=lambda m: (m[0], m[1])):
            out.append(Suggestion(article, trans("guidance", "Because you wrote “{words}”", words=keyword)))
        return out[:limit]

    def guide(self, text: str, tagged: Sequence[tuple[str, str]] = (), links: dict[str, tuple[str, ...]] | None = None,
              limit: int = SHOWN_SUGGESTIONS) -> Guide:
        """What the panel shows for an entry: the suggestions, and whether the gentle safety cue puts the crisis
        page first (decided from the words alone; nothing about it is kept)."""
        return Guide(self.suggest(text, tagged, links, limit), bool(text.strip()) and _shows_cue(text))

    # -- searching -------------------------------------------------------------------------------------------
    def _searchable(self, article: Article) -> str:
        if article.id not in self._text:
            try:
                body = article.markdown()
            except OSError:
                body = ""
            self._text[article.id] = normalise(body)
        return self._text[article.id]

    def search(self, query: str) -> list[Article]:
        """Articles holding every word of `query` (the last one also as the start of a word), best first:
        the title counts most, then keywords and summary, then the text (a word counted up to three times
        per part, so a long article does not win by length)."""
        terms = normalise(query).split()
        if not terms:
            return self.articles()
        scored = []
        for article in self._articles.values():
            fields = ((normalise(article.title), 6), (normalise(" ".join(article.keywords)), 3),
                      (normalise(article.summary), 2), (self._searchable(article), 1))
            score, every = 0, True
            for i, term in enumerate(terms):
                needle = f" {term} " if i < len(terms) - 1 else f" {term}"
                found = [weight * min(text.count(needle), 3) for text, weight in fields if needle in text]
                if not found:
                    every = False
                    break
                score += sum(found)
            if every:
                scored.append((-score, article))
        return [a for _s, a in sorted(scored, key=lambda s: s[0])]
