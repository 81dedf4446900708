"""Conversations brought in from another journal (jrnl, Day One): `ImportedEntries`.

The part of `Journal` (service.py) that `core/exchange/journals.py` needs: the notes
already written on a span of dates (an entry imported before is recognised by its date and
its text, so a second import adds nothing, with no table to remember imports by), and
many conversations added in one transaction, with progress and a cancel that writes none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from sqlalchemy import select

from trustjournal.core.errors import JournalError
from trustjournal.core.journal import rows, validation
from trustjournal.core.journal.base import JournalBase
from trustjournal.core.records import ConversationDraft
from trustjournal.core.store.models import Conversation


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
        ids: list[int] = []
        new_people: list[int] = []
        total = len(clean)
        with self._writing(list(drafts)) as s:
            for done, draft in enumerate(clean, 1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                named, created = rows.add_named_people(s, draft.new_people)
                new_people.extend(created)
                people = tuple(dict.fromkeys([*draft.people, *named]))
                row = Conversation()
                rows.fill_conversation(s, row, replace(draft, people=people))
                s.add(row)
                s.flush()
                ids.append(row.id)
                if progress is not None and (done % 25 == 0 or done == total):
                    progress(done, total)
        if new_people:
            self._announce("person", "added", *new_people)
        if ids:
            self._announce("conversation", "added", *ids)
        return ids
