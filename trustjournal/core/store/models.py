"""The ORM mapping of the journal's tables (the schema itself is made by migrations.py).

The service (journal.py) is the only user of these classes; it hands plain records
(records.py) to the CLI and the GUI, so no session or lazy load ever leaks out.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Stamped:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)


class Person(Stamped, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(collation="NOCASE"), unique=True)
    role: Mapped[str] = mapped_column(Text, default="")
    how_met: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)
    # The person's aliases, one a line (an alias is tidied to one line); schema version 7.
    aliases: Mapped[str] = mapped_column(Text, default="")
    # Schema version 8: the person's own cadence (None: the journal's) and "one of my few".
    cadence_days: Mapped[int | None] = mapped_column(Integer, default=None)
    my_few: Mapped[bool] = mapped_column(default=False)


class ConversationPerson(Base):
    __tablename__ = "conversation_person"

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    person: Mapped[Person] = relationship(lazy="joined")


class ConversationSignal(Base):
    __tablename__ = "conversation_signal"

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(Text, primary_key=True)


class Conversation(Stamped, Base):
    __tablename__ = "conversation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    format: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decision.id", ondelete="SET NULL"), index=True
    )
    gathering_id: Mapped[int | None] = mapped_column(
        ForeignKey("gathering.id", ondelete="SET NULL"), index=True
    )
    participants: Mapped[list[ConversationPerson]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    signals: Mapped[list[ConversationSignal]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class DecisionPerson(Base):
    __tablename__ = "decision_person"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True
    )
    changed_framing: Mapped[bool] = mapped_column(default=False)
    person: Mapped[Person] = relationship(lazy="joined")


class Decision(Stamped, Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date] = mapped_column(Date)
    discomfort: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(Text, default="open")
    outcome: Mapped[str] = mapped_column(Text, default="")
    consulted: Mapped[list[DecisionPerson]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class GatheringPerson(Base):
    __tablename__ = "gathering_person"

    gathering_id: Mapped[int] = mapped_column(
        ForeignKey("gathering.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True
    )
    person: Mapped[Person] = relationship(lazy="joined")


class Gathering(Stamped, Base):
    __tablename__ = "gathering"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    met: Mapped[list[GatheringPerson]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class QuarterReflection(Base):
    __tablename__ = "quarter_reflection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quarter: Mapped[str] = mapped_column(Text, unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)


class Draft(Base):
    """Unsaved editor state under a key such as "conversation:new"; the body is opaque text."""

    __tablename__ = "draft"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now, onupdate=now)


class Setting(Base):
    """A preference that travels with the journal (and its backups), such as the cadence."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NextStep(Base):
    """One occurrence of a next step (core/judgement/follow_through.py): when it was first
    shown, by when it was due, and what became of it."""

    __tablename__ = "next_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    seen: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(Text, default="open")
    until: Mapped[dt.date | None] = mapped_column(Date)
    closed: Mapped[dt.date | None] = mapped_column(Date)


class PersonIdentity(Base):
    """How an imported person is known again: a vCard UID, a card's fingerprint, an e-mail."""

    __tablename__ = "person_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(Text)


class CalendarItem(Base):
    """A calendar meeting waiting to be written up (or dismissed, or written)."""

    __tablename__ = "calendar_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(Text)
    recurrence_id: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[str] = mapped_column(Text, default="")  # "09:30", "" all day
    title: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [[name, email], …]
    state: Mapped[str] = mapped_column(Text, default="open")
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="SET NULL")
    )
