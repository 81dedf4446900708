"""A person's aliases, and where other people's conversations mention them.

`PeopleNames` is the part of `Journal` (service.py) that knows people by the names notes
use: `set_aliases` edits a person's aliases (checked by `validation.clean_aliases`),
`people_names` hands out every person's names for `judgement.mentions.find_people`, and
`mentions_of` lists the conversations, not with a person, whose note names them. Nothing
about mentions is stored: they are found each time, first through the notes' full-text
index (cheap: no note is decrypted that does not contain one of the person's names as a
word), then confirmed note by note with `find_people`, so a first name shared by two
people, or a name inside another word, never counts.
"""

from __future__ import annotations

from sqlalchemy import select, text

from trustjournal.core.journal import rows, validation
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.judgement.mentions import MENTIONS_LIMIT, NameIndex, PersonNames
from trustjournal.core.records import ConversationRecord, PersonRecord
from trustjournal.core.store.models import Conversation, Person


class PeopleNames(JournalBase):
    """Aliases and mentions (a part of `Journal`)."""

    def set_aliases(self, ident: int, aliases: tuple[str, ...] | list[str]) -> PersonRecord:
        """Give person `ident` these aliases (replacing the ones they had)."""
        with self._writing(aliases) as s:
            row = self._get(s, Person, ident, "person")
            clean = validation.clean_aliases(aliases, row.name)
            validation.refuse_alias_names(s, clean, ident)
            row.aliases = rows.join_aliases(clean)
            s.flush()
            record = rows.person(row)
        self._announce("person", "updated", ident)
        return record

    def people_names(self) -> list[PersonNames]:
        """Every person's id, name and aliases, in name order (reads no note)."""
        with self._reading() as s:
            found = s.execute(select(Person.id, Person.name, Person.aliases).order_by(Person.name))
            return [PersonNames(i, n, rows.split_aliases(a)) for i, n, a in found]

    def mentions_of(
        self, person_id: int, *, limit: int = MENTIONS_LIMIT
    ) -> list[ConversationRecord]:
        """The conversations that person `person_id` was not part of whose note names them
        for certain (full name, a first name nobody else has, an alias), newest first."""
        people = self.people_names()
        if not any(p.id == person_id for p in people):
            with self._reading() as s:
                self._get(s, Person, person_id, "person")  # raises NotFound
        index = NameIndex(people)
        phrases = [
            " ".join(w.lower() for w in fits[person_id].words)
            for fits in index.names.values()
            if fits.keys() == {person_id}
        ]
        if not phrases:
            return []
        match = " OR ".join(f'"{p}"' for p in sorted(set(phrases)))
        with self._reading() as s:
            candidates = s.execute(
                text(
                    "SELECT c.id, c.note FROM conversation c "
                    "WHERE c.id IN (SELECT rowid FROM conversation_fts "
                    "WHERE conversation_fts MATCH :match) "
                    "AND c.id NOT IN (SELECT conversation_id FROM conversation_person "
                    "WHERE person_id = :person) "
                    "ORDER BY c.date DESC, c.id DESC"
                ),
                {"match": match, "person": person_id},
            )
            wanted: list[int] = []
            for ident, note in candidates:
                if any(m.person == person_id for m in index.find(note)):
                    wanted.append(ident)
                    if len(wanted) >= limit:
                        break
            if not wanted:
                return []
            found = {
                c.id: rows.conversation(c)
                for c in s.scalars(select(Conversation).where(Conversation.id.in_(wanted)))
            }
            return [found[i] for i in wanted if i in found]
