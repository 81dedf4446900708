"""What the entry editor holds, as one plain value: compared for "unsaved changes",
turned into the core's `ConversationDraft`, and kept as the encrypted draft (JSON).

The draft body is opaque to the core (`Journal.save_draft`); only this module reads and
writes it. A body this version cannot read is ignored rather than trusted.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from trustjournal.core.formats import DEFAULT_FORMAT
from trustjournal.core.records import ConversationDraft, ConversationRecord

DRAFT_VERSION = 1
NEW_KEY = "conversation:new"


def draft_key(conversation_id: int | None) -> str:
    """The draft key of a new conversation, or of an edit of conversation `id`."""
    return NEW_KEY if conversation_id is None else f"conversation:{conversation_id}"


@dataclass(frozen=True)
class Chosen:
    """A person in the picker: an existing one (`id`), or a new name to add on save."""

    name: str
    id: int | None = None


@dataclass(frozen=True)
class EntryState:
    people: tuple[Chosen, ...] = ()
    date: dt.date = field(default_factory=dt.date.today)
    format: str = DEFAULT_FORMAT
    note: str = ""
    signals: frozenset[str] = frozenset()
    decision_id: int | None = None
    gathering_id: int | None = None
    pending: str = ""  # a name typed into the picker but not yet added
    # Signals whose suggestion the person dismissed (or unticked) for this entry: kept with
    # the draft, so that a lock or a crash does not bring them back, but no change of the
    # conversation (never saved with it, and no reason to ask "Save?").
    rejected: frozenset[str] = field(default=frozenset(), compare=False)

    @classmethod
    def of(cls, record: ConversationRecord) -> EntryState:
        return cls(
            people=tuple(Chosen(p.name, p.id) for p in record.people),
            date=record.date,
            format=record.format,
            note=record.note,
            signals=frozenset(record.signals),
            decision_id=record.decision_id,
            gathering_id=record.gathering_id,
        )

    def draft(self) -> ConversationDraft:
        return ConversationDraft(
            people=tuple(p.id for p in self.people if p.id is not None),
            date=self.date,
            format=self.format,
            note=self.note,
            signals=tuple(sorted(self.signals)),
            decision_id=self.decision_id,
            gathering_id=self.gathering_id,
            new_people=tuple(p.name for p in self.people if p.id is None),
        )

    def to_json(self, saved_at: dt.datetime) -> str:
        return json.dumps(
            {
                "v": DRAFT_VERSION,
                "saved_at": saved_at.isoformat(timespec="minutes"),
                "people": [[p.name, p.id] for p in self.people],
                "date": self.date.isoformat(),
                "format": self.format,
                "note": self.note,
                "signals": sorted(self.signals),
                "decision_id": self.decision_id,
                "gathering_id": self.gathering_id,
                "pending": self.pending,
                "rejected": sorted(self.rejected),
            },
            ensure_ascii=False,
        )


@dataclass(frozen=True)
class StoredDraft:
    state: EntryState
    saved_at: dt.datetime | None


def from_json(body: str) -> StoredDraft | None:
    """The state kept in a draft body, or None when the body is not one this app wrote."""
    try:
        data: Any = json.loads(body)
        if not isinstance(data, dict) or data.get("v") != DRAFT_VERSION:
            return None
        people = tuple(
            Chosen(str(name), int(ident) if ident is not None else None)
            for name, ident in data.get("people", [])
        )
        state = EntryState(
            people=people,
            date=dt.date.fromisoformat(data["date"]),
            format=str(data.get("format", DEFAULT_FORMAT)),
            note=str(data.get("note", "")),
            signals=frozenset(str(s) for s in data.get("signals", [])),
            decision_id=_optional_int(data.get("decision_id")),
            gathering_id=_optional_int(data.get("gathering_id")),
            pending=str(data.get("pending", "")),
            rejected=frozenset(str(s) for s in data.get("rejected", [])),
        )
        saved = data.get("saved_at")
        return StoredDraft(state, dt.datetime.fromisoformat(saved) if saved else None)
    except (ValueError, TypeError, KeyError):
        return None


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)
