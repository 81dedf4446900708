"""Between the database's rows and the plain records the journal hands out.

Reading: a row (with its links) becomes a record (`person`, `conversation`, `decision`,
`gathering`). Writing: a draft already checked by `validation` fills a row (`fill_*`),
reusing the link rows that did not change; `add_named_people` adds the people a
conversation names for the first time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from trustjournal.core.errors import NotFound
from trustjournal.core.journal import validation
from trustjournal.core.judgement.signals import in_order
from trustjournal.core.records import (
    CalendarItemRecord,
    ConversationDraft,
    ConversationRecord,
    DecisionDraft,
    DecisionRecord,
    GatheringDraft,
    GatheringRecord,
    PersonDraft,
    PersonRecord,
    PersonRef,
)
from trustjournal.core.store.models import (
    CalendarItem,
    Conversation,
    ConversationPerson,
    ConversationSignal,
    Decision,
    DecisionPerson,
    Gathering,
    GatheringPerson,
    Person,
)


def person(p: Person) -> PersonRecord:
    return PersonRecord(
        p.id,
        p.name,
        p.role,
        p.how_met,
        p.notes,
        p.archived,
        split_aliases(p.aliases),
        p.cadence_days,
        bool(p.my_few),
    )


def calendar_item(c: CalendarItem) -> CalendarItemRecord:
    attendees = json.loads(c.attendees or "[]")
    return CalendarItemRecord(
        c.id,
        c.uid,
        c.recurrence_id,
        c.date,
        c.start_time,
        c.title,
        c.location,
        tuple((str(a[0]), str(a[1])) for a in attendees),
        c.state,
        c.conversation_id,
    )


def calendar_item_fields(r: CalendarItemRecord) -> dict[str, Any]:
    """The row of a calendar item (its id included)."""
    return {
        "id": r.id,
        "uid": r.uid,
        "recurrence_id": r.recurrence_id,
        "date": r.date,
        "start_time": r.start_time,
        "title": r.title,
        "location": r.location,
        "attendees": json.dumps([list(a) for a in r.attendees], ensure_ascii=False),
        "state": r.state,
        "conversation_id": r.conversation_id,
    }


def split_aliases(stored: str | None) -> tuple[str, ...]:
    """The aliases as the person row keeps them (one a line) as a tuple."""
    return tuple(a for a in (stored or "").split("\n") if a)


def join_aliases(aliases: Sequence[str]) -> str:
    return "\n".join(aliases)


def _refs(links: Iterable[Any]) -> tuple[PersonRef, ...]:
    return tuple(
        sorted(
            (PersonRef(link.person.id, link.person.name) for link in links),
            key=lambda r: r.name.casefold(),
        )
    )


def conversation(c: Conversation) -> ConversationRecord:
    return ConversationRecord(
        c.id,
        _refs(c.participants),
        c.date,
        c.format,
        c.note,
        in_order(sig.code for sig in c.signals),
        c.decision_id,
        c.gathering_id,
    )


def decision(d: Decision) -> DecisionRecord:
    return DecisionRecord(
        d.id,
        d.title,
        d.date,
        d.discomfort,
        d.status,
        d.outcome,
        _refs(d.consulted),
        _refs(link for link in d.consulted if link.changed_framing),
    )


def gathering(g: Gathering) -> GatheringRecord:
    return GatheringRecord(g.id, g.name, g.start_date, g.end_date, g.place, g.note, _refs(g.met))


def person_fields(draft: PersonDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "role": draft.role,
        "how_met": draft.how_met,
        "notes": draft.notes,
        "archived": draft.archived,
        **({} if draft.aliases is None else {"aliases": join_aliases(draft.aliases)}),
        **({} if draft.cadence_days is None else {"cadence_days": draft.cadence_days or None}),
        **({} if draft.my_few is None else {"my_few": draft.my_few}),
    }


def add_named_people(s: Session, names: Sequence[str]) -> tuple[list[int], list[int]]:
    """The ids of the people with these names, adding those not yet in the journal: (all, new)."""
    ids: list[int] = []
    created: list[int] = []
    for name in names:
        found = validation.find_person(s, name)
        ident = found.id if found is not None else None
        if ident is None:
            added = Person(name=name, role="", how_met="", notes="", archived=False, aliases="")
            s.add(added)
            s.flush()
            ident = added.id
            created.append(ident)
        ids.append(ident)
    return ids, created


def fill_conversation(s: Session, row: Conversation, d: ConversationDraft) -> None:
    validation.require_people(s, d.people)
    if d.decision_id is not None and s.get(Decision, d.decision_id) is None:
        raise NotFound("decision", d.decision_id)
    if d.gathering_id is not None and s.get(Gathering, d.gathering_id) is None:
        raise NotFound("gathering", d.gathering_id)
    row.date, row.format, row.note = d.date, d.format, d.note
    row.decision_id, row.gathering_id = d.decision_id, d.gathering_id
    row.participants = _relink(
        row.participants, d.people, "person_id", lambda pid: ConversationPerson(person_id=pid)
    )
    row.signals = _relink(
        row.signals, d.signals, "code", lambda code: ConversationSignal(code=code)
    )


T = TypeVar("T")


def _relink(
    current: list[T], wanted: Sequence[Any], attr: str, make: Callable[[Any], T]
) -> list[T]:
    """The link rows for `wanted`, reusing the existing ones so unchanged links stay put."""
    by_key = {getattr(link, attr): link for link in current}
    return [by_key.get(key) or make(key) for key in wanted]


def fill_decision(s: Session, row: Decision, d: DecisionDraft) -> None:
    validation.require_people(s, d.consulted)
    row.title, row.date, row.discomfort = d.title, d.date, d.discomfort
    row.status, row.outcome = d.status, d.outcome
    row.consulted = _relink(
        row.consulted, d.consulted, "person_id", lambda pid: DecisionPerson(person_id=pid)
    )
    for link in row.consulted:
        link.changed_framing = link.person_id in d.changed_framing


def fill_gathering(s: Session, row: Gathering, d: GatheringDraft) -> None:
    validation.require_people(s, d.people)
    row.name, row.start_date, row.end_date = d.name, d.start_date, d.end_date
    row.place, row.note = d.place, d.note
    row.met = _relink(row.met, d.people, "person_id", lambda pid: GatheringPerson(person_id=pid))
