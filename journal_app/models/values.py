"""Plain value types passed between services, the CLI and the widgets (no ORM, no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from journal_app.core.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.models.cycle_values import BeliefChip, BeliefMark, MoveChip, MoveMark, RepairInfo
from journal_app.models.limits import (  # re-exported: the limits, where the values are defined
    INTENSITY_MAX as INTENSITY_MAX,
)
from journal_app.models.limits import (
    INTENSITY_MIN as INTENSITY_MIN,
)
from journal_app.models.limits import (
    MAX_BODY_CHARS as MAX_BODY_CHARS,
)
from journal_app.models.limits import (
    MAX_NAME_CHARS as MAX_NAME_CHARS,
)
from journal_app.models.limits import (
    MAX_TITLE_CHARS as MAX_TITLE_CHARS,
)

RELATIONSHIPS: tuple[tuple[str, str], ...] = (
    ("partner", QT_TRANSLATE_NOOP("messages", "Partner")),
    ("parent", QT_TRANSLATE_NOOP("messages", "Parent")),
    ("family", QT_TRANSLATE_NOOP("messages", "Family")),
    ("friend", QT_TRANSLATE_NOOP("messages", "Friend")),
    ("colleague", QT_TRANSLATE_NOOP("messages", "Colleague")),
    ("therapist", QT_TRANSLATE_NOOP("messages", "Therapist")),
    ("other", QT_TRANSLATE_NOOP("messages", "Other")),
)
RELATIONSHIP_KEYS = tuple(key for key, _ in RELATIONSHIPS)


# What I did in the moment, each with the group of behaviour it belongs to (named for what was done, never for an
# attachment style): reaching-out, reassurance, withdrawing, push-pull.
RESPONSES: tuple[tuple[str, str, str], ...] = (
    ("sought-reassurance", QT_TRANSLATE_NOOP("messages", "Sought reassurance"), "reassurance"),
    ("kept-checking", QT_TRANSLATE_NOOP("messages", "Kept checking (phone, messages)"), "reassurance"),
    ("went-quiet", QT_TRANSLATE_NOOP("messages", "Went quiet or shut down"), "withdrawing"),
    ("left-or-distracted", QT_TRANSLATE_NOOP("messages", "Left, or distracted myself"), "withdrawing"),
    ("pushed-then-pulled", QT_TRANSLATE_NOOP("messages", "Pushed away, then pulled back"), "push-pull"),
    ("named-my-need", QT_TRANSLATE_NOOP("messages", "Named my need directly"), "reaching-out"),
    ("paused-first", QT_TRANSLATE_NOOP("messages", "Paused and calmed myself first"), "reaching-out"),
)
RESPONSE_KEYS = tuple(key for key, _, _ in RESPONSES)
REPAIR: tuple[tuple[str, str], ...] = (
    ("yes", QT_TRANSLATE_NOOP("messages", "Yes, we repaired it")),
    ("partly", QT_TRANSLATE_NOOP("messages", "Partly")),
    ("not-yet", QT_TRANSLATE_NOOP("messages", "Not yet")),
    ("not-needed", QT_TRANSLATE_NOOP("messages", "Not needed")),
)
REPAIR_KEYS = tuple(key for key, _ in REPAIR)


@dataclass(frozen=True)
class BuiltinTrigger:
    slug: str
    name: str
    colour: str
    pattern: str
    description: str


BUILTIN_TRIGGERS: tuple[BuiltinTrigger, ...] = (
    BuiltinTrigger(
        "abandonment-fear",
        QT_TRANSLATE_NOOP("triggers", "Abandonment fear"),
        "#D55E00",
        "anxious",
        QT_TRANSLATE_NOOP("triggers", "Worry that someone close is pulling away or will leave; wanting reassurance."),
    ),
    BuiltinTrigger(
        "withdrawal",
        QT_TRANSLATE_NOOP("triggers", "Withdrawal"),
        "#0072B2",
        "avoidant",
        QT_TRANSLATE_NOOP("triggers",
                          "Going quiet, shutting down or needing distance when closeness feels like too much."),
    ),
    BuiltinTrigger(
        "push-pull",
        QT_TRANSLATE_NOOP("triggers", "Push-pull"),
        "#CC79A7",
        "disorganised",
        QT_TRANSLATE_NOOP("triggers", "Wanting closeness and fearing it at once; reaching out, then pushing away."),
    ),
)
BUILTIN_SLUGS = tuple(t.slug for t in BUILTIN_TRIGGERS)
_BUILTIN_WORDS = {t.slug: (t.name, t.description) for t in BUILTIN_TRIGGERS}


def shown_trigger_name(slug: str, name: str) -> str:
    """A trigger's name as shown: a built-in trigger still under its English name in the person's language
    ("Verlustangst" in German); a name the person gave or changed, as they wrote it."""
    builtin = _BUILTIN_WORDS.get(slug)
    return translate("triggers", name) if builtin is not None and builtin[0] == name else name


def shown_trigger_description(slug: str, description: str) -> str:
    """A built-in trigger's description in the person's language, unless the person changed it."""
    builtin = _BUILTIN_WORDS.get(slug)
    return translate("triggers", description) if builtin is not None and builtin[1] == description else description


@dataclass(frozen=True)
class TriggerInfo:
    id: int
    slug: str
    name: str
    colour: str
    builtin: bool
    archived: bool
    description: str = ""
    pattern: str | None = None
    entry_count: int = 0


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    relationship: str


@dataclass(frozen=True)
class TriggerMark:
    """A trigger ticked on an entry, with its intensity (None: not rated)."""

    trigger_id: int
    intensity: int | None = None


@dataclass(frozen=True)
class TriggerChip:
    """A trigger as shown on an entry: name, colour, intensity."""

    trigger_id: int
    slug: str
    name: str
    colour: str
    intensity: int | None
    archived: bool = False


@dataclass(frozen=True)
class EntryForm:
    """What the editor (or the CLI) wants saved. id None means a new entry."""

    occurred_at: datetime
    title: str = ""
    body: str = ""
    triggers: tuple[TriggerMark, ...] = ()
    person_ids: tuple[int, ...] = ()
    shared: bool = False
    id: int | None = None
    responses: tuple[str, ...] = ()  # keys of RESPONSES
    repair: str | None = None  # a key of REPAIR, or None: not said
    # The cycle (models/cycle_values.py). None: leave what the entry has as it is (a form from a part of the
    # app that does not show them keeps them); a tuple, even empty, replaces them.
    beliefs: tuple[BeliefMark, ...] | None = None
    moves: tuple[MoveMark, ...] | None = None  # each for a person in person_ids

    def is_blank(self) -> bool:
        """Nothing a person wrote or chose: such a new entry is not saved."""
        return not (self.title.strip() or self.body.strip() or self.triggers or self.person_ids
                    or self.responses or self.repair or self.beliefs or self.moves)


@dataclass(frozen=True)
class EntryDetail:
    id: int
    uuid: str
    occurred_at: datetime
    created_at: datetime
    updated_at: datetime
    title: str
    body: str
    shared: bool
    deleted_at: datetime | None
    triggers: tuple[TriggerChip, ...] = ()
    people: tuple[PersonInfo, ...] = ()
    responses: tuple[str, ...] = ()
    repair: str | None = None
    beliefs: tuple[BeliefChip, ...] = ()
    moves: tuple[MoveChip, ...] = ()
    repairs: tuple[RepairInfo, ...] = ()  # the earlier moments this entry repaired
    repaired_by: RepairInfo | None = None  # the later entry that repaired this moment

    def to_form(self) -> EntryForm:
        return EntryForm(
            id=self.id,
            occurred_at=self.occurred_at,
            title=self.title,
            body=self.body,
            triggers=tuple(TriggerMark(c.trigger_id, c.intensity) for c in self.triggers),
            person_ids=tuple(p.id for p in self.people),
            shared=self.shared,
            responses=self.responses,
            repair=self.repair,
            beliefs=tuple(b.mark() for b in self.beliefs),
            moves=tuple(m.mark() for m in self.moves),
        )


def first_sentence(text: str, limit: int = 100) -> str:
    """The first sentence (or line) of a text, whitespace collapsed, cut at a word near `limit`."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        for i, ch in enumerate(line):
            if ch in ".!?" and (i + 1 == len(line) or line[i + 1] == " "):
                line = line[: i + 1]
                break
        if len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            line = line[: cut if cut > limit // 2 else limit] + "…"
        return line
    return ""


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~>|])")
_HEADING = re.compile(r"^[ \t]{0,3}(?:#{1,6}(?=[ \t]|$)|>)[ \t]*", re.MULTILINE)
_EMPHASIS = (
    re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"),  # **strong**, __strong__, ~~struck~~
    re.compile(r"(?<![\w*])(\*)(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),  # *emphasis*
    re.compile(r"(?<![\w_])(_)(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"),  # _emphasis_ (not snake_case)
)


def plain_markdown(text: str) -> str:
    """The text as it reads, without the Markdown emphasis and heading markers around the words
    ("**What happened?** Sam" -> "What happened? Sam", "# Dinner" -> "Dinner", "\\*" -> "*"); everything
    else (line breaks, lone asterisks, snake_case) stays as it was. For one-line previews, not for export."""
    if not any(c in text for c in "*_~#>\\"):
        return text
    # escaped characters ("\\*") wait aside, each replaced by one character this text does not use
    mark = next(chr(cp) for cp in range(0xE100, 0xF900) if chr(cp) not in text)
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return mark

    text = _ESCAPED.sub(keep, text)
    text = _HEADING.sub("", text)
    for pattern in _EMPHASIS:
        previous = None
        while previous != text:  # nested: ***both*** or **strong _and_ emphasis**
            previous, text = text, pattern.sub(r"\2", text)
    back = iter(kept)
    return "".join(next(back) if c == mark else c for c in text)


# Markers the search snippet puts around matched words (private-use characters, never shown).
MATCH_START = "\ue000"
MATCH_END = "\ue001"


@dataclass(frozen=True)
class EntryRow:
    """One line of the entry list: enough to show it, never the whole body."""

    id: int
    uuid: str
    occurred_at: datetime
    title: str
    preview: str
    shared: bool
    deleted_at: datetime | None = None
    triggers: tuple[TriggerChip, ...] = ()
    snippet: str | None = None  # with MATCH_START/MATCH_END around matched words

    @classmethod
    def from_detail(cls, detail: EntryDetail, preview_chars: int = 280) -> EntryRow:
        return cls(
            id=detail.id, uuid=detail.uuid, occurred_at=detail.occurred_at, title=detail.title,
            preview=detail.body[:preview_chars], shared=detail.shared, deleted_at=detail.deleted_at,
            triggers=detail.triggers,
        )

    @property
    def heading(self) -> str:
        """The title, or else the first sentence of the text (at most one line, Markdown markers left out)."""
        if self.title.strip():
            return self.title.strip()
        return first_sentence(plain_markdown(self.preview))

    @property
    def rest(self) -> str:
        """The text to show after the heading, on one line (Markdown markers left out)."""
        flat = " ".join(plain_markdown(self.preview).split())
        if self.title.strip():
            return flat
        head = self.heading
        return flat[len(head):].strip() if flat.startswith(head) else flat


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a list shows. Empty filter: every entry not in the Trash, newest first."""

    text: str = ""
    trigger_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    start: date | None = None
    end: date | None = None
    trashed: bool = False
    entry_ids: tuple[int, ...] = ()  # only these entries (a chain of the cycle view, clicked), when given

    @property
    def is_search(self) -> bool:
        return bool(self.text.strip())


# Where a search's next page starts: ("fts", offset in the ranking window, the window's highest rowid or None)
# or ("substring", offset).
SearchCursor = tuple[str, int] | tuple[str, int, int | None]
# Where the next page of the entry list starts, opaque outside the store: a search's place; when browsing, the
# (occurred_at as stored, id) of the last row shown; in the Trash, the offset. None: the first page.
PageCursor = SearchCursor | int | None


@dataclass(frozen=True)
class Page:
    rows: tuple[EntryRow, ...]
    next_cursor: PageCursor = None  # None when there is nothing more


@dataclass(frozen=True)
class TriggerStats:
    slug: str
    name: str
    count: int
    mean_intensity: float | None


@dataclass(frozen=True)
class JournalStats:
    entries: int
    triggers: tuple[TriggerStats, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SessionInfo:
    """A therapy session: the local day it is (or was) on, and a private note (never exported)."""

    id: int
    uuid: str
    held_on: date
    note: str = ""


@dataclass(frozen=True)
class AgendaItemInfo:
    """A thing to bring up next time. `done_at` is set once it was talked about; `entry_id` is the entry it
    came from, if any."""

    id: int
    uuid: str
    text: str
    created_at: datetime
    done_at: datetime | None = None
    entry_id: int | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


DAY_DOTS = 4  # the calendar shows at most this many dots a day, then "+N"


@dataclass(frozen=True)
class DayMarks:
    """One local day in the calendar: how many entries (not in the Trash) it holds, and one dot colour for
    each of the first DAY_DOTS in time order: the colour of that entry's strongest trigger, or None for an
    entry with no trigger."""

    day: date
    count: int
    colours: tuple[str | None, ...] = ()

    @property
    def more(self) -> int:
        """Entries beyond the dots (the "+N")."""
        return max(self.count - len(self.colours), 0)
