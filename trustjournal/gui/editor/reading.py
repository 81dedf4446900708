"""What the entry editor reads from the journal, on the journal worker.

`EntryEditor` hands these `read` functions to `session.read`; they run where the journal
lives and come back as plain, frozen values: the people, decisions and gatherings to offer,
and everything an entry opens with (the saved conversation and its kept draft).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trustjournal.core.records import (
    ConversationRecord,
    DecisionRecord,
    GatheringRecord,
    PersonRecord,
)

if TYPE_CHECKING:
    from trustjournal.core.journal.service import Journal
    from trustjournal.core.suggest.learning import Learned


@dataclass(frozen=True)
class Choices:
    """The people, decisions and gatherings the editor offers."""

    people: list[PersonRecord]
    decisions: list[DecisionRecord]
    gatherings: list[GatheringRecord]

    @staticmethod
    def read(journal: Journal) -> Choices:
        return Choices(journal.people(), journal.decisions(), journal.gatherings())


@dataclass(frozen=True)
class Opening:
    """Everything an entry opens with: the choices, the saved conversation, its draft, and
    what the journal has learned of how its leader writes (None while learning is off)."""

    choices: Choices
    record: ConversationRecord | None
    draft: str | None
    learned: Learned | None

    @staticmethod
    def read(journal: Journal, ident: int | None, key: str) -> Opening:
        record = journal.conversation(ident) if ident is not None else None
        return Opening(Choices.read(journal), record, journal.draft(key), journal.learned())
