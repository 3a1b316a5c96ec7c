"""Which trigger each tag of an import becomes.

A mapping is {tag as written: target}, the target being the slug of a trigger in the journal, the name of one
(any case), or the name of a new trigger to create; None leaves the tag unmapped. Tags compare by their
words: '@Abandonment_Fear', '#abandonment-fear' and 'abandonment fear' are the same tag, and match the
trigger with slug abandonment-fear or name "Abandonment fear" (or the built-in trigger's name in any language the
app ships, "Verlustangst", unless the person renamed it: a CSV exported in German names its columns so)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from journal_app.core.errors import InvalidInput
from journal_app.core.i18n import available, msg, translate_in
from journal_app.models.values import BUILTIN_TRIGGERS, TriggerInfo
from journal_app.services.importing.model import shown
from journal_app.services.journal import clean_name, slugify


def tag_key(tag: str) -> str:
    """What a tag says, without its @ or # and regardless of case and separators."""
    bare = tag[1:] if tag[:1] in ("@", "#") else tag
    return slugify(bare) or bare.casefold()


def propose(tags: Iterable[str], triggers: Iterable[TriggerInfo], *,
            create: bool = False) -> dict[str, str | None]:
    """Each tag mapped to the trigger whose slug or name it matches; the others unmapped, or (`create`, for
    this app's CSV whose columns are trigger names) mapped to a new trigger of that name."""
    known: dict[str, str] = {}
    for trigger in triggers:
        for key in (trigger.slug, *map(slugify, _names(trigger))):
            known.setdefault(key, trigger.slug)
            known.setdefault(key.replace("-", ""), trigger.slug)  # @pushpull, #abandonmentfear
    proposal: dict[str, str | None] = {}
    for tag in tags:
        key = tag_key(tag)
        slug = known.get(key) or known.get(key.replace("-", ""))
        proposal[tag] = slug if slug else (" ".join(tag.split()) if create else None)
    return proposal


def _names(trigger: TriggerInfo) -> list[str]:
    """The trigger's name, and a built-in trigger's name in every shipped language while it keeps one of them."""
    builtin = next((b.name for b in BUILTIN_TRIGGERS if b.slug == trigger.slug), None)
    if builtin is None:
        return [trigger.name]
    names = [translate_in(language, "triggers", builtin) for language in available()]
    return [trigger.name, *names] if trigger.name in names else [trigger.name]


def with_choices(proposal: Mapping[str, str | None],
                 choices: Mapping[str, str | None] | None) -> tuple[dict[str, str | None], list[str]]:
    """The proposal with the person's choices over it, and the chosen tags that are not in the file. A choice
    names a tag exactly as written, or without its @/# and in any case (then every tag saying the same is
    mapped); an empty target leaves the tag unmapped."""
    mapping = dict(proposal)
    missing = []
    for tag, target in (choices or {}).items():
        target = " ".join(target.split()) if isinstance(target, str) else None
        hits = [tag] if tag in mapping else [t for t in mapping if tag_key(t) == tag_key(tag)]
        if not hits:
            missing.append(tag)
        for hit in hits:
            mapping[hit] = target or None
    return mapping, missing


def resolve(target: str, triggers: Iterable[TriggerInfo]) -> TriggerInfo | str:
    """The trigger a target names (by slug, by name, or by a slug written differently), else the cleaned name
    of the new trigger it asks for."""
    triggers = list(triggers)
    name = " ".join(target.split())
    for trigger in triggers:
        if trigger.slug == target.strip():
            return trigger
    for trigger in triggers:
        if trigger.name.casefold() == name.casefold():
            return trigger
    for trigger in triggers:
        if trigger.slug == slugify(name):
            return trigger
    try:
        return clean_name(name, "trigger")
    except InvalidInput:
        raise InvalidInput(msg("import", "A tag is mapped to a new trigger {target}, but a trigger name must have 1 "
                               "to 80 characters. Nothing was imported.",
                               target=shown(target))) from None


def new_triggers(mapping: Mapping[str, str | None], triggers: Iterable[TriggerInfo]) -> tuple[str, ...]:
    """Names of the triggers the mapping would create (one per name, any case)."""
    triggers = list(triggers)
    names: dict[str, str] = {}
    for target in mapping.values():
        if target:
            found = resolve(target, triggers)
            if isinstance(found, str):
                names.setdefault(found.casefold(), found)
    return tuple(names.values())
