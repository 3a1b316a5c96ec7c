"""The journal's tables. The schema itself is created by Alembic migrations (store/migrations);
a test checks that these classes and the migrations agree."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, ForeignKeyConstraint, Index, Integer, String, text
from sqlmodel import Field, SQLModel

from journal_app.models.column_types import UTCDateTime


class Entry(SQLModel, table=True):
    __tablename__ = "entry"
    __table_args__ = (
        Index("ix_entry_live_time", "deleted_at", "occurred_at", "id"),
        # the cycle's moments with how they ended, without reading the entries' text (migration 0009)
        Index("ix_entry_live_moment", "occurred_at", "deleted_at", "id", "repair", "shared"),
        CheckConstraint("shared IN (0, 1)", name="ck_entry_shared_bool"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(sa_column=Column(String(36), nullable=False, unique=True))
    occurred_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    title: str = Field(default="", sa_column=Column(String, nullable=False, server_default=""))
    body: str = Field(default="", sa_column=Column(String, nullable=False, server_default=""))
    shared: bool = Field(default=False, nullable=False)
    deleted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    repair: str | None = Field(default=None, sa_column=Column(String(12), nullable=True))


class Trigger(SQLModel, table=True):
    __tablename__ = "trigger"
    __table_args__ = (CheckConstraint("builtin IN (0, 1) AND archived IN (0, 1)", name="ck_trigger_flags"),)

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    name: str = Field(sa_column=Column(String(80), nullable=False))
    description: str = Field(default="", sa_column=Column(String, nullable=False, server_default=""))
    colour: str = Field(sa_column=Column(String(7), nullable=False))
    builtin: bool = Field(default=False, nullable=False)
    archived: bool = Field(default=False, nullable=False)
    pattern: str | None = Field(default=None, sa_column=Column(String(20), nullable=True))
    sort_order: int = Field(default=0, nullable=False)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class EntryTrigger(SQLModel, table=True):
    __tablename__ = "entry_trigger"
    __table_args__ = (
        Index("ix_entry_trigger_trigger", "trigger_id", "entry_id"),
        CheckConstraint("intensity IS NULL OR intensity BETWEEN 0 AND 10", name="ck_entry_trigger_intensity"),
    )

    entry_id: int = Field(
        sa_column=Column(Integer, ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    )
    trigger_id: int = Field(
        sa_column=Column(Integer, ForeignKey("trigger.id", ondelete="RESTRICT"), primary_key=True)
    )
    intensity: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))


class Person(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(120, collation="NOCASE"), nullable=False, unique=True))
    relationship: str = Field(sa_column=Column(String(20), nullable=False, server_default="other"))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class EntryPerson(SQLModel, table=True):
    __tablename__ = "entry_person"
    __table_args__ = (Index("ix_entry_person_person", "person_id", "entry_id"),)

    entry_id: int = Field(
        sa_column=Column(Integer, ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    )
    person_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True)
    )


class EntryResponse(SQLModel, table=True):
    """What the person did in the moment (a key of models.values.RESPONSES)."""

    __tablename__ = "entry_response"
    __table_args__ = (Index("ix_entry_response_response", "response", "entry_id"),)

    entry_id: int = Field(
        sa_column=Column(Integer, ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    )
    response: str = Field(sa_column=Column(String(40), primary_key=True))


class TriggerGuidance(SQLModel, table=True):
    """A guidance article (its id in resources/guidance) the person linked to one of their own triggers."""

    __tablename__ = "trigger_guidance"

    trigger_id: int = Field(
        sa_column=Column(Integer, ForeignKey("trigger.id", ondelete="CASCADE"), primary_key=True)
    )
    article_id: str = Field(sa_column=Column(String(80), primary_key=True))


class TherapySession(SQLModel, table=True):
    """A therapy session on a local calendar day (past or upcoming), with a private note."""

    __tablename__ = "therapy_session"
    __table_args__ = (Index("ix_therapy_session_held_on", "held_on"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(sa_column=Column(String(36), nullable=False, unique=True))
    held_on: str = Field(sa_column=Column(String(10), nullable=False))  # 'YYYY-MM-DD', local
    note: str = Field(default="", sa_column=Column(String, nullable=False, server_default=""))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class AgendaItem(SQLModel, table=True):
    """Something to bring up next time, perhaps taken from an entry; ticked off (done_at) after a session."""

    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_open", "done_at", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(sa_column=Column(String(36), nullable=False, unique=True))
    text: str = Field(sa_column=Column(String, nullable=False))
    entry_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("entry.id", ondelete="SET NULL"), nullable=True)
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    done_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class Draft(SQLModel, table=True):
    """The one draft: the editor's unsaved content (EntryForm as JSON), kept until it is saved or discarded."""

    __tablename__ = "draft"
    __table_args__ = (CheckConstraint("id = 1", name="ck_draft_single"),)

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("entry.id", ondelete="CASCADE"), nullable=True)
    )
    data: str = Field(sa_column=Column(String, nullable=False))
    saved_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class SafetyPlan(SQLModel, table=True):
    """The person's safety plan when they chose to keep it inside the journal (one row; its sections as JSON).
    A plan readable while locked lives in a file of its own instead (journal_app/services/safety_plan.py)."""

    __tablename__ = "safety_plan"
    __table_args__ = (CheckConstraint("id = 1", name="ck_safety_plan_single"),)

    id: int | None = Field(default=None, primary_key=True)
    data: str = Field(sa_column=Column(String, nullable=False))
    saved_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


