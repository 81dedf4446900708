"""Deleting and merging, each undoable, and deleted text scrubbed from the file.

`Removals` is the part of `Journal` (service.py) that takes things away: a conversation, a
decision, a gathering, a person (with or without the group conversations they shared) and
a merge of two people. Each returns an `Undo` (core/records.py): the records as they were
(plain records, with their ids), every link of the people concerned, and the pointers that
the database cleared (a conversation's decision or gathering, a calendar item written up as
a conversation). `restore_deleted(undo)` puts them back with the same ids in one
transaction, inserting through `snapshot.Importer` as a backup restore does. The undo lives
in the caller's memory only; the app drops it when it locks or quits.

Secure deletion (docs/security.md): every connection runs with `secure_delete` (db.py), the
full-text indexes with FTS5's own `secure-delete` (migration 10), and after each delete the
WAL is checkpointed and truncated, so no page in the file or the WAL keeps deleted text.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trustjournal.core.errors import InvalidInput
from trustjournal.core.i18n import N_, _
from trustjournal.core.journal import rows, snapshot, validation
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.records import (
    ConversationRecord,
    DecisionRecord,
    DraftRecord,
    Exported,
    GatheringRecord,
    Merged,
    PersonLinks,
    PersonRecord,
    PersonRef,
    PersonRemoval,
    Undo,
)
from trustjournal.core.store.models import (
    CalendarItem,
    Conversation,
    ConversationPerson,
    Decision,
    DecisionPerson,
    Draft,
    Gathering,
    GatheringPerson,
    NextStep,
    Person,
    PersonIdentity,
)

UNDO_REFUSED = N_(
    "This can no longer be undone: the journal has changed since (a record with the same "
    "number or name was added). Nothing was changed."
)


class Removals(JournalBase):
    """Deletes and merges that can be undone, and `restore_deleted` that undoes them."""

    # -- what a delete would take -------------------------------------------------------

    def removal_counts(self, ident: int) -> tuple[int, int]:
        """How many of a person's conversations are with them alone, and how many are
        group conversations (shared with someone else): what deleting them would touch."""
        with self._reading() as s:
            self._get(s, Person, ident, "person")
            solo, shared = _split_conversations(s, ident)
            return len(solo), len(shared)

    # -- deleting -----------------------------------------------------------------------

    def delete_conversation(self, ident: int) -> Undo:
        with self._writing(None) as s:
            row = self._get(s, Conversation, ident, "conversation")
            undo = Undo(
                (rows.conversation(row), *_drafts(s, [ident])), calendar=_calendar(s, [ident])
            )
            s.delete(row)
            _discard_drafts(s, [ident])
        self._announce("conversation", "deleted", ident)
        self._scrub()
        return undo

    def delete_decision(self, ident: int) -> Undo:
        """Delete a decision; conversations that linked to it stay, unlinked."""
        with self._writing(None) as s:
            row = self._get(s, Decision, ident, "decision")
            undo = Undo((rows.decision(row),), pointers=_pointers(s, "decision", ident))
            s.delete(row)
        self._announce("decision", "deleted", ident)
        self._scrub()
        return undo

    def delete_gathering(self, ident: int) -> Undo:
        """Delete a gathering; conversations that linked to it stay, unlinked."""
        with self._writing(None) as s:
            row = self._get(s, Gathering, ident, "gathering")
            undo = Undo((rows.gathering(row),), pointers=_pointers(s, "gathering", ident))
            s.delete(row)
        self._announce("gathering", "deleted", ident)
        self._scrub()
        return undo

    def delete_person(self, ident: int, *, with_shared: bool = False) -> PersonRemoval:
        """Delete a person and the conversations with them alone. Group conversations they
        shared stay, without them; with `with_shared` they are deleted too."""
        with self._writing(None) as s:
            row = self._get(s, Person, ident, "person")
            ref = PersonRef(row.id, row.name)
            solo, shared = _split_conversations(s, ident)
            gone = solo + shared if with_shared else solo
            talks = [
                rows.conversation(c)
                for c in s.scalars(
                    select(Conversation).where(Conversation.id.in_(gone)).order_by(Conversation.id)
                )
            ]
            undo = Undo(
                (rows.person(row), *talks, *_drafts(s, gone), *_steps(s, ident)),
                links=(_links(s, ident),),
                calendar=_calendar(s, gone),
            )
            _unlink(s, ident)
            for conversation in s.scalars(select(Conversation).where(Conversation.id.in_(gone))):
                s.delete(conversation)
            _discard_drafts(s, gone)
            s.flush()
            s.delete(row)
        self._announce("person", "deleted", ident)
        if gone:
            self._announce("conversation", "deleted", *gone)
        kept = [] if with_shared else shared
        if kept:
            self._announce("conversation", "updated", *kept)
        self._scrub()
        return PersonRemoval(ref, len(gone), len(kept), undo)

    # -- merging ------------------------------------------------------------------------

    def merge_people(self, keep: int, other: int) -> PersonRecord:
        """Fold `other` into `keep` (see `merge`); the person kept."""
        return self.merge(keep, other).person

    def merge(self, keep: int, other: int) -> Merged:
        """Fold `other` into `keep`: their conversations, decisions and gatherings move over,
        empty details are filled from `other`, `other`'s name becomes an alias, and `other`
        is deleted. Nothing is lost, and the returned undo splits them again."""
        if keep == other:
            raise InvalidInput(_("Choose two different people to merge."))
        with self._writing(None) as s:
            kept = self._get(s, Person, keep, "person")
            gone = self._get(s, Person, other, "person")
            undo = Undo(
                (rows.person(gone), *_steps(s, other)),
                people=(rows.person(kept),),
                links=(_links(s, keep), _links(s, other)),
            )
            _fold_links(s, keep, other)
            kept.role = kept.role or gone.role
            kept.how_met = kept.how_met or gone.how_met
            kept.notes = "\n\n".join(n for n in (kept.notes, gone.notes) if n)
            kept.my_few = kept.my_few or gone.my_few
            if kept.cadence_days is None:
                kept.cadence_days = gone.cadence_days
            # The other's name becomes an alias: notes that called them so still find them.
            kept.aliases = rows.join_aliases(
                validation.merged_aliases(
                    kept.name,
                    rows.split_aliases(kept.aliases),
                    [gone.name],
                    rows.split_aliases(gone.aliases),
                )
            )
            s.flush()
            s.delete(gone)
            s.flush()
            record = rows.person(kept)
        self._announce("person", "updated", keep)
        self._announce("person", "deleted", other)
        self._scrub()
        return Merged(record, undo)

    # -- undoing ------------------------------------------------------------------------

    def restore_deleted(self, undo: Undo) -> None:
        """Put back what a delete or a merge took, with the same ids, in one transaction.

        All or nothing: if the journal changed so that it no longer fits (a new record
        took a freed number, a new person took the name), raises `InvalidInput` and
        changes nothing."""
        with self._writing(None) as s:
            for record in undo.records:
                if isinstance(record, PersonRecord) and validation.find_person(s, record.name):
                    raise InvalidInput(_(UNDO_REFUSED))
            try:
                for before in undo.people:
                    _put_back_details(s, before)
                importer = snapshot.Importer()
                for record in undo.records:
                    importer.add(s, record)
                importer.flush(s)
                _put_back_links(s, undo.links)
                for cid, column, ident in undo.pointers:
                    s.execute(
                        update(Conversation)
                        .where(Conversation.id == cid)
                        .values({f"{column}_id": ident})
                    )
                for item, cid in undo.calendar:
                    s.execute(
                        update(CalendarItem)
                        .where(CalendarItem.id == item)
                        .values(conversation_id=cid)
                    )
                s.flush()
            except IntegrityError:
                raise InvalidInput(_(UNDO_REFUSED)) from None
        self._announce_restored(undo)

    def _announce_restored(self, undo: Undo) -> None:
        added: dict[str, list[int]] = {}
        for record in undo.records:
            kind = _KINDS.get(type(record))
            if kind is not None:
                added.setdefault(kind, []).append(getattr(record, "id"))  # noqa: B009
        for kind, ids in added.items():
            self._announce(kind, "added", *ids)
        if undo.people:
            self._announce("person", "updated", *(p.id for p in undo.people))
        back = set(added.get("conversation", ()))
        touched = {
            "conversation": {c for links in undo.links for c in links.conversations} - back,
            "decision": {d for links in undo.links for d, _ in links.decisions},
            "gathering": {g for links in undo.links for g in links.gatherings},
        }
        touched["conversation"] |= {cid for cid, _, _ in undo.pointers}
        for kind, changed in touched.items():
            if changed:
                self._announce(kind, "updated", *sorted(changed))


_KINDS: dict[type, str] = {
    PersonRecord: "person",
    ConversationRecord: "conversation",
    DecisionRecord: "decision",
    GatheringRecord: "gathering",
}

# Every table that links a person to something, with the column naming the something.
_LINK_TABLES = (
    (ConversationPerson, ConversationPerson.conversation_id),
    (DecisionPerson, DecisionPerson.decision_id),
    (GatheringPerson, GatheringPerson.gathering_id),
)


def _split_conversations(s: Session, ident: int) -> tuple[list[int], list[int]]:
    """A person's conversations: (with them alone, with others too), by id."""
    theirs = s.scalars(
        select(ConversationPerson.conversation_id)
        .where(ConversationPerson.person_id == ident)
        .order_by(ConversationPerson.conversation_id)
    ).all()
    sizes: dict[int, int] = {
        cid: n
        for cid, n in s.execute(
            select(ConversationPerson.conversation_id, func.count())
            .where(ConversationPerson.conversation_id.in_(theirs))
            .group_by(ConversationPerson.conversation_id)
        )
    }
    solo = [cid for cid in theirs if sizes.get(cid) == 1]
    return solo, [cid for cid in theirs if sizes.get(cid, 0) > 1]


