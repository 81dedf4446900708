"""Imported contacts: what matching reads of the journal, and writing the chosen rows.

`Contacts` is the part of `Journal` (service.py) that core/exchange/vcard.py calls:
`contact_book()` hands matching every person's name, aliases, role and notes and the
identities earlier imports stored (person_identity: a vCard UID, else a fingerprint of the
card, and each e-mail); `import_contacts(rows)` writes the rows of a preview as chosen, in
one transaction: a new person per "add", and for a "merge" only what the person lacks
(an empty role or notes filled, aliases and identities added); what the leader wrote is
never overwritten. A cancel, or any refusal, writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustjournal.core.exchange.formats import ImportRefused
from trustjournal.core.exchange.matching import (
    Action,
    Card,
    ContactBook,
    KnownPerson,
    Row,
    new_names,
)
from trustjournal.core.i18n import _
from trustjournal.core.journal import rows as convert
from trustjournal.core.journal import validation
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.records import IdentityRecord, PersonDraft
from trustjournal.core.store.models import Person, PersonIdentity


@dataclass(frozen=True)
class ContactsImported:
    added: tuple[int, ...]  # the new people's ids
    merged: tuple[int, ...]  # the people who were given something
    skipped: int


def _key(name: str) -> str:
    return validation.tidy_name(name).casefold()


class Contacts(JournalBase):
    """Imported contacts (a part of `Journal`)."""

    def contact_book(self) -> ContactBook:
        """Every person and stored identity, for matching a file's contacts (reads no note
        but the people's own)."""
        with self._reading() as s:
            people = tuple(
                KnownPerson(p.id, p.name, convert.split_aliases(p.aliases), p.role, p.notes)
                for p in s.scalars(select(Person).order_by(Person.id))
            )
            found = s.execute(
                select(PersonIdentity.kind, PersonIdentity.value, PersonIdentity.person_id)
            )
            return ContactBook(people, {(k, v): i for k, v, i in found})

    def identities(self, person_id: int | None = None) -> list[IdentityRecord]:
        """How imports know people again (all, or one person's)."""
        with self._reading() as s:
            query = select(PersonIdentity).order_by(PersonIdentity.id)
            if person_id is not None:
                query = query.where(PersonIdentity.person_id == person_id)
            return [IdentityRecord(i.person_id, i.kind, i.value) for i in s.scalars(query)]

    def import_contacts(
        self,
        rows: Sequence[Row],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ContactsImported:
        """Write `rows` as chosen, all or nothing. `progress(done, total)` may raise to stop
        (the desktop app's cancel); `cancel` set stops too: then nothing is written."""
        total = len(rows)
        with self._writing(rows) as s:
            writer = _Writer(s)
            for done, row in enumerate(rows, 1):
                if cancel is not None and cancel.is_set():
                    raise ImportRefused(_("The import was cancelled; nothing was imported."))
                writer.write(row)
                if progress is not None and (done % 50 == 0 or done == total):
                    progress(done, total)
            result = writer.finish()
        if result.added:
            self._announce("person", "added", *result.added)
        if result.merged:
            self._announce("person", "updated", *result.merged)
        return result


class _Writer:
    """The rows of one import, written in one session."""

    def __init__(self, s: Session) -> None:
        self.s = s
        people = list(s.scalars(select(Person)))
        self.rows: dict[int, Person] = {p.id: p for p in people}
        self.names: dict[str, Person] = {_key(p.name): p for p in people}
        self.keys = {
            (k, v) for k, v in s.execute(select(PersonIdentity.kind, PersonIdentity.value))
        }
        self.created: dict[int, Person] = {}  # by card number
        self.new: list[Person] = []
        self.touched: set[int] = set()
        self.pending: list[tuple[Person, str, str]] = []
        self.skipped = 0

    def write(self, row: Row) -> None:
        if row.action is Action.SKIP:
            self.skipped += 1
            return
        target: Person | None = None
        if row.action is Action.MERGE and row.target is not None:
            known = self.created if row.target < 0 else self.rows  # a card added above
            target = known.get(abs(row.target))
        if target is None:  # an "add", or the person merged into is gone: a new person
            self.created[row.card.number] = self._add(row.card)
        else:
            self._merge(target, row.card)

    def _free_name(self, card: Card) -> str:
        name = card.name
        if _key(name) not in self.names:
            return name
        if card.organisation and _key(f"{name} ({card.organisation})") not in self.names:
            return f"{name} ({card.organisation})"
        n = 2
        while _key(f"{name} ({n})") in self.names:
            n += 1
        return f"{name} ({n})"

    def _aliases(self, person: Person | None, name: str, extra: Sequence[str]) -> str:
        """The aliases `person` keeps plus `extra`, as many as are allowed, never another
        person's full name."""
        own = convert.split_aliases(person.aliases) if person is not None else ()
        merged = validation.merged_aliases(name, own, extra)
        kept = [a for a in merged if self.names.get(_key(a)) in (None, person)]
        return convert.join_aliases(kept)

    def _add(self, card: Card) -> Person:
        draft = validation.clean_person(
            PersonDraft(self._free_name(card), card.role, "", card.notes)
        )
        row = Person(
            name=draft.name, role=draft.role, how_met="", notes=draft.notes, archived=False
        )
        self.names[_key(draft.name)] = row
        row.aliases = self._aliases(
            None, draft.name, [*card.nicknames, *([card.name] if card.name != draft.name else [])]
        )
        self.s.add(row)
        self.new.append(row)
        self._identities(row, card)
        return row

    def _merge(self, person: Person, card: Card) -> None:
        if card.role and not person.role:
            person.role = card.role
        if card.notes and not person.notes:
            person.notes = card.notes
        known = KnownPerson(0, person.name, convert.split_aliases(person.aliases))
        person.aliases = self._aliases(person, person.name, new_names(known, card))
        self._identities(person, card)
        if person not in self.new:
            self.touched.add(person.id)

    def _identities(self, person: Person, card: Card) -> None:
        for kind, value in card.identities():
            if (kind, value) not in self.keys:  # never taken from the person who has it
                self.keys.add((kind, value))
                self.pending.append((person, kind, value))

    def finish(self) -> ContactsImported:
        self.s.flush()  # the new people get their ids
        self.s.add_all(PersonIdentity(person_id=p.id, kind=k, value=v) for p, k, v in self.pending)
        self.s.flush()
        added = tuple(p.id for p in self.new)
        return ContactsImported(added, tuple(sorted(self.touched)), self.skipped)