# -- the cycle (issue 20): what I told myself, what they did, and how we came back ----------------------------
class Belief(SQLModel, table=True):
    """A belief in the person's own words ("I'm too much"): their own list, offered as they type."""

    __tablename__ = "belief"
    __table_args__ = (CheckConstraint("archived IN (0, 1)", name="ck_belief_archived"),)

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_column=Column(String(200, collation="NOCASE"), nullable=False, unique=True))
    archived: bool = Field(default=False, nullable=False)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class EntryBelief(SQLModel, table=True):
    """A belief in one moment: how true it felt (0-100, None: not rated) and, written later, a kinder, more
    balanced thought and how true the belief felt then (the two steps of a thought record)."""

    __tablename__ = "entry_belief"
    __table_args__ = (
        Index("ix_entry_belief_belief", "belief_id", "entry_id"),
        # the later ratings alone (migration 0012; store/cycle_summary_queries.py `rerated` reads them from it)
        Index("ix_entry_belief_rerated", "belief_id", "rerated_at", "entry_id", "rerated",
              sqlite_where=text("rerated IS NOT NULL AND rerated_at IS NOT NULL AND rerated_at <> ''")),
        CheckConstraint("strength IS NULL OR strength BETWEEN 0 AND 100", name="ck_entry_belief_strength"),
        CheckConstraint("rerated IS NULL OR rerated BETWEEN 0 AND 100", name="ck_entry_belief_rerated"),
    )

    entry_id: int = Field(
        sa_column=Column(Integer, ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    )
    belief_id: int = Field(
        sa_column=Column(Integer, ForeignKey("belief.id", ondelete="RESTRICT"), primary_key=True)
    )
    strength: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    balanced: str = Field(default="", sa_column=Column(String, nullable=False, server_default=""))
    rerated: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    rerated_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class TheirMove(SQLModel, table=True):
    """Something another person did (reached out, went quiet...): built-in or the person's own, like triggers."""

    __tablename__ = "their_move"
    __table_args__ = (CheckConstraint("builtin IN (0, 1) AND archived IN (0, 1)", name="ck_their_move_flags"),)

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    name: str = Field(sa_column=Column(String(80), nullable=False))
    builtin: bool = Field(default=False, nullable=False)
    archived: bool = Field(default=False, nullable=False)
    sort_order: int = Field(default=0, nullable=False)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class EntryMove(SQLModel, table=True):
    """What one person on an entry did in that moment. Linked to the entry's person row, so taking the person
    off the entry takes their moves with them."""

    __tablename__ = "entry_move"
    __table_args__ = (
        ForeignKeyConstraint(["entry_id", "person_id"], ["entry_person.entry_id", "entry_person.person_id"],
                             ondelete="CASCADE"),
        Index("ix_entry_move_move", "move_id", "entry_id"),
    )

    entry_id: int = Field(sa_column=Column(Integer, primary_key=True))
    person_id: int = Field(sa_column=Column(Integer, primary_key=True))
    move_id: int = Field(
        sa_column=Column(Integer, ForeignKey("their_move.id", ondelete="RESTRICT"), primary_key=True)
    )


class RepairLink(SQLModel, table=True):
    """A later entry that repaired an earlier moment (one repair per moment), and who reached out first:
    'me', 'them', or None (not said)."""

    __tablename__ = "repair_link"
    __table_args__ = (
        Index("ix_repair_link_entry", "entry_id"),
        CheckConstraint("repaired_id <> entry_id", name="ck_repair_link_other"),
        CheckConstraint("reached_first IS NULL OR reached_first IN ('me', 'them')", name="ck_repair_link_first"),
    )

    repaired_id: int = Field(
        sa_column=Column(Integer, ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    )
    entry_id: int = Field(sa_column=Column(Integer, ForeignKey("entry.id", ondelete="CASCADE"), nullable=False))
    reached_first: str | None = Field(default=None, sa_column=Column(String(8), nullable=True))
