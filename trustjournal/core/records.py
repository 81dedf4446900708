"""Plain, immutable records that the service hands out and takes in.

They carry no database session, so the GUI can keep them in models and pass them
between threads, and the CLI can print them. Drafts are what a caller asks to save;
when a save fails, the draft comes back intact in `SaveFailed.unsaved`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str


@dataclass(frozen=True)
class PersonDraft:
    name: str
    role: str = ""
    how_met: str = ""
    notes: str = ""
    archived: bool = False
    # Other names the person goes by in notes ("Mo", "MJ"). None keeps the aliases a person
    # already has (so an update that does not mention them never wipes them); () clears them.
    aliases: tuple[str, ...] | None = None
    # The person's own keep-in-touch cadence in days; 0 means the journal's. None (like
    # `my_few` None) keeps what the person has, so an update that does not mention it
    # never resets it.
    cadence_days: int | None = None
    my_few: bool | None = None


@dataclass(frozen=True)
class PersonRecord:
    id: int
    name: str
    role: str
    how_met: str
    notes: str
    archived: bool
    aliases: tuple[str, ...] = ()  # tidied, each once; see validation.clean_aliases
    cadence_days: int | None = None  # their own keep-in-touch cadence; None: the journal's
    my_few: bool = False  # one of the leader's chosen deep ties

    @property
    def ref(self) -> PersonRef:
        return PersonRef(self.id, self.name)


@dataclass(frozen=True)
class ConversationDraft:
    people: tuple[int, ...]
    date: dt.date
    format: str
    note: str = ""
    signals: tuple[str, ...] = ()
    decision_id: int | None = None
    gathering_id: int | None = None
    # Names to add to the journal in the same save (a name already there is reused), so a
    # save that fails leaves no half-made people behind.
    new_people: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConversationRecord:
    id: int
    people: tuple[PersonRef, ...]
    date: dt.date
    format: str
    note: str
    signals: tuple[str, ...]
    decision_id: int | None
    gathering_id: int | None


# A decision's statuses and its discomfort scale (1 easy … 5 very uncomfortable).
DECISION_STATUSES: tuple[str, ...] = ("open", "decided")
DISCOMFORT_RANGE: tuple[int, int] = (1, 5)


@dataclass(frozen=True)
class DecisionDraft:
    title: str
    date: dt.date
    discomfort: int
    status: str = "open"
    outcome: str = ""
    consulted: tuple[int, ...] = ()
    changed_framing: tuple[int, ...] = ()  # a subset of `consulted`


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    title: str
    date: dt.date
    discomfort: int
    status: str
    outcome: str
    consulted: tuple[PersonRef, ...]
    changed_framing: tuple[PersonRef, ...]


@dataclass(frozen=True)
class GatheringDraft:
    name: str
    start_date: dt.date
    end_date: dt.date | None = None
    place: str = ""
    note: str = ""
    people: tuple[int, ...] = ()


@dataclass(frozen=True)
class GatheringRecord:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date | None
    place: str
    note: str
    people: tuple[PersonRef, ...]


@dataclass(frozen=True)
class ReflectionRecord:
    quarter: str
    text: str
    updated_at: dt.datetime | None


@dataclass(frozen=True)
class DraftRecord:
    """An editor's kept draft, as a backup carries it."""

    key: str
    body: str
    updated_at: dt.datetime | None


@dataclass(frozen=True)
class SettingRecord:
    """One of the journal's own settings (such as the cadence), as a backup carries it."""

    key: str
    value: str


@dataclass(frozen=True)
class StepRecord:
    """A next step the journal has shown, and what became of it (judgement/follow_through.py
    names the states): first `seen`, `due` then, `until` when snoozed, `closed` when done,
    set aside, acted on or lapsed."""

    id: int
    key: str  # "fading_soon:12": the step's kind and whom or what it is about
    kind: str
    person_id: int | None
    seen: dt.date
    due: dt.date | None
    state: str
    until: dt.date | None = None
    closed: dt.date | None = None


@dataclass(frozen=True)
class IdentityRecord:
    """How an imported person is known again (core/exchange): kind is "vcard_uid",
    "fingerprint" or "email"."""

    person_id: int
    kind: str
    value: str


IDENTITY_KINDS = ("vcard_uid", "fingerprint", "email")


@dataclass(frozen=True)
class CalendarItemRecord:
    """A calendar meeting in the "To write up" inbox (core/exchange/calendar.py)."""

    id: int
    uid: str
    recurrence_id: str  # "" for a single event; the occurrence's start for a recurring one
    date: dt.date
    start_time: str  # "09:30", or "" for an all-day event
    title: str
    location: str
    attendees: tuple[tuple[str, str], ...]  # (name, e-mail), as the calendar gives them
    state: str = "open"  # open, dismissed, written
    conversation_id: int | None = None  # the conversation it was written up as


CALENDAR_STATES = ("open", "dismissed", "written")


# Everything a journal holds, as `Journal.exporting` hands it out and `import_records`
# takes it back (in this order: people first, as the others refer to them).
Exported = (
    PersonRecord
    | GatheringRecord
    | DecisionRecord
    | ConversationRecord
    | ReflectionRecord
    | DraftRecord
    | SettingRecord
    | StepRecord
    | IdentityRecord
    | CalendarItemRecord
)


@dataclass(frozen=True)
class JournalExport:
    """A consistent snapshot: how many of each record, and the records (read once)."""

    counts: dict[str, int]
    records: Iterator[Exported]


@dataclass(frozen=True)
class PersonLinks:
    """Everything that ties one person to the rest of the journal, as it was before a delete
    or a merge (core/journal/removal.py puts it back whole)."""

    person_id: int
    conversations: tuple[int, ...]
    decisions: tuple[tuple[int, bool], ...]  # (decision id, changed the framing)
    gatherings: tuple[int, ...]
    identities: tuple[tuple[int, str, str], ...]  # (id, kind, value)


@dataclass(frozen=True)
class Undo:
    """What a delete or a merge took away, to put back with the same ids
    (`Journal.restore_deleted`). Held in memory only, never written anywhere: the app drops
    it when it locks or quits."""

    records: tuple[Exported, ...]  # whole records to insert again, in `Exported` order
    people: tuple[PersonRecord, ...] = ()  # people whose details a merge changed, as they were
    links: tuple[PersonLinks, ...] = ()
    # Conversations that pointed at a deleted decision or gathering: (conversation id,
    # "decision" or "gathering", its id); calendar items written up as a deleted conversation.
    pointers: tuple[tuple[int, str, int], ...] = ()
    calendar: tuple[tuple[int, int], ...] = ()  # (calendar item id, conversation id)


@dataclass(frozen=True)
class PersonRemoval:
    """What deleting a person did: their own conversations went, shared ones stayed (or
    went too, when asked); `undo` puts everything back."""

    person: PersonRef
    conversations_deleted: int
    conversations_kept: int
    undo: Undo | None = None


@dataclass(frozen=True)
class Merged:
    """A merge's result: the person kept (with the other's details and links), and the undo."""

    person: PersonRecord
    undo: Undo


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "conversation", "person", "decision" or "gathering"
    id: int
    date: dt.date | None
    title: str
    people: tuple[str, ...]
    snippet: str
    highlights: tuple[tuple[int, int], ...] = field(default=())  # [start, end) in snippet


@dataclass(frozen=True)
class Change:
    """A write that happened: views refresh on these without knowing who wrote."""

    kind: str
    action: str  # "added", "updated" or "deleted"
    ids: tuple[int, ...]
