"""The whole journal as plain records, out and back in: what a backup is made of.

`read_records` reads every record in `Exported` order (people, gatherings, decisions,
conversations, reflections, drafts, settings) as it is consumed, for `Journal.exporting`;
`write_records` puts such records into an empty journal, keeping their ids, for
`Journal.import_records` (a restore). The backup file itself is `core/backup`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustjournal.core import kinds
from trustjournal.core.errors import InvalidInput
from trustjournal.core.i18n import _
from trustjournal.core.journal import rows, validation
from trustjournal.core.judgement.signals import in_order
from trustjournal.core.records import (
    CalendarItemRecord,
    ConversationRecord,
    DecisionRecord,
    DraftRecord,
    Exported,
    GatheringRecord,
    IdentityRecord,
    PersonRecord,
    PersonRef,
    ReflectionRecord,
    SettingRecord,
    StepRecord,
)
from trustjournal.core.store.models import (
    CalendarItem,
    Conversation,
    ConversationPerson,
    ConversationSignal,
    Decision,
    DecisionPerson,
    Draft,
    Gathering,
    GatheringPerson,
    NextStep,
    Person,
    PersonIdentity,
    QuarterReflection,
    Setting,
    now,
)

# The table of each kind `Journal.counts` counts (drafts and settings are counted apart).
_TABLES: dict[kinds.Kind, type[Any]] = {
    kinds.PERSON: Person,
    kinds.CONVERSATION: Conversation,
    kinds.DECISION: Decision,
    kinds.GATHERING: Gathering,
    kinds.REFLECTION: QuarterReflection,
}


def count_rows(s: Session) -> dict[str, int]:
    return {
        kind.plural: int(s.scalar(select(func.count()).select_from(model)) or 0)
        for kind, model in _TABLES.items()
    }


def counts(s: Session) -> dict[str, int]:
    """How many records of each kind an export holds: `count_rows`, drafts and settings."""
    found = count_rows(s)
    found["drafts"] = int(s.scalar(select(func.count()).select_from(Draft)) or 0)
    found["settings"] = int(s.scalar(select(func.count()).select_from(Setting)) or 0)
    found["steps"] = int(s.scalar(select(func.count()).select_from(NextStep)) or 0)
    found["identities"] = int(s.scalar(select(func.count()).select_from(PersonIdentity)) or 0)
    found["calendar_items"] = int(s.scalar(select(func.count()).select_from(CalendarItem)) or 0)
    return found


def read_records(s: Session) -> Iterator[Exported]:
    """Every record, in `Exported` order (for `Journal.exporting`). Conversations are read as
    plain rows (the ORM would take seconds for tens of thousands); their links are gathered
    first, by id."""
    names: dict[int, str] = {pid: name for pid, name in s.execute(select(Person.id, Person.name))}
    for person in s.scalars(select(Person).order_by(Person.id)):
        yield rows.person(person)
    for gathering in s.scalars(select(Gathering).order_by(Gathering.id)):
        yield rows.gathering(gathering)
    for decision in s.scalars(select(Decision).order_by(Decision.id)):
        yield rows.decision(decision)
    people: dict[int, list[PersonRef]] = {}
    for cid, pid in s.execute(
        select(ConversationPerson.conversation_id, ConversationPerson.person_id)
    ):
        people.setdefault(cid, []).append(PersonRef(pid, names[pid]))
    signals: dict[int, list[str]] = {}
    for cid, code in s.execute(select(ConversationSignal.conversation_id, ConversationSignal.code)):
        signals.setdefault(cid, []).append(code)
    talks = s.execute(
        select(
            Conversation.id,
            Conversation.date,
            Conversation.format,
            Conversation.note,
            Conversation.decision_id,
            Conversation.gathering_id,
        )
        .order_by(Conversation.id)
        .execution_options(yield_per=500)
    )
    for cid, date, format_, note, decision_id, gathering_id in talks:
        refs = sorted(people.pop(cid, ()), key=lambda r: r.name.casefold())
        codes = in_order(signals.pop(cid, ()))
        yield ConversationRecord(
            cid, tuple(refs), date, format_, note, codes, decision_id, gathering_id
        )
    for written in s.scalars(select(QuarterReflection).order_by(QuarterReflection.quarter)):
        yield ReflectionRecord(written.quarter, written.text, written.updated_at)
    for draft in s.scalars(select(Draft).order_by(Draft.key)):
        yield DraftRecord(draft.key, draft.body, draft.updated_at)
    for setting in s.scalars(select(Setting).order_by(Setting.key)):
        yield SettingRecord(setting.key, setting.value)
    for row in s.scalars(select(NextStep).order_by(NextStep.id)):
        yield step(row)
    for identity in s.scalars(select(PersonIdentity).order_by(PersonIdentity.id)):
        yield IdentityRecord(identity.person_id, identity.kind, identity.value)
    for item in s.scalars(select(CalendarItem).order_by(CalendarItem.id)):
        yield rows.calendar_item(item)


def step(row: NextStep) -> StepRecord:
    return StepRecord(
        row.id,
        row.key,
        row.kind,
        row.person_id,
        row.seen,
        row.due,
        row.state,
        row.until,
        row.closed,
    )


# What `Journal.import_records` counts, by record type (the names of `Journal.counts`).
_IMPORTED = {kind.record: kind.plural for kind in kinds.KINDS}
# …and the change notice each kind sends (drafts send none, as when saved one by one).
ANNOUNCED = {kind.plural: kind.name for kind in kinds.KINDS if kind in _TABLES}


class Importer:
    """Rows for `Journal.import_records`, written in batches, parents before children."""

    BATCH = 1000
    # Foreign keys are checked at once, so the tables are written in this order.
    MODELS: tuple[type[Any], ...] = (
        Person,
        Gathering,
        GatheringPerson,
        Decision,
        DecisionPerson,
        Conversation,
        ConversationPerson,
        ConversationSignal,
        QuarterReflection,
        Draft,
        Setting,
        NextStep,
        PersonIdentity,
        CalendarItem,
    )

    def __init__(self) -> None:
        self.rows: dict[type[Any], list[dict[str, Any]]] = {m: [] for m in self.MODELS}
        self.ids: dict[str, list[int]] = {name: [] for name in _IMPORTED.values()}
        self.pending = 0
        self.stamp = now()

    def counts(self) -> dict[str, int]:
        return {name: len(ids) for name, ids in self.ids.items()}

    def _row(self, model: type[Any], **values: Any) -> None:
        self.rows[model].append(values)
        self.pending += 1

    def add(self, s: Session, r: Exported) -> None:
        stamps = {"created_at": self.stamp, "updated_at": self.stamp}
        if isinstance(r, PersonRecord):
            self._row(
                Person,
                id=r.id,
                name=r.name,
                role=r.role,
                how_met=r.how_met,
                notes=r.notes,
                archived=r.archived,
                aliases=rows.join_aliases(validation.clean_aliases(r.aliases, r.name)),
                cadence_days=r.cadence_days,
                my_few=r.my_few,
                **stamps,
            )
        elif isinstance(r, GatheringRecord):
            self._row(
                Gathering,
                id=r.id,
                name=r.name,
                start_date=r.start_date,
                end_date=r.end_date,
                place=r.place,
                note=r.note,
                **stamps,
            )
            for ref in r.people:
                self._row(GatheringPerson, gathering_id=r.id, person_id=ref.id)
        elif isinstance(r, DecisionRecord):
            self._row(
                Decision,
                id=r.id,
                title=r.title,
                date=r.date,
                discomfort=r.discomfort,
                status=r.status,
                outcome=r.outcome,
                **stamps,
            )
            framing = {ref.id for ref in r.changed_framing}
            for ref in r.consulted:
                self._row(
                    DecisionPerson,
                    decision_id=r.id,
                    person_id=ref.id,
                    changed_framing=ref.id in framing,
                )
        elif isinstance(r, ConversationRecord):
            self._row(
                Conversation,
                id=r.id,
                date=r.date,
                format=r.format,
                note=r.note,
                decision_id=r.decision_id,
                gathering_id=r.gathering_id,
                **stamps,
            )
            for ref in r.people:
                self._row(ConversationPerson, conversation_id=r.id, person_id=ref.id)
            for code in r.signals:
                self._row(ConversationSignal, conversation_id=r.id, code=code)
        elif isinstance(r, ReflectionRecord):
            self._row(
                QuarterReflection,
                quarter=validation.check_quarter(r.quarter),
                text=r.text,
                updated_at=r.updated_at or self.stamp,
            )
        elif isinstance(r, DraftRecord):
            self._row(
                Draft,
                key=validation.check_draft_key(r.key),
                body=r.body,
                updated_at=r.updated_at or self.stamp,
            )
        elif isinstance(r, StepRecord):
            self._row(
                NextStep,
                id=r.id,
                key=r.key,
                kind=r.kind,
                person_id=r.person_id,
                seen=r.seen,
                due=r.due,
                state=r.state,
                until=r.until,
                closed=r.closed,
            )
        elif isinstance(r, IdentityRecord):
            self._row(PersonIdentity, person_id=r.person_id, kind=r.kind, value=r.value)
        elif isinstance(r, CalendarItemRecord):
            self._row(CalendarItem, **rows.calendar_item_fields(r))
        else:
            self._row(Setting, key=r.key, value=r.value)
        unnumbered = DraftRecord | ReflectionRecord | SettingRecord | IdentityRecord
        ident = r.id if not isinstance(r, unnumbered) else 0
        self.ids[_IMPORTED[type(r)]].append(ident)
        if self.pending >= self.BATCH:
            self.flush(s)

    def flush(self, s: Session) -> None:
        for model in self.MODELS:
            batch = self.rows[model]
            if batch:
                s.execute(insert(model), batch)
                batch.clear()
        self.pending = 0


def write_records(s: Session, records: Iterable[Exported]) -> Importer:
    """Add `records` to the empty journal open in `s`, keeping their ids (see
    `Journal.import_records`); what was added is in the returned importer's `ids`."""
    if any(counts(s).values()):
        raise InvalidInput(_("Records can only be imported into an empty journal."))
    importer = Importer()
    try:
        for record in records:
            importer.add(s, record)
        importer.flush(s)
    except IntegrityError:
        raise InvalidInput(
            _(
                "The records do not fit together (a link to a missing record, a repeated "
                "id or a value out of range); nothing was imported."
            )
        ) from None
    return importer
