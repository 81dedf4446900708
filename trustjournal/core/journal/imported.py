"""Conversations brought in from another journal (jrnl, Day One): `ImportedEntries`.

The part of `Journal` (service.py) that `core/exchange/journals.py` needs: the notes
already written on a span of dates (an entry imported before is recognised by its date and
its text, so a second import adds nothing, with no table to remember imports by), and
many conversations added in one transaction, with progress and a cancel that writes none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import func, insert, select

from trustjournal.core.errors import JournalError, NotFound
from trustjournal.core.journal import rows, validation
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.journal.validation import unique_names
from trustjournal.core.records import ConversationDraft
from trustjournal.core.store.models import (
    Conversation,
    ConversationPerson,
    ConversationSignal,
    Decision,
    Gathering,
    now,
)

CHUNK = 250  # conversations written between two looks at progress and cancel


class ImportCancelled(JournalError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


class ImportedEntries(JournalBase):
    """Notes by date, and conversations added in bulk (a part of `Journal`)."""

    def notes_between(self, since: dt.date, until: dt.date) -> dict[dt.date, list[str]]:
        """Every conversation's note dated `since`…`until`, by date (reads nothing else)."""
        found: dict[dt.date, list[str]] = {}
        with self._reading() as s:
            query = select(Conversation.date, Conversation.note).where(
                Conversation.date >= since, Conversation.date <= until
            )
            for date, note in s.execute(query):
                found.setdefault(date, []).append(note)
        return found

    def add_conversations(
        self,
        drafts: Sequence[ConversationDraft],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[int]:
        """Add every draft (and the new people they name) in one transaction: all or none.
        `progress(done, total)` after each; `cancelled()` true, or `progress` raising,
        rolls everything back (`ImportCancelled`, or what `progress` raised)."""
        clean = [validation.clean_conversation(d) for d in drafts]
        total = len(clean)
        ids: list[int] = []
        with self._writing(list(drafts)) as s:
            # each new person once (a name already in the journal is that person)
            names = unique_names(n for d in clean for n in d.new_people)
            found, created = rows.add_named_people(s, names)
            by_name = {n.casefold(): i for n, i in zip(names, found, strict=True)}
            people = [
                tuple(dict.fromkeys([*d.people, *(by_name[n.casefold()] for n in d.new_people)]))
                for d in clean
            ]
            validation.require_people(s, sorted({i for group in people for i in group}))
            for kind, model, wanted in (
                ("decision", Decision, {d.decision_id for d in clean}),
                ("gathering", Gathering, {d.gathering_id for d in clean}),
            ):
                wanted.discard(None)
                known = set(s.scalars(select(model.id).where(model.id.in_(wanted))))
                if missing := sorted(i for i in wanted - known if i is not None):
                    raise NotFound(kind, missing[0])
            # plain inserts, not one ORM object each: 3,000 entries in well under a second
            first = int(s.scalar(select(func.coalesce(func.max(Conversation.id), 0))) or 0) + 1
            stamp = now()
            for at in range(0, total, CHUNK):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                chunk = range(at, min(at + CHUNK, total))
                s.execute(
                    insert(Conversation),
                    [
                        {
                            "id": first + i,
                            "date": clean[i].date,
                            "format": clean[i].format,
                            "note": clean[i].note,
                            "decision_id": clean[i].decision_id,
                            "gathering_id": clean[i].gathering_id,
                            "created_at": stamp,
                            "updated_at": stamp,
                        }
                        for i in chunk
                    ],
                )
                links = [
                    {"conversation_id": first + i, "person_id": p} for i in chunk for p in people[i]
                ]
                s.execute(insert(ConversationPerson), links)
                marks = [
                    {"conversation_id": first + i, "code": c}
                    for i in chunk
                    for c in clean[i].signals
                ]
                if marks:
                    s.execute(insert(ConversationSignal), marks)
                ids.extend(first + i for i in chunk)
                if progress is not None:
                    progress(len(ids), total)
        if created:
            self._announce("person", "added", *created)
        if ids:
            self._announce("conversation", "added", *ids)
        return ids