def _links(s: Session, ident: int) -> PersonLinks:
    return PersonLinks(
        ident,
        tuple(
            s.scalars(
                select(ConversationPerson.conversation_id).where(
                    ConversationPerson.person_id == ident
                )
            )
        ),
        tuple(
            (d, bool(f))
            for d, f in s.execute(
                select(DecisionPerson.decision_id, DecisionPerson.changed_framing).where(
                    DecisionPerson.person_id == ident
                )
            )
        ),
        tuple(
            s.scalars(
                select(GatheringPerson.gathering_id).where(GatheringPerson.person_id == ident)
            )
        ),
        tuple(
            (i, k, v)
            for i, k, v in s.execute(
                select(PersonIdentity.id, PersonIdentity.kind, PersonIdentity.value).where(
                    PersonIdentity.person_id == ident
                )
            )
        ),
    )


def _unlink(s: Session, ident: int) -> None:
    for model, _column in _LINK_TABLES:
        s.execute(delete(model).where(model.person_id == ident))


def _fold_links(s: Session, keep: int, other: int) -> None:
    """Move every link of `other` to `keep`; where both were linked, keep's link stays (and
    changed the framing if either's did)."""
    framed = select(DecisionPerson.decision_id).where(
        DecisionPerson.person_id == other, DecisionPerson.changed_framing.is_(True)
    )
    s.execute(
        update(DecisionPerson)
        .where(DecisionPerson.person_id == keep, DecisionPerson.decision_id.in_(framed))
        .values(changed_framing=True)
    )
    for model, column in _LINK_TABLES:
        already = select(column).where(model.person_id == keep)
        s.execute(
            update(model)
            .where(model.person_id == other, column.not_in(already))
            .values(person_id=keep)
        )
        s.execute(delete(model).where(model.person_id == other))
    # An imported person's identities (core/journal/contacts.py) follow them too.
    s.execute(
        update(PersonIdentity).where(PersonIdentity.person_id == other).values(person_id=keep)
    )


