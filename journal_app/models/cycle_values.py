"""Plain value types of the cycle (issue 20): what I told myself (beliefs, with how true they felt and, later, a
kinder thought and a second rating), what the other person did (their moves), and which later entry repaired an
earlier moment. No ORM, no Qt.

The cycle is the pattern between people, never a label for either of them: moves are named for what was done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journal_app.core.i18n import QT_TRANSLATE_NOOP, translate
from journal_app.models.limits import STRENGTH_MAX as STRENGTH_MAX  # how true a belief felt, in per cent
from journal_app.models.limits import STRENGTH_MIN as STRENGTH_MIN


@dataclass(frozen=True)
class BuiltinMove:
    slug: str
    name: str


# What the other person did, named for what was done. The person adds their own, like triggers.
BUILTIN_MOVES: tuple[BuiltinMove, ...] = (
    BuiltinMove("reached-out", QT_TRANSLATE_NOOP("moves", "Reached out")),
    BuiltinMove("went-quiet", QT_TRANSLATE_NOOP("moves", "Went quiet")),
    BuiltinMove("criticised", QT_TRANSLATE_NOOP("moves", "Criticised")),
    BuiltinMove("reassured", QT_TRANSLATE_NOOP("moves", "Reassured")),
    BuiltinMove("pulled-away", QT_TRANSLATE_NOOP("moves", "Pulled away")),
)
BUILTIN_MOVE_SLUGS = tuple(m.slug for m in BUILTIN_MOVES)
_BUILTIN_MOVE_NAMES = {m.slug: m.name for m in BUILTIN_MOVES}

# A few gentle examples offered before the person has beliefs of their own (their own words always come first).
BELIEF_EXAMPLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("beliefs", "I'm too much"),
    QT_TRANSLATE_NOOP("beliefs", "They'll leave"),
    QT_TRANSLATE_NOOP("beliefs", "I have to handle this alone"),
    QT_TRANSLATE_NOOP("beliefs", "If I need something, I'll be let down"),
)

# Who reached out first when a moment was repaired.
REACHED_FIRST: tuple[tuple[str, str], ...] = (
    ("me", QT_TRANSLATE_NOOP("messages", "I did")),
    ("them", QT_TRANSLATE_NOOP("messages", "They did")),
)
REACHED_FIRST_KEYS = tuple(key for key, _ in REACHED_FIRST)


def shown_move_name(slug: str, name: str) -> str:
    """A move's name as shown: a built-in move still under its English name in the person's language; a name
    the person gave or changed, as they wrote it."""
    builtin = _BUILTIN_MOVE_NAMES.get(slug)
    return translate("moves", name) if builtin is not None and builtin == name else name


def belief_examples() -> tuple[str, ...]:
    """The gentle examples in the person's language."""
    return tuple(translate("beliefs", text) for text in BELIEF_EXAMPLES)


@dataclass(frozen=True)
class BeliefInfo:
    """One belief of the person's own list."""

    id: int
    text: str
    archived: bool = False
    entry_count: int = 0


@dataclass(frozen=True)
class MoveInfo:
    """One thing another person can do, as the list of moves holds it."""

    id: int
    slug: str
    name: str
    builtin: bool
    archived: bool
    entry_count: int = 0


@dataclass(frozen=True)
class BeliefMark:
    """A belief on an entry: how true it felt in the moment (0-100; None: not rated) and, once the moment has
    passed, a kinder, more balanced thought and how true the belief felt then (`rerated`, `rerated_at`)."""

    belief_id: int
    strength: int | None = None
    balanced: str = ""
    rerated: int | None = None
    rerated_at: datetime | None = None


@dataclass(frozen=True)
class BeliefChip(BeliefMark):
    """A belief as shown on an entry: a BeliefMark with the belief's words."""

    text: str = ""
    archived: bool = False

    def mark(self) -> BeliefMark:
        return BeliefMark(self.belief_id, self.strength, self.balanced, self.rerated, self.rerated_at)


@dataclass(frozen=True)
class MoveMark:
    """What one person on an entry did in that moment."""

    person_id: int
    move_id: int


@dataclass(frozen=True)
class MoveChip(MoveMark):
    """A move as shown on an entry: who, and what they did."""

    person_name: str = ""
    slug: str = ""
    name: str = ""

    def mark(self) -> MoveMark:
        return MoveMark(self.person_id, self.move_id)


@dataclass(frozen=True)
class RepairInfo:
    """Entry `entry_id` repaired the earlier moment `repaired_id`; `reached_first` is 'me', 'them' or None."""

    repaired_id: int
    entry_id: int
    repaired_at: datetime  # when the earlier moment happened (UTC)
    repair_at: datetime  # when the repairing entry happened (UTC)
    reached_first: str | None = None

    @property
    def hours(self) -> float:
        """Time to repair, in hours."""
        return (self.repair_at - self.repaired_at).total_seconds() / 3600


@dataclass(frozen=True)
class RepairCandidate:
    """An earlier triggered moment a new entry might have repaired (offered for `Journal.link_repair`)."""

    entry_id: int
    occurred_at: datetime
    heading: str
    people: tuple[str, ...] = ()
    repaired_by: int | None = None  # the entry that repaired it already, if any


@dataclass(frozen=True)
class RepairChoice:
    """What the editor holds for "this repaired": the earlier moment `repaired_id` and who reached out first
    ('me', 'them' or None: not said). Kept with a crash draft; written with `Journal.link_repair`."""

    repaired_id: int
    reached_first: str | None = None