def _put_back_details(s: Session, before: PersonRecord) -> None:
    row = s.get(Person, before.id)
    if row is None:
        raise InvalidInput(_(UNDO_REFUSED))
    row.name, row.role, row.how_met, row.notes = (
        before.name,
        before.role,
        before.how_met,
        before.notes,
    )
    row.archived, row.cadence_days, row.my_few = before.archived, before.cadence_days, before.my_few
    row.aliases = rows.join_aliases(before.aliases)


def _put_back_links(s: Session, every: Iterable[PersonLinks]) -> None:
    """Each person's links exactly as they were: all of theirs removed, then the old ones
    inserted (removing first lets an identity move back from one person to the other)."""
    every = list(every)
    for links in every:
        _unlink(s, links.person_id)
        s.execute(delete(PersonIdentity).where(PersonIdentity.person_id == links.person_id))
    for links in every:
        pid = links.person_id
        batches = (
            (
                ConversationPerson,
                [{"conversation_id": c, "person_id": pid} for c in links.conversations],
            ),
            (
                DecisionPerson,
                [
                    {"decision_id": d, "person_id": pid, "changed_framing": f}
                    for d, f in links.decisions
                ],
            ),
            (GatheringPerson, [{"gathering_id": g, "person_id": pid} for g in links.gatherings]),
            (
                PersonIdentity,
                [
                    {"id": i, "person_id": pid, "kind": k, "value": v}
                    for i, k, v in links.identities
                ],
            ),
        )
        for model, values in batches:
            if values:
                s.execute(insert(model), values)


def _steps(s: Session, ident: int) -> list[Exported]:
    return [
        snapshot.step(r)
        for r in s.scalars(
            select(NextStep).where(NextStep.person_id == ident).order_by(NextStep.id)
        )
    ]


def _draft_keys(ids: Iterable[int]) -> list[str]:
    return [f"conversation:{cid}" for cid in ids]


def _drafts(s: Session, ids: Iterable[int]) -> list[Exported]:
    """The editor's unsaved state of these conversations (editor/state.py's keys)."""
    return [
        DraftRecord(d.key, d.body, d.updated_at)
        for d in s.scalars(select(Draft).where(Draft.key.in_(_draft_keys(ids))).order_by(Draft.key))
    ]


def _discard_drafts(s: Session, ids: Iterable[int]) -> None:
    s.execute(delete(Draft).where(Draft.key.in_(_draft_keys(ids))))


def _calendar(s: Session, ids: Iterable[int]) -> tuple[tuple[int, int], ...]:
    return tuple(
        (item, cid)
        for item, cid in s.execute(
            select(CalendarItem.id, CalendarItem.conversation_id)
            .where(CalendarItem.conversation_id.in_(list(ids)))
            .order_by(CalendarItem.id)
        )
        if cid is not None
    )


def _pointers(s: Session, column: str, ident: int) -> tuple[tuple[int, str, int], ...]:
    field = Conversation.decision_id if column == "decision" else Conversation.gathering_id
    return tuple(
        (cid, column, ident)
        for cid in s.scalars(
            select(Conversation.id).where(field == ident).order_by(Conversation.id)
        )
    )
